// A fourth round of composed English news articles, in the styles of outlets and beats the first three
// rounds (articles.en, articles2.en, articles3.en) did not use: Sky News on a rail strike, CBC News on
// Ontario's hospitals, The Wall Street Journal on a takeover, The Athletic before a derby, Chalkbeat at
// a school board, Kenya's Daily Nation on county politics, Farmers Weekly on bird flu and SpaceNews on
// a delayed launch. Every article was written for these tests, before the engine was run on them.
// Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or a
// document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name: "Sky News, rail strike: told Sky News, a body's partial quote, said and a colon, a commuter",
    headline: "Rail strike to go ahead after last-ditch talks collapse",
    paragraphs: [
      "A 48-hour walkout by train drivers will go ahead on Friday after talks between the Aslef union " +
        "and rail operators broke down late on Wednesday night.",
      "Aslef general secretary Graham Tulloch said his members had been left with “no choice”.",
      "“We went into that room in good faith and we came out with nothing,” he told Sky News. “The " +
        "operators want us to sign away conditions that took forty years to win.”",
      "The Rail Delivery Group, which represents train companies, said it was “deeply disappointed” by " +
        "the decision and urged passengers to check before they travel.",
      "Transport Secretary Helen Marwick accused the union of “holding the country to ransom”. Speaking " +
        "on a visit to Leeds, she said: “This is the third strike this year. Passengers have had " +
        "enough, and frankly so have I.”",
      "At London Bridge on Thursday morning, commuters were resigned. “I'll work from home, same as " +
        "last time,” said Joanne Peel, 41, a legal secretary from Sevenoaks.",
      "Another passenger, who did not want to be named, said: “They all blame each other and we're " +
        "the ones stood on the platform.”",
    ],
    quotes: [
      ["no choice", "Graham Tulloch"],
      ["We went into that room in good faith and we came out with nothing,", "Graham Tulloch"],
      ["The operators want us to sign away conditions that took forty years to win.", "Graham Tulloch"],
      ["deeply disappointed", "The Rail Delivery Group"],
      ["holding the country to ransom", "Helen Marwick"],
      [
        "This is the third strike this year. Passengers have had enough, and frankly so have I.",
        "Helen Marwick",
      ],
      ["I'll work from home, same as last time,", "Joanne Peel"],
      ["They all blame each other and we're the ones stood on the platform.", "Another passenger"],
    ],
  },
  {
    name: "CBC News, Ontario hospitals: a memo that warns, question period, an emailed statement, a doctor",
    headline: "Ontario ERs short hundreds of nurses this summer, internal memo warns",
    paragraphs: [
      "Emergency departments across Ontario could face closures this summer because of a shortage of " +
        "nurses, according to an internal Ontario Health memo obtained by CBC News.",
      "The memo, dated May 12, warns that staffing in at least 14 rural hospitals is “at a critical " +
        "level” and that some sites “may be unable to maintain 24/7 operations.”",
      "Asked about the document in question period on Tuesday, Health Minister Sandra Whitfield said " +
        "the province had added thousands of nurses since 2022. “We are not going to apologize for " +
        "hiring more nurses than any government in Ontario's history,” she said.",
      "NDP health critic France Gélinas called that answer “cold comfort” for people in Wingham or " +
        "Minden who find the doors of their local emergency department locked.",
      "Dr. Amit Sandhu, who works shifts in the emergency department at a hospital in Clinton, said " +
        "closures have become routine. “We post the closure on Facebook the night before and hope " +
        "people see it,” he said in an interview with CBC News. “That's not a health-care system. " +
        "That's a lottery.”",
      "In an emailed statement, a spokesperson for the Ministry of Health, Hannah Jensen, said the " +
        "province “continues to work closely with hospitals” to avoid closures.",
      "The Ontario Nurses' Association said the memo confirmed what its members had been saying for " +
        "two years.",
    ],
    quotes: [
      ["at a critical level", "The memo"],
      ["may be unable to maintain 24/7 operations.", "The memo"],
      [
        "We are not going to apologize for hiring more nurses than any government in Ontario's history,",
        "Sandra Whitfield",
      ],
      ["cold comfort", "France Gélinas"],
      ["We post the closure on Facebook the night before and hope people see it,", "Amit Sandhu"],
      ["That's not a health-care system. That's a lottery.", "Amit Sandhu"],
      ["continues to work closely with hospitals", "Hannah Jensen"],
    ],
  },
  {
    name: "Wall Street Journal, takeover: people familiar, said in an interview, a letter, a note to clients",
    headline: "Harlan Foods Rejects $9 Billion Bid From Private-Equity Firm",
    paragraphs: [
      "Harlan Foods Inc. rejected a roughly $9 billion takeover offer from private-equity firm Castlegate " +
        "Partners, saying the bid undervalued the snack maker, according to people familiar with the " +
        "matter.",
      "In a letter to Castlegate sent Monday and reviewed by The Wall Street Journal, Harlan's board said " +
        "the proposal “fails to reflect the company's prospects as an independent business.”",
      "Castlegate had offered $54 a share in cash, a premium of about 22% to Harlan's closing price " +
        "before the approach became public.",
      "“We think we're worth a lot more than that, and so do our shareholders,” Harlan Chief Executive " +
        "Rachel Dunmore said in an interview. “We didn't go looking for a buyer.”",
      "A Castlegate spokesman said the firm was “disappointed that Harlan's board has refused to " +
        "engage” and was weighing its options.",
      "Some investors think the two sides will meet in the middle. “This is the opening move, not the " +
        "last one,” wrote Keith Albers, an analyst at Brennan Securities, in a note to clients on " +
        "Tuesday.",
      "Harlan shares rose 4% to $46.10 in afternoon trading.",
    ],
    quotes: [
      ["fails to reflect the company's prospects as an independent business.", "Harlan's board"],
      ["We think we're worth a lot more than that, and so do our shareholders,", "Rachel Dunmore"],
      ["We didn't go looking for a buyer.", "Rachel Dunmore"],
      ["disappointed that Harlan's board has refused to engage", "A Castlegate spokesman"],
      ["This is the opening move, not the last one,", "Keith Albers"],
    ],
  },
  {
    name: "The Athletic, derby preview: a press conference, asked whether, a podcast, a source close to",
    headline: "Calloway insists Rovers 'not scared' of City ahead of derby",
    paragraphs: [
      "Rovers manager Dean Calloway says his side will travel to the Ashworth Stadium on Sunday without " +
        "fear, despite a run of four defeats in their last five league games.",
      "“We're not scared of anybody,” Calloway said at his pre-match press conference on Friday. " +
        "“People have written us off before. It didn't bother me then and it doesn't bother me now.”",
      "Asked whether captain Luis Ferreira would be fit after missing training on Thursday, Calloway " +
        "said: “Luis is a warrior. If there's a way, he'll find it.”",
      "The Athletic understands Ferreira is still feeling a hamstring problem. A source close to the " +
        "player described him as “touch and go”.",
      "City head coach Mikkel Strand, meanwhile, played down talk of a title race. “We have won " +
        "nothing,” he said. “Ask me in May.”",
      "Former Rovers striker Gary Bolton, speaking on the Match Day Talk podcast, was less diplomatic. " +
        "“If they defend like they did at Hillside, City will score five,” he said.",
    ],
    quotes: [
      ["not scared", "Dean Calloway"],
      ["We're not scared of anybody,", "Dean Calloway"],
      [
        "People have written us off before. It didn't bother me then and it doesn't bother me now.",
        "Dean Calloway",
      ],
      ["Luis is a warrior. If there's a way, he'll find it.", "Dean Calloway"],
      ["touch and go", "A source close to the player"],
      ["We have won nothing,", "Mikkel Strand"],
      ["Ask me in May.", "Mikkel Strand"],
      ["If they defend like they did at Hillside, City will score five,", "Gary Bolton"],
    ],
  },
  {
    name: "Chalkbeat, school board: the superintendent, public comment, a text message, a board member",
    headline: "Denver school board votes to close three elementary schools",
    paragraphs: [
      "The Denver school board voted 5-2 on Thursday night to close three elementary schools at the end " +
        "of the year, after more than four hours of public comment from parents, teachers and students.",
      "Superintendent Marisol Vega told the board that falling enrollment had left the district with " +
        "“buildings we cannot afford to keep half empty.”",
      "“None of this is easy,” Vega said. “But keeping a school open with 140 students in a building " +
        "made for 500 is not fair to those 140 students either.”",
      "Parents at Fairmount Elementary, one of the schools on the list, spoke for nearly an hour. " +
        "“You are taking away the one place in this neighborhood that works,” said Angela Ruiz, whose " +
        "two sons attend the school.",
      "Board member Tomás Delgado, who voted no, said the district had not explained where the " +
        "displaced students would go. “We are voting on a plan with the hard part left out,” he said.",
      "Rob Kessler, president of the Denver Classroom Teachers Association, said in a text message that " +
        "the union would “fight to make sure every teacher affected has a job in August.”",
      "The closures will take effect in June.",
    ],
    quotes: [
      ["buildings we cannot afford to keep half empty.", "Marisol Vega"],
      ["None of this is easy,", "Marisol Vega"],
      [
        "But keeping a school open with 140 students in a building made for 500 is not fair to those " +
          "140 students either.",
        "Marisol Vega",
      ],
      ["You are taking away the one place in this neighborhood that works,", "Angela Ruiz"],
      ["We are voting on a plan with the hard part left out,", "Tomás Delgado"],
      ["fight to make sure every teacher affected has a job in August.", "Rob Kessler"],
    ],
  },
  {
    name: "Daily Nation, county politics: speaking in, said Mr X, MCAs, a trader, a quote before its name",
    headline: "Governor Atieno defends new market levies as traders threaten boycott",
    paragraphs: [
      "Kisumu Governor Grace Atieno has defended a new daily levy on market traders, saying the county " +
        "cannot maintain markets without more revenue.",
      "Speaking in Kondele on Sunday during a church function, Ms Atieno said the Sh50 fee would go " +
        "directly to drainage and lighting in the markets.",
      "“We cannot keep asking for clean markets and then refuse to pay for them,” said Ms Atieno. " +
        "“Every shilling collected will be accounted for.”",
      "But Kolwa East MCA Peter Ouma accused the county executive of passing the levy without " +
        "consulting traders. “The people who will pay this money were never asked,” said Mr Ouma.",
      "At Jubilee Market, traders said the fee was too high for those who earn little in a day.",
      "“Some days I sell vegetables worth Sh300. Now they want fifty from that?” asked Mary Akinyi, " +
        "who has sold tomatoes and kale at the market for 12 years.",
      "The chairman of the Kisumu Traders Association, Joseph Odhiambo, said members would stay away " +
        "from the markets for three days next week if the county does not suspend the levy.",
    ],
    quotes: [
      ["We cannot keep asking for clean markets and then refuse to pay for them,", "Grace Atieno"],
      ["Every shilling collected will be accounted for.", "Grace Atieno"],
      ["The people who will pay this money were never asked,", "Peter Ouma"],
      ["Some days I sell vegetables worth Sh300. Now they want fifty from that?", "Mary Akinyi"],
    ],
  },
  {
    name: "Farmers Weekly, bird flu: a Defra spokesperson said and a colon, the NFU, a farmer, a vet",
    headline: "Housing order extended as bird flu cases rise in East Anglia",
    standfirst: "Poultry keepers across England must keep birds indoors until at least the end of March.",
    paragraphs: [
      "The government has extended its mandatory housing order for poultry after five new cases of " +
        "avian influenza were confirmed in Norfolk and Suffolk in a fortnight.",
      "A Defra spokesperson said: “The risk to poultry remains high, and keepers must follow the " +
        "strictest biosecurity measures to protect their flocks.”",
      "NFU poultry board chairman James Lacey said the extension was “the right call” but warned that " +
        "free-range producers were losing money every week their birds were kept inside.",
      "Suffolk egg producer Claire Whitmore, who runs 32,000 free-range hens near Eye, said the past " +
        "winter had been the hardest of her career.",
      "“You do everything right – foot dips, netting, changing overalls between sheds – and you still " +
        "lie awake at night,” she said. “One case down the road and you're in a zone.”",
      "Vet Tom Hargreaves of the Poultry Health Centre urged keepers to report any sign of disease at " +
        "once. “The earlier we know, the fewer birds we lose,” he said.",
    ],
    quotes: [
      [
        "The risk to poultry remains high, and keepers must follow the strictest biosecurity measures " +
          "to protect their flocks.",
        "A Defra spokesperson",
      ],
      ["the right call", "James Lacey"],
      [
        "You do everything right – foot dips, netting, changing overalls between sheds – and you " +
          "still lie awake at night,",
        "Claire Whitmore",
      ],
      ["One case down the road and you're in a zone.", "Claire Whitmore"],
      ["The earlier we know, the fewer birds we lose,", "Tom Hargreaves"],
    ],
  },
  {
    name: "SpaceNews, launch delay: a briefing, told SpaceNews, a company statement, an agency official",
    headline: "Orion Dynamics delays first Vanguard launch to next year",
    paragraphs: [
      "Orion Dynamics has pushed the first launch of its Vanguard heavy-lift rocket into next year " +
        "after an anomaly during a static-fire test of the first stage in September.",
      "In a statement Oct. 14, the company said engineers had traced the problem to a valve in the " +
        "engine's fuel system and that a fix was “well understood and already in work.”",
      "Speaking during a media briefing, Orion Dynamics President Lena Kowalczyk said the company " +
        "would not rush. “We would much rather fly late than fly twice,” she said.",
      "The delay affects at least two customers, including a NASA lunar payload. Nick Ferraro, a " +
        "deputy associate administrator at NASA, said the agency was “confident” the schedule change " +
        "would not affect the mission's science goals.",
      "Industry analysts were not surprised. “First launches of new heavy-lift vehicles slip. That's " +
        "not a criticism, it's just history,” said Priya Raman, a senior analyst at Quilty Space, in " +
        "an interview with SpaceNews.",
      "Kowalczyk said the company still expects to fly four Vanguard missions in its first full year " +
        "of operations.",
    ],
    quotes: [
      ["well understood and already in work.", "Orion Dynamics"],
      ["We would much rather fly late than fly twice,", "Lena Kowalczyk"],
      ["confident", "Nick Ferraro"],
      [
        "First launches of new heavy-lift vehicles slip. That's not a criticism, it's just history,",
        "Priya Raman",
      ],
    ],
  },
]);
