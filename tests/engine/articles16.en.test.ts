// A sixteenth round of composed English news articles, in the styles of outlets and beats the first
// fifteen rounds did not use: The Sacramento Bee on a levee camping ban, The Irish News at a sentencing
// in Belfast Crown Court, The Australian Financial Review on a lithium miner's loss, Mongabay on hornbills
// and forest regrowth in the Western Ghats, The Art Newspaper on a restitution to Kumasi, Vanguard
// (Nigeria) on Lassa fever in Ondo State, The Daily Telegraph (Sydney) after an NRL golden point game,
// Times Higher Education on university job cuts, The Chronicle Herald on a storm in Nova Scotia and the
// Bangkok Post on a call-centre scam raid in Chon Buri. Every article was written for these tests, before
// the engine was run on them. Expected speakers follow the corpus guidelines: the fullest name the
// article gives, a body or a document as written, an unnamed source by its shortest identifying
// description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Sacramento Bee, local politics: said before a supervisor with who wrote the " +
      "ordinance, a partial quote after saying, a surname after two quotes, a sign slogan, " +
      "a coalition director with told the board and a partial quote, the staff report " +
      "speaking",
    headline: "Sacramento County supervisors approve camping ban along American River levees",
    paragraphs: [
      "The Sacramento County Board of Supervisors voted 3-2 on Tuesday to ban camping " +
        "within 25 feet of the American River Parkway’s levees, a measure backers framed as " +
        "flood protection and critics called a sweep by another name.",
      "“The levees are what stand between 500,000 people and the river,” said Supervisor " +
        "Denise Arroyo, who wrote the ordinance. “We cannot have people digging into them.”",
      "Supervisor Mark Pellegrini agreed, saying county engineers had found “dozens of " +
        "excavations” along a two-mile stretch near Cal Expo last winter.",
      "Supervisor Paul Whitcombe, who voted no, said the county had not opened enough " +
        "shelter beds to give those displaced somewhere to go. “We are telling people to " +
        "move without telling them where,” Whitcombe said. “That’s not a plan. That’s a " +
        "bumper sticker.”",
      "Advocates held signs reading “Housing, Not Handcuffs” outside the chamber. Lydia " +
        "Ocampo, director of the Sacramento Regional Coalition to End Homelessness, told the " +
        "board the ordinance would push people “deeper into the brush, where outreach " +
        "workers can’t find them.”",
      "According to the staff report, enforcement will be “complaint-driven and " +
        "service-first,” with violators offered a shelter referral before any citation. The " +
        "report estimates that about 150 people live in the affected zone.",
      "The ordinance takes effect in 30 days.",
    ],
    quotes: [
      ["The levees are what stand between 500,000 people and " + "the river,", "Denise Arroyo"],
      ["We cannot have people digging into them.", "Denise Arroyo"],
      ["dozens of excavations", "Mark Pellegrini"],
      ["We are telling people to move without telling them " + "where,", "Paul Whitcombe"],
      ["That’s not a plan. That’s a bumper sticker.", "Paul Whitcombe"],
      ["deeper into the brush, where outreach workers can’t " + "find them.", "Lydia Ocampo"],
      ["complaint-driven and service-first,", "the staff report"],
    ],
  },
  {
    name:
      "The Irish News, courts: a prosecuting barrister with partial quotes closed before " +
      "the full stop, a victim statement read with the paramedic said and a colon, a " +
      "defence KC with two partial quotes then Mr and surname, the judge named then the " +
      "judge, a service's statement",
    headline: "Man who punched paramedic in west Belfast jailed for 18 months",
    paragraphs: [
      "A man who punched a paramedic as she treated his injured friend in west Belfast has " +
        "been jailed for 18 months.",
      "Ciarán Doherty (29), of Glen Road, pleaded guilty at Belfast Crown Court to assault " +
        "occasioning actual bodily harm and disorderly behaviour after the incident on the " +
        "Falls Road in March last year.",
      "Prosecuting barrister Rosemary Walsh said the paramedic, who had been kneeling " +
        "beside a man with a head wound, was struck “without warning and without " +
        "provocation”. She told the court the woman had not returned to frontline work " +
        "since.",
      "In a victim impact statement read to the court, the paramedic said: “I went there " +
        "to help someone. I now check every doorway before I get out of the ambulance.”",
      "Defence barrister Seán Mallon KC said his client had drunk “the best part of a " +
        "bottle of vodka” and had “no memory whatsoever” of the assault. “He is ashamed, and " +
        "he has written to the Ambulance Service to say so,” Mr Mallon said.",
      "Passing sentence, Judge Gemma Loughran said attacks on emergency workers were “an " +
        "attack on all of us”. “Those who go out at night to help strangers are entitled to " +
        "come home safe,” the judge said.",
      "Doherty will serve half of his sentence in custody and the remainder on licence. " +
        "The Northern Ireland Ambulance Service said in a statement that it welcomed the " +
        "sentence and that “violence against our staff will never be tolerated”.",
    ],
    quotes: [
      ["without warning and without provocation", "Rosemary Walsh"],
      [
        "I went there to help someone. I now check every doorway " + "before I get out of the ambulance.",
        "a paramedic",
      ],
      ["the best part of a bottle of vodka", "Seán Mallon"],
      ["no memory whatsoever", "Seán Mallon"],
      ["He is ashamed, and he has written to the Ambulance " + "Service to say so,", "Seán Mallon"],
      ["an attack on all of us", "Gemma Loughran"],
      ["Those who go out at night to help strangers are " + "entitled to come home safe,", "Gemma Loughran"],
      ["violence against our staff will never be tolerated", "The Northern Ireland Ambulance Service"],
    ],
  },
  {
    name:
      "The Australian Financial Review, business: a managing director with she told the " +
      "paper, the company in its results statement, an analyst after an inverted said with " +
      "a nested single-quoted word, a CFO with he said and a colon",
    headline: "Lithium slump drags Pilbara Ridge to $312m loss, dividend scrapped",
    paragraphs: [
      "Pilbara Ridge Resources has swung to a $312 million full-year loss and scrapped its " +
        "final dividend, as a collapse in spodumene prices forced the West Australian miner " +
        "to write down its Kalgan Creek project.",
      "Managing director Fiona Castellano said the company had moved early to protect its " +
        "balance sheet. “We’re not going to chase volume into a falling market,” she told " +
        "The Australian Financial Review. “We will be the last ones standing when the cycle " +
        "turns.”",
      "Shares fell 7.4 per cent to $2.38 by the close on Thursday, their lowest level " + "since 2020.",
      "The company said in its results statement that putting Kalgan Creek on care and " +
        "maintenance was “prudent but reversible”, and that restarting the plant would take " +
        "about nine months.",
      "Not everyone is convinced. “They’ve said ‘reversible’ three times in a year, and " +
        "each time the restart date has moved,” said Jarrod Mackie, a resources analyst at " +
        "Canaccord Genuity in Perth. “Investors want a number, not an adjective.”",
      "Chief financial officer Ben Ostrowski said on an analyst call that the miner had " +
        "$640 million in cash and no debt due before 2028. He said the board had discussed a " +
        "capital raising but decided against it: “Diluting shareholders at the bottom is the " +
        "worst thing you can do.”",
      "Pilbara Ridge will update the market on the Kalgan Creek restart study in February.",
    ],
    quotes: [
      ["We’re not going to chase volume into a falling market,", "Fiona Castellano"],
      ["We will be the last ones standing when the cycle turns.", "Fiona Castellano"],
      ["prudent but reversible", "Pilbara Ridge Resources"],
      [
        "They’ve said ‘reversible’ three times in a year, and " + "each time the restart date has moved,",
        "Jarrod Mackie",
      ],
      ["Investors want a number, not an adjective.", "Jarrod Mackie"],
      ["Diluting shareholders at the bottom is the worst thing " + "you can do.", "Ben Ostrowski"],
    ],
  },
  {
    name:
      "Mongabay, science: said before a lead author named after the quote, a nickname in " +
      "marks, the paper warns with a partial quote, an outside biologist with told " +
      "Mongabay India, a surname with two quotes",
    headline:
      "Fewer hornbills, fewer big trees: study links bird’s decline to forest change in " +
      "the Western Ghats",
    paragraphs: [
      "In the rainforest fragments of the Anamalai hills in India’s Western Ghats, the " +
        "disappearance of hornbills may be quietly reshaping which trees grow back, a new " +
        "study suggests.",
      "Researchers from the Nature Conservation Foundation tracked seedlings of 14 " +
        "large-seeded tree species across 46 fragments for six years. Where great hornbills " +
        "had vanished, seedlings of those species were up to 70% scarcer than in fragments " +
        "where the birds persisted.",
      "“Hornbills are the only birds here that can swallow a fruit the size of a walnut " +
        "and carry the seed a kilometre away,” said lead author Meera Raghunathan, an " +
        "ecologist at the foundation. “When they go, those trees lose their ride.”",
      "Local Kadar communities call the great hornbill the “farmer of the forest”, a name " +
        "Raghunathan says the data bear out. Fragments near tea and coffee estates, where " +
        "hunting and felling are more common, were the first to lose the birds.",
      "The paper, published in the Journal of Applied Ecology, warns that without " +
        "intervention the fragments could “drift toward forests dominated by small-seeded " +
        "species within a few decades.”",
      "Arjun Kolathur, a wildlife biologist at the Ashoka Trust for Research in Ecology " +
        "and the Environment who was not involved in the study, said the findings matched " +
        "what restoration teams had seen on the ground. “We plant those seedlings by hand " +
        "now because nothing else will,” he told Mongabay India.",
      "The authors recommend protecting nest trees and linking fragments with corridors of " +
        "native trees. “It’s not enough to save the hornbill,” Raghunathan said. “You have " +
        "to save the distance it flies.”",
    ],
    quotes: [
      [
        "Hornbills are the only birds here that can swallow a " +
          "fruit the size of a walnut and carry the seed a " +
          "kilometre away,",
        "Meera Raghunathan",
      ],
      ["When they go, those trees lose their ride.", "Meera Raghunathan"],
      ["drift toward forests dominated by small-seeded species " + "within a few decades.", "The paper"],
      ["We plant those seedlings by hand now because nothing " + "else will,", "Arjun Kolathur"],
      ["It’s not enough to save the hornbill,", "Meera Raghunathan"],
      ["You have to save the distance it flies.", "Meera Raghunathan"],
    ],
  },
  {
    name:
      "The Art Newspaper, culture: a standfirst quote with Council says repeated in the " +
      "body, a gallery and an exhibition title in marks, a councillor with a colon, a " +
      "curator named with his role then he, a museum spokesperson",
    headline: "Leeds agrees to return Asante gold ornaments to Kumasi",
    standfirst:
      "Council says the 17 objects, taken in the sacking of the city in 1874, will go back " +
      "‘without conditions’",
    paragraphs: [
      "Leeds City Council has agreed to return 17 gold and silver objects looted from the " +
        "Asante capital, Kumasi, in 1874 to the Manhyia Palace Museum, in one of the largest " +
        "unconditional restitutions by a UK local authority.",
      "The objects, including a gold soul-washer’s badge and a sword ornament, were " +
        "acquired by Leeds City Museum in 1921 from the estate of a former army officer. " +
        "They had been on display in the gallery “Worlds of Gold” until last year.",
      "In a statement, the council said the ornaments would go back “without conditions” " +
        "and that no loan agreement would be sought. Councillor Hannah Okafor, the executive " +
        "member for culture, said: “These were taken by force. There is no honest version of " +
        "this story in which they stay in Leeds.”",
      "Kwame Asiedu Boateng, the curator of the Manhyia Palace Museum, welcomed the " +
        "decision but said it should not be treated as a gesture. “We don’t need to be " +
        "thanked for receiving what is ours,” he said. “We need the other museums to read " +
        "the same history and reach the same conclusion.”",
      "The British Museum and the V&A, which hold larger collections from Kumasi, are " +
        "barred by law from permanently disposing of objects and agreed in 2024 to lend some " +
        "items back instead. A spokesperson for the British Museum said it remained “in " +
        "regular and productive conversation” with Manhyia Palace but had no plans to change " +
        "its position.",
      "The ornaments are expected to travel to Kumasi in the spring, where they will be " +
        "shown in an exhibition titled “Returned”.",
    ],
    quotes: [
      ["without conditions", "Leeds City Council"],
      [
        "These were taken by force. There is no honest version " +
          "of this story in which they stay in Leeds.",
        "Hannah Okafor",
      ],
      ["We don’t need to be thanked for receiving what is ours,", "Kwame Asiedu Boateng"],
      [
        "We need the other museums to read the same history and " + "reach the same conclusion.",
        "Kwame Asiedu Boateng",
      ],
      ["in regular and productive conversation", "A spokesperson for the British Museum"],
    ],
  },
  {
    name:
      "Vanguard (Nigeria), health: straight quotes, a commissioner introduced with Dr and " +
      "a comma then his surname, the commissioner with what he called, a centre's " +
      "situation report with a partial quote, an unnamed health worker with she said, a " +
      "chief with he said",
    headline: "Lassa fever: Ondo records 11 deaths in three weeks as NCDC deploys response team",
    paragraphs: [
      "The Ondo State Government has confirmed 11 deaths from Lassa fever in the past " +
        "three weeks, with Owo and Ose local government areas accounting for most of the 64 " +
        "confirmed cases.",
      "Speaking with Vanguard in Akure on Monday, the state Commissioner for Health, Dr. " +
        "Adebola Fasoranti, said isolation wards had been reopened at the Federal Medical " +
        "Centre, FMC, Owo, and that more than 300 contacts were being traced.",
      '"The number of cases is worrying, but it is not beyond our capacity," Fasoranti ' +
        'said. "What kills people is late presentation. By the time many of them come, the ' +
        'kidneys are already failing."',
      "The commissioner urged residents to cover stored food, block holes in walls and " +
        "stop drying grains by the roadside, where rats can reach them. He also warned " +
        'against what he called "self-medication with antimalarials" when a fever does not ' +
        "go away.",
      "The Nigeria Centre for Disease Control and Prevention, NCDC, said in its latest " +
        "situation report that 19 states had recorded at least one confirmed case this year, " +
        'and that the case fatality rate stood at "17.2 per cent, higher than the same ' +
        'period last year."',
      "A health worker at FMC Owo, who asked not to be named because she was not " +
        'authorised to speak to the press, said nurses were working double shifts. "We have ' +
        "three beds in the isolation unit for every five patients. We are managing, but just " +
        'managing," she said.',
      "In Ose, a community leader, Chief Olabode Akinyele, said traders in Ifon market had " +
        'started to keep their garri in sealed drums. "People now know the rat is not just a ' +
        'nuisance," he said.',
    ],
    quotes: [
      ["The number of cases is worrying, but it is not beyond " + "our capacity,", "Adebola Fasoranti"],
      [
        "What kills people is late presentation. By the time " +
          "many of them come, the kidneys are already failing.",
        "Adebola Fasoranti",
      ],
      ["self-medication with antimalarials", "Adebola Fasoranti"],
      [
        "17.2 per cent, higher than the same period last year.",
        "The Nigeria Centre for Disease Control and Prevention",
      ],
      [
        "We have three beds in the isolation unit for every five " +
          "patients. We are managing, but just managing,",
        "A health worker at FMC Owo",
      ],
      ["People now know the rat is not just a nuisance,", "Olabode Akinyele"],
    ],
  },
  {
    name:
      "The Daily Telegraph (Sydney), rugby league: a headline quote in single marks " +
      "repeated in the body, a halfback by surname, a coach then the coach with a colon, " +
      "an opposing coach by surname twice, the NRL in a statement, an event name in marks",
    headline: "‘We earned that one’: Bulldogs hold on to stun Eels in golden point thriller",
    paragraphs: [
      "Canterbury have snatched a 19-18 golden point win over Parramatta at Accor Stadium, " +
        "with halfback Toby Raines landing a field goal from 38 metres in the 84th minute.",
      "“We earned that one,” Raines said. “We were down by 12 at half-time and nobody in " +
        "the sheds dropped their head.”",
      "The Eels had led 18-6 at the break after two tries to winger Josh Fa’asolo, but " +
        "Canterbury’s forwards wore them down in the second half.",
      "Bulldogs coach Craig Hennessey was full of praise for his pack. “Our middles were " +
        "outstanding. They just kept turning up,” Hennessey said. Asked about Raines’ kick, " +
        "the coach grinned: “I’d have liked him to take it ten minutes earlier.”",
      "Parramatta coach Dean Pearce was left fuming over a late penalty against his side " +
        "for a ruck infringement. “I’ll be asking the NRL about that one,” Pearce said. “I " +
        "don’t think anyone in the stadium knew what it was for.”",
      "The NRL said in a statement on Sunday night that the match review committee would " +
        "“look at the incident as a matter of routine”.",
      "The win lifts Canterbury to fourth on the ladder. Parramatta, who host Manly next " +
        "Friday in what the club has billed its “Heritage Round”, slip to 11th.",
    ],
    quotes: [
      ["We earned that one,", "Toby Raines"],
      ["We were down by 12 at half-time and nobody in the sheds " + "dropped their head.", "Toby Raines"],
      ["Our middles were outstanding. They just kept turning " + "up,", "Craig Hennessey"],
      ["I’d have liked him to take it ten minutes earlier.", "Craig Hennessey"],
      ["I’ll be asking the NRL about that one,", "Dean Pearce"],
      ["I don’t think anyone in the stadium knew what it was " + "for.", "Dean Pearce"],
      ["look at the incident as a matter of routine", "The NRL"],
    ],
  },
  {
    name:
      "Times Higher Education, education: a vice-chancellor with Sir and wrote with a " +
      "colon then he added, a union with a partial quote, a branch president with Dr and a " +
      "colon, a strategy name in marks, an unnamed academic then the academic, a " +
      "regulator's report with two partial quotes, a university spokesperson",
    headline: "Kingsbridge to cut 240 jobs and close modern languages as overseas recruitment " + "falls",
    paragraphs: [
      "The University of Kingsbridge plans to cut up to 240 academic and professional " +
        "services jobs and close its department of modern languages, blaming a 31 per cent " +
        "fall in international postgraduate enrolments.",
      "In an email to staff seen by Times Higher Education, the vice-chancellor, Sir " +
        "Malcolm Tredwell, said the institution faced a £28 million deficit in 2025-26. He " +
        "wrote: “Doing nothing is not an option open to us.” “The decisions ahead will be " +
        "painful, and I will not pretend otherwise,” he added.",
      "The University and College Union said the cuts were “the direct result of a decade " +
        "of underfunding” and announced that it would ballot members at Kingsbridge for " +
        "industrial action. Branch president Dr Aisha Rahman said: “Modern languages has " +
        "been taught here since 1904. You don’t get that back.”",
      "The university’s “Kingsbridge 2030” strategy, published last year, had promised to " +
        "grow the languages department.",
      "A senior academic in the faculty of arts, who asked not to be named, said staff had " +
        "learned of the closure from a slide shown at an all-staff meeting. “There was no " +
        "consultation. There was a slide,” the academic said.",
      "Kingsbridge is one of more than 90 UK institutions to have announced redundancies " +
        "since early 2024, according to the union. The Office for Students said in its " +
        "latest financial sustainability report that “a significant number” of providers " +
        "could face “material uncertainty” within two years.",
      "A university spokesperson said Kingsbridge would “seek to minimise compulsory " +
        "redundancies” through a voluntary severance scheme.",
    ],
    quotes: [
      ["Doing nothing is not an option open to us.", "Malcolm Tredwell"],
      ["The decisions ahead will be painful, and I will not " + "pretend otherwise,", "Malcolm Tredwell"],
      ["the direct result of a decade of underfunding", "The University and College Union"],
      ["Modern languages has been taught here since 1904. You " + "don’t get that back.", "Aisha Rahman"],
      ["There was no consultation. There was a slide,", "A senior academic in the faculty of arts"],
      ["a significant number", "The Office for Students"],
      ["material uncertainty", "The Office for Students"],
      ["seek to minimise compulsory redundancies", "A university spokesperson"],
    ],
  },
  {
    name:
      "The Chronicle Herald (Halifax), storm: a quote opening the story before a " +
      "spokesperson and her name, a municipality's post after a colon, a meteorologist " +
      "split by he said, a minister by surname, a resident with said the retired fisherman " +
      "and a partial quote after he said",
    headline: "Post-tropical storm Lorena knocks out power to 180,000 Nova Scotians",
    paragraphs: [
      "More than 180,000 Nova Scotia Power customers were without electricity on Sunday " +
        "morning after post-tropical storm Lorena swept across the province overnight with " +
        "gusts of up to 130 km/h.",
      "“This is a multi-day restoration, there’s no way around it,” Nova Scotia Power " +
        "spokesperson Meghan Burrows said at a briefing in Dartmouth. She said about 400 " +
        "crews, including line workers from New Brunswick and Maine, were on the ground.",
      "In Halifax, fallen trees blocked parts of Robie Street and Quinpool Road. Halifax " +
        "Regional Municipality urged residents to stay home: “If you don’t need to travel " +
        "today, please don’t,” the municipality said in a post on X.",
      "Environment and Climate Change Canada meteorologist Derek Coolen said the storm had " +
        "dumped more than 90 millimetres of rain on parts of Cape Breton. “The worst of it " +
        "is behind us,” he said, “but the ground is saturated and it won’t take much wind to " +
        "bring down another tree.”",
      "Emergency Management Minister Carla Dowe said comfort centres had opened in 14 " +
        "communities. “Check on your neighbours, especially seniors who live alone,” Dowe " +
        "said.",
      "In Lunenburg, Dave Hiltz was sweeping shingles off his driveway. “Forty years I’ve " +
        "lived in this house and I’ve never seen the harbour come up that high,” said the " +
        "retired fisherman. His neighbour’s shed, he said, ended up “halfway down the hill.”",
      "Nova Scotia Power said it expected to restore 90 per cent of customers by Tuesday " + "night.",
    ],
    quotes: [
      ["This is a multi-day restoration, there’s no way around " + "it,", "Meghan Burrows"],
      ["If you don’t need to travel today, please don’t,", "Halifax Regional Municipality"],
      ["The worst of it is behind us,", "Derek Coolen"],
      [
        "but the ground is saturated and it won’t take much wind " + "to bring down another tree.",
        "Derek Coolen",
      ],
      ["Check on your neighbours, especially seniors who live " + "alone,", "Carla Dowe"],
      [
        "Forty years I’ve lived in this house and I’ve never " + "seen the harbour come up that high,",
        "Dave Hiltz",
      ],
      ["halfway down the hill.", "Dave Hiltz"],
    ],
  },
  {
    name:
      "Bangkok Post, crime: a police general with his Thai rank named then by rank and " +
      "given name, a nested single-quoted word, an unnamed victim described by age and job " +
      "with she said, a department's statement, a scare-quoted term",
    todo:
      "an unnamed speaker introduced as “One of the victims, a 67-year-old retired teacher " +
      "from …” gets the vague head phrase rather than the identifying apposition",
    headline: "Police raid Chon Buri call-centre gang, arrest 37",
    paragraphs: [
      "Police have arrested 37 people, including 12 foreign nationals, in a raid on a " +
        "rented house in Si Racha district of Chon Buri that investigators say was the base " +
        "of a call-centre gang posing as officials of the Department of Special " +
        "Investigation (DSI).",
      "Pol Maj Gen Thanawat Srisuk, commander of the Technology Crime Suppression " +
        "Division, said the gang had cheated at least 200 victims out of more than 60 " +
        "million baht since January.",
      "“They told victims their bank accounts were linked to drug money and that they had " +
        "to transfer everything for ‘verification’,” Pol Maj Gen Thanawat said. “Many were " +
        "elderly, and many lost their life savings.”",
      "Officers seized 84 mobile phones, 20 laptops, scripts written in Thai and a " +
        "whiteboard listing daily targets.",
      "One of the victims, a 67-year-old retired teacher from Nonthaburi, told the Bangkok " +
        "Post she had transferred 1.4 million baht over two days. “The man on the phone knew " +
        "my ID number and my address. He sounded exactly like a police officer,” she said. " +
        "“I was ashamed to tell my children.”",
      "The DSI said in a statement that its officers “never contact members of the public " +
        "by phone to request money transfers” and urged anyone receiving such calls to hang " +
        "up and dial the 1202 hotline.",
      "Investigators are also tracing more than 150 so-called “mule accounts” used to move " +
        "the money. The suspects face charges of fraud, computer crime and taking part in a " +
        "transnational criminal organisation.",
    ],
    quotes: [
      [
        "They told victims their bank accounts were linked to " +
          "drug money and that they had to transfer everything for " +
          "‘verification’,",
        "Thanawat Srisuk",
      ],
      ["Many were elderly, and many lost their life savings.", "Thanawat Srisuk"],
      [
        "The man on the phone knew my ID number and my address. " +
          "He sounded exactly like a police officer,",
        "a 67-year-old retired teacher",
      ],
      ["I was ashamed to tell my children.", "a 67-year-old retired teacher"],
      [
        "never contact members of the public by phone to request " + "money transfers",
        "the Department of Special Investigation",
      ],
    ],
  },
]);
