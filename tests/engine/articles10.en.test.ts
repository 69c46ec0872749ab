// A tenth round of composed English news articles, in the styles of outlets and beats the first nine
// rounds did not use: the Vancouver Sun at a city council hearing, RTÉ News on a measles outbreak,
// Rappler on a typhoon in Bicol, The Indian Express on a Supreme Court ruling, Uganda's Daily Monitor on
// primary exam results, The Oregonian on a hit-and-run arrest, USA TODAY Sports on a coach's firing, the
// Montreal Gazette on a port strike, CNA on a mosquito study and The Spinoff on a cancelled festival.
// Every article was written for these tests, before the engine was run on them. Expected speakers
// follow the corpus guidelines: the fullest name the article gives, a body or a document as written, an
// unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Vancouver Sun, city hall: Coun. before a name, the mayor by role, a colon, a quote over " +
      "two paragraphs, the 61-year-old, a sign",
    headline: "Vancouver council approves sixplexes on 3,000 more lots after late-night hearing",
    paragraphs: [
      "Vancouver city council voted 7-4 early Wednesday to allow multiplexes of up to six " +
        "homes on roughly 3,000 more residential lots, mostly in Dunbar, Kerrisdale and " +
        "Shaughnessy, after a public hearing that stretched past 1 a.m.",
      "“This is how a city grows up instead of out,” said Mayor Rhea Castellano, who made " +
        "housing supply the centrepiece of her 2022 campaign. “If we can’t build homes for " +
        "nurses and bus drivers here, where exactly are we going to build them?”",
      "Coun. Peter Lindqvist, who voted against the change, said staff had not shown that " +
        "sewers and schools in the affected neighbourhoods could absorb the growth. He put it " +
        "bluntly: “We are approving the density and hoping the pipes work it out later.”",
      "More than 140 people signed up to speak. Outside the council chamber, some held " +
        "placards reading “Keep Dunbar Livable,” while others wore T-shirts from the pro-housing " +
        "group Abundant Vancouver.",
      "Margaret Ouellette, a retired teacher who has lived on West 35th Avenue since 1989, " +
        "told council she was not against new neighbours. “I am against a process where the " +
        "people who live here find out from a mail-out that the lot next door is now a " +
        "construction site,” the 61-year-old said.",
      "Daniel Sahota, 29, who rents a basement suite in Kitsilano, said he spoke in favour " +
        "because he wanted to stay in the city he grew up in.",
      "“My parents bought in 1996 on two regular salaries. I work in tech and I can’t buy a one-bedroom.",
      "“I’m not asking for a handout. I’m asking for the city to let someone build something I " +
        "can afford,” Sahota said.",
      "The province’s housing ministry said in a statement it welcomed the vote and that " +
        "Vancouver was “on track” to meet its provincial housing target.",
    ],
    quotes: [
      ["This is how a city grows up instead of out,", "Rhea Castellano"],
      [
        "If we can’t build homes for nurses and bus drivers here, where exactly are we going " +
          "to build them?",
        "Rhea Castellano",
      ],
      ["We are approving the density and hoping the pipes work it out later.", "Peter Lindqvist"],
      [
        "I am against a process where the people who live here find out from a mail-out that " +
          "the lot next door is now a construction site,",
        "Margaret Ouellette",
      ],
      [
        "My parents bought in 1996 on two regular salaries. I work in tech and I can’t buy a one-bedroom.",
        "Daniel Sahota",
      ],
      [
        "I’m not asking for a handout. I’m asking for the city to let someone build something " +
          "I can afford,",
        "Daniel Sahota",
      ],
      ["on track", "The province’s housing ministry"],
    ],
  },
  {
    name:
      "RTÉ News, health: straight single quotes in the headline repeated in the body, the HSE " +
      "in a statement, a minister then she, told Morning Ireland, a GP, according to a report",
    headline: "Measles cases 'likely to rise' over Christmas, HSE warns",
    paragraphs: [
      'The Health Service Executive has said measles cases are "likely to rise" over the ' +
        "Christmas period, after 11 new cases were confirmed in the past fortnight, most of them " +
        "in Dublin and Kildare.",
      'In a statement, the HSE said the outbreak was "a direct result of falling vaccination ' +
        'rates" and urged parents to check that their children had received both doses of the MMR vaccine.',
      "Dr Aoife Brennan, a consultant in public health medicine with the HSE, told RTÉ's " +
        'Morning Ireland that measles was "one of the most infectious diseases we know".',
      "\"One case in a crowded waiting room can lead to ten more. That's why we're asking " +
        'people with a fever and a rash to phone their GP first and not just turn up," she said.',
      'Minister for Health Niamh Carolan said she was "deeply concerned" by the figures. ' +
        'Speaking in Galway, she said: "Every parent in this country can get the MMR vaccine ' +
        'for their child free of charge. I would appeal to anyone who missed it to get it now."',
      "Uptake of the first MMR dose stood at 87% last year, according to figures from the " +
        "Health Protection Surveillance Centre, well below the 95% needed to prevent outbreaks.",
      "Dr Fergal Nolan, a GP in Naas, said some parents had been put off by what he called " +
        '"nonsense on social media". "Most of the hesitancy I see isn\'t ideological. It\'s ' +
        'people who are busy and missed an appointment," Dr Nolan said.',
    ],
    quotes: [
      ["likely to rise", "The Health Service Executive"],
      ["a direct result of falling vaccination rates", "The Health Service Executive"],
      ["one of the most infectious diseases we know", "Aoife Brennan"],
      [
        "One case in a crowded waiting room can lead to ten more. That's why we're asking " +
          "people with a fever and a rash to phone their GP first and not just turn up,",
        "Aoife Brennan",
      ],
      ["deeply concerned", "Niamh Carolan"],
      [
        "Every parent in this country can get the MMR vaccine for their child free of charge. " +
          "I would appeal to anyone who missed it to get it now.",
        "Niamh Carolan",
      ],
      ["nonsense on social media", "Fergal Nolan"],
      [
        "Most of the hesitancy I see isn't ideological. It's people who are busy and missed an " +
          "appointment,",
        "Fergal Nolan",
      ],
    ],
  },
  {
    name:
      "Rappler, typhoon: an agency's bulletin, a barangay captain with a nested quote, said in " +
      "Filipino, an official by role, a so-called term",
    headline: "Typhoon Amihan leaves 14 dead, thousands stranded in Bicol",
    standfirst:
      "Floodwaters reach rooftops in parts of Camarines Sur as the typhoon cuts across the " +
      "region overnight",
    paragraphs: [
      "MANILA, Philippines – At least 14 people were killed and more than 60,000 were forced " +
        "from their homes as Typhoon Amihan crossed the Bicol Region on Monday night, November " +
        "17, the National Disaster Risk Reduction and Management Council (NDRRMC) said on Tuesday.",
      "In its 5 am bulletin, the Philippine Atmospheric, Geophysical and Astronomical Services " +
        "Administration (PAGASA) said Amihan had weakened slightly but remained “a very " +
        "dangerous typhoon” with maximum sustained winds of 165 kilometers per hour.",
      "In Barangay San Isidro in Naga City, village chief Lorna Villareal said floodwaters " +
        "rose by more than a meter in less than an hour. “My kagawad was banging on doors " +
        "shouting ‘Akyat! Akyat!’ and people were climbing onto their roofs with their " +
        "children,” Villareal told Rappler.",
      "“We have no electricity, no signal, and the evacuation center is already full,” she added.",
      "Office of Civil Defense Bicol director Ramon Esguerra said rescuers were using rubber " +
        "boats to reach families in low-lying areas. “Our priority is people, not property. We " +
        "will go back for the rest later,” the official said.",
      "Residents of coastal towns had been warned of a storm surge of up to three meters, but " +
        "many stayed put, local officials said, citing a so-called “bagyo fatigue” after six " +
        "storms in two months.",
      "Jerome Dela Paz, a tricycle driver from Pili, said he lost his vehicle and his house on " +
        "the same night. “Wala na talaga. Everything is gone,” he said in Filipino and English.",
    ],
    quotes: [
      [
        "a very dangerous typhoon",
        "the Philippine Atmospheric, Geophysical and Astronomical Services Administration",
      ],
      [
        "My kagawad was banging on doors shouting ‘Akyat! Akyat!’ and people were climbing " +
          "onto their roofs with their children,",
        "Lorna Villareal",
      ],
      ["We have no electricity, no signal, and the evacuation center is already full,", "Lorna Villareal"],
      ["Our priority is people, not property. We will go back for the rest later,", "Ramon Esguerra"],
      ["Wala na talaga. Everything is gone,", "Jerome Dela Paz"],
    ],
  },
  {
    name:
      "Indian Express, courts: the Supreme Court as speaker, a justice writing for the bench, " +
      "the Solicitor General, senior advocate, the judgment read, a headline fragment repeated " +
      "in the body, a term in marks",
    headline: "‘Rule of law, not rule of bulldozer’: SC lays down guidelines on demolitions",
    paragraphs: [
      "The Supreme Court on Wednesday laid down nationwide guidelines on the demolition of " +
        "properties of people accused of crimes, holding that the executive “cannot become a " +
        "judge” and punish an accused by razing their home.",
      "Writing for a bench that also comprised Justice Meera Iyengar, Justice Sanjiv Khurana " +
        "said the demolition of a house merely because its owner was named in an FIR was “wholly " +
        "unconstitutional”.",
      "“The right to shelter is one facet of the right to life under Article 21. A family " +
        "cannot be rendered homeless because one of its members is an accused,” the judgment " +
        "read, adding that the country must be governed by the “rule of law, not rule of bulldozer”.",
      "Under the guidelines, authorities must give owners at least 15 days’ notice, hear them " +
        "in person and record the reasons for any demolition on video. Officials who violate the " +
        "directions will be held personally liable and made to pay for reconstruction, the court said.",
      "Solicitor General Rakesh Mehra, appearing for the Centre, had argued that the petitions " +
        "sought to protect illegal constructions. “No one is saying encroachments should be " +
        "allowed to stand. The State only asks that its hands not be tied,” Mehra had told the " +
        "court during the hearing in October.",
      "Senior advocate Chander Sethi, who appeared for the Jamiat Ulama-i-Hind, welcomed the " +
        "ruling. “For the first time, there is accountability at the level of the officer who " +
        "signs the order,” he told The Indian Express.",
      "The petitions had been filed after a series of demolitions in Uttar Pradesh, Madhya " +
        "Pradesh and Delhi, in what has come to be known as “bulldozer justice”, a phrase that " +
        "has since entered everyday political debate.",
    ],
    quotes: [
      ["cannot become a judge", "The Supreme Court"],
      ["wholly unconstitutional", "Sanjiv Khurana"],
      [
        "The right to shelter is one facet of the right to life under Article 21. A family " +
          "cannot be rendered homeless because one of its members is an accused,",
        "the judgment",
      ],
      ["rule of law, not rule of bulldozer", "the judgment"],
      [
        "No one is saying encroachments should be allowed to stand. The State only asks that " +
          "its hands not be tied,",
        "Rakesh Mehra",
      ],
      [
        "For the first time, there is accountability at the level of the officer who signs the order,",
        "Chander Sethi",
      ],
    ],
  },
  {
    name:
      "Daily Monitor, education: an exam board's executive director then Mr, the minister by " +
      "role, a head teacher, the report says, scare-quoted ghost pupils",
    todo:
      "a single scare-quoted adjective (“ghost” candidates) is taken as a quote and given to a " +
      "place named before it",
    headline: "PLE results: Girls close gap as candidates in Division One rise",
    paragraphs: [
      "KAMPALA. The Uganda National Examinations Board (Uneb) yesterday released the 2025 " +
        "Primary Leaving Examination results, with the number of candidates passing in Division " +
        "One rising by 9 per cent and girls narrowing the gap with boys in mathematics for the " +
        "first time in a decade.",
      "Releasing the results at State House Nakasero, Uneb executive director Moses Ekwaro " +
        "Okello said 832,114 candidates sat the examinations, up from 797,000 last year.",
      "“The performance in English and Science has improved, but we are still seeing a big " +
        "number of candidates who cannot express themselves in writing,” Mr Okello said.",
      "He said 61 candidates had their results withheld over suspected malpractice. “We shall " +
        "not hesitate to cancel results where there is evidence of cheating, and the head " +
        "teachers involved will be held responsible,” he warned.",
      "The Minister of State for Primary Education, Ms Grace Atim Nabbosa, who presided over " +
        "the function, said the government would recruit 4,000 more teachers for rural schools " +
        "next financial year. “A child in Kotido deserves the same chance as a child in Kololo,” " +
        "the minister said.",
      "The Uneb report notes that schools in Karamoja, West Nile and parts of Busoga continued " +
        "to post the weakest results, and that some private schools had registered “ghost” " +
        "candidates to inflate their enrolment figures.",
      "At Kitante Primary School in Kampala, head teacher Sarah Namubiru said 212 of her 240 " +
        "candidates had passed in Division One. “We started remedial lessons on Saturdays in " +
        "February. The parents paid for lunch, the teachers gave their time,” she said.",
      "The report says the gap between urban and rural schools “remains wide and persistent”, " +
        "and calls for more inspectors in districts where schools are rarely visited.",
    ],
    quotes: [
      [
        "The performance in English and Science has improved, but we are still seeing a big " +
          "number of candidates who cannot express themselves in writing,",
        "Moses Ekwaro Okello",
      ],
      [
        "We shall not hesitate to cancel results where there is evidence of cheating, and the " +
          "head teachers involved will be held responsible,",
        "Moses Ekwaro Okello",
      ],
      ["A child in Kotido deserves the same chance as a child in Kololo,", "Grace Atim Nabbosa"],
      [
        "We started remedial lessons on Saturdays in February. The parents paid for lunch, the " +
          "teachers gave their time,",
        "Sarah Namubiru",
      ],
      ["remains wide and persistent", "The Uneb report"],
    ],
  },
  {
    name:
      "The Oregonian, crime: a police spokesperson, a probable cause affidavit, according to " +
      "court records, a victim's sister sharing his surname, a defense lawyer who declined, a nickname",
    headline: "Man arrested in Southeast Portland hit-and-run that killed cyclist, police say",
    paragraphs: [
      "Portland police on Friday arrested a 34-year-old man in connection with a hit-and-run " +
        "crash that killed a bicyclist on Southeast Division Street last weekend.",
      "Jordan Keane Whitlock was booked into the Multnomah County Detention Center on " +
        "suspicion of second-degree manslaughter, failure to perform the duties of a driver and " +
        "driving with a suspended license, according to jail records.",
      "“Our Major Crash Team worked around the clock on this case, and tips from the community " +
        "made all the difference,” said Sgt. Kevin Mosley, a Portland Police Bureau spokesperson.",
      "The cyclist, 41-year-old Tomás Ibarra, was riding home from his shift at a restaurant " +
        "on Southeast Hawthorne Boulevard shortly after 11 p.m. Saturday when he was struck near " +
        "Southeast 82nd Avenue, police said. He died at the scene.",
      "A probable cause affidavit filed in Multnomah County Circuit Court says a witness saw a " +
        "dark pickup “accelerate through the intersection without braking” and then turn north " +
        "onto 82nd. Investigators traced the truck through a body shop in Gresham, the affidavit says.",
      "Ibarra’s sister, Lucía Ibarra, said her brother — known to friends as “Tommy Two " +
        "Wheels” because he never owned a car — had been saving to open his own taco truck.",
      "“He did everything right. He had lights, he had a helmet, he was in the bike lane,” she " +
        "told The Oregonian/OregonLive. “Somebody decided their night was more important than his life.”",
      "Whitlock’s attorney, Rachel Strand, declined to discuss the evidence. “My client will " +
        "be entering a plea of not guilty,” she said in an email, “and we ask that people not " +
        "rush to judgment.”",
    ],
    quotes: [
      [
        "Our Major Crash Team worked around the clock on this case, and tips from the " +
          "community made all the difference,",
        "Kevin Mosley",
      ],
      ["accelerate through the intersection without braking", "A probable cause affidavit"],
      ["He did everything right. He had lights, he had a helmet, he was in the bike lane,", "Lucía Ibarra"],
      ["Somebody decided their night was more important than his life.", "Lucía Ibarra"],
      ["My client will be entering a plea of not guilty,", "Rachel Strand"],
      ["and we ask that people not rush to judgment.", "Rachel Strand"],
    ],
  },
  {
    name:
      "USA TODAY Sports, NFL: an owner's statement, a person with knowledge who was not " +
      "authorized, said and the quarterback inverted, a quote split by its attribution, a " +
      "nickname, a banner, a headline fragment",
    todo:
      "a headline fragment of a longer body quote goes to the person the headline names, not " +
      "the one quoted; an unnamed source “the person said” is cut to “a person”",
    headline: "Jaguars fire coach Mike Trevino after 3-11 start: ‘We needed a new voice’",
    paragraphs: [
      "The Jacksonville Jaguars fired coach Mike Trevino on Monday, a day after a 31-10 home " +
        "loss to the Tennessee Titans dropped them to 3-11 and eliminated them from playoff contention.",
      "“This was not a decision I made lightly,” owner Owen Karimi said in a statement " +
        "released by the team. “Mike is a good man and a good football coach, but after a great " +
        "deal of reflection, we needed a new voice.”",
      "Defensive coordinator Lou Abernathy will serve as interim coach for the final three " +
        "games, the team said.",
      "Trevino, 52, was 14-34 in three seasons. The move had been expected since a plane " +
        "towing a banner reading “Fire Trevino” circled EverBank Stadium during a loss to the " +
        "Houston Texans in November.",
      "The decision was made Sunday night after Karimi met with general manager Trent Ridley " +
        "Jr., according to a person with knowledge of the discussions who was not authorized to " +
        "speak publicly. “Owen had seen enough. The Titans game was the last straw,” the person said.",
      "Quarterback Caleb Wynn, the No. 2 overall pick in 2023, said he had spoken to Trevino " +
        "on Monday morning. “He told me to keep my head up and keep working,” said Wynn, who has " +
        "thrown 14 interceptions this season. “That’s on us as players. We didn’t play well " +
        "enough for him.”",
      "Trevino, nicknamed “Mr. Fourth Down” in Jacksonville for his aggressiveness on " +
        "fourth-and-short, did not respond to a text message seeking comment.",
    ],
    quotes: [
      ["We needed a new voice", "Owen Karimi"],
      ["This was not a decision I made lightly,", "Owen Karimi"],
      [
        "Mike is a good man and a good football coach, but after a great deal of reflection, " +
          "we needed a new voice.",
        "Owen Karimi",
      ],
      [
        "Owen had seen enough. The Titans game was the last straw,",
        "a person with knowledge of the discussions",
      ],
      ["He told me to keep my head up and keep working,", "Caleb Wynn"],
      ["That’s on us as players. We didn’t play well enough for him.", "Caleb Wynn"],
    ],
  },
  {
    name:
      "Montreal Gazette, business: a union local's president, an employers' group in a " +
      "statement, the federal minister by role, a shipper said X, according to the port " +
      "authority, a so-called term",
    headline: "Port of Montreal longshore workers walk off job as contract talks break down",
    standfirst:
      "About 1,200 dockworkers began an open-ended strike Monday. Shippers warn of empty " +
      "shelves and rerouted cargo within days.",
    paragraphs: [
      "Some 1,200 longshore workers at the Port of Montreal walked off the job at 7 a.m. " +
        "Monday, halting container traffic at Canada’s second-busiest port after 18 months of " +
        "failed negotiations.",
      "“Our members have been working without a contract since December 2023. We have been " +
        "patient, we have been reasonable, and we have been ignored,” said Martin Lapointe, " +
        "president of CUPE Local 375, which represents the workers.",
      "The Maritime Employers Association, which negotiates on behalf of shipping lines and " +
        "terminal operators, said in a statement that the union had rejected “a fair offer that " +
        "included wage increases of 20 per cent over six years.”",
      "At issue is scheduling. The union wants an end to the so-called “on-call” system, under " +
        "which workers can be summoned to a shift with less than 24 hours’ notice.",
      "Federal Labour Minister Steven Arsenault urged both sides to return to the table. “The " +
        "best deals are made by the parties themselves, not by Ottawa,” the minister told " +
        "reporters in Ottawa, declining to say whether the government would legislate an end to the strike.",
      "About $275 million worth of goods moves through the port each day, according to the " +
        "Montreal Port Authority.",
      "Julie Ste-Marie, vice-president of logistics at Laval-based furniture importer Meubles " +
        "Boréal, said the company had already diverted six containers to Halifax. “Every day " +
        "this goes on costs us about $40,000 in trucking alone,” she said. “We’ll pass some of " +
        "that on to customers. We have no choice.”",
    ],
    quotes: [
      [
        "Our members have been working without a contract since December 2023. We have been " +
          "patient, we have been reasonable, and we have been ignored,",
        "Martin Lapointe",
      ],
      [
        "a fair offer that included wage increases of 20 per cent over six years.",
        "The Maritime Employers Association",
      ],
      ["The best deals are made by the parties themselves, not by Ottawa,", "Steven Arsenault"],
      ["Every day this goes on costs us about $40,000 in trucking alone,", "Julie Ste-Marie"],
      ["We’ll pass some of that on to customers. We have no choice.", "Julie Ste-Marie"],
    ],
  },
  {
    name:
      "CNA, science: a study's lead author with Dr and a professor's title, a statutory board " +
      "in a statement, the study states, an outside expert told CNA, a programme's name in " +
      "marks, Madam and a Chinese name",
    headline: "Wolbachia mosquito releases cut dengue cases by up to 77% in Singapore estates: Study",
    paragraphs: [
      "SINGAPORE: Releasing male mosquitoes infected with Wolbachia bacteria cut dengue cases " +
        "by as much as 77 per cent in the public housing estates where they were deployed, " +
        "according to a study published on Thursday (Nov 20) in The Lancet Infectious Diseases.",
      "The study tracked more than 600,000 residents in Yishun, Tampines, Choa Chu Kang and " +
        "Bukit Batok over four years, comparing estates that received weekly releases with those " +
        "that did not.",
      "“The effect was strongest in the estates that had the releases for the longest time, " +
        "which is what you would expect if the mosquito population is being suppressed over " +
        "generations,” said the study’s lead author, Dr Ong Hui Min, group director of the " +
        "National Environment Agency’s Environmental Health Institute.",
      "Male Wolbachia-carrying Aedes aegypti mosquitoes do not bite. When they mate with wild " +
        "females, the resulting eggs do not hatch.",
      "The study states that the releases were “safe, well accepted by residents and " +
        "cost-effective” when compared with the costs of hospitalisation and lost workdays.",
      "In a statement, NEA said it would expand “Project Wolbachia” to cover about 800,000 " +
        "households by 2026, up from 580,000 now. “Wolbachia is not a silver bullet. Residents " +
        "must continue to remove stagnant water in their homes,” the agency said.",
      "At a void deck in Yishun Ring Road, retiree Tan Siew Hoon, 67, said she used to see " +
        "mosquito coils burning outside every other flat. “Last time my grandson kena bitten " +
        "every evening. Now, hardly any,” said Madam Tan.",
      "Professor Martin Kessler at Duke-NUS Medical School, an infectious disease expert who " +
        "was not involved in the study, told CNA the results were among the strongest evidence " +
        "yet for the method in a dense city. “Singapore has essentially run the experiment that " +
        "other tropical cities could not afford to run,” he said.",
    ],
    quotes: [
      [
        "The effect was strongest in the estates that had the releases for the longest time, " +
          "which is what you would expect if the mosquito population is being suppressed over generations,",
        "Ong Hui Min",
      ],
      ["safe, well accepted by residents and cost-effective", "The study"],
      [
        "Wolbachia is not a silver bullet. Residents must continue to remove stagnant water in " +
          "their homes,",
        "the National Environment Agency",
      ],
      ["Last time my grandson kena bitten every evening. Now, hardly any,", "Tan Siew Hoon"],
      [
        "Singapore has essentially run the experiment that other tropical cities could not afford to run,",
        "Martin Kessler",
      ],
    ],
  },
  {
    name:
      "The Spinoff, culture: says in the present, an Instagram post that writes, a promoter by " +
      "first name in a casual register, a song and an album title, a quote over two paragraphs, a fan",
    headline: "Summer Static’s Auckland return is off. Here’s what happened",
    standfirst:
      "The festival was meant to come back in February. Instead, its promoter says “the " +
      "numbers just didn’t stack up”.",
    paragraphs: [
      "It was supposed to be the summer Summer Static came home. Instead, the festival’s " +
        "Auckland date at Western Springs has been cancelled, less than three months after it " +
        "was announced with a lineup topped by Aroha Sky and Foxglove Motel.",
      "In a post on Instagram on Tuesday afternoon, the organisers wrote that they were " +
        "“gutted beyond words” and that all ticket holders would be refunded within 10 working days.",
      "Promoter Hayley Tāmihana, who has run the Auckland leg since 2016, says the problem " +
        "wasn’t demand. “We sold more tickets in the first week than we did in 2020,” she says. " +
        "“But the cost of staging, security and fencing has basically doubled since Covid, and " +
        "the numbers just didn’t stack up.”",
      "Hayley is blunt about what she thinks needs to change. “Auckland Council keeps saying " +
        "it wants to be an events city. Then it charges us like we’re the America’s Cup.",
      "“Nobody wants a bailout. We just want someone at council to pick up the phone,” she says.",
      "Aroha Sky, whose song “Slow Burn Summer” became a lockdown anthem, posted a " +
        "broken-heart emoji. Foxglove Motel, who were due to play songs from their album “Kōwhai " +
        "Season”, said nothing publicly.",
      "Fan Keira Mahoney, 22, bought her ticket the morning sales opened. “Honestly I’m just " +
        "sad. Summer Static was my first ever festival and I wanted my little sister to have " +
        "that too,” she says.",
    ],
    quotes: [
      ["the numbers just didn’t stack up", "Hayley Tāmihana"],
      ["gutted beyond words", "the organisers"],
      ["We sold more tickets in the first week than we did in 2020,", "Hayley Tāmihana"],
      [
        "But the cost of staging, security and fencing has basically doubled since Covid, and " +
          "the numbers just didn’t stack up.",
        "Hayley Tāmihana",
      ],
      [
        "Auckland Council keeps saying it wants to be an events city. Then it charges us like " +
          "we’re the America’s Cup.",
        "Hayley Tāmihana",
      ],
      ["Nobody wants a bailout. We just want someone at council to pick up the phone,", "Hayley Tāmihana"],
      [
        "Honestly I’m just sad. Summer Static was my first ever festival and I wanted my " +
          "little sister to have that too,",
        "Keira Mahoney",
      ],
    ],
  },
]);
