// A twelfth round of composed English news articles, in the styles of outlets and beats the first eleven
// rounds did not use: The West Australian on a Perth Hills bushfire, Punch (Nigeria) at a fraud remand in
// the Federal High Court in Lagos, the Daily Graphic (Ghana) on withheld WASSCE results, the Ottawa
// Citizen on an LRT lawsuit vote, TheJournal.ie on an ADHD medication shortage, The Press and Journal on
// oil services job cuts in Aberdeen, The Advertiser (Adelaide) after a Showdown, the Detroit Free Press on
// a murder charge, The Jakarta Post on coral bleaching in Raja Ampat and The Hollywood Reporter on a
// cancelled film festival. Every article was written for these tests, before the engine was run on them.
// Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or a
// document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The West Australian, bushfire: a headline fragment repeated in the body in lower " +
      "case, Mr before a surname, the minister by role, a quote split by its attribution, " +
      "a resident with her age then she, a meteorologist after the quote, a sign",
    headline: "‘Get out now’: Perth Hills residents flee as bushfire jumps containment lines",
    paragraphs: [
      "An emergency warning is in place for parts of Mundaring and Sawyers Valley after a " +
        "bushfire burning in the Perth Hills jumped containment lines on Tuesday afternoon, " +
        "destroying at least four homes.",
      "Department of Fire and Emergency Services incident controller Craig Webber urged " +
        "residents who had not yet left to “get out now”, warning that gusts of up to 70km/h " +
        "were pushing embers more than a kilometre ahead of the fire front.",
      "“If you are in the warning area and you are still at home, your life is at risk. " +
        "Conditions are expected to worsen into the evening,” Mr Webber said.",
      "Emergency Services Minister Paul Dorrington, who visited the evacuation centre at " +
        "Mundaring Arena, said crews had been “throwing everything at it” since the fire " +
        "started near Lion Mill Road just after 1pm.",
      "“We’ve got 11 aircraft in the air, including the large air tanker, and more than " +
        "200 firefighters on the ground,” the minister said. “I want to thank every one of " +
        "them.”",
      "Sawyers Valley resident Jodie Prentice, 47, said she had grabbed her two dogs and a " +
        "box of photographs and left within minutes. “The sky just went orange. You could " +
        "hear it coming through the trees,” she said.",
      "Along Great Eastern Highway, electronic signs flashing “Total Fire Ban Today” " +
        "greeted motorists heading east, while police closed the road between Mundaring and " +
        "The Lakes.",
      "A wind change is not expected until after midnight. “There is no relief in sight " +
        "for firefighters this evening,” said Alana Gray, a senior meteorologist at the " +
        "Bureau of Meteorology.",
    ],
    quotes: [
      ["get out now", "Craig Webber"],
      [
        "If you are in the warning area and you are still at home, your life is at risk. " +
          "Conditions are expected to worsen into the evening,",
        "Craig Webber",
      ],
      ["throwing everything at it", "Paul Dorrington"],
      [
        "We’ve got 11 aircraft in the air, including the large air tanker, and more than 200 " +
          "firefighters on the ground,",
        "Paul Dorrington",
      ],
      ["I want to thank every one of them.", "Paul Dorrington"],
      ["The sky just went orange. You could hear it coming through the trees,", "Jodie Prentice"],
      ["There is no relief in sight for firefighters this evening,", "Alana Gray"],
    ],
  },
  {
    name:
      "Punch, courts: straight quotes, Mr before a name in apposition, the charge read in " +
      "part with a comma, counsel for a body then he, a SAN's partial quote, the judge by " +
      "role after the quote, a statement signed by a spokesperson, a programme title",
    headline: "Court remands ex-bank manager in Ikoyi correctional centre over N1.2bn fraud",
    paragraphs: [
      "A Federal High Court in Lagos on Monday ordered that a former branch manager of a " +
        "commercial bank, Mr Chukwuemeka Obiora, be remanded in the Ikoyi Correctional " +
        "Centre pending the hearing of his bail application.",
      'Obiora, who once presented a weekly radio programme called "Money Matters" on a ' +
        "Lagos station, is standing trial on a 14-count charge bordering on conspiracy, " +
        "stealing and money laundering filed against him by the Economic and Financial " +
        "Crimes Commission.",
      "The commission alleged that the defendant, between March 2022 and June 2023, " +
        "diverted N1.2bn belonging to customers of the bank into accounts he controlled. The " +
        'charge read in part, "That you, Chukwuemeka Obiora, on or about the 4th of April, ' +
        "2022, in Lagos, did dishonestly convert the sum of N187m, property of one Mrs " +
        'Folake Adebanjo, and thereby committed an offence."',
      "He pleaded not guilty to all the counts.",
      "Counsel for the EFCC, Mr Rotimi Oyedepo, asked the court to fix a date for trial " +
        'and to remand the defendant in a correctional facility. "My Lord, the defendant has ' +
        'been served and has taken his plea. We are ready to open our case," he said.',
      "But the defence counsel, Mr Ifeanyi Okafor (SAN), urged the court to allow his " +
        'client to remain in EFCC custody, arguing that he had "a serious heart condition" ' +
        "that required regular medical attention.",
      "Justice Olamide Adeyemi-Bello, however, held that the medical report before the " +
        'court was "not sufficient" to warrant such an order. "The defendant shall be ' +
        "remanded in the Ikoyi Correctional Centre. The authorities there are to ensure he " +
        'receives any medical attention he requires," the judge ruled.',
      "In a statement signed by its spokesperson, Sani Abdulrahman, the commission said it " +
        '"remains committed to recovering every kobo" lost by the bank\'s customers. The case ' +
        "was adjourned till February 12.",
    ],
    quotes: [
      [
        "That you, Chukwuemeka Obiora, on or about the 4th of April, 2022, in Lagos, did " +
          "dishonestly convert the sum of N187m, property of one Mrs Folake Adebanjo, and " +
          "thereby committed an offence.",
        "The charge",
      ],
      [
        "My Lord, the defendant has been served and has taken his plea. We are ready to open our case,",
        "Rotimi Oyedepo",
      ],
      ["a serious heart condition", "Ifeanyi Okafor"],
      ["not sufficient", "Olamide Adeyemi-Bello"],
      [
        "The defendant shall be remanded in the Ikoyi Correctional Centre. The authorities " +
          "there are to ensure he receives any medical attention he requires,",
        "Olamide Adeyemi-Bello",
      ],
      ["remains committed to recovering every kobo", "the Economic and Financial Crimes Commission"],
    ],
  },
  {
    name:
      "Daily Graphic, education: a body's acronym in brackets, a head of office with Mrs " +
      "and three names, she added and described as, a minister with Dr then his surname, " +
      "told the Daily Graphic, a parent who gave only her first name after a colon, a " +
      "policy name",
    headline: "WAEC withholds results of 1,240 WASSCE candidates over malpractice",
    paragraphs: [
      "The West African Examinations Council (WAEC) has withheld the results of 1,240 " +
        "candidates who sat the 2025 West African Senior School Certificate Examination " +
        "(WASSCE) over suspected examination malpractice.",
      "Releasing the provisional results in Accra yesterday, the Head of the Ghana " +
        "National Office of WAEC, Mrs Wendy Adjoa Mensah-Boateng, said the affected " +
        "candidates had been found with “foreign materials” in the examination hall or had " +
        "shared questions on social media platforms.",
      "“Council will not compromise on the integrity of its certificates. Candidates who " +
        "are found culpable will have their entire results cancelled,” she said.",
      "She added that 64.3 per cent of candidates obtained credit passes in Core " +
        "Mathematics, up from 58.1 per cent last year, and described the improvement as " +
        "“encouraging”. This year’s candidates are the fifth cohort to complete school under " +
        "the “Free SHS” policy.",
      "The Minister of Education, Dr Kwabena Asante-Darko, commended teachers for the " +
        "performance but warned that schools which aided cheating would be sanctioned. " +
        "“Heads of schools are the first line of defence. Where a head is found to have " +
        "connived with candidates, the full rigours of the law will apply,” Dr Asante-Darko " +
        "said.",
      "The headmaster of Akropong Presbyterian Senior High School, Mr Isaac Ofori Nyarko, " +
        "told the Daily Graphic that the school had introduced weekly Mathematics clinics. " +
        "“Our students were afraid of the subject. We told them it is just practice, " +
        "practice, practice,” he said.",
      "Some parents, however, expressed frustration. A trader at Madina, who gave her name " +
        "only as Esi, said: “My son has been waiting since August. Now they say his results " +
        "are withheld and nobody is telling us why.”",
    ],
    quotes: [
      ["foreign materials", "Wendy Adjoa Mensah-Boateng"],
      [
        "Council will not compromise on the integrity of its certificates. Candidates who " +
          "are found culpable will have their entire results cancelled,",
        "Wendy Adjoa Mensah-Boateng",
      ],
      ["encouraging", "Wendy Adjoa Mensah-Boateng"],
      [
        "Heads of schools are the first line of defence. Where a head is found to have " +
          "connived with candidates, the full rigours of the law will apply,",
        "Kwabena Asante-Darko",
      ],
      [
        "Our students were afraid of the subject. We told them it is just practice, practice, practice,",
        "Isaac Ofori Nyarko",
      ],
      [
        "My son has been waiting since August. Now they say his results are withheld and " +
          "nobody is telling us why.",
        "Esi",
      ],
    ],
  },
  {
    name:
      "Ottawa Citizen, city hall: the mayor split by told council, said and a ward before " +
      "Coun. inverted, a consortium's statement in three fragments with the period inside, " +
      "a quote over two paragraphs, a sign",
    headline: "Council votes to sue Rideau Transit Group as LRT shutdown drags into third week",
    paragraphs: [
      "Ottawa city council voted 19-5 on Wednesday to begin legal action against Rideau " +
        "Transit Group, the consortium that built and maintains the Confederation Line, as a " +
        "shutdown of the east-west LRT entered its third week.",
      "“Enough is enough,” Mayor Julien Ferland told council before the vote. “Residents " +
        "have been patient for five years. They have run out of patience, and frankly, so " +
        "have I.”",
      "Ferland said the city had withheld $4.2 million in maintenance payments since the " +
        "latest failure, a cracked axle on one train, and would seek damages.",
      "Not everyone was convinced a lawsuit would get trains moving any faster. “We are " +
        "going to spend millions on lawyers, and the people standing at Blair station in " +
        "minus 20 will not get one extra train out of it,” said Somerset Coun. Priya " +
        "Raghunathan, who voted against the motion.",
      "In a statement, Rideau Transit Group said it was “disappointed” by the decision and " +
        "remained “fully committed” to restoring service “as quickly as it is safe to do so.”",
      "OC Transpo general manager Martin Deschênes told councillors that replacement buses " +
        "were carrying about 40,000 riders a day. “It is not a comfortable ride and I won’t " +
        "pretend it is.",
      "“But it is a reliable one, and we are adding 30 more buses on Monday,” Deschênes said.",
      "At Tunney’s Pasture station, someone had taped a handwritten sign reading “Trains? " +
        "What trains?” to a locked fare gate.",
    ],
    quotes: [
      ["Enough is enough,", "Julien Ferland"],
      [
        "Residents have been patient for five years. They have run out of patience, and " +
          "frankly, so have I.",
        "Julien Ferland",
      ],
      [
        "We are going to spend millions on lawyers, and the people standing at Blair station " +
          "in minus 20 will not get one extra train out of it,",
        "Priya Raghunathan",
      ],
      ["disappointed", "Rideau Transit Group"],
      ["fully committed", "Rideau Transit Group"],
      ["as quickly as it is safe to do so.", "Rideau Transit Group"],
      ["It is not a comfortable ride and I won’t pretend it is.", "Martin Deschênes"],
      ["But it is a reliable one, and we are adding 30 more buses on Monday,", "Martin Deschênes"],
    ],
  },
  {
    name:
      "TheJournal.ie, health: a capitalised lede, a headline fragment repeated in the " +
      "body, told The Journal, a regulator with its acronym, the HSE said and a colon, a " +
      "GP then He said and a colon, a TD split by her surname",
    headline: "Parents ‘ringing 20 pharmacies’ as ADHD medication shortage drags on",
    paragraphs: [
      "PARENTS OF CHILDREN with ADHD say they are being forced to travel across counties " +
        "to find medication, as a shortage of some commonly prescribed stimulants enters its " +
        "fourth month.",
      "ADHD Ireland chief executive Orla Brennan-Kehoe told The Journal that some families " +
        "were “ringing 20 pharmacies” to find a single packet of the slow-release tablets " +
        "their children rely on.",
      "“We are hearing from parents who have driven from Sligo to Galway because a " +
        "pharmacist there had three boxes left. That is not a system, that is a lottery,” " +
        "she said.",
      "The Health Products Regulatory Authority (HPRA) said the shortage was linked to " +
        "“manufacturing constraints” at a supplier and that it expected supply to improve by " +
        "the end of next month.",
      "In a statement, the HSE said: “Patients should not stop taking their medication " +
        "without first speaking to their GP or consultant. Alternative formulations are " +
        "available in many cases.”",
      "Dr Ciarán Moloney, a GP in Ennis, Co Clare, said switching a child to a different " +
        "formulation was “not as simple as it sounds”. He said: “Every change means a " +
        "review, and a review means a wait. Some of these kids are on waiting lists for a " +
        "year just to be seen.”",
      "Social Democrats TD Aisling Farrelly said she would raise the matter in the Dáil " +
        "next week. “The Minister has known about this since the summer,” Farrelly said. " +
        "“What has been done?”",
    ],
    quotes: [
      ["ringing 20 pharmacies", "Orla Brennan-Kehoe"],
      [
        "We are hearing from parents who have driven from Sligo to Galway because a " +
          "pharmacist there had three boxes left. That is not a system, that is a lottery,",
        "Orla Brennan-Kehoe",
      ],
      ["manufacturing constraints", "The Health Products Regulatory Authority"],
      [
        "Patients should not stop taking their medication without first speaking to their GP " +
          "or consultant. Alternative formulations are available in many cases.",
        "the HSE",
      ],
      ["not as simple as it sounds", "Ciarán Moloney"],
      [
        "Every change means a review, and a review means a wait. Some of these kids are on " +
          "waiting lists for a year just to be seen.",
        "Ciarán Moloney",
      ],
      ["The Minister has known about this since the summer,", "Aisling Farrelly"],
      ["What has been done?", "Aisling Farrelly"],
    ],
  },
  {
    name:
      "Press and Journal, business: a company said in a statement, a chief executive said " +
      "and a colon, the 52-year-old after the quote, a union officer described as then he " +
      "added, a government spokesperson and a colon, a project name",
    headline: "Aberdeen oil services firm to cut 350 jobs as it blames windfall tax",
    paragraphs: [
      "Aberdeen oilfield services firm Dyce Subsea has announced plans to cut 350 jobs, " +
        "blaming the windfall tax on North Sea producers for a collapse in new orders.",
      "The company, which employs around 1,100 people at its base in Dyce and in Great " +
        "Yarmouth, said in a statement that the redundancies were “a direct consequence” of " +
        "operators shelving projects. The cuts form part of a restructuring it has named " +
        "“Project Keel”.",
      "Chief executive Fiona Gillanders said: “This is the hardest announcement I have had " +
        "to make in 22 years in this industry. We have fought to protect these jobs, but " +
        "without new work coming through, we simply cannot sustain our current headcount.”",
      "She told The Press and Journal the firm had seen its order book fall by 40% in 18 " +
        "months. “Our clients are telling us plainly: the investment case for the North Sea " +
        "has gone,” the 52-year-old said.",
      "Unite regional officer Gary Duthie described the news as “a hammer blow for the " +
        "north-east” and called on both governments to meet the company urgently. “These are " +
        "skilled, well-paid jobs, and once they go, they don’t come back,” he added.",
      "A UK Government spokesperson said: “We are committed to a fair and orderly " +
        "transition in the North Sea that protects jobs and supports new industries like " +
        "carbon capture and offshore wind.”",
    ],
    quotes: [
      ["a direct consequence", "Dyce Subsea"],
      [
        "This is the hardest announcement I have had to make in 22 years in this industry. " +
          "We have fought to protect these jobs, but without new work coming through, we " +
          "simply cannot sustain our current headcount.",
        "Fiona Gillanders",
      ],
      [
        "Our clients are telling us plainly: the investment case for the North Sea has gone,",
        "Fiona Gillanders",
      ],
      ["a hammer blow for the north-east", "Gary Duthie"],
      ["These are skilled, well-paid jobs, and once they go, they don’t come back,", "Gary Duthie"],
      [
        "We are committed to a fair and orderly transition in the North Sea that protects " +
          "jobs and supports new industries like carbon capture and offshore wind.",
        "A UK Government spokesperson",
      ],
    ],
  },
  {
    name:
      "The Advertiser, AFL: a headline quote repeated in the body, one-word partial " +
      "quotes, said X inverted after a quote with an age, the rival coach, asked about and " +
      "a colon, a radio program title, a banner",
    headline: "‘We were off from the first bounce’: Crows coach fumes after Showdown thumping",
    paragraphs: [
      "Adelaide coach Brett Haywood has described his side’s 47-point Showdown loss to " +
        "Port Adelaide as “unacceptable” and warned that selection would be “open” for " +
        "Sunday week’s clash with Geelong.",
      "“We were off from the first bounce,” Haywood said after the game at Adelaide Oval " +
        "on Saturday night. “Port wanted the footy more than we did, and that hurts, because " +
        "this is the one game our members circle on the fixture.”",
      "Power midfielder Jace Tamboran kicked four goals and was named Showdown Medallist. " +
        "“It’s a special feeling. My old man was here, my mum, my little brother — I’ll " +
        "remember this one forever,” said Tamboran, 23.",
      "Power coach Darren Mielke said the win, which ended a run of three straight losses, " +
        "was “a response, not a turnaround”.",
      "Asked about captain Tom Rudd’s hamstring, Haywood was blunt: “He’ll get scanned " +
        "tomorrow. If it’s a strain, he’s out, simple as that.”",
      "Former Crows captain Mark Rennick, speaking on SEN’s “Sportsday” program on Sunday, " +
        "said the performance was “as flat as I’ve seen” in a Showdown.",
      "Crows fans who stayed until the final siren held up a banner reading “Pride of " +
        "South Australia” as the players walked off.",
    ],
    quotes: [
      ["unacceptable", "Brett Haywood"],
      ["open", "Brett Haywood"],
      ["We were off from the first bounce,", "Brett Haywood"],
      [
        "Port wanted the footy more than we did, and that hurts, because this is the one " +
          "game our members circle on the fixture.",
        "Brett Haywood",
      ],
      [
        "It’s a special feeling. My old man was here, my mum, my little brother — I’ll " +
          "remember this one forever,",
        "Jace Tamboran",
      ],
      ["a response, not a turnaround", "Darren Mielke"],
      ["He’ll get scanned tomorrow. If it’s a strain, he’s out, simple as that.", "Brett Haywood"],
      ["as flat as I’ve seen", "Mark Rennick"],
    ],
  },
  {
    name:
      "Detroit Free Press, crime: a prosecutor in a statement split by her surname, Cmdr. " +
      "before a name then told reporters, a program name, an attorney's partial quote with " +
      "the period inside, a victim's sister sharing his surname, a bar's Facebook post",
    headline: "Detroit man charged in fatal shooting of bartender outside Eastern Market bar",
    paragraphs: [
      "A 29-year-old Detroit man has been charged with second-degree murder in the " +
        "shooting death of a bartender outside an Eastern Market bar early Sunday, Wayne " +
        "County Prosecutor Denise Albright announced Wednesday.",
      "Terrell Jamison is accused of firing at least six shots at Marcus Hollins, 34, " +
        "after being asked to leave the Gratiot Avenue bar around 1:45 a.m., according to " +
        "charging documents.",
      "“This was a young man doing his job, asking a customer to leave at closing time, " +
        "and he paid for it with his life,” Albright said in a statement. “Our office will " +
        "seek justice for his family.”",
      "Detroit Police Cmdr. Ramona Keys said investigators used footage from cameras in " +
        "the city’s “Project Green Light” program to identify Jamison within hours. “The " +
        "cameras did exactly what they were designed to do,” Keys told reporters at police " +
        "headquarters.",
      "Jamison was arraigned Wednesday in 36th District Court, where a magistrate denied " +
        "bond. His attorney, Elliot Freund, said his client “has a version of events that " +
        "hasn’t been heard yet.”",
      "Hollins’ sister, Tanya Hollins, said her brother had worked at the bar for six " +
        "years and was saving to open his own place. “He was the one who made sure everybody " +
        "got home safe. Every night. That’s who Marcus was,” she said.",
      "The bar, Nickel & Rye, said in a Facebook post that it would remain closed “until " +
        "further notice.”",
    ],
    quotes: [
      [
        "This was a young man doing his job, asking a customer to leave at closing time, and " +
          "he paid for it with his life,",
        "Denise Albright",
      ],
      ["Our office will seek justice for his family.", "Denise Albright"],
      ["The cameras did exactly what they were designed to do,", "Ramona Keys"],
      ["has a version of events that hasn’t been heard yet.", "Elliot Freund"],
      [
        "He was the one who made sure everybody got home safe. Every night. That’s who Marcus was,",
        "Tanya Hollins",
      ],
      ["until further notice.", "Nickel & Rye"],
    ],
  },
  {
    name:
      "The Jakarta Post, science: the study describes, said and a lead researcher after " +
      "the quote, an Indonesian referred to by her given name then she, a co-author's " +
      "partial quote, a ministry spokesperson after the quote, a village head then he, a " +
      "slogan",
    headline: "Bleaching hits 61 percent of coral in Raja Ampat survey, scientists say",
    paragraphs: [
      "More than half of the coral surveyed in parts of Raja Ampat, Southwest Papua, " +
        "showed signs of bleaching this year, according to a study by Indonesian and " +
        "Australian researchers, raising concern for one of the world’s most biodiverse " +
        "marine areas.",
      "The study, published in the journal Coral Reefs, found that 61 percent of colonies " +
        "across 42 sites were bleached during a marine heat wave between March and May. It " +
        "describes the event as “the most severe bleaching recorded in the region since " +
        "monitoring began”.",
      "“We dove at sites where, two years ago, you could not see the sand because the " +
        "coral was so dense. This year, much of it was white,” said lead researcher Dewi " +
        "Kartikasari of the National Research and Innovation Agency (BRIN).",
      "Dewi said the team would return in November to measure how many colonies had " +
        "recovered. “Bleached coral is not dead coral, not yet. But it is starving,” she " +
        "said.",
      "Marine ecologist Andrew Halloran of James Cook University, a co-author of the " +
        "study, said the findings were “a warning shot” for the whole Coral Triangle. " +
        "Tourism brochures have long sold Raja Ampat as “the last paradise on earth”.",
      "The Maritime Affairs and Fisheries Ministry said it was considering temporarily " +
        "closing some dive sites. “We are coordinating with the regional administration and " +
        "local communities to reduce pressure on affected reefs,” ministry spokesperson Agus " +
        "Prasetyo said.",
      "Yosias Mambrasar, a village head on Arborek island, said fishermen had noticed " +
        "fewer fish near the reef. “Our grandparents told us the sea would always provide. " +
        "Now we are not so sure,” he said.",
    ],
    quotes: [
      ["the most severe bleaching recorded in the region since monitoring began", "The study"],
      [
        "We dove at sites where, two years ago, you could not see the sand because the coral " +
          "was so dense. This year, much of it was white,",
        "Dewi Kartikasari",
      ],
      ["Bleached coral is not dead coral, not yet. But it is starving,", "Dewi Kartikasari"],
      ["a warning shot", "Andrew Halloran"],
      [
        "We are coordinating with the regional administration and local communities to " +
          "reduce pressure on affected reefs,",
        "Agus Prasetyo",
      ],
      ["Our grandparents told us the sea would always provide. Now we are not so sure,", "Yosias Mambrasar"],
    ],
  },
  {
    name:
      "The Hollywood Reporter, culture: a standfirst fragment repeated in the body, a " +
      "letter the director wrote, told The Hollywood Reporter then she added, a sponsor's " +
      "statement, said on Instagram, film titles, a source close to the festival",
    headline: "Austin’s Lone Star Film Festival Cancels 2026 Edition After Lead Sponsor Exits",
    standfirst:
      "Organizers said the festival would return in 2027 but that “this year, the math " +
      "simply didn’t work.”",
    paragraphs: [
      "The Lone Star Film Festival, the Austin showcase that helped launch the indie hit " +
        "“Dry County,” has canceled its 2026 edition after its lead sponsor withdrew, " +
        "organizers said Tuesday.",
      "In a letter to filmmakers and passholders, festival director Carmen " +
        "Villalobos-Reyes wrote that the decision came after “months of trying every door we " +
        "could find.”",
      "“This year, the math simply didn’t work,” Villalobos-Reyes told The Hollywood " +
        "Reporter. “We could have put on a smaller festival and pretended everything was " +
        "fine,” she added. “I’d rather come back in 2027 with a festival that deserves our " +
        "audience.”",
      "The sponsor, Texas-based credit union Hill Country Federal, said in a statement " +
        "that it was “refocusing its community investment” on financial literacy programs.",
      "Filmmaker Jonah Whitcomb, whose documentary “Salt Flats” premiered at the festival " +
        "in 2023, said on Instagram that the festival was “the only place that took a chance " +
        "on us.”",
      "A source close to the festival said board members had discussed a merger with " +
        "another Texas event, but talks stalled over branding. “Nobody wanted to lose the " +
        "name,” the source said.",
    ],
    quotes: [
      ["This year, the math simply didn’t work,", "Carmen Villalobos-Reyes"],
      ["months of trying every door we could find.", "Carmen Villalobos-Reyes"],
      [
        "We could have put on a smaller festival and pretended everything was fine,",
        "Carmen Villalobos-Reyes",
      ],
      ["I’d rather come back in 2027 with a festival that deserves our audience.", "Carmen Villalobos-Reyes"],
      ["refocusing its community investment", "Hill Country Federal"],
      ["the only place that took a chance on us.", "Jonah Whitcomb"],
      ["Nobody wanted to lose the name,", "A source close to the festival"],
    ],
  },
]);
