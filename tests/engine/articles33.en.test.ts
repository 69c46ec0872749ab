// A thirty-third round of composed English news articles, in the styles of outlets and beats the first
// thirty-two rounds did not use: The Virginian-Pilot on a floodwall loan before Norfolk City Council, the
// Carlow Nationalist at a drink-driving case in Carlow District Court, Moneycontrol on a paint maker's
// quarterly profit, the Manawatū Standard after a Turbos NPC win over Canterbury, Hyperallergic on an
// Alabama quilter's first museum survey, The Scientist on zebrafish heart regeneration and warm water, The
// Guardian (Nigeria) on diphtheria deaths in Kano, the Whitby Gazette on the town's last jet workshop
// closing, The Daily Gleaner on a minor hockey treasurer charged with fraud in Fredericton and the Yukon
// News on a Porcupine caribou herd count. Every article was written for these tests, blind, before the
// engine was run on them. Expected speakers follow the corpus guidelines: the fullest name the article
// gives, a body or a document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Virginian-Pilot, politics: a headline fragment by a councilwoman named only in the body, said " +
      "Councilwoman Name then a verbless second, a councilman who called with a partial, she said with " +
      "a partial, a staff memo estimates with a partial, a resident with a partial then she said",
    todo:
      "«roughly $400 million over a decade,» goes to A staff memo presented to the council, not A " +
      "staff memo",
    headline: "Norfolk OKs $40M floodwall loan: ‘We can’t wait for the next nor’easter’",
    paragraphs: [
      "NORFOLK — The City Council voted 6-1 Tuesday night to borrow $40 million for the next phase of " +
        "the Coastal Storm Risk Management project, the floodwall, gates and pump stations meant to " +
        "protect downtown from storm surge.",
      "“We can’t wait for the next nor’easter to tell us what we already know,” said Councilwoman " +
        "Danica Royster, whose ward includes the low-lying Chesterfield Heights neighborhood. “Every year " +
        "we delay, the price goes up and so does the water.”",
      "The lone no vote came from Councilman Grant Mabry, who called the borrowing “a blank check” and " +
        "said residents in his ward had not been told how much their taxes would rise. Royster said she " +
        "understood his concern but that “doing nothing is the most expensive option.”",
      "A staff memo presented to the council estimates the city’s share of the project at “roughly $400 " +
        "million over a decade,” with the U.S. Army Corps of Engineers covering the rest.",
      "Resident Thelma Boykins, 72, told the council her street in Ballentine Place floods “every time " +
        "the moon is full.” “I have moved my car to the church lot so many times the pastor gave me a " +
        "key,” she said.",
      "Construction on the next segment, along Brambleton Avenue, is expected to start in the spring.",
    ],
    quotes: [
      ["We can’t wait for the next nor’easter", "Danica Royster"],
      ["We can’t wait for the next nor’easter to tell us what we already know,", "Danica Royster"],
      ["Every year we delay, the price goes up and so does the water.", "Danica Royster"],
      ["a blank check", "Grant Mabry"],
      ["doing nothing is the most expensive option.", "Danica Royster"],
      ["roughly $400 million over a decade,", "A staff memo"],
      ["every time the moon is full.", "Thelma Boykins"],
      ["I have moved my car to the church lot so many times the pastor gave me a key,", "Thelma Boykins"],
    ],
  },
  {
    name:
      "Carlow Nationalist, courts: an age in brackets, a garda told the court with a partial, two women " +
      "in one paragraph with Garda Surname said, a solicitor with a partial then Mr Surname said, a " +
      "judge with a partial then she told the accused, a judge's partial after which she said",
    headline: "Farmer banned for four years after tractor hits parked car",
    paragraphs: [
      "A Carlow farmer who crashed his tractor into a parked car while almost three times over the " +
        "drink-drive limit has been disqualified from driving for four years at Carlow District Court.",
      "Michael Nolan (58), of Ballinacarrig, Tullow Road, Carlow, pleaded guilty to drink-driving at " +
        "Ballinacarrig on August 3 last.",
      "Garda Siobhán Doyle told the court the accused was found “slumped over the steering wheel” " +
        "shortly after 7pm. The car’s owner, Aisling Byrne, had stepped into a nearby shop moments " +
        "earlier. “If she had been sitting in it, we would be dealing with a very different case,” Garda " +
        "Doyle said.",
      "Solicitor Ray Hyland, defending, said his client had been at a neighbour’s funeral and had “made " +
        "a terrible decision”. “He is a man who has never been inside a courtroom in his life. He has " +
        "sold the tractor,” Mr Hyland said.",
      "Judge Geraldine Carr said a funeral was “no excuse”. “You had a ten-tonne machine on a public " +
        "road and you were not fit to walk, never mind drive,” she told Nolan.",
      "Judge Carr fined him €400 and imposed the mandatory four-year ban, which she said she had “no " +
        "discretion” to reduce.",
    ],
    quotes: [
      ["slumped over the steering wheel", "Siobhán Doyle"],
      ["If she had been sitting in it, we would be dealing with a very different case,", "Siobhán Doyle"],
      ["made a terrible decision", "Ray Hyland"],
      [
        "He is a man who has never been inside a courtroom in his life. He has sold the tractor,",
        "Ray Hyland",
      ],
      ["no excuse", "Geraldine Carr"],
      [
        "You had a ten-tonne machine on a public road and you were not fit to walk, never mind drive,",
        "Geraldine Carr",
      ],
      ["no discretion", "Geraldine Carr"],
    ],
  },
  {
    name:
      "Moneycontrol, business: straight quotes, a company's partial in a relative clause, a managing " +
      "director told Moneycontrol then a verbless second, Surname said with a partial, a brokerage in " +
      "a note with a partial, according to an unnamed analyst with a partial, a campaign name in marks",
    headline: "Shreeji Paints Q2 profit falls 18% as extended monsoon hits demand; shares slip 4%",
    paragraphs: [
      "Shreeji Paints Ltd on November 6 reported an 18 percent year-on-year fall in consolidated net " +
        "profit to Rs 142 crore for the July-September quarter, hurt by an extended monsoon that the " +
        'company said had "delayed repainting demand across key markets".',
      "Revenue from operations rose 3.2 percent to Rs 1,684 crore, the Ahmedabad-based company said in " +
        "an exchange filing.",
      "\"The monsoon lasted three weeks longer than usual in Gujarat and Maharashtra, and people don't " +
        'paint their homes in the rain," managing director Ketan Shah told Moneycontrol. "We are already ' +
        'seeing October volumes come back strongly."',
      "Shah said the company would go ahead with its Rs 900 crore plant in Andhra Pradesh, which he " +
        'expected to be "commissioned by the first quarter of FY28".',
      "Arcadia Securities cut its target price on the stock to Rs 1,520, saying in a note that new " +
        'entrants had turned the decorative paints segment into "a war of discounts".',
      "According to an analyst at a domestic brokerage who did not wish to be named, dealer incentives " +
        'were "eating into margins faster than the company admits".',
      'The stock closed 4.1 percent lower at Rs 1,388 on the NSE. The company\'s "Rangotsav" festive ' +
        "campaign begins next week.",
    ],
    quotes: [
      ["delayed repainting demand across key markets", "Shreeji Paints Ltd"],
      [
        "The monsoon lasted three weeks longer than usual in Gujarat and Maharashtra, and people don't " +
          "paint their homes in the rain,",
        "Ketan Shah",
      ],
      ["We are already seeing October volumes come back strongly.", "Ketan Shah"],
      ["commissioned by the first quarter of FY28", "Ketan Shah"],
      ["a war of discounts", "Arcadia Securities"],
      ["eating into margins faster than the company admits", "an analyst at a domestic brokerage"],
    ],
  },
  {
    name:
      "Manawatū Standard, sport: a coach with a partial then he said, the 21-year-old said then a " +
      "verbless second, two men in one paragraph with a partial by the first and Surname said for the " +
      "second, a rival coach conceded with a partial, what Surname called with a partial",
    headline: "Turbos stun Canterbury to keep NPC playoff hopes alive",
    paragraphs: [
      "Manawatū have kept their NPC playoff hopes alive with a 27-24 win over Canterbury at Central " +
        "Energy Trust Arena on Saturday, their first victory over the Red and Blacks in Palmerston North " +
        "since 2014.",
      "Turbos coach Mike Rehu said the win was “a long time coming”. “We’ve been close against these " +
        "guys three or four times and let it slip. Tonight we didn’t blink,” he said.",
      "First five-eighth Sione Vaipulu kicked the match-winning penalty with three minutes to play. “I " +
        "just tried not to look at the scoreboard,” the 21-year-old said. “My dad was in the stand and I " +
        "could hear him from halfway.”",
      "Hooker Jarrod Wills, who played his 50th game for the province, said Vaipulu had “ice in his " +
        "veins”. Lock Ben Tamihana agreed. “He’s the calmest bloke in the team. Nothing fazes him,” " +
        "Tamihana said.",
      "Canterbury coach Scott Hammond conceded his side had been “second to everything at the " +
        "breakdown”.",
      "Manawatū host Hawke’s Bay next Friday in what Rehu called “a quarter-final before the " +
        "quarter-finals”.",
    ],
    quotes: [
      ["a long time coming", "Mike Rehu"],
      [
        "We’ve been close against these guys three or four times and let it slip. Tonight we didn’t blink,",
        "Mike Rehu",
      ],
      ["I just tried not to look at the scoreboard,", "Sione Vaipulu"],
      ["My dad was in the stand and I could hear him from halfway.", "Sione Vaipulu"],
      ["ice in his veins", "Jarrod Wills"],
      ["He’s the calmest bloke in the team. Nothing fazes him,", "Ben Tamihana"],
      ["second to everything at the breakdown", "Scott Hammond"],
      ["a quarter-final before the quarter-finals", "Mike Rehu"],
    ],
  },
  {
    name:
      "Hyperallergic, culture: an exhibition title in marks, said her granddaughter Name then a " +
      "verbless second, a curator called with a partial then she added and a verbless second, a quilt " +
      "title in marks, a museum's catalogue describes with a partial, an unnamed collector told " +
      "Hyperallergic with a partial",
    headline: "A Forgotten Alabama Quilter Gets Her First Museum Survey",
    paragraphs: [
      "More than four decades after her death, the Alabama quilter Odessa Lee Whitfield is getting her " +
        "first museum survey. “Odessa Lee Whitfield: Pieced in the Dark,” opening at the Birmingham " +
        "Museum of Art on February 14, brings together 38 quilts, most of them lent by her descendants.",
      "Whitfield, who worked as a laundress and sewed at night by kerosene lamp, never sold a quilt in " +
        "her lifetime. “She gave them away to anyone who was cold,” said her granddaughter, Loretta " +
        "Whitfield Banks, 69, who kept 11 of them in a cedar chest in Bessemer. “We slept under what " +
        "you’re going to see on the walls.”",
      "The exhibition’s curator, Miriam Ostrander, called the work “as radical as anything from Gee’s " +
        "Bend,” noting that Whitfield was cutting up denim work clothes nearly a decade before the better " +
        "known quilts. “I don’t want to rank anyone,” she added. “I want her in the conversation.”",
      "The show’s centerpiece, a 1958 quilt Whitfield called “Road to Sardis,” refers to the church " +
        "where she was baptized. The museum’s catalogue describes its zigzag strips as “a map drawn " +
        "from memory.”",
      "Not everyone is pleased. A collector who owns three Whitfield quilts and declined to lend them " +
        "told Hyperallergic that the family had been “cut out of the story for 40 years, and now " +
        "everyone wants a piece.”",
    ],
    quotes: [
      ["She gave them away to anyone who was cold,", "Loretta Whitfield Banks"],
      ["We slept under what you’re going to see on the walls.", "Loretta Whitfield Banks"],
      ["as radical as anything from Gee’s Bend,", "Miriam Ostrander"],
      ["I don’t want to rank anyone,", "Miriam Ostrander"],
      ["I want her in the conversation.", "Miriam Ostrander"],
      ["a map drawn from memory.", "The museum’s catalogue"],
      ["cut out of the story for 40 years, and now everyone wants a piece.", "A collector"],
    ],
  },
  {
    name:
      "The Scientist, science: present tense, says senior author Name with a role then a verbless " +
      "second, a paper describes with a partial and a gene's nickname in marks, two women in one " +
      "paragraph with Surname recalls for the second, an inverted cautions with a cardiologist " +
      "then he calls with a partial",
    headline: "Zebrafish Regrow Heart Tissue Faster in Warmer Water",
    paragraphs: [
      "Zebrafish kept in slightly warmer water regenerate damaged heart muscle almost twice as fast as " +
        "fish kept at standard laboratory temperatures, according to a study published December 2 in " +
        "Cell Reports.",
      "“We went in expecting temperature to be a nuisance variable,” says senior author Hannah Okafor, " +
        "a developmental biologist at the University of Wisconsin–Madison. “It turned out to be the " +
        "whole story.”",
      "The paper describes the effect as “robust across three independent strains” and points to a " +
        "heat-shock gene, which the team nicknamed “furnace,” as a likely driver.",
      "Okafor credits the discovery to first author Priya Ramaswamy, a postdoc in her lab, and a broken " +
        "heater. “One tank ran two degrees warm for a week, and those fish were ahead of everyone else,” " +
        "Ramaswamy recalls.",
      "“Fish hearts regenerate and ours don’t, at any temperature,” cautions Luis Arbeláez, a " +
        "cardiologist at Stanford University who was not involved in the work. Still, he calls the study " +
        "“a clean, clever piece of work.”",
    ],
    quotes: [
      ["We went in expecting temperature to be a nuisance variable,", "Hannah Okafor"],
      ["It turned out to be the whole story.", "Hannah Okafor"],
      ["robust across three independent strains", "The paper"],
      [
        "One tank ran two degrees warm for a week, and those fish were ahead of everyone else,",
        "Priya Ramaswamy",
      ],
      ["Fish hearts regenerate and ours don’t, at any temperature,", "Luis Arbeláez"],
      ["a clean, clever piece of work.", "Luis Arbeláez"],
    ],
  },
  {
    name:
      "The Guardian (Nigeria), health: a commissioner who disclosed this said with a colon, he said with " +
      "a partial, according to a body with an acronym and a partial, a mother with an honorific then " +
      "she said, an organisation warned in a statement with a partial, an unnamed health worker told " +
      "the paper with a colon",
    todo:
      "«We are rationing the antitoxin. We decide eve…» goes to A health worker at one of the " +
      "facilities, not A health worker",
    headline: "Diphtheria: Kano records 46 deaths as vaccine uptake remains low",
    paragraphs: [
      "The Kano State Government has confirmed 46 deaths from diphtheria in the past six weeks, with " +
        "most of the cases recorded among children under 10 in Ungogo, Dala and Fagge local government " +
        "areas.",
      "The state Commissioner for Health, Dr. Aminu Sani Gwarzo, who disclosed this at a press briefing " +
        "in Kano on Tuesday, said: “Most of the children we lost were never vaccinated. Not once.”",
      "He said the ministry had deployed “over 400 vaccination teams” to affected wards, adding that " +
        "some parents had turned them away.",
      "According to the Nigeria Centre for Disease Control and Prevention (NCDC), Kano accounts for " +
        "“more than 60 per cent” of confirmed cases nationwide this year.",
      "A mother in Dala, Hajiya Rabi Musa, whose five-year-old son is on admission at the Murtala " +
        "Muhammad Specialist Hospital, said she did not know the disease could kill. “They told us it " +
        "was ordinary sore throat. By the time we came, he could not swallow,” she said.",
      "Médecins Sans Frontières (MSF), which runs a treatment centre in the city, warned in a statement " +
        "that stocks of diphtheria antitoxin were “critically low”.",
      "A health worker at one of the facilities, who spoke on condition of anonymity, told The Guardian: " +
        "“We are rationing the antitoxin. We decide every morning who gets it.”",
    ],
    quotes: [
      ["Most of the children we lost were never vaccinated. Not once.", "Aminu Sani Gwarzo"],
      ["over 400 vaccination teams", "Aminu Sani Gwarzo"],
      ["more than 60 per cent", "the Nigeria Centre for Disease Control and Prevention"],
      ["They told us it was ordinary sore throat. By the time we came, he could not swallow,", "Rabi Musa"],
      ["critically low", "Médecins Sans Frontières"],
      ["We are rationing the antitoxin. We decide every morning who gets it.", "A health worker"],
    ],
  },
  {
    name:
      "Whitby Gazette, local life: single marks, a standfirst fragment by a man named only in the body " +
      "and quoted at more length there, he said, a partial about his grandfather, his wife with the " +
      "same surname said then a verbless second, a council with a partial, a shop sign in marks, an " +
      "unnamed shopkeeper with a colon",
    headline: "Whitby’s last family jet workshop to close after 150 years",
    standfirst: "‘It feels like the end of something’",
    paragraphs: [
      "The last family-run jet workshop in Whitby will close at the end of the month, ending a link " +
        "with the town’s Victorian jet trade that goes back to 1872.",
      "Keith Harland, 71, whose great-great-grandfather opened the workshop on Church Street, said there " +
        "was nobody left to take it on. ‘My son’s a paramedic in Leeds and my daughter’s a teacher. It " +
        "feels like the end of something, but I can’t ask them to give up their lives for it,’ he said.",
      "Mr Harland learned the trade from his grandfather, Walter, who he said could ‘tell a piece of jet " +
        "from a piece of coal with his eyes shut’.",
      "His wife, Pauline Harland, who has run the shop counter for 40 years, said customers had been " +
        "coming in to say goodbye. ‘One lady from Scarborough brought in a brooch her mother bought here " +
        "in 1953,’ she said. ‘We both had a little cry.’",
      "North Yorkshire Council said it was ‘working with local partners’ to make sure the skills were " +
        "not lost. The shop’s sign, ‘Harland & Sons – Jet Workers’, will go to Whitby Museum.",
      "A neighbouring shopkeeper said: ‘Tourists come for Dracula and the jet. Take one of those away " +
        "and what have you got?’",
    ],
    quotes: [
      ["It feels like the end of something", "Keith Harland"],
      [
        "My son’s a paramedic in Leeds and my daughter’s a teacher. It feels like the end of something, " +
          "but I can’t ask them to give up their lives for it,",
        "Keith Harland",
      ],
      ["tell a piece of jet from a piece of coal with his eyes shut", "Keith Harland"],
      ["One lady from Scarborough brought in a brooch her mother bought here in 1953,", "Pauline Harland"],
      ["We both had a little cry.", "Pauline Harland"],
      ["working with local partners", "North Yorkshire Council"],
      [
        "Tourists come for Dracula and the jet. Take one of those away and what have you got?",
        "A neighbouring shopkeeper",
      ],
    ],
  },
  {
    name:
      "The Daily Gleaner, crime: police say with no quote, a police force in a news release with a " +
      "partial, said Name with a role then a verbless second, a fund's name in marks, the mother of " +
      "two said, two women in one paragraph with the lawyer declining and Const. Name with a partial",
    headline: "Fredericton woman charged in theft of $80,000 from minor hockey association",
    paragraphs: [
      "A 44-year-old Fredericton woman has been charged with fraud over $5,000 after more than $80,000 " +
        "went missing from the accounts of a local minor hockey association, police say.",
      "The Fredericton Police Force said in a news release Thursday that the money was taken “over a " +
        "period of about three years” while the woman served as the association’s treasurer.",
      "“It’s a gut punch,” said Ryan MacLeod, president of the Capital Region Minor Hockey Association. " +
        "“These are registration fees from families who are already stretched.”",
      "MacLeod said the shortfall came to light in September when a cheque for ice time bounced. The " +
        "association’s “Skate for All” fund, which pays fees for low-income families, was among the " +
        "accounts affected.",
      "Jenna Hachey, whose two sons play in the under-11 division, said she was still trying to take it " +
        "in. “We sold chocolate bars door to door for that money,” the mother of two said.",
      "Karen Lynn Doucette appeared in provincial court Thursday and was released on conditions. Her " +
        "lawyer, Anne-Marie Cormier, declined to comment outside court. Const. Sarah Arseneault, a police " +
        "spokesperson, said investigators “are not looking for anyone else at this time.”",
    ],
    quotes: [
      ["over a period of about three years", "The Fredericton Police Force"],
      ["It’s a gut punch,", "Ryan MacLeod"],
      ["These are registration fees from families who are already stretched.", "Ryan MacLeod"],
      ["We sold chocolate bars door to door for that money,", "Jenna Hachey"],
      ["are not looking for anyone else at this time.", "Sarah Arseneault"],
    ],
  },
  {
    name:
      "Yukon News, environment: according to a survey with no quote, a board in a statement with two " +
      "partials, said Name with a role then a verbless second, a biologist said then he said, Surname " +
      "said with a partial",
    headline: "Porcupine caribou herd grows for third straight count",
    paragraphs: [
      "The Porcupine caribou herd has grown to an estimated 245,000 animals, according to a survey " +
        "released Wednesday, the third consecutive count to show an increase.",
      "The Porcupine Caribou Management Board said in a statement the herd was “healthy and stable” but " +
        "warned that warmer winters posed “a real and growing risk” from rain-on-snow events that lock " +
        "lichen under ice.",
      "“When the rain comes in November and then it freezes, the caribou can’t dig through it,” said " +
        "Dorothy Kassi, a Vuntut Gwitchin elder in Old Crow. “My grandfather saw that happen once in his " +
        "life. We’ve seen it three times in 10 years.”",
      "Government of Yukon caribou biologist Tom Ruxton said the survey used aerial photos taken in " +
        "July, when the animals bunch together to escape insects. “It’s about as close to a headcount as " +
        "you can get with a herd that size,” he said.",
      "Asked about oil and gas leasing on the herd’s calving grounds in Alaska, Ruxton said it was “not " +
        "something a population survey can answer.”",
    ],
    quotes: [
      ["healthy and stable", "The Porcupine Caribou Management Board"],
      ["a real and growing risk", "The Porcupine Caribou Management Board"],
      [
        "When the rain comes in November and then it freezes, the caribou can’t dig through it,",
        "Dorothy Kassi",
      ],
      [
        "My grandfather saw that happen once in his life. We’ve seen it three times in 10 years.",
        "Dorothy Kassi",
      ],
      ["It’s about as close to a headcount as you can get with a herd that size,", "Tom Ruxton"],
      ["not something a population survey can answer.", "Tom Ruxton"],
    ],
  },
]);
