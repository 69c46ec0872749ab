// A twenty-ninth round of composed English news articles, in the styles of outlets and beats the first
// twenty-eight rounds did not use: the Richmond Times-Dispatch on a data center tax break in a House of
// Delegates subcommittee, the Nottingham Post at a death by dangerous driving sentencing in Nottingham Crown
// Court, Business Daily (Kenya) on a Nakuru milk processor's farm-gate price cut, The Province after a
// Canucks shootout win over the Flames, The Examiner (Launceston) on a debut novel's Miles Franklin
// shortlisting, Live Science on a 17th-century Dutch wreck in the Gulf of Finland, Pulse on GP practices
// handing back their contracts, The Westmorland Gazette on a community shop opening in Orton, the Northern
// Advocate on a dairy robbery in Kamo and the Daily Mirror (Sri Lanka) on elephants killed by a train near
// Minneriya. Every article was written for these tests, blind, before the engine was run on them. Expected
// speakers follow the corpus guidelines: the fullest name the article gives, a body or a document as
// written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Richmond Times-Dispatch, politics: according to a commission's report without a " +
      "quote, an inverted said with Del. and a party tag between two quotes, a place's " +
      "nickname and a scare-quoted term in marks, two women in one paragraph with a " +
      "partial by the first-named and she said by the second-named, a coalition's letter " +
      "with a partial ending in a period, a resident with a colon and no verb, a " +
      "spokesperson for an office with a partial",
    headline: "Data center tax break survives House panel as Prince William Democrat’s bill stalls",
    paragraphs: [
      "A House of Delegates subcommittee voted 5-3 on Tuesday to keep Virginia’s sales tax " +
        "exemption for data center equipment in place through 2035, rejecting a bid by a " +
        "Prince William County Democrat to let it lapse two years early.",
      "The exemption cost the state about $1.6 billion in forgone revenue in fiscal 2025, " +
        "according to a report by the Joint Legislative Audit and Review Commission, with " +
        "most of the benefit flowing to Loudoun County’s “Data Center Alley” and a growing " +
        "cluster of so-called “hyperscale” campuses in Prince William.",
      "“We are the only state in the country that is handing this industry a check this " +
        "size and asking for nothing back,” said Del. Marisol Agüero, D-Prince William, who " +
        "carried the bill. “Not water limits, not noise limits, nothing.”",
      "Agüero found some sympathy from Del. Karen Pruitt, R-Fauquier, who said she was " +
        "“open to a conversation” about water use. But the subcommittee’s chair, Del. Donna " +
        "Harrell, R-Chesapeake, was unmoved. “These are jobs and a tax base that did not " +
        "exist in Loudoun 15 years ago,” she said. “I am not going to vote to chase them to " +
        "Ohio.”",
      "In a letter to the subcommittee, the Data Center Coalition said ending the " +
        "exemption early would “send a message that Virginia’s word has an expiration date.”",
      "Elena Sorokin, who lives a quarter mile from a campus under construction near " +
        "Gainesville, drove to Richmond to testify. Her message to the panel: “Come stand in " +
        "my backyard at 2 in the morning and then tell me this is a clean industry.”",
      "Asked about the bill, a spokesperson for the governor’s office said the " +
        "administration was “reviewing the commission’s recommendations” and would not say " +
        "how it would act.",
    ],
    quotes: [
      [
        "We are the only state in the country that is handing this industry a check this " +
          "size and asking for nothing back,",
        "Marisol Agüero",
      ],
      ["Not water limits, not noise limits, nothing.", "Marisol Agüero"],
      ["open to a conversation", "Karen Pruitt"],
      ["These are jobs and a tax base that did not exist in Loudoun 15 years ago,", "Donna Harrell"],
      ["I am not going to vote to chase them to Ohio.", "Donna Harrell"],
      ["send a message that Virginia’s word has an expiration date.", "the Data Center Coalition"],
      [
        "Come stand in my backyard at 2 in the morning and then tell me this is a clean " + "industry.",
        "Elena Sorokin",
      ],
      ["reviewing the commission’s recommendations", "a spokesperson for the governor’s office"],
    ],
  },
  {
    name:
      "Nottingham Post, courts: single marks, a standfirst quote with tells by a judge " +
      "named only in the body, where the same words open a longer quote, prosecuting Name " +
      "told the court then she said and a verbless second quote, a widow named in full " +
      "then the 64-year-old with a colon, mitigating Name then Mr Surname added, a judge's " +
      "quote running over two paragraphs, a police operation's name in marks, a police " +
      "force with a partial",
    todo: "«utterly ashamed» taken for a quote",
    headline: "Van driver who hit cyclist while streaming football on his phone jailed for six years",
    standfirst: "Judge tells him: ‘You chose a football match over a man’s life’",
    paragraphs: [
      "A van driver who was watching a Premier League match on his phone when he ploughed " +
        "into a cyclist on Clifton Boulevard has been jailed for six years.",
      "Liam Cartwright, 34, of Bulwell, admitted causing death by dangerous driving at " +
        "Nottingham Crown Court. Retired teacher Graham Astley, 67, died at the scene in " +
        "August last year.",
      "Prosecuting, Sarah Oduya told the court Cartwright’s phone was mounted on the " +
        "dashboard and streaming the Nottingham Forest game. ‘Dashcam footage from a " +
        "following vehicle shows his eyes going down to the screen at least nine times in " +
        "the minute before the collision,’ she said. ‘He did not brake at all.’ The footage " +
        "was submitted by the other driver through Nottinghamshire Police’s ‘Operation Snap’ " +
        "portal.",
      "Mr Astley’s widow, Margaret Astley, 64, and their daughter, Helen, sat in the " +
        "public gallery. In a statement read to the court, the 64-year-old said: ‘Forty-one " +
        "years of marriage ended because somebody wanted to see a goal.’",
      "Mitigating, Daniel Fenwick said his client had not driven since and was ‘utterly " +
        "ashamed’. ‘He knows there is nothing he can say to this family that will make any " +
        "difference,’ Mr Fenwick added.",
      "Sentencing, Judge Rebecca Hallam told Cartwright: ‘You chose a football match over " +
        "a man’s life. Mr Astley did everything right that morning. He wore a helmet, he " +
        "wore bright clothing, he was in the cycle lane.",
      "‘You looked down at that screen again and again. The consequences of that are " + "permanent.’",
      "She also banned him from driving for eight years. After the hearing, " +
        "Nottinghamshire Police said the case showed ‘the devastating cost of looking at a " +
        "phone for a few seconds’.",
    ],
    quotes: [
      ["You chose a football match over a man’s life", "Rebecca Hallam"],
      [
        "Dashcam footage from a following vehicle shows his eyes going down to the " +
          "screen at least nine times in the minute before the collision,",
        "Sarah Oduya",
      ],
      ["He did not brake at all.", "Sarah Oduya"],
      ["Forty-one years of marriage ended because somebody wanted to see a goal.", "Margaret Astley"],
      [
        "He knows there is nothing he can say to this family that will make any " + "difference,",
        "Daniel Fenwick",
      ],
      [
        "You chose a football match over a man’s life. Mr Astley did everything right " +
          "that morning. He wore a helmet, he wore bright clothing, he was in the cycle " +
          "lane.",
        "Rebecca Hallam",
      ],
      [
        "You looked down at that screen again and again. The consequences of that are " + "permanent.",
        "Rebecca Hallam",
      ],
      ["the devastating cost of looking at a phone for a few seconds", "Nottinghamshire Police"],
    ],
  },
  {
    name:
      "Business Daily (Kenya), business: a processor's notice to suppliers with a partial, " +
      "according to a regulator's data without a quote, a chief executive with three names " +
      "then Mr Surname, a farmer with an inverted said and a full name, a school milk " +
      "programme's name in marks, a federation accusing with a partial, two men in one " +
      "paragraph with the first-named speaking after a colon, an analyst in reported " +
      "speech with noted then she said",
    todo:
      "«necessitated by a sharp rise in intake and a …» goes to the Nakuru-based processor, not " +
      "Mlima Dairies; «Maziwa kwa Shule» taken for a quote",
    headline: "Mlima Dairies cuts farm-gate milk price as rains flood market",
    paragraphs: [
      "Mlima Dairies has cut the price it pays farmers for raw milk by Sh5 to Sh40 a " +
        "litre, the second cut in three months, as the long rains push supply beyond what " +
        "processors can absorb.",
      "In a notice to suppliers dated Monday, the Nakuru-based processor said the review " +
        "was “necessitated by a sharp rise in intake and a slowdown in demand for long-life " +
        "products”. Raw milk intake by processors rose 23 percent to 94 million litres in " +
        "April, according to data from the Kenya Dairy Board (KDB).",
      "Mlima Dairies chief executive Peter Kamau Njoroge said the firm had been buying " +
        "more milk than it could sell since March. “We have 1,100 tonnes of powder in our " +
        "stores. We cannot keep converting milk into powder that nobody is buying,” Mr " +
        "Njoroge said, adding that the firm had bid to supply the government’s “Maziwa kwa " +
        "Shule” school milk programme.",
      "“A bag of dairy meal is Sh2,400. At Sh40 a litre, I am feeding cows at a loss,” " +
        "said Jane Wanjiru, who delivers about 60 litres a day to a Mlima collection centre " +
        "in Ol Kalou.",
      "The Kenya Dairy Farmers Federation (KDFF) accused processors of “dumping the cost " +
        "of poor planning on the farmer”. Its chairman, David Kipruto, who met officials of " +
        "the State Department for Livestock on Tuesday alongside federation secretary Samuel " +
        "Ouma, said: “Processors make money in the dry season and cry in the rainy season. " +
        "The farmer pays both times.”",
      "Expanding the strategic milk powder reserve would ease the glut, noted Faith " +
        "Achieng, an agribusiness analyst at Sterling Capital. “Until we find export markets " +
        "for powder and UHT, every long rains season will look like this,” she said.",
    ],
    quotes: [
      [
        "necessitated by a sharp rise in intake and a slowdown in demand for long-life " + "products",
        "Mlima Dairies",
      ],
      [
        "We have 1,100 tonnes of powder in our stores. We cannot keep converting milk " +
          "into powder that nobody is buying,",
        "Peter Kamau Njoroge",
      ],
      ["A bag of dairy meal is Sh2,400. At Sh40 a litre, I am feeding cows at a loss,", "Jane Wanjiru"],
      ["dumping the cost of poor planning on the farmer", "The Kenya Dairy Farmers Federation"],
      [
        "Processors make money in the dry season and cry in the rainy season. The farmer " +
          "pays both times.",
        "David Kipruto",
      ],
      [
        "Until we find export markets for powder and UHT, every long rains season will " + "look like this,",
        "Faith Achieng",
      ],
    ],
  },
  {
    name:
      "The Province, sport: a headline quote before a colon by a player named only in the " +
      "body, where it opens a longer quote, an inverted said with a surname then a second " +
      "quote, a coach who admitted with Surname said and a verbless second quote, a " +
      "nickname in marks, two men in one paragraph with the first-named speaking as the " +
      "24-year-old, a rival coach with an inverted lamented",
    todo:
      "«He just finds you. On the first one I had the…» goes to Marc-André Dufresne, not Mikael " +
      "Lindgren; «Lindy» taken for a quote",
    headline: "‘We stuck with it’: Canucks rally from two down, beat Flames in shootout",
    paragraphs: [
      "Down two goals after 40 minutes and booed off the ice, the Vancouver Canucks found " +
        "something in the third period Saturday night.",
      "Mikael Lindgren scored twice in the final 12 minutes and Tyler Ostrowski won it in " +
        "the fifth round of the shootout as Vancouver beat the Calgary Flames 3-2 at Rogers " +
        "Arena, snapping a four-game losing streak.",
      "“We stuck with it. Nobody panicked on the bench, nobody started cheating for " +
        "offence,” said Ostrowski, who had gone 11 games without a goal before the shootout. " +
        "“That’s the first time in a while we played 60 minutes the right way.”",
      "Canucks head coach Glen Mackenzie admitted the first two periods were hard to " +
        "watch. “I thought we were slow, I thought we were soft on pucks,” Mackenzie said. " +
        "“The third is who we have to be every night.”",
      "Lindgren — “Lindy” to everyone in the room — was moved onto a line with veteran " +
        "centre Marc-André Dufresne for the third period and credited his new linemate with " +
        "both goals. “He just finds you. On the first one I had the whole net, I just had to " +
        "not miss it,” the 24-year-old said.",
      "“We had it and we gave them life with two bad changes,” lamented Flames coach Dale " +
        "Kostiuk, whose team has lost five of its last six on the road.",
    ],
    quotes: [
      ["We stuck with it", "Tyler Ostrowski"],
      [
        "We stuck with it. Nobody panicked on the bench, nobody started cheating for " + "offence,",
        "Tyler Ostrowski",
      ],
      ["That’s the first time in a while we played 60 minutes the right way.", "Tyler Ostrowski"],
      ["I thought we were slow, I thought we were soft on pucks,", "Glen Mackenzie"],
      ["The third is who we have to be every night.", "Glen Mackenzie"],
      [
        "He just finds you. On the first one I had the whole net, I just had to not miss " + "it,",
        "Mikael Lindgren",
      ],
      ["We had it and we gave them life with two bad changes,", "Dale Kostiuk"],
    ],
  },
  {
    name:
      "The Examiner (Launceston), culture: a headline quote after a colon by an author " +
      "named only in the body, where the same words open a split quote, a novel's and a " +
      "short story's titles in marks, Surname, 52, with a split quote, the judging panel's " +
      "citation with described as and a partial, two women in one paragraph with the " +
      "second-named speaking as the bookseller, the 52-year-old laughed then a verbless " +
      "quote, a publisher with called and a partial",
    todo: "«People buy one, read it, and come back for th…» goes to the bookseller, not Leonie Pritchard",
    headline: "Launceston author’s debut novel on Miles Franklin shortlist: ‘I had to sit down’",
    paragraphs: [
      "Launceston writer Bronwyn Ashcroft’s debut novel has been named on the six-book " +
        "shortlist for the 2027 Miles Franklin Literary Award, the country’s most " +
        "prestigious literary prize.",
      "“The Salt Hours”, which follows three generations of a Tamar Valley orcharding " +
        "family, was published in March by Cataract Press, a small Launceston publisher that " +
        "also printed her 2019 short story “Windfall” in an anthology.",
      "Ashcroft, 52, a former palliative care nurse who lives in Trevallyn, was in a " +
        "supermarket car park when her publisher rang with the news. “I had to sit down,” " +
        "she said, “except I was already sitting down, in the car, so I just sat there for a " +
        "very long time.”",
      "In their citation, the judging panel described the novel as “a patient, " +
        "unsentimental book about what land asks of the people who work it”.",
      "Ashcroft launched the book at Quill & Tamar Books in Brisbane Street, where owner " +
        "Leonie Pritchard has hand-sold more than 400 copies. “People buy one, read it, and " +
        "come back for three more for their sisters and their book clubs,” the bookseller " +
        "said.",
      "Asked whether she had started a second novel, the 52-year-old laughed. “Don’t ask " +
        "me that. Ask me in August.”",
      "Cataract Press publisher Tom Lindsay called the shortlisting “a huge thing for a " +
        "tiny press”. The winner will be announced in Sydney on July 16.",
    ],
    quotes: [
      ["I had to sit down,", "Bronwyn Ashcroft"],
      [
        "except I was already sitting down, in the car, so I just sat there for a very " + "long time.",
        "Bronwyn Ashcroft",
      ],
      ["a patient, unsentimental book about what land asks of the people who work it", "the judging panel"],
      [
        "People buy one, read it, and come back for three more for their sisters and " + "their book clubs,",
        "Leonie Pritchard",
      ],
      ["Don’t ask me that. Ask me in August.", "Bronwyn Ashcroft"],
      ["a huge thing for a tiny press", "Tom Lindsay"],
    ],
  },
  {
    name:
      "Live Science, science: straight quotes, a headline partial in single marks by an " +
      "archaeologist named only in the body, where it is part of a longer quote, a ship's " +
      "name and a nickname in marks, according to archives without a quote, told Live " +
      "Science after a full name and a role, a split quote with Surname explained, a " +
      "heritage agency's statement with a partial ending in a period, a historian with an " +
      "inverted said then she agreed with a colon",
    headline: "17th-century Dutch merchant ship found 'almost perfectly preserved' on Baltic seafloor",
    paragraphs: [
      "Divers in the Gulf of Finland have identified the wreck of a Dutch merchant ship " +
        "that sank more than 370 years ago, with its masts still standing and part of its " +
        "cargo of salt still in the hold.",
      'The ship, a fluyt thought to be the "Witte Hinde" (White Hind), went down in a ' +
        "storm in 1651 on its way from Amsterdam to Reval, today's Tallinn, according to " +
        'records in the Dutch National Archives. Divers had nicknamed the wreck the "Salt ' +
        'Ship" long before they knew its name.',
      '"It is almost perfectly preserved. You can still see the carved lion on the stern, ' +
        'and the rudder is still attached," Mikko Laaksonen, a maritime archaeologist at the ' +
        "University of Helsinki who led the survey, told Live Science.",
      "The Baltic's cold, brackish water is largely free of shipworms (Teredo navalis), " +
        'the wood-boring mollusks that destroy wrecks in saltier seas. "In the North Sea," ' +
        'Laaksonen explained, "this ship would have been eaten within a few decades."',
      "In a statement, the Finnish Heritage Agency said the site would be protected and " +
        'that diving there without a permit was "strictly prohibited."',
      '"A fluyt is a very common ship type, and storms in the Gulf of Finland sank dozens ' +
        'of them," said Annelies de Vries, a maritime historian at Leiden University who was ' +
        'not involved in the survey. But she agreed on one point: "Whoever she was, she is a ' +
        'time capsule."',
      "The team plans to return in the summer with a remotely operated vehicle to look for " +
        "the ship's bell, which would likely carry its name and the year it was cast.",
    ],
    quotes: [
      ["almost perfectly preserved", "Mikko Laaksonen"],
      [
        "It is almost perfectly preserved. You can still see the carved lion on the " +
          "stern, and the rudder is still attached,",
        "Mikko Laaksonen",
      ],
      ["In the North Sea,", "Mikko Laaksonen"],
      ["this ship would have been eaten within a few decades.", "Mikko Laaksonen"],
      ["strictly prohibited.", "the Finnish Heritage Agency"],
      [
        "A fluyt is a very common ship type, and storms in the Gulf of Finland sank " + "dozens of them,",
        "Annelies de Vries",
      ],
      ["Whoever she was, she is a time capsule.", "Annelies de Vries"],
    ],
  },
  {
    name:
      "Pulse, health: single marks, a standfirst partial with warn by a committee chair " +
      "named only in the body, where it is a partial with described as, according to " +
      "figures without a quote, an integrated care board's letter to patients with a " +
      "partial, a GP with a partial then she said with a colon, the chair with told Pulse " +
      "and a quote over two paragraphs, a campaign's name in marks, an unnamed board " +
      "director with a partial, a department spokesperson with a colon",
    headline: "More than 30 GP practices hand back contracts since April, Pulse analysis finds",
    standfirst: "GP leaders warn of ‘list dispersals by stealth’ as ICBs struggle to find new providers",
    paragraphs: [
      "At least 32 GP practices in England have handed back their NHS contracts since " +
        "April, according to figures obtained by Pulse from integrated care boards (ICBs).",
      "In Lincolnshire alone, five practices have closed or given notice, leaving around " +
        "21,000 patients to be dispersed to neighbouring surgeries. Lincolnshire ICB said in " +
        "a letter to affected patients that it had been ‘unable to identify a suitable " +
        "provider’ for two of the sites.",
      "Dr Aisha Rahman, one of two partners at a Sleaford practice that gave notice in " +
        "September, said the decision came after ‘three years of trying everything’. She " +
        "said: ‘We lost two salaried GPs and couldn’t replace them. When my partner retired " +
        "I was doing 70 hours a week and still couldn’t see everyone who needed seeing.’",
      "Dr Helen Marsh-Patel, who chairs the BMA’s England GP committee, said the true " +
        "number was likely higher because many practices merged rather than closing " +
        "outright, a process she described as ‘list dispersals by stealth’. The BMA " +
        "relaunched its ‘Protect GP’ campaign in October. She told Pulse: ‘Every one of " +
        "these is a community losing a practice it trusted. The partnership model is being " +
        "allowed to wither.",
      "‘If the Government wants general practice to take on more of the NHS’s work, it has " +
        "to stop letting practices fall over one by one.’",
      "One ICB primary care director, who asked not to be named, said boards were ‘running " +
        "out of practices willing to take on lists’.",
      "A Department of Health and Social Care spokesperson said: ‘We are investing an " +
        "extra £889m in general practice this year and have funded the recruitment of more " +
        "than 2,000 additional GPs.’",
    ],
    quotes: [
      ["list dispersals by stealth", "Helen Marsh-Patel"],
      ["unable to identify a suitable provider", "Lincolnshire ICB"],
      ["three years of trying everything", "Aisha Rahman"],
      [
        "We lost two salaried GPs and couldn’t replace them. When my partner retired I " +
          "was doing 70 hours a week and still couldn’t see everyone who needed seeing.",
        "Aisha Rahman",
      ],
      [
        "Every one of these is a community losing a practice it trusted. The partnership " +
          "model is being allowed to wither.",
        "Helen Marsh-Patel",
      ],
      [
        "If the Government wants general practice to take on more of the NHS’s work, it " +
          "has to stop letting practices fall over one by one.",
        "Helen Marsh-Patel",
      ],
      ["running out of practices willing to take on lists", "One ICB primary care director"],
      [
        "We are investing an extra £889m in general practice this year and have funded " +
          "the recruitment of more than 2,000 additional GPs.",
        "A Department of Health and Social Care spokesperson",
      ],
    ],
  },
  {
    name:
      "The Westmorland Gazette, local life: a campaign's name and a sign's words in marks, " +
      "two men in one paragraph with the second-named speaking with an inverted said Mr " +
      "Surname and a second quote, Mr Surname, 71, with a verbless quote, a shop manager " +
      "as the mother of two with she said, a parish council's statement with a partial, " +
      "according to a foundation without a quote, an unnamed regular with put it and a " +
      "colon",
    headline: "Orton villagers open their own shop after two-year fight",
    paragraphs: [
      "Villagers in Orton have opened a community-owned shop and post office, two years " +
        "after the village’s last shop closed its doors.",
      "More than 180 people bought shares in the venture, raising £146,000 through the " +
        "“Save Orton Shop” campaign to buy and refit the former Market House on the village " +
        "green. A hand-painted sign reading “Welcome home” hung above the door on Saturday " +
        "as the first customers queued in the rain.",
      "The project was led by retired vet Malcolm Dent and his neighbour Ian " +
        "Hebblethwaite, who chairs the shop’s management committee. “We were told by more " +
        "than one person that it couldn’t be done in a village of 400 people,” said Mr " +
        "Hebblethwaite. “Well, here we are.”",
      "For Mr Dent, 71, the shop is about more than milk and bread. “Half the people who " +
        "come in here live on their own. For some of them, we’re the only conversation " +
        "they’ll have all day.”",
      "Shop manager Claire Atkinson, the only paid member of staff, moved to the village " +
        "from Kendal three years ago. The mother of two said the volunteer rota already had " +
        "60 names on it. “People have been brilliant. I’ve had offers to do everything from " +
        "the accounts to the window boxes,” she said.",
      "Orton Parish Council, which lent the project £10,000, said in a statement it was " +
        "“proud to have played a small part”. There are now more than 450 community-owned " +
        "shops in the UK, according to the Plunkett Foundation, which advised the group.",
      "One regular, leaving with a newspaper and a loaf, put it simply: “It’s the heart " +
        "back in the village.”",
    ],
    quotes: [
      [
        "We were told by more than one person that it couldn’t be done in a village of " + "400 people,",
        "Ian Hebblethwaite",
      ],
      ["Well, here we are.", "Ian Hebblethwaite"],
      [
        "Half the people who come in here live on their own. For some of them, we’re the " +
          "only conversation they’ll have all day.",
        "Malcolm Dent",
      ],
      [
        "People have been brilliant. I’ve had offers to do everything from the accounts " +
          "to the window boxes,",
        "Claire Atkinson",
      ],
      ["proud to have played a small part", "Orton Parish Council"],
      ["It’s the heart back in the village.", "One regular"],
    ],
  },
  {
    name:
      "Northern Advocate, crime: according to police without a quote, police in a " +
      "statement with a partial, a detective named with her rank then by bare surname with " +
      "a partial and a quote, an owner named in full then the 58-year-old and a verbless " +
      "second quote, a dog's name in marks, an unnamed neighbour with a partial, a " +
      "business association chair with a partial then she said with a colon",
    headline: "Dairy owner hit with bat during Kamo robbery; police hunt three",
    paragraphs: [
      "Police are hunting three people after a Kamo dairy owner was struck with a baseball " +
        "bat during an aggravated robbery on Wednesday night.",
      "The trio, wearing balaclavas, entered the Kamo Rd store about 9.40pm and demanded " +
        "cigarettes and cash, according to police. They fled in a silver Mazda Demio that " +
        "was later found burnt out in Otangarei.",
      "In a statement, police said the owner suffered “moderate injuries” to his arm and " +
        "shoulder and was taken to Whangārei Hospital.",
      "Detective Senior Sergeant Aroha Tipene said the attack was “completely " +
        "unacceptable”. “This is a man who has served this community for 15 years, and he " +
        "was attacked for a few cartons of cigarettes,” Tipene said.",
      "The owner, Harpreet Singh Dhillon, spoke to the Advocate from his home on Thursday " +
        "with his arm in a sling. “I put my hands up. I said take it, take whatever you " +
        "want,” the 58-year-old said. “He still swung the bat.” His dog, “Biscuit”, a Jack " +
        "Russell that usually sleeps behind the counter, was not hurt.",
      "A man who lives across the road said he saw the car speed off towards Three Mile " +
        "Bush Rd “with no lights on”.",
      "Kamo Business Association chair Lisa Marino said retailers along the strip were " +
        "“sick and tired” of being targeted. She said: “We have asked for more patrols for " +
        "two years. What does it take?”",
    ],
    quotes: [
      ["moderate injuries", "police"],
      ["completely unacceptable", "Aroha Tipene"],
      [
        "This is a man who has served this community for 15 years, and he was attacked " +
          "for a few cartons of cigarettes,",
        "Aroha Tipene",
      ],
      ["I put my hands up. I said take it, take whatever you want,", "Harpreet Singh Dhillon"],
      ["He still swung the bat.", "Harpreet Singh Dhillon"],
      ["with no lights on", "A man who lives across the road"],
      ["sick and tired", "Lisa Marino"],
      ["We have asked for more patrols for two years. What does it take?", "Lisa Marino"],
    ],
  },
  {
    name:
      "Daily Mirror (Sri Lanka), environment: straight quotes, a department's statement " +
      "with a partial, a director general with he said, a general manager with initials " +
      "and a partial then a quote with Mr. Surname said, an inverted said with a full name " +
      "and a role, two men in one paragraph with the first-named speaking with a partial, " +
      "an elephant's nickname in marks, an unnamed farmer with told the Daily Mirror, " +
      "according to a research centre without a quote",
    headline: "Three elephants killed as night mail train ploughs into herd near Minneriya",
    paragraphs: [
      "Three wild elephants, including a calf, were killed when the Colombo-bound night " +
        "mail train collided with a herd crossing the railway line near Minneriya early " +
        "yesterday, officials said.",
      "The Department of Wildlife Conservation (DWC) said in a statement that the " +
        'collision occurred "within a known elephant corridor where trains are required to ' +
        'reduce speed".',
      "DWC Director General Chandana Wickramasinghe said 52 elephants had been killed by " +
        'trains since 2020. "Every one of these deaths was preventable. We have identified ' +
        'the crossing points and we have given the maps to the Railway Department," he said.',
      "Railway General Manager W.A.D. Premasiri said the train had been travelling at " +
        '"around 40 kilometres per hour" and that the driver had applied the brakes. "The ' +
        'driver saw the animals only at the last moment because of the curve," Mr. Premasiri ' +
        "said.",
      '"Drivers are blamed every time, but nobody has installed a single warning sensor on ' +
        'this line," said Sampath Rajakaruna, secretary of the Locomotive Operating ' +
        "Engineers' Union. Mr. Rajakaruna said the driver, K.G. Nimal, who has 28 years of " +
        'service, was "devastated".',
      "Villagers in Hingurakgoda said one of the dead elephants was a young male they " +
        'called "Podi Hora" (little thief) because it regularly raided their paddy fields. ' +
        '"He came to our fields every night, but we never wanted him to die like this," one ' +
        "farmer told the Daily Mirror.",
      "Sri Lanka recorded 388 elephant deaths last year, one of the highest tolls in the " +
        "world, according to the Centre for Conservation and Research.",
    ],
    quotes: [
      [
        "within a known elephant corridor where trains are required to reduce speed",
        "The Department of Wildlife Conservation",
      ],
      [
        "Every one of these deaths was preventable. We have identified the crossing " +
          "points and we have given the maps to the Railway Department,",
        "Chandana Wickramasinghe",
      ],
      ["around 40 kilometres per hour", "W.A.D. Premasiri"],
      ["The driver saw the animals only at the last moment because of the curve,", "W.A.D. Premasiri"],
      [
        "Drivers are blamed every time, but nobody has installed a single warning sensor " + "on this line,",
        "Sampath Rajakaruna",
      ],
      ["devastated", "Sampath Rajakaruna"],
      ["He came to our fields every night, but we never wanted him to die like this,", "one farmer"],
    ],
  },
]);
