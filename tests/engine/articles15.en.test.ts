// A fifteenth round of composed English news articles, in the styles of outlets and beats the first
// fourteen rounds did not use: The Charlotte Observer on a South End rezoning vote, the Deccan Herald in
// the Karnataka High Court, The Courier (Dundee) after a Premiership match at Tannadice, The Business
// Times (Singapore) on an offshore marine group's results, New Vision (Uganda) on mpox vaccination in
// Kampala, The Bookseller on a fiction prize shortlist, Cosmos on a Cretaceous crocodyliform from Winton,
// The Philippine Star on a landslide in Benguet, Tes on the end of tutoring funding and the Jamaica
// Observer on a murder charge in St Catherine. Every article was written for these tests, before the
// engine was run on them. Expected speakers follow the corpus guidelines: the fullest name the article
// gives, a body or a document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Charlotte Observer, local politics: said before a council member with her " +
      "district, a sticker slogan, a resident with told the council and a partial " +
      "quote, the company in a statement after the developer named in apposition, a " +
      "surname after the quote, a director then he twice",
    todo:
      "“the company said” goes to the last capitalised name (a city fund) instead of the " +
      "developer named in apposition before it",
    headline: "Charlotte City Council approves South End tower despite neighbors’ traffic " + "worries",
    paragraphs: [
      "The Charlotte City Council voted 8-3 on Monday night to rezone a 4-acre parcel " +
        "on South Boulevard for a 32-story mixed-use tower, over objections from " +
        "residents of the nearby Dilworth neighborhood.",
      "“This is exactly the kind of density we said we wanted along the Blue Line,” " +
        "said council member Renee Whitfield, who represents District 1. “If we can’t " +
        "build it here, we can’t build it anywhere.”",
      "Opponents packed the chamber wearing green stickers that read “Slow Down South " +
        "End.” Dilworth resident Howard Pike, 71, told the council that East Boulevard " +
        "was already “a parking lot from four to seven.”",
      "The developer, Atlanta-based Crestline Partners, agreed to contribute $1.2 " +
        "million to the city’s Housing Trust Fund and to set aside 10% of the 410 " +
        "apartments for households earning 80% of the area median income. In a " +
        "statement after the vote, the company said it was “grateful for the council’s " +
        "confidence” and expected to break ground next fall.",
      "Council member Tariq Lowery, one of the three no votes, said the set-aside was " +
        "too small. “Eighty percent of AMI is not affordable to a teacher with two " +
        "kids,” Lowery said.",
      "Planning director Marcus Ebron said city staff would study signal timing on " +
        "East Boulevard before the tower opens. “We hear the concerns,” he said. “We’re " +
        "not going to pretend a building this size adds zero cars.”",
      "Construction is expected to take about three years.",
    ],
    quotes: [
      ["This is exactly the kind of density we said we wanted along the Blue Line,", "Renee Whitfield"],
      ["If we can’t build it here, we can’t build it anywhere.", "Renee Whitfield"],
      ["a parking lot from four to seven.", "Howard Pike"],
      ["grateful for the council’s confidence", "Crestline Partners"],
      ["Eighty percent of AMI is not affordable to a teacher with two kids,", "Tariq Lowery"],
      ["We hear the concerns,", "Marcus Ebron"],
      ["We’re not going to pretend a building this size adds zero cars.", "Marcus Ebron"],
    ],
  },
  {
    name:
      "Deccan Herald, courts: straight quotes, a headline quote repeated in the body, " +
      "a judge split by observed, an advocate with she argued, counsel with he " +
      "submitted, the order said, a scare-quoted term, a convener with a partial " +
      "quote then he said",
    headline: "HC raps BBMP over Varthur lake encroachments: 'Officials cannot sit on " + "complaints'",
    paragraphs: [
      "BENGALURU: The Karnataka High Court on Thursday pulled up the Bruhat Bengaluru " +
        "Mahanagara Palike (BBMP) for failing to act on encroachments around Varthur " +
        "lake for more than six years.",
      '"Officials cannot sit on complaints," Justice S R Kulkarni observed, "and then ' +
        'plead that they do not have the staff to survey a lake."',
      "The judge was hearing a public interest petition filed by the Varthur Lake " +
        "Residents' Forum, which alleged that at least 11 acres of the lake bed had " +
        'been filled with construction debris and sold as so-called "revenue sites".',
      "Appearing for the petitioners, advocate Meghana Iyer said the BBMP had been " +
        'served notice four times. "Every time, the answer is that a survey is under ' +
        'way. The lake is shrinking while the survey is under way," she argued.',
      "Counsel for the civic body, Raghavendra Hegde, told the court that a joint " +
        "survey with the revenue department had been completed in two of the six survey " +
        'numbers. The remaining work would be finished "within eight weeks", he ' +
        "submitted.",
      "The court directed the BBMP chief commissioner to file an affidavit by March " +
        '12. "If the affidavit is not filed, the chief commissioner shall appear in ' +
        'person," the order said.',
      "Outside the court, forum convener T Narayanaswamy said residents had been " +
        '"running from office to office since 2018". "Today, for the first time, ' +
        'someone asked the BBMP a question it could not avoid," he said.',
    ],
    quotes: [
      ["Officials cannot sit on complaints,", "S R Kulkarni"],
      ["and then plead that they do not have the staff to survey a lake.", "S R Kulkarni"],
      [
        "Every time, the answer is that a survey is under way. The lake is shrinking " +
          "while the survey is under way,",
        "Meghana Iyer",
      ],
      ["within eight weeks", "Raghavendra Hegde"],
      ["If the affidavit is not filed, the chief commissioner shall appear in person,", "the order"],
      ["running from office to office since 2018", "T Narayanaswamy"],
      [
        "Today, for the first time, someone asked the BBMP a question it could not " + "avoid,",
        "T Narayanaswamy",
      ],
    ],
  },
  {
    name:
      "The Courier, football: a one-word partial quote in the headline, a standfirst " +
      "partial quote repeated in the body, he said twice, added with a colon, the " +
      "23-year-old after the quote with a dash inside, said before a surname",
    headline: "Dundee United boss hails ‘outstanding’ Kerr after late winner sinks St " + "Johnstone",
    standfirst: "Gary Lennox says his side ‘showed real character’ after falling behind at " + "Tannadice",
    paragraphs: [
      "Jamie Kerr’s 88th-minute header gave Dundee United a 2-1 win over St Johnstone " +
        "at Tannadice on Saturday and lifted them into the Premiership’s top six.",
      "The visitors led through Callum Reid’s first-half penalty, but substitute Ali " +
        "Mensah levelled just after the hour before Kerr rose highest to meet Declan " +
        "Farrell’s corner.",
      "United manager Gary Lennox said his players “showed real character” after a " +
        "flat first half. “I told them at half-time they were playing like a team " +
        "waiting for something to happen,” he said. “They went out and made it happen.”",
      "On Kerr, who has scored four goals in his last five games, Lennox added: “He’s " +
        "been outstanding. He works harder than anyone on the training pitch and he " +
        "deserves every headline he gets.”",
      "Kerr himself played down his contribution. “It’s Declan’s delivery – I just " +
        "had to get my head on it,” the 23-year-old said.",
      "St Johnstone boss Neil Petrie felt his side should have had a second penalty " +
        "when Reid went down under a challenge from Mensah in the 70th minute. “That’s " +
        "a stonewall penalty and everybody in the ground saw it except the one man who " +
        "matters,” said Petrie.",
      "United travel to Pittodrie next weekend, while Saints host Ross County.",
    ],
    quotes: [
      ["outstanding", "Gary Lennox"],
      ["showed real character", "Gary Lennox"],
      [
        "I told them at half-time they were playing like a team waiting for something " + "to happen,",
        "Gary Lennox",
      ],
      ["They went out and made it happen.", "Gary Lennox"],
      [
        "He’s been outstanding. He works harder than anyone on the training pitch and " +
          "he deserves every headline he gets.",
        "Gary Lennox",
      ],
      ["It’s Declan’s delivery – I just had to get my head on it,", "Jamie Kerr"],
      [
        "That’s a stonewall penalty and everybody in the ground saw it except the one " + "man who matters,",
        "Neil Petrie",
      ],
    ],
  },
  {
    name:
      "The Business Times, business: the group said after a filing, a chief executive " +
      "with told The Business Times then he, an analyst with a partial quote and a " +
      "rating term in marks, she wrote in a note, an unnamed fund manager with a " +
      "colon",
    todo:
      "“the group said” is given as the description instead of the company named just " +
      "before, and the unnamed fund manager keeps the capital of “A Singapore-based …” " +
      "opening the sentence",
    headline: "Kestrel Marine’s H1 profit falls 38% on weaker charter rates",
    paragraphs: [
      "KESTREL Marine Holdings posted a 38 per cent drop in net profit for the first " +
        "half ended June to S$24.6 million, as charter rates for its offshore support " +
        "vessels eased from last year’s highs.",
      "Revenue slipped 12 per cent to S$188.3 million, the mainboard-listed company " +
        "said in a bourse filing on Tuesday (Aug 12). “The offshore market remains " +
        "fundamentally tight, but rates have come off the peak and some customers have " +
        "deferred projects into next year,” the group said.",
      "Chief executive Lim Wei Jie told The Business Times that the group would not " +
        "chase utilisation at any price. “We would rather keep two vessels idle for a " +
        "quarter than lock them into three-year charters at rates that don’t cover our " +
        "costs,” he said.",
      "He said the group was in talks to sell two older anchor-handling tugs and " +
        "would use the proceeds to pay down debt. Net gearing stood at 0.46 times as at " +
        "end-June.",
      "The board declared an interim dividend of 0.8 cent per share, down from 1.2 " +
        "cents a year earlier.",
      "Maybank Securities analyst Nur Syafiqah Rahman said the results were “slightly " +
        "below expectations” but kept her “buy” rating on the stock. “Rates are " +
        "normalising, not collapsing. We think the market is overreacting to one soft " +
        "half,” she wrote in a note.",
      "A Singapore-based fund manager who holds the stock was less sanguine: “The " +
        "fleet is ageing and the capex bill is coming. Dividends won’t survive that.”",
      "Shares of Kestrel closed 3.1 per cent lower at S$0.935 on Tuesday.",
    ],
    quotes: [
      [
        "The offshore market remains fundamentally tight, but rates have come off the " +
          "peak and some customers have deferred projects into next year,",
        "Kestrel Marine Holdings",
      ],
      [
        "We would rather keep two vessels idle for a quarter than lock them into " +
          "three-year charters at rates that don’t cover our costs,",
        "Lim Wei Jie",
      ],
      ["slightly below expectations", "Nur Syafiqah Rahman"],
      [
        "Rates are normalising, not collapsing. We think the market is overreacting to " + "one soft half,",
        "Nur Syafiqah Rahman",
      ],
      [
        "The fleet is ageing and the capex bill is coming. Dividends won’t survive " + "that.",
        "A Singapore-based fund manager",
      ],
    ],
  },
  {
    name:
      "New Vision, health: Dr before a name in apposition then the surname, she with " +
      "a partial quote, an authority named with its acronym in a statement, said " +
      "before a surname with an age, an epidemiologist then said before the surname, " +
      "a campaign slogan",
    headline: "Mpox: Kampala starts vaccinating health workers",
    paragraphs: [
      "The Ministry of Health has started vaccinating frontline health workers and " +
        "other high-risk groups against mpox in Kampala and Wakiso, as the number of " +
        "confirmed cases in the country rose to 1,214.",
      "Speaking at the launch at Kiswa Health Centre III in Bugolobi on Monday, the " +
        "ministry’s commissioner for disease control, Dr Ruth Nakanwagi, said the first " +
        "10,000 doses would go to the people most at risk. “We are not going to " +
        "vaccinate everybody, and we do not need to,” Nakanwagi said. “We are going " +
        "where the virus is.”",
      "She urged anyone with a rash and fever to report to the nearest health " +
        "facility instead of “hiding at home and treating yourself with herbs”.",
      "The Kampala Capital City Authority (KCCA) has set up isolation points at four " +
        "health centres. In a statement, KCCA said the city was “ready to trace every " +
        "contact, however long it takes”.",
      "Among the first to receive the jab was Sarah Atim, a nurse at Kiswa. “At the " +
        "beginning we were scared, because we were touching patients without knowing " +
        "what we were dealing with,” said Atim, 34. “Now I feel protected.”",
      "Dr Moses Ssekandi, an epidemiologist at Makerere University School of Public " +
        "Health, said stigma remained the biggest obstacle. “Stigma is doing more " +
        "damage than the virus,” said Ssekandi. “If people think the clinic will shame " +
        "them, they will not come.”",
      "The ministry is running radio adverts in Luganda and English under the message " +
        "“Mpox is real, seek care early”.",
    ],
    quotes: [
      ["We are not going to vaccinate everybody, and we do not need to,", "Ruth Nakanwagi"],
      ["We are going where the virus is.", "Ruth Nakanwagi"],
      ["hiding at home and treating yourself with herbs", "Ruth Nakanwagi"],
      ["ready to trace every contact, however long it takes", "The Kampala Capital City Authority"],
      [
        "At the beginning we were scared, because we were touching patients without " +
          "knowing what we were dealing with,",
        "Sarah Atim",
      ],
      ["Now I feel protected.", "Sarah Atim"],
      ["Stigma is doing more damage than the virus,", "Moses Ssekandi"],
      ["If people think the clinic will shame them, they will not come.", "Moses Ssekandi"],
    ],
  },
  {
    name:
      "The Bookseller, culture: book titles in marks, a chair of judges in apposition " +
      "then she said twice, told The Bookseller with a partial quote then he said, a " +
      "publisher described a novel as, the sponsor in a statement",
    todo: "“X described Y’s novel as …” goes to the imprint name before X",
    headline: "Debuts take four of six places on Ashburton Prize shortlist",
    paragraphs: [
      "Four debut novels have made the six-strong shortlist for the £30,000 Ashburton " +
        "Prize for Fiction, the most in the award’s 19-year history.",
      "They include Tomi Adeyemi-Clarke’s “The Salt Houses” (Fig Tree), a " +
        "multigenerational story set in Grimsby’s fishing community, and Ruairí " +
        "Quigley’s “Small Hours in Tralee” (Faber).",
      "Chair of judges Helen Marchbanks, a novelist and former bookseller, said the " +
        "panel had not set out to reward first-timers. “We read 162 books blind to the " +
        "authors’ biographies, and when we looked up from the pile, four of our six " +
        "were debuts,” she said. “That tells you something about the risks publishers " +
        "are taking right now.”",
      "Quigley, whose novel was turned down by 14 agents before finding a home at " +
        "Faber, told The Bookseller the news was “completely surreal”. “I wrote most of " +
        "it on my phone on the bus to work,” he said.",
      "Fig Tree publisher Juliet Amadi described Adeyemi-Clarke’s novel as “the book " +
        "I’d been waiting ten years to acquire”.",
      "The prize’s sponsor, the Ashburton Trust, said in a statement that the " +
        "shortlist showed “fiction in this country is in rude health, whatever the " +
        "sales figures say”.",
      "The winner will be announced at the British Library on 24 June. Last year’s " +
        "prize went to “The Quiet Machine” by Priya Sandhu.",
    ],
    quotes: [
      [
        "We read 162 books blind to the authors’ biographies, and when we looked up " +
          "from the pile, four of our six were debuts,",
        "Helen Marchbanks",
      ],
      ["That tells you something about the risks publishers are taking right now.", "Helen Marchbanks"],
      ["completely surreal", "Ruairí Quigley"],
      ["I wrote most of it on my phone on the bus to work,", "Ruairí Quigley"],
      ["the book I’d been waiting ten years to acquire", "Juliet Amadi"],
      ["fiction in this country is in rude health, whatever the sales figures say", "the Ashburton Trust"],
    ],
  },
  {
    name:
      "Cosmos, science: a headline partial quote repeated in the body, says in the " +
      "present tense with the lead author after the quote, she says inside a " +
      "sentence, the surname says, the paper notes, an outside expert then he says",
    headline: "Cretaceous croc from outback Queensland had ‘a bite like a bolt cutter’",
    paragraphs: [
      "A 95-million-year-old crocodyliform unearthed near Winton in central-western " +
        "Queensland could crack turtle shells with ease, according to a study published " +
        "today.",
      "The animal, named Wintonosuchus durhami, was described from a near-complete " +
        "skull found by a volunteer at the Australian Age of Dinosaurs Museum in 2019.",
      "“When we first prepared the jaw, we could see these blunt, rounded teeth at " +
        "the back that just don’t make sense for an animal eating fish,” says lead " +
        "author Dr Alana Whitcombe, a palaeontologist at the University of Queensland.",
      "Whitcombe and her colleagues used CT scans and computer models to estimate " +
        "bite force. The animal, she says, had “a bite like a bolt cutter” – strong " +
        "enough to crack a shell 4cm thick.",
      "“It’s a specialist,” Whitcombe says. “Winton was a floodplain full of turtles, " +
        "and this thing found a niche eating them.”",
      "The paper notes that the skull shows “no evidence of the long, narrow snout " +
        "typical of fish-eating crocodyliforms”.",
      "Associate Professor Matt Gorecki, a vertebrate palaeontologist at Flinders " +
        "University who was not involved in the research, says the find adds to a " +
        "growing picture of Cretaceous Australia. “People think of Winton as dinosaur " +
        "country, but the crocs were just as interesting,” he says.",
    ],
    quotes: [
      ["a bite like a bolt cutter", "Alana Whitcombe"],
      [
        "When we first prepared the jaw, we could see these blunt, rounded teeth at the " +
          "back that just don’t make sense for an animal eating fish,",
        "Alana Whitcombe",
      ],
      ["It’s a specialist,", "Alana Whitcombe"],
      [
        "Winton was a floodplain full of turtles, and this thing found a niche eating " + "them.",
        "Alana Whitcombe",
      ],
      ["no evidence of the long, narrow snout typical of fish-eating crocodyliforms", "The paper"],
      [
        "People think of Winton as dinosaur country, but the crocs were just as " + "interesting,",
        "Matt Gorecki",
      ],
    ],
  },
  {
    name:
      "The Philippine Star, landslide: a local term in marks, an office head with " +
      "told The STAR, added after a two-sentence quote, a barangay captain with a " +
      "nested quote, a bureau in an advisory, a weather specialist after the quote, a " +
      "governor with a partial quote after saying",
    headline: "Landslide buries 6 houses in Benguet; 3 dead, 5 missing",
    paragraphs: [
      "BAGUIO CITY, Philippines — Three people were killed and five others remain " +
        "missing after a landslide buried six houses in Barangay Balili, Mankayan, " +
        "Benguet early Wednesday, following days of heavy rain brought by the southwest " +
        "monsoon or “habagat.”",
      "Mankayan municipal disaster risk reduction and management officer Roland " +
        "Bagtang said the slope gave way at around 3:40 a.m. while residents were " +
        "asleep. “We heard a loud rumbling, like thunder that didn’t stop, and then the " +
        "lights went out,” Bagtang told The STAR by phone.",
      "Rescuers from the Bureau of Fire Protection, the Philippine Army and volunteer " +
        "miners were digging by hand because heavy equipment could not reach the site. " +
        "“The soil is still moving. We cannot risk sending a backhoe up there,” Bagtang " +
        "added.",
      "Barangay captain Elena Dulnuan said residents had been told to evacuate on " +
        "Tuesday afternoon, but some families returned to guard their belongings. “They " +
        "told me, ‘Kapitan, we will just get our things and come back,’” she said.",
      "The Mines and Geosciences Bureau-Cordillera said in an advisory that the area " +
        "was rated “highly susceptible” to landslides and had been recommended for " +
        "relocation as early as 2019.",
      "PAGASA said the monsoon would keep bringing moderate to heavy rain over the " +
        "Cordillera until the weekend. “Residents in mountainous areas should stay " +
        "alert for landslides even after the rain stops,” weather specialist Jun Galang " +
        "said.",
      "Benguet Gov. Arturo Palangdan placed the town under a state of calamity on " +
        "Wednesday afternoon, saying the province “will not let Mankayan carry this " +
        "alone.”",
    ],
    quotes: [
      [
        "We heard a loud rumbling, like thunder that didn’t stop, and then the lights " + "went out,",
        "Roland Bagtang",
      ],
      ["The soil is still moving. We cannot risk sending a backhoe up there,", "Roland Bagtang"],
      ["They told me, ‘Kapitan, we will just get our things and come back,’", "Elena Dulnuan"],
      ["highly susceptible", "The Mines and Geosciences Bureau-Cordillera"],
      [
        "Residents in mountainous areas should stay alert for landslides even after the " + "rain stops,",
        "Jun Galang",
      ],
      ["will not let Mankayan carry this alone.", "Arturo Palangdan"],
    ],
  },
  {
    name:
      "Tes, education: a headline partial quote repeated in the body, a programme " +
      "banner in marks, a union official in apposition then she said twice, a DfE " +
      "spokesperson after the quote, a headteacher then he and Mr before the surname, " +
      "a think tank’s report with a partial quote",
    headline: "Heads warn of ‘cliff edge’ as tutoring funding runs out",
    paragraphs: [
      "School leaders have warned that thousands of disadvantaged pupils will lose " +
        "small-group support this summer, when the last ring-fenced funding for the " +
        "National Tutoring Programme, launched in 2020 under the banner “Catch Up, Keep " +
        "Up”, runs out.",
      "A survey of 1,120 headteachers by the school leaders’ union NAHT found that 71 " +
        "per cent expected to cut or scrap tutoring from September. Rebecca Thorne, the " +
        "union’s deputy general secretary, described the end of the funding as a “cliff " +
        "edge” for pupils who were still catching up.",
      "“Schools were told tutoring was here to stay,” she said. “Now they are being " +
        "asked to fund it from budgets that are already at breaking point.”",
      "The Department for Education said schools could continue to use pupil premium " +
        "funding for tutoring. “We have invested nearly £1 billion in tutoring since " +
        "2020, and it is now embedded in the way many schools work,” a DfE spokesperson " +
        "said.",
      "At Brackenfield Academy in Rotherham, headteacher Imran Qureshi has already " +
        "told 40 Year 10 pupils that their weekly maths sessions will end in July. " +
        "“Some of those kids have gone up two grades,” he said. “I have to look their " +
        "parents in the eye and explain why it’s stopping.”",
      "Mr Qureshi said the school had considered asking parents to contribute but " +
        "decided against it. “The families who need it most are the ones who can least " +
        "afford it. That’s the whole point,” he said.",
      "A report by the Education Policy Institute, published last month, found that " +
        "pupils who received at least 12 hours of tutoring made “on average three " +
        "months’ additional progress” in maths.",
    ],
    quotes: [
      ["cliff edge", "Rebecca Thorne"],
      ["Schools were told tutoring was here to stay,", "Rebecca Thorne"],
      [
        "Now they are being asked to fund it from budgets that are already at breaking " + "point.",
        "Rebecca Thorne",
      ],
      [
        "We have invested nearly £1 billion in tutoring since 2020, and it is now " +
          "embedded in the way many schools work,",
        "a DfE spokesperson",
      ],
      ["Some of those kids have gone up two grades,", "Imran Qureshi"],
      ["I have to look their parents in the eye and explain why it’s stopping.", "Imran Qureshi"],
      [
        "The families who need it most are the ones who can least afford it. That’s the " + "whole point,",
        "Imran Qureshi",
      ],
      ["on average three months’ additional progress", "A report by the Education Policy Institute"],
    ],
  },
  {
    name:
      "Jamaica Observer, crime: straight quotes, a nickname after otherwise called, a " +
      "superintendent in apposition with told the Jamaica Observer, the senior cop " +
      "then he, a widow sharing the victim’s surname, a taxi association president " +
      "after said",
    headline: "Spanish Town man charged with murder of taxi operator",
    paragraphs: [
      "ST CATHERINE, Jamaica — A 27-year-old man has been charged with the murder of " +
        "a taxi operator who was shot and killed at a stoplight on Old Harbour Road " +
        "last Friday.",
      'Charged is Dwayne Grant, otherwise called "Bumpy", a labourer of Lakes Pen, St ' + "Catherine.",
      "The deceased has been identified as 45-year-old Clive Anderson, a taxi " +
        "operator of Old Harbour, St Catherine. Reports from the Spanish Town police " +
        "are that about 6:30 pm, Anderson was stopped at the intersection when a man " +
        "approached his car and opened fire.",
      "Head of the St Catherine North police division, Superintendent Marlon Bailey, " +
        'said Grant was held during an operation in the community on Monday. "We want ' +
        "to send a clear message: there is no corner of this parish where you can hide " +
        'after taking a life," Bailey told the Jamaica Observer.',
      "The senior cop said investigators believed the killing was linked to a dispute " +
        'over a taxi route. "This was not about robbery. Nothing was taken from the ' +
        'car," he said.',
      "Anderson's widow, Marcia Anderson, said she heard the news from another " +
        "driver. \"He left home at five o'clock saying he was going to make two more " +
        'runs and come home for dinner," she said. "Two more runs, and he never came ' +
        'back."',
      "Grant is to appear in the St Catherine Parish Court on Thursday. Taxi " +
        'operators in the area have called for more police patrols. "Every day we leave ' +
        "home, we don't know if we coming back,\" said Owen Campbell, president of the " +
        "Old Harbour Taxi Association.",
    ],
    quotes: [
      [
        "We want to send a clear message: there is no corner of this parish where you " +
          "can hide after taking a life,",
        "Marlon Bailey",
      ],
      ["This was not about robbery. Nothing was taken from the car,", "Marlon Bailey"],
      [
        "He left home at five o'clock saying he was going to make two more runs and " +
          "come home for dinner,",
        "Marcia Anderson",
      ],
      ["Two more runs, and he never came back.", "Marcia Anderson"],
      ["Every day we leave home, we don't know if we coming back,", "Owen Campbell"],
    ],
  },
]);
