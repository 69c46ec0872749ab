// A thirty-seventh round of composed English news articles, in the styles of outlets and beats the
// first thirty-six rounds did not use: the Jamaica Observer at a lottery-scam sentencing, the Whanganui
// Chronicle on nitrate limits for dairy farms, Greater Kashmir on snow closing the Srinagar-Jammu
// highway, The Courier (Ballarat) after a football-netball grand final, the Leinster Express on a
// Portlaoise school's prefab classrooms, the Lethbridge Herald on a theatre festival's cancelled play,
// The Nation (Malawi) on a shortage of maternity drugs, The Star-Ledger on a Newark carjacking arrest,
// the Samoa Observer on a church's jubilee and the Eastern Daily Press on a holiday park's caravan fees.
// Every article was written for these tests, blind, before the engine was run on them. Expected speakers
// follow the corpus guidelines: the fullest name the article gives, a body or a document as written, an
// unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Jamaica Observer, courts: straight quotes, a capitalised dateline, Justice Name then " +
      "the judge said, the judge's partial, a prosecutor then Crown Counsel Surname said with " +
      "a split quote, the defence attorney then he said, the convict's mother with the same " +
      "surname with a colon, an operation's name in marks, a US embassy statement's partial",
    headline: "Lottery scammer gets 12 years",
    paragraphs: [
      "MONTEGO BAY, St James — A 29-year-old man who admitted defrauding elderly Americans of " +
        "more than US$600,000 was yesterday sentenced to 12 years in prison in the St James " +
        "Circuit Court.",
      "Justice Carolyn Whyte-Barrett told Kemar Lindo that the court had to send a message. " +
        '"These were old people, some of them widows, who gave you their life savings because ' +
        'you told them they had won a prize. That is not a hustle, that is cruelty," the judge ' +
        "said.",
      'She described the scheme as "organised, patient and heartless", noting that Lindo kept ' +
        "handwritten lists of his victims' medical conditions.",
      '"The Crown does not take pleasure in this sentence," Crown Counsel Andrea Mowatt said ' +
        'outside the courthouse, "but every one of these victims deserved to be heard."',
      "Lindo's attorney, Dwight Bembridge, said his client had shown remorse and had repaid " +
        'part of the money. "He was 22 years old when this started. He is not the mastermind ' +
        'the police make him out to be," he said.',
      "Lindo's mother, Pauline Lindo, wept in the gallery. Afterwards she said: \"Mi raise him " +
        'better than this. Mi just want him to come out a better man."',
      'Lindo was arrested in 2022 in "Operation Red Dial", a joint probe with US Homeland ' +
        "Security Investigations. The US Embassy in Kingston said in a statement that it " +
        'welcomed "the continued partnership with Jamaican law enforcement".',
    ],
    quotes: [
      [
        "These were old people, some of them widows, who gave you their life savings because " +
          "you told them they had won a prize. That is not a hustle, that is cruelty,",
        "Carolyn Whyte-Barrett",
      ],
      ["organised, patient and heartless", "Carolyn Whyte-Barrett"],
      ["The Crown does not take pleasure in this sentence,", "Andrea Mowatt"],
      ["but every one of these victims deserved to be heard.", "Andrea Mowatt"],
      [
        "He was 22 years old when this started. He is not the mastermind the police make him " + "out to be,",
        "Dwight Bembridge",
      ],
      ["Mi raise him better than this. Mi just want him to come out a better man.", "Pauline Lindo"],
      ["the continued partnership with Jamaican law enforcement", "The US Embassy in Kingston"],
    ],
  },
  {
    name:
      "Whanganui Chronicle, agriculture: straight quotes, a farmer then Surname said and a " +
      "verbless second, his son with the same surname then the 26-year-old said, a regional " +
      "council in a statement, a councillor's partial, an iwi spokeswoman then she said, a " +
      "Federated Farmers chair after the quote, a catchment group's nickname in marks, the group " +
      "in its report",
    todo: "«the minimum the river needs» goes to Horizons, not Horizons Regional Council",
    headline: "Farmers fear nitrate rules will cost them the herd",
    standfirst: 'Horizons says its new limits are "the minimum the river needs"',
    paragraphs: [
      "A Fordell dairy farmer says new nitrogen limits proposed by Horizons Regional Council " +
        "could force him to cut his herd by a third.",
      "Graeme Toa milks 420 cows on 180ha above the Whangaehu River. \"We've fenced every " +
        "stream and planted 6000 natives. Nobody's told us what more we can do,\" Toa said. " +
        "\"I'm not against clean water. I'm against being the only one paying for it.\"",
      "His son, Mikaere Toa, who returned to the farm last year, said he was now unsure " +
        "whether to stay. \"I wanted to take this place over. Right now I can't see how it " +
        'pays," the 26-year-old said.',
      "In a statement, Horizons said the limits were based on river monitoring and described " +
        'them as "the minimum the river needs". Councillor Jono Pratt said the council would ' +
        'be "flexible on timeframes, not on the science".',
      "Ngā Wairiki Ngāti Apa spokeswoman Hinerangi Mareikura said the iwi had waited 30 " +
        'years for action. "Our kids used to swim in that river. Now there are signs telling ' +
        'them not to," she said.',
      '"Nobody on this farm is a villain," said Federated Farmers Manawatū-Rangitīkei chair ' +
        'Rhys Bevan. "Give them the time and the tools and they\'ll get there."',
      'The Whangaehu Catchment Collective, 40 farms known locally as "the Collective", says ' +
        'in its annual report that nitrate levels at Kauangaroa have "risen every year for a ' +
        'decade".',
    ],
    quotes: [
      ["the minimum the river needs", "Horizons Regional Council"],
      [
        "We've fenced every stream and planted 6000 natives. Nobody's told us what more we can do,",
        "Graeme Toa",
      ],
      ["I'm not against clean water. I'm against being the only one paying for it.", "Graeme Toa"],
      ["I wanted to take this place over. Right now I can't see how it pays,", "Mikaere Toa"],
      ["flexible on timeframes, not on the science", "Jono Pratt"],
      [
        "Our kids used to swim in that river. Now there are signs telling them not to,",
        "Hinerangi Mareikura",
      ],
      ["Nobody on this farm is a villain,", "Rhys Bevan"],
      ["Give them the time and the tools and they'll get there.", "Rhys Bevan"],
      ["risen every year for a decade", "The Whangaehu Catchment Collective"],
    ],
  },
  {
    name:
      "Greater Kashmir, weather: straight quotes, a dateline with a colon, the MeT director " +
      "then he said, the MeT department's advisory partial, a traffic SSP with a colon, a " +
      "stranded trucker by name and place then he said, a divisional commissioner's partial, " +
      "two Bhats, a hotelier then Bhat added, a tunnel's nickname in marks",
    todo:
      "«We are expecting moderate to heavy snow in th…» goes to Meteorological Centre Srinagar, not " +
      "Mukhtar Ahmad Lone; «possible avalanches in vulnerable areas of Ku…» goes to The MeT " +
      "department in an advisory, not The MeT department; «No vehicle will be allowed from either " +
      "side u…» goes to Greater Kashmir, not Shabir Ahmad Bhat; «more than 90 percent» goes to " +
      "Kashmir Vijay Kumar Raina, not Vijay Kumar Raina",
    headline: "Fresh snowfall shuts Srinagar-Jammu highway for second day",
    paragraphs: [
      "Srinagar: The Srinagar-Jammu National Highway remained closed for the second day on " +
        "Tuesday after fresh snowfall in Banihal and Qazigund, leaving over 1,200 vehicles " +
        "stranded on both sides.",
      "Director Meteorological Centre Srinagar, Dr Mukhtar Ahmad Lone, said the western " +
        'disturbance would weaken by Thursday. "We are expecting moderate to heavy snow in ' +
        'the higher reaches till Wednesday evening and a dry spell after that," he said.',
      "The MeT department in an advisory asked farmers to clear snow from polyhouses and " +
        'warned of "possible avalanches in vulnerable areas of Kupwara, Baramulla and ' +
        'Ganderbal".',
      'SSP Traffic National Highway, Shabir Ahmad Bhat, told Greater Kashmir: "No vehicle ' +
        "will be allowed from either side until the road is cleared and the shooting stones " +
        'stop at Mehar and Cafeteria Morh."',
      "Mohammad Yousuf, a truck driver from Anantnag stranded at Qazigund with a load of " +
        'apples, said he had been in his cab for 40 hours. "There is no water, no toilet. The ' +
        'apples will rot if this continues," he said.',
      "Divisional Commissioner Kashmir Vijay Kumar Raina said snow clearance machines had " +
        'been deployed on all main roads and that electricity was restored in "more than 90 ' +
        'percent" of affected areas by evening.',
      'At Gulmarg, hotelier Irfan Bhat said bookings had jumped. "For us the snow is a ' +
        'blessing," Bhat added. "Tourists who were waiting all December are finally calling."',
      'The Navyug tunnel, known to drivers as the "Jawahar of the new road", stayed open ' +
        "for emergency vehicles only.",
    ],
    quotes: [
      [
        "We are expecting moderate to heavy snow in the higher reaches till Wednesday evening " +
          "and a dry spell after that,",
        "Mukhtar Ahmad Lone",
      ],
      ["possible avalanches in vulnerable areas of Kupwara, Baramulla and Ganderbal", "The MeT department"],
      [
        "No vehicle will be allowed from either side until the road is cleared and the " +
          "shooting stones stop at Mehar and Cafeteria Morh.",
        "Shabir Ahmad Bhat",
      ],
      ["There is no water, no toilet. The apples will rot if this continues,", "Mohammad Yousuf"],
      ["more than 90 percent", "Vijay Kumar Raina"],
      ["For us the snow is a blessing,", "Irfan Bhat"],
      ["Tourists who were waiting all December are finally calling.", "Irfan Bhat"],
    ],
  },
  {
    name:
      "The Courier (Ballarat), sport: curly quotes, a headline quote repeated in the body, " +
      "the coach then Surname said and a verbless second, the captain then the midfielder's " +
      "partial, a full-forward's mother sharing his surname with a colon, the losing coach " +
      "then he conceded, a league in a statement, a netball coach with a colon, a nickname in marks",
    todo:
      "«We played for Robbo» not found; «the largest for a grand final since the leagu…» goes to " +
      "The Ballarat Football Netball League, not the Ballarat Football Netball League; «We played " +
      "for Robbo,» taken for a quote",
    headline: "‘We played for Robbo’: Sebastopol end 31-year drought",
    paragraphs: [
      "Sebastopol have won their first Ballarat Football Netball League senior premiership " +
        "since 1994, beating North Ballarat 12.9 (81) to 10.11 (71) at Eastern Oval on Saturday.",
      "Coach Lachlan Dunstan dedicated the win to former president Peter Robertson, who died " +
        "in July. “We played for Robbo,” Dunstan said. “He was at every training session for " +
        "40 years and he’s not here to see it. That’s the hardest part.”",
      "Captain Jesse Kerr kicked three goals and was named best on ground. The midfielder " +
        "said the side had “nothing left in the tank” at three-quarter time.",
      "Full-forward Cooper Morrissey, 19, kicked the sealing goal in the 27th minute. His " +
        "mother, Janine Morrissey, said she could barely watch: " +
        "“I had my eyes shut for the whole last quarter.”",
      "North Ballarat coach Brendan Ilic conceded his side had been beaten by the better " +
        "team. “They wanted it more around the ball. No excuses,” he said.",
      "The BFNL said in a statement that a crowd of 7,400 was “the largest for a grand final " +
        "since the league was formed”.",
      "In the A-grade netball, the “Burras” also triumphed. Coach Amira Haddad was " +
        "delighted: “Two flags on one day. This club will never forget it.”",
    ],
    quotes: [
      ["We played for Robbo", "Lachlan Dunstan"],
      [
        "He was at every training session for 40 years and he’s not here to see it. That’s the " +
          "hardest part.",
        "Lachlan Dunstan",
      ],
      ["nothing left in the tank", "Jesse Kerr"],
      ["I had my eyes shut for the whole last quarter.", "Janine Morrissey"],
      ["They wanted it more around the ball. No excuses,", "Brendan Ilic"],
      ["the largest for a grand final since the league was formed", "the Ballarat Football Netball League"],
      ["Two flags on one day. This club will never forget it.", "Amira Haddad"],
    ],
  },
  {
    name:
      "Leinster Express, education: curly quotes, a principal then Ms Surname said and a " +
      "verbless second, a Department of Education spokesperson's partial, a TD then Deputy " +
      "Surname said, a parents' association chair with a colon, a pupil by first name and " +
      "age, the Minister's reply in the Dáil, a school's motto in marks, a report's partial",
    todo: "«beyond their useful life» not found",
    headline: "Portlaoise school ‘bursting at the seams’ with 11 prefabs",
    paragraphs: [
      "A Portlaoise primary school is teaching more than a third of its pupils in prefabricated " +
        "classrooms, some of them in place since 2009, its principal has said.",
      "Scoil Bhríde principal Gráinne Delaney said the school of 690 pupils was “bursting at " +
        "the seams”. “We have children in Junior Infants who will go all the way to sixth " +
        "class without ever sitting in a proper classroom,” Ms Delaney said. “The prefabs leak, " +
        "and in January you can see your breath in some of them.”",
      "A spokesperson for the Department of Education said the school’s application for a " +
        "permanent extension was “at an advanced stage of the architectural planning process”.",
      "Laois-Offaly TD Marian Fitzpatrick raised the school in the Dáil last week. “How many " +
        "more winters does the Department need?” Deputy Fitzpatrick said.",
      "Minister for Education Colm Brophy replied that the project was “a priority for the " +
        "Department” and that tender documents would issue in the new year.",
      "Parents’ association chairperson Siobhán Keogh put it simply: “We were told the " +
        "extension was coming when my eldest started. She’s in secondary school now.”",
      "Ten-year-old Conor, whose class is in Prefab 7, said he liked it “except when it rains " +
        "on the roof and you can’t hear the teacher”.",
      "A 2023 school building report commissioned by the board found the prefabs to be " +
        "“beyond their useful life”. The school’s motto, “Ag fás le chéile”, is painted over " +
        "the door of every one of them.",
    ],
    quotes: [
      ["bursting at the seams", "Gráinne Delaney"],
      [
        "We have children in Junior Infants who will go all the way to sixth class without " +
          "ever sitting in a proper classroom,",
        "Gráinne Delaney",
      ],
      ["The prefabs leak, and in January you can see your breath in some of them.", "Gráinne Delaney"],
      [
        "at an advanced stage of the architectural planning process",
        "A spokesperson for the Department of Education",
      ],
      ["How many more winters does the Department need?", "Marian Fitzpatrick"],
      ["a priority for the Department", "Colm Brophy"],
      [
        "We were told the extension was coming when my eldest started. She’s in secondary school now.",
        "Siobhán Keogh",
      ],
      ["except when it rains on the roof and you can’t hear the teacher", "Conor"],
      ["beyond their useful life", "A 2023 school building report"],
    ],
  },
  {
    name:
      "Lethbridge Herald, culture: straight quotes, a festival director then Surname said, " +
      "the playwright with the same surname as a board member, the playwright after her " +
      "quote, a statement from the board, a play's title in marks, an actor then he said, " +
      "a city councillor's partial, an audience member with a colon, a standalone paragraph",
    headline: "Festival pulls Lethbridge playwright's new work days before opening",
    paragraphs: [
      "The Southern Alberta Fringe Festival has cancelled the premiere of a new play by " +
        "Lethbridge writer Dana Whitecalf, three days before it was due to open at the Yates " +
        "Theatre.",
      "Festival artistic director Owen Kovacs said the decision followed complaints from two " +
        'sponsors about the play, "Coal Dust Sunday." "This was the hardest call I\'ve made in ' +
        'eight years. We did not make it lightly," Kovacs said.',
      "Kovacs would not name the sponsors.",
      "\"If a play about a mine closure is too political for a fringe festival, then I don't " +
        'know what a fringe festival is for," said Whitecalf, whose father worked at the ' +
        "Coalhurst mine until it shut in 1979.",
      'In a statement, the festival\'s board said it "supports artistic freedom" but had ' +
        'to weigh "the festival\'s obligations to the partners who make it possible." Board ' +
        "chair Ruth Whitecalf, who is Dana Whitecalf's aunt, declared a conflict and did not " +
        "vote.",
      "Actor Marcus Fehr, who was cast in the lead role, said the company had rehearsed for " +
        'six weeks. "We found out in a group text. Nobody is getting paid for those weeks now," ' +
        "he said.",
      'Coun. Belinda Sauer called the cancellation "a bad look for a city that calls itself ' +
        "a cultural hub\" and said she would ask about the festival's municipal grant.",
      'One longtime festivalgoer, outside the Yates on Monday, said: "I bought my ticket in ' +
        "May. I'd still like to see it.\"",
      "Dana Whitecalf said she was looking for another venue.",
      '"The play is finished. It just needs a stage."',
    ],
    quotes: [
      ["This was the hardest call I've made in eight years. We did not make it lightly,", "Owen Kovacs"],
      [
        "If a play about a mine closure is too political for a fringe festival, then I don't " +
          "know what a fringe festival is for,",
        "Dana Whitecalf",
      ],
      ["supports artistic freedom", "the festival's board"],
      ["the festival's obligations to the partners who make it possible.", "the festival's board"],
      ["We found out in a group text. Nobody is getting paid for those weeks now,", "Marcus Fehr"],
      ["a bad look for a city that calls itself a cultural hub", "Belinda Sauer"],
      ["I bought my ticket in May. I'd still like to see it.", "One longtime festivalgoer"],
      ["The play is finished. It just needs a stage.", "Dana Whitecalf"],
    ],
  },
  {
    name:
      "The Nation (Malawi), health: straight quotes, a district health officer then he said, " +
      "a nurse who asked not to be named, the Ministry of Health spokesperson then Surname " +
      "said, a Central Medical Stores Trust statement's partial, a mother with the same " +
      "surname as the spokesperson with a colon, an MP's partial, an NGO's executive " +
      "director after the quote, a campaign's name in marks",
    todo: "«a scandal that will cost women their lives.» goes to Mzimba North, not Grace Munthali",
    headline: "Oxytocin shortage hits Mzimba hospitals",
    paragraphs: [
      "Health facilities in Mzimba North are running out of oxytocin, the drug used to " +
        "prevent severe bleeding after childbirth, with some health centres going without it " +
        "for up to three weeks.",
      "Mzimba North District Health Officer Dr Chimwemwe Nyirenda confirmed the shortage " +
        'yesterday. "We are borrowing from neighbouring districts and rationing what we have ' +
        'to the referral hospital. It is not sustainable," he said.',
      "A nurse at Euthini Health Centre, who asked not to be named because she is not " +
        'allowed to speak to the media, said: "Last week we had a mother bleeding and nothing ' +
        'to give her. We put her in the ambulance and prayed."',
      "Ministry of Health spokesperson Adrian Chikumbe said a consignment was expected from " +
        'Lilongwe "by the end of this week". "The delay was caused by foreign exchange ' +
        'problems at the supplier level," Chikumbe said.',
      "In a statement, the Central Medical Stores Trust (CMST) said it had placed an " +
        'emergency order and asked facilities to "submit accurate consumption data."',
      "Loveness Chikumbe, 24, who gave birth at Mzuzu Central Hospital on Sunday, was among " +
        'the lucky ones: "They had the injection. My sister delivered at Euthini in March and ' +
        'they did not."',
      'Mzimba North legislator Grace Munthali described the situation as "a scandal that ' +
        'will cost women their lives."',
      "\"Maternal deaths are preventable. That is the whole point of the 'Safe Mother, Safe " +
        "Malawi' campaign,\" said Maziko Banda, executive director of the Malawi Health Equity " +
        "Network.",
    ],
    quotes: [
      [
        "We are borrowing from neighbouring districts and rationing what we have to the " +
          "referral hospital. It is not sustainable,",
        "Chimwemwe Nyirenda",
      ],
      [
        "Last week we had a mother bleeding and nothing to give her. We put her in the " +
          "ambulance and prayed.",
        "A nurse at Euthini Health Centre",
      ],
      ["by the end of this week", "Adrian Chikumbe"],
      ["The delay was caused by foreign exchange problems at the supplier level,", "Adrian Chikumbe"],
      ["submit accurate consumption data.", "the Central Medical Stores Trust"],
      [
        "They had the injection. My sister delivered at Euthini in March and they did not.",
        "Loveness Chikumbe",
      ],
      ["a scandal that will cost women their lives.", "Grace Munthali"],
      [
        "Maternal deaths are preventable. That is the whole point of the 'Safe Mother, Safe " +
          "Malawi' campaign,",
        "Maziko Banda",
      ],
    ],
  },
  {
    name:
      "The Star-Ledger, police: curly quotes, a prosecutor's office in a news release with " +
      "a partial, a police director then he said, the victim by name and age then the " +
      "grandmother said, a neighbor who declined to give her name with a colon, a defense " +
      "lawyer after the quote, an acting prosecutor sharing the director's surname, a " +
      "task force's nickname in marks",
    todo:
      "«within minutes,» goes to the office, not The Essex County Prosecutor’s Office; «She was " +
      "screaming his name and holding on to …» goes to A neighbor, not A neighbor who declined to " +
      "give her name; «but not nearly enough.» goes to Auto Theft Task Force, not Lena Ortiz",
    headline: "Teen charged in Newark carjacking that left grandmother dragged down street",
    paragraphs: [
      "A 17-year-old from Irvington has been charged in the carjacking of a 68-year-old Newark " +
        "woman who was dragged nearly half a block while trying to get her grandson out of the " +
        "back seat, authorities said Tuesday.",
      "The Essex County Prosecutor’s Office said in a news release that the teen was arrested " +
        "Monday night in Irvington and faces charges of carjacking, aggravated assault and " +
        "endangering the welfare of a child. The boy, 4, was found unharmed “within minutes,” " +
        "the office said.",
      "Newark Public Safety Director Raymond Ortiz credited license plate readers and a " +
        "neighbor’s doorbell camera. “This arrest happened because people in that " +
        "neighborhood picked up the phone,” he said.",
      "The victim, Gloria Mendes, 68, spoke to reporters from her porch on Ferry Street with " +
        "her arm in a sling. “I didn’t care about the car. I cared about my grandbaby,” the " +
        "grandmother said. “I would do it again.”",
      "A neighbor who declined to give her name described the scene: “She was screaming his " +
        "name and holding on to the door. I’ve never seen anything like it.”",
      "“My client is a child himself, and he is presumed innocent,” said Thomas Byrne, the " +
        "teen’s attorney.",
      "Acting Essex County Prosecutor Lena Ortiz, who is not related to the director, said " +
        "the case would be handled by the office’s Auto Theft Task Force, known locally as " +
        "the “Wheel Squad.” She said juvenile carjackings in the county were down " +
        "“but not nearly enough.”",
    ],
    quotes: [
      ["within minutes,", "The Essex County Prosecutor’s Office"],
      ["This arrest happened because people in that neighborhood picked up the phone,", "Raymond Ortiz"],
      ["I didn’t care about the car. I cared about my grandbaby,", "Gloria Mendes"],
      ["I would do it again.", "Gloria Mendes"],
      [
        "She was screaming his name and holding on to the door. I’ve never seen anything like it.",
        "A neighbor who declined to give her name",
      ],
      ["My client is a child himself, and he is presumed innocent,", "Thomas Byrne"],
      ["but not nearly enough.", "Lena Ortiz"],
    ],
  },
  {
    name:
      "Samoa Observer, religion: straight quotes, a Samoan term glossed in brackets, the " +
      "Reverend Elder then the church minister said, the Congregational " +
      "Christian Church's General Secretary then he said, a deacon's wife introduced with a " +
      "colon, the Prime Minister's partial, a choir master sharing the minister's first name, a " +
      "hymn's title in marks, a church statement",
    headline: "Thousands mark 150 years of Leulumoega church",
    paragraphs: [
      "More than 3,000 people packed Leulumoega on Sunday to celebrate the 150th anniversary " +
        "of the village's Congregational Christian Church of Samoa (C.C.C.S.) parish.",
      "Faifeau (church minister) Reverend Elder Tavita Faleolo told the congregation that the " +
        'church had been rebuilt three times since 1875. "Cyclones have taken the roof, but ' +
        'they have never taken the faith of this village," the church minister said.',
      "C.C.C.S. General Secretary Reverend Iosefa Matalavea said the jubilee was " +
        'a reminder of what "a village can do when it works as one family." "Every stone in ' +
        'this church was carried by hand from the sea," he said.',
      "Among the women who cooked for three days was Salote Peni, the wife of a deacon: " +
        '"We started on Thursday morning. Twenty pigs, and every family brought taro. Nobody ' +
        'went home hungry."',
      "Prime Minister Fiame Naomi Mata'afa, who attended the service, praised the parish " +
        'for "keeping the fa\'asamoa and the gospel side by side."',
      'The church choir, led by choir master Tavita Lemalu, sang "Le Atua Lo Matou Malu", ' +
        "a hymn composed for the church's centenary in 1975. \"We practised every night for " +
        'two months. The old people cried when they heard it," Lemalu said.',
      "In a statement, the C.C.C.S. thanked the Government and families overseas who " +
        'contributed "generously and in the spirit of alofa."',
    ],
    quotes: [
      [
        "Cyclones have taken the roof, but they have never taken the faith of this village,",
        "Tavita Faleolo",
      ],
      ["a village can do when it works as one family.", "Iosefa Matalavea"],
      ["Every stone in this church was carried by hand from the sea,", "Iosefa Matalavea"],
      [
        "We started on Thursday morning. Twenty pigs, and every family brought taro. Nobody " +
          "went home hungry.",
        "Salote Peni",
      ],
      ["keeping the fa'asamoa and the gospel side by side.", "Fiame Naomi Mata'afa"],
      ["We practised every night for two months. The old people cried when they heard it,", "Tavita Lemalu"],
      ["generously and in the spirit of alofa.", "the Congregational Christian Church of Samoa"],
    ],
  },
  {
    name:
      "Eastern Daily Press, consumer: curly quotes, a headline quote in single marks " +
      "repeated in the body, a caravan owner then Mrs Surname said and a verbless " +
      "second, her husband with the same surname, the park operator in a statement " +
      "with a partial, an MP then he said, a trading standards spokesman's partial, an " +
      "owners' group with a colon, a park's marketing slogan in marks, Mrs Surname said " +
      "then a standalone paragraph",
    headline: "‘They want us out so they can sell new vans’: Hemsby caravan owners hit by 40pc " + "fee rise",
    paragraphs: [
      "Caravan owners at a holiday park near Hemsby say they are being priced out after " +
        "annual pitch fees rose by 40pc, from £5,200 to £7,300.",
      "Linda Catchpole, 71, from Dereham, has kept a static caravan at Sandy Dunes Holiday " +
        "Park for 18 years. “They want us out so they can sell new vans,” Mrs Catchpole " +
        "said. “We’ve had one letter, no meeting, nothing.”",
      "Her husband, Terry Catchpole, said the couple would have to sell. “I worked on the " +
        "boats out of Yarmouth for 40 years. This was our reward,” he said.",
      "In a statement, park operator Broadland Leisure said the rise reflected “significant " +
        "increases in energy, insurance and maintenance costs” and that owners had been given " +
        "“the required notice under their licence agreement”.",
      "Great Yarmouth MP Keith Doole said he had written to the company. “Many of these " +
        "owners are pensioners on fixed incomes. A rise like this feels like an eviction " +
        "notice,” he said.",
      "A spokesman for Norfolk Trading Standards said residents could ask for advice but " +
        "that holiday caravan agreements were “not covered by the same protections as " +
        "park homes”.",
      "The Sandy Dunes Owners’ Group was more direct: “Sixty families have signed our " +
        "letter. We are not going quietly.”",
      "The park is advertised online as “Your home by the sea”. Mrs Catchpole said that " +
        "felt like a joke now.",
      "“It was our home by the sea. Now it’s just their business.”",
    ],
    quotes: [
      ["They want us out so they can sell new vans,", "Linda Catchpole"],
      ["We’ve had one letter, no meeting, nothing.", "Linda Catchpole"],
      ["I worked on the boats out of Yarmouth for 40 years. This was our reward,", "Terry Catchpole"],
      ["significant increases in energy, insurance and maintenance costs", "Broadland Leisure"],
      ["the required notice under their licence agreement", "Broadland Leisure"],
      [
        "Many of these owners are pensioners on fixed incomes. A rise like this feels like an " +
          "eviction notice,",
        "Keith Doole",
      ],
      ["not covered by the same protections as park homes", "A spokesman for Norfolk Trading Standards"],
      ["Sixty families have signed our letter. We are not going quietly.", "The Sandy Dunes Owners’ Group"],
      ["It was our home by the sea. Now it’s just their business.", "Linda Catchpole"],
    ],
  },
]);
