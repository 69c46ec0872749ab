// A thirty-fifth round of composed English news articles, in the styles of outlets and beats the first
// thirty-four rounds did not use: the Bangor Daily News on a drought-hit wild blueberry harvest in
// Washington County, the Oxford Mail on the Botley Road closure, the Donegal Democrat on Lough Derg's
// pilgrimage season, Nunatsiaq News on food prices in Iqaluit, the Kalgoorlie Miner on a gold project deal
// near Kambalda, the Greymouth Star on a red rain warning in Buller, The Assam Tribune on a new gecko from
// Dima Hasao, the Lesotho Times on a former minister's fraud trial in the High Court, the Cayman Compass on
// an after-hours clinic in Bodden Town and the Korea JoongAng Daily on an LG Twins closer's retirement.
// Every article was written for these tests, blind, before the engine was run on them. Expected speakers
// follow the corpus guidelines: the fullest name the article gives, a body or a document as written, an
// unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Bangor Daily News, agriculture: AP dateline, said Name, who farms, then a " +
      "verbless second, her son with the same surname and a partial, an inverted " +
      "said Name, a specialist, an executive director's partial with the period " +
      "inside, she said after a surname, a department in a statement, a place name " +
      "in marks, a standalone paragraph continuing her",
    headline: "Drought cuts Washington County wild blueberry crop by a third",
    paragraphs: [
      "MACHIAS, Maine — Wild blueberry growers in Washington County harvested roughly a " +
        "third fewer berries this summer after the driest July and August on record, according " +
        "to preliminary figures from the Wild Blueberry Commission of Maine.",
      "“I’ve got fields in Whitneyville where the berries never sized up at all. They " +
        "just shriveled on the stem,” said Arlene Beal, who farms 300 acres with her son. " +
        "“We didn’t even bring the harvester into some of them.”",
      "Her son, Travis Beal, said the family had spent about $40,000 on irrigation over " +
        "the past five years but could water “maybe a tenth” of its land.",
      "“Most of the barrens are just not set up for irrigation,” said Ingrid " +
        "Sewall, a wild blueberry specialist with University of Maine Cooperative " +
        "Extension. “These plants evolved on sandy, thin soil. When the rain " +
        "stops, there’s nothing holding water for them.”",
      "The commission’s executive director, Dennis Harnois, said processors had paid " +
        "growers an average of 68 cents a pound, up from 52 cents last year, which he called " +
        "“some cushion, but not enough to make up for the lost volume.”",
      "Sewall said the drought would likely hurt next year’s crop too, " +
        "because the plants set their flower buds in late summer. “The damage " +
        "you see this year is only half of it,” she said.",
      "In a statement, the Maine Department of Agriculture, Conservation and " +
        "Forestry said it had asked the U.S. Department of Agriculture to declare a " +
        "drought disaster in Washington and Hancock counties, which would open " +
        "“low-interest emergency loans” to affected farms.",
      "Back in Whitneyville, Arlene Beal said she was not ready to give up on the fields her " +
        "grandfather started raking in 1951, on what locals still call the “Big Plain.”",
      "“You don’t quit blueberries over one bad year,” she said. “You quit over three.”",
    ],
    quotes: [
      [
        "I’ve got fields in Whitneyville where the berries never " +
          "sized up at all. They just shriveled on the stem,",
        "Arlene Beal",
      ],
      ["We didn’t even bring the harvester into some of them.", "Arlene Beal"],
      ["maybe a tenth", "Travis Beal"],
      ["Most of the barrens are just not set up for irrigation,", "Ingrid Sewall"],
      [
        "These plants evolved on sandy, thin soil. When the rain " +
          "stops, there’s nothing holding water for them.",
        "Ingrid Sewall",
      ],
      ["some cushion, but not enough to make up for the lost volume.", "Dennis Harnois"],
      ["The damage you see this year is only half of it,", "Ingrid Sewall"],
      ["low-interest emergency loans", "the Maine Department of Agriculture, Conservation and Forestry"],
      ["You don’t quit blueberries over one bad year,", "Arlene Beal"],
      ["You quit over three.", "Arlene Beal"],
    ],
  },
  {
    name:
      "Oxford Mail, transport: a headline quote in single marks repeated word for " +
      "word in the body (one entry), Network Rail in a statement with a partial, a " +
      "trader then she said, a cabinet member with Cllr and a partial, the Lib Dem " +
      "councillor added with a colon, a bus company's partial, a cyclist introduced " +
      "with a colon, a programme's name in marks",
    todo:
      "«Another six months could finish us» not found; «Another six months could finish us,» taken " +
      "for a quote",
    headline: "‘Another six months could finish us’: Botley Road traders hit by new closure delay",
    paragraphs: [
      "The closure of Botley Road under Oxford station will last until at least July, Network " +
        "Rail has confirmed, leaving traders facing a third year of disruption.",
      "The road, one of the main routes into the city from the west, has been shut to " +
        "motor traffic since April 2024 while the railway bridge is rebuilt.",
      "In a statement, Network Rail said the delay was caused by " +
        "“unexpected ground conditions and a water main that did not appear " +
        "on any plans”, and apologised to residents and businesses.",
      "Rukhsana Malik, who runs a convenience store near the Ferry Hinksey Road junction, " +
        "said takings were down by almost half. “Another six months could finish us,” " +
        "she said. “People have simply learned to go somewhere else.”",
      "Oxfordshire County Council’s cabinet member for transport, Cllr " +
        "Imogen Sayers, said the authority was “deeply frustrated” and would " +
        "press Network Rail to compensate affected businesses.",
      "The Lib Dem councillor added: “We were told Christmas. Then we were told spring. " +
        "Residents have stopped believing the dates, and frankly so have I.”",
      "Stagecoach, whose buses have been diverted via Abingdon Road, said journey times on " +
        "the affected routes had risen by “up to 20 minutes at peak times”.",
      "Cyclist Tom Ashworth, who commutes from Botley every day, was more " +
        "philosophical: “Honestly, it’s the quietest the road has ever " +
        "been. I’ll miss it when the cars come back.”",
      "The bridge is part of the wider “Oxford Corridor” upgrade, due to finish in 2028.",
    ],
    quotes: [
      ["Another six months could finish us", "Rukhsana Malik"],
      ["unexpected ground conditions and a water main that did not appear on any plans", "Network Rail"],
      ["People have simply learned to go somewhere else.", "Rukhsana Malik"],
      ["deeply frustrated", "Imogen Sayers"],
      [
        "We were told Christmas. Then we were told spring. Residents have " +
          "stopped believing the dates, and frankly so have I.",
        "Imogen Sayers",
      ],
      ["up to 20 minutes at peak times", "Stagecoach"],
      [
        "Honestly, it’s the quietest the road has ever been. I’ll miss it when the cars come back.",
        "Tom Ashworth",
      ],
    ],
  },
  {
    name:
      "Donegal Democrat, religion: straight quotes, the prior as Monsignor Name then Monsignor " +
      "Surname said, he described with a partial, a pilgrim introduced with a colon, her " +
      "grandmother with the same surname and a partial, a diocese in a statement, a Tidy Towns " +
      "spokesperson, a devotion's name in marks, he said after a surname",
    headline: "Lough Derg pilgrim numbers highest in a decade",
    paragraphs: [
      "The number of pilgrims making the traditional three-day pilgrimage to Lough Derg this " +
        "summer was the highest in ten years, the prior of St Patrick's Purgatory has said.",
      "Speaking at the close of the season on Station Island, the prior, " +
        "Monsignor Seán McGettigan, said almost 11,000 people had completed the " +
        "fast and all-night vigil between June and mid-August.",
      '"What struck me most this year was the number of young people, some of them coming ' +
        'on their own and not telling anyone at home," Monsignor McGettigan said. "They\'re ' +
        'not coming for the scenery. It rained for eleven days in July."',
      'He described the island as "the one place left in Ireland with ' +
        'no phone signal and nobody asking anything of you".',
      "Among this year's pilgrims was Aoife Boyle, a 23-year-old nursing student from " +
        'Glenties, who made the pilgrimage for the first time: "My granny did it 30 times. I did ' +
        "it once and my feet are still in bits, so I don't know how she managed.\"",
      "Her grandmother, Bridget Boyle, 84, who last made the pilgrimage in 2009, " +
        'said she had been "very proud" when Aoife rang her from the boat.',
      'Pilgrims still walk the "Stations" barefoot around the ' +
        "penitential beds, a practice unchanged for centuries.",
      "The Diocese of Clogher, which owns the site, said in a statement " +
        "that bookings for next year's one-day retreats had already \"exceeded " +
        'anything we have seen since before the pandemic".',
      "A spokesperson for the Pettigo Tidy Towns committee said the extra " +
        'visitors had been "a great boost" to the village\'s cafés and B&Bs.',
      "Monsignor McGettigan said the island would reopen to pilgrims on June " +
        '1. "We\'ll be here again, and so will the rain," he said.',
    ],
    quotes: [
      [
        "What struck me most this year was the number of young people, some of " +
          "them coming on their own and not telling anyone at home,",
        "Seán McGettigan",
      ],
      ["They're not coming for the scenery. It rained for eleven days in July.", "Seán McGettigan"],
      [
        "the one place left in Ireland with no phone signal and nobody asking anything of you",
        "Seán McGettigan",
      ],
      [
        "My granny did it 30 times. I did it once and my feet are " +
          "still in bits, so I don't know how she managed.",
        "Aoife Boyle",
      ],
      ["very proud", "Bridget Boyle"],
      ["exceeded anything we have seen since before the pandemic", "The Diocese of Clogher"],
      ["a great boost", "A spokesperson for the Pettigo Tidy Towns committee"],
      ["We'll be here again, and so will the rain,", "Seán McGettigan"],
    ],
  },
  {
    name:
      "Nunatsiaq News, consumer: a survey's title in marks, a survey concludes via " +
      "it with the period inside, said Name, who started the group, then a verbless " +
      "second, a company said in an email with a partial, a federal department's " +
      "spokesperson, the mother of four by surname then she said, an inverted said " +
      "MLA Name, a standalone paragraph continuing him",
    todo:
      "«being absorbed somewhere between the warehous…» goes to Nutrition North Canada, not The " + "survey",
    headline: "Iqaluit shoppers say Nutrition North savings aren’t reaching the shelf",
    paragraphs: [
      "Iqaluit residents are paying more for milk, eggs and fresh fruit than they were " +
        "a year ago despite an increase in the federal Nutrition North Canada subsidy, " +
        "according to a new survey by a volunteer food-security group.",
      "The survey, titled “Still Hungry,” compared receipts from 140 households " +
        "between September 2025 and September 2026. It concludes that the subsidy is " +
        "“being absorbed somewhere between the warehouse and the cash register.”",
      "“People keep sending me photos of receipts. A cabbage for $12. A box of " +
        "cereal for $16,” said Annie Kilabuk, who started the group in 2022. “The " +
        "government says the subsidy went up. Nobody here can see it.”",
      "The North West Company, which operates Northmart stores, said in an " +
        "email that it passes “the full subsidy” on to customers and that " +
        "higher freight and fuel costs explain the increases.",
      "A spokesperson for Crown-Indigenous Relations and Northern Affairs " +
        "Canada said the department was “reviewing the findings” and " +
        "pointed to a retailer compliance audit launched in June.",
      "Kilabuk, a mother of four, said she now orders most dry goods by sealift " +
        "once a year. “You plan your whole year in July,” she said.",
      "“We have children going to school hungry in a capital city,” " +
        "said Iqaluit-Sinaa MLA Joanasie Akesuk. “If the subsidy is " +
        "working, show us the numbers store by store.”",
      "Akesuk said he would raise the survey in the legislature when it sits again in February.",
      "“This isn’t a complaint about one store or one company. It’s " +
        "about whether Ottawa knows where its money actually goes.”",
    ],
    quotes: [
      ["being absorbed somewhere between the warehouse and the cash register.", "The survey"],
      [
        "People keep sending me photos of receipts. A cabbage for $12. A box of cereal for $16,",
        "Annie Kilabuk",
      ],
      ["The government says the subsidy went up. Nobody here can see it.", "Annie Kilabuk"],
      ["the full subsidy", "The North West Company"],
      ["reviewing the findings", "A spokesperson for Crown-Indigenous Relations and Northern Affairs Canada"],
      ["You plan your whole year in July,", "Annie Kilabuk"],
      ["We have children going to school hungry in a capital city,", "Joanasie Akesuk"],
      ["If the subsidy is working, show us the numbers store by store.", "Joanasie Akesuk"],
      [
        "This isn’t a complaint about one store or one company. It’s " +
          "about whether Ottawa knows where its money actually goes.",
        "Joanasie Akesuk",
      ],
    ],
  },
  {
    name:
      "Kalgoorlie Miner, business: a headline fragment in single marks by a managing " +
      "director named only in the body, Name said after the quote then a verbless " +
      "second, an ASX announcement by the company with a partial, an analyst's " +
      "partial, an inverted said Mayor Name, a union organiser said, Mr Surname then " +
      "a standalone paragraph, a pit's name in marks",
    headline: "‘Right ounces, right time’: Boulder Ridge buys Kambalda gold project for $240m",
    paragraphs: [
      "Kalgoorlie-based gold producer Boulder Ridge Resources will buy the " +
        "Red Hill gold project near Kambalda from Canadian-listed Tarnwood " +
        "Minerals for $240 million in cash and shares.",
      "“These are the right ounces at the right time, in the right " +
        "postcode,” Boulder Ridge managing director Craig Devlin said. “We " +
        "can truck ore to our Kalgoorlie mill in under an hour.”",
      "Mr Devlin said the company expected to begin mining at Red Hill by late 2027, with " +
        "ore processed at its mill a few kilometres from the “Super Pit”.",
      "In its announcement to the ASX, Boulder Ridge said the acquisition would lift its " +
        "annual output to “more than 200,000 ounces” within three years.",
      "Euroz Hartleys analyst Priya Raman said the price was “full but " +
        "defensible” with the gold price above $6000 an ounce.",
      "“Every job that’s based here in Kalgoorlie rather than fly-in, fly-out is a win " +
        "for this town,” said City of Kalgoorlie-Boulder Mayor Tracey Lindqvist.",
      "The Australian Workers’ Union said it would seek assurances for " +
        "Tarnwood’s 40 staff at the site. “Workers found out from a " +
        "press release,” AWU organiser Dean Kowalski said.",
      "Asked about the Tarnwood workers, Mr Devlin said all would be offered roles.",
      "“We need every experienced hand we can get in the Goldfields " +
        "right now. Nobody is losing a job over this deal.”",
    ],
    quotes: [
      ["Right ounces, right time", "Craig Devlin"],
      ["These are the right ounces at the right time, in the right postcode,", "Craig Devlin"],
      ["We can truck ore to our Kalgoorlie mill in under an hour.", "Craig Devlin"],
      ["more than 200,000 ounces", "Boulder Ridge Resources"],
      ["full but defensible", "Priya Raman"],
      [
        "Every job that’s based here in Kalgoorlie rather than fly-in, fly-out is a win for this town,",
        "Tracey Lindqvist",
      ],
      ["Workers found out from a press release,", "Dean Kowalski"],
      [
        "We need every experienced hand we can get in the Goldfields " +
          "right now. Nobody is losing a job over this deal.",
        "Craig Devlin",
      ],
    ],
  },
  {
    name:
      "Greymouth Star, weather: straight quotes, a term in marks, a meteorologist then " +
      "she said, the transport agency as the agency with a partial, an inverted said " +
      "Mayor Name, a surname's partial, a resident introduced with a colon, her " +
      "brother-in-law with the same surname, a Fire and Emergency spokesperson then the " +
      "spokesperson said, Surname said then a standalone paragraph",
    todo:
      "«until it is safe for crews to assess the slop…» goes to Buller, not NZ Transport Agency " +
      "Waka Kotahi; «atmospheric river» taken for a quote",
    headline: "Red warning as Buller braces for 350mm; SH6 shut by slip",
    paragraphs: [
      "A red heavy rain warning remains in place for Buller and the Grey District " +
        "until midday tomorrow, with MetService forecasting up to 350mm in the ranges " +
        'from the third "atmospheric river" to hit the coast this year.',
      "MetService meteorologist Hayley Pennington said the worst of the rain was " +
        "expected overnight. \"This is a long-duration event. It's not the peak rates " +
        "that worry us so much as the fact it just doesn't stop,\" she said.",
      "NZ Transport Agency Waka Kotahi closed State Highway 6 through the Buller Gorge " +
        'at 4pm after a slip near Lyell. The agency said the road would stay shut "until ' +
        'it is safe for crews to assess the slope in daylight".',
      '"We are not telling anyone to evacuate yet, but if you were flooded in 2021, have a ' +
        "bag packed and know where you're going,\" said Buller Mayor Warren Kearney.",
      "Kearney said the Civil Defence centre at the NBS Theatre in " +
        'Westport would open at 6pm "as a precaution".',
      "In Brougham St, Kelly Tauwhare was carrying her furniture " +
        "upstairs for the second time in four years: \"You don't sleep on " +
        'nights like this. You just listen to the river."',
      "Her brother-in-law, Grey Valley dairy farmer Mike Tauwhare, had moved 400 cows to " +
        'higher ground by lunchtime. "The girls know the drill by now," he said.',
      "A Fire and Emergency NZ spokesperson said crews had pumped out two homes in " +
        "Cobden and rescued a motorist whose car stalled in floodwater near Runanga. " +
        '"He was very lucky and very wet," the spokesperson said.',
      "Pennington said a second, smaller front would arrive on Thursday.",
      '"People shouldn\'t take the break on Wednesday as the all-clear."',
    ],
    quotes: [
      [
        "This is a long-duration event. It's not the peak rates that " +
          "worry us so much as the fact it just doesn't stop,",
        "Hayley Pennington",
      ],
      ["until it is safe for crews to assess the slope in daylight", "NZ Transport Agency Waka Kotahi"],
      [
        "We are not telling anyone to evacuate yet, but if you were flooded " +
          "in 2021, have a bag packed and know where you're going,",
        "Warren Kearney",
      ],
      ["as a precaution", "Warren Kearney"],
      ["You don't sleep on nights like this. You just listen to the river.", "Kelly Tauwhare"],
      ["The girls know the drill by now,", "Mike Tauwhare"],
      ["He was very lucky and very wet,", "A Fire and Emergency NZ spokesperson"],
      ["People shouldn't take the break on Wednesday as the all-clear.", "Hayley Pennington"],
    ],
  },
  {
    name:
      "The Assam Tribune, science: straight quotes, a dateline with a colon, a " +
      "paper states after a partial, Dr Name told the paper then he said, two " +
      "researchers sharing a surname, according to Dr Name with a partial, " +
      "cautioned with a partial, an executive member with a role and a partial, a " +
      "villager with a colon after a place, a nickname in marks",
    todo:
      "«We have seen these lizards on our walls all o…» goes to a villager, not a villager who " +
      "guided the team",
    headline: "New bent-toed gecko species found in Dima Hasao limestone hills",
    paragraphs: [
      "GUWAHATI, Dec 5: A team of researchers from Gauhati University and the " +
        "Zoological Survey of India (ZSI) has described a new species of bent-toed " +
        "gecko from the limestone hills of Dima Hasao district, naming it " +
        "Cyrtodactylus haflongensis after the town of Haflong.",
      'The species is distinguished by "a unique pattern of eight to nine dark ' +
        'bands on the tail and enlarged femoral scales", the paper, published in ' +
        "the latest issue of the journal Zootaxa, states.",
      "Lead author Dr Pranjal Borah, assistant professor of zoology at Gauhati University, told " +
        'The Assam Tribune that the gecko was first spotted during a night survey in 2023. "We ' +
        "initially thought it was a known species from Meghalaya. Only after DNA analysis did we " +
        'realise we were looking at something entirely new," he said.',
      "Co-author Dr Nilakshi Borah of the ZSI's regional centre in Shillong, who is not related " +
        "to him, said the find showed how little of the region's reptile fauna had been documented. " +
        '"Dima Hasao alone could hold a dozen undescribed reptiles," she said.',
      "According to Dr Nilakshi Borah, the gecko may be " +
        '"restricted to fewer than five square kilometres".',
      "Dr Pranjal Borah cautioned that limestone quarrying posed a " +
        '"serious and immediate threat" to its habitat.',
      "Dima Hasao Autonomous Council executive member (Forest) Joyram " +
        'Hojai said the council would "consider all options, including ' +
        'declaring the hills a biodiversity heritage site".',
      'In Jatinga, near Haflong, the hill town often called the "Switzerland of the ' +
        'East", a villager who guided the team said: "We have seen these lizards on ' +
        'our walls all our lives. We never knew they had no name."',
    ],
    quotes: [
      ["a unique pattern of eight to nine dark bands on the tail and enlarged femoral scales", "the paper"],
      [
        "We initially thought it was a known species from Meghalaya. Only after DNA " +
          "analysis did we realise we were looking at something entirely new,",
        "Pranjal Borah",
      ],
      ["Dima Hasao alone could hold a dozen undescribed reptiles,", "Nilakshi Borah"],
      ["restricted to fewer than five square kilometres", "Nilakshi Borah"],
      ["serious and immediate threat", "Pranjal Borah"],
      ["consider all options, including declaring the hills a biodiversity heritage site", "Joyram Hojai"],
      [
        "We have seen these lizards on our walls all our lives. We never knew they had no name.",
        "a villager who guided the team",
      ],
    ],
  },
  {
    name:
      "Lesotho Times, courts: an en-dash dateline, Advocate Name for the accused with a " +
      "partial then Adv Surname said, Crown counsel countered with a colon, Justice Name " +
      "with a partial then the judge said, a directorate in a statement by its acronym, a " +
      "programme's name in marks, a taxi operator with a colon",
    headline: "Ex-minister’s fraud trial postponed for fourth time",
    paragraphs: [
      "MASERU – The fraud trial of former Public Works minister Teboho Mokhethi " +
        "was yesterday postponed for the fourth time after his lawyer told the High " +
        "Court he had not been given copies of key bank records.",
      "Mr Mokhethi, 58, is accused of steering a M14 million road resurfacing " +
        "tender in Mafeteng to a company linked to his nephew in 2022, under the " +
        "government’s “Roads for Prosperity” programme.",
      "Advocate Rethabile Letsie, for Mr Mokhethi, said the Directorate on Corruption " +
        "and Economic Offences (DCEO) had “sat on” the records for more than a year. " +
        "“My client has waited three years to clear his name. He cannot be asked to " +
        "defend himself with half the file,” Adv Letsie said.",
      "Crown counsel Mpho Ramakoae countered: “The defence has had every document it " +
        "asked for in writing. This is another attempt to run down the clock.”",
      "Justice Lisebo Mathaba said the court was “running out of patience " +
        "with both sides”. “This matter was first on my roll in 2024. The " +
        "public is entitled to see it finished,” the judge said.",
      "In a statement after the hearing, the DCEO said it had “complied fully with " +
        "every disclosure order” and would file an affidavit to that effect.",
      "Outside court, a Mafeteng taxi operator who had travelled to Maseru for the hearing said: " +
        "“We drive on those roads every day. We want to know where the money went.”",
      "The trial was postponed to 17 February.",
    ],
    quotes: [
      ["sat on", "Rethabile Letsie"],
      [
        "My client has waited three years to clear his name. He cannot " +
          "be asked to defend himself with half the file,",
        "Rethabile Letsie",
      ],
      [
        "The defence has had every document it asked for in writing. " +
          "This is another attempt to run down the clock.",
        "Mpho Ramakoae",
      ],
      ["running out of patience with both sides", "Lisebo Mathaba"],
      [
        "This matter was first on my roll in 2024. The public is entitled to see it finished,",
        "Lisebo Mathaba",
      ],
      ["complied fully with every disclosure order", "the Directorate on Corruption and Economic Offences"],
      [
        "We drive on those roads every day. We want to know where the money went.",
        "a Mafeteng taxi operator",
      ],
    ],
  },
  {
    name:
      "Cayman Compass, health: a campaign slogan in marks, an inverted said chief " +
      "executive Dr Name then a verbless second, a minister's partial then the " +
      "minister said, a wife and husband sharing a surname, a society in a " +
      "statement with a partial, an unnamed nurse with a partial",
    headline: "HSA to open after-hours clinic in Bodden Town",
    paragraphs: [
      "The Health Services Authority will open an after-hours urgent care clinic in Bodden " +
        "Town in March, in a bid to ease waiting times at the Cayman Islands Hospital emergency " +
        "room, which have reached an average of five hours on weekend nights.",
      "“Roughly six in 10 people who come to our emergency department on a Saturday night do " +
        "not need an emergency department,” said HSA chief executive Dr Andrea Solomon. “They " +
        "need a doctor, and right now we are the only door that’s open.”",
      "Solomon said the clinic, in the Bodden Town Civic Centre, would be staffed by " +
        "two doctors and a nurse from 5pm to midnight. The HSA is also launching a " +
        "“Right care, right place” campaign on radio and social media.",
      "Health Minister Kenrick Whittaker described the clinic as “long " +
        "overdue” for the eastern districts. “Residents of East End and North " +
        "Side should not have to drive 40 minutes to George Town with a feverish " +
        "child at 11 o’clock at night,” the minister said.",
      "Bodden Town resident Shirley Ebanks, whose husband Clifford has heart " +
        "failure, welcomed the news. “We have spent more nights in that waiting room " +
        "than in our own bed this year,” she said. Clifford Ebanks said he had “no " +
        "complaints about the nurses, only about the clock”.",
      "The Cayman Islands Medical and Dental Society said in a statement that it " +
        "“welcomes any move to take pressure off the emergency room”, but warned that " +
        "staffing the clinic could draw doctors from existing services.",
      "One emergency room nurse, who asked not to be named, said staff " +
        "had been “running on fumes” since the summer.",
    ],
    quotes: [
      [
        "Roughly six in 10 people who come to our emergency department on a " +
          "Saturday night do not need an emergency department,",
        "Andrea Solomon",
      ],
      ["They need a doctor, and right now we are the only door that’s open.", "Andrea Solomon"],
      ["long overdue", "Kenrick Whittaker"],
      [
        "Residents of East End and North Side should not have to drive 40 minutes to " +
          "George Town with a feverish child at 11 o’clock at night,",
        "Kenrick Whittaker",
      ],
      ["We have spent more nights in that waiting room than in our own bed this year,", "Shirley Ebanks"],
      ["no complaints about the nurses, only about the clock", "Clifford Ebanks"],
      [
        "welcomes any move to take pressure off the emergency room",
        "The Cayman Islands Medical and Dental Society",
      ],
      ["running on fumes", "One emergency room nurse"],
    ],
  },
  {
    name:
      "Korea JoongAng Daily, sport: straight quotes, Korean surname-first names, a " +
      "standfirst fragment, a nickname in marks, Surname, age, said, two Parks " +
      "unrelated, the catcher said, a manager's partial with the period inside, the " +
      "club in a statement, a fan with a colon, a quote split by he said",
    todo: "«only the fourth player in franchise history t…» goes to The club, not LG Twins",
    headline: "LG Twins closer Park Jin-woo retires after 16 seasons",
    standfirst: 'Veteran right-hander says he wanted to go "while I can still throw 145"',
    paragraphs: [
      'LG Twins closer Park Jin-woo, nicknamed "Ice Man" by fans, announced ' +
        "his retirement on Thursday, ending a 16-season career in which he " +
        "recorded 312 saves, the third-most in KBO history.",
      "\"I wanted to leave while I can still throw 145. I didn't want fans to " +
        'remember me getting booed at Jamsil," Park, 38, said at a press conference ' +
        "at Jamsil Baseball Stadium in Songpa District, southern Seoul.",
      "Park said he made the decision after the Twins were knocked out of the " +
        'semi-playoffs in October. "My arm felt fine. My head was the problem," he said.',
      "Catcher Park Sung-min, who caught him for nine seasons and is no " +
        'relation, fought back tears as he handed over a bouquet. "He never once ' +
        'shook me off in a big game. Not once," the catcher said.',
      'Twins manager Cho Han-sol called Park "the calmest man I have ever seen on a mound."',
      "The club said in a statement that it would retire Park's No. 47 jersey, making him " +
        '"only the fourth player in franchise history to receive the honor."',
      "A fan who had waited outside the stadium since morning said: \"I've been coming " +
        "here since I was in middle school. He's the reason I still come.\"",
      "Park Jin-woo said he plans to study coaching in the United States next year. \"I'll " +
        'be back in Jamsil one day," he said, "just in a different uniform."',
    ],
    quotes: [
      ["while I can still throw 145", "Park Jin-woo"],
      [
        "I wanted to leave while I can still throw 145. I didn't want " +
          "fans to remember me getting booed at Jamsil,",
        "Park Jin-woo",
      ],
      ["My arm felt fine. My head was the problem,", "Park Jin-woo"],
      ["He never once shook me off in a big game. Not once,", "Park Sung-min"],
      ["the calmest man I have ever seen on a mound.", "Cho Han-sol"],
      ["only the fourth player in franchise history to receive the honor.", "LG Twins"],
      ["I've been coming here since I was in middle school. He's the reason I still come.", "A fan"],
      ["I'll be back in Jamsil one day,", "Park Jin-woo"],
      ["just in a different uniform.", "Park Jin-woo"],
    ],
  },
]);
