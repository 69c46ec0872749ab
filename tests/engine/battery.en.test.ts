// A battery of ways English news writing names who speaks that the composed articles showed the
// engine missing, each in sentences written for these tests, run through the whole engine.
import { runBattery } from "./battery.helpers.ts";

runBattery("en", [
  {
    construction:
      "The Port Authority on Monday raised its fees, saying …: a time phrase after the subject ends it; " +
      "the predicate after it is no part of the speaker's name (a body's own `on` goes on: the Council on …)",
    paragraphs: [
      "The Port Authority on Monday raised its fees, saying costs had “doubled since 2019”.",
      "The state Health Department on Thursday issued a warning, saying the water was “not safe to drink”.",
      "A report published on Monday said the estuary was “at risk”.",
      "The Commission on Human Rights on Friday said the law was “a step back”.",
    ],
    expected: [
      ["doubled since 2019", "The Port Authority"],
      ["not safe to drink", "The state Health Department"],
      ["at risk", "A report"],
      ["a step back", "The Commission on Human Rights"],
    ],
  },
  {
    construction:
      "The mayor did not hide her anger: “…”: the subject of the clause the colon closes speaks, with " +
      "no speech verb, rather than the last speaker; not a thing (`The second goal annoyed him most:`)",
    paragraphs: [
      "“It is a good day,” said councillor Ruth Park.",
      "The mayor did not hide her anger: “We were left alone.”",
      "After the vote, the union leader shook his head: “This is not over.”",
      "“We gave everything,” said coach Dan Hollis.",
      "The second goal annoyed him most: “You cannot concede like that.”",
    ],
    expected: [
      ["It is a good day,", "Ruth Park"],
      ["We were left alone.", "The mayor"],
      ["This is not over.", "the union leader"],
      ["We gave everything,", "Dan Hollis"],
      ["You cannot concede like that.", "Dan Hollis"],
    ],
  },
  {
    construction:
      'The hospital\'s director, the surgeon Paul Morel, has praised "…" then "…," he said: the name ' +
      "set in apposition with its article and office names the subject the pronoun takes up",
    paragraphs: [
      'The clinic\'s director, the surgeon Alan Pryce, has praised "painstaking work." "We spent ' +
        'months on it," he said.',
      'The head of the task force, the detective sergeant Maria Quinn, has described "a long haul." ' +
        '"It took ten months," she said.',
    ],
    expected: [
      ["painstaking work.", "Alan Pryce"],
      ["We spent months on it,", "Alan Pryce"],
      ["a long haul.", "Maria Quinn"],
      ["It took ten months,", "Maria Quinn"],
    ],
  },
  {
    construction:
      "X, 64, spoke from her porch. Police credited a neighbor’s call. “…,” the grandmother said (a kin " +
      "noun of one gender, and someone owning a thing only passed by: the woman named before speaks)",
    paragraphs: [
      "Maria Lopez, 71, watched the fire from across the road. Firefighters praised a neighbor’s quick " +
        "thinking. “I just prayed the whole time,” the woman said.",
      "Harold Finch, 80, was asleep when the water rose. Rescuers credited a passer-by’s phone call. " +
        "“I would not be here without him,” the grandfather said.",
      "Police thanked a cashier’s sharp eyes. A grandmother who lives above the store saw it all. “They " +
        "ran straight past me,” the grandmother said.",
    ],
    expected: [
      ["I just prayed the whole time,", "Maria Lopez"],
      ["I would not be here without him,", "Harold Finch"],
      ["They ran straight past me,", "A grandmother"],
    ],
  },
  {
    construction:
      "a headline ‘…’: council calls for a review, the same words in the body with a subjectless he told " +
      "after the sentence naming who says them: a verb going on with its own object after the colon says " +
      "something else, and the quote is the body speaker's",
    paragraphs: [
      ["headline", "‘We will not pay for other people’s water’: council calls for a review of the scheme"],
      "The city council voted on Tuesday for a motion on the water transfer.",
      "Councillor Andrew Miller, who tabled the motion, recalled that the river “has paid the bill for " +
        "forty years”. “We will not pay for other people’s water,” he told the chamber.",
    ],
    expected: [
      ["has paid the bill for forty years", "Andrew Miller"],
      ["We will not pay for other people’s water,", "Andrew Miller"],
    ],
  },
  {
    construction:
      "`Cap in hand, a farmer waits.` then a quote standing alone: a word a preposition of setting follows " +
      "opens a scene, and the unnamed newcomer after its comma speaks next, not the official quoted before",
    paragraphs: [
      "“The market is closed until further notice,” said council spokesman Owen Price.",
      "Cap in hand outside the gates, a farmer waits for news of his stall. “I drove two hours for this.”",
    ],
    expected: [
      ["The market is closed until further notice,", "Owen Price"],
      ["I drove two hours for this.", "a farmer"],
    ],
  },
  {
    construction: "said the mother after `Her daughter, Kate Walsh` (a family told apart by kinship nouns)",
    paragraphs: [
      "“We lost half the herd,” said farmer Mary Walsh. Her daughter, Kate Walsh, 29, runs the dairy " +
        "now. “It will never come back,” said the mother.",
      "“I stayed,” said Sam Okafor. His brother, Daniel Okafor, left for Leeds. “He had no choice,” " +
        "said the brother.",
      "Her father, who died in 1990, built the barn. “He would be proud,” said Kate Walsh.",
    ],
    expected: [
      ["We lost half the herd,", "Mary Walsh"],
      ["It will never come back,", "Mary Walsh"],
      ["I stayed,", "Sam Okafor"],
      ["He had no choice,", "Daniel Okafor"],
      ["He would be proud,", "Kate Walsh"],
    ],
  },
  {
    construction:
      "two people of one surname, no relation, each named in full again: each keeps their quotes, " +
      "the second quote after a full name staying with it",
    paragraphs: [
      "“The river came up in an hour,” said Denise Okafor, 52.",
      "Her neighbour Samuel Okafor, no relation, lost his car. “I watched it float away,” Samuel " +
        "Okafor said.",
      "“We will rebuild,” Denise Okafor said. “We always do.”",
    ],
    expected: [
      ["The river came up in an hour,", "Denise Okafor"],
      ["I watched it float away,", "Samuel Okafor"],
      ["We will rebuild,", "Denise Okafor"],
      ["We always do.", "Denise Okafor"],
    ],
  },
  {
    construction: "Surname said after a full name (near-miss): one person named with and without first name",
    paragraphs: [
      "“We never expected this,” said coach Grant Lawless after the final.",
      "Lawless said the squad had trained through the winter. “They earned every minute of it,” " +
        "Lawless said.",
    ],
    expected: [
      ["We never expected this,", "Grant Lawless"],
      ["They earned every minute of it,", "Grant Lawless"],
    ],
  },
  {
    construction:
      "the department said after “Environment and Climate Change Canada”: a country's office by its fields",
    paragraphs: [
      "Environment and Climate Change Canada issued a heat warning for Toronto on Monday.",
      "“Temperatures could reach 38 degrees with the humidex,” the department said.",
    ],
    expected: [
      ["Temperatures could reach 38 degrees with the humidex,", "Environment and Climate Change Canada"],
    ],
  },
  {
    construction: "the agency said in a statement after “Fisheries and Oceans Canada” closed a fishery",
    paragraphs: [
      "Fisheries and Oceans Canada will keep the spring herring fishery closed this year.",
      "In a statement, the agency said stocks remained “well below a healthy level.”",
    ],
    expected: [["well below a healthy level.", "Fisheries and Oceans Canada"]],
  },
  {
    construction: "the department said after “Air Canada” (negative): a country's name after no fields",
    paragraphs: [
      "Air Canada cancelled 40 flights out of Toronto on Monday.",
      "“Safety comes first,” the department said.",
    ],
    expected: [["Safety comes first,", "the department"]],
  },
  {
    construction:
      "the company said after “Fisheries and Oceans Canada” (negative): a company is no government office",
    paragraphs: [
      "Fisheries and Oceans Canada closed the fishery on Monday.",
      "“We were not consulted,” the company said.",
    ],
    expected: [["We were not consulted,", "the company"]],
  },
  {
    construction: "the study shows that “…”: what a study finds is its statement",
    paragraphs: [
      "A study of 40 hives was published on Monday. The study shows that bees “recognise human faces.”",
    ],
    expected: [["recognise human faces.", "The study"]],
  },
  {
    construction: "the bill, which …, provides that “…”: an incise between the document and its verb",
    paragraphs: [
      "The bill, which was seen by this newspaper, provides that landlords “must repair heating within " +
        "48 hours.”",
    ],
    expected: [["must repair heating within 48 hours.", "The bill"]],
  },
  {
    construction: "a document attributes, blames or cites: its words, not a person's named just before",
    paragraphs: [
      "Maeve Doran, a partner at the fund, said she met the founders in 2019. “They had a van,” she said. " +
        "The directors’ report attributes the fall to “once-off costs of entering new markets”.",
      "Tom Hale, the chief inspector, visited the ward twice. The inspection report blamed the delays " +
        "on “a chronic shortage of night staff”.",
    ],
    expected: [
      ["They had a van,", "Maeve Doran"],
      ["once-off costs of entering new markets", "The directors’ report"],
      ["a chronic shortage of night staff", "The inspection report"],
    ],
  },
  {
    construction: "a study cites “…”: a document's words past the person who led it",
    paragraphs: ["Lisa Ward led the inquiry. The final study cites “a culture of silence among managers”."],
    expected: [["a culture of silence among managers", "The final study"]],
  },
  {
    construction: "it attributed, it cited: a pronoun taking up the body or report of the sentence before",
    paragraphs: [
      "“We could not open our windows,” said Asha Rao, a resident. The water board published its " +
        "findings on Monday. It attributed the fish kill to “a sudden inflow of untreated sewage”.",
      "A separate report was released on Friday. It cited “a lack of trained staff in every single region”.",
    ],
    expected: [
      ["We could not open our windows,", "Asha Rao"],
      ["a sudden inflow of untreated sewage", "The water board"],
      ["a lack of trained staff in every single region", "A separate report"],
    ],
  },
  {
    construction: "negative: footage that “shows”, taken up by it, is still no document that speaks",
    paragraphs: ["The footage was released on Monday. It shows “a man in a balaclava” outside the shop."],
    expected: [],
  },
  {
    construction: "negative: a person who attributes or blames speaks for himself, not a document",
    paragraphs: ["Paul Reyes, who wrote the report, attributes the fall to “a very bad summer for tourism”."],
    expected: [["a very bad summer for tourism", "Paul Reyes"]],
  },
  {
    construction: "negative: a brand a report cites is a name in marks, not its words",
    paragraphs: ["The report cites the “Good Dog” range as the firm’s best seller."],
    expected: [],
  },
  {
    construction: "negative: footage that “shows” is no document that speaks",
    paragraphs: ["The footage shows “a man in a balaclava” outside the shop."],
    expected: [],
  },
  {
    construction: "a one-word title of local government, the forces or the clergy before a full name",
    paragraphs: [
      "“We cannot wait for the state,” said Councilmember Rosa Delgado, who wrote the motion.",
      "“The ship turned into our path,” Commodore Ian Brandt told reporters at the naval base.",
      "“It is a day of mourning for the whole community,” Rabbi Miriam Adler said on Friday.",
      "“I waited for three buses,” said Madam Siti Rahman, a retired teacher.",
    ],
    expected: [
      ["We cannot wait for the state,", "Rosa Delgado"],
      ["The ship turned into our path,", "Ian Brandt"],
      ["It is a day of mourning for the whole community,", "Miriam Adler"],
      ["I waited for three buses,", "Siti Rahman"],
    ],
  },
  {
    construction: "a full name written only in a possessive completes the surname that speaks later",
    paragraphs: [
      "When Nadia Okafor's landlord raised the rent last spring, she started looking for a smaller flat.",
      "“I had no choice,” Okafor says.",
    ],
    expected: [["I had no choice,", "Nadia Okafor"]],
  },
  {
    construction: "a possessive full name in the lede, the surname speaking in the next paragraph",
    paragraphs: [
      "Marcus Ebele's late goal gave the visitors a draw in Leeds on Saturday.",
      '"I just tried to stay calm," Ebele said after the match.',
    ],
    expected: [["I just tried to stay calm,", "Marcus Ebele"]],
  },
  {
    construction:
      "an office with two complements before its holder's name: the holder speaks, not the office",
    paragraphs: [
      "Minister of State for Trade Ana Diaz said the tariffs were “a serious mistake”.",
      "Parliamentary Secretary of State for Housing Tom Ellery called the figures “deeply worrying”.",
    ],
    expected: [
      ["a serious mistake", "Ana Diaz"],
      ["deeply worrying", "Tom Ellery"],
    ],
  },
  {
    construction: "a name after an apposition to a person renames the apposition's body; the person speaks",
    paragraphs: [
      "Ann Boyd, chief executive of the city's utility, Harbour Power, said the outage was “regrettable”.",
      "In Leeds, the head of the drivers' union, Tom Lee, said the strike was “far from over”.",
    ],
    expected: [
      ["regrettable", "Ann Boyd"],
      ["far from over", "Tom Lee"],
    ],
  },
  {
    construction:
      "a gerund after a speech verb's clause shares that verb's subject, named after a long description",
    paragraphs: [
      "The union's chief negotiator in the pay talks, veteran organiser Ruth Kamara, said members would " +
        "vote on the offer next week, arguing that it was “a step backwards”.",
    ],
    expected: [["a step backwards", "Ruth Kamara"]],
  },
  {
    construction:
      "an indefinite spokesperson for a firm of three name words speaks as written, the name whole",
    paragraphs: [
      "A spokeswoman for Northern Lakes Dairy said: “We will review every complaint.”",
      "“No jobs are at risk,” said a spokesman for Crown Valley Foods.",
    ],
    expected: [
      ["We will review every complaint.", "A spokeswoman for Northern Lakes Dairy"],
      ["No jobs are at risk,", "a spokesman for Crown Valley Foods"],
    ],
  },
  {
    construction: "a verb joined by “and” to the main clause shares its subject, a body by its initials too",
    paragraphs: [
      "The company said its founder, Ann Roy, had stepped down, and called the move “long planned”.",
      "The NTSB said the pilot, Mark Hale, had flown the route many times, and called the crash " +
        "“entirely preventable”.",
    ],
    expected: [
      ["long planned", "The company"],
      ["entirely preventable", "The NTSB"],
    ],
  },
  {
    construction: "a headline's word in single marks that a body quote holds is that speaker's quote",
    paragraphs: [
      ["headline", "Reyes hits out at 'reckless' cuts as council backs budget"],
      "“It is reckless. Nobody in this town voted for it,” said Ana Reyes, who leads the opposition.",
    ],
    expected: [
      ["reckless", "Ana Reyes"],
      ["It is reckless. Nobody in this town voted for it,", "Ana Reyes"],
    ],
  },
  {
    construction: "a headline's term after a determiner stays a term, though a body quote uses it",
    paragraphs: [
      ["headline", "The 'gig economy' and its discontents"],
      "“The gig economy pays the rent for some and ruins others,” said Leah Kim, a labour economist.",
    ],
    expected: [["The gig economy pays the rent for some and ruins others,", "Leah Kim"]],
  },
  {
    construction:
      "“said the woman” after “a retired nurse”: a definite description repeats the person described before",
    paragraphs: [
      "A retired nurse waited nine hours in the emergency room at St. Luke's. Staff moved three other " +
        "patients ahead of her.",
      "“Nobody told me how long it would take,” said the woman, who went home without seeing a doctor.",
    ],
    expected: [["Nobody told me how long it would take,", "A retired nurse"]],
  },
  {
    construction:
      "“the victim's mother told” after “a 19-year-old”: a description tied to another by a genitive is " +
      "someone else",
    paragraphs: [
      "A Leeds man who stabbed a 19-year-old outside a nightclub was jailed on Friday, after the victim's " +
        "mother told the court she had “lost the reason to get up.”",
    ],
    expected: [["lost the reason to get up.", "the victim's mother"]],
  },
  {
    construction: "“said the mayor” after “a retired nurse”: an office she was never given is someone new",
    paragraphs: [
      "A retired nurse waited nine hours in the emergency room at St. Luke's. Staff moved three other " +
        "patients ahead of her.",
      "“We are doing what we can with the staff we have,” said the mayor, who visited the hospital on " +
        "Friday.",
    ],
    expected: [["We are doing what we can with the staff we have,", "the mayor"]],
  },
  {
    construction: "“The agency called” after “the FCC”: a body named by its initials, then by what it is",
    paragraphs: [
      "After the outage, the FCC opened an inquiry into the carrier on Tuesday.",
      "The agency called the findings “preliminary but troubling” in a short statement.",
    ],
    expected: [["preliminary but troubling", "the FCC"]],
  },
  {
    construction:
      "“The agency described” after “according to AFP”: a news agency quoted on the way is not the " + "body",
    paragraphs: [
      "According to AFP, the minister left the meeting before it ended.",
      "The agency described the talks as “tense” throughout.",
    ],
    expected: [["tense", "The agency"]],
  },
  {
    construction: "a body's numbered unit keeps its number: Teamsters Local 727 said, said … District 25",
    paragraphs: [
      "Teamsters Local 727 said its drivers would “not cross a picket line for anyone.”",
      "“We were never asked,” said a spokeswoman for Community School District 25.",
    ],
    expected: [
      ["not cross a picket line for anyone.", "Teamsters Local 727"],
      ["We were never asked,", "a spokeswoman for Community School District 25"],
    ],
  },
  {
    construction: "a capitalised occupation opening the sentence is no part of the name: Drummer X says",
    paragraphs: [
      "Drummer Tessa Moray says the tour almost ended in Denver. “We had one working van and no heat,” " +
        "she said.",
    ],
    expected: [["We had one working van and no heat,", "Tessa Moray"]],
  },
  {
    construction:
      "“the company said” after “the firm Ventor”: a body named after its kind's noun is of that kind",
    paragraphs: [
      "The wind farm, built by the firm Ventor, is due to open in May.",
      "“The work is going well,” the company said in a statement.",
    ],
    expected: [["The work is going well,", "Ventor"]],
  },
  {
    construction:
      "a company named by a word that says what it makes (Dynamics, Technologies), then “the company”",
    paragraphs: [
      "Kestrel Dynamics has recalled 2,000 drones after a battery fault, and Arvo Technologies has " +
        "paused sales.",
      "In a filing, the company said the fault was “rare but serious.”",
    ],
    expected: [["rare but serious.", "Arvo Technologies"]],
  },
  {
    construction: "a company named with an abbreviated “Corp.”, then “the company said”",
    paragraphs: [
      "Pellworth Corp. will close its bottling line in Duluth by the end of the year.",
      "“We looked at every other option first,” the company said on Thursday.",
    ],
    expected: [["We looked at every other option first,", "Pellworth Corp."]],
  },
  {
    construction:
      "a company first described in apposition with a modifier (“X, the Ohio startup making …,”), then " +
      "“the company”",
    paragraphs: [
      "Investors have put $40 million into Lumenfold, the Ohio startup making glass batteries for " +
        "trucks, this year.",
      "“The money buys us two more years of testing,” the company said in a blog post.",
    ],
    expected: [["The money buys us two more years of testing,", "Lumenfold"]],
  },
  {
    construction: "“the company said” when the article named no company: the description as written",
    paragraphs: [
      "The city council voted on Monday to close the Harbour Street bridge to cars.",
      "“Repairs will start in the spring,” the company said.",
    ],
    expected: [["Repairs will start in the spring,", "the company"]],
  },
  {
    construction: "“the company” after two companies, each named by its “Inc.”: the one named last",
    paragraphs: [
      "Brightwater Inc. sued Calloway Inc. over a water-filter patent on Friday.",
      "“We will defend our design in court,” the company said.",
    ],
    expected: [["We will defend our design in court,", "Calloway Inc."]],
  },
  {
    construction:
      "“the court” written before the article names the court, then again after: the court named since",
    paragraphs: [
      "The court threw out the appeal on Tuesday.",
      "The Maine Supreme Judicial Court upheld the fine imposed on the developer in 2023.",
      "“The works put the neighbours at risk,” the court said.",
    ],
    expected: [["The works put the neighbours at risk,", "The Maine Supreme Judicial Court"]],
  },
  {
    construction: "raised it to level 4, “…”, (a step on a scale named in apposition is no quote)",
    paragraphs: [
      "The agency raised its travel advisory to level 4, “do not travel”, on Monday. “Leave now,” " +
        "said spokesman Ben Carter.",
    ],
    expected: [["Leave now,", "Ben Carter"]],
  },
  {
    construction:
      "a headline's one-word fragment of a body quote (Unions decry ‘robbery’) is the body speaker's",
    paragraphs: [
      ["headline", "Council cuts bin collections as unions decry ‘robbery’ of workers"],
      "The union organiser Kate Munro called the cuts “a robbery of every worker on the rounds”.",
    ],
    expected: [
      ["robbery", "Kate Munro"],
      ["a robbery of every worker on the rounds", "Kate Munro"],
    ],
  },
  {
    construction:
      "a headline's group decrying ‘…’ (opposition slams), a person named saying the same words in the " +
      "body: the entry takes the name",
    paragraphs: [
      ["headline", "Budget vote: opposition slams ‘a power grab’"],
      "Labour leader Helen Castle denounced “a power grab” and tabled a motion of no confidence.",
    ],
    expected: [["a power grab", "Helen Castle"]],
  },
  {
    construction:
      "a headline's owner says ‘…’, the same words opening a verbless body quote of the owner named " +
      "before: the headline's entry takes the name",
    paragraphs: [
      ["headline", "Pharmacy robbed for third time; owner says ‘this time, I’m closing’"],
      "“They knew exactly where to look,” said the owner, Nadia Belkacem, 52.",
      "“This time, I’m closing. I won’t wait for someone to die.",
    ],
    expected: [
      ["this time, I’m closing", "Nadia Belkacem"],
      ["They knew exactly where to look,", "Nadia Belkacem"],
      ["This time, I’m closing. I won’t wait for someone to die.", "Nadia Belkacem"],
    ],
  },
  {
    construction: "a ward or riding in brackets after a councillor's name names no one: “she said” is hers",
    paragraphs: [
      "Coun. Ana Silva (Ward 2, Lake Shore), the housing chief, said rents would rise. “That is a lot,” " +
        "she said.",
      "Coun. Tom Avery (Ward 4, Park North) tried to cut the increase. He called the budget “a gift to " +
        "developers.”",
    ],
    expected: [
      ["That is a lot,", "Ana Silva"],
      ["a gift to developers.", "Tom Avery"],
    ],
  },
  {
    construction: "“X, told Euronews his government would …, he said”: the outlet told is no speaker",
    paragraphs: [
      "Not everyone agrees. Spain's fisheries minister, Pablo Ortega, told Euronews his government would " +
        "vote against the plan. “We will not sign this,” he said.",
    ],
    expected: [["We will not sign this,", "Pablo Ortega"]],
  },
  {
    construction:
      "a body's noun carries its name on by “for” or “of” (the Office for Rental Statistics): one body, " +
      "which “the office said” means again, not a person named by the complement",
    paragraphs: [
      "The Office for Rental Statistics publishes its survey every spring. This year, the office said, " +
        "tenants faced “a squeeze with no end in sight”.",
      "The Commission for Inland Waterways closed two locks on the canal on Monday. In a notice to boat " +
        "owners, the commission said the gates were “no longer safe to operate”.",
    ],
    expected: [
      ["a squeeze with no end in sight", "The Office for Rental Statistics"],
      ["no longer safe to operate", "The Commission for Inland Waterways"],
    ],
  },
  {
    construction:
      "a speech verb's second reported clause, joined by “and that” or “but that”, far from the verb: " +
      "a short span there is the speaker's words",
    paragraphs: [
      "The water board said the reservoir above the valley had fallen to its lowest level in two decades " +
        "after a dry spring but that “strict rationing” was not yet needed.",
      "Mayor Ines Varga said the repairs to the old boiler house behind the town hall would take at least " +
        "three months and that “no resident” would be left without heating.",
    ],
    expected: [
      ["strict rationing", "The water board"],
      ["no resident", "Ines Varga"],
    ],
  },
  {
    construction:
      "a headline's word in single marks that the body sets in marks as a category is a label, though a " +
      "body quote holds the word too",
    paragraphs: [
      ["headline", "Lahore air quality drops to 'hazardous' as smog returns"],
      'Air quality in Lahore fell into the "hazardous" category on Monday for the third time this month.',
      '"We are treating more children with hazardous levels of exposure every week," said Dr Saima ' +
        "Qureshi, a paediatrician at a city hospital.",
    ],
    expected: [
      ["We are treating more children with hazardous levels of exposure every week,", "Saima Qureshi"],
    ],
  },
  {
    construction:
      "a visitor's noun capitalised before a full name opening the sentence is no part of the name",
    paragraphs: [
      "Visitor Carmen Oduya, 52, came up from Sarasota with her grandson. “He wanted to touch the sharks,” " +
        "she said.",
    ],
    expected: [["He wanted to touch the sharks,", "Carmen Oduya"]],
  },
  {
    construction:
      "a body's name, then its delegate's noun and a full name: the delegate speaks, not the body",
    paragraphs: [
      "“We are done waiting,” Pacific Dockworkers Union delegate Sione Fale told reporters at the gate.",
      "Later, Harbour Teachers Federation delegate Aroha Ngata called the offer “an insult to every " +
        "classroom”.",
    ],
    expected: [
      ["We are done waiting,", "Sione Fale"],
      ["an insult to every classroom", "Aroha Ngata"],
    ],
  },
  {
    construction:
      "a headline's title after a colon that the body sets in marks as a film's title is no quote",
    paragraphs: [
      ["headline", "Harbor film festival: “Salt Year” opens the program"],
      "The opening film, “Salt Year,” follows a family of salt farmers on the coast. “We filmed for three " +
        "winters,” said director Anna Lowe.",
    ],
    expected: [["We filmed for three winters,", "Anna Lowe"]],
  },
  {
    construction: "Name from Place, a father of two, said: the person named before the place speaks",
    paragraphs: ["Lena Brown from Leeds, a mother of two, said: “We need the autumn break for the harvest.”"],
    expected: [["We need the autumn break for the harvest.", "Lena Brown"]],
  },
  {
    construction: "a headline repeating a body quote word for word, in other marks: one entry, the body's",
    paragraphs: [
      ["headline", "Ferry captain: ‘We turned back for the children’"],
      "The Islander returned to port an hour after leaving Oban. “We turned back for the children,” said " +
        "its captain, Morag Kerr.",
    ],
    expected: [["We turned back for the children,", "Morag Kerr"]],
  },
  {
    construction:
      "a standfirst's “The council says … “…”” repeated in the body: one entry, the body's speaker",
    paragraphs: [
      ["standfirst", "The council says the bridge will reopen “before the first frost.”"],
      "Repairs are nearly done, according to the roads engineer, Alan Petrie. The bridge will reopen " +
        "“before the first frost,” he said.",
    ],
    expected: [["before the first frost,", "Alan Petrie"]],
  },
  {
    construction: "a headline quoting a shorter fragment of a body quote stays an entry of its own",
    paragraphs: [
      ["headline", "Ferry captain: ‘We had no choice’"],
      "“We turned back for the children. We had no choice at all,” said the captain, Morag Kerr.",
    ],
    expected: [
      ["We had no choice", "Morag Kerr"],
      ["We turned back for the children. We had no choice at all,", "Morag Kerr"],
    ],
  },
  {
    construction:
      "The coach praised his striker, X, who …: “…”: the described subject speaks, not the person named " +
      "in the object",
    paragraphs: [
      "The coach praised his striker, Tom Reed, who scored twice: “He was the best player out there.”",
    ],
    expected: [["He was the best player out there.", "The coach"]],
  },
  {
    construction:
      "The coach's assistant, X, was blunt: “…” (negative): the name in apposition to the subject",
    paragraphs: ["The coach's assistant, Tom Reed, was blunt: “We were lucky to get a point.”"],
    expected: [["We were lucky to get a point.", "Tom Reed"]],
  },
  {
    construction:
      "An official familiar with the talks said …, then “…,” the official said: the unnamed source keeps " +
      "its adjective and complement",
    paragraphs: [
      "An official familiar with the talks said a deal was close. “We are nearly there,” the official said.",
    ],
    expected: [["We are nearly there,", "An official familiar with the talks"]],
  },
  {
    construction:
      "X, of the Y Institute, who …, said …“…”: the person speaks, not the body of the apposition",
    paragraphs: [
      "Anna Berg, of the Karolinska Institute, who was not involved in the study, said the results were " +
        "“very promising.”",
    ],
    expected: [["very promising.", "Anna Berg"]],
  },
  {
    construction:
      "A diplomat close to the negotiations, who …, said …, then “…,” the diplomat said: a relative clause " +
      "between the unnamed source and its verb leaves it whole",
    paragraphs: [
      "A diplomat close to the negotiations, who spoke on condition of anonymity, said the text was nearly " +
        "agreed. “Only the last clause is open,” the diplomat said.",
    ],
    expected: [["Only the last clause is open,", "A diplomat close to the negotiations"]],
  },
  {
    construction:
      "A spokesman for the firm said …, then the spokesman said (negative): a complement, no adjective",
    paragraphs: [
      "A spokesman for the firm said the plant would close. “It is a sad day,” the spokesman said.",
    ],
    expected: [["It is a sad day,", "A spokesman for the firm"]],
  },
  {
    construction:
      "Among them, X, a nurse from Leeds: “…”: the pronoun after the preposition is the group, the " +
      "person named speaks, not the speaker quoted before",
    paragraphs: [
      "“We played well,” said Tom Reed.",
      "Hundreds of fans waited outside. Among them, Ruth, a nurse from Leeds: “I have never seen " +
        "anything like it.”",
    ],
    expected: [
      ["We played well,", "Tom Reed"],
      ["I have never seen anything like it.", "Ruth"],
    ],
  },
  {
    construction:
      'standfirst "its founder says", the body naming "Founder X": the description speaks for the person ' +
      "the body names",
    paragraphs: [
      ["standfirst", "The brewery will close in March. Its founder says it “ran out of road”."],
      "Founder Marcus Hale, who started the brewery in 2009, says the decision was painful. “We simply ran " +
        "out of road,” he says.",
    ],
    expected: [
      ["ran out of road", "Marcus Hale"],
      ["We simply ran out of road,", "Marcus Hale"],
    ],
  },
  {
    construction:
      'standfirst "A grazier told …", the body naming her with the noun (apposition or before the name): ' +
      "the description speaks for the person the body names",
    paragraphs: [
      [
        "standfirst",
        "A grazier told the court the theft had left her family “one bad wet season from ruin”.",
      ],
      "Kerri-Anne Mulholland, 47, pleaded guilty on Thursday.",
      "Lorraine Dwyer, a grazier from Charters Towers, said the family had trusted her.",
    ],
    expected: [["one bad wet season from ruin", "Lorraine Dwyer"]],
  },
  {
    construction:
      'standfirst "A local grazier says …", the body\'s "grazier Lorraine Dwyer": the person named',
    paragraphs: [
      ["standfirst", "The bookkeeper was jailed. A local grazier says the town is “still in shock”."],
      "Kerri-Anne Mulholland, 47, pleaded guilty on Thursday.",
      "Outside court, grazier Lorraine Dwyer said the family had trusted her.",
    ],
    expected: [["still in shock", "Lorraine Dwyer"]],
  },
  {
    construction:
      'standfirst "A grazier says …", two graziers named in the body (negative): the description stays',
    paragraphs: [
      ["standfirst", "The bookkeeper was jailed. A grazier says the town is “still in shock”."],
      "Lorraine Dwyer, a grazier from Charters Towers, and Ian Cobb, a grazier from Pentland, were in court.",
    ],
    expected: [["still in shock", "A grazier"]],
  },
  {
    construction: 'standfirst "A grazier says …", nobody in the body called a grazier (negative)',
    paragraphs: [
      ["standfirst", "The bookkeeper was jailed. A grazier says the town is “still in shock”."],
      "Lorraine Dwyer, who owns the station with her husband, was in court.",
    ],
    expected: [["still in shock", "A grazier"]],
  },
  {
    construction: "“…,” the council said, after a name (negative): a body's noun stays the body",
    paragraphs: ["Mayor Rita Okafor spoke first. “We will rebuild the bridge,” the council said."],
    expected: [["We will rebuild the bridge,", "the council"]],
  },
  {
    construction:
      "“The president of the Society for … and Community Care (SoFaM), X, backed … but asked “…””: the " +
      "conjunction and the initials belong to the body's name; the name after the last comma speaks",
    paragraphs: [
      "The president of the Society for Family Medicine and Community Care (SoFaM), Peter Grant, backed " +
        "the strike but asked members “not to forget the patients.”",
    ],
    expected: [["not to forget the patients.", "Peter Grant"]],
  },
  {
    construction: "“The head of the UN refugee agency said …” (negative): no name, the office is the speaker",
    paragraphs: ["The head of the UN refugee agency said the camps were “at breaking point.”"],
    expected: [["at breaking point.", "The head of the UN refugee agency"]],
  },
  {
    construction:
      "“Linebacker X, a team captain, said … “…,” said Bell”: a sports position opening the sentence is " +
      "the player's role, not part of his name",
    paragraphs: [
      "Linebacker Marcus Bell, a team captain, said the locker room was shaken. “We let him down,” " +
        "said Bell.",
    ],
    expected: [["We let him down,", "Marcus Bell"]],
  },
  {
    construction:
      "“…,” the 19-year-old said after “at the JAAA National Junior Championships”: an event's name is " +
      "no one's, the athlete named before speaks",
    paragraphs: [
      "Keisha Grant ran 22.41 seconds to take the 200 metres at the JAAA National Junior Championships " +
        "in Kingston on Saturday.",
      "“I trusted my start,” the 19-year-old said afterwards.",
    ],
    expected: [["I trusted my start,", "Keisha Grant"]],
  },
  {
    construction:
      "“…,” said Festival Director X (negative): an event's noun in the title before a name leaves the " +
      "name a person's",
    paragraphs: ["“We sold every ticket,” said Festival Director Anne Roy."],
    expected: [["We sold every ticket,", "Anne Roy"]],
  },
  {
    construction: "Hurricane X in the sentence before a named speaker (negative): the storm is no speaker",
    paragraphs: ["Hurricane Otis hit the town overnight. “We lost the roof,” said Ana Cruz, 44."],
    expected: [["We lost the roof,", "Ana Cruz"]],
  },
  {
    construction: "“held under the theme “…””: a campaign's theme is no quote",
    paragraphs: [
      "This year's festival, held under the theme “we are the river”, drew 2,000 people. “It was our " +
        "biggest year,” organiser Priya Shah said.",
    ],
    expected: [["It was our biggest year,", "Priya Shah"]],
  },
  {
    construction: "“a giant tifo reading “…””: a tifo's words are no quote",
    paragraphs: [
      "Fans in the north stand unfurled a giant tifo reading “we never walk alone” before kick-off. " +
        "“I have never heard noise like it,” said goalkeeper Sam Ortiz.",
    ],
    expected: [["I have never heard noise like it,", "Sam Ortiz"]],
  },
  {
    construction: "“the association of families “…” demanded”: an association's name is no quote",
    paragraphs: [
      "Outside the courthouse, the association of families “Justice for Our Children” demanded a new " +
        "inquiry. “We will keep coming back,” said its chair, Tom Riley.",
    ],
    expected: [["We will keep coming back,", "Tom Riley"]],
  },
  {
    construction: "“said that the programme “…””: after “that” and its subject, the span is the predicate",
    paragraphs: ["The minister said that the programme “changes lives” in poor districts."],
    expected: [["changes lives", "The minister"]],
  },
  {
    construction:
      "the Name (ACRONYM) …, then the ACRONYM said “…”: a body given by the acronym it was written " +
      "out with goes by that name, words the acronym leaves out included",
    paragraphs: [
      "Flights resumed after the Civil Aviation Authority of Kenya (CAA) lifted the ban.",
      "The CAA said the runway was “fully safe again” on Friday.",
    ],
    expected: [["fully safe again", "the Civil Aviation Authority of Kenya"]],
  },
  {
    construction:
      "the Name … without brackets, then according to the ACRONYM “…”: the run of capitalised words " +
      "spelling the acronym, and the capitalised words after it",
    paragraphs: [
      "The report was drawn up by the Office for Budget Review and Planning last year.",
      "Growth will be “slower than hoped”, according to the OBR.",
    ],
    expected: [["slower than hoped", "the Office for Budget Review and Planning"]],
  },
  {
    construction: "the ACRONYM said “…” (negative): an acronym the article never writes out stays as written",
    paragraphs: ["The WMO said the summer had been “the hottest on record” in Europe."],
    expected: [["the hottest on record", "The WMO"]],
  },
  {
    construction:
      "the Office of X …, then The Office said “…”: a body's noun alone is the body just named whose " +
      "name opens with it",
    paragraphs: [
      "The audit was ordered by the Office of the State Comptroller last year. The Office said the " +
        "contracts were “poorly supervised”.",
    ],
    expected: [["poorly supervised", "The Office of the State Comptroller"]],
  },
  {
    construction:
      "The X Union, which represents about 4,500 nurses, said in a statement that … “…”: the comma " +
      "inside a number does not end the relative clause",
    paragraphs: [
      "The Riverside Nurses Union, which represents about 4,500 nurses, said in a statement that the plan " +
        "was “a step backwards.”",
    ],
    expected: [["a step backwards.", "The Riverside Nurses Union"]],
  },
  {
    construction:
      "According to X, the budget continues a “…”: a listed verb whose subject is a thing and that " +
      "takes an object is part of X's account",
    paragraphs: [
      "According to Senator Maria Lopez, the budget continues a “war on the poor” begun last year.",
    ],
    expected: [["war on the poor", "Maria Lopez"]],
  },
  {
    construction:
      "the report's lead author, X … The report states that “…”: the owner before a role's possessive " +
      "does not describe the person, so the document speaks",
    paragraphs: [
      "“We were surprised by the numbers,” said the report’s lead author, Professor Alan Reeve.",
      "The report states that the scheme was “poorly targeted” from the start.",
    ],
    expected: [
      ["We were surprised by the numbers,", "Alan Reeve"],
      ["poorly targeted", "The report"],
    ],
  },
  {
    construction:
      "the club's chief executive, X … the chief executive said (negative): the role's head after the " +
      "possessive still refers back to X",
    paragraphs: [
      "“We are not selling,” said the club’s chief executive, Mark Doyle.",
      "Fans protested outside the ground. “Nothing has changed,” the chief executive said.",
    ],
    expected: [
      ["We are not selling,", "Mark Doyle"],
      ["Nothing has changed,", "Mark Doyle"],
    ],
  },
  {
    construction:
      "the X, Y and Z Administration (XYZA) said “…”: a body's name listing words with a comma, which " +
      "its acronym in brackets defines, is the whole name, not its end after the comma",
    paragraphs: [
      "In a 6 am advisory, the National Oceanic, Atmospheric and Fisheries Administration (NOAFA) said " +
        "the cyclone was “still strengthening” as it neared the coast.",
    ],
    expected: [["still strengthening", "the National Oceanic, Atmospheric and Fisheries Administration"]],
  },
  {
    construction: "The Department of X, Y and the Z (DXYZ) said “…”: the name is not cut at its “and the”",
    paragraphs: [
      "The Department of Agriculture, Water and the Environment (DAWE) said the drought was “the worst " +
        "in a century”.",
    ],
    expected: [["the worst in a century", "The Department of Agriculture, Water and the Environment"]],
  },
  {
    construction:
      "X, Y and the Z (ZA) … The Z said “…” (negative): a list of bodies before one's acronym is no name",
    paragraphs: [
      "Aid arrived from the Red Cross, Oxfam and the World Food Programme (WFP). The World Food Programme " +
        "said supplies would last “about ten days”.",
    ],
    expected: [["about ten days", "The World Food Programme"]],
  },
  {
    construction: "the product line “…”: a product line's name is no quote",
    paragraphs: [
      "The carmaker will drop its product line “Urban glide” next spring, chief executive Dana Wells said. " +
        "“Buyers have moved on,” she said.",
    ],
    expected: [["Buyers have moved on,", "Dana Wells"]],
  },
  {
    construction: "“…,” she said to “Paper”: the outlet's name after the speech verb is no quote",
    paragraphs: ["“We lost everything in one night,” Rosa Lind said to “Courier” on Sunday."],
    expected: [["We lost everything in one night,", "Rosa Lind"]],
  },
  {
    construction: "the “Portrait of …”: a title opening on a work's noun and its complement is no quote",
    paragraphs: [
      "The gallery bought the “Portrait of a Miller’s Daughter” last year, curator Ian Ross said. “It " +
        "belongs here,” he said.",
    ],
    expected: [["It belongs here,", "Ian Ross"]],
  },
  {
    construction: "“Plan for …, …,” he said (negative): words that open on a work's noun and run on",
    paragraphs: ["“Plan for the storm, not for the sunshine,” mayor Ruth Gale said."],
    expected: [["Plan for the storm, not for the sunshine,", "Ruth Gale"]],
  },
  {
    construction: "an amber warning “…”: the name of a warning level is no quote",
    paragraphs: [
      "Forecasters issued an amber warning “heavy rain” for the coast until noon. “Stay off the roads,” " +
        "said police chief Alan Reid.",
    ],
    expected: [["Stay off the roads,", "Alan Reid"]],
  },
  {
    construction: "the “low-cost” carrier, the regulator said: a coined compound before its noun is a term",
    paragraphs: [
      "The regulator said the “low-cost” carrier owed refunds. “Passengers were left waiting for months,” " +
        "said regulator Owen Hale.",
    ],
    expected: [["Passengers were left waiting for months,", "Owen Hale"]],
  },
  {
    construction: "an analyst's rating in marks is its label; the research house's quote still counts",
    paragraphs: [
      "Brightwater Securities kept its “outperform” rating on the shares. “Demand for the new chips is " +
        "still running ahead of supply,” Brightwater Securities said in a note to clients.",
    ],
    expected: [["Demand for the new chips is still running ahead of supply,", "Brightwater Securities"]],
  },
  {
    construction: "a one-word position that is no rating (negative): a short quote after said",
    paragraphs: ["Union leader Ann Carter said members were “neutral” on the proposal."],
    expected: [["neutral", "Ann Carter"]],
  },
  {
    construction: "a name in marks after “alias”: no quote",
    paragraphs: [
      "Police said the gang's leader, Darren Pike, alias “the Ferret”, had been arrested in Leeds. “This " +
        "was months of patient work,” Detective Inspector Carl Moss said.",
    ],
    expected: [["This was months of patient work,", "Carl Moss"]],
  },
  {
    construction: "the name of a vessel in marks right after its noun: no quote",
    paragraphs: [
      "The research vessel “Polar Tern” returned to Hobart on Monday. “We mapped more of the shelf than we " +
        "had planned,” chief scientist Mia Okoro said.",
    ],
    expected: [["We mapped more of the shelf than we had planned,", "Mia Okoro"]],
  },
  {
    construction: "a short quote right after a noun of speech (negative): still a quote",
    paragraphs: ["Harbour master Ian Roe repeated his warning “stay off the breakwater” to visitors."],
    expected: [["stay off the breakwater", "Ian Roe"]],
  },
  {
    construction: "a judge's or a tribunal's finding, in marks after “found”, is the court's words",
    paragraphs: [
      "Judge Alan Pryce found that the council’s decision was “irrational” and quashed it.",
      "The tribunal found the dismissal “procedurally unfair” and awarded her £12,000.",
    ],
    expected: [
      ["irrational", "Alan Pryce"],
      ["procedurally unfair", "The tribunal"],
    ],
  },
  {
    construction: "“found” with anyone but a court or a document (negative): a label, no quote",
    paragraphs: ["Walkers found the coastal path “completely impassable” on Sunday."],
    expected: [],
  },
  {
    construction: "reported in A, B and C: the places a preposition lists after the quote are no speaker",
    paragraphs: [
      "Lena Marsh, a forecaster, said gusts “strong enough to lift roofs” were reported in Ashby, Holt " +
        "and Crane before dawn.",
    ],
    expected: [["strong enough to lift roofs", "Lena Marsh"]],
  },
  {
    construction: "told X that …, then she said: the outlet told is the addressee, not whom she stands for",
    paragraphs: [
      "A shopkeeper, who did not give her name, told Radio Kent that the fire started upstairs. “The smoke " +
        "came through the ceiling within minutes,” she said.",
    ],
    expected: [["The smoke came through the ceiling within minutes,", "A shopkeeper"]],
  },
  {
    construction: "a headline's ‘…’, engineer says over the same words the body gives a named engineer",
    paragraphs: [
      ["headline", "Bridge closure ‘the only safe choice’, engineer says"],
      "Chief engineer Tom Wade said shutting the bridge was “the only safe choice” after the inspection.",
      "Deputy engineer Sara Hill said the repairs would take a year.",
    ],
    expected: [["the only safe choice", "Tom Wade"]],
  },
  {
    construction: "a body named after the office that heads it, its possessive inside the name",
    paragraphs: [
      "“We ask drivers to be patient,” the Marion County Sheriff’s Office said.",
      "The Clark County Coroner's Office said in a statement that the cause of death was “still under " +
        "review.”",
    ],
    expected: [
      ["We ask drivers to be patient,", "the Marion County Sheriff’s Office"],
      ["still under review.", "The Clark County Coroner's Office"],
    ],
  },
  {
    construction: "a place's possessive before a ministry (negative): the place only says whose",
    paragraphs: ["Ostrava's Ministry of Transport said the bridge was “safe for all traffic.”"],
    expected: [["safe for all traffic.", "Ministry of Transport"]],
  },
  {
    construction: "a body known by two names, a spaced dash between them, read whole",
    paragraphs: [
      "Sport New Zealand – Ihi Aotearoa said the grants were “fully committed” by June.",
      "In a statement, Transport Scotland – Còmhdhail Alba said the line would “reopen next week.”",
    ],
    expected: [
      ["fully committed", "Sport New Zealand – Ihi Aotearoa"],
      ["reopen next week.", "Transport Scotland – Còmhdhail Alba"],
    ],
  },
  {
    construction: "a person after a dash (negative): a given name opens no body's second name",
    paragraphs: ["The Harbour Trust – Maria Lopez told reporters – called the plan “a disgrace.”"],
    expected: [["a disgrace.", "Maria Lopez"]],
  },
  {
    construction: "a body's name opening on an acronym at the head of the sentence: the acronym is in it",
    paragraphs: ["NHS Tayside said its wards were “under severe pressure.”"],
    expected: [["under severe pressure.", "NHS Tayside"]],
  },
  {
    construction: "a body's name listing its fields with commas and “and”: read whole",
    paragraphs: ["The Department of Energy, Mines and Resources said the permit was “under review.”"],
    expected: [["under review.", "The Department of Energy, Mines and Resources"]],
  },
  {
    construction: "a body, a comma, then two people (negative): the comma ends the body's name",
    paragraphs: ["The Department of Energy, Tom Reilly and Ann Price said the permit was “under review.”"],
    expected: [["under review.", "Ann Price"]],
  },
  {
    construction:
      "an unnamed source keeps the complement naming the body it works in, before a relative clause",
    paragraphs: [
      "A clerk in the county treasurer’s office, who was not cleared to comment, said the audit was " +
        "“long overdue”.",
      "A researcher with a private polling firm, who asked for anonymity, said turnout looked “soft”.",
    ],
    expected: [
      ["long overdue", "A clerk in the county treasurer’s office"],
      ["soft", "A researcher with a private polling firm"],
    ],
  },
  {
    construction:
      "an unnamed source with a place it comes from (negative): the place is cut before the clause",
    paragraphs: [
      "A shopper in the old harbour district, who gave only her first name, said prices were “absurd”.",
    ],
    expected: [["absurd", "A shopper"]],
  },
  {
    construction:
      "“…,” added the striker: a player quoted before, whose first name tells no gender, is the one " +
      "described",
    paragraphs: [
      "“It was a hard week,” said Quinn Ellery, who scored twice for Ashby on Saturday.",
      "“We never stopped believing,” added the striker.",
    ],
    expected: [
      ["It was a hard week,", "Quinn Ellery"],
      ["We never stopped believing,", "Quinn Ellery"],
    ],
  },
  {
    construction: "According to an aide, …, then “he said”: the sentence's source is who the pronoun means",
    paragraphs: [
      "Senator Ruth Adler left the caucus on Monday. According to a longtime aide, the decision had been " +
        "building for weeks. “She stopped being heard,” he said.",
    ],
    expected: [["She stopped being heard,", "a longtime aide"]],
  },
  {
    construction:
      "a councillor's abbreviation (Cr, Cllr) before a full name is a title, not part of the name",
    paragraphs: [
      "Cr Megan Tuhoe said the new cycleway was “money well spent”.",
      "“We were never consulted,” said Cllr. Ian Pargeter, who represents the ward.",
    ],
    expected: [
      ["money well spent", "Megan Tuhoe"],
      ["We were never consulted,", "Ian Pargeter"],
    ],
  },
  {
    construction:
      "Malaysian honorifics of one word or two before a name are no part of it; Tan alone is a surname",
    paragraphs: [
      "“The port will double its capacity,” said Datuk Seri Rahman Ismail.",
      "Puan Sri Zainab Osman described the fund as “a lifeline for rural schools”.",
      "“Prices will stabilise by June,” said Tan Kok Wai, an economist.",
    ],
    expected: [
      ["The port will double its capacity,", "Rahman Ismail"],
      ["a lifeline for rural schools", "Zainab Osman"],
      ["Prices will stabilise by June,", "Tan Kok Wai"],
    ],
  },
  {
    construction: "a body, its office in lower case, then the holder's name: the holder speaks",
    paragraphs: [
      "“Keep off the beach,” said Metro Fire Brigade superintendent Kate Lindqvist.",
      "Coastal Water Board chair Amos Reid called the spill “a disgrace”.",
    ],
    expected: [
      ["Keep off the beach,", "Kate Lindqvist"],
      ["a disgrace", "Amos Reid"],
    ],
  },
  {
    construction: "a body alone, or a body and its office with no name, speaks as written (negative)",
    paragraphs: [
      "The Coastal Water Board said the spill was “under control”.",
      "“We will reopen the marina,” the Harbour Board chairman said.",
    ],
    expected: [
      ["under control", "The Coastal Water Board"],
      ["We will reopen the marina,", "the Harbour Board chairman"],
    ],
  },
  {
    construction: "“The company said” two paragraphs after a name ending on LLC: the company named",
    paragraphs: [
      "Shoreline Freight LLC will close its depot in Dayton, cutting 200 jobs.",
      "Union leaders called the move a betrayal.",
      "The company said the depot had become “too costly to run”.",
    ],
    expected: [["too costly to run", "Shoreline Freight LLC"]],
  },
  {
    construction: "\"The CEO of the chain\" after X's quote: a role's abbreviation in capitals is X",
    paragraphs: [
      '"We will not close a single store," Dana Whitlock told shareholders on Thursday.',
      'The CEO of the grocery chain then laid out her plan: "Every branch will get a pharmacy."',
    ],
    expected: [
      ["We will not close a single store,", "Dana Whitlock"],
      ["Every branch will get a pharmacy.", "Dana Whitlock"],
    ],
  },
  {
    construction: '"the flanker said" after "Captain X": a playing position describes the captain',
    paragraphs: [
      "Captain Owen Tudor limped off early in the second half. " +
        '"We were simply not good enough," the flanker said.',
    ],
    expected: [["We were simply not good enough,", "Owen Tudor"]],
  },
  {
    construction: "a colon after a relative clause with a speech verb: the clause only describes the speaker",
    paragraphs: [
      "The market moves to the church square next month. A farmer from Hexham, who asked not to be " +
        "named, was blunt: \u201cOur customers will not find anywhere to park.\u201d",
    ],
    expected: [["Our customers will not find anywhere to park.", "A farmer from Hexham"]],
  },
  {
    construction: '"X asked the minister:" and "X told the minister:" (negative): the subject speaks',
    paragraphs: [
      "Ruth Adeyemi, a pupil in the audience, asked the minister: \u201cWhy is there no Wi-Fi here?\u201d",
      "Her teacher, Tom Hale, told the minister: \u201cWe have asked for it for three years.\u201d",
    ],
    expected: [
      ["Why is there no Wi-Fi here?", "Ruth Adeyemi"],
      ["We have asked for it for three years.", "Tom Hale"],
    ],
  },
  {
    construction: "a ward before the abbreviated title Coun.: neither the ward nor the title is the name",
    paragraphs: [
      "“The budget is a fiction,” said Kanata North Coun. Dana Whitlock, who chairs the finance committee.",
      "“We will not vote for it,” Coun. Marc Olivier told reporters after the meeting.",
    ],
    expected: [
      ["The budget is a fiction,", "Dana Whitlock"],
      ["We will not vote for it,", "Marc Olivier"],
    ],
  },
  {
    construction: "a place after a description in apposition (a town, then its county) is not the speaker",
    paragraphs: [
      "Tomás Keane, a plasterer in Ballina, Co Mayo, said the grants were “far too small”. He said: " +
        "“Nobody I know has got one.”",
      "Dr Aoife Brennan, a GP in Tralee, Co Kerry, said the new rules were “unworkable”.",
    ],
    expected: [
      ["far too small", "Tomás Keane"],
      ["Nobody I know has got one.", "Tomás Keane"],
      ["unworkable", "Aoife Brennan"],
    ],
  },
  {
    construction: "a capitalised occupation before a full name opening the sentence is a role",
    paragraphs: [
      "Filmmaker Priya Anand said the grant was “a lifeline for small crews”.",
      "Screenwriter Tom Ellery told the panel: “We write for the room we can afford.”",
    ],
    expected: [
      ["a lifeline for small crews", "Priya Anand"],
      ["We write for the room we can afford.", "Tom Ellery"],
    ],
  },
  {
    construction: "negative: a first name that is also an occupation, before a surname alone, stays the name",
    paragraphs: ["“We just kept fighting,” Baker Tolliver said after the game."],
    expected: [["We just kept fighting,", "Baker Tolliver"]],
  },
  {
    construction: "a sign's words after a phrase saying where it hangs: the sign's, no one's quote",
    paragraphs: ["A handwritten sign on the clinic door read “Closed until further notice”."],
    expected: [],
  },
  {
    construction: "a slogan chanted by a named person is that person's words",
    paragraphs: [
      "Tom Vance, the union's organiser, chanted “Fair pay now” with the crowd outside the clinic.",
    ],
    expected: [["Fair pay now", "Tom Vance"]],
  },
  {
    construction: "a programme's title before the noun of its kind (`ABC’s “…” program`) is no quote",
    paragraphs: [
      "Dr Priya Nair, speaking on ABC’s “Morning Rounds” program, said the ward was " +
        "“stretched to breaking point”.",
    ],
    expected: [["stretched to breaking point", "Priya Nair"]],
  },
  {
    construction: "an instrument's name after its noun (`the spectrograph “…”`) is no quote",
    paragraphs: ["The team used data from the spectrograph “Solis” to date the oldest stars in the cluster."],
    expected: [],
  },
  {
    construction: "a word someone declines to use (`declined to call it a “…”`) is not their quote",
    paragraphs: ["Mayor Jon Ruiz declined to call the closures a “crisis” on Tuesday."],
    expected: [],
  },
  {
    construction: "the look-alike: what someone describes a thing as is their words",
    paragraphs: ["Mayor Jon Ruiz described the closures as “a temporary setback” on Tuesday."],
    expected: [["a temporary setback", "Jon Ruiz"]],
  },
  {
    construction: "what a judge held a thing was, in marks, is the judge's words",
    paragraphs: ["Judge Amara Osei held that the evidence was “plainly inadequate” and dismissed the case."],
    expected: [["plainly inadequate", "Amara Osei"]],
  },
  {
    construction: "a term after `the definition of` is mentioned, not quoted",
    paragraphs: ["The two firms disagree on the definition of “reasonable effort” in the contract."],
    expected: [],
  },
  {
    construction: '"the judge ruled" after "Justice X": a high court\'s justice sits as its judge',
    paragraphs: [
      'Justice Ngozi Eze-Williams dismissed the bail application. "The accused will remain in custody ' +
        'until trial," the judge ruled.',
    ],
    expected: [["The accused will remain in custody until trial,", "Ngozi Eze-Williams"]],
  },
  {
    construction: '"the judge said" after "Judge X": the judge\'s own title still fits',
    paragraphs: ['Judge Mark Hill adjourned the case. "We will resume on Monday," the judge said.'],
    expected: [["We will resume on Monday,", "Mark Hill"]],
  },
  {
    construction: '"the judge said" after a prosecutor named (negative): another office, as written',
    paragraphs: [
      'Prosecutor Anna Reed asked for a longer sentence. "That is not what the law allows," the judge said.',
    ],
    expected: [["That is not what the law allows,", "the judge"]],
  },
  {
    construction:
      '"The Department of Housing and Urban Development said": two words after "and" with no ' +
      "given name go on with the body's name",
    paragraphs: ["The Department of Housing and Urban Development said the rule “protects renters”."],
    expected: [["protects renters", "The Department of Housing and Urban Development"]],
  },
  {
    construction: "what a group in general (`ornithologists`) calls the “…”: a term, no quote",
    paragraphs: [
      "At first light the blackbirds begin what ornithologists call the “dawn chorus”, a concert that " +
        "comes before the sun.",
    ],
    expected: [],
  },
  {
    construction: "negative: what one person calls the “…” stays his words",
    paragraphs: ["Paul Roy, the mayor, defends what he calls the “last-chance pact”."],
    expected: [["last-chance pact", "Paul Roy"]],
  },
  {
    construction:
      '"A resident of Palm Springs … the woman said": the place after "of" is no person, and the whole ' +
      "description is the speaker's",
    paragraphs: [
      "A resident of Palm Springs who asked not to be named watched the fire from her porch. “The " +
        "whole ridge was orange,” the woman said.",
    ],
    expected: [["The whole ridge was orange,", "A resident of Palm Springs"]],
  },
  {
    construction:
      '"The authority said" after "the Water and Sewer Authority": a name joined by "and" that ends on ' +
      "the body's noun, which the description takes up",
    paragraphs: [
      "Regional planners met on Tuesday.",
      "The county's plans were reviewed by the Water and Sewer Authority in March.",
      "The authority said the new pipes were \u201clong overdue\u201d for the town.",
    ],
    expected: [["long overdue", "Water and Sewer Authority"]],
  },
  {
    construction: '"The service said" two paragraphs after "the Fish and Wildlife Service": the body named',
    paragraphs: [
      "A report was filed by the Fish and Wildlife Service last week.",
      "Officials were surprised.",
      "The service said the herd was \u201cin steep decline\u201d this year.",
    ],
    expected: [["in steep decline", "the Fish and Wildlife Service"]],
  },
  {
    construction: '"Smith and Jones" (negative): two names joined by "and" with no body noun stay two people',
    paragraphs: ["The mayor met Smith and Jones on Monday. \u201cWe will not wait,\u201d Jones said."],
    expected: [["We will not wait,", "Jones"]],
  },
  {
    construction:
      "The programme “…,” X said: a lower-case quote after a work's noun, the speaker's clause after it",
    paragraphs: [
      "The programme “cut waiting times by a third in its first year,” the Northern Health Trust said " +
        "in its annual review.",
    ],
    expected: [["cut waiting times by a third in its first year,", "the Northern Health Trust"]],
  },
  {
    construction: "“…” later in the sentence, then “, according to X”",
    paragraphs: [
      "Sales were “far below expectations” in the second quarter, according to the chief financial " +
        "officer, Laura Benton.",
    ],
    expected: [["far below expectations", "Laura Benton"]],
  },
  {
    construction: "The campaign “…” in Title Case (negative): a campaign's name stays a name",
    paragraphs: ["The campaign “Clean Rivers Now” was launched in May by the regional council."],
    expected: [],
  },
  {
    construction: "The bill, …, provides that “…”: a document opening the sentence speaks past its incise",
    paragraphs: [
      "The bill, tabled by three senators in March, provides that fines will be “doubled for repeat " +
        "offenders”.",
    ],
    expected: [["doubled for repeat offenders", "The bill"]],
  },
  {
    construction:
      "The ruling caps … whose water was found to contain “…” (negative): another subject's verb is no " +
      "document's",
    paragraphs: [
      "The ruling ends a long dispute over farmland whose soil was found to hold “legacy pesticides”.",
    ],
    expected: [],
  },
  {
    construction:
      'named in the aside between the two parts of a quote, then "the geologist said" a paragraph on ' +
      "(look-alike of the incise inside the marks other languages write): the description is her",
    paragraphs: [
      "\u201cWhen we dug, we saw the ash layer,\u201d recalled Karen Holt, a researcher at the university, " +
        "\u201cand it runs under the whole valley.\u201d",
      "The samples were sent to Denver. The deposit is \u201cunlike anything in North America,\u201d the " +
        "geologist said.",
    ],
    expected: [
      ["When we dug, we saw the ash layer,", "Karen Holt"],
      ["and it runs under the whole valley.", "Karen Holt"],
      ["unlike anything in North America,", "Karen Holt"],
    ],
  },
  {
    construction:
      '"A nurse who worked the night shift, and who asked not to be named, described …: …": a relative ' +
      "clause with no comma after the noun tells more of the person; the description ends before it",
    paragraphs: [
      "A nurse who worked the night shift, and who asked not to be named, described the ward: “We are " +
        "exhausted and nobody listens.”",
    ],
    expected: [["We are exhausted and nobody listens.", "A nurse"]],
  },
  {
    construction:
      '"A nurse at the hospital, who asked not to be named, …" (negative): the complement saying where ' +
      "she works stays in the description",
    paragraphs: [
      "A nurse at the hospital, who asked not to be named, described the ward: “We are exhausted and " +
        "nobody listens.”",
    ],
    expected: [["We are exhausted and nobody listens.", "A nurse at the hospital"]],
  },
  {
    construction:
      '"A trader at the market, who gave her name only as Abena, said:": a relative clause that gives ' +
      "a name names the unnamed speaker described before it",
    paragraphs: [
      "A trader at the market, who gave her name only as Abena, said: “Prices have doubled since the " +
        "bridge closed.”",
    ],
    expected: [["Prices have doubled since the bridge closed.", "Abena"]],
  },
  {
    construction:
      '"A trader at the market, who sells fabric from Kumasi, said:" (negative): a name in a relative ' +
      "clause that gives no name is not the speaker's",
    paragraphs: [
      "A trader at the market, who sells fabric from Kumasi, said: “Prices have doubled since the " +
        "bridge closed.”",
    ],
    expected: [["Prices have doubled since the bridge closed.", "A trader at the market"]],
  },
  {
    construction:
      '"The Court of Appeals of Virginia", then "the court": a body\'s name runs on through each ' +
      "capitalised complement joined by of, whole as written",
    paragraphs: [
      "The Court of Appeals of Virginia rejected the appeal on Monday. In its ruling, the court said the " +
        "statute was “plainly constitutional”.",
    ],
    expected: [["plainly constitutional", "The Court of Appeals of Virginia"]],
  },
  {
    construction:
      '"Leeds software firm Caldera Works … The company said": a body\'s kind written as a title ' +
      "before its name, with no determiner, says it is a body, which the company noun takes up",
    paragraphs: [
      "Leeds software firm Caldera Works has cut 80 jobs.",
      "The company said in a statement that the cuts were \u201cregrettable but necessary\u201d.",
    ],
    expected: [["regrettable but necessary", "Caldera Works"]],
  },
  {
    construction:
      '"Union leader Maria Costa" (negative): a body noun qualifying a person\'s title before a name ' +
      "leaves the name a person's",
    paragraphs: ["Union leader Maria Costa called the offer \u201can insult\u201d."],
    expected: [["an insult", "Maria Costa"]],
  },
  {
    construction: '"Police Chief John Harlan said" (negative): the title after a body noun is the person\'s',
    paragraphs: ["Police Chief John Harlan said the suspect was \u201cknown to officers\u201d."],
    expected: [["known to officers", "John Harlan"]],
  },
  {
    construction:
      '"the museum\'s board of trustees said" after "museum director Ann Rhodes": a body\'s description ' +
      "is read without its possessor, so it holds no role of the person who heads the museum",
    paragraphs: [
      "\u201cWe are proud of it,\u201d museum director Ann Rhodes said.",
      "The museum\u2019s board of trustees said the wing would stay open \u201cfor the foreseeable " +
        "future.\u201d",
    ],
    expected: [
      ["We are proud of it,", "Ann Rhodes"],
      ["for the foreseeable future.", "The museum\u2019s board of trustees"],
    ],
  },
  {
    construction: '"the museum\'s director said" (negative): the possessor dropped, the office is still hers',
    paragraphs: [
      "\u201cWe are proud of it,\u201d museum director Ann Rhodes said.",
      "The museum\u2019s director said the wing would stay open \u201cfor the foreseeable future.\u201d",
    ],
    expected: [
      ["We are proud of it,", "Ann Rhodes"],
      ["for the foreseeable future.", "Ann Rhodes"],
    ],
  },
  {
    construction: '"the officer said" after "Lieutenant X": an officer holds any rank (officeKinds)',
    paragraphs: [
      "Lieutenant Dana Brooks led the search. \u201cWe found him at dawn,\u201d the officer said.",
    ],
    expected: [["We found him at dawn,", "Dana Brooks"]],
  },
  {
    construction: '"the officer said" (negative): after a mayor named, the officer is someone else',
    paragraphs: ["Mayor Tom Reed toured the site. \u201cWe need more crews,\u201d the officer said."],
    expected: [["We need more crews,", "the officer"]],
  },
  {
    construction:
      "\"A spokeswoman for the Cook County State's Attorney's Office said\": an office whose name holds " +
      "a possessive (State's Attorney) before its office's possessive is one body's name, and the " +
      "description of its spokeswoman is the speaker",
    paragraphs: [
      "A spokeswoman for the Cook County State\u2019s Attorney\u2019s Office said the charges were " +
        "\u201cfully supported by the evidence.\u201d",
    ],
    expected: [
      [
        "fully supported by the evidence.",
        "A spokeswoman for the Cook County State\u2019s Attorney\u2019s Office",
      ],
    ],
  },
  {
    construction:
      '"A spokesman for the sheriff\'s office said": a possessive inside the complement of a person noun ' +
      "leaves the person noun the head",
    paragraphs: [
      "A spokesman for the sheriff\u2019s office said deputies had acted \u201cwithin policy.\u201d",
    ],
    expected: [["within policy.", "A spokesman for the sheriff\u2019s office"]],
  },
  {
    construction:
      '"A study published in March found": a participle and its preposition after a document\'s noun ' +
      "say when it was issued; the document alone speaks",
    paragraphs: [
      "A university study published in March found the agency had \u201cno reliable record\u201d of " +
        "its spending.",
    ],
    expected: [["no reliable record", "A university study"]],
  },
  {
    construction:
      '"A nurse employed at the clinic said" (negative): a person\'s participle tells who they are, ' +
      "and stays in the description",
    paragraphs: [
      "A nurse employed at the clinic said the wait times were \u201cgetting worse every month.\u201d",
    ],
    expected: [["getting worse every month.", "A nurse employed at the clinic"]],
  },
  {
    construction:
      '"Maria Lopez of Miami said" (negative): "of" and a place after a person\'s name are no part of it',
    paragraphs: ["Maria Lopez of Miami said the storm was \u201cthe worst in years.\u201d"],
    expected: [["the worst in years.", "Maria Lopez"]],
  },
  {
    construction:
      '"A cousin of the Reyes family said": a known noun ending in -ly ("family") is no adverb between ' +
      "the description and its verb, and the description keeps it",
    paragraphs: ["A cousin of the Reyes family said the boy had been \u201cmissing since dawn.\u201d"],
    expected: [["missing since dawn.", "A cousin of the Reyes family"]],
  },
  {
    construction: '"A cousin of the boy quietly said" (negative): an adverb by its ending is still skipped',
    paragraphs: ["A cousin of the boy quietly said he had been \u201cmissing since dawn.\u201d"],
    expected: [["missing since dawn.", "A cousin of the boy"]],
  },
  {
    construction:
      "According to the document, X verb … “…”: the source heading the sentence gives the quote, not the " +
      "subject of the clause after its comma",
    paragraphs: [
      "According to the indictment, Garrett moved the funds through “a web of shell companies” over four " +
        "years.",
    ],
    expected: [["a web of shell companies", "the indictment"]],
  },
  {
    construction: "According to the spokeswoman, X, … (negative): a name between two commas is the source",
    paragraphs: ["According to the spokeswoman, Jane Moss, the plant faces “a serious delay”."],
    expected: [["a serious delay", "Jane Moss"]],
  },
  {
    construction:
      "A body described in lower case with an ampersand (“The ministry of arts & culture said …”)",
    paragraphs: ["The ministry of arts & culture said the grant was “a first step” toward a new theatre."],
    expected: [["a first step", "The ministry of arts & culture"]],
  },
  {
    construction:
      "“said the president and chief executive, X”: two offices joined by “and” are the named person’s, " +
      "and the verbless follow-on is theirs too",
    paragraphs: [
      "“We will follow the file,” said the union’s president, Mark Leger.",
      "“The plant stays here,” said the president and chief executive, Paul Grant, reached by phone. " +
        "“No line will move.”",
    ],
    expected: [
      ["We will follow the file,", "Mark Leger"],
      ["The plant stays here,", "Paul Grant"],
      ["No line will move.", "Paul Grant"],
    ],
  },
  {
    construction:
      "“too far for Maya, 17, …” then a verbless quote: an age makes the name after “for” someone’s",
    paragraphs: [
      "“All will be well,” promised the mayor, Paul Roy.",
      "Thirty miles is too far for Maya, 17, an apprentice baker. “I have no car. I will have to stop.”",
    ],
    expected: [
      ["All will be well,", "Paul Roy"],
      ["I have no car. I will have to stop.", "Maya"],
    ],
  },
  {
    construction:
      "“His captain, X, 24, takes comfort in “…””: the person the quote’s own sentence names before it " +
      "comes after the sentences before",
    paragraphs: [
      "“We gave everything,” said coach Paul Roy.",
      "His captain, Mark Lenoir, 24, takes comfort in “the best race of my life”.",
    ],
    expected: [
      ["We gave everything,", "Paul Roy"],
      ["the best race of my life", "Mark Lenoir"],
    ],
  },
  {
    construction:
      "“Among the residents who spoke was X, a retired nurse” (negative): the inverted subject before " +
      "the first comma stays the subject",
    paragraphs: [
      "Mayor Helen Marchetti opened the meeting.",
      "Among the residents who spoke was Lucia Ferreira, a retired nurse. “I am on a pension,” she told " +
        "councillors.",
    ],
    expected: [["I am on a pension,", "Lucia Ferreira"]],
  },
  {
    construction: '"the spokesperson added" after "X, a spokesman for Y": one office by either word',
    paragraphs: [
      '"The bridge stays closed," said Marcus Vale, a spokesman for the transport agency. "There is ' +
        'no date to reopen it," the spokesperson added.',
    ],
    expected: [
      ["The bridge stays closed,", "Marcus Vale"],
      ["There is no date to reopen it,", "Marcus Vale"],
    ],
  },
  {
    construction:
      "“known around the club as “the Bulldozer””: a naming participle with an adverbial before its as " +
      "gives a nickname, not a quote, with a speech verb in the sentence",
    paragraphs: [
      "The striker, known around the club as “the Bulldozer,” told reporters he never wanted to leave. " +
        "“This is home,” said Tom Reyes.",
    ],
    expected: [["This is home,", "Tom Reyes"]],
  },
  {
    construction: "“called the ruling “a disgrace”” (negative): what a speaker calls a thing stays a quote",
    paragraphs: ["Senator Dana Holt, known in Ohio as a moderate, called the ruling “a disgrace” on Friday."],
    expected: [["a disgrace", "Dana Holt"]],
  },
  {
    construction:
      "the Name (Acronym) …, then Acronym said “…”: an acronym written as a word takes the first " +
      "letters of its name's words, and the body goes by the name written out",
    paragraphs: [
      "The leak was reported to the Northern Water Protection Agency (Nwpa) on Monday.",
      "Nwpa said the estuary was “recovering slowly” by Friday.",
    ],
    expected: [["recovering slowly", "the Northern Water Protection Agency"]],
  },
  {
    construction:
      "X Y (Nickname) …, then Nickname said “…” (negative): a person's nickname in brackets is no " +
      "body's acronym",
    paragraphs: [
      "Winger Roberto Bauer (Rob) scored twice on Saturday.",
      "Rob said it was “a dream night” for the club.",
    ],
    expected: [["a dream night", "Roberto Bauer"]],
  },
  {
    construction: "A X, a retired …, saw … . “…,” he said: the unnamed subject before its apposition",
    paragraphs: [
      "“We recovered the stolen van,” said police spokeswoman Ann Hale.",
      "A neighbour, a retired bus driver, saw the van leave. “It had no lights on,” he said.",
    ],
    expected: [
      ["We recovered the stolen van,", "Ann Hale"],
      ["It had no lights on,", "A neighbour"],
    ],
  },
  {
    construction: "A X, who …, saw … . “…,” he said: not the named speaker before",
    paragraphs: [
      "“We recovered the stolen van,” said police spokesman Tom Hale.",
      "A neighbour, who lives across the road, saw the van leave. “It had no lights on,” he said.",
    ],
    expected: [
      ["We recovered the stolen van,", "Tom Hale"],
      ["It had no lights on,", "A neighbour"],
    ],
  },
  {
    construction:
      "“…,” said the director: an office alone, no one holding it, is the article's subject given no office",
    paragraphs: [
      "The first festival of Claire Vasser opened on Friday at the riverside park.",
      "“We sold every ticket,” said the director before the concert.",
    ],
    expected: [["We sold every ticket,", "Claire Vasser"]],
  },
  {
    construction: "“…,” said the head of a bank: the noun's complement with an indefinite is the speaker's",
    paragraphs: ["“Rates will fall before summer,” said the head of a regional bank."],
    expected: [["Rates will fall before summer,", "the head of a regional bank"]],
  },
  {
    construction: "negative: “…,” said an X to a radio station: whom they told is no part of the speaker",
    paragraphs: ["“Rates will fall before summer,” said an economist to a local radio station."],
    expected: [["Rates will fall before summer,", "an economist"]],
  },
  {
    construction:
      "Body verbs X: ‘…’ over “…,” Y said. “<same words>”: the body's paragraph gives the heading's words " +
      "to whom it quotes, not to the subject the heading is about",
    paragraphs: [
      ["headline", "Harbour board postpones ferry cuts: ‘Nobody should lose their crossing’"],
      "The Harbour Board on Monday postponed a decision on cutting the night ferries.",
      "Board member Tessa Yarrow asked for more time. “We have not seen the passenger counts,” Yarrow " +
        "said. “Nobody should lose their crossing.”",
    ],
    expected: [
      ["We have not seen the passenger counts,", "Tessa Yarrow"],
      ["Nobody should lose their crossing.", "Tessa Yarrow"],
    ],
  },
  {
    construction:
      "A nurse on the ward, who … because she …, said …. “…,” she said: a long relative clause between " +
      "commas after a complement of place still tells of the newcomer, not the woman quoted before",
    paragraphs: [
      "“We came at night on a motorcycle,” Hauwa Abubakar said. A nurse on the ward, who asked not to be " +
        "named because she was not authorised to speak to the press, said it held 46 children. “We are " +
        "putting two children on one bed,” she said.",
    ],
    expected: [
      ["We came at night on a motorcycle,", "Hauwa Abubakar"],
      ["We are putting two children on one bed,", "A nurse on the ward"],
    ],
  },
  {
    construction: "A teacher from the village, who …, said …. “…,” she said: a complement of origin too",
    paragraphs: [
      "“We need more staff,” Hauwa Abubakar said.",
      "A teacher from the village, who asked not to be named because she feared for her job, said the " +
        "school had shut. “We teach outside,” she said.",
    ],
    expected: [
      ["We need more staff,", "Hauwa Abubakar"],
      ["We teach outside,", "A teacher from the village"],
    ],
  },
  {
    construction:
      "A gardener, who …, …. “…,” he said: a gardener is a person described, not the councillor before",
    paragraphs: [
      "Councillor Ray Dunn called the plan “long overdue”.",
      "A gardener at the park, who asked not to be named, was unconvinced. “We need more staff " +
        "first,” he said.",
    ],
    expected: [
      ["long overdue", "Ray Dunn"],
      ["We need more staff first,", "A gardener at the park"],
    ],
  },
  {
    construction:
      "negative: Name: ‘…’ over a body paragraph quoting the words alone: the heading's speaker stays",
    paragraphs: [
      ["headline", "Tessa Yarrow: ‘Nobody should lose their crossing’"],
      "The Harbour Board on Monday postponed a decision on cutting the night ferries.",
      "The board member spoke after the vote. “Nobody should lose their crossing.”",
    ],
    expected: [["Nobody should lose their crossing.", "Tessa Yarrow"]],
  },
  {
    construction: "The union X said … “…”: the body goes by its name, not by its kind before it",
    paragraphs: ["The union Unite said the offer was “an insult to every driver”."],
    expected: [["an insult to every driver", "Unite"]],
  },
  {
    construction: "negative: “…,” the company said, with no company named: the noun stays as written",
    paragraphs: ["“We will appeal,” the company said in a statement."],
    expected: [["We will appeal,", "the company"]],
  },
  {
    construction: "stickers that read “…”: a slogan on stickers is no one's words",
    paragraphs: [
      "Parents at the school gate handed out stickers that read “Kids Walk Here.” The head teacher, Anna " +
        "Ruiz, said the crossing was “a daily gamble.”",
    ],
    expected: [["a daily gamble.", "Anna Ruiz"]],
  },
  {
    construction: "adverts under the message “…”: a campaign's message names it",
    paragraphs: ["The council's road safety adverts run under the message “Slow down, we live here”."],
    expected: [],
  },
  {
    construction: "negative: repeated the message: “…”: a message spoken after a colon stays a quote",
    paragraphs: ["The minister repeated the message: “Wash your hands and stay home if you feel ill.”"],
    expected: [["Wash your hands and stay home if you feel ill.", "The minister"]],
  },
  {
    construction: "the committee “…” in capitals is a name; the committee “has …” is its words",
    paragraphs: [
      "The residents' committee “Save Elm Park” will hold its first meeting on Thursday.",
      "The committee “has not made a decision yet,” its chair, Ruth Bell, said.",
    ],
    expected: [["has not made a decision yet,", "Ruth Bell"]],
  },
  {
    construction: "a partial quote, a comma outside the marks, then he submitted (counsel's speech verb)",
    paragraphs: [
      "Counsel for the state, Arjun Rao, told the court the search was lawful. The documents would be " +
        'filed "before the next hearing", he submitted.',
    ],
    expected: [["before the next hearing", "Arjun Rao"]],
  },
  {
    construction:
      "A X who … was less sure: “…”: a relative clause with no commas between the subject and the " +
      "copula before the colon, not the analyst quoted before",
    paragraphs: [
      "Analyst Mia Ford said the figures were “a little soft”.",
      "A pension fund trustee who voted against the plan was less forgiving: “The board has run out " +
        "of excuses.”",
    ],
    expected: [
      ["a little soft", "Mia Ford"],
      ["The board has run out of excuses.", "A pension fund trustee"],
    ],
  },
  {
    construction:
      "The X that … was Y: “…” (negative): a subject naming no one before the colon stays unattributed",
    paragraphs: ["The mood that settled over the hall was grim: “No refunds.”"],
    expected: [["No refunds.", null]],
  },
  {
    construction:
      "X, who …, which …, said: “…”: a relative clause after another, the speaker before the first",
    paragraphs: ["Tom Reed, who runs the bakery, which opened in 1990, said: “We will stay.”"],
    expected: [["We will stay.", "Tom Reed"]],
  },
  {
    construction: "A X who … for three decades said: (a long relative clause before the verb)",
    paragraphs: [
      "A ferry skipper who has worked the crossing to the islands for three decades said: “I have never " +
        "seen the swell this high.”",
    ],
    expected: [["I have never seen the swell this high.", "A ferry skipper"]],
  },
  {
    construction:
      "The X and Y Bureau-Region said (a body's name joined by and, its noun hyphened to a region)",
    paragraphs: [
      "The Land and Water Bureau-Visayas said in a bulletin that the river was “close to spilling over”.",
    ],
    expected: [["close to spilling over", "The Land and Water Bureau-Visayas"]],
  },
  {
    construction: "A X who … was blunt: (a restrictive relative clause, then a copula, before the colon)",
    paragraphs: [
      "Councillor Ruth Okafor defended the plan. A shopkeeper who watched the scaffolding fall was blunt: " +
        "“Nobody warned us.”",
    ],
    expected: [["Nobody warned us.", "A shopkeeper"]],
  },
  {
    construction:
      "A study by X, released on …, found that “…”: the document's verb reaches its subject past the " +
      "author's name and the incise",
    paragraphs: [
      "A study by the Grattan Institute, released on Tuesday, found that renters spend “nearly a third of " +
        "their income” on housing.",
    ],
    expected: [["nearly a third of their income", "A study by the Grattan Institute"]],
  },
  {
    construction:
      "The decision ends a dispute with tenants whose building was found to have “…” (negative): a " +
      "relative clause's verb is no document's",
    paragraphs: [
      "The decision ends a long dispute with tenants whose building was found to have “serious structural " +
        "defects”.",
    ],
    expected: [],
  },
  {
    construction:
      "The festival’s main funder, the Calder Foundation, said “…”: the body named in apposition speaks, " +
      "not its description",
    paragraphs: [
      "The festival’s main funder, the Calder Foundation, said the programme was “the strongest in years”.",
    ],
    expected: [["the strongest in years", "the Calder Foundation"]],
  },
  {
    construction:
      "The stadium’s owner, the city council, said “…” (negative): a description in apposition, no name, " +
      "leaves the first description",
    paragraphs: ["The stadium’s owner, the city council, said the roof was “beyond repair”."],
    expected: [["beyond repair", "The stadium’s owner"]],
  },
  {
    construction:
      "The report shows “no sign of …”: a work's noun after a noun is the verb, and a span opening on " +
      "“no” its object",
    paragraphs: ["The report shows “no sign of a recovery” in rural areas."],
    expected: [["no sign of a recovery", "The report"]],
  },
  {
    construction:
      "will air the comedy show “no laughing matter” (negative): after a determiner's noun phrase the " +
      "work's noun names the span",
    paragraphs: ["The channel will air the comedy show “no laughing matter” next week."],
    expected: [],
  },
  {
    construction: "an unnamed source, then “…,” the academic said: the head noun refers back to the source",
    paragraphs: [
      "A senior academic, who asked not to be named, said morale had collapsed. “Nobody believes the " +
        "plan any more,” the academic said.",
    ],
    expected: [["Nobody believes the plan any more,", "A senior academic"]],
  },
  {
    construction:
      "negative: “…,” said an academic at another university: a new unnamed source stays as written",
    paragraphs: ["The cuts are not unique. “We went through the same thing,” said an academic at Leeds."],
    expected: [["We went through the same thing,", "an academic at Leeds"]],
  },
  {
    construction:
      "a company named by what it holds (Resources), then “the company said”: the name says its kind",
    paragraphs: [
      "Tamsin Vale Resources reported a loss of $90 million on Thursday.",
      "“We have cash for three years,” the company said in a statement.",
    ],
    expected: [["We have cash for three years,", "Tamsin Vale Resources"]],
  },
  {
    construction:
      "a named body, then “the company” in a reported clause, then “the company said” three paragraphs " +
      "after the name: the description that meant the body keeps it in reach",
    paragraphs: [
      "Orrin Bay Resources reported a loss of $90 million for the year.",
      "Its chairman said the company would cut costs at its smelter.",
      "Nickel prices fell by a third over the period.",
      "“We have cash for three years,” the company said in a statement.",
    ],
    expected: [["We have cash for three years,", "Orrin Bay Resources"]],
  },
  {
    construction:
      "a named body, then “the company said” three paragraphs after the name, nothing between (negative): " +
      "out of reach, the description stays as written",
    paragraphs: [
      "Orrin Bay Resources reported a loss of $90 million for the year.",
      "Its chairman said costs would be cut at its smelter.",
      "Nickel prices fell by a third over the period.",
      "“We have cash for three years,” the company said in a statement.",
    ],
    expected: [["We have cash for three years,", "the company"]],
  },
  {
    construction: "X Regional Municipality closed …, then “the municipality said”: the body its noun names",
    paragraphs: [
      "Cape Harrow Regional Municipality closed its beaches on Monday. “The rip currents are too " +
        "strong,” the municipality said.",
    ],
    expected: [["The rip currents are too strong,", "Cape Harrow Regional Municipality"]],
  },
  {
    construction:
      "In Dartmouth, …, “…,” the municipality said (negative): a place is no body, the noun stays as written",
    paragraphs: ["In Dartmouth, the storm blocked roads. “Do not drive tonight,” the municipality said."],
    expected: [["Do not drive tonight,", "the municipality"]],
  },
  {
    construction: "a particle written onto the surname by a hyphen is part of the name: said Omar al-Rashid",
    paragraphs: ["“We will rebuild every school,” said Omar al-Rashid, the town’s mayor."],
    expected: [["We will rebuild every school,", "Omar al-Rashid"]],
  },
  {
    construction:
      "X Y, glaciologist at the University of …, who was not involved …, called … “…”: a word the lexicon " +
      "lacks before a preposition, after the name's comma, opens a description of the person named",
    paragraphs: [
      "Hannah Price, glaciologist at the University of Bristol, who was not involved in the study, " +
        "called the data “remarkably consistent”.",
    ],
    expected: [["remarkably consistent", "Hannah Price"]],
  },
  {
    construction:
      "negative: The mayor of X, candidate for re-election, who …, promised “…”: the office opening the " +
      "sentence speaks, not the town",
    paragraphs: [
      "The mayor of Leeds, candidate for re-election, who visited the site on Tuesday, promised " +
        "“deadlines met”.",
    ],
    expected: [["deadlines met", "The mayor of Leeds"]],
  },
  {
    construction:
      "a group's naming verb, its object, then the “…” (`call the autumn gale the “…”`): a term, no quote",
    paragraphs: [
      "Coastal fishermen call the autumn gale the “widow maker”, a name the harbour master says it " +
        "has earned.",
    ],
    expected: [],
  },
  {
    construction: "negative: `call the budget a “…”`: after an indefinite article a judgement stays a quote",
    paragraphs: ["Opposition councillors call the budget a “recipe for ruin”, their leader Tom Reyes said."],
    expected: [["recipe for ruin", "Tom Reyes"]],
  },
  {
    construction:
      "“…,” as the trade calls the couriers: a term the sentence explains after a comma and `as`, no quote",
    paragraphs: [
      "Two of the suspects were “runners,” as the trade calls the couriers who carry cash between houses.",
    ],
    expected: [],
  },
  {
    construction: "negative: “…,” as she called it: a pronoun for the thing keeps the speaker's word a quote",
    paragraphs: ["Mayor Ann Colby said the deal was a “betrayal,” as she called it again on Tuesday."],
    expected: [["betrayal,", "Ann Colby"]],
  },
  {
    construction:
      "This year's slogan, “…”, will run: a span apposed to a slogan's noun opening the sentence, no quote",
    paragraphs: [
      "The health board launched its winter campaign on Monday, said its director, Ruth Okafor.",
      "This year's slogan, “Wash your hands, save a life”, will also run on local radio.",
    ],
    expected: [],
  },
  {
    construction:
      "negative: The message of the mayor, “…”, was repeated: a person's message stays their words",
    paragraphs: [
      "Mayor Ann Colby spoke on Monday.",
      "The message of the mayor, “Stay home tonight”, was repeated on every station.",
    ],
    expected: [["Stay home tonight", "Ann Colby"]],
  },
  {
    construction: "a federal body named by its fields joined by and, then its country: one name",
    paragraphs: [
      "Crews worked through the night, and Fisheries and Oceans Canada said the harbour would " +
        "reopen “by noon at the latest.”",
    ],
    expected: [["by noon at the latest.", "Fisheries and Oceans Canada"]],
  },
  {
    construction: "negative: two people joined by and before of and a country stay apart",
    paragraphs: ["“We have agreed on the dates,” said Paul Weber and Lisa Grant of Canada."],
    expected: [["We have agreed on the dates,", "Paul Weber"]],
  },
  {
    construction: "the document, for the report named just before: the report speaks",
    paragraphs: [
      "The report was published by the state treasury on Tuesday. The document says the agency spent " +
        "the money “without any oversight.”",
    ],
    expected: [["without any oversight.", "The report"]],
  },
  {
    construction: "negative: the document, two paragraphs after a report, stays as written",
    paragraphs: [
      "The report was published by the state treasury on Tuesday.",
      "The minister spoke at length in parliament.",
      "The document says the agency spent the money “without any oversight.”",
    ],
    expected: [["without any oversight.", "The document"]],
  },
  {
    construction:
      'negative: a name with no role acting, then "…," the ruling said: a noun the lexicon lacks, which no ' +
      "determiner genders in English, may be a document's, and stays as written",
    paragraphs: [
      'Osei Pryce Morgan lost his appeal on Tuesday. "The tenant was given every chance to pay," the ' +
        "ruling said.",
    ],
    expected: [["The tenant was given every chance to pay,", "the ruling"]],
  },
  {
    construction:
      "the article's subject named, a paragraph naming no one, then the defendant and he said: the " +
      "description is the person named",
    paragraphs: [
      "For three years, Martin Ashdown signed property deeds without ever qualifying.",
      "Prosecutors said he pocketed more than £300,000 in fees.",
      'In the dock, the defendant admitted everything. "I was too ashamed to say I had failed," he said.',
    ],
    expected: [["I was too ashamed to say I had failed,", "Martin Ashdown"]],
  },
  {
    construction:
      "negative: “…,” said X, then a woman named by first name, then “…,” he added: " +
      "the first name rules her out",
    paragraphs: [
      "“We are ready,” said coach Tom Berry. Captain Laura Hill trained alone on Friday. " +
        "“The team is fit,” he added.",
    ],
    expected: [
      ["We are ready,", "Tom Berry"],
      ["The team is fit,", "Tom Berry"],
    ],
  },
  {
    construction:
      "“…,” said the 63-year-old two paragraphs after the name, a paragraph naming no one between",
    paragraphs: [
      "The last ferry to Inchmore sailed on Sunday. Its skipper, Duncan Fairlie, has run the crossing " +
        "since 1994.",
      "According to the council, a new operator will take over in the spring. The route carries about " +
        "9,000 passengers a year.",
      "“I know every rock in that channel,” said the 63-year-old.",
    ],
    expected: [["I know every rock in that channel,", "Duncan Fairlie"]],
  },
  {
    construction:
      "“…,” said the 63-year-old (negative): a man named two paragraphs back is no woman described by age",
    paragraphs: [
      "The last ferry to Inchmore sailed on Sunday. Its skipper, Duncan Fairlie, has run the crossing " +
        "since 1994.",
      "According to the council, a new operator will take over in the spring. The route carries about " +
        "9,000 passengers a year.",
      "A passenger on the last crossing was in tears. “I have made this trip every week for years,” said " +
        "the 63-year-old woman.",
    ],
    expected: [["I have made this trip every week for years,", "the 63-year-old woman"]],
  },
  {
    construction:
      "“…,” said the 63-year-old after two women, the second named with her age, the first quoted: the " +
      "one whose age was written",
    paragraphs: [
      "Mary Cole and her neighbour, Ruth Dale, 63, both lost their roofs in the storm. “We had nowhere " +
        "to go,” Cole said.",
      "“The insurers still have not called,” said the 63-year-old.",
    ],
    expected: [
      ["We had nowhere to go,", "Mary Cole"],
      ["The insurers still have not called,", "Ruth Dale"],
    ],
  },
  {
    construction:
      "“…,” said the 41-year-old after “Mary Cole, 41,” and “Ruth Dale, 63,” the second quoted (negative): " +
      "the age written decides, not who spoke last",
    paragraphs: [
      "Mary Cole, 41, and her neighbour, Ruth Dale, 63, both lost their roofs in the storm. “We had " +
        "nowhere to go,” Dale said.",
      "“The insurers still have not called,” said the 41-year-old.",
    ],
    expected: [
      ["We had nowhere to go,", "Ruth Dale"],
      ["The insurers still have not called,", "Mary Cole"],
    ],
  },
  {
    construction:
      "X Marine Holdings …; “…,” the group said: the body noun ending a name says its kind, whatever an " +
      "earlier word of it says, so the company's generic noun is that body",
    paragraphs: [
      "Osprey Marine Holdings lost two charter contracts this quarter. “Day rates will recover by " +
        "spring,” the group said.",
    ],
    expected: [["Day rates will recover by spring,", "Osprey Marine Holdings"]],
  },
  {
    construction:
      "negative: X Marine …; “…,” the group said: a name ending on no body noun says nothing of a " +
      "company, and the generic noun is not taken for it",
    paragraphs: [
      "Osprey Marine lost two charter contracts this quarter. “Day rates will recover by spring,” the " +
        "group said.",
    ],
    expected: [["Day rates will recover by spring,", "the group"]],
  },
  {
    construction:
      "Jamaica …; “…,” the agency said: a country named before is not the office a body's noun names",
    paragraphs: [
      "Heavy rain flooded parts of Jamaica overnight. “Stay off the roads until the water recedes,” the " +
        "agency said.",
    ],
    expected: [["Stay off the roads until the water recedes,", "the agency"]],
  },
  {
    construction: "a sign … warns of “…”: a warning sign's words, no quote",
    paragraphs: [
      "The beach stayed closed on Sunday. A sign by the steps warns of “rip currents and debris”.",
    ],
    expected: [],
  },
  {
    construction: "the self-proclaimed “…”: a name a group gives itself, no quote",
    paragraphs: ["Police said the self-proclaimed “river guard” had patrolled the towpath at night."],
    expected: [],
  },
  {
    construction: "a nickname for …: “…”: a nickname after a colon, no quote",
    paragraphs: ["Fans already have a nickname for the new stadium: “the bowl”."],
    expected: [],
  },
  {
    construction: "asked about his nickname, X said: “…” (negative): the verb gives the words",
    paragraphs: ["Asked about his nickname, the boxer Sam Reid said: “it makes me laugh”."],
    expected: [["it makes me laugh", "Sam Reid"]],
  },
  {
    construction:
      "For X, the documentary “…”: a viewpoint gives the lower-case predicate after a work's noun",
    paragraphs: ["For the producer Dana Whitlock, the documentary “speaks for every town on the river”."],
    expected: [["speaks for every town on the river", "Dana Whitlock"]],
  },
  {
    construction: "X said the plan was “…” (negative): a one-word partial quote after a speech verb",
    paragraphs: ["Councillor Ruth Park said the plan was “reckless”."],
    expected: [["reckless", "Ruth Park"]],
  },
  {
    construction:
      "A cashier, who …, packed …, then “…,” she said: an unnamed person just introduced as the subject " +
      "is whom the pronoun means, not the woman quoted before",
    paragraphs: [
      "Union leader Ruth Pell spoke of “a dark day”. A cashier, who has worked at the store for twelve " +
        "years, packed her things. “I don’t know what I will do,” she said.",
    ],
    expected: [
      ["a dark day", "Ruth Pell"],
      ["I don’t know what I will do,", "A cashier"],
    ],
  },
  {
    construction:
      "A resident who … said she would …, then “…,” she said: an unnamed person introduced as the subject " +
      "of her own speech verb is the newcomer the pronoun means, not the woman quoted a paragraph before",
    paragraphs: [
      "Event manager Carol Bentham said organisers were “monitoring daily”. “We are not there yet,” she " +
        "said.",
      "A resident who walks her dog by the lake said she would go elsewhere for now. “I’ll be taking her " +
        "down to the river instead,” she said.",
      "Mayor Ruth Dale said the signs would stay. “Safety first,” she said.",
      "A nurse told reporters she had seen three cases. “It is getting worse,” she said.",
    ],
    expected: [
      ["monitoring daily", "Carol Bentham"],
      ["We are not there yet,", "Carol Bentham"],
      ["I’ll be taking her down to the river instead,", "A resident"],
      ["Safety first,", "Ruth Dale"],
      ["It is getting worse,", "A nurse"],
    ],
  },
  {
    construction:
      "negative: The senator said she would …, then “…,” she said: a definite description met with its own " +
      "speech verb may be someone known, and the pronoun keeps to her",
    paragraphs: [
      "Senator Ann Cole, who chairs the committee, spoke first. “We will vote,” she said.",
      "Ms. Cole faces a hard race. The senator said she would keep pressing. “Let them vote,” she said.",
    ],
    expected: [
      ["We will vote,", "Ann Cole"],
      ["Let them vote,", "Ann Cole"],
    ],
  },
  {
    construction:
      "negative: X toured the site with a builder, “…,” he said: an unnamed person in passing is not whom " +
      "the pronoun means",
    paragraphs: ["Mayor Tom Baker toured the site with a builder. “We are on schedule,” he said."],
    expected: [["We are on schedule,", "Tom Baker"]],
  },
  {
    construction:
      "A 64-year-old nurse, who …, stood …, then “…,” she said: an unnamed person just introduced, whose " +
      "noun tells no gender, is whom the pronoun means, not the woman quoted a paragraph before",
    paragraphs: [
      "Councillor Ruth Pell defended the closure. “We had no choice,” she said.",
      "A 64-year-old nurse, who has worked at the clinic since it opened, stood at the gate. “They never " +
        "asked us,” she said.",
    ],
    expected: [
      ["We had no choice,", "Ruth Pell"],
      ["They never asked us,", "A 64-year-old nurse"],
    ],
  },
  {
    construction:
      "negative: “…,” she said, then Pell thanked a nurse: an unnamed person as the object is no " +
      "newcomer, and the speaker named as the subject keeps the pronoun",
    paragraphs: [
      "Councillor Ruth Pell defended the closure. “We had no choice,” she said.",
      "Pell thanked a nurse at the gate. “They did everything they could,” she said.",
    ],
    expected: [
      ["We had no choice,", "Ruth Pell"],
      ["They did everything they could,", "Ruth Pell"],
    ],
  },
  {
    construction:
      "a judge's rank or a school head's role capitalised as a title before a full name is no part of it",
    paragraphs: [
      "“The jury has heard enough,” said Recorder Fiona Marsh.",
      "Principal Lena Ortiz told parents: “The gym stays closed until March.”",
    ],
    expected: [
      ["The jury has heard enough,", "Fiona Marsh"],
      ["The gym stays closed until March.", "Lena Ortiz"],
    ],
  },
  {
    construction: "negative: a first name that is also a noun opens the name, it is no title",
    paragraphs: ["“We stayed until dawn,” said Hope Carter."],
    expected: [["We stayed until dawn,", "Hope Carter"]],
  },
  {
    construction:
      "A father from X whose daughter was hurt said …: the possessive relative clause is no part of the " +
      "description, the place is",
    paragraphs: [
      "A father from Tottenham whose daughter was hurt in the crash said he had not slept. “I keep " +
        "seeing the car,” he said.",
    ],
    expected: [["I keep seeing the car,", "A father from Tottenham"]],
  },
  {
    construction: "A nurse based in X said: the participle clause saying where she works is left out",
    paragraphs: ["A nurse based in Leeds said: “It was chaos on the ward.”"],
    expected: [["It was chaos on the ward.", "A nurse"]],
  },
  {
    construction:
      "A senior lecturer in the faculty of law, who …, said: the body's noun with its own complement " +
      "identifies the source",
    paragraphs: [
      "A senior lecturer in the faculty of law, who asked not to be named, said: “Nobody was consulted.”",
    ],
    expected: [["Nobody was consulted.", "A senior lecturer in the faculty of law"]],
  },
  {
    construction:
      "said Body – Given Surname, …: a person after the dash, by a given name only the long list holds",
    paragraphs: [
      '"Nobody asked the tenants," said Harbour Homes – Marlene Hobbs, its chair, is stepping down in May.',
    ],
    expected: [["Nobody asked the tenants,", "Harbour Homes"]],
  },
  {
    construction: "“…,” the spokesman said after a caption naming a ship: a caption is not the text",
    paragraphs: [
      "The navy released new footage of the exercise on Monday.",
      ["caption", "The destroyer John Paul Jones during the exercise (Reuters)"],
      '"There is no risk to anyone on shore," the spokesman said.',
    ],
    expected: [["There is no risk to anyone on shore,", "the spokesman"]],
  },
  {
    construction:
      "said Ald. / Det / Brig Given Surname: a rank abbreviated before a name, with or without its point",
    paragraphs: [
      "“The vote is long overdue,” said Ald. Teresa Okafor after the meeting.",
      "Det Priya Nandakumar told reporters: “We are following several leads.”",
      "Provincial spokesperson Brig Sello Ramaphoko said: “Three suspects are in custody.”",
    ],
    expected: [
      ["The vote is long overdue,", "Teresa Okafor"],
      ["We are following several leads.", "Priya Nandakumar"],
      ["Three suspects are in custody.", "Sello Ramaphoko"],
    ],
  },
  {
    construction:
      "Co-author Given Surname, …, said: a role capitalised at a sentence's start is no part of the name",
    paragraphs: ["Co-author Lena Marsh, a doctoral student, said: “The samples took two summers.”"],
    expected: [["The samples took two summers.", "Lena Marsh"]],
  },
  {
    construction: "negative: “…,” Con Edison said: a utility whose name opens on a constable's abbreviation",
    paragraphs: ["“Power has been restored to most customers,” Con Edison said on Sunday."],
    expected: [["Power has been restored to most customers,", "Con Edison"]],
  },
  {
    construction:
      "Det Con / Det Ch Insp / Det Supt Given Surname: a rank abbreviated after another goes with the " +
      "title; Con alone still opens a name (Con Edison, Con O’Neill)",
    paragraphs: [
      "Speaking after the hearing, Det Con Laura Pike of Essex Police said: “We never gave up.”",
      "“The inquiry goes on,” said Det Ch Insp Owen Marsh.",
      "Det Supt Rachel Adeyemi added: “We are grateful to the public.”",
      "Con Edison said in a statement: “Power has been restored to most customers.”",
      "“We were lucky,” Con O’Brien, a neighbour, said.",
    ],
    expected: [
      ["We never gave up.", "Laura Pike"],
      ["The inquiry goes on,", "Owen Marsh"],
      ["We are grateful to the public.", "Rachel Adeyemi"],
      ["Power has been restored to most customers.", "Con Edison"],
      ["We were lucky,", "Con O’Brien"],
    ],
  },
  {
    construction:
      "Detective Inspector Given Surname … DI Surname said, DCI Surname: a detective's rank by its " +
      "initials heads the surname of the officer named in full before",
    paragraphs: [
      "Detective Inspector Carys Bowen, of Gwent Police, said two men had been arrested. “This was a " +
        "targeted attack,” DI Bowen said.",
      "Detective Chief Inspector Owen Grady led the inquiry. “We followed the money,” DCI Grady said.",
    ],
    expected: [
      ["This was a targeted attack,", "Carys Bowen"],
      ["We followed the money,", "Owen Grady"],
    ],
  },
  {
    construction: "negative: Luigi Di Maio … Di Maio said: a particle with one capital is no rank's initials",
    paragraphs: [
      "Italy's former foreign minister Luigi Di Maio arrived on Monday. “We need a ceasefire,” Di Maio " +
        "said.",
    ],
    expected: [["We need a ceasefire,", "Luigi Di Maio"]],
  },
  {
    construction:
      "said police Cmdr. / Lt. Cmdr. / Commander Given Surname: a commander's rank, abbreviated or not, " +
      "is no name and its point ends no sentence; a verbless second quote stays with the commander",
    paragraphs: [
      "“It was a senseless act,” said Dayton police Cmdr. Ruth Okafor, who leads the unit. “We are " +
        "grateful to the neighbors.”",
      "“We went out at first light,” said Lt. Cmdr. Ian Brandt of the Coast Guard.",
      "Cmdr Lena Marsh told reporters the crew was “safe and well”.",
      "Police Commander Owen Pike said the driver “was not known to us”.",
    ],
    expected: [
      ["It was a senseless act,", "Ruth Okafor"],
      ["We are grateful to the neighbors.", "Ruth Okafor"],
      ["We went out at first light,", "Ian Brandt"],
      ["safe and well", "Lena Marsh"],
      ["was not known to us", "Owen Pike"],
    ],
  },
  {
    construction:
      "a spokesperson for the UK’s Environment Agency said: a body's name after a possessive in the " +
      "office's complement is whom the office serves, the office speaks; negatives: the body alone, " +
      "a body opening the sentence, a person's name after a possessive, a name after the comma",
    paragraphs: [
      "A spokesperson for the UK’s Environment Agency said it was “aware of the reports”.",
      "An official at China’s Ministry of Commerce said the curbs were “temporary”.",
      "A spokesman for the county’s Health Department said the water was “safe to drink”.",
      "“The rules are under review,” a spokeswoman for Britain’s Home Office told reporters.",
      "Ireland’s Department of Health said the scheme would “go ahead”.",
      "A friend of Labour’s Ann Cole said the loss was “a shame”.",
      "A spokesman for Canada’s Transport Ministry, Paul Roy, said the fines were “fair”.",
    ],
    expected: [
      ["aware of the reports", "A spokesperson for the UK’s Environment Agency"],
      ["temporary", "An official at China’s Ministry of Commerce"],
      ["safe to drink", "A spokesman for the county’s Health Department"],
      ["The rules are under review,", "a spokeswoman for Britain’s Home Office"],
      ["go ahead", "Department of Health"],
      ["a shame", "Ann Cole"],
      ["fair", "Paul Roy"],
    ],
  },
  {
    construction:
      "Solicitor X Y, defending, said: an occupation capitalised as a title before a full name is no part " +
      "of the name, as for Barrister",
    paragraphs: [
      "Judge Marian Lowry said she had read the reports.",
      "Solicitor Sarah Ryan, defending, said her client had “genuinely engaged” with services.",
      "Barrister Tom Price said the case against him was “weak”.",
    ],
    expected: [
      ["genuinely engaged", "Sarah Ryan"],
      ["weak", "Tom Price"],
    ],
  },
  {
    construction:
      "A report by X published last month said / A review in X last year called: the document as " +
      "named, without the time words and the participle that dates it",
    paragraphs: [
      "A report by the National Audit Office published last week said the scheme was “poorly " +
        "targeted from the start”.",
      "A review of the album in The Guardian last year called it “a quiet triumph”.",
      "A study released yesterday found that rents had risen “faster than at any time on record”.",
    ],
    expected: [
      ["poorly targeted from the start", "A report by the National Audit Office"],
      ["a quiet triumph", "A review of the album in The Guardian"],
      ["faster than at any time on record", "A study"],
    ],
  },
  {
    construction:
      "X’s Waikato public health unit said: a place's name before lower-case words ending on a body's " +
      "noun qualifies the body, which speaks; a person before such words is no place (negative)",
    paragraphs: [
      "Te Whatu Ora’s Waikato public health unit said in a statement the bloom posed “a real risk”.",
      "Sarah Ryan said the health unit was “a shambles”.",
    ],
    expected: [
      ["a real risk", "Te Whatu Ora’s Waikato public health unit"],
      ["a shambles", "Sarah Ryan"],
    ],
  },
  {
    construction:
      "A shopkeeper at the bus rank said prices had slowed. “…,” he said: the description ends at its " +
      "verb of saying, not at the reported clause's auxiliary",
    paragraphs: [
      "Trade in the town has fallen since the mine cut its shifts.",
      "A shopkeeper at the bus rank said prices had already slowed. “It is bad,” he said.",
    ],
    expected: [["It is bad,", "A shopkeeper at the bus rank"]],
  },
  {
    construction:
      "The Department said, five paragraphs after the Department of Health: a body's noun alone, " +
      "capitalised, is the body of that noun named last, however far back",
    paragraphs: [
      "The Department of Health confirmed eleven cases on Monday.",
      "Residents were worried.",
      "Schools stayed open.",
      "The mayor met families.",
      "Shops closed early.",
      "The Department said in a statement that tests “confirm the presence of the bacteria”.",
    ],
    expected: [["confirm the presence of the bacteria", "The Department of Health"]],
  },
  {
    construction:
      "the Department of Environment, Tourism, Science and Innovation said: a body's name whose " +
      "complement lists four fields with commas is one name, however many items the list holds; a " +
      "list of names after a person's name still lists people",
    paragraphs: [
      "In a statement, the Department of Environment, Tourism, Science and Innovation said the " +
        "animal had been “approaching people in the water”.",
      "The Ministry of Health, Welfare, Sport, Culture and Tourism said the season would be “the " +
        "busiest yet”.",
      "Organiser Tom Reilly, Ann Boyd and Joe Bloggs met the minister. Ms Boyd said the plan was " +
        "“a good start”.",
    ],
    expected: [
      ["approaching people in the water", "the Department of Environment, Tourism, Science and Innovation"],
      ["the busiest yet", "The Ministry of Health, Welfare, Sport, Culture and Tourism"],
      ["a good start", "Ann Boyd"],
    ],
  },
  {
    construction:
      "Transport for West Midlands said testing had revealed “…” on the line, which would need “…”: a " +
      "body whose name holds 'for' opens the sentence; the preposition is no viewpoint (only one " +
      "opening the sentence, or after a conjunction, is: But for Maisie Roe, it was “…”)",
    paragraphs: [
      "Transport for West Midlands said testing had revealed “issues with the power supply” on the " +
        "stretch near the town centre, which would need “further work before passengers can travel”.",
      "Doctors for Climate Action said the heat was “a public health emergency” for the town, which " +
        "faced “weeks of it”.",
      "But for Maisie Roe, the day was “a dream come true”.",
    ],
    expected: [
      ["issues with the power supply", "Transport for West Midlands"],
      ["further work before passengers can travel", "Transport for West Midlands"],
      ["a public health emergency", "Doctors for Climate Action"],
      ["weeks of it", "Doctors for Climate Action"],
      ["a dream come true", "Maisie Roe"],
    ],
  },
  {
    construction:
      "“…,” warned James Cook University crocodile researcher Dr Hamish Doyle: a body's name that " +
      "reads as a person's (James Cook) before a person's role and name is where that person works; " +
      "the person speaks. A body alone, or a person of a body after it, keeps its own reading",
    paragraphs: [
      "“Removing one animal doesn’t make the beach safe,” warned James Cook University crocodile " +
        "researcher Dr Hamish Doyle.",
      "Charles Sturt University senior lecturer Mary Quinn said the data were “patchy at best”.",
      "“Rates will stay on hold,” said the Federal Reserve Bank.",
      "“It is too early,” said Ana Ruiz of the Federal Reserve Bank.",
    ],
    expected: [
      ["Removing one animal doesn’t make the beach safe,", "Hamish Doyle"],
      ["patchy at best", "Mary Quinn"],
      ["Rates will stay on hold,", "the Federal Reserve Bank"],
      ["It is too early,", "Ana Ruiz"],
    ],
  },
  {
    construction:
      "standing counsel Adv Jolly Mathew submitted: Adv (advocate), as Indian and South African papers " +
      "write a lawyer's title, is split off the name, with or without its point",
    paragraphs: [
      "Appearing for the council, standing counsel Adv Jolly Mathew submitted that the traders had " +
        "returned “within a week”.",
      "Adv. Priya Nair, for the petitioner, said the order was “long overdue”.",
    ],
    expected: [
      ["within a week", "Jolly Mathew"],
      ["long overdue", "Priya Nair"],
    ],
  },
  {
    construction:
      "the Corporation said, two paragraphs after the Kochi Corporation: a body's noun alone stands " +
      "for the body named before whose name closes on it, as for one whose name opens on it",
    paragraphs: [
      "The court directed the Kochi Corporation to remove the stalls within four weeks.",
      "Residents said the footpaths had been blocked for years.",
      "In a statement, the Corporation said it would “comply fully” with the order.",
    ],
    expected: [["comply fully", "the Kochi Corporation"]],
  },
  {
    construction:
      "X said, however, that … “…”: a few words set off by commas between the verb and its that leave the " +
      "quote in the clause of the verb's subject, not of the person named before",
    paragraphs: [
      "Mayor Ada Lunn opened the meeting. Engineer Tom Reyes said, however, that the bridge was “beyond " +
        "repair”.",
    ],
    expected: [["beyond repair", "Tom Reyes"]],
  },
  {
    construction:
      "the former … the latter: each counts the two people named together before it, in their order, " +
      "with a said or a colon",
    paragraphs: [
      "Mayor Tom Reyes met Senator Bill Adams on Monday. The former called the talks “very useful”. The " +
        "latter was blunter: “We are far apart.”",
    ],
    expected: [
      ["very useful", "Tom Reyes"],
      ["We are far apart.", "Bill Adams"],
    ],
  },
  {
    construction:
      "“…,” the former said after two men named one sentence each: the pair is counted across the two " +
      "sentences, in reading order; a pair named together stays the pair when one is named again alone",
    paragraphs: [
      "Tom Baker, 58, lost four heifers in March. His neighbour Mark Hollis had a bull stolen. “We found " +
        "the carcasses in the morning,” the former said.",
      "Mayor Tom Reyes met Senator Bill Adams to sign the deal. Tom Reyes praised the staff. “It is a good " +
        "deal,” the former said.",
    ],
    expected: [
      ["We found the carcasses in the morning,", "Tom Baker"],
      ["It is a good deal,", "Tom Reyes"],
    ],
  },
  {
    construction:
      "“…,” the junior said after a goalie and a captain, a junior, both men: a college class year " +
      "(personNouns) refers back to whom the article gave it",
    paragraphs: [
      "Goalie Sam Price made 30 saves against captain Tom Reyes, a junior. Reyes was hard on himself. " +
        "“I should have scored,” the junior said.",
    ],
    expected: [["I should have scored,", "Tom Reyes"]],
  },
  {
    construction:
      "negative: “…,” a senior official said: an unnamed source introduced by the class-year word",
    paragraphs: [
      "The plan was criticised on Monday. “It will not survive the winter,” a senior official said.",
    ],
    expected: [["It will not survive the winter,", "a senior official"]],
  },
  {
    construction:
      "Goaltender Owen Fitzgerald, Pitcher Ann Lee: a player's position capitalised at a sentence's start " +
      "before a full name is no part of the name",
    paragraphs: [
      "Goaltender Owen Fitzgerald made 38 saves. Fitzgerald admitted he had “guessed and got lucky” on " +
        "that one.",
      "Pitcher Ann Lee threw 90 pitches. “My arm is fine,” Lee said.",
    ],
    expected: [
      ["guessed and got lucky", "Owen Fitzgerald"],
      ["My arm is fine,", "Ann Lee"],
    ],
  },
  {
    construction:
      "Overager Mason Leclair, Forward Ana Ruiz, Defenceman Tom Beck: a player's standing or position " +
      "capitalised at a sentence's start before a full name is no part of the name",
    paragraphs: [
      "Overager Mason Leclair scored twice. “We just kept coming,” Leclair said after the game.",
      "Forward Ana Ruiz added a goal. “It was a team effort,” Ruiz said.",
      "Defenceman Tom Beck blocked six shots. “That is my job,” Beck said.",
    ],
    expected: [
      ["We just kept coming,", "Mason Leclair"],
      ["It was a team effort,", "Ana Ruiz"],
      ["That is my job,", "Tom Beck"],
    ],
  },
  {
    construction:
      "negative: the club moved forward: the position's word in lower case inside a sentence names no one",
    paragraphs: ["The club moved forward with the plan. “We are ready,” Mason Leclair said."],
    expected: [["We are ready,", "Mason Leclair"]],
  },
  {
    construction:
      "admitted the Timmins native, said the New York resident: a place's name before a noun for who is " +
      "from it or lives there means the paragraph's subject, not someone named after them",
    paragraphs: [
      "Rookie goaltender Evan Prue made 31 saves.",
      "Prue, 17, got the start when veteran Noah Gauthier was scratched. “Honestly, I didn’t sleep,” " +
        "admitted the Timmins native.",
      "Dana Ortiz moved to Ohio after meeting Carl Reyes. “I miss the subway,” said the New York resident.",
    ],
    expected: [
      ["Honestly, I didn’t sleep,", "Evan Prue"],
      ["I miss the subway,", "Dana Ortiz"],
    ],
  },
  {
    construction: "negative: said the Leeds residents: several residents are no one person named before",
    paragraphs: [
      "Councillor Ann Hope visited the estate. “We were ignored for years,” said the Leeds residents.",
    ],
    expected: [["We were ignored for years,", "the Leeds residents"]],
  },
  {
    construction:
      "the force said after Devon and Cornwall Police: British papers' word for the police force named " +
      "before",
    paragraphs: [
      "Devon and Cornwall Police said the woman was walking home. In a statement, the force said she " +
        "suffered “a fractured wrist and significant bruising”.",
      "West Midlands Police said a man had been arrested. “Enquiries are ongoing,” the force said.",
    ],
    expected: [
      ["a fractured wrist and significant bruising", "Devon and Cornwall Police"],
      ["Enquiries are ongoing,", "West Midlands Police"],
    ],
  },
  {
    construction:
      "the regulator / the agency / the utility said after a body named before: a reporter's word for the " +
      "kind of body is the body named last",
    paragraphs: [
      "The Office of Rail and Road fined the operator £2m on Tuesday.",
      "The regulator said the failures were “serious and repeated”.",
    ],
    expected: [["serious and repeated", "The Office of Rail and Road"]],
  },
  {
    construction: "the agency said in its own paragraph after the body the paragraph before named",
    paragraphs: [
      "The Marine Management Organisation closed two fishing grounds on Sunday.",
      "In an update, the agency said stocks were “close to collapse”.",
    ],
    expected: [["close to collapse", "The Marine Management Organisation"]],
  },
  {
    construction:
      "the utility said after a body named in the same paragraph, past its office written after a " +
      "possessive",
    paragraphs: [
      "Yorkshire Water Authority closed its office in Leeds on Monday. The utility said the move would " +
        "save “about £1m a year”.",
    ],
    expected: [["about £1m a year", "Yorkshire Water Authority"]],
  },
  {
    construction: "negative: A regulator in Brussels after Ofcom: an indefinite epithet is someone else",
    paragraphs: [
      "Ofcom opened an inquiry on Monday. A regulator in Brussels, who asked not to be named, said the " +
        "rules were “too loose”.",
    ],
    expected: [["too loose", "A regulator"]],
  },
  {
    construction:
      "X in its latest bulletin / in a letter to the editor said: a document adjunct between the subject " +
      "and its verb says where it was said, and is no part of the speaker; the body's noun alone is the " +
      "body named before",
    paragraphs: [
      "Exports fell again, according to the Coffee Board. The Board in its latest bulletin said growers " +
        "faced “the worst season in a decade”.",
      "The Water Services Regulation Authority in a statement on Friday said the fines were “long " +
        "overdue”.",
      "A reader in a letter to the editor said the new car park was “a blot on the harbour”.",
    ],
    expected: [
      ["the worst season in a decade", "the Coffee Board"],
      ["long overdue", "The Water Services Regulation Authority"],
      ["a blot on the harbour", "A reader"],
    ],
  },
  {
    construction: "negative: The authors of the report said: the document a complement names says who speaks",
    paragraphs: ["The authors of the report said the findings were “robust”."],
    expected: [["robust", "The authors of the report"]],
  },
  {
    construction:
      "Priya Natarajan attended …, then she said after another woman quoted: one named in full for the " +
      "first time as the sentence's subject is whom the next pronoun means",
    paragraphs: [
      "Linda Carraway, the provost, said she respected the vote. “Doing nothing is a decision,” she wrote.",
      "Priya Natarajan attended the meeting with a sign. “I came here because of this department,” she " +
        "said.",
    ],
    expected: [
      ["Doing nothing is a decision,", "Linda Carraway"],
      ["I came here because of this department,", "Priya Natarajan"],
    ],
  },
  {
    construction: "negative: a person named before opens the sentence: the last speaker keeps the pronoun",
    paragraphs: [
      "Linda Carraway, the provost, said she respected the vote. Priya Natarajan had asked her to resign.",
      "Linda Carraway attended the meeting with Natarajan. “I stand by the review,” she said.",
    ],
    expected: [["I stand by the review,", "Linda Carraway"]],
  },
  {
    construction:
      "negative: two people named for the first time in one sentence, each reported speaking: the " +
      "pronoun after them is the one who spoke last, not the first named",
    paragraphs: [
      "“We open at nine,” said Ada Brown.",
      "School Board Chair Tom Reed said the district spent $90,000 on the roof, and Facilities Director " +
        "Paul Grant said his staff did most of the work over the summer. “We worked through the heat,” he " +
        "said.",
    ],
    expected: [
      ["We open at nine,", "Ada Brown"],
      ["We worked through the heat,", "Paul Grant"],
    ],
  },
  {
    construction:
      "Hajiya Hauwa Abubakar, Alhaji Musa Bello: northern Nigeria's honorifics before a name are no part " +
      "of it",
    paragraphs: [
      "Hajiya Hauwa Abubakar sat beside her daughter. “We came at night,” Hauwa Abubakar said.",
      "Alhaji Musa Bello, a trader, said: “Prices have doubled.”",
    ],
    expected: [
      ["We came at night,", "Hauwa Abubakar"],
      ["Prices have doubled.", "Musa Bello"],
    ],
  },
  {
    construction:
      "The council's notice had warned that … “…”: a document a body's possessive owns speaks as " +
      "written, not as the body named before; negative: the council's spokesman is no document",
    paragraphs: [
      "The High Court has stopped Blantyre City Council from relocating vendors.",
      "The council's notice had warned that goods would be “confiscated and disposed of”.",
    ],
    expected: [["confiscated and disposed of", "The council's notice"]],
  },
  {
    construction:
      "The ministry's draft guideline says … “…”: the document a body's possessive owns is the phrase's " +
      "head, past a modifier, and a body whose name holds commas is not its speaker",
    paragraphs: [
      "Deepak Raj Adhikari is a joint secretary at the Ministry of Education, Science and Technology.",
      "The ministry's draft guideline says schools should merge only within “one hour's walking " +
        "distance” for pupils.",
      "The ministry's new guidelines say classes should hold “no more than forty” children.",
    ],
    expected: [
      ["one hour's walking distance", "The ministry's draft guideline"],
      ["no more than forty", "The ministry's new guidelines"],
    ],
  },
  {
    construction:
      "The Department of Culture and Tourism – Abu Dhabi said: a spaced dash inside a body's name, as " +
      "between its two names, ends no phrase; negative: a name between dashes after a title",
    paragraphs: [
      "The Department of Culture and Tourism – Abu Dhabi said the archive would “document and share " +
        "the living memory of the emirate”.",
      "The minister – Ann Lee – said the museum would stay “open to all”.",
    ],
    expected: [
      [
        "document and share the living memory of the emirate",
        "The Department of Culture and Tourism – Abu Dhabi",
      ],
      ["open to all", "Ann Lee"],
    ],
  },
  {
    construction:
      "Police in Kaleen, Giralang and Belconnen said: a list of places a preposition governs is one " +
      "subject with its noun; negative: a list of people after a place, and a conjunction joining clauses",
    paragraphs: [
      "Police in Kaleen, Giralang and Belconnen said the storm had caused “significant damage” overnight.",
      "Residents of Kaleen, Giralang and Florey said the hail was “like bricks”.",
      "She met with Ann Lee and Tom Hale. “It went well,” said Tom Hale.",
    ],
    expected: [
      ["significant damage", "Police in Kaleen, Giralang and Belconnen"],
      ["like bricks", "Residents of Kaleen, Giralang and Florey"],
      ["It went well,", "Tom Hale"],
    ],
  },
  {
    construction:
      "The Council said, after Dublin City Council: a body's noun alone, capitalised, for a name closing " +
      "on it is that name as the article writes it, without the short form's determiner",
    paragraphs: [
      "Dublin City Council approved the plan on Monday.",
      "The Council said the plan would bring “real change” to the area.",
    ],
    expected: [["real change", "Dublin City Council"]],
  },
  {
    construction:
      "wanted “…” at how the blind-trust rules would apply (a noun after a determiner and a modifier, " +
      "before an auxiliary, is no speech verb)",
    paragraphs: [
      "Liberal MP Priya Sandhu told the House the government wanted “a closer look” at how the " +
        "blind-trust rules would apply to MPs.",
      "Judge Ann Roy, the senior judge, rules “the appeal is out of time”.",
    ],
    expected: [
      ["a closer look", "Priya Sandhu"],
      ["the appeal is out of time", "Ann Roy"],
    ],
  },
  {
    construction: "An unnamed person at Sunday's preview said: the occasion is no part of their description",
    paragraphs: [
      "A long-time subscriber at Sunday’s preview was blunter: “Newtown has been written off a hundred " +
        "times.”",
      "“We waited three hours,” said a commuter on Monday.",
      "“We are still here,” said a volunteer at Friday’s vigil.",
    ],
    expected: [
      ["Newtown has been written off a hundred times.", "A long-time subscriber"],
      ["We waited three hours,", "a commuter"],
      ["We are still here,", "a volunteer"],
    ],
  },
  {
    construction:
      "said a friend of hers, a nurse at the hospital (negatives): a complement says who they are",
    paragraphs: [
      "“She never gave up,” said a friend of hers.",
      "“The ward was full,” said a nurse at the hospital.",
    ],
    expected: [
      ["She never gave up,", "a friend of hers"],
      ["The ward was full,", "a nurse at the hospital"],
    ],
  },
  {
    construction:
      "Wollongong Police District crime manager Gavin Pryce said: a district's name before a role is where " +
      "the person named after it works",
    paragraphs: [
      "Wollongong Police District crime manager Detective Inspector Gavin Pryce said the raid had been " +
        "filmed. “This was planned,” he said.",
      "“The levee held,” said Sacramento Water District general manager Tom Hale.",
      "“We need more buses,” the Fairfax County School District said in a statement.",
    ],
    expected: [
      ["This was planned,", "Gavin Pryce"],
      ["The levee held,", "Tom Hale"],
      ["We need more buses,", "the Fairfax County School District"],
    ],
  },
  {
    construction:
      "Sen. Dan Hoeger, R-Spencer,: a party's initial joined to a town after a name is no one's name, and " +
      "a description later goes to the person named",
    paragraphs: [
      "Sen. Janet Voss, D-Iowa City, called the bill “a tax shift.” Sen. Lorraine Bettis, D-Waterloo, said " +
        "her city had closed a fire station. “Waterloo has nothing left to trim,” she said.",
      "Rep. Tom Ruddick, R-Ankeny, listened. “We will draft our own,” the lawmaker said.",
    ],
    expected: [
      ["a tax shift.", "Janet Voss"],
      ["Waterloo has nothing left to trim,", "Lorraine Bettis"],
      ["We will draft our own,", "Tom Ruddick"],
    ],
  },
  {
    construction:
      "‘…,’ says a nurse in a headline, the same words in the body said by a named nurse: the entry " +
      "takes the name",
    paragraphs: [
      ["headline", "‘We are out of beds,’ says a nurse"],
      "The ward closed on Monday. “We are out of beds. Nobody told us,” said Claire Dumas, a nurse for " +
        "twenty years.",
    ],
    expected: [
      ["We are out of beds,", "Claire Dumas"],
      ["We are out of beds. Nobody told us,", "Claire Dumas"],
    ],
  },
  {
    construction:
      "standfirst: The council says “…”, the text naming Dublin City Council (the short form's body)",
    paragraphs: [
      ["standfirst", "The council says the plan is “the only way forward”."],
      "Dublin City Council approved the plan on Monday after a long debate.",
    ],
    expected: [["the only way forward", "Dublin City Council"]],
  },
  {
    construction:
      "A fan leaving the ground said: a participle clause of what the unnamed speaker was doing is left out",
    paragraphs: [
      "One long-time member leaving the ground summed up the mood: “Same old Cats. We never learn.”",
      "A man waiting for the bus said the service was “a disgrace every single morning”.",
      "An official speaking on condition of anonymity said the talks had “stalled badly”.",
    ],
    expected: [
      ["Same old Cats. We never learn.", "One long-time member"],
      ["a disgrace every single morning", "A man"],
      ["stalled badly", "An official"],
    ],
  },
  {
    construction:
      "A leading economist said, a member of the ruling party said: an -ing word before the noun stays " +
      "(negative)",
    paragraphs: [
      "A leading economist said the plan was “a recipe for disaster”.",
      "A member of the ruling party said the vote was “a foregone conclusion”.",
      "A housing official said the waiting list was “longer than ever”.",
    ],
    expected: [
      ["a recipe for disaster", "A leading economist"],
      ["a foregone conclusion", "A member of the ruling party"],
      ["longer than ever", "A housing official"],
    ],
  },
  {
    construction:
      "A rogue trader who told them their roofs were “…” has been jailed. Then Name, 52, of Town, …: the " +
      "lede's description is the person the next paragraph opens on",
    paragraphs: [
      "A man who told police he was “only borrowing” a neighbour’s car has been fined.",
      "Liam Doyle, 24, of Bray, admitted the offence at the district court.",
    ],
    expected: [["only borrowing", "Liam Doyle"]],
  },
  {
    construction:
      "A council spokesperson said “…”, then Name, a nurse, …: someone with a role the next paragraph " +
      "brings in (negative)",
    paragraphs: [
      "A council spokesperson said the road was “simply unsafe for children”.",
      "Jane Hale, a nurse who lives nearby, said she had complained twice.",
    ],
    expected: [["simply unsafe for children", "A council spokesperson"]],
  },
  {
    construction:
      "a text from Ms X which read: “…” / a report from Dr X reads: the person a document is from speaks",
    paragraphs: [
      "He had emailed the owner, Siobhán Kiely, asking to be paid. That evening he received a text from " +
        "Ms Kiely which read: “Not working out. Don’t come in tomorrow.”",
      "A report from Dr Anna Price reads: “The river is in poor health.”",
    ],
    expected: [
      ["Not working out. Don’t come in tomorrow.", "Siobhán Kiely"],
      ["The river is in poor health.", "Anna Price"],
    ],
  },
  {
    construction: "A statement from the ministry read: “…” (negative: a body's document speaks as written)",
    paragraphs: ["A statement from the ministry read: “The plan is on track.”"],
    expected: [["The plan is on track.", "A statement from the ministry"]],
  },
  {
    construction: "An aide who asked not to be named said … “…”: the relative clause's verb reports nothing",
    paragraphs: [
      "An aide who asked not to be named said the plan was “dead on arrival”.",
      "A woman who said her son had called it “a disgrace” was in tears.",
    ],
    expected: [
      ["dead on arrival", "An aide"],
      ["a disgrace", "A woman"],
    ],
  },
  {
    construction:
      "Name, a partner at the fund, said she …, “…,” she said: an office at a body in apposition keeps the " +
      "name a person's, whom the pronoun means rather than the other woman named",
    paragraphs: [
      "Clodagh Byrne, the chief executive, said the money would pay for a new line. “We were turning " +
        "down orders,” she said.",
      "The round was led by Atlas. Niamh Walsh, a partner at the fund who will join the board, said she " +
        "had first met Byrne at a trade fair. “She had a van and a stand,” she said.",
      "Mary Quinn, an analyst at the bank, said she had warned Byrne. “It was a big bet,” she said.",
    ],
    expected: [
      ["We were turning down orders,", "Clodagh Byrne"],
      ["She had a van and a stand,", "Niamh Walsh"],
      ["It was a big bet,", "Mary Quinn"],
    ],
  },
  {
    construction:
      "Name, the recruitment firm for engineers, said its …, “…,” it said: a body's own apposition, a " +
      "person noun in its complement, still makes the name a body's (negative)",
    paragraphs: [
      "Harvey Nash, the recruitment firm for engineers, said its staff were “badly overworked”. “We " +
        "cannot hire fast enough,” it said.",
    ],
    expected: [
      ["badly overworked", "Harvey Nash"],
      ["We cannot hire fast enough,", "Harvey Nash"],
    ],
  },
  {
    construction:
      "The 45-year-old is confident: “…” (an age noun as the subject before a colon, no speech verb)",
    paragraphs: [
      "The barn on Karl Hubert's farm burned down overnight. Forty firefighters fought the blaze.",
      "The 45-year-old is confident: “The new barn will stand by winter.”",
    ],
    expected: [["The new barn will stand by winter.", "Karl Hubert"]],
  },
  {
    construction:
      "“…,” the carpenter shouted, after a man named with no role (a trade noun the lexicon knows)",
    paragraphs: [
      "Mayor Anton Keller opened the meeting. “We have to save,” he said.",
      "Then Paul Brunner from the upper village stood up. “This hits the wrong people,” the carpenter " +
        "shouted.",
    ],
    expected: [
      ["We have to save,", "Anton Keller"],
      ["This hits the wrong people,", "Paul Brunner"],
    ],
  },
  {
    construction: "“…,” Karen Carpenter said (negative: a trade noun that is a surname stays a name)",
    paragraphs: ["“I sang,” Karen Carpenter said. “I played,” Carpenter added."],
    expected: [
      ["I sang,", "Karen Carpenter"],
      ["I played,", "Karen Carpenter"],
    ],
  },
  {
    construction: "The report was released on Monday. It says … “…”: “it” takes up the document subject",
    paragraphs: [
      "Mayor Tom Reyes spoke on Friday. The report was released on Monday. It says the plan is “deeply " +
        "flawed”.",
      "Jane Doe chairs the board. The study was published on Tuesday. It says that the river is “in very " +
        "poor health”.",
    ],
    expected: [
      ["deeply flawed", "The report"],
      ["in very poor health", "The study"],
    ],
  },
  {
    construction: "The report was handed to Mayor X. “…,” he said (negative: a person of his gender)",
    paragraphs: ["The report was handed to Mayor Tom Reyes on Monday. “We will act fast,” he said."],
    expected: [["We will act fast,", "Tom Reyes"]],
  },
  {
    construction: "A fisherman who … summed it up on the quay: “…” (an unnamed subject, no speech verb)",
    paragraphs: [
      "Harbour master Tom Reilly said the ferry would sail on Monday.",
      "A fisherman who has worked the bay for thirty years summed it up on the quay: “Nobody crosses in " +
        "this wind.”",
    ],
    expected: [["Nobody crosses in this wind.", "A fisherman"]],
  },
  {
    construction: "X spoke with a fisherman: “…” (negative: an indefinite object, the named subject speaks)",
    paragraphs: [
      "Harbour master Tom Reilly spoke with a fisherman on the quay: “The ferry sails on Monday.”",
    ],
    expected: [["The ferry sails on Monday.", "Tom Reilly"]],
  },
  {
    construction:
      "said Garda X Y: the Irish police rank before a name (negatives: a body's name closing on its " +
      "noun keeps the word a title would be, An Garda Síochána, General Motors)",
    paragraphs: [
      "“He looked straight at us,” said Garda Niamh Power.",
      "Garda Aoife Kiely told the court: “I never thought I would be hurt.”",
      "“Inquiries are continuing,” said An Garda Síochána in a statement.",
      "“Sales rose in every region,” General Motors said.",
    ],
    expected: [
      ["He looked straight at us,", "Niamh Power"],
      ["I never thought I would be hurt.", "Aoife Kiely"],
      ["Inquiries are continuing,", "An Garda Síochána"],
      ["Sales rose in every region,", "General Motors"],
    ],
  },
  {
    construction: "Mayor X and Senator Y met: two people joined by and, each with the title before them",
    paragraphs: [
      "Mayor Tom Reyes and Senator Bill Adams met on Monday. “We agree on the budget,” Reyes said.",
      "“We will vote for it,” the senator said.",
      "Councillor Tom Kerr and Police Commissioner Karen Whitacre toured the estate. “We need more " +
        "patrols,” Whitacre said. “We will pay for them,” the councillor said.",
      "Jack Brennan and Bill Fahey run the yard. “It was a hard year,” Jack Brennan said.",
    ],
    expected: [
      ["We agree on the budget,", "Tom Reyes"],
      ["We will vote for it,", "Bill Adams"],
      ["We need more patrols,", "Karen Whitacre"],
      ["We will pay for them,", "Tom Kerr"],
      ["It was a hard year,", "Jack Brennan"],
    ],
  },
  {
    construction: "the Fish and Wildlife Service said “…” (negative: and inside a body's name stays)",
    paragraphs: [
      "Inspector Jack Brennan and the Fish and Wildlife Service opened an inquiry. The Fish and Wildlife " +
        "Service said the deaths were “deeply concerning”.",
      "The Finance and Planning Bill passed on Monday. Tom Reyes said the bill was “long overdue”.",
    ],
    expected: [
      ["deeply concerning", "The Fish and Wildlife Service"],
      ["long overdue", "Tom Reyes"],
    ],
  },
  {
    construction: "Senate passes bill; sponsor calls it ‘…’: the quote's own clause has its own subject",
    paragraphs: [
      ["headline", "Senate passes housing bill; sponsor calls it ‘long overdue’"],
      "The Senate voted 30-8 on Tuesday to cap rent rises. “Renters waited long enough,” said Karen " +
        "Whitacre, the bill’s sponsor.",
    ],
    expected: [
      ["long overdue", "Karen Whitacre"],
      ["Renters waited long enough,", "Karen Whitacre"],
    ],
  },
  {
    construction: "Te Rūnanga o Ngāi Tahu says: a lower-case Māori particle inside a body's name",
    paragraphs: [
      "Te Rūnanga o Ngāi Tahu, which co-manages the programme, says in a statement that the bird is " +
        "“a taonga for all of us”.",
      "“It is a good year,” said Dr Aroha Tipene of Te Rūnanga o Ngāti Porou.",
    ],
    expected: [
      ["a taonga for all of us", "Te Rūnanga o Ngāi Tahu"],
      ["It is a good year,", "Aroha Tipene"],
    ],
  },
  {
    construction: "X, 79, and her neighbour Y, 38 … said the pensioner (a retiree: the one old enough)",
    paragraphs: [
      "At the bus stop, Margaret Hughes, 79, and her neighbour Emma Clarke, 38, had waited an hour. " +
        "“I missed my appointment,” said the pensioner.",
    ],
    expected: [["I missed my appointment,", "Margaret Hughes"]],
  },
  {
    construction: "Kumasi-based Nkabom Ltd: a name joined to a participle describes the name after it",
    paragraphs: [
      "London-based Acme Holdings Ltd will cut 200 jobs. The company said it faced “brutal” costs.",
      "Texas-born Jane Smith, a lawyer, said the ruling was “outrageous”.",
      "Oxford-educated economist Priya Nair said the plan was “a gamble”.",
      // A given name's lower-case syllable after a hyphen is no participle: the name stays whole.
      "Lam Wai-ying has sung for 40 years. “We are tired,” Lam said.",
    ],
    expected: [
      ["brutal", "Acme Holdings Ltd"],
      ["outrageous", "Jane Smith"],
      ["a gamble", "Priya Nair"],
      ["We are tired,", "Lam Wai-ying"],
    ],
  },
  {
    construction: "the Year 6 pupil says: a class or a rank with its number is no body's name",
    paragraphs: [
      "First into the water was 10-year-old Mikaere Tapsell. “It’s colder than I remembered,” the Year 6 " +
        "pupil says.",
      "Hana Okafor, 16, finished first. “I trained every morning,” the Grade 11 student said.",
      // A body's numbered unit is a body's name: its officer is not the person named before.
      "Carla Ruiz chairs the branch. “We will strike on Monday,” the Local 241 president said.",
    ],
    expected: [
      ["It’s colder than I remembered,", "Mikaere Tapsell"],
      ["I trained every morning,", "Hana Okafor"],
      ["We will strike on Monday,", "the Local 241 president"],
    ],
  },
  {
    construction: "for what the callers described as “…”: the speaker's phrase starts after what",
    paragraphs: [
      "Over nine days he moved his savings into six accounts for what the callers described as " +
        "“verification”.",
      "The ferry was pulled for what officials described as “a hydraulic issue”.",
      "What the minister described as “a modest reform” will cost billions.",
    ],
    expected: [
      ["verification", "the callers"],
      ["a hydraulic issue", "officials"],
      ["a modest reform", "the minister"],
    ],
  },
  {
    construction: "‘…’ – Ana Costa: a headline quote signed after a dash by a name alone is that name's",
    paragraphs: [
      ["headline", "‘We will rebuild every house’ – Ana Costa"],
      "The storm destroyed 40 homes in the valley on Sunday night.",
    ],
    expected: [["We will rebuild every house", "Ana Costa"]],
  },
  {
    construction: "‘…’ – Ballyduff Lad storms Chase: a headline's words after the dash say what happened",
    paragraphs: [
      ["headline", "‘He is the best I have trained’ – Ballyduff Lad storms Betfair Chase"],
      "Ballyduff Lad won by six lengths at Haydock on Saturday.",
    ],
    expected: [["He is the best I have trained", null]],
  },
  {
    construction: "‘…’ – Wanderers boss fumes after loss: a description opening the words is no signature",
    paragraphs: [
      ["headline", "‘We gave them a goal and then another’ – Wanderers boss fumes after Stevenage loss"],
      "Bolton lost 2-1 at home to Stevenage on Saturday.",
    ],
    expected: [["We gave them a goal and then another", null]],
  },
  {
    construction: "‘…’ – X storms Gold Cup: a headline opening on an unclaimed quote: the first speaker's",
    paragraphs: [
      ["headline", "‘She is the best I have trained, by a distance’ – Moon Dancer storms Gold Cup"],
      "Moon Dancer won by six lengths at Cheltenham, giving Ruth Kelly her first Gold Cup.",
      "‘I could not watch the last fence,’ said Kelly, who trains 30 horses near Lambourn.",
      "Sean Byrne was on his second ride in the race. ‘She just flew,’ Byrne said.",
    ],
    expected: [
      ["She is the best I have trained, by a distance", "Ruth Kelly"],
      ["I could not watch the last fence,", "Ruth Kelly"],
      ["She just flew,", "Sean Byrne"],
    ],
  },
  {
    construction: "Performers say they are ‘…’: a headline quote inside its clause is its subject's",
    paragraphs: [
      ["headline", "Performers say they are ‘going broke to be here’ as festival breaks record"],
      "Festival chief Nadia Kouris said ticket sales were “the best we have had”.",
      "Comedian Tilly Marchetti said she would lose $4000 this year.",
    ],
    expected: [
      ["going broke to be here", "Performers"],
      ["the best we have had", "Nadia Kouris"],
    ],
  },
  {
    construction:
      "“…,” shot back X / X hit back / X fired back: a retort's verb of attack with its back is speech",
    paragraphs: [
      "Housing minister Kendrick Ferguson opened the debate. Opposition MP Philip Rolle spoke next. " +
        "“You did nothing for five years,” Rolle said.",
      "“We will not be lectured by you,” shot back Ferguson, to shouts from the benches.",
      "“Read the bill first,” Ferguson hit back.",
      "Rolle fired back: “We wrote half of it.”",
    ],
    expected: [
      ["You did nothing for five years,", "Philip Rolle"],
      ["We will not be lectured by you,", "Kendrick Ferguson"],
      ["Read the bill first,", "Kendrick Ferguson"],
      ["We wrote half of it.", "Philip Rolle"],
    ],
  },
  {
    construction: "the gunman fired back at police after a quote (negative): shots, not words",
    paragraphs: ["“Get on the ground,” an officer shouted. The gunman fired back at police from the roof."],
    expected: [["Get on the ground,", "an officer"]],
  },
  {
    construction:
      "A senior official at the Ministry of X: an indefinite office, though qualified, names no holder",
    paragraphs: [
      "A senior official at the Ministry of Education, speaking on condition of anonymity, admitted " +
        "that the tender had been “badly mismanaged”.",
      "A junior official at the Ministry of Health said the wards were “close to collapse”.",
    ],
    expected: [
      ["badly mismanaged", "A senior official at the Ministry of Education"],
      ["close to collapse", "A junior official at the Ministry of Health"],
    ],
  },
  {
    construction: "the senior official at the Ministry of Finance Tan Wei (negative): a definite office's",
    paragraphs: [
      "The senior official at the Ministry of Finance Tan Wei said the plan was “not affordable”.",
    ],
    expected: [["not affordable", "Tan Wei"]],
  },
  {
    construction: "standfirst “…,” says troupe's lead performer: the body's lead performer named",
    paragraphs: [
      ["standfirst", "“We are not dying, we are just tired,” says troupe’s lead performer"],
      "The Golden Lotus Troupe will stage its final season next March.",
      "Lead performer Mei Chan-ling, 71, said rising rents had made the decision inevitable.",
    ],
    expected: [["We are not dying, we are just tired,", "Mei Chan-ling"]],
  },
  {
    construction: "standfirst “…,” says troupe’s performer, two performers in the body (negative)",
    paragraphs: [
      ["standfirst", "“We are just tired,” says troupe’s performer"],
      "Mei Chan-ling, a performer with the troupe since 1970, and Ho Kin-wah, a performer who joined " +
        "in 1990, were on stage.",
    ],
    expected: [["We are just tired,", "troupe’s performer"]],
  },
  {
    construction: "an agency had flagged “…”: a verb of pointing out a risk gives its subject's words",
    paragraphs: [
      "The rating agency ICRA had flagged “elevated working capital requirements” for food makers.",
      "Analysts at the bank flagged “a sharp slowdown in orders” last week.",
    ],
    expected: [
      ["elevated working capital requirements", "ICRA"],
      ["a sharp slowdown in orders", "Analysts at the bank"],
    ],
  },
  {
    construction: "fans waved flags reading “…” (negative): a flag's words are a sign's, nobody's quote",
    paragraphs: ["Fans waved flags reading “Go home” outside the ground."],
    expected: [],
  },
  {
    construction: "“…,” the district said after X District: a district is a body, like a service or a board",
    paragraphs: [
      "Hunter Valley Local Health District said it had opened eight beds. “We apologise to every " +
        "patient who waited,” the district said.",
      "The Riverside Unified School District closed two schools. “Safety comes first,” the district " +
        "said in a statement.",
    ],
    expected: [
      ["We apologise to every patient who waited,", "Hunter Valley Local Health District"],
      ["Safety comes first,", "The Riverside Unified School District"],
    ],
  },
  {
    construction: "a farmer in the district, a voter in the ward (negative): unnamed, a district is a place",
    paragraphs: [
      "Farmers in the Kurigram district have lost their crops. “We have nothing left,” said Abdul " +
        "Karim, a farmer in the district.",
      "A voter in the ward, who did not want to be named, said the count was “a shambles”.",
    ],
    expected: [
      ["We have nothing left,", "Abdul Karim"],
      ["a shambles", "A voter"],
    ],
  },
  {
    construction:
      "the 61-year-old said, two paragraphs after “Mark Dawson, 61,”, a mayor quoted between: the one " +
      "given that age, not the last speaker",
    paragraphs: [
      "Mark Dawson, 61, has run the hardware store on Main Street since 1989.",
      '"We will look at every option," said Mayor Linda Park.',
      '"I never thought I\'d see this day," the 61-year-old said.',
    ],
    expected: [
      ["We will look at every option,", "Linda Park"],
      ["I never thought I'd see this day,", "Mark Dawson"],
    ],
  },
  {
    construction:
      "One neighbour called it a “nightmare” in the standfirst, the word in a named woman's quote: hers",
    paragraphs: [
      ["standfirst", 'Residents say the noise has become unbearable. One neighbour called it a "nightmare".'],
      '"It is a nightmare, we cannot sleep," said Mary Lennon, who lives on the third floor.',
    ],
    expected: [
      ["nightmare", "Mary Lennon"],
      ["It is a nightmare, we cannot sleep,", "Mary Lennon"],
    ],
  },
  {
    construction:
      "the complainant … from a woman who …, then `the complainant told`: the one written of before, not " +
      "someone described only after",
    paragraphs: [
      "According to the police, the complainant was contacted on WhatsApp by a woman who said she was a " +
        "customs officer.",
      '"She knew my name, my address, everything," the complainant told the paper.',
      "Police said the complainant was approached on Friday by a woman who claimed to work for the tax " +
        "office.",
      '"She knew my date of birth and my bank," the complainant told reporters. "I believed every word."',
    ],
    expected: [
      ["She knew my name, my address, everything,", "the complainant"],
      ["She knew my date of birth and my bank,", "the complainant"],
      ["I believed every word.", "the complainant"],
    ],
  },
  {
    construction: "a man …, then her son visited … said the son: one brought in by a possessive, not the man",
    paragraphs: [
      "A man who said he was from the bank called her twice more that week.",
      'It stopped only when her son visited on Sunday. "She was terrified of the phone," said the son, ' +
        "who took her to the police.",
    ],
    expected: [["She was terrified of the phone,", "the son"]],
  },
  {
    construction:
      "negatives: a nurse … the nurse … the nurse said, a son named in apposition: the one described or " +
      "named first",
    paragraphs: [
      "A nurse at the clinic, who asked not to be named, said staff were exhausted. The nurse has worked " +
        "there for ten years.",
      '"We are running on empty," the nurse said.',
      'His son, David Ellis, 24, found him in the garage. "He was still breathing," said the son.',
    ],
    expected: [
      ["We are running on empty,", "A nurse at the clinic"],
      ["He was still breathing,", "David Ellis"],
    ],
  },
  {
    construction: "negative: Lorna Tate, a nurse … the nurse … the nurse said: the one named",
    paragraphs: [
      "Lorna Tate, a nurse at the hospice, said the rota had collapsed. The nurse has worked there " +
        "since 2009.",
      '"Nobody is coming to help us," the nurse said.',
    ],
    expected: [["Nobody is coming to help us,", "Lorna Tate"]],
  },
  {
    construction:
      "‘…’ …, says CQC over ‘…,’ the report said: the heading's speech verb names who issued the document",
    paragraphs: [
      ["headline", "‘Serious failings’ in maternity care at Northgate hospital, says CQC"],
      "Inspectors visited Northgate General Hospital in March. ‘Serious failings in how staff escalate " +
        "concerns put mothers at risk,’ the report said.",
    ],
    expected: [
      ["Serious failings", "CQC"],
      ["Serious failings in how staff escalate concerns put mothers at risk,", "the report"],
    ],
  },
  {
    construction:
      "‘…’ on protest, warns Amnesty International over ‘…,’ the statement said: the issuer named",
    paragraphs: [
      ["headline", "‘A chilling effect’ on protest, warns Amnesty International"],
      "The new law was passed last month. ‘A chilling effect on peaceful protest is already visible,’ the " +
        "statement said.",
    ],
    expected: [
      ["A chilling effect", "Amnesty International"],
      ["A chilling effect on peaceful protest is already visible,", "the statement"],
    ],
  },
  {
    construction:
      "negative: ‘…’, says Greenfield Council over ‘…,’ said a councillor named: the one the body names",
    paragraphs: [
      ["headline", "‘No more delays’ on the bypass, says Greenfield Council"],
      "The scheme was approved in 2019. ‘No more delays, the bypass starts in May,’ said Joan Avery, the " +
        "council’s leader.",
    ],
    expected: [
      ["No more delays", "Joan Avery"],
      ["No more delays, the bypass starts in May,", "Joan Avery"],
    ],
  },
  {
    construction: "“…,” said Del. Name, D-Place: a delegate's title abbreviated before the name",
    paragraphs: [
      "“We cannot keep signing blank checks,” said Del. Rosa Whitfield, D-Arlington, who wrote the bill. " +
        "“Not one more.”",
      "Del. Owen Brandt (R-Fauquier) said the plan was “dead on arrival” in the Senate.",
    ],
    expected: [
      ["We cannot keep signing blank checks,", "Rosa Whitfield"],
      ["Not one more.", "Rosa Whitfield"],
      ["dead on arrival", "Owen Brandt"],
    ],
  },
  {
    construction:
      "X found support from Name, who said …: a relative pronoun after a name, the object of another clause",
    paragraphs: [
      "The mayor found an ally in Councillor Ruth Ames, who said the levy was “long overdue.”",
      "The bill was backed by Dana Flores, who said the fees were “open to a second look.”",
    ],
    expected: [
      ["long overdue.", "Ruth Ames"],
      ["open to a second look.", "Dana Flores"],
    ],
  },
  {
    construction: "X heard from Name, apposition, who said …: the name before a verbless apposition",
    paragraphs: [
      "The chair heard from Sen. Paul Ortega, R-Yuma, who said the rules were “too loose by half.”",
      "Voters also heard from Lena Koch, a retired teacher, who called the plan “a gift to developers.”",
      "The board then heard from Joe Marsh, 61, who said he was “not against growth.”",
    ],
    expected: [
      ["too loose by half.", "Paul Ortega"],
      ["a gift to developers.", "Lena Koch"],
      ["not against growth.", "Joe Marsh"],
    ],
  },
  {
    construction:
      'negative: X worked with Name, a technician at Place, who said …: a place after "at" is no one',
    paragraphs: [
      "The researcher worked with Ann Lee, a technician at Salluit, who said the ground was “moving.”",
      "Hale met the mayor of Dorset, Tom Reyes, who said the road was “a death trap.”",
    ],
    expected: [
      ["moving.", "Ann Lee"],
      ["a death trap.", "Tom Reyes"],
    ],
  },
  {
    construction: "negative: a report by Name, which said …: which stands for the document, not the name",
    paragraphs: ["The figures come from a report by Ann Lee, which said the county was “out of money.”"],
    expected: [["out of money.", "a report by Ann Lee"]],
  },
  {
    construction:
      "Mrs Full Name … said Mrs Surname. Her daughter, Full Name, …: a shared surname is the one " +
      "named before it",
    paragraphs: [
      "Mrs Ann Moyo (61) said she had waited all day. “I left with nothing,” said Mrs Moyo. Her daughter, " +
        "Rose Moyo, said the clinic was full. “We cannot pay that,” she said.",
      "Peter Okafor said the road was flooded. “It has been like this for weeks,” said Mr Okafor. His son, " +
        "David Okafor, agreed. “We need a bridge,” he said.",
    ],
    expected: [
      ["I left with nothing,", "Ann Moyo"],
      ["We cannot pay that,", "Rose Moyo"],
      ["It has been like this for weeks,", "Peter Okafor"],
      ["We need a bridge,", "David Okafor"],
    ],
  },
  {
    construction: "according to a study published this week: a participle dated without a preposition",
    paragraphs: [
      "The bones were “deliberately shaped,” according to a study published this week in the journal " +
        "Antiquity.",
      "Prices rose “faster than expected,” according to a survey released last month by the central bank.",
      "The vaccine was “well tolerated,” according to a report published in The Lancet.",
    ],
    expected: [
      ["deliberately shaped,", "a study"],
      ["faster than expected,", "a survey"],
      ["well tolerated,", "a report"],
    ],
  },
  {
    construction: "One staff member, who …, said … “…,” she said: a determiner of one counts the person",
    paragraphs: [
      "The branch has four staff. One staff member, who did not want to be named, said they had been " +
        "offered roles elsewhere. “Most of us will take it,” she said.",
      "A crew member, who asked not to be named, said the engine had failed. “We drifted for hours,” " +
        "he said.",
    ],
    expected: [
      ["Most of us will take it,", "One staff member"],
      ["We drifted for hours,", "A crew member"],
    ],
  },
  {
    construction:
      "Police Scotland has apologised … the force said: a name opening on a body's noun is a body",
    paragraphs: [
      "Police Scotland has apologised to the family. In a statement, the force said it was “deeply sorry” " +
        "for the delay.",
      "“We will appeal,” said Police Commissioner Ann Lee.",
    ],
    expected: [
      ["deeply sorry", "Police Scotland"],
      ["We will appeal,", "Ann Lee"],
    ],
  },
  {
    construction: "said Lincolnshire ICB, Kent NHS said: a place then an acronym ending the phrase is a body",
    paragraphs: [
      "“The plan is unworkable,” said Lincolnshire ICB.",
      "“We are sorry for the delay,” Kent NHS said.",
      "“The road is a disgrace,” said Kent MP Rosie Duffield.",
    ],
    expected: [
      ["The plan is unworkable,", "Lincolnshire ICB"],
      ["We are sorry for the delay,", "Kent NHS"],
      ["The road is a disgrace,", "Rosie Duffield"],
    ],
  },
  {
    construction: "A man who lives across the road said: a noun that fits anyone keeps its relative clause",
    paragraphs: [
      "A man who lives across the road said he saw the car speed off “with no lights on”.",
      "A neighbour who lives behind the store said she heard “an almighty bang” at about 2am.",
    ],
    expected: [
      ["with no lights on", "A man who lives across the road"],
      ["an almighty bang", "A neighbour"],
    ],
  },
  {
    construction:
      "Ruma Sen Gupta, Priya Gov Rao: a title's abbreviation without its period inside a name is a surname",
    paragraphs: [
      "The reels were found by the director's daughter, Ruma Sen Gupta, 71. “He never spoke about this " +
        "film,” she said.",
      "“It was a shock,” said Anil Rep Kumar, the archive's curator.",
      "“We will act,” said Texas Sen Ted Cruz.",
      "“The vote is close,” said Sen. Cruz.",
    ],
    expected: [
      ["He never spoke about this film,", "Ruma Sen Gupta"],
      ["It was a shock,", "Anil Rep Kumar"],
      ["We will act,", "Ted Cruz"],
      ["The vote is close,", "Ted Cruz"],
    ],
  },
  {
    construction: "Full-forward Tyler Bassett: a compound ending on an office is a role before a name",
    paragraphs: [
      "Full-forward Tyler Bassett kicked four goals. “I thought my time had gone,” he said.",
      "Vice-captain Mia Kerr was blunt: “We were not good enough.”",
      "“It was a family affair,” said Lloyd-Webber Anna Price's manager.",
    ],
    expected: [
      ["I thought my time had gone,", "Tyler Bassett"],
      ["We were not good enough.", "Mia Kerr"],
      ["It was a family affair,", "Lloyd-Webber Anna Price's manager"],
    ],
  },
  {
    construction:
      "the hospital's management described …, the club's leadership said: a body's governing group speaks",
    paragraphs: [
      "In a letter to patients, the hospital's management described the increase as “unavoidable”.",
      "The club's leadership said the coach had been “a loyal servant”.",
      "Hospital management said the unit would close “for good”.",
    ],
    expected: [
      ["unavoidable", "the hospital's management"],
      ["a loyal servant", "The club's leadership"],
      ["for good", "Hospital management"],
    ],
  },
  {
    construction:
      "the ground, which a league spokesperson said was “…”: the relative clause's own subject speaks",
    paragraphs: [
      "A crowd of 4000 packed the ground, which a league spokesperson said was “the biggest in a decade”.",
      "The owner of a shop that burned down said it was “a disaster”.",
      "Fans filled the hall, which Ann Roy called “a record”.",
    ],
    expected: [
      ["the biggest in a decade", "a league spokesperson"],
      ["a disaster", "The owner of a shop"],
      ["a record", "Ann Roy"],
    ],
  },
  {
    construction:
      "the S.C. Office of Resilience: after a determiner, an acronym before a body's noun is its name's",
    paragraphs: [
      "According to the S.C. Office of Resilience, the beaches are “critically eroding.”",
      "The U.S. Department of Labor called the figures “troubling.”",
      "A spokesperson for the NHS said the wait was “unacceptable.”",
    ],
    expected: [
      ["critically eroding.", "the S.C. Office of Resilience"],
      ["troubling.", "The U.S. Department of Labor"],
      ["unacceptable.", "A spokesperson for the NHS"],
    ],
  },
  {
    construction: "orders from the US … the group said: a country's initials are no body's acronym",
    paragraphs: [
      "Glove maker Seri Latex Holdings Bhd's loss narrowed on stronger orders from the US.",
      "Revenue jumped 41%, the group said on Thursday. It said prices had “stabilised at a low base”.",
      "Exports to the UAE fell, and the company said demand was “soft”.",
    ],
    expected: [
      ["stabilised at a low base", "Seri Latex Holdings Bhd"],
      ["soft", "Seri Latex Holdings Bhd"],
    ],
  },
  {
    construction:
      "the company said, paragraphs after “the company Harlow Freight” (the only company named); with " +
      "none named, as written",
    paragraphs: [
      "Regulators fined the company Harlow Freight over the spill.",
      "Residents said the river smelled for weeks.",
      "Fishermen have asked for compensation.",
      "Local officials met on Monday.",
      "The company said in a statement that it “followed every rule”.",
    ],
    expected: [["followed every rule", "Harlow Freight"]],
  },
  {
    construction: "the company said, paragraphs after a firm described but not named: as written",
    paragraphs: [
      "Regulators fined a local firm over the spill.",
      "Residents said the river smelled for weeks.",
      "Fishermen have asked for compensation.",
      "Local officials met on Monday.",
      "The company said in a statement that it “followed every rule”.",
    ],
    expected: [["followed every rule", "The company"]],
  },
  {
    construction:
      "Const. Nicole Bergeron, Cst. Ann Lee, Insp. Raj Patel: a police rank's point ends no sentence",
    paragraphs: [
      "“These were not crimes of opportunity,” Const. Nicole Bergeron, a police spokesperson, said.",
      "“We are asking for dashcam footage,” said Cst. Ann Lee of the RCMP.",
      "Insp. Raj Patel said the arrests were “the first of many.”",
    ],
    expected: [
      ["These were not crimes of opportunity,", "Nicole Bergeron"],
      ["We are asking for dashcam footage,", "Ann Lee"],
      ["the first of many.", "Raj Patel"],
    ],
  },
  {
    construction: "Rating agency ICRA, broker CLSA: a body's kind before its acronym is no part of its name",
    paragraphs: [
      "Rating agency ICRA had flagged “elevated working capital requirements” in March.",
      "“Demand is soft,” said broker CLSA.",
      "The local MP said the closure was “a disgrace”.",
    ],
    expected: [
      ["elevated working capital requirements", "ICRA"],
      ["Demand is soft,", "CLSA"],
      ["a disgrace", "The local MP"],
    ],
  },
  {
    construction:
      "“…,” Mikko Laaksonen, an archaeologist who led the survey, told X: the apposition's relative clause",
    paragraphs: [
      "“It is preserved,” Mikko Laaksonen, an archaeologist who led the survey, told Live Science.",
      "“We were lucky,” Ann Roy, who found the wreck, said.",
    ],
    expected: [
      ["It is preserved,", "Mikko Laaksonen"],
      ["We were lucky,", "Ann Roy"],
    ],
  },
  {
    construction:
      "The ruling was blunt: “…”: a document, a copula and how it reads before a colon speak (not the " +
      "defendant named before)",
    paragraphs: [
      "The court convicted Paul Girard of fraud. The ruling was blunt: “No witness confirmed those " +
        "authorisations.”",
    ],
    expected: [["No witness confirmed those authorisations.", "The ruling"]],
  },
  {
    construction:
      "a firm named by a place and a plural common noun as its head (Lothian Buses, Harlow Foods)",
    paragraphs: [
      "Lothian Buses is to withdraw late-night journeys. The company said services were carrying " +
        "“on average fewer than six passengers a journey”.",
      "Harlow Foods will cut 400 jobs at its plant. “We have no choice,” the company said.",
    ],
    expected: [
      ["on average fewer than six passengers a journey", "Lothian Buses"],
      ["We have no choice,", "Harlow Foods"],
    ],
  },
  {
    construction: "negative: a person whose surname is a plural noun no firm is headed by stays a person",
    paragraphs: ["Anna Woods runs the bakery. “We have no choice,” Woods said."],
    expected: [["We have no choice,", "Anna Woods"]],
  },
  {
    construction:
      "The Board (KSPCB), in a report, found that … “…”. It attributed … “…”: after the comma closing " +
      "an aside, the word before a complementiser is the verb, so the body is the subject `It` stands for",
    paragraphs: [
      '"It has never been this bad," said Shalini Prakash, a resident of a nearby apartment complex.',
      "The Karnataka State Pollution Control Board (KSPCB), in a preliminary report accessed by Bangalore " +
        'Mirror, found that oxygen levels had dropped to "near zero". It attributed the fish kill to "a ' +
        'sudden inflow of untreated sewage".',
    ],
    expected: [
      ["It has never been this bad,", "Shalini Prakash"],
      ["near zero", "The Karnataka State Pollution Control Board"],
      ["a sudden inflow of untreated sewage", "The Karnataka State Pollution Control Board"],
    ],
  },
  {
    construction:
      "a player's place opening the sentence before a full name (Prop, Fly-half, Winger, Point guard)",
    paragraphs: [
      "Prop Taniela Moa scored the opening try. “The scrum was a battle all night,” Moa said.",
      "Fly-half Dan Kerr kicked four penalties. Winger Luke Tane scored twice. “We were patient,” the " +
        "winger said.",
      "Goalkeeper Anna Brook made nine saves. Striker Lena Holt said the team had been “lucky”.",
      "Point guard Maya Reyes scored 31. “I just kept shooting,” Reyes said.",
    ],
    expected: [
      ["The scrum was a battle all night,", "Taniela Moa"],
      ["We were patient,", "Luke Tane"],
      ["lucky", "Lena Holt"],
      ["I just kept shooting,", "Maya Reyes"],
    ],
  },
  {
    construction: "negative: a surname that is a player's place stays a name (Ruth Hooker, said Lock)",
    paragraphs: [
      "Ruth Hooker coaches the under-12s. “They never give up,” Hooker said.",
      "“We were patient,” said Lock, who joined the club in May.",
    ],
    expected: [
      ["They never give up,", "Ruth Hooker"],
      ["We were patient,", "Lock"],
    ],
  },
  {
    construction: "according to an unnamed source at a body: the noun's complement says who they are",
    paragraphs: [
      "According to a trader at a Mumbai brokerage who asked not to be named, the rally was “running on " +
        "fumes”.",
      "Stocks fell again. “Nobody wants to hold this,” according to a fund manager at a Singapore bank.",
      "According to a nurse at one of the clinics, patients were “sleeping in corridors”.",
    ],
    expected: [
      ["running on fumes", "a trader at a Mumbai brokerage"],
      ["Nobody wants to hold this,", "a fund manager at a Singapore bank"],
      ["sleeping in corridors", "a nurse at one of the clinics"],
    ],
  },
  {
    construction: "negative: after a named source, or a speech verb, at a news conference is no part of them",
    paragraphs: [
      "“We are not worried,” Ann Roy said at a news conference.",
      "According to Tom Birch at a briefing on Monday, the plan was “on track”.",
    ],
    expected: [
      ["We are not worried,", "Ann Roy"],
      ["on track", "Tom Birch"],
    ],
  },
  {
    construction: "a body's document the possessive names speaks (the museum’s catalogue describes, says)",
    paragraphs: [
      "The museum’s catalogue describes the strips as “a map drawn from memory.”",
      "The gallery’s brochure says the show is “a homecoming”.",
    ],
    expected: [
      ["a map drawn from memory.", "The museum’s catalogue"],
      ["a homecoming", "The gallery’s brochure"],
    ],
  },
  {
    construction: "an unnamed subject whose relative clause holds a capitalised modifier and goes on by and",
    paragraphs: [
      "Odessa Whitfield sewed at night. A collector who owns three Whitfield quilts and declined to lend " +
        "them told the paper that the family had been “cut out of the story”.",
      "A driver who works for a Toronto taxi firm and declined to comment further told the paper the " +
        "fares were “a joke”.",
    ],
    expected: [
      ["cut out of the story", "A collector"],
      ["a joke", "A driver"],
    ],
  },
  {
    construction: "“…,” Hull City AFC said (a club's initials for its kind end its name, whole)",
    paragraphs: [
      "“We will appeal the decision,” Hull City AFC said in a statement.",
      "“I am delighted,” said Forest Green Rovers FC manager Troy Deeney.",
    ],
    expected: [
      ["We will appeal the decision,", "Hull City AFC"],
      ["I am delighted,", "Troy Deeney"],
    ],
  },
  {
    construction: '"the officer added" after "Superintendent X": a police rank is an officer\'s too',
    paragraphs: [
      "\u201cWe are following several leads,\u201d said Superintendent Jane Roe of Kent Police.",
      "\u201cThe car was found burnt out,\u201d the officer added.",
    ],
    expected: [
      ["We are following several leads,", "Jane Roe"],
      ["The car was found burnt out,", "Jane Roe"],
    ],
  },
  {
    construction:
      "`Reached by X, an official, who …,`: after a participle and its agent opening the sentence, the " +
      "description is the subject, not an apposition to the name",
    paragraphs: [
      "Reached by Loop News, a ministry official, who asked not to be named, said that supplies were " +
        "“on their way”.",
      "Reached on Tuesday by Loop News, a hospital doctor, who asked not to be named, said the beds were " +
        "“all taken”.",
    ],
    expected: [
      ["on their way", "a ministry official"],
      ["all taken", "a hospital doctor"],
    ],
  },
  {
    construction:
      "`For the geologist, these cracks reveal “…”`: a thing as a speech verb's subject leaves the quote " +
      "to the viewpoint; a document speaks (negative)",
    paragraphs: [
      "Ruth Ames, a geologist, led the survey. For the geologist, these cracks reveal \u201ca slope on " +
        "the move\u201d.",
      "For the mayor, the report shows \u201ca decline in services\u201d.",
    ],
    expected: [
      ["a slope on the move", "Ruth Ames"],
      ["a decline in services", "the report"],
    ],
  },
  {
    construction:
      "a quote standing alone after a sentence about a named person, then a sentence naming another " +
      "who brings in their own words after a colon: the first quote stays with the first person",
    paragraphs: [
      "Tom Reyes has sold fruit on the avenue since 1994. “People walk past us here.” His neighbour, " +
        "cheesemaker Paul Bender, was more upbeat: “There will be shade.”",
    ],
    expected: [
      ["People walk past us here.", "Tom Reyes"],
      ["There will be shade.", "Paul Bender"],
    ],
  },
  {
    construction:
      "a described newcomer opening the sentence before a colon, then the quote and he said: the pronoun " +
      "is the newcomer, not the mayor quoted in the sentence before",
    paragraphs: [
      "Mayor Paul Roy praised the tours as “free advertising.” A neighbour sees it differently: “It " +
        "wakes us up every week,” he said.",
    ],
    expected: [
      ["free advertising.", "Paul Roy"],
      ["It wakes us up every week,", "A neighbour"],
    ],
  },
  {
    construction:
      "an unnamed source read up to a participle whose preposition stays out of it (quoted in the local " +
      "paper) ends before the participle; negative: a participle with its complement stays (employed at)",
    paragraphs: [
      '"The works took too long," said a shopkeeper quoted in the local paper.',
      '"We need answers," said a nurse employed at the clinic.',
    ],
    expected: [
      ["The works took too long,", "a shopkeeper"],
      ["We need answers,", "a nurse employed at the clinic"],
    ],
  },
  {
    construction:
      "an unnamed subject, a verbless phrase set off by commas, then its verb and a colon (`A fan from " +
      "Leeds, a scarf around his neck, was hoarse:`): the subject speaks; negative: a name set off there",
    paragraphs: [
      "“We are proud,” the club wrote.",
      "A fan from Leeds, a scarf around his neck, was already hoarse: “It has not been this loud for years.”",
      "Mayor Ann Price thinks of parking: “Buses stand here.” A neighbour, on her way to work, was less " +
        "happy: “It is too much.”",
      "A fan from Leeds, Tom Baker, was hoarse too: “What a day.”",
    ],
    expected: [
      ["We are proud,", "the club"],
      ["It has not been this loud for years.", "A fan from Leeds"],
      ["Buses stand here.", "Ann Price"],
      ["It is too much.", "A neighbour"],
      ["What a day.", "Tom Baker"],
    ],
  },
  {
    construction:
      "a body's viewpoint opening the sentence (`For the union Unite, it is “…”`): the body holds it; " +
      "negative: a group of people, the speech verb after the quote decides",
    paragraphs: [
      "Union official Luc Reuter criticised the delays.",
      "For the union Unite, it is “a scandal for a rich country”.",
      "For the children, the offer is “free and open to everyone”, Reuter said.",
    ],
    expected: [
      ["a scandal for a rich country", "Unite"],
      ["free and open to everyone", "Luc Reuter"],
    ],
  },
  {
    construction:
      "A fisherman, 67, had to wait … “…,” he said: an unnamed subject with a bare age between commas is " +
      "brought in to speak next, not the person named before",
    paragraphs: [
      "Mayor Paul Brennan defended the new ticket office. A fisherman, 67, had to wait two hours at the " +
        "counter. “They take us for fools,” he said.",
    ],
    expected: [["They take us for fools,", "A fisherman"]],
  },
  {
    construction:
      "Mrs Surname and Mr Surname after a couple sharing the surname: the honorific's gender picks one, " +
      "known by a given name or by a noun of kin (`her husband Graham Kelleher`); negative: a surname " +
      "alone after the couple, where recency still decides",
    paragraphs: [
      "In a statement to the court, Margaret Kelleher, who runs the farm with her husband Dennis Kelleher, " +
        "said the theft had cost them dearly. “We trusted him with everything,” Mrs Kelleher told the court.",
      "Lorraine Ashby, who owns the bakery with her husband Graham Ashby, said the fire had been a shock. " +
        "“We lost a year of work,” Mrs Ashby said.",
      "Judge Alan Reid adjourned sentencing. “You abused that trust,” he said.",
      "Outside court, Mr Ashby said the family was relieved. “It is over now,” he said.",
    ],
    expected: [
      ["We trusted him with everything,", "Margaret Kelleher"],
      ["We lost a year of work,", "Lorraine Ashby"],
      ["You abused that trust,", "Alan Reid"],
      ["It is over now,", "Graham Ashby"],
    ],
  },
  {
    construction:
      "`Niamh and Orla Brennan`: given names joined before one surname make two full names, so a " +
      "given name alone later (`Her sister Niamh`) is the full one; negative: a surname before the " +
      "conjunction (`Walsh and Tom Brennan`) is no given name and takes no surname",
    paragraphs: [
      "Cork sailors Niamh and Orla Brennan won silver in the 470 class on Sunday.",
      "“We sailed the last leg for our father,” said Orla Brennan.",
      "Her sister Niamh said the pair had nearly withdrawn. “The wind was brutal on the first day,” the " +
        "27-year-old said.",
      "Ann Walsh, a councillor, spoke first. Walsh and Tom Brennan voted against the plan. “It is a " +
        "disgrace,” said Walsh.",
    ],
    expected: [
      ["We sailed the last leg for our father,", "Orla Brennan"],
      ["The wind was brutal on the first day,", "Niamh Brennan"],
      ["It is a disgrace,", "Ann Walsh"],
    ],
  },
  {
    construction:
      "`Name (Riding, Prov.), role, told`: a comma inside the brackets after a name ends no phrase, so " +
      "the name, not the apposition after the brackets, speaks; a body's bracket holding its acronym and " +
      "a comma too; negative: a bracket with no comma",
    paragraphs: [
      "Conservative MP Dana Ferris (Simcoe North, Ont.), vice-chair of the finance committee, told the " +
        "House the plan was “a good start”.",
      "The National Health Insurance Authority (NHIA, the state insurer), in a letter to clinics, said " +
        "payments would resume “within weeks”.",
      "Rep. Lorna Baptiste (D-Mass.), who chairs the panel, said the delay was “unacceptable”.",
    ],
    expected: [
      ["a good start", "Dana Ferris"],
      ["within weeks", "The National Health Insurance Authority"],
      ["unacceptable", "Lorna Baptiste"],
    ],
  },
  {
    construction:
      "`In a statement the Kerry County Board said`: a lead-in opening the sentence without its comma is " +
      "no part of the subject, which opens on the determiner after it; negative: a name after the " +
      "lead-in keeps its title off",
    paragraphs: [
      "In a statement the Kerry County Board said the fixture would be played “behind closed doors”.",
      "At a meeting on Tuesday night the residents’ association described the plan as “a betrayal”.",
      "In a statement Mayor Ann Ruiz said the pool would reopen “by June”.",
    ],
    expected: [
      ["behind closed doors", "the Kerry County Board"],
      ["a betrayal", "the residents’ association"],
      ["by June", "Ann Ruiz"],
    ],
  },
  {
    construction:
      "a priest's title kept off his name (`the rector, Monsignor Ann Lee`, `Msgr. Tom Reid`); a bare " +
      "trade noun opening the sentence before a name (`Cyclist Tom Ashworth`) is no part of it",
    paragraphs: [
      "Closing the novena, the rector of the basilica, Monsignor Declan Furey, thanked the choir.",
      "“We had more candles than chairs,” Monsignor Furey said.",
      "“The bells will ring at noon,” said Msgr. Paul Brennan, the parish priest.",
      "Cyclist Maria Lund, who rides in from Wolvercote, was glad: “The lane is finally safe.”",
    ],
    expected: [
      ["We had more candles than chairs,", "Declan Furey"],
      ["The bells will ring at noon,", "Paul Brennan"],
      ["The lane is finally safe.", "Maria Lund"],
    ],
  },
  {
    construction:
      "a party's label before the office of the one holder named before (`The Green councillor added:`); " +
      "negative: a body the article names before the office is another body's (`The Harvard professor`)",
    paragraphs: [
      "The borough's housing lead, Cllr Rhona Baird, called the decision “short-sighted”.",
      "The Green councillor added: “Families will pay for this.”",
      "The state's junior senator, Sen. Carl Ober, said the bill was “dead on arrival”.",
      "The Republican senator went on: “We will not vote for it.”",
      "Professor Ida Roth of Yale called the finding “robust”. Harvard University disputed it.",
      "The Harvard professor said: “The sample is too small.”",
    ],
    expected: [
      ["short-sighted", "Rhona Baird"],
      ["Families will pay for this.", "Rhona Baird"],
      ["dead on arrival", "Carl Ober"],
      ["We will not vote for it.", "Carl Ober"],
      ["robust", "Ida Roth"],
      ["The sample is too small.", "The Harvard professor"],
    ],
  },
  {
    construction:
      "a body's name written again without the body's noun closing it (`Granite Peak` after `miner " +
      "Granite Peak Resources`) speaks under the full name; negative: two such bodies, the short form " +
      "stays as written",
    paragraphs: [
      "Perth-based miner Granite Peak Resources will buy the Blue Hill project for $90 million.",
      "In a filing, Granite Peak said output would reach “about 80,000 ounces a year”.",
      "Seed firm Prairie Lane Foods bought the mill from Prairie Lane Holdings in May.",
      "Prairie Lane said the deal was “good for growers”.",
    ],
    expected: [
      ["about 80,000 ounces a year", "Granite Peak Resources"],
      ["good for growers", "Prairie Lane"],
    ],
  },
  {
    construction:
      "a country's body named by its fields and the country's initials (`Search and Rescue NZ`), as by " +
      "its name (`Fisheries and Oceans Canada`); negative: two countries joined are no body",
    paragraphs: [
      "A Search and Rescue NZ spokesperson said the two trampers were “cold but unhurt”.",
      "A Fire and Emergency NZ spokesperson said the blaze was “fully contained” by dawn.",
      "Officials from Samoa and NZ signed the accord. Delegate Tavita Leota said it was “overdue”.",
    ],
    expected: [
      ["cold but unhurt", "A Search and Rescue NZ spokesperson"],
      ["fully contained", "A Fire and Emergency NZ spokesperson"],
      ["overdue", "Tavita Leota"],
    ],
  },
  {
    construction:
      "a headline's office as its initials (`…, says MD`, `CEO says …`) held by the one person the body " +
      "names with the office in full",
    paragraphs: [
      ["headline", "Ferrovia Rail profit doubles; ‘freight demand holding up’, says MD"],
      "Ferrovia Rail Logistics on Friday reported a net profit of ₹88 crore for the quarter.",
      "“We have not seen a slowdown in bulk cargo,” said Meera Joshi, managing director, Ferrovia Rail.",
    ],
    expected: [
      ["freight demand holding up", "Meera Joshi"],
      ["We have not seen a slowdown in bulk cargo,", "Meera Joshi"],
    ],
  },
  {
    construction: "a headline's `CEO says` for the body's `Chief executive X`",
    paragraphs: [
      ["headline", "Harwick Mining to be bought by Stellan; CEO says offer ‘fair to every holder’"],
      "Harwick Mining Ltd. agreed on Monday to be acquired by Stellan Group for $640 million.",
      "Chief executive Paul Ostrander said the board had weighed three bids. “This was the cleanest,” " +
        "he said.",
    ],
    expected: [
      ["fair to every holder", "Paul Ostrander"],
      ["This was the cleanest,", "Paul Ostrander"],
    ],
  },
  {
    construction:
      "a headline's `says MD` with two managing directors in the body, or none (negative): the initials " +
      "stay as written",
    paragraphs: [
      ["headline", "Ferrovia Rail profit doubles; ‘freight demand holding up’, says MD"],
      "Meera Joshi, managing director, Ferrovia Rail, and Anil Rao, managing director of its parent, spoke.",
    ],
    expected: [["freight demand holding up", "MD"]],
  },
  {
    construction:
      "a standfirst's `says its chairwoman`, the body naming someone then taking her up as `The trust’s " +
      "chairwoman`: the person named",
    paragraphs: [
      ["standfirst", "The old ferry terminal will be restored. “It is a lifeline,” says its chairwoman."],
      "In the front row, Greta Olsen was beaming. The trust’s chairwoman thanked the volunteers.",
    ],
    expected: [["It is a lifeline,", "Greta Olsen"]],
  },
  {
    construction: "a standfirst's `says its chairwoman`, whom the body never names (negative): as written",
    paragraphs: [
      ["standfirst", "The old ferry terminal will be restored. “It is a lifeline,” says its chairwoman."],
      "Work will start in May, the council said.",
    ],
    expected: [["It is a lifeline,", "its chairwoman"]],
  },
  {
    construction:
      "an inverted verb, a capitalised office with its complement, then the holder's name after a comma " +
      "(`said Chairman of the Senate Finance Committee, Ron Wyden`): the name speaks, not the office; " +
      "negative: the name before the office keeps it",
    paragraphs: [
      "“The budget is tight,” said Chairman of the Harbour Board, Neil Ostrander.",
      "“The roads are closed,” said Commissioner of Police, Rodney Sealy.",
      "“Expect more rain,” said Director of the Met Office, Ana Keel, on Monday.",
      "“We will appeal,” said Tom Varga, Director of the Lakeside Trust.",
    ],
    expected: [
      ["The budget is tight,", "Neil Ostrander"],
      ["The roads are closed,", "Rodney Sealy"],
      ["Expect more rain,", "Ana Keel"],
      ["We will appeal,", "Tom Varga"],
    ],
  },
  {
    construction:
      "a college's or church's office, or a Bhutanese district's, capitalised with its seat then the " +
      "holder's name (`the Provost of Oriel, Jane Ross`), taken up by the office alone; a Bhutanese " +
      "honorific before a name; negative: `Dean` is a given name, no office",
    paragraphs: [
      "The lecture was opened by the Provost of Dunmore, Agnes Tolland, who welcomed guests. " +
        "“This college thrives on argument,” the Provost said.",
      "The bells were blessed by the Abbot of Kelsford, Leo Marwick. “They will ring again,” the abbot said.",
      "Paro Dzongdag Kinley Dorji called the bridge “a lifeline for the valley”.",
      "Lopen Sonam Tobgay said the school would reopen “after the winter”.",
      "“We lost by a point,” said Dean Cawley after the match.",
    ],
    expected: [
      ["This college thrives on argument,", "Agnes Tolland"],
      ["They will ring again,", "Leo Marwick"],
      ["a lifeline for the valley", "Kinley Dorji"],
      ["after the winter", "Sonam Tobgay"],
      ["We lost by a point,", "Dean Cawley"],
    ],
  },
  {
    construction:
      "a second person of a surname named in full in the paragraph, then the surname alone (`Ms Banda " +
      "said`, `Price said`): the one just named, not the one of an earlier paragraph; a paragraph " +
      "after them naming neither in full goes on with the last named",
    paragraphs: [
      'Professor Tembo Zulu said wells were the likely source. "Most patients drew from wells," ' +
        "Prof Zulu said.",
      'Market manager Chanda Zulu said 40 stalls were shut. "We are not against traders," Ms Zulu said.',
      'Dr Alan Pryce said the ward was full. "We have no beds left," Dr Pryce said.',
      'Union official Jo Pryce said staff were exhausted. "We need rest," Pryce said.',
      'Pryce said later that the ward would "find a way".',
    ],
    expected: [
      ["Most patients drew from wells,", "Tembo Zulu"],
      ["We are not against traders,", "Chanda Zulu"],
      ["We have no beds left,", "Alan Pryce"],
      ["We need rest,", "Jo Pryce"],
      ["find a way", "Jo Pryce"],
    ],
  },
  {
    construction:
      "a capitalised office with its body opening the sentence or the clause after a lead-in, perhaps " +
      "with a district in brackets (`Commissioner of Police (Traffic) Rhoda Mensah`), then the office " +
      "alone speaking: the holder; negative: another office taken up stays unnamed",
    paragraphs: [
      "Commissioner of Police Ann Lovell said patrols would double. “We will be everywhere,” the " +
        "commissioner said.",
      "At a briefing on Monday, Superintendent of Police Kofi Adjei said roads were shut. “Stay home,” " +
        "the superintendent said.",
      "Commissioner of Police (Traffic) Rhoda Mensah said lights would change. “Expect delays,” the " +
        "commissioner said.",
      "Commissioner of Police Ann Lovell left early. “We were not told,” the sergeant said.",
    ],
    expected: [
      ["We will be everywhere,", "Ann Lovell"],
      ["Stay home,", "Kofi Adjei"],
      ["Expect delays,", "Rhoda Mensah"],
      ["We were not told,", "the sergeant"],
    ],
  },
  {
    construction:
      "`“…,” Under Armour said`: a capitalised preposition mid-sentence opens a firm's name; one " +
      "opening the sentence after a quote does not",
    paragraphs: [
      "\u201cOur margins will recover next year,\u201d Under Armour said in a filing.",
      "The grant was \u201ca lifeline for rural choirs,\u201d according to In Harmony Trust.",
      "\u201cWe stayed until the last bus.\u201d In Leeds, the rally ended peacefully, organiser Dana " +
        "Price said.",
    ],
    expected: [
      ["Our margins will recover next year,", "Under Armour"],
      ["a lifeline for rural choirs,", "In Harmony Trust"],
      ["We stayed until the last bus.", "Dana Price"],
    ],
  },
  {
    construction:
      "'said her husband', 'said his father' after a family sharing a surname: the other member, of the " +
      "noun's gender, not the one just named",
    paragraphs: [
      "When Megan and Tom Haskell bought the old mill in March, the roof leaked. " +
        "\u201cWe said yes anyway,\u201d said Megan Haskell.",
      "\u201cI wanted a surveyor first,\u201d said her husband.",
      "Owen Pryce took the nursery over from Gareth Pryce last year. " +
        "\u201cWe grow perennials now,\u201d said Owen Pryce.",
      "\u201cHe always wanted that,\u201d said his father.",
    ],
    expected: [
      ["We said yes anyway,", "Megan Haskell"],
      ["I wanted a surveyor first,", "Tom Haskell"],
      ["We grow perennials now,", "Owen Pryce"],
      ["He always wanted that,", "Gareth Pryce"],
    ],
  },
  {
    construction:
      "near-miss: 'her father' after 'Her father, Paul Okafor,' is the one given the relation, not " +
      "another of the family",
    paragraphs: [
      "Ada Okafor, 17, was struck by a car on Elm Street on Friday. Her father, Paul Okafor, said she was " +
        "walking home. \u201cShe always took that road,\u201d her father said.",
    ],
    expected: [["She always took that road,", "Paul Okafor"]],
  },
  {
    construction:
      "X has rejected Party calls for …, insisting “…”: the auxiliary opens the clause's verb, so " +
      "`calls` is its object's noun, not a speech verb whose subject the gerund shares",
    paragraphs: [
      "The health minister has rejected Opposition calls for a public inquiry, insisting the waiting " +
        "lists are “coming down month by month”.",
      "The transport secretary has brushed off Labour calls for a fare freeze, arguing that the " +
        "railways “cannot run on goodwill”.",
      "Cllr Dominic Pryce has rejected Conservative calls to scrap the scheme, saying it had “already " +
        "paid for itself”.",
    ],
    expected: [
      ["coming down month by month", "The health minister"],
      ["cannot run on goodwill", "The transport secretary"],
      ["already paid for itself", "Dominic Pryce"],
    ],
  },
  {
    construction:
      "Near-miss: an auxiliary in a relative clause closed by its comma, or of the speech verb itself " +
      "(`has said …, arguing`), leaves the gerund the speech verb's subject's",
    paragraphs: [
      "Ruth Ellery, who has chaired the board since 2019, said the merger would go ahead, insisting " +
        "it was “the only sensible option”.",
      "Mayor Tom Ashcroft has said the levy will stay, arguing that it is “the fairest way to pay”.",
    ],
    expected: [
      ["the only sensible option", "Ruth Ellery"],
      ["the fairest way to pay", "Tom Ashcroft"],
    ],
  },
  {
    construction:
      "`the M.C.T.` after `the Methodist Church of Tonga (M.C.T.)`: an acronym written with points goes " +
      "by the name it was defined by; one the article never wrote out stays as written",
    paragraphs: [
      "Delegates of the Methodist Church of Tonga (M.C.T.) met in Nuku'alofa on Friday.",
      'In a statement, the M.C.T. said the offering had been given "freely and with joy."',
      'The M.C.A. said the choir would travel "as soon as the boat is ready."',
    ],
    expected: [
      ["freely and with joy.", "the Methodist Church of Tonga"],
      ["as soon as the boat is ready.", "The M.C.A."],
    ],
  },
  {
    construction:
      "`Ten-year-old Conor said`: an age spelled out opening the sentence, capitalised, is no part of the " +
      "name, with a first name or a full name after it",
    paragraphs: [
      'Nine-year-old Priya said the new library was "better than the old one, except for the chairs."',
      'Twelve-year-old Sam Ortiz said he would "come every day."',
    ],
    expected: [
      ["better than the old one, except for the chairs.", "Priya"],
      ["come every day.", "Sam Ortiz"],
    ],
  },
  {
    construction:
      "`Clockmaker Robyn Teague`: a trade ending in -maker or -keeper, capitalised before a full name, is " +
      "the person's occupation; a surname so ending after a given name stays the name",
    paragraphs: [
      "Clockmaker Robyn Teague travelled from Whanganui to fit the new movement. \"It's the best job " +
        "I've had in years,\" Teague said.",
      'Winemaker Lucia Ferro said the harvest was "small but excellent."',
      'Beekeeper Tom Rata said the hives had been "quiet all winter."',
      '"The track was fast and dry," said trainer Willie Shoemaker.',
    ],
    expected: [
      ["It's the best job I've had in years,", "Robyn Teague"],
      ["small but excellent.", "Lucia Ferro"],
      ["quiet all winter.", "Tom Rata"],
      ["The track was fast and dry,", "Willie Shoemaker"],
    ],
  },
  {
    construction:
      "`Astronomer Ruth Adeyemi said`: a scientist's noun capitalised before a full name is the occupation",
    paragraphs: [
      'Astronomer Ruth Adeyemi said the comet was "brighter than anyone expected."',
      '"We will see it again in 2031," said astronomer Colin Marsh.',
    ],
    expected: [
      ["brighter than anyone expected.", "Ruth Adeyemi"],
      ["We will see it again in 2031,", "Colin Marsh"],
    ],
  },
  {
    construction:
      "`The Harbour Board on Monday said`: the day and its preposition between the subject and the verb " +
      "are when it spoke, not part of its name; a body's own `on` (`Council on Foreign Relations`) stays",
    paragraphs: [
      'The Harbour Board on Monday said the new berth was "a step forward for the port".',
      'Police on Friday told reporters the suspect was "armed and dangerous".',
      'The Council on Foreign Relations said the talks were "a long shot".',
    ],
    expected: [
      ["a step forward for the port", "The Harbour Board"],
      ["armed and dangerous", "Police"],
      ["a long shot", "The Council on Foreign Relations"],
    ],
  },
  {
    construction:
      "`Councilor Raúl Ibarra called …`: an office in its American spelling (one l) capitalised before a " +
      "full name is the person's title, and the councilor named later is the same person",
    paragraphs: [
      'The zoning vote was delayed again. Councilor Raúl Ibarra called the plan "a gift to developers."',
      '"We were never shown the maps," the District 2 councilor said.',
      'City Councilor Megan Furst disagreed: "The maps were online for a month."',
    ],
    expected: [
      ["a gift to developers.", "Raúl Ibarra"],
      ["We were never shown the maps,", "Raúl Ibarra"],
      ["The maps were online for a month.", "Megan Furst"],
    ],
  },
  {
    construction:
      "`Exxon, in a statement, said`: a lone name opening the sentence is the speech verb's subject past " +
      "a prepositional phrase between commas; an adverb opening it is no name",
    paragraphs: [
      "Vantoria, in a statement, said the outage was “regrettable”.",
      "Minister Paul Arce toured the plant. Yesterday, at a press conference, said the work was " +
        "“finished”.",
    ],
    expected: [
      ["regrettable", "Vantoria"],
      ["finished", "Paul Arce"],
    ],
  },
  {
    construction:
      "the company said after a name a trade's word makes a company's (“Brennan Logistics”, “Marlow " +
      "Pharmaceuticals”), past a person named between, who is not the company",
    paragraphs: [
      "Brennan Logistics will close its depot in Leeds. Union organiser Kate Moss called it a blow.",
      "“Drivers will be offered transfers,” the company said.",
      "Marlow Pharmaceuticals has recalled a batch of cough syrup. Dr. Helen Park, a pharmacist in " +
        "Bristol, said parents had called her all week.",
      "In a statement, the company said the fault was “limited to one production line.”",
    ],
    expected: [
      ["Drivers will be offered transfers,", "Brennan Logistics"],
      ["limited to one production line.", "Marlow Pharmaceuticals"],
    ],
  },
  {
    construction:
      "two bodies named in the sentence before: the company is the one a trade's word names, the " +
      "authority the one its noun names (near miss)",
    paragraphs: [
      "The Harbour Authority refused a permit to Brennan Logistics on Monday.",
      "“We will appeal the decision,” the company said.",
      "Corran Shipping lost its berth to the Port Authority in March.",
      "“The quay is not safe,” the authority said.",
    ],
    expected: [
      ["We will appeal the decision,", "Brennan Logistics"],
      ["The quay is not safe,", "Port Authority"],
    ],
  },
  {
    construction:
      "the regulator, the lender: a noun for a body's kind means the body of that kind named before it " +
      "(the commission, the bank), not the company in the same sentence nor a person named between",
    paragraphs: [
      "The Fair Trading Commission fined Corran Foods on Monday.",
      "“The labels were misleading,” the regulator said.",
      "“We will appeal,” the company said.",
      "Harbour Bank raised its mortgage rates on Friday. Broker Ann Lee called the move steep.",
      "“Funding costs have risen,” the lender said.",
    ],
    expected: [
      ["The labels were misleading,", "The Fair Trading Commission"],
      ["We will appeal,", "Corran Foods"],
      ["Funding costs have risen,", "Harbour Bank"],
    ],
  },
  {
    construction:
      "`said Grace Okafor, the older of the two` … `said the younger sister`: an order of birth in " +
      "apposition tells one of a family from the other, whom the opposite order names",
    paragraphs: [
      "Nadia Okafor and her sister Grace Okafor run the bakery on Mill Lane. “We bake from four,” said " +
        "Grace Okafor, the older of the two.",
      "Nadia Okafor keeps the books. “The margins are thin,” said the younger sister.",
      "Dev Malhotra and his brother Ravi Malhotra opened the garage in 2009. “We had one lift,” said Ravi " +
        "Malhotra, the younger of the two.",
      "Dev Malhotra still does the welding. “I can’t stop,” said the older brother.",
    ],
    expected: [
      ["We bake from four,", "Grace Okafor"],
      ["The margins are thin,", "Nadia Okafor"],
      ["We had one lift,", "Ravi Malhotra"],
      ["I can’t stop,", "Dev Malhotra"],
    ],
  },
  {
    construction:
      "`farmer Luis Costa … “…,” Costa said` after `Finance Minister Ana Costa … Costa said`: a surname " +
      "alone shortens the one of it named in full just before in its paragraph, though it meant the other",
    paragraphs: [
      "Finance Minister Ana Costa announced the grant on Monday. “This is money for the regions,” Costa " +
        "said.",
      "The opposition called it too little.",
      "In Vila Nova, farmer Luis Costa was less impressed. “It will not fix the roads,” Costa said.",
      "Coach Bree Hollis named her side for Saturday. “We are ready,” Hollis said.",
      "At the other club, captain Dan Hollis was injured on Tuesday. “I will be back,” Hollis said.",
    ],
    expected: [
      ["This is money for the regions,", "Ana Costa"],
      ["It will not fix the roads,", "Luis Costa"],
      ["We are ready,", "Bree Hollis"],
      ["I will be back,", "Dan Hollis"],
    ],
  },
  {
    construction:
      "negative: a surname alone in a paragraph naming no one else of it stays with whom it meant, though " +
      "another of the surname was named in full in an earlier paragraph",
    paragraphs: [
      "Finance Minister Ana Costa announced the grant on Monday. “This is money for the regions,” Costa " +
        "said.",
      "In Vila Nova, farmer Luis Costa was less impressed with the grant.",
      "At a press conference, Costa said: “Every region will get its share.”",
    ],
    expected: [
      ["This is money for the regions,", "Ana Costa"],
      ["Every region will get its share.", "Ana Costa"],
    ],
  },
  {
    construction:
      "`Captain Seán Moriarty – known around the town as ‘The Dentist’ – said the cup was ‘…’`: an aside " +
      "between spaced dashes stands between the subject and its speech verb, a nickname in marks inside it",
    paragraphs: [
      "Skipper Rhona Gallagher – known on the quays as ‘The Admiral’ since her first season in charge of " +
        "the lifeboat – said the rescue was ‘the hardest night any of us has had’. Her brother, Declan " +
        "Gallagher, who steered the boat, was brief. ‘We got them all home,’ he said.",
      "Councillor Tomasz Nowak — a retired engineer — told the meeting the bridge was “beyond repair”.",
    ],
    expected: [
      ["the hardest night any of us has had", "Rhona Gallagher"],
      ["We got them all home,", "Declan Gallagher"],
      ["beyond repair", "Tomasz Nowak"],
    ],
  },
  {
    construction:
      "the treasurer / the sheriff said after two people each given their office in apposition: the " +
      "one whose office it is, not the nearer; a retired teacher never named stays a description " +
      "(near-miss)",
    paragraphs: [
      "Ruth Okafor, the county treasurer, and Paul Grant, the sheriff, met on Monday.",
      "“We have no money for that,” the treasurer said.",
      "“We need more deputies,” the sheriff said.",
      "“Nobody told us,” a retired teacher said.",
    ],
    expected: [
      ["We have no money for that,", "Ruth Okafor"],
      ["We need more deputies,", "Paul Grant"],
      ["Nobody told us,", "a retired teacher"],
    ],
  },
  {
    construction:
      "the treasurer said after `City treasurer X …` and a council member named since: the title's holder",
    paragraphs: [
      "City treasurer Ruth Okafor presented the budget on Tuesday. Council member Paul Grant opposed it.",
      "“We have no room left,” the treasurer said.",
    ],
    expected: [["We have no room left,", "Ruth Okafor"]],
  },
  {
    construction:
      "The X Board announced that … then “…,” the statement said: a body announcing is the " +
      "issuer of the release “the statement” takes up within two paragraphs; not of “the report”",
    paragraphs: [
      "The Harbour Board announced on Monday that the ferry terminal would close for a month.",
      "Passengers will be offered buses. “We apologise for the disruption,” the statement said.",
      "The Westfield Library Trust said on Thursday that the reading room would reopen in May.",
      "“The roof has been fully replaced,” the statement said.",
      "The Kestrel Valley Authority announced that the dam would be drained.",
      "“Water levels fell by a third,” the report said.",
    ],
    expected: [
      ["We apologise for the disruption,", "The Harbour Board"],
      ["The roof has been fully replaced,", "The Westfield Library Trust"],
      ["Water levels fell by a third,", "the report"],
    ],
  },
  {
    construction:
      "near-misses: another body's statement in between is its own; a person's statement stays theirs; " +
      "with no issuer, “the statement” speaks as written",
    paragraphs: [
      "The Harbour Board announced on Monday that the terminal would close.",
      "The Dockworkers Union criticised the decision in a statement.",
      "“Nobody asked us,” the statement said.",
      "The Board's chair, Ruth Dawson, announced the closure in a statement on Monday.",
      "“Nobody will lose their job,” the statement said.",
      "Passengers will be offered buses for a month.",
      "Some routes remain open. “We apologise for the disruption,” the statement said.",
    ],
    expected: [
      ["Nobody asked us,", "The Dockworkers Union"],
      ["Nobody will lose their job,", "Ruth Dawson"],
      ["We apologise for the disruption,", "the statement"],
    ],
  },
  {
    construction:
      "the A B C … the D E F (DEF) …, then the DEF said (negative): a name whose initials match by chance " +
      "gives way to the one the article writes the acronym out with",
    paragraphs: [
      "The Regional Transit Authority raised fares on Monday. The Rail Travellers Alliance (RTA) objected.",
      "“Passengers will pay twice,” the RTA said.",
      "The Coastal Fisheries Board met in Hull. The Cod Fishers Bureau (CFB) walked out.",
      "“Nobody listened to us,” the CFB said.",
    ],
    expected: [
      ["Passengers will pay twice,", "The Rail Travellers Alliance"],
      ["Nobody listened to us,", "The Cod Fishers Bureau"],
    ],
  },
  {
    construction:
      "`Chief executive X met union leader Y`: a full name followed by its verb and a body's noun " +
      "(`met union …`) is a person, not the body's owner; `the CEO` is X, `the union leader` Y",
    paragraphs: [
      "Chief executive Ruth Okafor met union leader Dan Price on Tuesday.",
      "“Nobody will lose their job,” the CEO said.",
      "“We want it in writing,” the union leader said.",
    ],
    expected: [
      ["Nobody will lose their job,", "Ruth Okafor"],
      ["We want it in writing,", "Dan Price"],
    ],
  },
  {
    construction:
      "`Nurse X addressed union members`: the full name before a verb and a body's noun is a person, " +
      "whom `she` means",
    paragraphs: [
      "Nurse Ruth Okafor addressed union members outside the hospital.",
      "“We are not leaving,” she said.",
    ],
    expected: [["We are not leaving,", "Ruth Okafor"]],
  },
  {
    construction:
      "`Councillor X visited agency staff … with Mayor Y`: X is a person, the councillor, not the mayor",
    paragraphs: [
      "Councillor Ruth Okafor visited agency staff on Monday, with Mayor Dan Price.",
      "“They deserve better,” the councillor said.",
    ],
    expected: [["They deserve better,", "Ruth Okafor"]],
  },
  {
    construction:
      "the manager said in a sports report: the coach named before, not the referee or the captain",
    paragraphs: [
      "Coach Mark Bell watched from the stand as referee Paul Dunn sent off two players.",
      "“That cost us the game,” the manager said.",
    ],
    expected: [["That cost us the game,", "Mark Bell"]],
  },
  {
    construction: "the manager said after a captain and a head coach named together: the coach",
    paragraphs: [
      "Club captain Lewis Ward thanked head coach Rita Sousa after the final.",
      "“They never gave up,” the manager said.",
      "“She believed in us,” the captain said.",
    ],
    expected: [
      ["They never gave up,", "Rita Sousa"],
      ["She believed in us,", "Lewis Ward"],
    ],
  },
]);
