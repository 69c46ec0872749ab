// A sixth round of composed English news articles, in the styles of outlets and beats the first five
// rounds (articles.en to articles5.en) did not use: the Chicago Tribune on a transit budget, The Globe
// and Mail on a pipeline ruling, the Miami Herald on a hurricane shelter, The Sydney Morning Herald on
// a school closure, the Manchester Evening News on a tram fire, The Japan Times on a rice shortage,
// Sky Sports after a title race, Rolling Stone on a band's reunion and Dawn on a heatwave in Karachi.
// Every article was written for these tests, before the engine was run on them. Expected speakers
// follow the corpus guidelines: the fullest name the article gives, a body or a document as written,
// an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name: "Chicago Tribune, CTA budget: an alderperson, the agency's president, a rider, a union local",
    headline: "CTA warns of deep service cuts as state funding talks stall",
    paragraphs: [
      "The Chicago Transit Authority could cut as many as one in five bus routes next year if state " +
        "lawmakers do not close a looming budget gap, agency officials told the City Council's " +
        "transportation committee Wednesday.",
      "“We are not crying wolf,” CTA President Dorval Carter Jr. told aldermen. “Without new revenue, " +
        "the choices in front of us are all bad ones.”",
      "Ald. Marisa Quintero, 25th, who chairs the committee, pressed Carter on why the agency had not " +
        "released a list of the routes at risk. Residents on the Southwest Side, she said, “deserve to " +
        "know whether their bus is still going to show up in January.”",
      "Carter said the list would be published once the board had reviewed it.",
      "Outside City Hall, Denise Whitfield waited for the No. 20 Madison bus she takes to her job at a " +
        "hospital laundry. “If they cut this one, I don't know how I get to work,” said Whitfield, 47. " +
        "“There's no train where I live.”",
      "Amalgamated Transit Union Local 241 said in a statement that its members had “kept this city " +
        "moving through a pandemic” and would oppose any plan that eliminated jobs.",
    ],
    quotes: [
      ["We are not crying wolf,", "Dorval Carter Jr."],
      ["Without new revenue, the choices in front of us are all bad ones.", "Dorval Carter Jr."],
      ["deserve to know whether their bus is still going to show up in January.", "Marisa Quintero"],
      ["If they cut this one, I don't know how I get to work,", "Denise Whitfield"],
      ["There's no train where I live.", "Denise Whitfield"],
      ["kept this city moving through a pandemic", "Amalgamated Transit Union Local 241"],
    ],
  },
  {
    name: "The Globe and Mail, pipeline ruling: the court wrote, a chief, the minister, a lawyer",
    headline: "Federal Court quashes approval of B.C. pipeline expansion over consultation failures",
    paragraphs: [
      "The Federal Court of Appeal has overturned Ottawa's approval of a natural-gas pipeline expansion " +
        "in northern British Columbia, ruling that the government failed to consult meaningfully with " +
        "three First Nations whose territory the line would cross.",
      "In a unanimous decision released Thursday, the three-judge panel wrote that consultation " +
        "“cannot be a box to be ticked after the decision has already been made.”",
      "Chief Lorraine Sandy of the Skeena Lake First Nation called the ruling a vindication. “For six " +
        "years we told them what this project would do to our salmon and our trapline, and for six years " +
        "they wrote it down and did nothing,” she said at a news conference in Smithers.",
      "Natural Resources Minister Paul Demers said the government was reviewing the decision. “We " +
        "respect the court's ruling and we will take the time to read it carefully,” he said in a " +
        "statement, declining to say whether Ottawa would appeal.",
      "The company behind the project, Northern Interior Gas Transmission Ltd., said it was " +
        "“disappointed” and that about 300 construction jobs were now in doubt.",
      "Maya Ostrander, a Vancouver lawyer who represented two of the First Nations, said the decision " +
        "set a clear standard. “The court has said, again, that listening is not the same as consulting,” " +
        "she told The Globe and Mail.",
    ],
    quotes: [
      ["cannot be a box to be ticked after the decision has already been made.", "the three-judge panel"],
      [
        "For six years we told them what this project would do to our salmon and our trapline, and for " +
          "six years they wrote it down and did nothing,",
        "Lorraine Sandy",
      ],
      ["We respect the court's ruling and we will take the time to read it carefully,", "Paul Demers"],
      ["disappointed", "Northern Interior Gas Transmission Ltd."],
      ["The court has said, again, that listening is not the same as consulting,", "Maya Ostrander"],
    ],
  },
  {
    name: "Miami Herald, hurricane shelter: the county mayor, an evacuee, a nurse, an emergency manager",
    headline: "‘We had nowhere else to go’: Shelters fill as storm nears South Florida",
    paragraphs: [
      "By midafternoon Saturday, the gymnasium at South Dade Senior High had run out of cots, and " +
        "families were spreading blankets on the bleachers.",
      "“We had nowhere else to go. The last one took our roof,” said Yesenia Morales, who arrived with " +
        "her two children and her mother from a mobile home park in Florida City. “I'm not waiting to see " +
        "what this one does.”",
      "Miami-Dade Mayor Daniella Levine Cava urged residents in evacuation zones A and B to leave before " +
        "the winds picked up overnight. “If you are in a mobile home, you need to go now,” she said at " +
        "an afternoon briefing at the county's emergency operations center.",
      "Emergency management director Pete Gomez said 14 shelters were open and more would open if " +
        "needed. The county had also sent buses to pick up residents without cars, he said.",
      "Inside the shelter, a nurse with the county health department, Roberta Fils-Aimé, checked blood " +
        "pressure for a line of older evacuees. “Most of them left their medicine at home,” she said. " +
        "“That's the thing we worry about the most.”",
      "Forecasters at the National Hurricane Center said the storm was expected to make landfall early " +
        "Sunday as a Category 2 hurricane.",
    ],
    quotes: [
      ["We had nowhere else to go", "Yesenia Morales"],
      ["We had nowhere else to go. The last one took our roof,", "Yesenia Morales"],
      ["I'm not waiting to see what this one does.", "Yesenia Morales"],
      ["If you are in a mobile home, you need to go now,", "Daniella Levine Cava"],
      ["Most of them left their medicine at home,", "Roberta Fils-Aimé"],
      ["That's the thing we worry about the most.", "Roberta Fils-Aimé"],
    ],
  },
  {
    name: "The Sydney Morning Herald, school closure: the minister, a P&C president, a parent, a spokeswoman",
    headline: "Parents vow to fight plan to close inner-west primary school",
    paragraphs: [
      "Parents at a century-old primary school in Sydney's inner west say they will fight a Department " +
        "of Education proposal to close the school and move its 140 students to a larger campus two " +
        "kilometres away.",
      "The department told families last week that enrolments at Lilyfield Public School had fallen by " +
        "a third since 2015 and that the buildings needed $12 million in repairs.",
      "P&C president Fiona Hadley said parents had been given “three weeks and one information night” " +
        "to respond. “Nobody asked us what we thought. They told us what was going to happen,” she said.",
      "Education Minister Prue Car said no final decision had been made. “I understand how much this " +
        "school means to the community, and I will listen to what parents have to say,” Car told the " +
        "Herald.",
      "Tom Nguyen, whose daughter is in year 2, said the walk to the proposed new campus crossed two " +
        "main roads. “I'm not letting a seven-year-old do that on her own,” he said.",
      "A department spokeswoman said transport would be provided for students who needed it.",
    ],
    quotes: [
      ["three weeks and one information night", "Fiona Hadley"],
      ["Nobody asked us what we thought. They told us what was going to happen,", "Fiona Hadley"],
      [
        "I understand how much this school means to the community, and I will listen to what parents " +
          "have to say,",
        "Prue Car",
      ],
      ["I'm not letting a seven-year-old do that on her own,", "Tom Nguyen"],
    ],
  },
  {
    name: "Manchester Evening News, tram fire: a fire service spokesperson, Metrolink, a witness, the mayor",
    headline: "Trams suspended after fire breaks out at Piccadilly Gardens stop",
    paragraphs: [
      "Metrolink services through the city centre were suspended for more than three hours on Monday " +
        "evening after a fire broke out in an electrical cabinet at the Piccadilly Gardens stop.",
      "Passengers were led off two trams as smoke filled the platform shortly after 5.30pm.",
      "A spokesperson for Greater Manchester Fire and Rescue Service said: “Crews were called to reports " +
        "of a fire at the tram stop. The fire was contained to a single cabinet and nobody was injured.”",
      "Jess Barlow, 29, who was waiting for a tram to Bury, said: “There was a bang and then all this " +
        "black smoke. People just started running towards Market Street.”",
      "Metrolink said engineers had worked to make the site safe and apologised to passengers for the " +
        "disruption. “We know how frustrating this was for people trying to get home,” said Danny Vaughan, " +
        "Metrolink's head of service.",
      "Greater Manchester mayor Andy Burnham said he had asked for a full report. “People need to have " +
        "confidence in the network, and that means understanding exactly what went wrong,” he said.",
    ],
    quotes: [
      [
        "Crews were called to reports of a fire at the tram stop. The fire was contained to a single " +
          "cabinet and nobody was injured.",
        "A spokesperson for Greater Manchester Fire and Rescue Service",
      ],
      [
        "There was a bang and then all this black smoke. People just started running towards Market " +
          "Street.",
        "Jess Barlow",
      ],
      ["We know how frustrating this was for people trying to get home,", "Danny Vaughan"],
      [
        "People need to have confidence in the network, and that means understanding exactly what went " +
          "wrong,",
        "Andy Burnham",
      ],
    ],
  },
  {
    name: "The Japan Times, rice prices: the farm minister, a retailer, a shopper, an economist at a bank",
    headline: "Government to release more rice from reserves as prices hit record",
    paragraphs: [
      "The government will release a further 200,000 tons of rice from its emergency stockpile, farm " +
        "minister Shinjiro Koizumi said Tuesday, as the retail price of a 5-kilogram bag rose above " +
        "¥4,500 for the first time.",
      "“We will do everything we can to bring prices back to a level people can live with,” Koizumi told " +
        "reporters in Tokyo, adding that the rice would reach store shelves “by early next month.”",
      "At a supermarket in Tokyo's Setagaya Ward, shopper Keiko Tanaka, 68, said she had started buying " +
        "smaller bags. “Rice used to be the one thing you never had to think about,” she said.",
      "Hiroshi Mori, who runs a chain of 30 grocery stores in the Kanto region, said customers were " +
        "switching to bread and noodles. “Demand for rice has not gone away, but people are being " +
        "careful,” he said.",
      "Takeshi Minami, chief economist at Norinchukin Research Institute, said the stockpile release " +
        "would ease prices only for a while. “The underlying problem is that fewer people are farming " +
        "rice every year,” Minami said.",
    ],
    quotes: [
      [
        "We will do everything we can to bring prices back to a level people can live with,",
        "Shinjiro Koizumi",
      ],
      ["by early next month.", "Shinjiro Koizumi"],
      ["Rice used to be the one thing you never had to think about,", "Keiko Tanaka"],
      ["Demand for rice has not gone away, but people are being careful,", "Hiroshi Mori"],
      ["The underlying problem is that fewer people are farming rice every year,", "Takeshi Minami"],
    ],
  },
  {
    name: "Sky Sports, title race: a press conference, the captain, a pundit on a TV show",
    headline: "Arteta: 'We're not going to give up' as Arsenal fall eight points behind",
    paragraphs: [
      "Mikel Arteta insists Arsenal will keep fighting for the Premier League title despite falling " +
        "eight points behind the leaders after Sunday's 1-1 draw at Brentford.",
      '"We\'re not going to give up. There are a lot of points still to play for," Arteta said in his ' +
        'post-match press conference. "We have seen this league change very quickly."',
      'Captain Martin Odegaard admitted the team had been "too slow" in the first half. "We know we ' +
        'have to be better than that," he told Sky Sports. "The second half was more like us, but it ' +
        'was too late."',
      "Brentford head coach Keith Andrews praised his side's defending. \"To stand up to a team like " +
        'that for 95 minutes tells you everything about this group," he said.',
      "Speaking on Monday Night Football, Jamie Carragher said Arsenal's problem was in attack. \"They " +
        'control games but they don\'t hurt teams enough," Carragher said. "That is the difference ' +
        'between second and first."',
    ],
    quotes: [
      ["We're not going to give up", "Mikel Arteta"],
      ["We're not going to give up. There are a lot of points still to play for,", "Mikel Arteta"],
      ["We have seen this league change very quickly.", "Mikel Arteta"],
      ["too slow", "Martin Odegaard"],
      ["We know we have to be better than that,", "Martin Odegaard"],
      ["The second half was more like us, but it was too late.", "Martin Odegaard"],
      [
        "To stand up to a team like that for 95 minutes tells you everything about this group,",
        "Keith Andrews",
      ],
      ["They control games but they don't hurt teams enough,", "Jamie Carragher"],
      ["That is the difference between second and first.", "Jamie Carragher"],
    ],
  },
  {
    name: "Rolling Stone, reunion: the singer tells Rolling Stone, a bandmate, a label statement, a title",
    headline: "The Low Tides Are Back Together, and They Have a New Album",
    paragraphs: [
      "Eleven years after they split in the middle of a tour, the Low Tides are making music together " +
        "again. The Brooklyn band will release its fourth album, Salt Year, in March, and will play its " +
        "first shows since 2014 this spring.",
      "“We were exhausted and we were angry at each other, and we didn't know how to say either of " +
        "those things,” singer Nora Calloway tells Rolling Stone. “It took a long time to be able to sit " +
        "in a room together again.”",
      "Guitarist Eli Brandt says the reunion began with a phone call about a friend's funeral. " +
        "“Afterwards we went to a bar and we talked for five hours,” he says. “Nobody mentioned the band " +
        "until the very end.”",
      "The album's first single, “Undertow,” arrives Friday. Calloway describes it as “a song about " +
        "forgiving yourself before anyone else does.”",
      "In a statement, the band's new label, Fieldhouse Records, said it was “thrilled to be part of " +
        "the next chapter.”",
    ],
    quotes: [
      [
        "We were exhausted and we were angry at each other, and we didn't know how to say either of " +
          "those things,",
        "Nora Calloway",
      ],
      ["It took a long time to be able to sit in a room together again.", "Nora Calloway"],
      ["Afterwards we went to a bar and we talked for five hours,", "Eli Brandt"],
      ["Nobody mentioned the band until the very end.", "Eli Brandt"],
      ["a song about forgiving yourself before anyone else does.", "Nora Calloway"],
      ["thrilled to be part of the next chapter.", "Fieldhouse Records"],
    ],
  },
  {
    name: "Dawn, Karachi heatwave: the Met Office, a hospital's medical superintendent, a vendor, K-Electric",
    headline: "Karachi sizzles at 44°C as hospitals report surge in heatstroke cases",
    paragraphs: [
      "KARACHI: The city recorded a maximum temperature of 44 degrees Celsius on Sunday, the highest " +
        "this year, as hospitals reported a sharp rise in patients suffering from heatstroke.",
      "The Pakistan Meteorological Department said the hot and humid weather was likely to persist " +
        "until Wednesday and advised citizens to “avoid unnecessary exposure to direct sunlight.”",
      "Dr Imtiaz Jalbani, medical superintendent of the Civil Hospital Karachi, told Dawn that 63 " +
        "patients had been brought to the emergency department since Saturday. “Most of them are " +
        "labourers and elderly people who were out in the afternoon,” he said.",
      "Outside the Empress Market, Ghulam Rasool, a fruit vendor, sat under a torn umbrella. “What can " +
        "I do? If I stay home, who will feed my children?” he said.",
      "Residents of several areas complained of long power outages. A K-Electric spokesperson said the " +
        "load-shedding was limited to “high-loss feeders” and that supply to hospitals was exempt.",
    ],
    quotes: [
      ["avoid unnecessary exposure to direct sunlight.", "The Pakistan Meteorological Department"],
      ["Most of them are labourers and elderly people who were out in the afternoon,", "Imtiaz Jalbani"],
      ["What can I do? If I stay home, who will feed my children?", "Ghulam Rasool"],
      ["high-loss feeders", "A K-Electric spokesperson"],
    ],
  },
]);
