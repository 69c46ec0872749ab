// An eleventh round of composed English news articles, in the styles of outlets and beats the first ten
// rounds did not use: the Otago Daily Times on a Dunedin rates vote, the Daily Maverick on a water ruling
// in the Johannesburg High Court, The Salt Lake Tribune on a Great Salt Lake dust study, WalesOnline after
// a Six Nations defeat, The Kansas City Star on a rural hospital closure, The Star (Malaysia) on a chip
// plant in Penang, the Edmonton Journal on school enrolment caps, The Yorkshire Post on a Brontë
// manuscript, Times of Malta at an arraignment and The Canberra Times on a hailstorm. Every article was
// written for these tests, before the engine was run on them. Expected speakers follow the corpus
// guidelines: the fullest name the article gives, a body or a document as written, an unnamed source by
// its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Otago Daily Times, local politics: a headline fragment in single marks repeated in " +
      "the body, Ms before a surname, Cr before a name, he asked, a colon after told the " +
      "meeting, a placard, a group's statement",
    headline: "Rates rise of 9.8% ‘the least-worst option’, mayor says",
    paragraphs: [
      "Dunedin ratepayers will face an average rates rise of 9.8% from July after the " +
        "Dunedin City Council adopted its annual plan yesterday by nine votes to six.",
      "Mayor Harriet Kerr said the increase, driven largely by the cost of replacing " +
        "ageing water pipes, was “the least-worst option” available to the council.",
      "“Nobody around this table wanted to be here. But the pipes under South Dunedin do " +
        "not care about an election year,” Ms Kerr said.",
      "Cr Brent Hollingsworth, who voted against the plan, said the council had “lost " +
        "control of its spending” and should have scaled back its cycleways programme " +
        "before asking households for more.",
      "“Every week I get emails from pensioners in Mosgiel asking whether they will have " +
        "to sell up. What am I supposed to tell them?” he asked.",
      "Deputy mayor Kiri Waititi said the alternative was to borrow more, which would " +
        "simply push the cost on to the next generation. She told the meeting: “We can pay " +
        "for it now or our kids can pay for it with interest. I know which one I can live " +
        "with.”",
      "Outside the Civic Centre, about 30 members of the group Rates Watch Dunedin held " +
        "placards reading “Stop the Spend” as councillors arrived.",
      "Grey Power Otago said in a statement the rise was “simply unaffordable” for many " +
        "of its members, some of whom already spend more than a tenth of their pension on " +
        "rates.",
    ],
    quotes: [
      ["the least-worst option", "Harriet Kerr"],
      [
        "Nobody around this table wanted to be here. But the pipes under South Dunedin do " +
          "not care about an election year,",
        "Harriet Kerr",
      ],
      ["lost control of its spending", "Brent Hollingsworth"],
      [
        "Every week I get emails from pensioners in Mosgiel asking whether they will have " +
          "to sell up. What am I supposed to tell them?",
        "Brent Hollingsworth",
      ],
      [
        "We can pay for it now or our kids can pay for it with interest. I know which one I " +
          "can live with.",
        "Kiri Waititi",
      ],
      ["simply unaffordable", "Grey Power Otago"],
    ],
  },
  {
    name:
      "Daily Maverick, courts: a standfirst fragment repeated in the body, the judgment " +
      "reads, an advocate's partial quote, a quote over two paragraphs, a utility " +
      "spokesperson then surname, an unnamed official, a nickname",
    todo: "a quote closed by “the judgment reads” goes to the judge named before, not the judgment",
    headline: "Court orders Joburg to truck water to Soweto residents within 48 hours",
    standfirst:
      "Judge Nomsa Mahlangu found the City of Johannesburg’s handling of a 19-day outage " +
      "“unreasonable and unconstitutional” and ordered it to supply 25 litres a person a " +
      "day.",
    paragraphs: [
      "The Johannesburg High Court on Tuesday ordered the City of Johannesburg and its " +
        "water utility to provide at least 25 litres of water a day per person to residents " +
        "of Protea Glen and Chiawelo in Soweto, some of whom have been without running " +
        "water for 19 days.",
      "In a judgment handed down in the urgent court, Judge Nomsa Mahlangu found that the " +
        "city’s handling of the outage was “unreasonable and unconstitutional” and that " +
        "officials had known for months that the Commando reservoir system was at risk of " +
        "failure.",
      "“The right of access to sufficient water is not a promise to be honoured when it " +
        "becomes convenient. It is an obligation, and it binds the City today,” the " +
        "judgment reads.",
      "The application was brought by the Soweto Residents’ Water Forum, represented by " +
        "Advocate Lwazi Dube SC, who told the court last week that residents were “queuing " +
        "at 3am for a tanker that may or may not arrive”.",
      "Forum chairperson Busisiwe Khumalo, 58, who lives in Protea Glen, said outside " +
        "court that the ruling was a vindication for the volunteers known in the area as " +
        "the “Bucket Brigade”.",
      "“We have been buying water with our pension money. We have been carrying buckets " +
        "up the stairs for grandmothers who cannot walk.",
      "“Today a judge has told the City what we have been telling them for three weeks,” she said.",
      "Johannesburg Water spokesperson Nombuso Shabalala said the utility would “study " +
        "the judgment” and was already running 42 tankers in the area. “Our teams are " +
        "working around the clock to complete the repairs on the Commando system,” " +
        "Shabalala said.",
      "A senior official in the mayor’s office, who asked not to be named because they " +
        "were not authorised to speak to the media, said an appeal was “highly unlikely”.",
    ],
    quotes: [
      ["unreasonable and unconstitutional", "Nomsa Mahlangu"],
      [
        "The right of access to sufficient water is not a promise to be honoured when it " +
          "becomes convenient. It is an obligation, and it binds the City today,",
        "the judgment",
      ],
      ["queuing at 3am for a tanker that may or may not arrive", "Lwazi Dube"],
      [
        "We have been buying water with our pension money. We have been carrying buckets up " +
          "the stairs for grandmothers who cannot walk.",
        "Busisiwe Khumalo",
      ],
      ["Today a judge has told the City what we have been telling them for three weeks,", "Busisiwe Khumalo"],
      ["study the judgment", "Nombuso Shabalala"],
      [
        "Our teams are working around the clock to complete the repairs on the Commando system,",
        "Nombuso Shabalala",
      ],
      ["highly unlikely", "A senior official in the mayor’s office"],
    ],
  },
  {
    name:
      "Salt Lake Tribune, science: the paper describes, said after the quote with the " +
      "lead author after, an outside expert split by he said, a department's emailed " +
      "statement, says in the present tense with Rep. and a party tag, a documentary " +
      "title",
    headline: "Great Salt Lake dust carries more arsenic than thought, Utah study finds",
    paragraphs: [
      "Dust blowing off the exposed bed of the Great Salt Lake contains higher " +
        "concentrations of arsenic and other metals than previously estimated, and much of " +
        "it settles on neighborhoods along the Wasatch Front, according to a study " +
        "published Monday.",
      "The paper, published in the journal Environmental Research Letters, describes the " +
        "dry lakebed as “a significant and growing source of particulate pollution” for the " +
        "roughly 2.5 million people living downwind.",
      "“We expected to find arsenic. What surprised us was how much of the fine dust, the " +
        "stuff that gets deepest into your lungs, was coming from the newly exposed areas,” " +
        "said Marisol Ortega, a University of Utah atmospheric scientist and the study’s " +
        "lead author.",
      "Ortega and her colleagues collected samples at 19 sites between Tooele and Ogden " +
        "over two years. The highest readings came on spring days with strong south winds, " +
        "she said, when dust plumes are visible from Salt Lake City International Airport.",
      "Dr. Anil Raghavan, a pulmonologist at Intermountain Health who was not involved in " +
        "the study, said the findings should concern parents of children with asthma. “This " +
        "isn’t a reason to panic,” he said. “But on a bad dust day, I would keep kids " +
        "indoors, the same way we tell people to do during an inversion.”",
      "The Utah Department of Environmental Quality said in an emailed statement that it " +
        "was reviewing the study and that its monitoring network already tracks " +
        "“particulate matter from all sources, including the lakebed.”",
      "Lawmakers have spent more than $1 billion on water conservation since 2022, but " +
        "the lake remains well below the level researchers consider healthy. “We’ve made " +
        "progress, but the lake doesn’t care about progress. It cares about water,” says " +
        "Rep. Carla Benally, D-Salt Lake City, who sponsored a bill last session to buy " +
        "water rights from upstream farmers.",
      "The study’s findings echo those of “Shrinking Sea,” a 2023 documentary that " +
        "followed researchers across the lakebed. For Ortega, the message is simple. “The " +
        "lake is telling us something,” she said, “and we should probably listen.”",
    ],
    quotes: [
      ["a significant and growing source of particulate pollution", "The paper"],
      [
        "We expected to find arsenic. What surprised us was how much of the fine dust, the " +
          "stuff that gets deepest into your lungs, was coming from the newly exposed areas,",
        "Marisol Ortega",
      ],
      ["This isn’t a reason to panic,", "Anil Raghavan"],
      [
        "But on a bad dust day, I would keep kids indoors, the same way we tell people to " +
          "do during an inversion.",
        "Anil Raghavan",
      ],
      [
        "particulate matter from all sources, including the lakebed.",
        "The Utah Department of Environmental Quality",
      ],
      [
        "We’ve made progress, but the lake doesn’t care about progress. It cares about water,",
        "Carla Benally",
      ],
      ["The lake is telling us something,", "Marisol Ortega"],
      ["and we should probably listen.", "Marisol Ortega"],
    ],
  },
  {
    name:
      "WalesOnline, rugby: straight quotes throughout, a headline fragment in single " +
      "marks repeated in the body, said and the coach inverted, the 51-year-old, the " +
      "flanker, a spokesperson with a colon, a hymn's title, a fan with an age",
    headline: "Wales coach says 'I'm not walking away' after record defeat to Italy",
    paragraphs: [
      "Wales head coach Gareth Lloyd-Rees insists he will not resign after his side " +
        "slumped to a 38-13 defeat to Italy in Rome, their heaviest ever loss to the " +
        "Azzurri and a 14th straight Six Nations defeat.",
      '"I\'m not walking away," said Lloyd-Rees, who has two years left on his contract. ' +
        "\"I've never walked away from anything in my life and I'm not starting now.\"",
      'The 51-year-old admitted his side had been "second best in every department" at ' +
        "the Stadio Olimpico and said he would meet the Welsh Rugby Union hierarchy this " +
        "week.",
      "Captain Rhodri Pugh, who limped off with an ankle injury in the 60th minute, was " +
        'close to tears in his post-match interview with BBC Wales. "The boys are hurting. ' +
        "We let a lot of people down today, people who spent a lot of money to come out " +
        'here," the flanker said.',
      'A WRU spokesperson said: "The chief executive and the board will conduct a full ' +
        "review of the campaign once it is complete. It would be inappropriate to comment " +
        'further at this stage."',
      '"For us, this is a historic day," said Italy head coach Marco Bellandi. "But I ' +
        'have a lot of respect for Wales. They will come back, they always do."',
      "Around 8,000 Wales supporters had travelled to Rome, and many were still singing " +
        '"Calon Lân" long after the final whistle. Others were less forgiving. "I\'ve ' +
        "been coming to these games for 30 years and I've never seen anything like it,\" " +
        "said Huw Jenkins, 64, from Llanelli.",
    ],
    quotes: [
      ["I'm not walking away,", "Gareth Lloyd-Rees"],
      ["I've never walked away from anything in my life and I'm not starting now.", "Gareth Lloyd-Rees"],
      ["second best in every department", "Gareth Lloyd-Rees"],
      [
        "The boys are hurting. We let a lot of people down today, people who spent a lot of " +
          "money to come out here,",
        "Rhodri Pugh",
      ],
      [
        "The chief executive and the board will conduct a full review of the campaign once " +
          "it is complete. It would be inappropriate to comment further at this stage.",
        "A WRU spokesperson",
      ],
      ["For us, this is a historic day,", "Marco Bellandi"],
      ["But I have a lot of respect for Wales. They will come back, they always do.", "Marco Bellandi"],
      ["I've been coming to these games for 30 years and I've never seen anything like it,", "Huw Jenkins"],
    ],
  },
  {
    name:
      "Kansas City Star, health: a CEO quoted then named after the quote, a board of " +
      "trustees in a statement, a so-called term, an association's vice president with " +
      "two quotes in a row, a patient with an age, an anonymous nurse",
    headline: "Rural Kansas hospital to end inpatient care, leaving 60-mile drive for emergencies",
    paragraphs: [
      "Marlow County Memorial Hospital in Cedar Bluff will stop admitting patients and " +
        "close its emergency room on March 31, hospital officials announced Thursday, " +
        "leaving residents of the western Kansas county more than 60 miles from the nearest " +
        "ER.",
      "“This is the hardest decision our board has ever had to make,” hospital CEO Denise " +
        "Harkavy said at a packed community meeting in the high school gym Thursday night. " +
        "“We have run out of road.”",
      "The hospital lost $3.1 million last year, Harkavy said, as more of its patients " +
        "came to rely on Medicaid and Medicare Advantage plans that pay less and often deny " +
        "claims. In a statement, the hospital’s board of trustees said the clinic next door " +
        "would remain open “for as long as it is financially possible.”",
      "Kansas has 82 so-called “critical access” hospitals, more than any state but " +
        "Texas, and nearly a third are at risk of closing, according to a 2025 analysis by " +
        "the Chartis Center for Rural Health.",
      "Jared Fulton, vice president of rural health for the Kansas Hospital Association, " +
        "said the closure was “part of a pattern, not an isolated case.” “When the hospital " +
        "goes, the pharmacy goes, the nursing home struggles, and young families stop " +
        "moving in,” Fulton said.",
      "Loretta Vance, 78, who has congestive heart failure, drove herself to the " +
        "emergency room twice last winter. “If I have to go to Hays, I’ll be dead before I " +
        "get there,” she said. “That’s not me being dramatic. That’s just the map.”",
      "A nurse at the hospital, who spoke on the condition of anonymity because she had " +
        "not yet signed her severance agreement, said staff learned of the closure from a " +
        "Facebook post. “We found out the same way the town did,” she said.",
      "State Sen. Ray Koenig, a Republican from Cedar Bluff, said he would ask the " +
        "Legislature to create an emergency fund for rural hospitals when it convenes in " +
        "January.",
    ],
    quotes: [
      ["This is the hardest decision our board has ever had to make,", "Denise Harkavy"],
      ["We have run out of road.", "Denise Harkavy"],
      ["for as long as it is financially possible.", "the hospital’s board of trustees"],
      ["part of a pattern, not an isolated case.", "Jared Fulton"],
      [
        "When the hospital goes, the pharmacy goes, the nursing home struggles, and young " +
          "families stop moving in,",
        "Jared Fulton",
      ],
      ["If I have to go to Hays, I’ll be dead before I get there,", "Loretta Vance"],
      ["That’s not me being dramatic. That’s just the map.", "Loretta Vance"],
      ["We found out the same way the town did,", "A nurse at the hospital"],
    ],
  },
  {
    name:
      "The Star (Malaysia), business: a dateline, Datuk and Tan Sri before names, told " +
      "reporters with he, described as, a ministry with its acronym, an unnamed analyst, " +
      "a research house's note that says, a rating in marks, a director with she",
    todo: "“it said” after a research house's note goes to the ministry of the paragraph before",
    headline: "Mutiara Semicon to invest RM2.4bil in Batu Kawan plant, create 1,800 jobs",
    paragraphs: [
      "GEORGE TOWN: Penang-based chip packaging firm Mutiara Semicon Bhd will invest " +
        "RM2.4bil over five years to build a second plant in Batu Kawan, creating about " +
        "1,800 high-skilled jobs, says its managing director Datuk Lim Chee Keong.",
      "“Customers are moving their supply chains and they want capacity they can trust. " +
        "We intend to be ready when they come knocking,” he told reporters after the " +
        "company’s AGM here yesterday.",
      "Lim said the plant, expected to start operations in the second half of 2028, would " +
        "focus on advanced packaging for artificial intelligence and automotive chips.",
      "Penang Chief Minister Tan Sri Ong Beng Huat, who witnessed the signing of the land " +
        "deal, described the investment as “a vote of confidence in Penang’s ecosystem”.",
      "In a statement, the Investment, Trade and Industry Ministry (Miti) said the " +
        "project “will deepen local participation in the higher end of the value chain” and " +
        "was in line with the National Semiconductor Strategy.",
      "An analyst with a local research house, who declined to be named, said the " +
        "expansion was “ambitious but achievable” given the group’s net cash position of " +
        "RM640mil.",
      "Meanwhile, Hong Leong Investment Bank Research maintained its “buy” call on the " +
        "stock with a target price of RM3.85. “We believe the market has yet to price in " +
        "the earnings contribution from the new plant,” it said in a note to clients.",
      "Mutiara Semicon human resources director Nurul Aina Mohd Yusof said the company " +
        "would work with local universities to fill the positions. “We will need about 400 " +
        "engineers in the first phase alone. We cannot hire them all from outside, so we " +
        "are training our own,” she said.",
    ],
    quotes: [
      [
        "Customers are moving their supply chains and they want capacity they can trust. We " +
          "intend to be ready when they come knocking,",
        "Lim Chee Keong",
      ],
      ["a vote of confidence in Penang’s ecosystem", "Ong Beng Huat"],
      [
        "will deepen local participation in the higher end of the value chain",
        "the Investment, Trade and Industry Ministry",
      ],
      ["ambitious but achievable", "An analyst with a local research house"],
      [
        "We believe the market has yet to price in the earnings contribution from the new plant,",
        "Hong Leong Investment Bank Research",
      ],
      [
        "We will need about 400 engineers in the first phase alone. We cannot hire them all " +
          "from outside, so we are training our own,",
        "Nurul Aina Mohd Yusof",
      ],
    ],
  },
  {
    name:
      "Edmonton Journal, education: called the decision with the period inside, a board " +
      "chair by surname, the superintendent told trustees then he, a spokesperson for a " +
      "minister in an email, a parent with a colon, a student quoted over two paragraphs, " +
      "a report's title",
    headline: "Edmonton Public Schools caps enrolment at three south-side high schools",
    paragraphs: [
      "Students moving into three fast-growing southwest Edmonton neighbourhoods next " +
        "fall won’t be able to attend their closest high school, after Edmonton Public " +
        "Schools trustees voted 7-2 Tuesday to cap enrolment at Ellerslie, Heritage Valley " +
        "and Windermere high schools.",
      "Board chair Marsha Thibodeau called the decision “a stopgap, not a solution.” “We " +
        "have schools built for 1,800 students holding 2,600. We have run out of hallways " +
        "to put portables in,” Thibodeau said.",
      "Superintendent Amir Haddad told trustees the division expects about 4,000 more " +
        "students over the next three years, most of them in the southwest. “Without new " +
        "schools, we are going to be making these decisions every single year,” he said.",
      "A spokesperson for Alberta’s education minister said in an email that the province " +
        "had committed $8.6 billion to build and modernize schools and that Edmonton would " +
        "get “its fair share.”",
      "Parent Kerry-Ann Osei, whose son is in Grade 8 at a Windermere junior high, said " +
        "the family moved to the area for its schools. She put it this way: “We paid a " +
        "premium to live five minutes from a high school. Now my son will spend 50 minutes " +
        "on a bus to get to one across the river.”",
      "Liam Brodeur, a Grade 11 student at Heritage Valley, told trustees some classes " +
        "are so crowded that students eat lunch in the stairwells.",
      "“Some of my classes have 42 kids in them. There aren’t enough desks, so people sit " +
        "on the counters in the science lab.",
      "“I’m not saying this to complain. I’m saying it because I don’t think anyone who " +
        "decides this has actually seen it.”",
      "The decision follows a division report, “Growing Pains: Space in Our Schools,” " +
        "which projected that six of the division’s 31 high schools will be over capacity " +
        "by 2028.",
    ],
    quotes: [
      ["a stopgap, not a solution.", "Marsha Thibodeau"],
      [
        "We have schools built for 1,800 students holding 2,600. We have run out of " +
          "hallways to put portables in,",
        "Marsha Thibodeau",
      ],
      ["Without new schools, we are going to be making these decisions every single year,", "Amir Haddad"],
      ["its fair share.", "A spokesperson for Alberta’s education minister"],
      [
        "We paid a premium to live five minutes from a high school. Now my son will spend " +
          "50 minutes on a bus to get to one across the river.",
        "Kerry-Ann Osei",
      ],
      [
        "Some of my classes have 42 kids in them. There aren’t enough desks, so people sit " +
          "on the counters in the science lab.",
        "Liam Brodeur",
      ],
      [
        "I’m not saying this to complain. I’m saying it because I don’t think anyone who " +
          "decides this has actually seen it.",
        "Liam Brodeur",
      ],
    ],
  },
  {
    name:
      "Yorkshire Post, culture: a headline fragment repeated in the body, a magazine's " +
      "title, the curator then she with another woman named nearby, a society's statement " +
      "with a partial quote, Dame before a name, a shopkeeper split by said, an " +
      "exhibition title",
    headline: "Brontë Society wins ‘tiny treasure’ at auction after public appeal",
    paragraphs: [
      "A miniature magazine written by a teenage Charlotte Brontë will return to Haworth " +
        "after the Brontë Society secured it at auction in London for £1.1m, following a " +
        "public appeal that raised more than £300,000 in six weeks.",
      "The hand-stitched booklet, smaller than a playing card, is one of six editions of " +
        "the “Young Men’s Magazine” that Charlotte produced in 1830 for her brother " +
        "Branwell’s toy soldiers.",
      "Principal curator Helen Ashworth described the booklet as a “tiny treasure” and " +
        "said it would go on display at the Brontë Parsonage Museum in the spring.",
      "“When you hold it, you can see where she has pressed so hard with the pen that the " +
        "paper has nearly torn. That is a 14-year-old who already knew she was going to be " +
        "a writer,” she said.",
      "In a statement, the Brontë Society thanked the “thousands of people, from Keighley " +
        "to Kyoto,” who had donated to the appeal.",
      "The National Heritage Memorial Fund contributed £450,000. Its chair, Dame Rosalind " +
        "Tate, said: “Objects like this belong where they were made, not in a private vault " +
        "on the other side of the world.”",
      "In Haworth’s Main Street, where shops trade heavily on the family’s fame, the news " +
        "was greeted warmly. “Every time something comes home, people come to see it,” said " +
        "Pauline Greenwood, who has run a tea room opposite the Black Bull for 22 years. " +
        "“It’s good for the village, and it’s good for Charlotte.”",
      "The booklet will be the centrepiece of the museum’s next exhibition, “Charlotte at " +
        "210,” which opens in April.",
    ],
    quotes: [
      ["tiny treasure", "Helen Ashworth"],
      [
        "When you hold it, you can see where she has pressed so hard with the pen that the " +
          "paper has nearly torn. That is a 14-year-old who already knew she was going to be " +
          "a writer,",
        "Helen Ashworth",
      ],
      ["thousands of people, from Keighley to Kyoto,", "the Brontë Society"],
      [
        "Objects like this belong where they were made, not in a private vault on the other " +
          "side of the world.",
        "Rosalind Tate",
      ],
      ["Every time something comes home, people come to see it,", "Pauline Greenwood"],
      ["It’s good for the village, and it’s good for Charlotte.", "Pauline Greenwood"],
    ],
  },
  {
    name:
      "Times of Malta, courts and crime: police said in a statement, prosecuting, the " +
      "inspector, a lawyer appearing for the accused then she, the magistrate by double " +
      "surname, a nickname, an unnamed neighbour who told Times of Malta",
    headline: "Man denies stabbing flatmate in Msida over unpaid rent",
    paragraphs: [
      "A 31-year-old man has pleaded not guilty to attempted murder after allegedly " +
        "stabbing his flatmate three times during an argument over unpaid rent in Msida on " +
        "Sunday night.",
      "Kurt Micallef, from Żabbar, was arraigned before Magistrate Joanna Vella Farrugia " +
        "on Tuesday, accused of attempted murder, grievous bodily harm and carrying a knife " +
        "in public without a licence.",
      "Police said in a statement on Monday that they were called to an apartment in Triq " +
        "il-Kbira at around 11.30pm and found a 28-year-old Bulgarian man with “serious " +
        "stab wounds to the abdomen and arm”.",
      "Prosecuting, Inspector Roderick Zammit told the court that the victim had managed " +
        "to flee to a neighbour’s flat before collapsing on the stairs. “There was blood " +
        "from the third floor to the front door,” the inspector said.",
      "Lawyer Rebecca Mifsud Grech, appearing for the accused, requested bail, arguing " +
        "that her client, known to friends as “Kikku”, had a clean record and had himself " +
        "been injured in the fight. “He has a fixed address, a job and a family who are " +
        "here today. He is not going anywhere,” she told the court.",
      "The prosecution objected, citing the risk of tampering with witnesses. Magistrate " +
        "Vella Farrugia turned down the request, saying the court could not ignore “the " +
        "gravity of the charges and the fact that civilian witnesses are yet to testify”.",
      "A neighbour, who asked not to be named, told Times of Malta that the two men had " +
        "been arguing for weeks. “You could hear them shouting through the walls almost " +
        "every night. Nobody thought it would end like this,” she said.",
      "The victim remains in hospital in a stable condition, police said.",
    ],
    quotes: [
      ["serious stab wounds to the abdomen and arm", "Police"],
      ["There was blood from the third floor to the front door,", "Roderick Zammit"],
      [
        "He has a fixed address, a job and a family who are here today. He is not going anywhere,",
        "Rebecca Mifsud Grech",
      ],
      [
        "the gravity of the charges and the fact that civilian witnesses are yet to testify",
        "Joanna Vella Farrugia",
      ],
      [
        "You could hear them shouting through the walls almost every night. Nobody thought " +
          "it would end like this,",
        "A neighbour",
      ],
    ],
  },
  {
    name:
      "The Canberra Times, weather: a headline fragment repeated in the body, a " +
      "meteorologist then Ms, said and the commissioner inverted then the commissioner " +
      "and he, a minister told ABC Radio with a colon, a council of a body, a resident, a " +
      "nickname",
    headline: "Canberra hailstorm: SES fields 1400 calls as ice ‘the size of golf balls’ smashes cars",
    paragraphs: [
      "The ACT State Emergency Service received more than 1400 calls for help after a " +
        "severe thunderstorm dumped hail across Canberra’s north on Wednesday afternoon, " +
        "smashing windscreens, stripping trees and flooding roads in Belconnen and " +
        "Gungahlin.",
      "Bureau of Meteorology senior meteorologist Hannah Corcoran said hailstones “the " +
        "size of golf balls” were reported in Kaleen, Giralang and Florey shortly after " +
        "4pm.",
      "“It was a very compact cell but it sat over the same suburbs for about 20 minutes, " +
        "which is why the damage is so concentrated,” Ms Corcoran said.",
      "“We’re asking people to stay off their roofs. Let our volunteers do that work,” " +
        "said ACT Emergency Services Agency commissioner David Pryce.",
      "The commissioner said 23 SES units had been deployed and crews from NSW had been " +
        "called in to help. “This is one of the busiest afternoons we have had since the " +
        "2020 hailstorm,” he said.",
      "Emergency Services Minister Kiran Batra visited damaged homes in Giralang on " +
        "Thursday morning. She told ABC Radio Canberra: “If you’ve been affected, please " +
        "don’t wait. Call the SES, call your insurer, and look out for your neighbours.”",
      "The Insurance Council of Australia said it had already received 2600 claims and " +
        "expected the number to “rise sharply” over the weekend.",
      "Giralang resident Tom Nguyen-Walsh watched from his front window as hail shattered " +
        "the rear windscreen of his ute. “It sounded like someone was throwing bricks at " +
        "the house. My daughter was under the table crying,” he told The Canberra Times.",
      "By Thursday afternoon, photos of dented cars and shredded gardens were circulating " +
        "online under the label “Hailmageddon”.",
    ],
    quotes: [
      ["the size of golf balls", "Hannah Corcoran"],
      [
        "It was a very compact cell but it sat over the same suburbs for about 20 minutes, " +
          "which is why the damage is so concentrated,",
        "Hannah Corcoran",
      ],
      ["We’re asking people to stay off their roofs. Let our volunteers do that work,", "David Pryce"],
      ["This is one of the busiest afternoons we have had since the 2020 hailstorm,", "David Pryce"],
      [
        "If you’ve been affected, please don’t wait. Call the SES, call your insurer, and " +
          "look out for your neighbours.",
        "Kiran Batra",
      ],
      ["rise sharply", "The Insurance Council of Australia"],
      [
        "It sounded like someone was throwing bricks at the house. My daughter was under " +
          "the table crying,",
        "Tom Nguyen-Walsh",
      ],
    ],
  },
]);
