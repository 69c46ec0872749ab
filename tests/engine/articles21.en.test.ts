// A twenty-first round of composed English news articles, in the styles of outlets and beats the first
// twenty rounds did not use: the Edinburgh Evening News on late-night bus cuts, Nyasa Times in the High
// Court in Blantyre, Business Standard on an auto-component maker's quarterly results, The Providence
// Journal after a Friars overtime win, The National (Abu Dhabi) on a photography exhibition, National
// Geographic on Toronto's bin-opening raccoons, Daily Trust on meningitis in Kebbi State, The Cincinnati
// Enquirer on a fatal shooting over a parking space, The Clare Champion on a village school losing a
// teacher and The Border Mail on a Murray cod kill below Howlong. Every article was written for these
// tests, blind, before the engine was run on them. Expected speakers follow the corpus guidelines: the
// fullest name the article gives, a body or a document as written, an unnamed source by its shortest
// identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Edinburgh Evening News, transport: a standfirst partial quote by a union officer named " +
      "only in the body and repeated there, a company in a statement with a partial, he said " +
      "then a second quote, she told the paper with a colon, a convener and the union officer " +
      "both women in one paragraph, a service brand and scare quotes in marks, an unnamed driver " +
      "with a partial",
    headline: "Lothian Buses to axe late-night journeys on six routes from January",
    standfirst: "Union warns cleaners and care workers will be “left stranded after midnight”",
    paragraphs: [
      "Lothian Buses is to withdraw late-night journeys on six routes across the Capital from " +
        "January, blaming falling passenger numbers and rising fuel costs.",
      "The company said in a statement that services after midnight on routes 3, 14, 21, 26, 33 " +
        "and 44 were carrying “on average fewer than six passengers a journey” and could no " +
        "longer be justified.",
      "Managing director Callum Drysdale said the decision had not been taken lightly. “Nobody " +
        "at Lothian wants to run fewer buses,” he said. “But every empty bus we send out at two " +
        "in the morning is money we can’t spend on the routes people actually use.”",
      "Gemma Rennie, regional officer for the Unite union, said cleaners, care workers and " +
        "kitchen staff would be “left stranded after midnight” by the cuts. She told the Evening " +
        "News: “These are people on the minimum wage. They can’t just jump in a taxi at the end " +
        "of a shift.”",
      "Councillor Morag Henderson, the city’s transport convener, said she had asked the " +
        "company to meet Ms Rennie and union members before the new timetable was signed off. " +
        "“I’ve been clear with them that the night network is a lifeline, not a luxury,” she " +
        "said.",
      "The changes do not affect the N22 “Nightbus” service between Ocean Terminal and " +
        "Edinburgh Airport, and the company insists the so-called “ghost buses” on the affected " +
        "routes will be replaced by extra journeys earlier in the evening.",
      "One driver, who asked not to be named, said the late shifts were “the quietest and the " +
        "scariest” part of the job.",
    ],
    quotes: [
      ["left stranded after midnight", "Gemma Rennie"],
      ["on average fewer than six passengers a journey", "Lothian Buses"],
      ["Nobody at Lothian wants to run fewer buses,", "Callum Drysdale"],
      [
        "But every empty bus we send out at two in the morning is money we can’t spend on the " +
          "routes people actually use.",
        "Callum Drysdale",
      ],
      [
        "These are people on the minimum wage. They can’t just jump in a taxi at the end of a " + "shift.",
        "Gemma Rennie",
      ],
      ["I’ve been clear with them that the night network is a lifeline, not a luxury,", "Morag Henderson"],
      ["the quietest and the scariest", "One driver"],
    ],
  },
  {
    name:
      "Nyasa Times, courts: straight quotes, a court's partial quote in the lead, a judge in his " +
      "ruling with a colon, a lawyer told the paper with a partial then an inverted said with " +
      "surname, a council spokesperson, a council notice as a document speaker, two women in " +
      "one paragraph with she said, a market nickname in marks, an unnamed seller with a colon",
    headline: "High Court stops Blantyre City Council from moving Limbe Market vendors",
    paragraphs: [
      "The High Court in Blantyre has stopped Blantyre City Council from relocating more than " +
        "300 vendors from Limbe Market, describing the council's eviction notice as " +
        '"procedurally flawed".',
      "Justice Chikondi Banda granted the injunction on Friday following an application by the " +
        "Limbe Market Vendors Association, which argued that its members had been given only " +
        "seven days to move to a new site at Chimwankhunda.",
      "The council's notice, dated January 9, had warned that goods left at the market after " +
        'the deadline would be "confiscated and disposed of".',
      'In his ruling, Justice Banda said: "A public body cannot wake up one morning and tell ' +
        "traders who have operated from a place for 20 years to vacate within a week. The law " +
        'requires consultation, and there was none."',
      "Lawyer for the vendors, Counsel Wezi Phiri, told Nyasa Times after the ruling that her " +
        'clients were "relieved but not celebrating yet". "The council still has the right to ' +
        'appeal, and we expect them to do so," said Phiri.',
      "Council spokesperson Anthony Kasunda said the local authority would study the ruling " +
        'before deciding its next move. "We respect the court. Our concern is congestion and ' +
        'sanitation around the market, and that concern has not gone away," Kasunda said.',
      "Association chairperson Esnart Chirwa, who sells second-hand clothes in the section " +
        'known as "Kwa Manyowa", said she and fellow vendor Mercy Kalua had spent Thursday night ' +
        'at the market after hearing that council trucks were coming. "We were ready to sleep on ' +
        'our goods. This market is how we feed our children," she said.',
      'A tomato seller who declined to be named said: "Chimwankhunda has no water, no toilets ' +
        'and no customers. Who will buy tomatoes there?"',
    ],
    quotes: [
      ["procedurally flawed", "The High Court in Blantyre"],
      ["confiscated and disposed of", "The council's notice"],
      [
        "A public body cannot wake up one morning and tell traders who have operated from a place " +
          "for 20 years to vacate within a week. The law requires consultation, and there was none.",
        "Chikondi Banda",
      ],
      ["relieved but not celebrating yet", "Wezi Phiri"],
      ["The council still has the right to appeal, and we expect them to do so,", "Wezi Phiri"],
      [
        "We respect the court. Our concern is congestion and sanitation around the market, and " +
          "that concern has not gone away,",
        "Anthony Kasunda",
      ],
      ["We were ready to sleep on our goods. This market is how we feed our children,", "Esnart Chirwa"],
      [
        "Chimwankhunda has no water, no toilets and no customers. Who will buy tomatoes there?",
        "A tomato seller",
      ],
    ],
  },
  {
    name:
      "Business Standard, business: a headline fragment in single marks by a managing director " +
      "named only in the body, an inverted said with name and role then a verbless second quote, " +
      "told analysts with a colon, a finance chief and an analyst both women in one paragraph " +
      "with a partial, according to the analyst with a partial, a project name in marks",
    headline: "Aravali Auto Q2 net up 18% on export orders; ‘tariff risk manageable’, says MD",
    paragraphs: [
      "Pune-based Aravali Auto Components on Thursday reported an 18 per cent year-on-year rise " +
        "in consolidated net profit to ₹214 crore for the July–September quarter (Q2FY27), " +
        "helped by strong export orders from European truck makers.",
      "Revenue from operations rose 11.4 per cent to ₹2,380 crore, the company said in a " +
        "regulatory filing. Its operating margin expanded 80 basis points to 15.2 per cent.",
      "“Exports now account for 41 per cent of our revenue, up from 33 per cent two years ago,” " +
        "said Vikram Ranade, managing director, Aravali Auto Components. “Our European customers " +
        "have been moving volumes from China to India, and we have been the beneficiary.”",
      "Asked about the impact of US tariffs, Ranade told analysts on an earnings call: “Our " +
        "direct exposure to America is under 7 per cent of sales. So yes, the tariff risk is " +
        "manageable, but we are not complacent.”",
      "Chief financial officer Shalini Menon said the company would spend ₹600 crore over two " +
        "years on new capacity, including a forging line at Chakan under “Project Shakti”. " +
        "Responding to a question from Nomura analyst Kavita Iyer, Menon said the company had " +
        "“no plans to raise equity” this financial year and would fund the expansion largely " +
        "through internal accruals.",
      "According to Iyer, the quarter was “a clean beat on margins”, though order inflows from " +
        "domestic tractor makers remained weak.",
      "Shares of Aravali Auto closed 3.2 per cent higher at ₹1,146 on the BSE ahead of the " + "results.",
    ],
    quotes: [
      ["tariff risk manageable", "Vikram Ranade"],
      [
        "Exports now account for 41 per cent of our revenue, up from 33 per cent two years ago,",
        "Vikram Ranade",
      ],
      [
        "Our European customers have been moving volumes from China to India, and we have been " +
          "the beneficiary.",
        "Vikram Ranade",
      ],
      [
        "Our direct exposure to America is under 7 per cent of sales. So yes, the tariff risk is " +
          "manageable, but we are not complacent.",
        "Vikram Ranade",
      ],
      ["no plans to raise equity", "Shalini Menon"],
      ["a clean beat on margins", "Kavita Iyer"],
    ],
  },
  {
    name:
      "The Providence Journal, sport: a scorer said then a verbless second quote, an inverted " +
      "said with a coach's surname, a goaltender with a partial and an opposing captain both " +
      "men in one paragraph with the senior said, a student section's name in marks, an " +
      "opposing coach calling and saying with two partial quotes",
    headline: "Lindqvist ends drought in overtime as Friars stun No. 9 UMass",
    paragraphs: [
      "PROVIDENCE — Erik Lindqvist had not scored in 11 games. On Saturday night, he picked the " +
        "perfect moment to end the drought.",
      "The sophomore forward from Sweden buried a one-timer 2:14 into overtime, lifting " +
        "Providence College to a 4-3 win over No. 9 UMass before a sellout crowd of 3,030 at " +
        "Schneider Arena.",
      "“I’ve been gripping my stick too tight for a month,” Lindqvist said. “Tonight I finally " +
        "just let it go.”",
      "The Friars trailed 3-1 after two periods, but coach Brian Kilcoyne said he didn’t raise " +
        "his voice in the locker room. “There was nothing to yell about,” said Kilcoyne, whose " +
        "team has won five of its last six. “We were getting chances. We just weren’t finishing " +
        "them.”",
      "Goaltender Owen Fitzgerald made 38 saves, including a sprawling glove stop on UMass " +
        "captain Jack Doherty, a senior, with 40 seconds left in regulation. Fitzgerald, a " +
        "Cranston native, " +
        "admitted he had “guessed and got lucky” on that one. Doherty was harder on himself. “I " +
        "had the whole net. I’ve got to bury that,” the senior said.",
      "When Lindqvist’s shot hit the twine, the student section that calls itself the “Friar " +
        "Faithful” poured onto the glass behind the UMass net.",
      "Minutemen coach Dave Ostrowski called the loss “a wake-up call” and said his team " +
        "“stopped skating” once it went up two goals.",
      "Providence (12-6-2, 7-4-1 Hockey East) hosts Boston University on Friday.",
    ],
    quotes: [
      ["I’ve been gripping my stick too tight for a month,", "Erik Lindqvist"],
      ["Tonight I finally just let it go.", "Erik Lindqvist"],
      ["There was nothing to yell about,", "Brian Kilcoyne"],
      ["We were getting chances. We just weren’t finishing them.", "Brian Kilcoyne"],
      ["guessed and got lucky", "Owen Fitzgerald"],
      ["I had the whole net. I’ve got to bury that,", "Jack Doherty"],
      ["a wake-up call", "Dave Ostrowski"],
      ["stopped skating", "Dave Ostrowski"],
    ],
  },
  {
    name:
      "The National (Abu Dhabi), culture: a standfirst partial by a curator named only in the " +
      "body and repeated there, an exhibition title in marks, a quote running over two " +
      "paragraphs with she said only on the second, the curator and the artist both women in " +
      "one paragraph, a government department in a statement with a partial, an unnamed visitor " +
      "with he said",
    todo: "«That’s my father’s shop. Third from the left,» goes to a visitor, not A visitor",
    headline: "Abu Dhabi photographer sets her grandfather’s 1960s city beside the one standing today",
    standfirst: "Curator calls the exhibition at Manarat Al Saadiyat “a family album for a whole city”",
    paragraphs: [
      "An exhibition pairing photographs of Abu Dhabi in the 1960s with pictures of the same " +
        "spots today opened at Manarat Al Saadiyat on Tuesday, the result of three years’ work " +
        "by Emirati photographer Hessa Al Mazrouei.",
      "The show, titled “Salt and Concrete”, sets 40 archive images beside new photographs taken " +
        "from the same angle. Al Mazrouei, 34, began the project after finding a shoebox of her " +
        "late grandfather’s negatives in the family home in Al Bateen.",
      "“I didn’t know what most of the places were. My grandmother did, though. She would sit " +
        "with the prints and tell me who lived in each house, which family had the boat, where " +
        "the women went to wash clothes.",
      "“So in a way I photographed what my grandmother remembered, not what I could see,” she " + "said.",
      "Curator Nadia Haddad, who worked with Al Mazrouei on the selection, said the result was " +
        "“a family album for a whole city”. “People come in, stop in front of a picture and start " +
        "telling the stranger next to them about their uncle,” Haddad said.",
      "The Department of Culture and Tourism – Abu Dhabi said in a statement that the " +
        "exhibition formed part of a wider effort to “document and share the living memory of " +
        "the emirate”. It runs until March 15 and entry is free.",
      "On the opening night, a visitor who grew up near the old Tourist Club stood for several " +
        "minutes in front of a 1968 picture of the souq. “That’s my father’s shop. Third from " +
        "the left,” he said.",
    ],
    quotes: [
      ["a family album for a whole city", "Nadia Haddad"],
      [
        "I didn’t know what most of the places were. My grandmother did, though. She would sit " +
          "with the prints and tell me who lived in each house, which family had the boat, where " +
          "the women went to wash clothes.",
        "Hessa Al Mazrouei",
      ],
      [
        "So in a way I photographed what my grandmother remembered, not what I could see,",
        "Hessa Al Mazrouei",
      ],
      [
        "People come in, stop in front of a picture and start telling the stranger next to them " +
          "about their uncle,",
        "Nadia Haddad",
      ],
      [
        "document and share the living memory of the emirate",
        "The Department of Culture and Tourism – Abu Dhabi",
      ],
      ["That’s my father’s shop. Third from the left,", "A visitor"],
    ],
  },
  {
    name:
      "National Geographic, science: scare quotes in the lead, says in the present tense " +
      "inverted with a lead researcher then a verbless second quote, a split with Surname says, " +
      "an outside researcher calling with a partial then cautioning about a term in marks, two " +
      "women in one paragraph, a city spokesperson in an email with a partial, she says closing",
    headline: "Toronto built a raccoon-proof bin. The raccoons are teaching each other to open it.",
    paragraphs: [
      "When Toronto rolled out its “raccoon-proof” green bins in 2016, city hall declared the " +
        "problem solved. Nearly a decade later, the raccoons appear to be winning.",
      "A study published Wednesday in Proceedings of the Royal Society B followed 212 raccoons " +
        "across 14 neighborhoods with motion-triggered cameras and found that about one in five " +
        "had learned to open the locking lid—roughly double the rate recorded in 2019.",
      "“We went in expecting a handful of geniuses,” says Maya Oduya, a behavioral ecologist at " +
        "the University of Toronto Scarborough who led the study. “What we found looks a lot more " +
        "like a culture.”",
      "Young raccoons that watched their mothers open a bin were far more likely to succeed on " +
        "their own. In one video, a yearling copies its mother’s move—pressing down on the lid " +
        "and twisting the handle with both front paws—on its first try. “She didn’t teach it, " +
        "exactly. But it was watching very closely,” Oduya says.",
      "Laura Benedetti, who studies urban wildlife at the University of Guelph and was not " +
        "involved in the research, says Oduya’s team has produced “a really elegant piece of " +
        "work.” But she cautions against leaning too hard on the word “culture.” “What they’ve " +
        "shown is social learning, and that’s remarkable enough,” Benedetti says.",
      "A spokesperson for the City of Toronto said in an email that the bins had still " +
        "“significantly reduced” raccoon access compared with the old design.",
      "For Oduya, the lesson is as much about people as about raccoons. “Every time we build a " +
        "better bin, we’re running a selection experiment,” she says. “We just don’t get to " +
        "choose who wins.”",
    ],
    quotes: [
      ["We went in expecting a handful of geniuses,", "Maya Oduya"],
      ["What we found looks a lot more like a culture.", "Maya Oduya"],
      ["She didn’t teach it, exactly. But it was watching very closely,", "Maya Oduya"],
      ["a really elegant piece of work.", "Laura Benedetti"],
      ["What they’ve shown is social learning, and that’s remarkable enough,", "Laura Benedetti"],
      ["significantly reduced", "A spokesperson for the City of Toronto"],
      ["Every time we build a better bin, we’re running a selection experiment,", "Maya Oduya"],
      ["We just don’t get to choose who wins.", "Maya Oduya"],
    ],
  },
  {
    name:
      "Daily Trust, health: straight quotes, a commissioner with a long name then the " +
      "commissioner said, a vaccination operation in marks, a disease agency's situation report " +
      "with two partial quotes, a mother with an honorific and a nurse both women in one " +
      "paragraph with she said, the commissioner by surname closing",
    todo: "«We are putting two children on one bed. We ha…» goes to A nurse on the ward, not A nurse",
    headline: "Meningitis: 37 dead as outbreak spreads to nine LGAs in Kebbi",
    paragraphs: [
      "At least 37 people have died of cerebrospinal meningitis in Kebbi State since January, " +
        "with cases now confirmed in nine of the state's 21 local government areas.",
      "The state Commissioner for Health, Dr Musa Ismaila Zuru, who disclosed this while " +
        "briefing journalists in Birnin Kebbi on Monday, said 412 suspected cases had been " +
        "recorded, most of them among children aged five to 14.",
      '"The hot weather is not helping us. People sleep many in one room because of the heat, ' +
        'and that is exactly how the disease spreads," the commissioner said.',
      "He said the state had received 150,000 doses of vaccine from the National Primary Health " +
        "Care Development Agency (NPHCDA) and that a reactive vaccination campaign, tagged " +
        '"Operation Kare Yara", would begin in Argungu and Jega on Wednesday.',
      "The Nigeria Centre for Disease Control and Prevention (NCDC), in its latest situation " +
        'report, described the outbreak as "rapidly evolving" and urged states in the north-west ' +
        'to "heighten surveillance and report all suspected cases promptly".',
      "At Sir Yahaya Memorial Hospital, Hajiya Hauwa Abubakar sat beside her nine-year-old " +
        'daughter in the isolation ward. "We came from Dakingari at night on a motorcycle. By the ' +
        'time we reached here she could not open her eyes," Hauwa Abubakar said. A nurse on the ' +
        "ward, who asked not to be named because she was not authorised to speak to the press, " +
        'said the ward meant for 20 patients was holding 46. "We are putting two children on one ' +
        'bed. We have no choice," she said.',
      "Zuru appealed to parents not to take sick children to patent medicine stores. " +
        '"If your child has fever and a stiff neck, come straight to the hospital. Every hour ' +
        'counts," he said.',
    ],
    quotes: [
      [
        "The hot weather is not helping us. People sleep many in one room because of the heat, " +
          "and that is exactly how the disease spreads,",
        "Musa Ismaila Zuru",
      ],
      ["rapidly evolving", "The Nigeria Centre for Disease Control and Prevention"],
      [
        "heighten surveillance and report all suspected cases promptly",
        "The Nigeria Centre for Disease Control and Prevention",
      ],
      [
        "We came from Dakingari at night on a motorcycle. By the time we reached here she could not " +
          "open her eyes,",
        "Hauwa Abubakar",
      ],
      ["We are putting two children on one bed. We have no choice,", "A nurse"],
      [
        "If your child has fever and a stiff neck, come straight to the hospital. Every hour counts,",
        "Musa Ismaila Zuru",
      ],
    ],
  },
  {
    name:
      "The Cincinnati Enquirer, crime: according to police, according to an affidavit with a " +
      "suspect's words as a partial, a police captain calling with a partial then a quote, a " +
      "victim's brother sharing his surname with a split, an unnamed neighbor with a partial, " +
      "scare quotes, a public defender with a partial",
    todo: "«reserve» taken for a quote",
    headline: "Police: Argument over parking space led to fatal Westwood shooting",
    paragraphs: [
      "A 46-year-old Westwood man is charged with murder after police say he shot his neighbor " +
        "during an argument over a parking space Sunday evening.",
      "Darnell Whitfield was arrested at his home on Harrison Avenue about an hour after the " +
        "shooting, according to Cincinnati police. Terrence Boyd, 39, was pronounced dead at UC " +
        "Medical Center.",
      "According to an affidavit filed in Hamilton County Municipal Court, Whitfield told " +
        "officers Boyd had been “blocking my car for the last time” before he went inside, " +
        "retrieved a handgun and fired three shots.",
      "District 3 Capt. Renee Holloway called the killing “senseless and completely avoidable.” " +
        "“Two families are destroyed tonight over a parking space. I don’t know what else to say " +
        "about that,” Holloway said at the scene.",
      "Boyd’s brother, Marcus Boyd, said Terrence had complained about Whitfield for months. " +
        "“He called me last week and said he was scared to go outside,” Marcus Boyd said. “He " +
        "was a good man. He coached Little League.”",
      "A neighbor who has lived on the street for 20 years said the two men had argued “pretty " +
        "much every weekend” since last summer, when Boyd began setting out lawn chairs to " +
        "“reserve” the space in front of his house.",
      "At Whitfield’s arraignment Monday, bond was set at $2 million. His public defender, " +
        "Alyssa Grant, told the court her client had “no prior violent record” and asked for a " +
        "lower bond. He is due back in court Sept. 4.",
    ],
    quotes: [
      ["blocking my car for the last time", "Darnell Whitfield"],
      ["senseless and completely avoidable.", "Renee Holloway"],
      [
        "Two families are destroyed tonight over a parking space. I don’t know what else to say " +
          "about that,",
        "Renee Holloway",
      ],
      ["He called me last week and said he was scared to go outside,", "Marcus Boyd"],
      ["He was a good man. He coached Little League.", "Marcus Boyd"],
      ["pretty much every weekend", "A neighbor"],
      ["no prior violent record", "Alyssa Grant"],
    ],
  },
  {
    name:
      "The Clare Champion, education: single marks, a parent's words in the headline repeated " +
      "in the body, a principal with she said, an inverted said then a verbless second quote, " +
      "a campaign slogan in marks, a TD and the principal both women in one paragraph with two " +
      "partial quotes, a department spokesperson with a partial, an unnamed mother with a colon " +
      "and no verb",
    headline: "‘We are being punished for living in the country’ – Clooney parents fight loss of teacher",
    paragraphs: [
      "Parents of pupils at Clooney National School have launched a campaign to save the " +
        "school’s third teaching post, which the Department of Education says will be withdrawn " +
        "in September because enrolment has fallen below the threshold.",
      "The school, which has 52 pupils, needs 56 to keep three mainstream teachers under the " +
        "current staffing schedule. Principal Áine Considine said two families who had enrolled " +
        "children for September had since moved to Ennis for work.",
      "‘We’re four children short. Four. And for that, the infants will be sharing a classroom " +
        "with second class,’ she said.",
      "‘We are being punished for living in the country,’ said Declan Hehir, chairman of the " +
        "parents’ association. ‘If this school were in Dublin 4, somebody would have found a " +
        "solution by now.’",
      "The parents have started an online petition under the slogan ‘Keep Clooney Three’, " +
        "which had gathered more than 1,400 signatures by Tuesday.",
      "Clare TD Siobhán Keogh (FF) said she had raised the matter with the Minister for " +
        "Education and described the staffing schedule as ‘a blunt instrument’. She said Ms " +
        "Considine and the board of management had ‘done everything right’.",
      "A spokesperson for the Department of Education said schools could appeal to the " +
        "independent Staffing Appeals Board, and that the schedule was ‘applied equally to all " +
        "primary schools’.",
      "One mother, collecting her two boys at the gate on Tuesday, put it simply: ‘This school " +
        "is the village. Take a teacher and you start taking the village.’",
    ],
    quotes: [
      [
        "We’re four children short. Four. And for that, the infants will be sharing a classroom " +
          "with second class,",
        "Áine Considine",
      ],
      ["We are being punished for living in the country,", "Declan Hehir"],
      ["If this school were in Dublin 4, somebody would have found a solution by now.", "Declan Hehir"],
      ["a blunt instrument", "Siobhán Keogh"],
      ["done everything right", "Siobhán Keogh"],
      ["applied equally to all primary schools", "A spokesperson for the Department of Education"],
      ["This school is the village. Take a teacher and you start taking the village.", "One mother"],
    ],
  },
  {
    name:
      "The Border Mail, environment: a term in marks in the standfirst, a fisheries body in a " +
      "statement with two partial quotes, an inverted said with an angler then a verbless " +
      "second quote, the 68-year-old then he said, a cod's nickname in marks, a researcher " +
      "explaining with a partial then she said, an unnamed authority spokesman with a partial",
    headline: "Dozens of Murray cod found dead downstream of Howlong",
    standfirst:
      "Anglers fear a repeat of 2016 as “blackwater” moves down the Murray after last week’s storms",
    paragraphs: [
      "Dozens of large Murray cod have been found dead in the Murray River downstream of " +
        "Howlong, with authorities blaming low oxygen levels caused by a blackwater event.",
      "Fisheries officers collected 63 dead fish, including cod up to 1.1 metres long, along a " +
        "12-kilometre stretch on Monday and Tuesday. In a statement, DPI Fisheries said dissolved " +
        "oxygen had fallen to “critically low levels” and further fish deaths were “likely in " +
        "the coming days”.",
      "“I’ve fished this stretch for 40 years and I’ve never seen cod that size floating " +
        "belly-up,” said Howlong angler Garry Nankervis. “Some of those fish would have been 50 " +
        "years old.”",
      "The 68-year-old said he first noticed dead fish near the boat ramp on Sunday morning. " +
        "“By the afternoon there were another 20 along the bank,” he said.",
      "Among them was a cod of about 40 kilograms that regulars at the Howlong Caravan Park had " +
        "nicknamed “Old Bill”.",
      "Charles Sturt University freshwater ecologist Dr Rebecca Tonkin explained that when " +
        "floodwater washed leaf litter off the floodplain, the bacteria breaking it down would " +
        "“strip the oxygen out of the water”. “Cod are big, slow fish that need a lot of oxygen. " +
        "They’re usually the first to go,” she said.",
      "A Murray-Darling Basin Authority spokesman said there was “limited scope” to release " +
        "extra water from Hume Dam to dilute the blackwater.",
      "Anyone who sees dead fish is asked to report them to the Fishers Watch hotline.",
    ],
    quotes: [
      ["critically low levels", "DPI Fisheries"],
      ["likely in the coming days", "DPI Fisheries"],
      [
        "I’ve fished this stretch for 40 years and I’ve never seen cod that size floating " + "belly-up,",
        "Garry Nankervis",
      ],
      ["Some of those fish would have been 50 years old.", "Garry Nankervis"],
      ["By the afternoon there were another 20 along the bank,", "Garry Nankervis"],
      ["strip the oxygen out of the water", "Rebecca Tonkin"],
      [
        "Cod are big, slow fish that need a lot of oxygen. They’re usually the first to go,",
        "Rebecca Tonkin",
      ],
      ["limited scope", "A Murray-Darling Basin Authority spokesman"],
    ],
  },
]);
