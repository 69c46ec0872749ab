// A fifth round of composed English news articles, in the styles of outlets and beats the first four
// rounds (articles.en to articles4.en) did not use: the Los Angeles Times at City Hall, The Hindu in the
// Madras High Court, the South China Morning Post on the South China Sea, The Straits Times on an MRT
// breakdown, the Irish Independent on hospital trolleys, The Scotsman on salmon farming, Stuff on a
// Nelson flood, ProPublica on an ambulance company, KFF Health News on a patient's bill, the Texas
// Tribune in the Legislature, TechCrunch on a funding round, BBC Sport after a cup tie, ESPNcricinfo
// after a one-day international, Billboard on the albums chart and Politico Europe in Brussels. Every
// article was written for these tests, before the engine was run on them. Expected speakers follow the
// corpus guidelines: the fullest name the article gives, a body or a document as written, an unnamed
// source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name: "Los Angeles Times, City Hall: a councilmember's motion, a no vote, a landlords' group, a tenant",
    headline: "L.A. council approves $40-million fund for tenants behind on rent",
    paragraphs: [
      "The Los Angeles City Council voted 11-3 on Tuesday to set aside $40 million for tenants who fell " +
        "behind on rent after last winter's fires, a move supporters called overdue and opponents said " +
        "would do little to keep struggling renters in their homes.",
      "Councilmember Adriana Villaseñor, who wrote the motion, said the money would reach “the families " +
        "who are one missed paycheck away from an eviction notice.”",
      "“We can argue about the long-term fixes later,” Villaseñor said before the vote. “Right now there " +
        "are people packing boxes in Boyle Heights and Sun Valley, and they need an answer this month.”",
      "Councilmember Greg Hollis, who represents the northwest San Fernando Valley, voted against the " +
        "fund, saying the city had “not finished spending the last round of relief money.”",
      "The Apartment Association of Greater Los Angeles, which represents landlords, said in a statement " +
        "that the program would help but that “small property owners have been carrying these losses " +
        "alone for two years.”",
      "Dozens of tenants filled the council chamber, some holding signs that read “Housing Is a Human " +
        "Right.” Many had taken the day off work to be there.",
      "“It's not enough, but it's something,” said Marisol Ortega, 58, who has lived in the same " +
        "Pico-Union apartment for 22 years and owes her landlord nearly $6,000.",
    ],
    quotes: [
      ["the families who are one missed paycheck away from an eviction notice.", "Adriana Villaseñor"],
      ["We can argue about the long-term fixes later,", "Adriana Villaseñor"],
      [
        "Right now there are people packing boxes in Boyle Heights and Sun Valley, and they need an " +
          "answer this month.",
        "Adriana Villaseñor",
      ],
      ["not finished spending the last round of relief money.", "Greg Hollis"],
      [
        "small property owners have been carrying these losses alone for two years.",
        "The Apartment Association of Greater Los Angeles",
      ],
      ["It's not enough, but it's something,", "Marisol Ortega"],
    ],
  },
  {
    name: "The Hindu, High Court: the Bench observed, senior counsel submitted, he argued, told The Hindu",
    headline: "High Court pulls up Corporation over encroachments on stormwater drains",
    paragraphs: [
      "The Madras High Court on Monday directed the Greater Chennai Corporation to file a status report " +
        "within four weeks on the removal of encroachments along stormwater drains in Velachery and " +
        "Pallikaranai.",
      "The direction was issued by a Division Bench of Justices K. Ravichandran and P. Thenmozhi on a " +
        "public interest litigation petition filed by a residents' welfare association.",
      "“Every year the same streets go under water and every year the same explanations are offered,” the " +
        "Bench observed, adding that the civic body could not “wait for the next monsoon to wake up.”",
      "Appearing for the petitioners, senior counsel V. Prakash submitted that at least 40 structures, " +
        "including a marriage hall, had been built over the drains. “The Corporation has the survey. It " +
        "knows the addresses. What it lacks is the will,” he argued.",
      "Additional Advocate General J. Ravindran told the court that notices had been served on all the " +
        "occupants and that 12 structures had already been removed. He sought eight weeks' time, saying " +
        "the remaining cases were “pending before various forums.”",
      "Speaking to The Hindu after the hearing, S. Latha, secretary of the Velachery Residents' Welfare " +
        "Association, said residents had been petitioning officials since 2015. “We are not against " +
        "anybody's livelihood. We only want the water to have somewhere to go,” she said.",
      "The case has been posted for further hearing on March 14.",
    ],
    quotes: [
      [
        "Every year the same streets go under water and every year the same explanations are offered,",
        "the Bench",
      ],
      ["wait for the next monsoon to wake up.", "the Bench"],
      ["The Corporation has the survey. It knows the addresses. What it lacks is the will,", "V. Prakash"],
      ["pending before various forums.", "J. Ravindran"],
      [
        "We are not against anybody's livelihood. We only want the water to have somewhere to go,",
        "S. Latha",
      ],
    ],
  },
  {
    name: "SCMP, South China Sea: a coastguard's statement, a ministry briefing, a post on X, told the Post",
    headline: "China and Philippines trade blame after coastguard ships collide near disputed shoal",
    standfirst:
      "Manila says two of its crew were injured; Beijing says the Philippine vessel ignored " +
      "repeated warnings",
    paragraphs: [
      "China and the Philippines blamed each other on Sunday after coastguard vessels from the two " +
        "countries collided near Sabina Shoal in the South China Sea, the latest in a string of " +
        "confrontations in the disputed waters.",
      "The China Coast Guard said in a statement that a Philippine ship had “ignored repeated warnings” " +
        "and “deliberately rammed” a Chinese vessel that was carrying out “normal law enforcement”.",
      "Manila gave a very different account. Philippine Coast Guard spokesman Commodore Emilio Navarro " +
        "said two crew members had suffered minor injuries. “The Chinese vessel made a sharp turn " +
        "directly into our path. There was no way to avoid it,” Navarro told reporters in Manila.",
      "At a regular press briefing in Beijing on Monday, foreign ministry spokesman Lin Hao urged Manila " +
        "to “stop stirring up trouble” and said China would “take all necessary measures” to defend its " +
        "sovereignty.",
      "The United States, which has a mutual defence treaty with the Philippines, said it stood with its " +
        "ally. In a post on X, the US ambassador in Manila, Karen Whitlock, wrote that “dangerous " +
        "manoeuvres” by Chinese vessels put lives at risk.",
      "Analysts said the incident showed how quickly the stand-offs could escalate. “Each side is testing " +
        "how far the other will go, and the margin for error keeps shrinking,” said Collin Yeo, a " +
        "maritime security researcher at the S. Rajaratnam School of International Studies in Singapore.",
      "“Neither Beijing nor Manila wants a shooting war,” he told the Post. “But accidents do not ask " +
        "permission.”",
    ],
    quotes: [
      ["ignored repeated warnings", "The China Coast Guard"],
      ["deliberately rammed", "The China Coast Guard"],
      ["normal law enforcement", "The China Coast Guard"],
      [
        "The Chinese vessel made a sharp turn directly into our path. There was no way to avoid it,",
        "Emilio Navarro",
      ],
      ["stop stirring up trouble", "Lin Hao"],
      ["take all necessary measures", "Lin Hao"],
      ["dangerous manoeuvres", "Karen Whitlock"],
      [
        "Each side is testing how far the other will go, and the margin for error keeps shrinking,",
        "Collin Yeo",
      ],
      ["Neither Beijing nor Manila wants a shooting war,", "Collin Yeo"],
      ["But accidents do not ask permission.", "Collin Yeo"],
    ],
  },
  {
    name: "The Straits Times, MRT: the rail operator, said Mr X, Madam X, said the IT consultant",
    todo: "the rail operator, the IT consultant not linked to names",
    headline: "Seven-hour disruption on East-West Line caused by faulty track circuit, says SMRT",
    paragraphs: [
      "A faulty track circuit near Tanah Merah station caused Tuesday's seven-hour disruption on the " +
        "East-West Line, which affected more than 150,000 commuters during the morning peak, SMRT said on " +
        "Wednesday.",
      "In a statement, the rail operator said engineers had found “a damaged cable” in the signalling " +
        "equipment and that the fault had been “fully rectified”.",
      "SMRT Trains president Tan Wee Leong apologised to commuters at a media briefing. “We fell short of " +
        "what commuters expect of us, and I am sorry,” said Mr Tan. “We will review every step of our " +
        "response.”",
      "Senior Minister of State for Transport Jasmine Lau said in a Facebook post that the disruption was " +
        "“unacceptable” and that the Land Transport Authority would “not hesitate to take action” if " +
        "lapses were found.",
      "Commuters interviewed by The Straits Times described long queues for bridging buses. Madam Rosnah " +
        "Ismail, 61, a cleaner who travels from Pasir Ris to Jurong East, said she was two hours late for " +
        "work. “The bus came, but it was already full. I waited for the third one,” she said.",
      "Another commuter, Mr Daniel Koh, 34, said the information at stations had been unclear. “Nobody " +
        "could tell us how long it would take. Some staff said one hour, some said they didn't know,” " +
        "said the IT consultant.",
      "Associate Professor Leong Kah Wai, a transport researcher at the National University of Singapore, " +
        "said such faults could not be prevented entirely, but recovery should be faster. “Seven hours is " +
        "a long time on a line this busy,” he said.",
    ],
    quotes: [
      ["a damaged cable", "SMRT"],
      ["fully rectified", "SMRT"],
      ["We fell short of what commuters expect of us, and I am sorry,", "Tan Wee Leong"],
      ["We will review every step of our response.", "Tan Wee Leong"],
      ["unacceptable", "Jasmine Lau"],
      ["not hesitate to take action", "Jasmine Lau"],
      ["The bus came, but it was already full. I waited for the third one,", "Rosnah Ismail"],
      [
        "Nobody could tell us how long it would take. Some staff said one hour, some said they didn't know,",
        "Daniel Koh",
      ],
      ["Seven hours is a long time on a line this busy,", "Leong Kah Wai"],
    ],
  },
  {
    name: "Irish Independent, trolleys: the INMO's general secretary, in the Dáil, the HSE, a daughter",
    headline: "Record number of patients on trolleys as hospitals face worst week of winter",
    paragraphs: [
      "A record 612 patients were waiting on trolleys in Irish hospitals yesterday morning, according to " +
        "figures from the Irish Nurses and Midwives Organisation (INMO).",
      "University Hospital Limerick was again the worst affected, with 118 patients waiting for a bed, " +
        "followed by Cork University Hospital with 71.",
      "INMO general secretary Siobhán Kearney said nurses were working in conditions that were “simply " +
        "not safe” for patients or staff. “Our members are coming off 12-hour shifts in tears. They did " +
        "not train for years to nurse people in corridors,” she said.",
      "Minister for Health Declan Moriarty said the figures were “deeply concerning” and that he had " +
        "asked the HSE to report to him by the end of the week. Speaking in the Dáil, he said: “No one in " +
        "this House thinks that a corridor is an acceptable place to be treated.”",
      "The HSE said in a statement that hospitals were dealing with “very high levels” of flu and " +
        "Covid-19, and urged people to consider their GP or a local injury unit “where appropriate”.",
      "Sinn Féin health spokesman Conor Breslin accused the Government of “planning for a winter that " +
        "never arrives on time”.",
      "At UHL, Mary Fitzgerald, whose 87-year-old father spent 31 hours on a trolley, told the Irish " +
        "Independent: “He was lying there under a fluorescent light with people walking past him all " +
        "night. He's a proud man and he was mortified.”",
    ],
    quotes: [
      ["simply not safe", "Siobhán Kearney"],
      [
        "Our members are coming off 12-hour shifts in tears. They did not train for years to nurse people " +
          "in corridors,",
        "Siobhán Kearney",
      ],
      ["deeply concerning", "Declan Moriarty"],
      [
        "No one in this House thinks that a corridor is an acceptable place to be treated.",
        "Declan Moriarty",
      ],
      ["very high levels", "The HSE"],
      ["where appropriate", "The HSE"],
      ["planning for a winter that never arrives on time", "Conor Breslin"],
      [
        "He was lying there under a fluorescent light with people walking past him all night. He's a " +
          "proud man and he was mortified.",
        "Mary Fitzgerald",
      ],
    ],
  },
  {
    name: "The Scotsman, salmon farm: a charity's director, a company spokesman, a councillor, an agency",
    headline: "Salmon farm expansion in Loch Creran approved despite wild fish fears",
    paragraphs: [
      "Plans to expand a salmon farm in Argyll have been approved by councillors, despite objections from " +
        "anglers and conservation groups who say it will harm already declining wild fish stocks.",
      "Argyll and Bute Council's planning committee voted by seven votes to four to allow Atlantic Glen " +
        "Salmon to increase the number of pens at its Loch Creran site from ten to 16.",
      "Fiona Mackinnon, director of the Wild Fisheries Trust, said the decision was “a hammer blow” for " +
        "the rivers that feed the loch. “Sea lice from open-net farms are one of the biggest pressures on " +
        "wild salmon, and this decision puts thousands more fish in the water,” she said.",
      "A spokesman for Atlantic Glen Salmon said: “We have listened carefully to the concerns raised, and " +
        "we will publish our lice counts every week, as we already do.”",
      "The expansion is expected to create 14 jobs. Local councillor Ewan Sinclair, who voted in favour, " +
        "said posts like these were “exactly what fragile rural communities need”.",
      "The Scottish Environment Protection Agency said in its response to the application that the " +
        "expansion was “unlikely to have a significant impact” on wild fish, provided monitoring " +
        "conditions were met.",
      "Scottish Green MSP Rhona Baird said she would raise the decision with ministers. “The Scottish " +
        "Government cannot keep saying it wants to protect wild salmon while farms keep growing in the " +
        "same lochs,” she said.",
    ],
    quotes: [
      ["a hammer blow", "Fiona Mackinnon"],
      [
        "Sea lice from open-net farms are one of the biggest pressures on wild salmon, and this decision " +
          "puts thousands more fish in the water,",
        "Fiona Mackinnon",
      ],
      [
        "We have listened carefully to the concerns raised, and we will publish our lice counts every " +
          "week, as we already do.",
        "A spokesman for Atlantic Glen Salmon",
      ],
      ["exactly what fragile rural communities need", "Ewan Sinclair"],
      ["unlikely to have a significant impact", "The Scottish Environment Protection Agency"],
      [
        "The Scottish Government cannot keep saying it wants to protect wild salmon while farms keep " +
          "growing in the same lochs,",
        "Rhona Baird",
      ],
    ],
  },
  {
    name: "Stuff, Nelson flood: a resident's words as headline, told Stuff, a colon, an organiser",
    headline: "'It came through the floor': Nelson residents count cost of second flood in a year",
    paragraphs: [
      "Residents of the Nelson suburb of Tāhunanui were mopping out their homes on Saturday after the " +
        "second major flood in 12 months sent water through dozens of houses.",
      "Jodie Ruawai, who has lived on Parkers Rd for nine years, said the water rose faster than it had " +
        "last August. “It came through the floor in about ten minutes. We grabbed the kids and the dog " +
        "and that was it,” she said.",
      "Nelson Mayor Graham Whitcombe said the council would review how its stormwater network had " +
        "performed. “I'm not going to stand here and pretend the network coped, because it didn't,” " +
        "Whitcombe told Stuff.",
      "Fire and Emergency NZ crews responded to more than 60 callouts overnight. Shift manager Kerry " +
        "Dunlop said: “Most of the calls were people with water coming into their homes. Thankfully, " +
        "nobody was hurt.”",
      "MetService meteorologist Ngaire Walsh said Nelson had received 187mm of rain in 24 hours, more " +
        "than twice its usual February total. “That's a very large amount of rain in a short window, and " +
        "the ground was already saturated,” she said.",
      "Community groups have opened a drop-in centre at the Tāhunanui Community Hub. Organiser Pita " +
        "Manihera said people were “exhausted more than anything”. “Some of these families only moved " +
        "back in at Christmas,” he said.",
    ],
    quotes: [
      ["It came through the floor", "Jodie Ruawai"],
      [
        "It came through the floor in about ten minutes. We grabbed the kids and the dog and that was it,",
        "Jodie Ruawai",
      ],
      ["I'm not going to stand here and pretend the network coped, because it didn't,", "Graham Whitcombe"],
      [
        "Most of the calls were people with water coming into their homes. Thankfully, nobody was hurt.",
        "Kerry Dunlop",
      ],
      [
        "That's a very large amount of rain in a short window, and the ground was already saturated,",
        "Ngaire Walsh",
      ],
      ["exhausted more than anything", "Pita Manihera"],
      ["Some of these families only moved back in at Christmas,", "Pita Manihera"],
    ],
  },
  {
    name: "ProPublica, ambulances: a scene-setting lede, internal emails, a written response, a chair",
    headline: "A Private Equity Firm Bought Their Ambulance Service. Then the Waits Got Longer.",
    paragraphs: [
      "When Darlene Hughes collapsed in her kitchen in Wheeler County, Georgia, last March, her husband " +
        "called 911 and waited. The ambulance arrived 52 minutes later.",
      "“I kept looking out the window, and every car that came down the road I thought was them,” said " +
        "Earl Hughes, 71. His wife survived the stroke but can no longer walk without help.",
      "The county's ambulance service is run by MedRoute EMS, a company owned since 2021 by the private " +
        "equity firm Harbor Ridge Capital. Records obtained by ProPublica show that in the two years " +
        "after the purchase, the company cut the number of ambulances stationed in Wheeler County from " +
        "three to one.",
      "Internal emails show that managers knew about the problem. “We are running this county on one " +
        "truck and a prayer,” a regional operations manager wrote to executives in August 2022.",
      "In a written response to questions, MedRoute said it “meets or exceeds every response-time " +
        "requirement in its contracts” and that staffing decisions were made “based on call volume and " +
        "patient safety.” Harbor Ridge did not respond to repeated requests for comment.",
      "Lonnie Pruitt, who chairs the Wheeler County Commission, said the county had little leverage. " +
        "“They're the only ones who bid,” Pruitt said. “What are we going to do, tell them no and have " +
        "nobody?”",
      "Researchers say the pattern is common. “Rural ambulance contracts are where you see the cuts " +
        "first, because nobody is watching,” said Dr. Renée Alvarado, who studies emergency medical " +
        "services at Emory University.",
    ],
    quotes: [
      [
        "I kept looking out the window, and every car that came down the road I thought was them,",
        "Earl Hughes",
      ],
      ["We are running this county on one truck and a prayer,", "a regional operations manager"],
      ["meets or exceeds every response-time requirement in its contracts", "MedRoute"],
      ["based on call volume and patient safety.", "MedRoute"],
      ["They're the only ones who bid,", "Lonnie Pruitt"],
      ["What are we going to do, tell them no and have nobody?", "Lonnie Pruitt"],
      [
        "Rural ambulance contracts are where you see the cuts first, because nobody is watching,",
        "Renée Alvarado",
      ],
    ],
  },
  {
    name: "KFF Health News, a bill: recalls in the present, a nested quote, a lab spokesperson, an insurer",
    headline: "A $4,200 Bill for a Test She Was Told Was Free",
    paragraphs: [
      "When Tamara Oyelaran's doctor suggested a genetic screening test early in her pregnancy, she asked " +
        "one question: Would insurance cover it?",
      "“The nurse said, ‘Oh, don't worry, that's covered for everybody,’” recalls Oyelaran, 33, a middle " +
        "school teacher in Columbus, Ohio. “So I didn't worry.”",
      "Six weeks later, a bill arrived from the lab, Genova Diagnostics, for $4,200.",
      "The lab says the charge was correct. In an email, Genova spokesperson Marcy Feld wrote that " +
        "patients are “responsible for understanding their coverage” and that the company offers " +
        "“generous financial assistance” to those who qualify.",
      "Billing experts say cases like Oyelaran's are common with genetic tests, which labs often bill at " +
        "list prices that few insurers pay in full. “The price on that bill is a fiction. It's an opening " +
        "bid,” says Elisabeth Marrow, a health economist at the University of Pennsylvania.",
      "Oyelaran's insurer, Lakeshore Health Plan, initially denied the claim, saying the test was “not " +
        "medically necessary.”",
      "After KFF Health News contacted the lab and the insurer, the bill was cut to $150. “I'm grateful, " +
        "but I shouldn't have needed a reporter,” Oyelaran says.",
    ],
    quotes: [
      ["The nurse said, ‘Oh, don't worry, that's covered for everybody,’", "Tamara Oyelaran"],
      ["So I didn't worry.", "Tamara Oyelaran"],
      ["responsible for understanding their coverage", "Marcy Feld"],
      ["generous financial assistance", "Marcy Feld"],
      ["The price on that bill is a fiction. It's an opening bid,", "Elisabeth Marrow"],
      ["not medically necessary.", "Lakeshore Health Plan"],
      ["I'm grateful, but I shouldn't have needed a reporter,", "Tamara Oyelaran"],
    ],
  },
  {
    name: "Texas Tribune, Legislature: a bill's author, R-Town after names, a union president, testimony",
    headline: "Texas House panel advances bill to let districts arm more school staff",
    paragraphs: [
      "A Texas House committee on Thursday advanced a bill that would let school districts pay stipends " +
        "to teachers and staff who volunteer to carry guns on campus, after nine hours of testimony from " +
        "parents, police chiefs and educators.",
      "The bill's author, state Rep. Travis Haley, R-Lufkin, said rural districts can wait 30 minutes or " +
        "more for law enforcement to arrive. “In a lot of my district, the closest deputy is a half-hour " +
        "away. A trained guardian is down the hall,” Haley told the House Public Education Committee.",
      "Texas State Teachers Association President Marcus Delacruz said teachers wanted counselors and " +
        "secure doors, not firearms. “Our members did not sign up to be the last line of defense,” he " +
        "said. “Ask them what they need and almost none of them will say a gun.”",
      "The committee chair, Rep. Deborah Ames, R-Frisco, called the bill “a local choice, not a mandate,” " +
        "noting that no district would be required to take part.",
      "Rep. Javier Solís, D-Brownsville, pressed Haley on who would be responsible if something went " +
        "wrong. “What happens when a guardian misreads a situation?” Solís asked. “Who carries that " +
        "liability — the teacher, the district or the state?”",
      "The Texas Association of School Boards said in written testimony that it was “neutral” on the " +
        "measure but asked lawmakers to pay for the training. The bill now heads to the full House.",
    ],
    quotes: [
      [
        "In a lot of my district, the closest deputy is a half-hour away. A trained guardian is down the " +
          "hall,",
        "Travis Haley",
      ],
      ["Our members did not sign up to be the last line of defense,", "Marcus Delacruz"],
      ["Ask them what they need and almost none of them will say a gun.", "Marcus Delacruz"],
      ["a local choice, not a mandate,", "Deborah Ames"],
      ["What happens when a guardian misreads a situation?", "Javier Solís"],
      ["Who carries that liability — the teacher, the district or the state?", "Javier Solís"],
      ["neutral", "The Texas Association of School Boards"],
    ],
  },
  {
    name: "TechCrunch, funding round: told TechCrunch, a founder in an interview, an investor, a skeptic",
    headline: "Fieldnote raises $28M to bring AI note-taking to home health nurses",
    paragraphs: [
      "Fieldnote, a startup that builds voice-based documentation software for home health agencies, has " +
        "raised a $28 million Series B round led by Northgate Ventures, the company told TechCrunch.",
      "The Austin-based company's app listens to a nurse's visit with a patient — with consent — and " +
        "drafts the visit notes that Medicare requires. Co-founder and CEO Priya Venkataraman, a former " +
        "home health nurse, said she started the company after spending “more evenings charting than with " +
        "my own kids.”",
      "“Home health is where the paperwork burden is the worst and the technology is the oldest,” " +
        "Venkataraman told TechCrunch in an interview. “Nurses are finishing notes at 11 p.m. in their " +
        "cars.”",
      "Fieldnote says it now works with 140 agencies across 19 states, up from 35 a year ago. The company " +
        "declined to share revenue figures.",
      "Northgate partner Oliver Brandt said the firm was drawn by how few customers leave. “Once an " +
        "agency rolls it out, nurses don't let them take it away,” he said.",
      "Not everyone is convinced that AI scribes are ready for clinical work. “These tools are good at " +
        "sounding confident, and that's exactly the problem,” said Hannah Oduya, a nurse informaticist " +
        "who has studied documentation errors. “A summary that leaves out a fall or a new medication can " +
        "do real harm.”",
      "Venkataraman said every note Fieldnote drafts must be reviewed and signed by the nurse before it " +
        "is submitted.",
    ],
    quotes: [
      ["more evenings charting than with my own kids.", "Priya Venkataraman"],
      [
        "Home health is where the paperwork burden is the worst and the technology is the oldest,",
        "Priya Venkataraman",
      ],
      ["Nurses are finishing notes at 11 p.m. in their cars.", "Priya Venkataraman"],
      ["Once an agency rolls it out, nurses don't let them take it away,", "Oliver Brandt"],
      ["These tools are good at sounding confident, and that's exactly the problem,", "Hannah Oduya"],
      ["A summary that leaves out a fall or a new medication can do real harm.", "Hannah Oduya"],
    ],
  },
  {
    name: "BBC Sport, FA Cup: a manager's word as headline, straight quotes, the striker told, a pundit",
    headline: "Morrow fumes at 'soft' penalty as Kingsford crash out of FA Cup",
    paragraphs: [
      'Kingsford Town manager Neil Morrow said his side had been "let down" by the officials after a ' +
        "stoppage-time penalty sent them out of the FA Cup with a 2-1 defeat at Ashby United.",
      "Substitute Danny Price had cancelled out Jamal Osei's opener before referee Karen Hobbs pointed to " +
        "the spot when Kingsford defender Tom Wylie was judged to have fouled Ryan Keane. Keane got up to " +
        "score.",
      '"It was soft. I\'ve seen them given, but not in the 94th minute of a cup tie," Morrow told BBC ' +
        'Radio Nottingham. "My lads have run themselves into the ground and that\'s how it ends."',
      "Ashby boss Steve Larkin admitted his side had ridden their luck. \"We weren't at our best, I'll " +
        'hold my hands up," he said. "But you don\'t get anything in this competition for playing nice ' +
        'football."',
      'Keane, who has now scored in every round, said he had felt "a clear touch" on his ankle. "I\'m ' +
        "not going to go down for nothing in that moment. He's caught me,\" the striker told BBC Sport.",
      "Former Kingsford captain Lee Hendry, speaking on BBC Radio 5 Live, said the decision was correct. " +
        "\"Wylie's gone to ground and given the referee a decision to make. You can't do that in your own " +
        'box," he said.',
    ],
    quotes: [
      ["soft", "Neil Morrow"],
      ["let down", "Neil Morrow"],
      ["It was soft. I've seen them given, but not in the 94th minute of a cup tie,", "Neil Morrow"],
      ["My lads have run themselves into the ground and that's how it ends.", "Neil Morrow"],
      ["We weren't at our best, I'll hold my hands up,", "Steve Larkin"],
      ["But you don't get anything in this competition for playing nice football.", "Steve Larkin"],
      ["a clear touch", "Ryan Keane"],
      ["I'm not going to go down for nothing in that moment. He's caught me,", "Ryan Keane"],
      [
        "Wylie's gone to ground and given the referee a decision to make. You can't do that in your own box,",
        "Lee Hendry",
      ],
    ],
  },
  {
    name: "ESPNcricinfo, ODI: the post-match presentation, both captains, a colon after a clause, a bowler",
    headline: "Rao's unbeaten 141 and Qadir's four-for help India level series",
    paragraphs: [
      "Aditya Rao's unbeaten 141 and a four-wicket burst from Imran Qadir gave India a 97-run win over " +
        "England in the second ODI in Pune, levelling the three-match series 1-1.",
      '"I just wanted to bat through. The pitch was a bit two-paced early on, so I told myself to leave ' +
        'the short stuff alone," Rao said at the post-match presentation.',
      'England captain Kieran Wallace felt his side had lost the game in the middle overs. "We let them ' +
        'get away from us between 15 and 35. That\'s where the game went," Wallace said. "We bowled too ' +
        'many balls in their half."',
      "Qadir, playing only his third ODI, took 4 for 38. India captain Harsh Mehra said the seamer had " +
        'shown "the kind of control you can\'t coach". "He\'s been outstanding in the nets for two ' +
        'weeks. We knew he was ready," Mehra said.',
      "Fast bowler Josh Tremlett, who finished with 1 for 72, said England would regroup before the " +
        'decider in Mumbai on Sunday: "Nobody is panicking. We\'ve won from worse positions than this."',
    ],
    quotes: [
      [
        "I just wanted to bat through. The pitch was a bit two-paced early on, so I told myself to leave " +
          "the short stuff alone,",
        "Aditya Rao",
      ],
      ["We let them get away from us between 15 and 35. That's where the game went,", "Kieran Wallace"],
      ["We bowled too many balls in their half.", "Kieran Wallace"],
      ["the kind of control you can't coach", "Harsh Mehra"],
      ["He's been outstanding in the nets for two weeks. We knew he was ready,", "Harsh Mehra"],
      ["Nobody is panicking. We've won from worse positions than this.", "Josh Tremlett"],
    ],
  },
  {
    name: "Billboard, albums chart: album and song titles, an Instagram post, told Billboard, called",
    headline: "Lola Vance Earns First Billboard 200 No. 1 With 'Paper Houses'",
    paragraphs: [
      "Lola Vance scores her first No. 1 on the Billboard 200 albums chart as Paper Houses debuts atop " +
        "the list dated March 14. The album earned 131,000 equivalent album units in the U.S. in the week " +
        "ending March 5, according to Luminate.",
      "The set's lead single, “Streetlight Saints,” reached No. 9 on the Billboard Hot 100 in January.",
      "In an Instagram post on Sunday, Vance thanked fans for “sticking with me through the weird years.” " +
        "“I wrote half of these songs in a basement in Tulsa thinking nobody would ever hear them,” she " +
        "wrote.",
      "Vance's manager, Dev Castellanos, told Billboard the team had hoped for a top five debut, “not " +
        "this.” “We had a Zoom call on Sunday night and everybody just started screaming,” he said.",
      "Sara Lindqvist, president of Vance's label, Northbound Records, called the debut “proof that an " +
        "artist can build an audience slowly and still win big.”",
      "Vance will begin a North American tour in Seattle on April 2.",
    ],
    quotes: [
      ["sticking with me through the weird years.", "Lola Vance"],
      [
        "I wrote half of these songs in a basement in Tulsa thinking nobody would ever hear them,",
        "Lola Vance",
      ],
      ["not this.", "Dev Castellanos"],
      ["We had a Zoom call on Sunday night and everybody just started screaming,", "Dev Castellanos"],
      ["proof that an artist can build an audience slowly and still win big.", "Sara Lindqvist"],
    ],
  },
  {
    name: "Politico Europe, Brussels: one EU diplomat, the midday briefing, an NGO campaigner, an MEP",
    headline: "EU countries split over plan to delay deforestation rules again",
    paragraphs: [
      "EU countries are divided over a European Commission proposal to delay its flagship " +
        "anti-deforestation law for a second time, according to three diplomats familiar with talks in " +
        "Brussels on Wednesday.",
      "At a meeting of ambassadors, France and Germany backed the delay while Spain, the Netherlands and " +
        "Denmark opposed it, the diplomats said. “There is no majority either way yet,” one EU diplomat " +
        "said.",
      "The Commission argues that companies and national authorities need more time to prepare. “We have " +
        "heard the concerns from industry and from our trading partners, and we are responding to them,” " +
        "Commission spokesperson Eva Hrdlička told reporters at the daily midday briefing.",
      "Environmental groups were scathing. Giulia Bassani, a forest campaigner at the NGO Fern, said the " +
        "Commission was “turning a law into a rumour.” “Every month of delay is another month in which " +
        "forests are cleared for the European market,” she said.",
      "In the European Parliament, the center-right European People's Party's lead negotiator on the " +
        "file, German MEP Klaus Wendler, said the group would push for “substantial simplification” " +
        "rather than a simple delay, arguing that the rules were “unworkable for farmers” as written.",
      "A spokesperson for the Danish presidency said the aim was to agree on a position “before the end " +
        "of the year.”",
    ],
    quotes: [
      ["There is no majority either way yet,", "one EU diplomat"],
      [
        "We have heard the concerns from industry and from our trading partners, and we are responding to " +
          "them,",
        "Eva Hrdlička",
      ],
      ["turning a law into a rumour.", "Giulia Bassani"],
      [
        "Every month of delay is another month in which forests are cleared for the European market,",
        "Giulia Bassani",
      ],
      ["substantial simplification", "Klaus Wendler"],
      ["unworkable for farmers", "Klaus Wendler"],
      ["before the end of the year.", "A spokesperson for the Danish presidency"],
    ],
  },
]);
