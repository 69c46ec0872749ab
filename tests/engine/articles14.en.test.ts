// A fourteenth round of composed English news articles, in the styles of outlets and beats the first
// thirteen rounds did not use: The Tennessean on an East Bank housing vote, The Hamilton Spectator on a
// murder charge, the NT News on a Katherine flood, The Namibian on hepatitis E in Windhoek, Stabroek News
// on oil-sector hiring rules, The Daily Star (Bangladesh) on HSC results, The Standard (Kenya) after a
// marathon win, Scientific American on tool-using sea otters, The Stage on a theatre's closure and The
// Fiji Times at a sentencing in the High Court in Lautoka. Every article was written for these tests,
// before the engine was run on them. Expected speakers follow the corpus guidelines: the fullest name
// the article gives, a body or a document as written, an unnamed source by its shortest identifying
// description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Tennessean, local politics: a headline quote repeated in the " +
      "body, a council member split by her surname, the mayor’s office in " +
      "a statement, an inverted said with a sign slogan, a partial quote " +
      "after which he called, a chief officer in apposition then she",
    headline: "Metro Council delays East Bank housing vote: ‘People deserve to see the final numbers’",
    paragraphs: [
      "The Metro Council on Tuesday night deferred a vote on a $120 " +
        "million affordable housing deal for the East Bank after more than " +
        "three hours of public comment, much of it from renters who said " +
        "the plan does too little for people who already live nearby.",
      "Council member Marisol Bennett, who chairs the budget and finance " +
        "committee, moved to defer the bill for two weeks. “We are not " +
        "going to rush a vote on something this size at midnight,” Bennett " +
        "said. “People deserve to see the final numbers.”",
      "The mayor’s office defended the proposal in a statement Wednesday, " +
        "saying the agreement would deliver “at least 1,500 homes that " +
        "working Nashvillians can actually afford.”",
      "Among the speakers was Rosa Gutiérrez, 58, who has rented near " +
        "Cayce Place for 22 years. “I have watched every promise about this " +
        "side of the river turn into something I can’t pay for,” said " +
        "Gutiérrez, who carried a sign reading “Homes, Not Hype.”",
      "Council member Brandon Tate, whose district includes part of the " +
        "East Bank, said he supports the deal but wants stronger " +
        "guarantees. Tate said the current draft lets the developer convert " +
        "units to market rate after 15 years, which he called “a loophole " +
        "you could drive a bus through.”",
      "Asked whether the delay put the deal at risk, the city’s chief " +
        "development officer, Angela Reyes, said it did not. “The developer " +
        "has been patient, and they will be patient for two more weeks,” " +
        "she said.",
      "The council is scheduled to take up the bill again at its Dec. 16 " + "meeting.",
    ],
    quotes: [
      ["People deserve to see the final numbers.", "Marisol Bennett"],
      ["We are not going to rush a vote on something this size at " + "midnight,", "Marisol Bennett"],
      ["at least 1,500 homes that working Nashvillians can actually " + "afford.", "The mayor’s office"],
      [
        "I have watched every promise about this side of the river " + "turn into something I can’t pay for,",
        "Rosa Gutiérrez",
      ],
      ["a loophole you could drive a bus through.", "Brandon Tate"],
      ["The developer has been patient, and they will be patient for two " + "more weeks,", "Angela Reyes"],
    ],
  },
  {
    name:
      "The Hamilton Spectator, crime: a rank before the name after the " +
      "quote with told reporters, the surname then the detective sergeant " +
      "with a partial quote, a victim’s sister sharing his surname, a " +
      "one-word partial quote, a councillor with Coun. and a ward",
    headline: "Hamilton man, 34, charged with second-degree murder in Barton Street stabbing",
    paragraphs: [
      "A 34-year-old Hamilton man has been charged with second-degree " +
        "murder after a man was stabbed to death outside a convenience " +
        "store on Barton Street East early Sunday, Hamilton police say.",
      "The victim has been identified as Kevin Doucette, 41, of Hamilton. " +
        "Officers were called to the area near Sherman Avenue North around " +
        "2:15 a.m. and found him with multiple stab wounds. He was " +
        "pronounced dead at Hamilton General Hospital.",
      "“This was not a random attack,” Det.-Sgt. Sarah Kowalczyk of the " +
        "major crime unit told reporters Monday. “The two men knew each " +
        "other, and we believe an argument earlier in the evening carried " +
        "on into the street.”",
      "Kowalczyk said the accused, Jordan Pryce, was arrested at a " +
        "residence on Wentworth Street North a few hours later. The " +
        "detective sergeant said investigators had recovered a knife but " +
        "still wanted to hear from “anyone who was on Barton between 1:30 " +
        "and 2:30 and has a dashcam or a doorbell camera.”",
      "Doucette’s sister, Melanie Doucette, described her brother as a " +
        "father of two who had just started a job at a steel fabrication " +
        "shop. “He was finally getting his feet under him,” she said in a " +
        "phone interview. “Now my nephews have to grow up without him.”",
      "Pryce appeared in court by video Monday and was remanded in " +
        "custody. His lawyer could not be reached for comment.",
      "The stabbing is the city’s ninth homicide of the year. Ward 3 " +
        "Coun. Lena Marchetti said residents along the strip were " +
        "“exhausted.” “People on this street are tired of hearing sirens at " +
        "night and reading about it in the morning,” Marchetti said.",
    ],
    quotes: [
      ["This was not a random attack,", "Sarah Kowalczyk"],
      [
        "The two men knew each other, and we believe an argument earlier in " +
          "the evening carried on into the street.",
        "Sarah Kowalczyk",
      ],
      [
        "anyone who was on Barton between 1:30 and 2:30 and has a dashcam " + "or a doorbell camera.",
        "Sarah Kowalczyk",
      ],
      ["He was finally getting his feet under him,", "Melanie Doucette"],
      ["Now my nephews have to grow up without him.", "Melanie Doucette"],
      ["exhausted.", "Lena Marchetti"],
      [
        "People on this street are tired of hearing sirens at night and " +
          "reading about it in the morning,",
        "Lena Marchetti",
      ],
    ],
  },
  {
    name:
      "NT News, flood: a headline quote repeated in the body, an acting " +
      "commander then he, a bureau’s forecaster after the quote, the " +
      "minister by role with two partial quotes, Ms before a surname with " +
      "an elided year inside the quote, a road sign",
    headline: "‘Get out now’: Katherine told to evacuate as river heads for 18m peak",
    paragraphs: [
      "Residents in low-lying parts of Katherine have been told to leave " +
        "immediately, with the Katherine River expected to peak above 18m " +
        "overnight as a tropical low dumps heavy rain across the Top End.",
      "NT Police Acting Commander Brett Hollis said emergency crews had " +
        "door-knocked more than 400 homes by Tuesday afternoon. “Get out " +
        "now,” he said. “If you are in the evacuation zone, do not wait " +
        "until the water is at your front step.”",
      "The Bureau of Meteorology said the system was slow-moving and " +
        "falls of up to 250mm were possible in the next 48 hours. “We are " +
        "expecting this low to sit over the Katherine region through " +
        "Thursday,” senior forecaster Priya Raman said.",
      "Emergency Services Minister Carla Dwyer said an evacuation centre " +
        "had opened at the Katherine Showgrounds and that Defence trucks " +
        "were on standby. The minister said Territorians had been “through " +
        "this before” and would “look after each other like we always do”.",
      "On Giles St, Kym Tapsell, 63, was loading her dog and two boxes of " +
        "photo albums into the ute. “The ’98 flood took everything,” Ms " +
        "Tapsell said. “I’m not hanging around to find out if this one’s as " +
        "bad.”",
      "A sign on the Stuart Highway read “Flooded – Do Not Enter” and the " +
        "highway was closed south of the town on Tuesday night.",
    ],
    quotes: [
      ["Get out now,", "Brett Hollis"],
      [
        "If you are in the evacuation zone, do not wait until the water is " + "at your front step.",
        "Brett Hollis",
      ],
      ["We are expecting this low to sit over the Katherine region through " + "Thursday,", "Priya Raman"],
      ["through this before", "Carla Dwyer"],
      ["look after each other like we always do", "Carla Dwyer"],
      ["The ’98 flood took everything,", "Kym Tapsell"],
      ["I’m not hanging around to find out if this one’s as bad.", "Kym Tapsell"],
    ],
  },
  {
    name:
      "The Namibian, health: Dr before a name with a partial quote then " +
      "the surname, she said after a two-sentence quote, a city council " +
      "then the municipality in a statement, a resident after the quote, " +
      "an unnamed nurse, a campaign slogan",
    todo:
      "“the municipality said” is not linked back to the body the paragraph named just before " +
      "(The City of Windhoek); the description itself is given as the speaker",
    headline: "Hepatitis E cases climb in Windhoek’s informal settlements",
    paragraphs: [
      "The health ministry has recorded 214 new hepatitis E cases in " +
        "Windhoek over the past month, most of them in the Havana and " +
        "Okahandja Park informal settlements, where residents share " +
        "communal taps and toilets.",
      "The ministry’s chief medical officer, Dr Selma Amutenya, said on " +
        "Tuesday that the outbreak was “far from over”. “We are seeing new " +
        "cases every week, and pregnant women remain the group we are most " +
        "worried about,” Amutenya said at a media briefing in Windhoek.",
      "She said three pregnant women had died since January. “A mother " +
        "who gets hepatitis E in her third trimester is at serious risk. We " +
        "are asking every pregnant woman in these areas to go to the clinic " +
        "at the first sign of yellow eyes,” she said.",
      "The City of Windhoek said it had installed 40 additional water " +
        "points and was emptying pit latrines more often. “Sanitation in " +
        "informal areas is a shared responsibility, and the City is doing " +
        "what its budget allows,” the municipality said in a statement.",
      "Havana resident Johanna Shikongo, a mother of four, said the " +
        "nearest toilet was a ten-minute walk from her shack. “At night you " +
        "cannot walk there alone, so people use buckets,” said Shikongo. " +
        "“Then they tell us to wash our hands, but with what water?”",
      "A nurse at the Okuryangava clinic, who asked not to be named " +
        "because she is not allowed to speak to the media, said staff were " +
        "overwhelmed. “Some days we see thirty people with the same " +
        "symptoms before lunch,” the nurse said.",
      "The ministry is running a hygiene drive under the slogan “Clean " +
        "Hands, Safe Lives” in the affected areas.",
    ],
    quotes: [
      ["far from over", "Selma Amutenya"],
      [
        "We are seeing new cases every week, and pregnant women remain the " +
          "group we are most worried about,",
        "Selma Amutenya",
      ],
      [
        "A mother who gets hepatitis E in her third trimester is at serious " +
          "risk. We are asking every pregnant woman in these areas to go to " +
          "the clinic at the first sign of yellow eyes,",
        "Selma Amutenya",
      ],
      [
        "Sanitation in informal areas is a shared responsibility, and the " +
          "City is doing what its budget allows,",
        "The City of Windhoek",
      ],
      ["At night you cannot walk there alone, so people use buckets,", "Johanna Shikongo"],
      ["Then they tell us to wash our hands, but with what water?", "Johanna Shikongo"],
      [
        "Some days we see thirty people with the same symptoms before " + "lunch,",
        "A nurse at the Okuryangava clinic",
      ],
    ],
  },
  {
    name:
      "Stabroek News, business: straight quotes, a director told the " +
      "paper, a report that states, a chairman in apposition then the " +
      "surname with a partial quote, an anonymous executive with a " +
      "one-word partial quote then the executive said, a company in a " +
      "statement",
    headline: "Local content secretariat flags 11 oil contractors over Guyanese hiring",
    paragraphs: [
      "The Local Content Secretariat says 11 companies in the oil and gas " +
        "sector have failed to meet the minimum Guyanese employment levels " +
        "set out in the Local Content Act, and could face fines of up to " +
        "$50 million.",
      '"These are not small companies that can say they did not ' +
        'understand the law," Director of the Secretariat Ravindra Persaud ' +
        'told Stabroek News on Monday. "They have had two years to comply."',
      "The Secretariat’s half-year compliance report, released last week, " +
        'states that "a significant number of contractors continue to ' +
        "classify Guyanese nationals in lower-skilled categories while " +
        'importing labour for management roles."',
      "Gerald Mendonca, chairman of the Private Sector Commission, said " +
        "Guyanese businesses welcomed the enforcement. Mendonca said local " +
        'firms had been "shut out of the bigger contracts for too long" and ' +
        "that the penalties should be applied without exception.",
      "However, an executive at one of the named contractors, speaking on " +
        "condition of anonymity, said some of the Act’s targets were " +
        '"unrealistic" for specialised offshore work. "You cannot train a ' +
        'subsea engineer in eighteen months," the executive said.',
      "ExxonMobil Guyana, operator of the Stabroek Block, said in a " +
        'statement that it "remains committed to the development of a ' +
        'skilled Guyanese workforce" and that more than 70 per cent of its ' +
        "workforce is Guyanese.",
    ],
    quotes: [
      [
        "These are not small companies that can say they did not understand " + "the law,",
        "Ravindra Persaud",
      ],
      ["They have had two years to comply.", "Ravindra Persaud"],
      [
        "a significant number of contractors continue to classify Guyanese " +
          "nationals in lower-skilled categories while importing labour for " +
          "management roles.",
        "The Secretariat’s half-year compliance report",
      ],
      ["shut out of the bigger contracts for too long", "Gerald Mendonca"],
      ["unrealistic", "an executive at one of the named contractors"],
      [
        "You cannot train a subsea engineer in eighteen months,",
        "an executive at one of the named contractors",
      ],
      ["remains committed to the development of a skilled Guyanese " + "workforce", "ExxonMobil Guyana"],
    ],
  },
  {
    name:
      "The Daily Star (Bangladesh), education: Prof before a name in " +
      "apposition, told reporters after a two-sentence quote, the surname " +
      "and a colon, an adviser’s partial quote then an inverted said with " +
      "adding, a student then she said laughing, Dr before a researcher",
    headline: "HSC results: pass rate falls to 58.8 percent, lowest in a decade",
    paragraphs: [
      "The pass rate in this year’s Higher Secondary Certificate and " +
        "equivalent examinations has fallen to 58.8 percent, the lowest in " +
        "more than a decade, with English and ICT dragging down results " +
        "across all 11 education boards.",
      "Prof Mahbubul Alam Chowdhury, chairman of the Inter-Education " +
        "Board Coordination Committee, said examiners had been told to " +
        "follow the marking scheme strictly this year. “There was no " +
        "instruction to be generous. Students got the marks they earned,” " +
        "he told reporters at the Dhaka board office yesterday.",
      "Asked whether the fall reflected learning losses from the pandemic " +
        "and last year’s unrest, Chowdhury said: “The students who sat this " +
        "exam lost almost two years of regular classes. That cannot be " +
        "ignored.”",
      "Education Adviser Rehana Parveen called the results “a mirror we " +
        "have to look into”. “We will not hide behind the numbers,” said " +
        "Parveen, adding that a committee would examine colleges where not " +
        "a single candidate passed.",
      "At Viqarunnisa Noon School and College, where 97 percent of " +
        "candidates passed, students hugged and took selfies in the " +
        "schoolyard. Nusrat Jahan, who got GPA-5 in science, said she wants " +
        "to study medicine. “My mother cried before I did,” she said, " +
        "laughing.",
      "Dr Kazi Farhana Islam, a professor at Dhaka University’s Institute " +
        "of Education and Research, said the decline should not be blamed " +
        "on students. “If nearly half the students fail in English, that is " +
        "a failure of how English is taught, not of the children,” she " +
        "said.",
    ],
    quotes: [
      [
        "There was no instruction to be generous. Students got the marks " + "they earned,",
        "Mahbubul Alam Chowdhury",
      ],
      [
        "The students who sat this exam lost almost two years of regular " +
          "classes. That cannot be ignored.",
        "Mahbubul Alam Chowdhury",
      ],
      ["a mirror we have to look into", "Rehana Parveen"],
      ["We will not hide behind the numbers,", "Rehana Parveen"],
      ["My mother cried before I did,", "Nusrat Jahan"],
      [
        "If nearly half the students fail in English, that is a failure of " +
          "how English is taught, not of the children,",
        "Kazi Farhana Islam",
      ],
    ],
  },
  {
    name:
      "The Standard (Kenya), athletics: a headline quote with says " +
      "repeated in the body, the 26-year-old with a nickname in marks, a " +
      "rival’s partial quote, a federation president in a statement, a " +
      "wife told the paper then a second quote",
    headline: "‘I ran for my late coach,’ says Cheruiyot after Berlin Marathon win",
    paragraphs: [
      "Emmanuel Kiprop Cheruiyot dedicated his Berlin Marathon victory to " +
        "his late coach after storming to a course record of 2:02:31 on " +
        "Sunday, the fastest time in the world this year.",
      "The 26-year-old, known as “The Professor” among his training mates " +
        "in Kaptagat, broke away from Ethiopia’s Tadesse Gebremariam at the " +
        "35km mark and never looked back. “I ran for my late coach,” " +
        "Cheruiyot said after the race. “He told me in January that I would " +
        "win in Berlin, and I wanted to keep that promise.”",
      "His coach, Joseph Kiptanui, died in a road accident near Eldoret " + "in May.",
      "Gebremariam, who finished second in 2:03:10, said the pace had " +
        "been “too fast for me in the last ten kilometres” but promised to " +
        "return next year.",
      "“Emmanuel has shown the world that Kenyan marathon running is " +
        "alive and well,” Athletics Kenya president Wilson Chemweno said in " +
        "a statement.",
      "Back in Kaptagat, the athlete’s wife, Faith Jepkosgei, watched the " +
        "race with neighbours on a television set up at the local church. " +
        "“When he crossed the line, the whole village was shouting,” she " +
        "told The Standard by phone. “We have been praying since morning.”",
    ],
    quotes: [
      ["I ran for my late coach,", "Emmanuel Kiprop Cheruiyot"],
      [
        "He told me in January that I would win in Berlin, and I wanted to " + "keep that promise.",
        "Emmanuel Kiprop Cheruiyot",
      ],
      ["too fast for me in the last ten kilometres", "Tadesse Gebremariam"],
      [
        "Emmanuel has shown the world that Kenyan marathon running is alive " + "and well,",
        "Wilson Chemweno",
      ],
      ["When he crossed the line, the whole village was shouting,", "Faith Jepkosgei"],
      ["We have been praying since morning.", "Faith Jepkosgei"],
    ],
  },
  {
    name:
      "Scientific American, science: a standfirst, says in the present " +
      "with the name and a long apposition after the quote, she says, the " +
      "paper notes, an outside expert with says then he adds with a " +
      "partial quote, a nickname in marks, the surname says at the end",
    headline: "Sea Otters That Use Tools Save Their Teeth",
    standfirst:
      "Otters that crack shellfish with rocks suffer less tooth wear, and " +
      "most of them are female, a 10-year study finds",
    paragraphs: [
      "Sea otters along California’s central coast that crack prey open " +
        "with rocks have less tooth damage than those that bite through " +
        "shells, according to a study published on Thursday.",
      "“Tool use is basically dental insurance,” says Hannah Okonkwo, a " +
        "marine ecologist at the University of California, Santa Cruz, and " +
        "lead author of the paper. Her team followed 196 radio-tagged " +
        "otters for more than a decade, logging what each animal ate and " +
        "how.",
      "Okonkwo and her colleagues found that females were far more likely " +
        "to use tools than males. “Females are smaller and have weaker " +
        "bites, so when the easy food runs out they have to get creative,” " +
        "she says.",
      "The paper notes that tool use “may allow individuals to persist on " +
        "a diet that would otherwise wear their teeth down to the gums.”",
      "Not everyone is convinced the link is causal. “It’s an elegant " +
        "data set, but otters that use tools might also just be choosier " +
        "eaters,” says Marcus Lindqvist, a behavioral ecologist at " +
        "Stockholm University, who was not involved in the research. He " +
        "adds that diet and tooth wear “are tangled up in ways that are " +
        "hard to pull apart.”",
      "The findings could matter for conservation. Southern sea otters, " +
        "sometimes called the “keystone of the kelp forest,” were hunted " +
        "nearly to extinction for their fur and still number only about " +
        "3,000.",
      "“If we reintroduce otters to places where the prey is mostly " +
        "hard-shelled, we need to know whether they can cope,” Okonkwo " +
        "says.",
    ],
    quotes: [
      ["Tool use is basically dental insurance,", "Hannah Okonkwo"],
      [
        "Females are smaller and have weaker bites, so when the easy food " +
          "runs out they have to get creative,",
        "Hannah Okonkwo",
      ],
      [
        "may allow individuals to persist on a diet that would otherwise " +
          "wear their teeth down to the gums.",
        "The paper",
      ],
      [
        "It’s an elegant data set, but otters that use tools might also " + "just be choosier eaters,",
        "Marcus Lindqvist",
      ],
      ["are tangled up in ways that are hard to pull apart.", "Marcus Lindqvist"],
      [
        "If we reintroduce otters to places where the prey is mostly " +
          "hard-shelled, we need to know whether they can cope,",
        "Hannah Okonkwo",
      ],
    ],
  },
  {
    name:
      "The Stage, culture: a one-word headline quote repeated in the " +
      "body, a board in a statement with two partial quotes, an artistic " +
      "director told the paper then she, a play title, a union organiser " +
      "in apposition then the surname, a funder’s spokesperson with a " +
      "colon",
    headline: "Whitby’s Harbour Lights Theatre to close after 60 years citing ‘impossible’ costs",
    paragraphs: [
      "The Harbour Lights Theatre in Whitby will close permanently in " +
        "March after six decades, its board has announced, citing energy " +
        "bills and the loss of its Arts Council England funding.",
      "In a statement, the theatre’s board said running costs had become " +
        "“impossible” and that it had “explored every avenue” before " +
        "reaching the decision.",
      "Artistic director Eleanor Fairweather, who has led the venue since " +
        "2011, told The Stage the closure was “heartbreaking for the " +
        "company and for the town”. “We have had audiences here who saw " +
        "their first pantomime at five and brought their grandchildren to " +
        "ours last Christmas,” she said.",
      "The theatre’s final production will be a revival of the seaside " +
        "comedy “The Lobster Pot Inn”, which premiered at the venue in " +
        "1974.",
      "Daniel Ashworth, Equity’s regional organiser for the North, said " +
        "the union would support the venue’s 23 staff. “This is what " +
        "happens when councils and funders treat theatre as a luxury,” " +
        "Ashworth said. “Towns like Whitby lose more than a building.”",
      "An Arts Council England spokesperson said: “We recognise how " +
        "difficult this news is for everyone connected with the theatre, " +
        "and we will continue to work with the board on what comes next.”",
    ],
    quotes: [
      ["impossible", "the theatre’s board"],
      ["explored every avenue", "the theatre’s board"],
      ["heartbreaking for the company and for the town", "Eleanor Fairweather"],
      [
        "We have had audiences here who saw their first pantomime at five " +
          "and brought their grandchildren to ours last Christmas,",
        "Eleanor Fairweather",
      ],
      ["This is what happens when councils and funders treat theatre as a " + "luxury,", "Daniel Ashworth"],
      ["Towns like Whitby lose more than a building.", "Daniel Ashworth"],
      [
        "We recognise how difficult this news is for everyone connected " +
          "with the theatre, and we will continue to work with the board on " +
          "what comes next.",
        "An Arts Council England spokesperson",
      ],
    ],
  },
  {
    name:
      "The Fiji Times, courts: straight quotes, Justice before a name " +
      "with a partial quote then a quote after it, Ms and Mr before " +
      "counsel, two partial quotes by he, the judge and a colon, a " +
      "chairman told the paper then he",
    headline: "Former clerk jailed for stealing $86,000 from Ba cane growers",
    paragraphs: [
      "A former accounts clerk who stole more than $86,000 from a cane " +
        "growers’ cooperative in Ba has been sentenced to six years and " +
        "four months imprisonment by the High Court in Lautoka.",
      "Ravinesh Prasad, 39, of Varadoli, had pleaded guilty to 14 counts " + "of theft.",
      "In her sentencing remarks yesterday, Justice Salote Vakaloloma " +
        'said Prasad had "abused the trust of hardworking farmers who ' +
        'depended on every cent". "The victims in this case are not a ' +
        "faceless institution. They are cane growers, many of them elderly, " +
        'who lost their savings," Justice Vakaloloma said.',
      "The court heard Prasad had used the money to gamble and to pay off " +
        "personal loans. State prosecutor Ms Alisi Naivalu told the court " +
        'the offending had continued for more than three years. "The ' +
        'accused had every opportunity to stop," Ms Naivalu said. "He chose ' +
        'not to."',
      "In mitigation, defence counsel Mr Sanjay Lal said his client was a " +
        'first offender and "deeply remorseful". He said Prasad had repaid ' +
        '$4000 and "intends to repay the rest, however long it takes".',
      'The judge said: "Remorse is easy to express once one has been ' +
        'caught." She set a non-parole period of five years.',
      "Cooperative chairman Jone Rokovada told The Fiji Times outside " +
        'court that members were relieved. "Some of our members stopped ' +
        "trusting the office altogether. Today they can see that the law " +
        'works," he said.',
    ],
    quotes: [
      ["abused the trust of hardworking farmers who depended on every cent", "Salote Vakaloloma"],
      [
        "The victims in this case are not a faceless institution. They are " +
          "cane growers, many of them elderly, who lost their savings,",
        "Salote Vakaloloma",
      ],
      ["The accused had every opportunity to stop,", "Alisi Naivalu"],
      ["He chose not to.", "Alisi Naivalu"],
      ["deeply remorseful", "Sanjay Lal"],
      ["intends to repay the rest, however long it takes", "Sanjay Lal"],
      ["Remorse is easy to express once one has been caught.", "Salote Vakaloloma"],
      [
        "Some of our members stopped trusting the office altogether. Today " +
          "they can see that the law works,",
        "Jone Rokovada",
      ],
    ],
  },
]);
