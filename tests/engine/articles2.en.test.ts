// A second round of composed English news articles, in the styles of outlets and beats the first round
// (articles.en.test.ts) did not use: BBC radio interviews and ministry spokespeople, NPR's present
// tense, Politico's anonymous aides, Bloomberg's markets, a local TV station's short paragraphs,
// long-form magazine writing, a conflict report quoting two governments and a UN agency, an obituary,
// a courtroom and a tech company's blog post and social media. Every article was written for these
// tests. Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or
// a document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name: "BBC News, UK: told the Today programme, a Home Office spokesperson, a charity, an MP",
    headline: "Asylum hotels to close by spring, home secretary says",
    paragraphs: [
      "The government will stop housing asylum seekers in hotels by the end of March, the home " +
        "secretary has said.",
      "Speaking to BBC Radio 4's Today programme, Yvette Marlow said the hotels were “a scandal that " +
        "should never have been allowed to happen”.",
      "“We inherited more than 200 of them, and we will close every one,” she said.",
      "A spokesperson for the Home Office said alternative sites, including former student halls, " +
        "were being prepared. “Value for the taxpayer is at the heart of this plan,” the spokesperson " +
        "added.",
      "The Refugee Council, a charity, warned that moving people at short notice could leave " +
        "families without schools or doctors.",
      "Its chief executive, Omar Siddiqui, said: “Closing hotels is the right goal, but people are " +
        "not parcels.”",
      "The Conservative MP for Clacton West, Harriet Dale, told the BBC the promise was “a headline, " +
        "not a plan”.",
    ],
    quotes: [
      ["a scandal that should never have been allowed to happen", "Yvette Marlow"],
      ["We inherited more than 200 of them, and we will close every one,", "Yvette Marlow"],
      ["Value for the taxpayer is at the heart of this plan,", "A spokesperson for the Home Office"],
      ["Closing hotels is the right goal, but people are not parcels.", "Omar Siddiqui"],
      ["a headline, not a plan", "Harriet Dale"],
    ],
  },
  {
    name: "NPR politics: says in the present tense, tells NPR, a voter, a professor, the campaign",
    headline: "In Arizona, Latino voters say the economy matters more than the border",
    paragraphs: [
      "Rosa Delgado runs a taco truck on the south side of Phoenix. She says the price of beef has " +
        "nearly doubled in two years.",
      "“I used to charge eight dollars for a plate. Now it's twelve, and people still complain,” " +
        "Delgado says. “I don't blame them.”",
      "She voted for the president four years ago. This year, she tells NPR, she has not decided.",
      "Political scientist Mark Ibarra of Arizona State University says that kind of uncertainty is " +
        "common. “Latino voters are not a bloc. They never were,” Ibarra says.",
      "The president's campaign says it has opened six offices in the state. “We are not taking a " +
        "single vote for granted,” campaign spokesperson Lila Chen tells NPR.",
      "Back at the truck, Delgado hands a plate to a customer. “Ask me again in October,” she says.",
    ],
    quotes: [
      [
        "I used to charge eight dollars for a plate. Now it's twelve, and people still complain,",
        "Rosa Delgado",
      ],
      ["I don't blame them.", "Rosa Delgado"],
      ["Latino voters are not a bloc. They never were,", "Mark Ibarra"],
      ["We are not taking a single vote for granted,", "Lila Chen"],
      ["Ask me again in October,", "Rosa Delgado"],
    ],
  },
  {
    name: "Politico, Capitol Hill: a senior aide, people briefed on the talks, a leader, a statement",
    headline: "Shutdown talks stall as Democrats dig in on health subsidies",
    paragraphs: [
      "Negotiations to avert a government shutdown stalled Tuesday night, according to two people " +
        "briefed on the talks, as Democrats refused to drop their demand to extend health care " +
        "subsidies.",
      "“There is no deal without the subsidies, full stop,” one senior Democratic aide said, " +
        "speaking on the condition of anonymity to discuss private negotiations.",
      "Senate Majority Leader John Thune told reporters he was “not going to negotiate with a gun to " +
        "my head.”",
      "A Republican leadership aide was more blunt: “They want a shutdown. They think it helps them.”",
      "House Minority Leader Hakeem Jeffries said in a statement that Republicans “own this crisis.”",
      "“We have been at the table for three weeks,” Jeffries told reporters later. “The other side " +
        "keeps moving the table.”",
    ],
    quotes: [
      ["There is no deal without the subsidies, full stop,", "one senior Democratic aide"],
      ["not going to negotiate with a gun to my head.", "John Thune"],
      ["They want a shutdown. They think it helps them.", "A Republican leadership aide"],
      ["own this crisis.", "Hakeem Jeffries"],
      ["We have been at the table for three weeks,", "Hakeem Jeffries"],
      ["The other side keeps moving the table.", "Hakeem Jeffries"],
    ],
  },
  {
    name: "Bloomberg markets: an interview with Bloomberg Television, strategists at firms, a note",
    headline: "Treasuries Rally as Traders Bet on a December Rate Cut",
    paragraphs: [
      "Treasuries climbed for a third day as traders added to bets that the Federal Reserve will cut " +
        "interest rates next month.",
      "“The labor market is cooling faster than the Fed expected,” Priya Natarajan, chief investment " +
        "officer at Halden Asset Management, said in an interview with Bloomberg Television. “They " +
        "will have to move.”",
      "Two-year yields fell as much as eight basis points to 3.91%.",
      "Strategists at Goldman Sachs Group Inc. wrote in a note to clients that the rally “has further " +
        "to run” if payrolls disappoint on Friday.",
      "Not everyone is convinced. “The market is pricing perfection,” said Tom Kessler, head of rates " +
        "strategy at Barclays Plc in London.",
      "Kessler said he expects the Fed to wait until January.",
    ],
    quotes: [
      ["The labor market is cooling faster than the Fed expected,", "Priya Natarajan"],
      ["They will have to move.", "Priya Natarajan"],
      ["has further to run", "Strategists at Goldman Sachs Group Inc."],
      ["The market is pricing perfection,", "Tom Kessler"],
    ],
  },
  {
    name: "local TV station: short paragraphs, a witness, police, the fire chief, a neighbor",
    headline: "Two hurt after car crashes into Main Street bakery",
    paragraphs: [
      "Two people were hurt Friday morning when a car crashed into a bakery on Main Street.",
      "It happened just before 8 a.m.",
      "Witness Kevin Ortiz was waiting in line for coffee.",
      "“I heard the engine rev and then glass everywhere,” Ortiz said. “People were screaming.”",
      "Police say the driver, a 79-year-old woman, may have confused the gas pedal with the brake.",
      "“At this point we don't believe alcohol or speed played a role,” said Sgt. Amy Walsh of the " +
        "Brookfield Police Department.",
      "Fire Chief Dan Reyes said the building was structurally sound. “We got lucky,” he said.",
      "The bakery's owner, Lucia Ferraro, says she plans to reopen next week.",
      "“This town has been good to us. We'll be back,” Ferraro said.",
    ],
    quotes: [
      ["I heard the engine rev and then glass everywhere,", "Kevin Ortiz"],
      ["People were screaming.", "Kevin Ortiz"],
      ["At this point we don't believe alcohol or speed played a role,", "Amy Walsh"],
      ["We got lucky,", "Dan Reyes"],
      ["This town has been good to us. We'll be back,", "Lucia Ferraro"],
    ],
  },
  {
    name: "long-form magazine: a quote over paragraphs, scare quotes, a song and a book title",
    headline: "The Songwriter Who Wouldn't Go Home",
    paragraphs: [
      "Marian Holt wrote “Delta Lights,” the song that made her briefly famous, in a motel outside " +
        "Memphis in 1994. She was twenty-three.",
      "When I visited her in Asheville last spring, she was working on a memoir she calls, with some " +
        "irony, “Notes From the Detour.”",
      "“I never planned to be a musician,” she told me. “I planned to be a nurse, like my mother.",
      "“Then somebody handed me a guitar at a party, and that was that. I've been apologizing to my " +
        "mother ever since.”",
      "Critics in the nineties filed her under “alt-country,” a label she still resents.",
      "Her longtime producer, Eli Rosen, remembers the first session. “She sang it once, and the " +
        "engineer just stopped talking,” he said.",
      "Holt laughed when I repeated this. “Eli is a romantic,” she said.",
    ],
    quotes: [
      ["I never planned to be a musician,", "Marian Holt"],
      ["I planned to be a nurse, like my mother.", "Marian Holt"],
      [
        "Then somebody handed me a guitar at a party, and that was that. I've been apologizing to my " +
          "mother ever since.",
        "Marian Holt",
      ],
      ["She sang it once, and the engineer just stopped talking,", "Eli Rosen"],
      ["Eli is a romantic,", "Marian Holt"],
    ],
  },
  {
    name: "Al Jazeera, conflict: two governments' officials, a ministry statement, a UN agency",
    headline: "Dozens killed as border clashes resume between Aravia and Keldor",
    paragraphs: [
      "At least 34 people have been killed in renewed fighting along the border between Aravia and " +
        "Keldor, officials from both countries said on Sunday.",
      "Aravia's Ministry of Defence accused Keldor of shelling three villages overnight. “The " +
        "aggressor bears full responsibility for this escalation,” the ministry said in a statement.",
      "Keldor's foreign minister, Samir Haddad, rejected the accusation. “Our forces responded to an " +
        "attack on our positions,” he told Al Jazeera.",
      "The United Nations refugee agency, UNHCR, said more than 20,000 people had fled their homes " +
        "since Friday.",
      "“Families are sleeping in the open with nothing,” said Leila Nasser, a UNHCR spokesperson in " +
        "the region.",
      "In the village of Tel Amar, Yusuf Karim, 52, said the shells began falling after midnight. “We " +
        "ran with the children in our arms,” he said.",
    ],
    quotes: [
      // The body's name as written, without the country's possessive that stands for its determiner.
      ["The aggressor bears full responsibility for this escalation,", "Ministry of Defence"],
      ["Our forces responded to an attack on our positions,", "Samir Haddad"],
      ["Families are sleeping in the open with nothing,", "Leila Nasser"],
      ["We ran with the children in our arms,", "Yusuf Karim"],
    ],
  },
  {
    name: "obituary: family members sharing a surname, his daughter named in apposition, a colleague",
    todo:
      "“called him “the real town doctor.”” reads as naming him, as “dubbed him “the Butcher”” does: a " +
      "definite phrase after a naming verb is taken for a nickname; telling the two apart needs more " +
      "than form",
    headline: "Walter Brennan, Harbor Town's Beloved Pharmacist, Dies at 91",
    paragraphs: [
      "Walter Brennan, who filled prescriptions and gave free advice at the corner of Bay and Third " +
        "for more than fifty years, died on Saturday at his home. He was 91.",
      "His daughter, Jane Brennan, said the cause was heart failure.",
      "“He knew every customer's name, and most of their dogs' names,” she said.",
      "Mr. Brennan opened the pharmacy in 1958 with a loan from his father. His son, Michael Brennan, " +
        "ran it with him from 1985 until it closed in 2012.",
      "“Dad never took a day off he didn't feel guilty about,” Michael Brennan said.",
      "Dr. Ruth Alvarez, who practiced across the street for three decades, called him “the real " +
        "town doctor.”",
      "In addition to his daughter and son, he is survived by five grandchildren.",
    ],
    quotes: [
      ["He knew every customer's name, and most of their dogs' names,", "Jane Brennan"],
      ["Dad never took a day off he didn't feel guilty about,", "Michael Brennan"],
      ["the real town doctor.", "Ruth Alvarez"],
    ],
  },
  {
    name: "courtroom: the judge, a prosecutor, the defense lawyer, the defendant speaking for himself",
    headline: "Former treasurer sentenced to six years for stealing from church fund",
    paragraphs: [
      "A former church treasurer who stole more than $400,000 from a building fund was sentenced on " +
        "Thursday to six years in prison.",
      "“You took money that elderly parishioners gave from their pensions,” U.S. District Judge " +
        "Carol Whitman told Dennis Kirby before announcing the sentence. “That is not a mistake. That " +
        "is a choice.”",
      "Assistant U.S. Attorney Sean Maddox had asked for eight years, calling the theft “calculated " +
        "and sustained.”",
      "Kirby's lawyer, Patricia Lund, argued for leniency, citing his gambling addiction. “He is " +
        "sick, and he is getting help,” Lund told the court.",
      "Kirby, 58, stood and faced the gallery. “I am ashamed. I am so sorry,” he said, his voice " +
        "breaking.",
      "Outside the courthouse, Maddox said the sentence “sends a message that trust has a price.”",
    ],
    quotes: [
      ["You took money that elderly parishioners gave from their pensions,", "Carol Whitman"],
      ["That is not a mistake. That is a choice.", "Carol Whitman"],
      ["calculated and sustained.", "Sean Maddox"],
      ["He is sick, and he is getting help,", "Patricia Lund"],
      ["I am ashamed. I am so sorry,", "Dennis Kirby"],
      ["sends a message that trust has a price.", "Sean Maddox"],
    ],
  },
  {
    name: "tech news: a company's blog post, the company said, a post on X, a researcher",
    todo:
      "“the San Francisco start-up” is not carried back to the company named before: Lumen AI is not " +
      "read as a body (its all-capital second word), and “start-up” is no body noun of the lexicon",
    headline: "Lumen AI pauses image tool after it produced fake news photos",
    paragraphs: [
      "Lumen AI said on Wednesday that it had paused its image generator after users showed it could " +
        "produce realistic pictures of events that never happened.",
      "“We fell short of our own standards,” the San Francisco start-up wrote in a blog post. “The " +
        "tool will stay offline until we fix it.”",
      "The company said it would add visible watermarks to every image.",
      "Chief executive Nadia Brooks wrote in a post on X that the pause was “the right call, even if " +
        "it hurts.”",
      "Researchers had flagged the problem weeks ago. “We reported this in September and heard " +
        "nothing,” said Aaron Feld, a researcher at the Stanford Internet Observatory.",
      "A Lumen spokesperson said the company had received “thousands of reports” and was reviewing " +
        "them in order.",
    ],
    quotes: [
      ["We fell short of our own standards,", "Lumen AI"],
      ["The tool will stay offline until we fix it.", "Lumen AI"],
      ["the right call, even if it hurts.", "Nadia Brooks"],
      ["We reported this in September and heard nothing,", "Aaron Feld"],
      ["thousands of reports", "A Lumen spokesperson"],
    ],
  },
  {
    name: "CNN live updates: a governor at a briefing, utility officials, a spokesperson for the agency",
    headline: "Hurricane Dolores makes landfall in Florida: live updates",
    paragraphs: [
      "Hurricane Dolores made landfall near Cedar Key as a Category 3 storm early Thursday, the " +
        "National Hurricane Center said.",
      "Gov. Ron DeSantis urged people who stayed behind not to go outside. “The eye is deceptive. Do " +
        "not go out when it gets calm,” DeSantis said at a briefing in Tallahassee.",
      "More than 900,000 customers were without power, according to utility officials.",
      "FEMA has staged supplies in Alabama and Georgia, a spokesperson for the agency told CNN. “We " +
        "are ready to move the moment the winds drop,” the spokesperson said.",
      "In Tampa, Mayor Jane Castor said the city had escaped the worst. “We dodged a bullet, but " +
        "others did not,” Castor told CNN.",
    ],
    quotes: [
      ["The eye is deceptive. Do not go out when it gets calm,", "Ron DeSantis"],
      ["We are ready to move the moment the winds drop,", "a spokesperson for the agency"],
      ["We dodged a bullet, but others did not,", "Jane Castor"],
    ],
  },
]);
