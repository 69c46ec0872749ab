// A twenty-third round of composed English news articles, in the styles of outlets and beats the first
// twenty-two rounds did not use: The Des Moines Register on a property tax cap in the Iowa Senate, The
// Echo (Cork) at a Workplace Relations Commission hearing, Nikkei Asia on a supermarket group selling its
// Thai unit, the Yorkshire Evening Post after a Leeds Rhinos derby defeat, InDaily on Adelaide Fringe
// ticket sales, Physics World on a failed superconductor replication, The Telegraph (Kolkata) on dengue
// in Calcutta, the Cape Cod Times on a swap shop reopening, IOL on a hijacking syndicate in Ekurhuleni
// and The Narwhal on a gravel mine beside the Chilliwack River. Every article was written for these
// tests, blind, before the engine was run on them. Expected speakers follow the corpus guidelines: the
// fullest name the article gives, a body or a document as written, an unnamed source by its shortest
// identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Des Moines Register, politics: a headline partial in single marks by a city " +
      "lobbyist named only in the body and repeated there, a dateline, senators introduced " +
      "with party and town, two Democratic women in one paragraph with called and she said, " +
      "a campaign name in marks, an association wrote in a letter with a partial, the " +
      "Spencer Republican said, a committee chair said with a colon",
    todo: "«Cities have had record valuations for five ye…» goes to the Spencer Republican, not Dan Hoeger",
    headline: "Iowa Senate passes property tax cap as cities warn of ‘a slow squeeze’",
    paragraphs: [
      "DES MOINES — The Iowa Senate voted 31-18 on Tuesday to cap annual growth in local " +
        "property tax collections at 2%, sending the Republican-backed bill to the House " +
        "over warnings from city and county leaders that it would force cuts to police, fire " +
        "and library services.",
      "Sen. Dan Hoeger, R-Spencer, who managed the bill on the floor, said homeowners had " +
        "watched their assessments climb by double digits for three years running. “Iowans " +
        "are not asking for a miracle. They’re asking to be able to stay in the house " +
        "they’ve paid off,” Hoeger said.",
      "Sen. Janet Voss, D-Iowa City, called the bill “a tax shift dressed up as a tax " +
        "cut.” Sen. Lorraine Bettis, D-Waterloo, said her city had already closed a fire " +
        "station to balance this year’s budget. “Waterloo has nothing left to trim. The next " +
        "thing we cut is response time,” she said.",
      "Republicans have branded the measure the “Keep Iowans Home” plan. Alan Kuehl, " +
        "executive director of the Iowa League of Cities, said it would amount to “a slow " +
        "squeeze” on budgets already limited by the 2023 overhaul of the state’s property tax " +
        "system.",
      "In a letter to senators Monday, the Iowa State Association of Counties wrote that " +
        "the cap “would leave counties unable to absorb rising jail and mental health costs.”",
      "Hoeger was unmoved. “Cities have had record valuations for five years. They can live " +
        "with 2%,” the Spencer Republican said during nearly four hours of debate.",
      "The House is expected to take up the bill next week. House Ways and Means Committee " +
        "Chair Tom Ruddick, R-Ankeny, said his chamber would likely draft its own version: " +
        "“We agree on the destination. We may take a different road.”",
    ],
    quotes: [
      ["a slow squeeze", "Alan Kuehl"],
      [
        "Iowans are not asking for a miracle. They’re asking to be able to stay in the house " +
          "they’ve paid off,",
        "Dan Hoeger",
      ],
      ["a tax shift dressed up as a tax cut.", "Janet Voss"],
      ["Waterloo has nothing left to trim. The next thing we cut is response time,", "Lorraine Bettis"],
      [
        "would leave counties unable to absorb rising jail and mental health costs.",
        "the Iowa State Association of Counties",
      ],
      ["Cities have had record valuations for five years. They can live with 2%,", "Dan Hoeger"],
      ["We agree on the destination. We may take a different road.", "Tom Ruddick"],
    ],
  },
  {
    name:
      "The Echo (Cork), courts: a standfirst partial by an adjudication officer named only " +
      "in the body and repeated there, a text message read with a colon, Mr with surname " +
      "told the hearing, a restaurant owner with a partial, her quote running over two " +
      "paragraphs closed by she said, the adjudicator then she said with a partial after a " +
      "woman speaking",
    todo:
      "«procedurally unfair in every respect» goes to Siobhán Kiely, not Aoife Brennan; «not an " +
      "acceptable means» goes to Siobhán Kiely, not Aoife Brennan",
    headline: "Cork chef sacked by text message awarded €18,000",
    standfirst: "WRC adjudicator finds dismissal “procedurally unfair in every respect”",
    paragraphs: [
      "A chef who was dismissed by text message hours after raising concerns about unpaid " +
        "overtime has been awarded €18,000 by the Workplace Relations Commission (WRC).",
      "Tomasz Nowak, 41, worked as head chef at a restaurant on MacCurtain Street from March " +
        "2022 until October 2023. The WRC heard that he had emailed the restaurant’s owner, " +
        "Siobhán Kiely, asking to be paid for an average of 12 hours a week he said he had " +
        "worked beyond his contract. That evening he received a text from Ms Kiely which " +
        "read: “Not working out. Don’t come in tomorrow. Will post on P45.”",
      "“I had given that kitchen everything. I worked Christmas Eve and New Year’s Eve. I " +
        "found out I was gone from a text with a spelling mistake in it,” Mr Nowak told the " +
        "hearing.",
      "Ms Kiely, who represented herself, said the business had been “haemorrhaging money” " +
        "since the closure of a nearby hotel and that the timing of the dismissal was a " +
        "coincidence.",
      "“I’m not a big company with a HR department. I had to make a decision that week or " +
        "none of us would have had jobs by Christmas.",
      "“I accept I should have done it differently. I should have sat him down,” she said.",
      "In her decision, adjudication officer Aoife Brennan found the dismissal was " +
        "“procedurally unfair in every respect”, noting that no process of any kind had been " +
        "followed. She said a text message was “not an acceptable means” of ending a person’s " +
        "employment and ordered the restaurant to pay the award within 42 days.",
    ],
    quotes: [
      ["procedurally unfair in every respect", "Aoife Brennan"],
      ["Not working out. Don’t come in tomorrow. Will post on P45.", "Siobhán Kiely"],
      [
        "I had given that kitchen everything. I worked Christmas Eve and New Year’s Eve. I " +
          "found out I was gone from a text with a spelling mistake in it,",
        "Tomasz Nowak",
      ],
      ["haemorrhaging money", "Siobhán Kiely"],
      [
        "I’m not a big company with a HR department. I had to make a decision that week or " +
          "none of us would have had jobs by Christmas.",
        "Siobhán Kiely",
      ],
      ["I accept I should have done it differently. I should have sat him down,", "Siobhán Kiely"],
      ["not an acceptable means", "Aoife Brennan"],
    ],
  },
  {
    name:
      "Nikkei Asia, business: straight quotes, a standfirst partial by a company president " +
      "named only in the body and not repeated there, a president told reporters then a " +
      "verbless second quote, a brand name in marks, according to a securities filing " +
      "which described with a partial, a buyer's chief executive called with a partial, " +
      "two male analysts in one paragraph with an inverted said and was more cautious with " +
      "a colon, the 58-year-old said",
    headline: "Japan's Hanamaru to sell loss-making Thai supermarket unit",
    standfirst: 'President calls overseas business "a distraction we can no longer afford"',
    paragraphs: [
      "TOKYO -- Japanese supermarket operator Hanamaru Holdings will sell its Thai " +
        "subsidiary to local conglomerate Siam Chaiyo Group for about 14 billion yen ($93 " +
        "million), the company said Thursday, ending a 12-year push into Southeast Asia that " +
        "never turned a profit.",
      '"We entered Thailand with a lot of ambition and, frankly, not enough local ' +
        'knowledge," President Kenji Morimoto told reporters in Tokyo. "Our shareholders ' +
        'have been patient. That patience has limits."',
      'Hanamaru runs 31 stores in Bangkok and its suburbs under the "Hana Fresh" brand. ' +
        "The unit posted an operating loss of 2.1 billion yen in the fiscal year through " +
        "February, according to the company's securities filing, which described the Thai " +
        'market as "saturated and intensely price-competitive."',
      "Siam Chaiyo said it would keep all 1,800 employees and convert the stores to its own " +
        'banner over two years. Its chief executive, Pichit Wongsakul, called the deal "a ' +
        'natural fit."',
      'Analysts were broadly positive. "Selling is the right call. The Thai business was ' +
        'eating management attention out of all proportion to its size," said Yuki Tanabe, ' +
        "a retail analyst at Mizuho Securities. Ryo Ishikawa of SMBC Nikko Securities was " +
        'more cautious: "They are walking away just as Thai consumer spending is recovering."',
      "Shares of Hanamaru rose 6.4% in Tokyo on Friday morning.",
      "Morimoto, who took over as president in 2024, said the proceeds would go toward " +
        "automating distribution centers in Japan, where retailers face a severe shortage of " +
        'truck drivers. "Every yen we save in logistics is a yen we can give back to ' +
        'customers," the 58-year-old said.',
    ],
    quotes: [
      ["a distraction we can no longer afford", "Kenji Morimoto"],
      [
        "We entered Thailand with a lot of ambition and, frankly, not enough local knowledge,",
        "Kenji Morimoto",
      ],
      ["Our shareholders have been patient. That patience has limits.", "Kenji Morimoto"],
      ["saturated and intensely price-competitive.", "the company's securities filing"],
      ["a natural fit.", "Pichit Wongsakul"],
      [
        "Selling is the right call. The Thai business was eating management attention out of " +
          "all proportion to its size,",
        "Yuki Tanabe",
      ],
      ["They are walking away just as Thai consumer spending is recovering.", "Ryo Ishikawa"],
      ["Every yen we save in logistics is a yen we can give back to customers,", "Kenji Morimoto"],
    ],
  },
  {
    name:
      "Yorkshire Evening Post, sport: a headline partial in single marks by a coach named " +
      "in the headline by surname and repeated in the body, admitted with a partial, a " +
      "quote split by Surname said, a player's nickname in marks, the opposing coach said " +
      "with a colon then he said about a player, the coach confirmed, a club in a statement " +
      "with a partial",
    todo: "«Jack’s failed his HIA, so he’ll miss next week,» goes to Mark Ellery, not Danny Whitlock",
    headline: "‘Second to everything’ – Rhinos boss Whitlock fumes after derby defeat to Castleford",
    paragraphs: [
      "Leeds Rhinos head coach Danny Whitlock admitted his side had been “second to " +
        "everything” after a 28-10 Betfred Super League defeat to Castleford Tigers at a " +
        "rain-soaked AMT Headingley on Friday night.",
      "The Rhinos trailed 22-0 at half-time and did not score until the 58th minute. “I " +
        "don’t think we won a collision in the first 40. You can’t play rugby league like " +
        "that against a side as hungry as Cas,” Whitlock said. “I’ll take responsibility for " +
        "that. It starts with me.”",
      "Castleford’s Tongan prop Sione Latu, known to the Wheldon Road faithful as “The " +
        "Fridge”, scored two tries and made 187 metres. Tigers coach Mark Ellery said: " +
        "“We’ve been talking all week about winning the middle. Sione was outstanding.”",
      "Ellery revealed that Latu had played through pain. “He’s been carrying a shoulder " +
        "knock for a fortnight and he never said a word about it,” he said.",
      "There was more bad news for Leeds when captain Jack Sowden left the field after a " +
        "head clash early in the second half. “Jack’s failed his HIA, so he’ll miss next " +
        "week,” the coach confirmed.",
      "The match was briefly halted in the 64th minute when a supporter was taken ill in " +
        "the South Stand. Leeds Rhinos said in a statement that the fan was “in a stable " +
        "condition” in hospital and thanked medical staff at the ground.",
      "Leeds travel to Wigan Warriors next Thursday.",
    ],
    quotes: [
      ["second to everything", "Danny Whitlock"],
      [
        "I don’t think we won a collision in the first 40. You can’t play rugby league like " +
          "that against a side as hungry as Cas,",
        "Danny Whitlock",
      ],
      ["I’ll take responsibility for that. It starts with me.", "Danny Whitlock"],
      ["We’ve been talking all week about winning the middle. Sione was outstanding.", "Mark Ellery"],
      [
        "He’s been carrying a shoulder knock for a fortnight and he never said a word about it,",
        "Mark Ellery",
      ],
      ["Jack’s failed his HIA, so he’ll miss next week,", "Danny Whitlock"],
      ["in a stable condition", "Leeds Rhinos"],
    ],
  },
  {
    name:
      "InDaily, culture: a headline partial in single marks by a comedian named only in the " +
      "body and not repeated there, a festival chief executive with a partial then Surname " +
      "said, an alliance's report with a partial, a show's title in marks, a comedian " +
      "introduced then a verbless quote, a venue manager and the comedian both women in one " +
      "paragraph with a partial and she said, an unnamed government spokesperson with a " +
      "partial",
    todo: "«going broke to be here» goes to null, not Tilly Marchetti",
    headline: "Comedian says artists ‘going broke to be here’ as Fringe breaks ticket record",
    paragraphs: [
      "The 2026 Adelaide Fringe has sold a record 1.14 million tickets, organisers " +
        "announced on Monday, but a survey of performers suggests many are losing money to be " +
        "part of the festival.",
      "Fringe chief executive Nadia Kouris said the result showed “an appetite for live " +
        "performance that just keeps growing”.",
      "“We had more South Australians buying tickets than ever before, and more interstate " +
        "visitors too. That’s a win for the whole city,” Kouris said.",
      "But a survey of 410 registered artists by the Independent Arts Alliance found 62 per " +
        "cent expected to make a loss this year. The alliance’s report, released on Sunday, " +
        "said venue hire costs had risen “well beyond what ticket prices can absorb”.",
      "Melbourne comedian Tilly Marchetti, whose show “Please Clap” sold out its final week " +
        "at the Garden of Unearthly Delights, said she would still be about $4000 out of " +
        "pocket once accommodation and venue fees were counted. “People see full rooms and " +
        "assume you’re rolling in it. I’m sleeping on a mate’s floor in Norwood.”",
      "Jess Halloran, who manages three venues in the East End, disputed the alliance’s " +
        "figures and said Marchetti’s experience was “not typical”. “Most artists who price " +
        "sensibly and market early do fine,” she said.",
      "A State Government spokesperson said the government was “listening closely” to " +
        "artists and would consider the alliance’s recommendations before next year’s " +
        "festival.",
    ],
    quotes: [
      ["going broke to be here", "Tilly Marchetti"],
      ["an appetite for live performance that just keeps growing", "Nadia Kouris"],
      [
        "We had more South Australians buying tickets than ever before, and more interstate " +
          "visitors too. That’s a win for the whole city,",
        "Nadia Kouris",
      ],
      ["well beyond what ticket prices can absorb", "The alliance’s report"],
      [
        "People see full rooms and assume you’re rolling in it. I’m sleeping on a mate’s " +
          "floor in Norwood.",
        "Tilly Marchetti",
      ],
      ["not typical", "Jess Halloran"],
      ["Most artists who price sensibly and market early do fine,", "Jess Halloran"],
      ["listening closely", "A State Government spokesperson"],
    ],
  },
  {
    name:
      "Physics World, science: single marks with present-tense says, a material's nickname " +
      "and scare quotes in marks, says with a full name and role then a verbless second " +
      "quote, a preprint suggests with a partial, a quote split by told Physics World, a " +
      "theorist speaking about the first author both men with he says, a journal with two " +
      "partial quotes",
    todo:
      "«aware of the replication attempts» goes to The original paper, not Advanced Quantum " +
      "Materials; «following up with the authors» goes to The original paper, not Advanced Quantum Materials",
    headline: "Room-temperature superconductor claim fails independent replication",
    paragraphs: [
      "Three independent groups have failed to reproduce the room-temperature " +
        "superconductivity reported last year in a nitrogen-doped lanthanum hydride film, " +
        "the latest in a long line of so-called ‘miracle materials’ that have not survived " +
        "scrutiny.",
      "The original paper, by a team led by Arjun Menon at the University of Leeds, " +
        "reported zero electrical resistance at 17 °C in a material its authors nicknamed " +
        "‘LH-7’. Replication teams at ETH Zurich, Tsinghua University and Argonne National " +
        "Laboratory posted preprints on the arXiv server this week.",
      "‘We grew the films exactly as described, measured them in three different set-ups, " +
        "and we see an ordinary metal,’ says Claudia Reinholt of ETH Zurich, who led one of " +
        "the efforts. ‘There is no drop in resistance, no diamagnetic signal, nothing.’",
      "The Argonne preprint suggests that the sharp fall in resistance seen in the original " +
        "work may have been ‘an artefact of poor contact geometry’.",
      "Menon stands by the result. ‘Synthesis of these films is extremely sensitive to " +
        "hydrogen pressure,’ he told Physics World, ‘and none of the groups has yet used our " +
        "exact chamber conditions. We have shared our protocols and we welcome anyone to " +
        "visit the lab.’",
      "Marcus Feld, a condensed-matter theorist at Princeton University who was not " +
        "involved in any of the studies, says Menon deserves credit for sending samples to " +
        "his critics. ‘Arjun has done what you’d want. But at this point the burden of proof " +
        "is firmly back on the original claim,’ he says.",
      "The journal that published the original paper, Advanced Quantum Materials, says it " +
        "is ‘aware of the replication attempts’ and is ‘following up with the authors’.",
    ],
    quotes: [
      [
        "We grew the films exactly as described, measured them in three different set-ups, " +
          "and we see an ordinary metal,",
        "Claudia Reinholt",
      ],
      ["There is no drop in resistance, no diamagnetic signal, nothing.", "Claudia Reinholt"],
      ["an artefact of poor contact geometry", "The Argonne preprint"],
      ["Synthesis of these films is extremely sensitive to hydrogen pressure,", "Arjun Menon"],
      [
        "and none of the groups has yet used our exact chamber conditions. We have shared our " +
          "protocols and we welcome anyone to visit the lab.",
        "Arjun Menon",
      ],
      [
        "Arjun has done what you’d want. But at this point the burden of proof is firmly back " +
          "on the original claim,",
        "Marcus Feld",
      ],
      ["aware of the replication attempts", "Advanced Quantum Materials"],
      ["following up with the authors", "Advanced Quantum Materials"],
    ],
  },
  {
    name:
      "The Telegraph (Kolkata), health: according to the civic body's data without a " +
      "quote, a member, mayor-in-council introduced then an inverted said with surname, an " +
      "inverted said with a full name and role, a doctor and her colleague both women in " +
      "one paragraph with she said, an unnamed resident with a partial, a state department " +
      "in an advisory with a partial, a campaign name in marks, warned with a colon",
    headline: "Dengue count crosses 4,000 in city, double last year’s figure",
    paragraphs: [
      "Calcutta has recorded 4,112 dengue cases this year till Sunday, more than double the " +
        "figure for the same period last year, according to data from the Calcutta Municipal " +
        "Corporation.",
      "Partha Mukherjee, the member, mayor-in-council (health), said the civic body had " +
        "deployed 300 additional vector control workers across the worst-hit wards. “Most of " +
        "the breeding we are finding is inside private premises and on construction sites, " +
        "not on the roads. The corporation cannot enter every flat,” said Mukherjee.",
      "“People wait three, four days with fever at home, take a paracetamol and hope. By the " +
        "time they come to us, the platelet count is already down to 20,000,” said Sayantani " +
        "Bose, a consultant in internal medicine at a private hospital off the EM Bypass.",
      "Bose’s colleague Rituparna Dey, a paediatrician at the same hospital, said she had " +
        "admitted 40 children with dengue in the past fortnight alone. “We are seeing more " +
        "children with warning signs this year,” she said.",
      "A resident of Beleghata, where 212 cases have been reported, said water had been " +
        "“lying in an abandoned lot for two months” before anyone from the corporation came.",
      "The state health department, in an advisory issued on Saturday, urged people to get " +
        "tested “on the first day of fever” and to avoid painkillers other than paracetamol.",
      "The corporation has extended its “Mosquito-free Para” drive to all 144 wards till " +
        "the end of November. Mukherjee warned: “We will fine builders who leave water " +
        "standing. There will be no exceptions this time.”",
    ],
    quotes: [
      [
        "Most of the breeding we are finding is inside private premises and on construction " +
          "sites, not on the roads. The corporation cannot enter every flat,",
        "Partha Mukherjee",
      ],
      [
        "People wait three, four days with fever at home, take a paracetamol and hope. By the " +
          "time they come to us, the platelet count is already down to 20,000,",
        "Sayantani Bose",
      ],
      ["We are seeing more children with warning signs this year,", "Rituparna Dey"],
      ["lying in an abandoned lot for two months", "A resident of Beleghata"],
      ["on the first day of fever", "The state health department"],
      [
        "We will fine builders who leave water standing. There will be no exceptions this " + "time.",
        "Partha Mukherjee",
      ],
    ],
  },
  {
    name:
      "Cape Cod Times, local life: a standfirst partial by a volunteer named only in the " +
      "body and not repeated there, a dateline, a nickname in marks, Surname said with age " +
      "then a verbless second quote, two men in one paragraph with he said, laughing, an " +
      "inspection report described with a partial, a sign at the door in marks, an unnamed " +
      "neighbor with a partial, she said at the end",
    todo: "«Christmas every Saturday.» goes to A longtime volunteer, not Carol Ainsworth",
    headline: "Wellfleet’s swap shop reopens after two-year shutdown",
    standfirst: "A longtime volunteer calls its return “Christmas every Saturday.”",
    paragraphs: [
      "WELLFLEET — By 8:45 a.m. Saturday, the line of cars at the transfer station stretched " +
        "past the recycling bins and out onto Coles Neck Road.",
      "The swap shop, where residents have dropped off and picked up everything from lamps " +
        "to kayaks since 1987, closed in 2024 after a state inspection. Known to regulars as " +
        "“the Wellfleet Mall,” it reopened this weekend in a rebuilt shed with sprinklers and " +
        "a wheelchair ramp.",
      "“I’ve furnished two houses out of this place,” said Carol Ainsworth, 71, who has " +
        "volunteered at the shop since 1998. “My whole kitchen came from here. The toaster " +
        "still works.”",
      "Select Board Chair Ryan Curran said the town spent $84,000 on the repairs, and " +
        "Department of Public Works Director Mike Sousa said his crews did most of the work " +
        "over the winter. “We had people calling Town Hall every week asking when it would " +
        "open. Some of them weren’t polite about it,” he said, laughing.",
      "The inspection report, issued by the state fire marshal’s office, had described the " +
        "old building as “an unacceptable fire load” with no sprinklers and a single exit.",
      "A hand-painted sign at the door now reads “Take what you need, leave what you can.” " +
        "Not everyone is thrilled with the crowds. One neighbor said cars had been “parked " +
        "halfway into my hydrangeas” by 9 a.m.",
      "Ainsworth, meanwhile, had her eye on a wicker rocking chair. “Don’t tell my husband,” " + "she said.",
    ],
    quotes: [
      ["Christmas every Saturday.", "Carol Ainsworth"],
      ["I’ve furnished two houses out of this place,", "Carol Ainsworth"],
      ["My whole kitchen came from here. The toaster still works.", "Carol Ainsworth"],
      [
        "We had people calling Town Hall every week asking when it would open. Some of them " +
          "weren’t polite about it,",
        "Mike Sousa",
      ],
      ["an unacceptable fire load", "The inspection report"],
      ["parked halfway into my hydrangeas", "One neighbor"],
      ["Don’t tell my husband,", "Carol Ainsworth"],
    ],
  },
  {
    name:
      "IOL, crime: straight quotes, a headline partial by a police spokesperson named only " +
      "in the body and repeated there, a police captain then Surname said, an operation's " +
      "name in marks, an unnamed business owner said with a colon, a victim with age then " +
      "the mother of two said and a verbless second quote, according to the charge sheet " +
      "with a partial, a prosecuting authority spokesperson with a partial",
    headline: "Hijacking syndicate 'had a price list for every car', police say",
    paragraphs: [
      "Five men have been arrested and a chop shop in Wadeville, Germiston, shut down in what " +
        "Gauteng police describe as a major breakthrough against a hijacking syndicate " +
        "operating along the R21 and N12.",
      'Police spokesperson Captain Sizwe Maluleke said the syndicate "had a price list for ' +
        'every car" and took orders from buyers in neighbouring countries. "A Toyota Hilux ' +
        'was worth more to them than a BMW. They were stealing to order," Maluleke said.',
      "Officers recovered 14 vehicles and a container of stripped parts during the raid on " +
        'Thursday, carried out as part of "Operation Shanela".',
      'A neighbouring business owner, who asked not to be named, said: "We saw cars coming ' +
        'in at night with no number plates. We thought it was a scrapyard."',
      "Lerato Nkosi, 34, whose Hilux was taken at gunpoint outside her home in Kempton Park " +
        'in March, recognised her bakkie in photographs released by police. "I screamed when ' +
        'I saw it. They had already taken off the canopy and sprayed it grey," the mother of ' +
        'two said. "But my children\'s car seats were gone. That is what I cried for."',
      "The men, aged between 27 and 45, appeared in the Germiston Magistrate's Court on " +
        "Monday. According to the charge sheet, vehicles brought to the premises were " +
        '"dismantled, re-sprayed or re-vinned" within 48 hours.',
      "NPA regional spokesperson Mthunzi Khoza said the State would oppose bail, arguing " +
        'that the accused posed "a flight risk". The case was postponed to 14 May.',
    ],
    quotes: [
      ["had a price list for every car", "Sizwe Maluleke"],
      ["A Toyota Hilux was worth more to them than a BMW. They were stealing to order,", "Sizwe Maluleke"],
      [
        "We saw cars coming in at night with no number plates. We thought it was a scrapyard.",
        "A neighbouring business owner",
      ],
      [
        "I screamed when I saw it. They had already taken off the canopy and sprayed it grey,",
        "Lerato Nkosi",
      ],
      ["But my children's car seats were gone. That is what I cried for.", "Lerato Nkosi"],
      ["dismantled, re-sprayed or re-vinned", "the charge sheet"],
      ["a flight risk", "Mthunzi Khoza"],
    ],
  },
  {
    name:
      "The Narwhal, environment: a river's other name in marks, a ministry in an emailed " +
      "statement with a partial, a chief with Surname said then a partial, an inverted said " +
      "with a full name and role, a provincial assessment identified with a partial, a " +
      "company president told The Narwhal, an unnamed ministry staffer with a partial",
    todo: "«critical overwintering habitat» not found",
    headline: "B.C. approves gravel mine on Chilliwack River floodplain despite salmon concerns",
    paragraphs: [
      "The B.C. government has approved a 40-hectare gravel mine on the floodplain of the " +
        "Chilliwack River — known downstream as “the Vedder” — despite warnings from a First " +
        "Nation and fisheries scientists that it could destroy some of the river’s most " +
        "important coho habitat.",
      "The Ministry of Mining and Critical Minerals said in an emailed statement that the " +
        "permit came with “some of the strictest conditions ever attached to an aggregate " +
        "permit in the province.”",
      "Chief Ron Peters of the Soowahlie First Nation said his community was not properly " +
        "consulted. “This is the river our grandparents fished. You don’t dig a pit beside " +
        "it and call that consultation,” Peters said. He said the nation learned of the " +
        "approval “from a press release.”",
      "“Gravel pits on floodplains become part of the river sooner or later. The question " +
        "is just which flood does it,” said Sarah Lindqvist, a fisheries biologist at Simon " +
        "Fraser University who has studied the river’s coho for 15 years.",
      "A 2019 provincial habitat assessment, obtained by The Narwhal through a freedom of " +
        "information request, identified side channels next to the site as “critical " +
        "overwintering habitat” for juvenile coho.",
      "Dave Thiessen, president of Fraser Aggregates Ltd., said the company would leave a " +
        "30-metre buffer along the channels. “We’ve spent four years and more than $2 million " +
        "on environmental studies. We’re not cowboys,” Thiessen told The Narwhal.",
      "A ministry staffer, who spoke on condition of anonymity because they were not " +
        "authorized to speak publicly, said the approval had been “pushed through” ahead of a " +
        "regional housing deadline that depends on a steady supply of gravel.",
    ],
    quotes: [
      [
        "some of the strictest conditions ever attached to an aggregate permit in the " + "province.",
        "The Ministry of Mining and Critical Minerals",
      ],
      [
        "This is the river our grandparents fished. You don’t dig a pit beside it and call " +
          "that consultation,",
        "Ron Peters",
      ],
      ["from a press release.", "Ron Peters"],
      [
        "Gravel pits on floodplains become part of the river sooner or later. The question is " +
          "just which flood does it,",
        "Sarah Lindqvist",
      ],
      ["critical overwintering habitat", "A 2019 provincial habitat assessment"],
      [
        "We’ve spent four years and more than $2 million on environmental studies. We’re not " + "cowboys,",
        "Dave Thiessen",
      ],
      ["pushed through", "A ministry staffer"],
    ],
  },
]);
