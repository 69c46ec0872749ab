// A thirtieth round of composed English news articles, in the styles of outlets and beats the first
// twenty-nine rounds did not use: the Portland Press Herald on a short-term rental cap in a Maine
// legislative committee, the Derry Journal at a riot sentencing in Derry Magistrates Court, Business
// Recorder on a gas tariff rise for Punjab's textile mills, The Sudbury Star after a Wolves comeback win
// over North Bay, Scroll on a Malayalam Gulf-migrant novel's English bestseller, Phys.org on heat-stressed
// bumblebees losing their sense of smell, ThePrint on Delhi's dengue season, the Taranaki Daily News on
// Waitara's last bank branch closing, Plymouth Live on a street robbery of a pensioner and Inside Higher
// Ed on a no-confidence vote in a provost. Every article was written for these tests, blind, before the
// engine was run on them. Expected speakers follow the corpus guidelines: the fullest name the article
// gives, a body or a document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Portland Press Herald, politics: Rep. with a party tag and a said-inverted quote then a " +
      "verbless second, two women in one paragraph with a partial by the first and she said " +
      "by the second, an association's written testimony with a partial ending in a period, " +
      "a scare-quoted term, a landlord with Surname said, a spokesperson for the governor",
    todo:
      "«review the bill in its final form.» goes to A spokesperson for the governor, not a " +
      "spokesperson for the governor",
    headline: "Short-term rental cap clears committee after Portland landlords pack hearing",
    paragraphs: [
      "AUGUSTA — A bill that would let Maine towns cap the number of short-term rentals a " +
        "single owner can list cleared the Legislature’s Housing and Economic Development " +
        "Committee on Thursday on a 7-5 party-line vote.",
      "“This is about whether a teacher can find an apartment in Bar Harbor in August,” said " +
        "Rep. Ellen Thibodeau, D-Bar Harbor, the bill’s sponsor. “Right now the answer is no.”",
      "Republicans on the panel were unconvinced. Sen. Rachel Pelletier, R-Aroostook, called " +
        "the bill “a solution in search of the wrong problem.” Rep. Nancy Boucher, R-Sanford, " +
        "agreed. “My constituents rent out a camp for six weeks to pay the property taxes on " +
        "it,” she said.",
      "The Maine Association of Realtors, in written testimony, said letting each town set its " +
        "own limits would “create a patchwork of 500 different rulebooks.”",
      "Supporters say the bill targets so-called “ghost hotels,” whole buildings bought by " +
        "out-of-state investors and listed by the night year-round. Tom Gagnon, who owns three " +
        "units on Munjoy Hill, told the committee he lives in one and rents the other two " +
        "through Airbnb. “I’m not a hotel. I’m a retiree with a mortgage,” Gagnon said.",
      "The bill now goes to the full House. A spokesperson for the governor said the " +
        "administration would “review the bill in its final form.”",
    ],
    quotes: [
      ["This is about whether a teacher can find an apartment in Bar Harbor in August,", "Ellen Thibodeau"],
      ["Right now the answer is no.", "Ellen Thibodeau"],
      ["a solution in search of the wrong problem.", "Rachel Pelletier"],
      ["My constituents rent out a camp for six weeks to pay the property taxes on it,", "Nancy Boucher"],
      ["create a patchwork of 500 different rulebooks.", "The Maine Association of Realtors"],
      ["I’m not a hotel. I’m a retiree with a mortgage,", "Tom Gagnon"],
      ["review the bill in its final form.", "a spokesperson for the governor"],
    ],
  },
  {
    name:
      "Derry Journal, courts: single marks, a standfirst fragment by a judge named only in the " +
      "body, an operation's name in marks, an unnamed prosecutor with a partial then she told " +
      "the court, a solicitor with a partial then Mr Surname added, a judge told Name with a " +
      "colon, she said then the defendant replied with a colon, a PSNI spokesperson's partial",
    todo:
      "«at the very front» goes to A prosecutor, not a prosecutor; «He is seen on the footage " +
      "throwing the bottle…» goes to A prosecutor, not a prosecutor",
    headline: "Man who threw bottle at police during Bogside disorder given suspended sentence",
    standfirst: "Judge: ‘Those officers were there to keep people safe’",
    paragraphs: [
      "A 23-year-old man who threw a glass bottle at police lines during disorder in the " +
        "Bogside last August has been given a ten-month prison sentence, suspended for two years.",
      "Ciarán McLaughlin, of Fahan Street, pleaded guilty at Derry Magistrates Court to " +
        "riotous assembly and throwing a missile. The court heard he was identified from " +
        "footage released by police under ‘Operation Tallow’.",
      "A prosecutor said McLaughlin had been ‘at the very front’ of a crowd of around 40 young " +
        "people on Lecky Road. ‘He is seen on the footage throwing the bottle overarm from a " +
        "distance of no more than ten metres,’ she told the court.",
      "Defence solicitor Paddy Doherty said his client had ‘got caught up in something he did " +
        "not start’. ‘He has never been in trouble before, he is working full-time and his " +
        "mother is in court today,’ Mr Doherty added.",
      "District Judge Nuala O’Kane told McLaughlin: ‘Those officers were there to keep people " +
        "safe, including you. You could have blinded one of them.’",
      "‘If you come before me again, you will go to prison. Do you understand?’ she said. " +
        "McLaughlin replied: ‘Yes, Your Honour.’",
      "Speaking after the hearing, a PSNI spokesperson said officers ‘should never have to go " +
        "to work expecting to be attacked’.",
    ],
    quotes: [
      ["Those officers were there to keep people safe", "Nuala O’Kane"],
      ["at the very front", "a prosecutor"],
      [
        "He is seen on the footage throwing the bottle overarm from a distance of no more " +
          "than ten metres,",
        "a prosecutor",
      ],
      ["got caught up in something he did not start", "Paddy Doherty"],
      [
        "He has never been in trouble before, he is working full-time and his mother is in " + "court today,",
        "Paddy Doherty",
      ],
      [
        "Those officers were there to keep people safe, including you. You could have " +
          "blinded one of them.",
        "Nuala O’Kane",
      ],
      ["If you come before me again, you will go to prison. Do you understand?", "Nuala O’Kane"],
      ["Yes, Your Honour.", "Ciarán McLaughlin"],
      ["should never have to go to work expecting to be attacked", "a PSNI spokesperson"],
    ],
  },
  {
    name:
      "Business Recorder, business: an association's letter with a partial ending in a period, " +
      "a chairman talking to the paper then he said twice, a mill owner with was blunter and a " +
      "colon, said one official after a quote, according to statistics without a quote, an " +
      "analyst with noted then she said",
    todo:
      "«uncompetitive against India, Bangladesh and V…» goes to The All Pakistan Textile Mills " +
      "Association, not All Pakistan Textile Mills Association",
    headline: "APTMA warns of mill closures after gas tariff hike for captive power",
    paragraphs: [
      "KARACHI: The All Pakistan Textile Mills Association (APTMA) on Monday warned that up to " +
        "30 percent of spinning capacity in Punjab could shut down within three months after " +
        "the government raised the gas tariff for captive power plants by Rs 550 per mmbtu.",
      "In a letter to the Finance Minister, the association said the increase had made " +
        "Pakistani yarn “uncompetitive against India, Bangladesh and Vietnam by a wide margin.”",
      "Talking to Business Recorder, APTMA Chairman Faisal Rehman Qureshi said the industry " +
        "could not absorb another cost shock. “We are being asked to pay for the inefficiency " +
        "of the entire gas sector,” he said. “Mills are not closing because owners want to, " +
        "they are closing because the numbers do not work.”",
      "Mian Tariq Anwar, who runs a 40,000-spindle unit in Faisalabad, was blunter: “I have " +
        "already sent 600 workers home.”",
      "Officials at the Petroleum Division defended the decision. “Captive plants were getting " +
        "gas below the cost of supply for years; that subsidy is being phased out as agreed " +
        "with the IMF,” said one official, who requested anonymity.",
      "According to the Pakistan Bureau of Statistics, textile exports fell 4.2 percent " +
        "year-on-year in October to $1.53 billion. Sana Tariq, an analyst at a Karachi " +
        "brokerage, noted that yarn prices had also softened. “The sector is squeezed from both " +
        "sides — input costs up, yarn prices down,” she said.",
    ],
    quotes: [
      [
        "uncompetitive against India, Bangladesh and Vietnam by a wide margin.",
        "All Pakistan Textile Mills Association",
      ],
      ["We are being asked to pay for the inefficiency of the entire gas sector,", "Faisal Rehman Qureshi"],
      [
        "Mills are not closing because owners want to, they are closing because the numbers " +
          "do not work.",
        "Faisal Rehman Qureshi",
      ],
      ["I have already sent 600 workers home.", "Mian Tariq Anwar"],
      [
        "Captive plants were getting gas below the cost of supply for years; that subsidy is " +
          "being phased out as agreed with the IMF,",
        "one official",
      ],
      ["The sector is squeezed from both sides — input costs up, yarn prices down,", "Sana Tariq"],
    ],
  },
  {
    name:
      "The Sudbury Star, sport: a headline fragment by a player named only in the body, an " +
      "arena's nickname in marks, Surname said after the game, the coach said, two men in one " +
      "paragraph with admitted and a description as the inverted subject, an opposing coach " +
      "with called and a partial",
    headline: "‘We just kept coming’: Wolves rally past Battalion in third",
    paragraphs: [
      "The Sudbury Wolves erased a two-goal deficit in the third period and beat the North Bay " +
        "Battalion 4-3 on Friday night at the Sudbury Community Arena, the building fans still " +
        "call “the Old Barn.”",
      "Overager Mason Leclair scored twice, including the winner with 1:48 left, and rookie " +
        "goaltender Evan Prue made 31 saves.",
      "“We just kept coming. Nobody on the bench thought it was over,” Leclair said after the " +
        "game. “Down two to North Bay, in this building, you can’t fold.”",
      "Head coach Dean Hallett was less pleased with the first 40 minutes. “We were second to " +
        "every puck,” the coach said. “I told them at the second intermission that if that’s " +
        "the effort, we don’t deserve to wear the jersey.”",
      "Prue, 17, got the start when veteran Noah Gauthier was scratched with an illness. " +
        "“Honestly, I didn’t sleep much last night,” admitted the Timmins native.",
      "Battalion coach Ryan Kowalchuk called the loss “a lesson in how not to manage a lead.”",
      "The Wolves (14-9-2-1) host the Soo Greyhounds on Sunday afternoon.",
    ],
    quotes: [
      ["We just kept coming", "Mason Leclair"],
      ["We just kept coming. Nobody on the bench thought it was over,", "Mason Leclair"],
      ["Down two to North Bay, in this building, you can’t fold.", "Mason Leclair"],
      ["We were second to every puck,", "Dean Hallett"],
      [
        "I told them at the second intermission that if that’s the effort, we don’t deserve " +
          "to wear the jersey.",
        "Dean Hallett",
      ],
      ["Honestly, I didn’t sleep much last night,", "Evan Prue"],
      ["a lesson in how not to manage a lead.", "Ryan Kowalchuk"],
    ],
  },
  {
    name:
      "Scroll, culture: a standfirst partial in single marks by a translator named only in the " +
      "body, repeated word for word in the body, book titles in marks, an author with the age " +
      "then he said and a verbless second quote, a press's statement with a partial, a split " +
      "quote with says Surname and a nested quote, a critic with described as and a partial",
    headline: "A Malayalam novel about Gulf migrants is this year’s surprise bestseller in English",
    standfirst: "Its translator says the book ‘was never meant to travel this far’.",
    paragraphs: [
      "When “Manalkattu” was published in Malayalam in 2019, it sold a respectable 4,000 " +
        "copies. Its English translation, “The Sand Wind”, released in March by a small " +
        "Chennai press, has now sold more than 60,000.",
      "Its author, Abdul Salam Kuttiady, 61, worked as a driver in Dammam for 22 years before " +
        "returning to Kozhikode. “Every character in this book is someone I shared a room " +
        "with,” he said. “I changed the names. I did not change anything else.”",
      "Translator Reshma Varghese said the book “was never meant to travel this far”, and " +
        "that she had expected it to sell a few hundred copies, mostly to academics.",
      "In a statement, Kuruvi Press said the book’s success showed “there is a readership for " +
        "translation that publishers have been too timid to serve”.",
      "“I get messages from Saudi, from Oman, from Kuwait,” says Kuttiady, “from men who say, " +
        "‘This is my life.’ That is the only prize I want.”",
      "Not everyone is convinced. Writing in a literary quarterly, the critic Nikhil Menon " +
        "described the translation as “competent but flattening”, arguing that it irons out " +
        "the Malabar dialect of the original.",
    ],
    quotes: [
      ["was never meant to travel this far", "Reshma Varghese"],
      ["Every character in this book is someone I shared a room with,", "Abdul Salam Kuttiady"],
      ["I changed the names. I did not change anything else.", "Abdul Salam Kuttiady"],
      ["there is a readership for translation that publishers have been too timid to serve", "Kuruvi Press"],
      ["I get messages from Saudi, from Oman, from Kuwait,", "Abdul Salam Kuttiady"],
      ["from men who say, ‘This is my life.’ That is the only prize I want.", "Abdul Salam Kuttiady"],
      ["competent but flattening", "Nikhil Menon"],
    ],
  },
  {
    name:
      "Phys.org, science: straight quotes, according to a study without a quote, said lead " +
      "author Dr. Name then a verbless second quote, a co-author cautioned then he said, a " +
      "paper with describes and a partial, an outside expert with called and a partial then " +
      "she said, a facility's nickname in marks",
    headline: "Bumblebees lose their sense of smell in heat waves, study finds",
    paragraphs: [
      "Bumblebees exposed to temperatures above 35°C for just a few hours struggle to " +
        "recognize the scent of flowers, according to a study published in Proceedings of the " +
        "Royal Society B.",
      "Researchers at the University of Exeter trained 240 buff-tailed bumblebees to associate " +
        "a floral scent with a sugar reward, then tested them after spells in heated chambers.",
      '"We were surprised by how fast it happened," said lead author Dr. Hannah Okafor, a ' +
        'behavioral ecologist at the university. "After three hours at 38°C, more than half ' +
        'the bees could no longer tell a sunflower from a blank card."',
      "The effect wore off within two days in most bees. But co-author Professor James " +
        "Whitfield cautioned against reading too much into that. \"Temporary doesn't help " +
        'much if the heat wave lasts a week," he said.',
      'The paper describes heat waves as "an underappreciated threat to pollination ' +
        'services" in temperate Europe.',
      "Mariana Costa, a pollination ecologist at the University of São Paulo who was not " +
        'involved in the study, called the findings "convincing but narrow," noting that only ' +
        "one species was tested. \"Wild bees may cope better or worse; we simply don't know " +
        'yet," she said.',
      "The team now plans to repeat the experiments in a set of heated field greenhouses the " +
        'researchers have nicknamed "the hot box."',
    ],
    quotes: [
      ["We were surprised by how fast it happened,", "Hannah Okafor"],
      [
        "After three hours at 38°C, more than half the bees could no longer tell a sunflower " +
          "from a blank card.",
        "Hannah Okafor",
      ],
      ["Temporary doesn't help much if the heat wave lasts a week,", "James Whitfield"],
      ["an underappreciated threat to pollination services", "The paper"],
      ["convincing but narrow,", "Mariana Costa"],
      ["Wild bees may cope better or worse; we simply don't know yet,", "Mariana Costa"],
    ],
  },
  {
    name:
      "ThePrint, health: according to a corporation's report, the report with a partial, a " +
      "campaign's name in marks, said Dr Name after a quote, two women in one paragraph with " +
      "a partial by a paediatrician then she said, a senior official unnamed with the " +
      "official said, a resident with asked and the age",
    headline: "Delhi records 4,112 dengue cases, highest in 3 years; doctors flag rise in severe cases",
    paragraphs: [
      "New Delhi: Delhi has recorded 4,112 dengue cases so far this year, the highest since " +
        "2023, according to a report released by the Municipal Corporation of Delhi (MCD) " +
        "Monday.",
      "The report said domestic breeding checkers had found mosquito larvae in “one out of " +
        "every nine households inspected” during the MCD’s “Dengue-Mukt Dilli” drive in " +
        "October.",
      "“We are seeing more patients with platelet counts below 20,000 this year than in the " +
        "last two seasons put together,” said Dr Ritu Saxena, who heads the department of " +
        "medicine at Safdarjung Hospital.",
      "Her colleague Dr Anjali Batra, a paediatrician at the same hospital, said children " +
        "were arriving “on the fourth or fifth day of fever, when the warning signs are " +
        "already there”. “Parents are giving paracetamol at home and waiting,” she said.",
      "A senior MCD official, who did not wish to be named, admitted the corporation was " +
        "stretched. “We have 3,000 domestic breeding checkers for a city of over two crore " +
        "people. It is not enough,” the official said.",
      "In Sangam Vihar, one of the worst-hit areas, residents blamed an irregular water " +
        "supply that forces families to store water in open drums. “The tanker comes once in " +
        "four days. What else do we do but store it?” asked Shabnam Bano, 38.",
    ],
    quotes: [
      ["one out of every nine households inspected", "The report"],
      [
        "We are seeing more patients with platelet counts below 20,000 this year than in " +
          "the last two seasons put together,",
        "Ritu Saxena",
      ],
      ["on the fourth or fifth day of fever, when the warning signs are already there", "Anjali Batra"],
      ["Parents are giving paracetamol at home and waiting,", "Anjali Batra"],
      [
        "We have 3,000 domestic breeding checkers for a city of over two crore people. It " +
          "is not enough,",
        "A senior MCD official",
      ],
      ["The tanker comes once in four days. What else do we do but store it?", "Shabnam Bano"],
    ],
  },
  {
    name:
      "Taranaki Daily News, local life: a bank's statement with a partial, a resident with the " +
      "age in reported speech then a verbless quote, a business association chair with he said " +
      "twice, a councillor told the paper after a quote, a branch's nickname in marks, an " +
      "unnamed staff member with she said",
    headline: "Waitara’s last bank branch to close, leaving locals with a 15km trip",
    paragraphs: [
      "Waitara will lose its last bank branch in February, after ANZ confirmed it would close " +
        "its McLean St branch and move customers to New Plymouth.",
      "In a statement, ANZ said foot traffic at the branch had fallen 70 per cent in five " +
        "years and customers were “increasingly choosing to bank digitally”.",
      "Long-time resident Marlene Hohaia, 78, said she did not have internet banking and did " +
        "not want it. “I’ve banked there since 1969. I’m not putting my money in a phone.”",
      "Waitara Business Association chair Grant Fitzgerald said shop owners would now have " +
        "to drive to New Plymouth to deposit their takings. “It’s another nail,” he said. " +
        "“First the post shop went, now this.”",
      "“The bank has a social licence in this town and it is walking away from it,” ward " +
        "councillor Aroha Tamati told the Taranaki Daily News. She said she would write to " +
        "ANZ asking it to reconsider.",
      "The branch, known to generations of locals simply as “the Bank on the Corner”, has " +
        "four staff. One staff member, who did not want to be named, said they had been " +
        "offered roles in New Plymouth. “Most of us will take it, but it won’t be the same,” " +
        "she said.",
    ],
    quotes: [
      ["increasingly choosing to bank digitally", "ANZ"],
      ["I’ve banked there since 1969. I’m not putting my money in a phone.", "Marlene Hohaia"],
      ["It’s another nail,", "Grant Fitzgerald"],
      ["First the post shop went, now this.", "Grant Fitzgerald"],
      ["The bank has a social licence in this town and it is walking away from it,", "Aroha Tamati"],
      ["Most of us will take it, but it won’t be the same,", "One staff member"],
    ],
  },
  {
    name:
      "Plymouth Live, crime: a police force's statement with the force said and a partial, a " +
      "son with the age and a partial then the 54-year-old said and a verbless second quote, " +
      "a detective with said and a colon whose quote runs over two paragraphs, an unnamed " +
      "shopkeeper with a partial then he said around a nested quote",
    headline: "Police appeal after pensioner, 81, pushed to ground and robbed of wedding ring",
    paragraphs: [
      "Police are appealing for witnesses after an 81-year-old woman was pushed to the ground " +
        "and robbed of her wedding ring in Mutley Plain.",
      "Devon and Cornwall Police said the woman was walking home from the shops at about " +
        "4.15pm on Tuesday when a man approached her from behind. In a statement, the force " +
        "said she suffered “a fractured wrist and significant bruising” and was taken to " +
        "Derriford Hospital.",
      "Her son, Mark Pengelly, 54, said his mother was “shaken but stubborn”. “She’s already " +
        "asking when she can go back to the shops on her own,” the 54-year-old said. “That " +
        "ring was on her finger for 58 years. Dad’s been gone ten years and it was the last " +
        "thing of his she wore every day.”",
      "Detective Constable Sian Trewin, who is leading the investigation, said: “This was a " +
        "cowardly attack on a vulnerable woman in broad daylight on one of the busiest " +
        "streets in the city.",
      "“We know there were people around at the time and I would urge anyone who saw a man " +
        "running towards Ermington Terrace to get in touch.”",
      "A shopkeeper who helped the woman said she had been “remarkably calm”. “She just kept " +
        "saying, ‘He’s got my ring,’” he said.",
      "Anyone with information is asked to call 101 quoting crime reference 50250311742.",
    ],
    quotes: [
      ["a fractured wrist and significant bruising", "Devon and Cornwall Police"],
      ["shaken but stubborn", "Mark Pengelly"],
      ["She’s already asking when she can go back to the shops on her own,", "Mark Pengelly"],
      [
        "That ring was on her finger for 58 years. Dad’s been gone ten years and it was the " +
          "last thing of his she wore every day.",
        "Mark Pengelly",
      ],
      [
        "This was a cowardly attack on a vulnerable woman in broad daylight on one of the " +
          "busiest streets in the city.",
        "Sian Trewin",
      ],
      [
        "We know there were people around at the time and I would urge anyone who saw a man " +
          "running towards Ermington Terrace to get in touch.",
        "Sian Trewin",
      ],
      ["remarkably calm", "A shopkeeper"],
      ["She just kept saying, ‘He’s got my ring,’", "A shopkeeper"],
    ],
  },
  {
    name:
      "Inside Higher Ed, education: a senate president with said Name and a role then a " +
      "verbless second quote, a resolution that states with a partial, a provost's email " +
      "with she wrote, a slogan on a sign in marks, a student with she said, two men in " +
      "one paragraph with a partial by the first and Surname said by the second",
    headline: "Faculty Senate Votes No Confidence in Provost Over Program Cuts",
    paragraphs: [
      "The Faculty Senate at Westbrook State University voted 41 to 9 on Wednesday to express " +
        "no confidence in Provost Linda Carraway, two weeks after she recommended eliminating " +
        "14 academic programs, including philosophy, German and physics.",
      "“This is not a vote we take lightly,” said Aaron Delgado, a professor of history and " +
        "president of the Faculty Senate. “But the provost made these recommendations without " +
        "ever meeting the departments affected.”",
      "The resolution states that the program review was “opaque, rushed and indifferent to " +
        "the university’s mission,” and calls on the Board of Regents to pause the cuts.",
      "In an email to Inside Higher Ed, Carraway said she respected the Senate’s right to " +
        "vote but stood by the review. “Enrollment in these 14 programs has fallen by more " +
        "than half since 2015. Doing nothing is also a decision, and it is the most expensive " +
        "one,” she wrote.",
      "Priya Natarajan, who is finishing a master’s degree in physics, attended the meeting " +
        "with a sign reading “Physics Is Not a Luxury.” “I came here because of this " +
        "department,” she said.",
      "The regents will take up the recommendations at their Dec. 12 meeting. Regent Paul " +
        "Whitaker told Inside Higher Ed he had “serious questions” about the process, while " +
        "fellow regent Gerald Houts said he would back the provost. “She was hired to make " +
        "hard calls, and she’s making them,” Houts said.",
    ],
    quotes: [
      ["This is not a vote we take lightly,", "Aaron Delgado"],
      [
        "But the provost made these recommendations without ever meeting the departments " + "affected.",
        "Aaron Delgado",
      ],
      ["opaque, rushed and indifferent to the university’s mission,", "The resolution"],
      [
        "Enrollment in these 14 programs has fallen by more than half since 2015. Doing " +
          "nothing is also a decision, and it is the most expensive one,",
        "Linda Carraway",
      ],
      ["I came here because of this department,", "Priya Natarajan"],
      ["serious questions", "Paul Whitaker"],
      ["She was hired to make hard calls, and she’s making them,", "Gerald Houts"],
    ],
  },
]);
