// A twenty-fourth round of composed English news articles, in the styles of outlets and beats the first
// twenty-three rounds did not use: The Oklahoman on a turnpike toll freeze in the Oklahoma House, The
// Argus (Brighton) at a sentencing in Lewes Crown Court, the Business Post on a Wexford pet food maker's
// funding round, the Geelong Advertiser after a Cats home loss, Deadline on a streaming drama's
// cancellation, Eos on glacier-dammed lakes draining earlier in Alaska, The Star (Kenya) on an antivenom
// shortage in Baringo, The Oban Times on a village hall reopening in Taynuilt, the Toronto Sun on a
// jewellery store smash-and-grab in Yorkville and Khaleej Times on school fee rises in Dubai. Every
// article was written for these tests, blind, before the engine was run on them. Expected speakers
// follow the corpus guidelines: the fullest name the article gives, a body or a document as written, an
// unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Oklahoman, politics: a headline partial in single marks by a Democratic lawmaker " +
      "named only in the body and repeated there, a dateline, a bill's author with party and " +
      "town and Surname said, two women in one paragraph with called and she said, an " +
      "authority in a statement with a partial, a protest group's name and a sign in marks, " +
      "a quote split by an inverted said with the Speaker's role, a committee chair with a " +
      "partial",
    headline: "Oklahoma House backs turnpike toll freeze as critics call it ‘a bill for the next election’",
    paragraphs: [
      "OKLAHOMA CITY — The Oklahoma House of Representatives voted 71-27 on Wednesday to " +
        "freeze tolls on the state’s turnpikes through 2029, brushing aside a last-minute " +
        "plea from the Oklahoma Turnpike Authority to let the measure die in committee.",
      "House Bill 2314, by Rep. Kyle Brandt, R-Broken Arrow, would bar the authority from " +
        "raising tolls without a vote of the Legislature. “People in my district pay $9 a day " +
        "to get to work and back. That’s a car payment every month,” Brandt said during floor " +
        "debate.",
      "Rep. Marisol Tate, D-Oklahoma City, called the measure “a bill for the next election” " +
        "and said it did nothing to address the authority’s debt. Rep. Denise Holloway, " +
        "R-Tulsa, who voted for it, disagreed. “My constituents aren’t asking me what’s good " +
        "for the next election. They’re asking me why their tolls went up 47%,” she said.",
      "The Turnpike Authority, in a statement released after the vote, said the freeze " +
        "“would jeopardize existing bond covenants” and could raise the state’s borrowing " +
        "costs.",
      "Members of the opposition group Pike Off OTA, which has fought the authority’s " +
        "ACCESS Oklahoma expansion for three years, filled the gallery. One held a sign " +
        "reading “Tolls Are a Tax.”",
      "“We’ve heard from every corner of this state,” said House Speaker Charles Whitmore, " +
        "R-Moore. “The Senate would be wise to listen.”",
      "The bill now heads to the Senate, where Transportation Committee Chair Lonnie Harjo, " +
        "R-Ada, has said only that he will “give it a fair hearing.”",
    ],
    quotes: [
      ["a bill for the next election", "Marisol Tate"],
      [
        "People in my district pay $9 a day to get to work and back. That’s a car payment " + "every month,",
        "Kyle Brandt",
      ],
      [
        "My constituents aren’t asking me what’s good for the next election. They’re asking " +
          "me why their tolls went up 47%,",
        "Denise Holloway",
      ],
      ["would jeopardize existing bond covenants", "The Turnpike Authority"],
      ["We’ve heard from every corner of this state,", "Charles Whitmore"],
      ["The Senate would be wise to listen.", "Charles Whitmore"],
      ["give it a fair hearing.", "Lonnie Harjo"],
    ],
  },
  {
    name:
      "The Argus (Brighton), courts: straight quotes, an opening partial by a defendant named " +
      "in the next paragraph, a trading name in marks, a prosecutor told the court, a " +
      "statement read to the court by an unnamed widow with a colon, two men in one " +
      "paragraph with a partial and he added, a judge told the 52-year-old with a colon and " +
      "a quote running over two paragraphs, police in a statement with a partial",
    headline: "Rogue trader who conned pensioners out of £68,000 is jailed",
    paragraphs: [
      'A rogue trader who told elderly homeowners their roofs were "about to cave in" and ' +
        "charged them thousands of pounds for work that was never done has been jailed.",
      "Dean Willard, 52, of Newhaven Road, Seaford, admitted eight counts of fraud by false " +
        'representation at Lewes Crown Court. He had traded as "Southdown Roofing & ' +
        'Guttering" and targeted victims in Seaford, Peacehaven and Newhaven between 2021 ' +
        "and 2024.",
      "Prosecutor Harriet Lyle said Willard chose people who lived alone and often called " +
        'back at the same address several times in a week. "He would point to a few loose ' +
        "tiles and tell them water was pouring into the loft. It wasn't. There was nothing " +
        'wrong with those roofs," she told the court.',
      'In a statement read to the court, an 84-year-old widow from Peacehaven said: "I used ' +
        "to open the door to anyone. Now I don't answer it at all, not even to my own " +
        'grandson."',
      "Tom Ashby, mitigating, said Willard had run up gambling debts of more than £40,000 " +
        'and was "deeply ashamed". "He knows there is nothing he can say to those people ' +
        'that will undo this," he added.',
      "Jailing him for four years and four months, Recorder Simon Pryce told the " +
        '52-year-old: "You preyed on their kindness and on their fear.',
      '"You took money these people had saved over a lifetime and you spent it in betting ' + 'shops."',
      'Sussex Police said in a statement afterwards that the case was "a reminder to check ' +
        'any trader who turns up uninvited".',
    ],
    quotes: [
      ["about to cave in", "Dean Willard"],
      [
        "He would point to a few loose tiles and tell them water was pouring into the loft. " +
          "It wasn't. There was nothing wrong with those roofs,",
        "Harriet Lyle",
      ],
      [
        "I used to open the door to anyone. Now I don't answer it at all, not even to my own " + "grandson.",
        "an 84-year-old widow from Peacehaven",
      ],
      ["deeply ashamed", "Tom Ashby"],
      ["He knows there is nothing he can say to those people that will undo this,", "Tom Ashby"],
      ["You preyed on their kindness and on their fear.", "Simon Pryce"],
      [
        "You took money these people had saved over a lifetime and you spent it in betting " + "shops.",
        "Simon Pryce",
      ],
      ["a reminder to check any trader who turns up uninvited", "Sussex Police"],
    ],
  },
  {
    name:
      "Business Post, business: a standfirst partial by a chief executive named only in the " +
      "body and not repeated there, a brand in marks, told the Business Post, an investor and " +
      "the chief executive both women in one paragraph with she said, a directors' report " +
      "attributes with a partial, a brother sharing her surname with he said, the chief " +
      "executive said with a colon, an unnamed industry source with a partial",
    headline: "Wexford pet food maker Kinsella Nutrition raises €14m for US push",
    standfirst: "Chief executive says family firm is “not for sale at any price” after approaches",
    paragraphs: [
      "Kinsella Nutrition, the Wexford-based pet food maker, has raised €14 million from " +
        "investors to fund its expansion into the United States, where its “Good Dog” range " +
        "will go on sale in 600 stores in September.",
      "Clodagh Kinsella, the chief executive, who founded the company in 2016, said the " +
        "money would pay for a second production line at its plant outside Enniscorthy. “We " +
        "were turning down orders last year. That’s a good problem to have, but it’s still a " +
        "problem,” she told the Business Post.",
      "The round was led by Frontline Ventures. Niamh Corrigan, a partner at the fund who " +
        "will join the board, said she had first met Kinsella at a trade fair in Birmingham " +
        "in 2019. “She had a van, a stand and about 40 bags of dog food. I remember thinking " +
        "she’d either be gone in a year or be very big,” she said.",
      "Accounts filed with the Companies Registration Office show revenue rose 38 per cent " +
        "to €22.6 million in 2024, while pre-tax profit fell to €410,000. The directors’ " +
        "report attributes the fall to “significant once-off costs associated with entering " +
        "new markets”.",
      "Eoin Kinsella, her brother and the company’s operations director, said the new line " +
        "would create 45 jobs. “Enniscorthy is where we started and it’s where we’re staying,” " +
        "he said.",
      "Asked about reported approaches from two multinational pet food groups, the chief " +
        "executive said: “We’ve had conversations. Everyone has conversations. But we’re " +
        "building something here, and we’d like to finish it.”",
      "One industry source said the US launch was “a big bet for a company of that size”, " +
        "noting that several Irish food brands had retreated from American shelves in recent " +
        "years.",
    ],
    quotes: [
      ["not for sale at any price", "Clodagh Kinsella"],
      [
        "We were turning down orders last year. That’s a good problem to have, but it’s still " +
          "a problem,",
        "Clodagh Kinsella",
      ],
      [
        "She had a van, a stand and about 40 bags of dog food. I remember thinking she’d " +
          "either be gone in a year or be very big,",
        "Niamh Corrigan",
      ],
      ["significant once-off costs associated with entering new markets", "The directors’ report"],
      ["Enniscorthy is where we started and it’s where we’re staying,", "Eoin Kinsella"],
      [
        "We’ve had conversations. Everyone has conversations. But we’re building something " +
          "here, and we’d like to finish it.",
        "Clodagh Kinsella",
      ],
      ["a big bet for a company of that size", "One industry source"],
    ],
  },
  {
    name:
      "Geelong Advertiser, sport: a headline quote before a colon by a coach named in the " +
      "headline by surname and not repeated in the body, conceded with a partial, Surname " +
      "said, a teenager's nickname in marks, said of the teenager, the opposing coach and his " +
      "midfielder in one paragraph with he said, the club said in a statement with a partial, " +
      "an unnamed member summing up the mood with a colon",
    headline: "‘We were off’: Kearney concedes Cats flat in shock home loss to Hawks",
    paragraphs: [
      "Geelong coach Brett Kearney has conceded his side “lacked intent” for three quarters " +
        "after a 31-point loss to Hawthorn at GMHBA Stadium on Saturday night ended the Cats’ " +
        "six-game winning streak at home.",
      "The Hawks kicked eight goals to two in the second quarter and led by 46 points at " +
        "three-quarter time before a late Geelong surge. “Our ball movement was slow, our " +
        "pressure was poor and we got beaten at the contest. That’s a pretty bad " +
        "combination,” Kearney said.",
      "There was one bright spot. Debutant Tom Ferris, known around Kardinia Park as " +
        "“Ferret”, kicked four goals. “He’s a special kid. He’s been training with the " +
        "seniors for two years and tonight he showed everyone why,” Kearney said of the " +
        "19-year-old.",
      "Hawthorn coach Sam Petrakis said his side had targeted the stoppages all week and " +
        "singled out midfielder Jai Ellison, who had 34 disposals and a goal. “Jai was " +
        "everywhere. I don’t think he sat down all night,” he said.",
      "Geelong said in a statement on Sunday that defender Lachie Burgess, who was helped " +
        "from the ground with a left knee injury in the third quarter, was “in good spirits” " +
        "and would have scans on Monday.",
      "One long-time member leaving the ground summed up the mood: “Same old Cats against " +
        "the Hawks. We never learn.”",
    ],
    quotes: [
      ["We were off", "Brett Kearney"],
      ["lacked intent", "Brett Kearney"],
      [
        "Our ball movement was slow, our pressure was poor and we got beaten at the contest. " +
          "That’s a pretty bad combination,",
        "Brett Kearney",
      ],
      [
        "He’s a special kid. He’s been training with the seniors for two years and tonight he " +
          "showed everyone why,",
        "Brett Kearney",
      ],
      ["Jai was everywhere. I don’t think he sat down all night,", "Sam Petrakis"],
      ["in good spirits", "Geelong"],
      ["Same old Cats against the Hawks. We never learn.", "One long-time member"],
    ],
  },
  {
    name:
      "Deadline, culture: a series title in marks in the headline and body, a one-word " +
      "headline partial by a creator named only in the body and repeated there, she wrote " +
      "in an Instagram post, a studio spokesperson with a partial after not, the star and the " +
      "creator both women in one paragraph with the actress wrote, an unnamed insider with a " +
      "partial, a novel's title in marks, an interview with said with a colon",
    headline: "‘Harbor Lights’ Canceled At Peacock After Two Seasons; Creator Calls It ‘Heartbreaking’",
    paragraphs: [
      "Peacock has canceled “Harbor Lights,” its Maine-set crime drama starring Rachel " +
        "Dunmore, after two seasons, Deadline has learned.",
      "Creator and showrunner Megan Alcott called the news “heartbreaking” in an Instagram " +
        "post Tuesday afternoon. “We built a whole town and we were only just getting to know " +
        "the people in it. I’m grateful to every member of this crew, who made a show about a " +
        "cold place feel so warm,” she wrote.",
      "A Peacock spokesperson said the decision was not “a reflection on the quality of the " +
        "show” but on viewership, which fell by about a third in the second season.",
      "Dunmore, who earned an Emmy nomination for the first season, posted a photo of " +
        "herself and Alcott on the set in Bath. “Megan gave me the role of my life. Nobody " +
        "writes women the way she does,” the actress wrote.",
      "Universal Television, which produces the series, is shopping it to other outlets. " +
        "One insider described Netflix as “kicking the tires.”",
      "The second season adapted Jo Pelletier’s 2019 novel “The Drowned Orchard.” In an " +
        "interview with Deadline last fall, Alcott said she had mapped out the show for four " +
        "seasons: “I know exactly how it ends. I know the last shot.”",
    ],
    quotes: [
      ["heartbreaking", "Megan Alcott"],
      [
        "We built a whole town and we were only just getting to know the people in it. I’m " +
          "grateful to every member of this crew, who made a show about a cold place feel so " +
          "warm,",
        "Megan Alcott",
      ],
      ["a reflection on the quality of the show", "A Peacock spokesperson"],
      ["Megan gave me the role of my life. Nobody writes women the way she does,", "Rachel Dunmore"],
      ["kicking the tires.", "One insider"],
      ["I know exactly how it ends. I know the last shot.", "Megan Alcott"],
    ],
  },
  {
    name:
      "Eos, science: present-tense says, according to a study without a quote, an inverted " +
      "says with a full name and role, the authors write with a partial, a lake's local " +
      "nickname in marks, a quote split by Surname says, a co-author and an outside " +
      "hydrologist both men in one paragraph with called and he says, a verbless closing " +
      "quote after the lead author is named",
    headline: "Glacier-Dammed Lakes in Alaska Are Draining Earlier, and Faster",
    paragraphs: [
      "Glacier-dammed lakes in southeast Alaska are releasing their water an average of " +
        "3 weeks earlier in the year than they did in the 1990s, according to a study " +
        "published in Geophysical Research Letters.",
      "“We expected some shift. We didn’t expect it to be this consistent from one basin to " +
        "the next,” says Hannah Okafor, a glaciologist at the University of Alaska Fairbanks " +
        "and lead author of the study.",
      "The team analyzed more than 2,000 satellite images of 46 lakes taken between 1992 " +
        "and 2024. The authors write that the trend “poses a growing and largely unmonitored " +
        "hazard” to communities and roads downstream.",
      "One lake above the Taku River, known to local pilots as “the Bathtub,” has drained " +
        "every summer since 2018. “These floods don’t come with much warning,” Okafor says. " +
        "“A lake can go from full to empty in 36 hours.”",
      "Co-author Daniel Moss, a geomorphologist at the University of Washington, plans to " +
        "install pressure sensors in six of the lakes next summer. Ravi Chandrasekhar, a " +
        "hydrologist with the U.S. Geological Survey who was not involved in the research, " +
        "called the study “a really useful baseline.” “What we still can’t do well is " +
        "predict the day,” he says.",
      "Okafor hopes the work will persuade agencies to fund long-term monitoring. “Right " +
        "now, for most of these lakes, nobody is watching.”",
    ],
    quotes: [
      [
        "We expected some shift. We didn’t expect it to be this consistent from one basin to " + "the next,",
        "Hannah Okafor",
      ],
      ["poses a growing and largely unmonitored hazard", "The authors"],
      ["These floods don’t come with much warning,", "Hannah Okafor"],
      ["A lake can go from full to empty in 36 hours.", "Hannah Okafor"],
      ["a really useful baseline.", "Ravi Chandrasekhar"],
      ["What we still can’t do well is predict the day,", "Ravi Chandrasekhar"],
      ["Right now, for most of these lakes, nobody is watching.", "Hannah Okafor"],
    ],
  },
  {
    name:
      "The Star (Kenya), health: straight quotes, a county executive then Surname said, a " +
      "mother introduced by name then the mother of four said, an authority with its " +
      "acronym in a statement with a partial, a researcher with Dr said with a colon, an " +
      "inverted said with an MCA's role then accused with a partial, an unnamed nurse with a " +
      "partial",
    headline: "Baringo runs out of antivenom as snakebite cases rise",
    paragraphs: [
      "Baringo county has run out of antivenom, leaving health facilities in Marigat, " +
        "Tiaty and Mogotio unable to treat snakebite victims, officials said on Tuesday.",
      "County Health executive Esther Chepkoech said the last 40 vials were used up in " +
        'February. "We placed an order with Kemsa in December and we are still waiting. In ' +
        "the meantime we are referring patients to Nakuru, which is more than 100 kilometres " +
        'away for some of them," Chepkoech said.',
      "At Marigat Sub-County Hospital, Joyce Kiplagat sat beside her 10-year-old son, who " +
        'was bitten by a puff adder while herding goats on Sunday. "He was crying the whole ' +
        "night. The nurses did what they could, but they told us there is no medicine " +
        'here," the mother of four said.',
      "The Kenya Medical Supplies Authority (Kemsa) said in a statement that a consignment " +
        'of 5,000 vials was "expected to arrive in the country within two weeks".',
      "Dr Geoffrey Omondi, a snakebite researcher at the Kenya Medical Research Institute, " +
        'said the shortage pointed to a wider problem: "Kenya imports nearly all its ' +
        'antivenom, and much of it is not made for the snakes we have here."',
      '"This is a matter of life and death for pastoralist families," said Marigat MCA ' +
        "Daniel Lomuria, who has tabled a motion asking the county to stockpile antivenom. " +
        'He accused the national government of treating snakebite as "a poor man\'s problem".',
      "A nurse at the hospital, who sought anonymity for fear of victimisation, said staff " +
        'had been "improvising with what we have" since the stock ran out.',
    ],
    quotes: [
      [
        "We placed an order with Kemsa in December and we are still waiting. In the meantime " +
          "we are referring patients to Nakuru, which is more than 100 kilometres away for " +
          "some of them,",
        "Esther Chepkoech",
      ],
      [
        "He was crying the whole night. The nurses did what they could, but they told us " +
          "there is no medicine here,",
        "Joyce Kiplagat",
      ],
      ["expected to arrive in the country within two weeks", "The Kenya Medical Supplies Authority"],
      [
        "Kenya imports nearly all its antivenom, and much of it is not made for the snakes we " +
          "have here.",
        "Geoffrey Omondi",
      ],
      ["This is a matter of life and death for pastoralist families,", "Daniel Lomuria"],
      ["a poor man's problem", "Daniel Lomuria"],
      ["improvising with what we have", "A nurse at the hospital"],
    ],
  },
  {
    name:
      "The Oban Times, local life: single marks, a headline quote before a colon by a " +
      "committee chair named only in the body and repeated there, an inverted said then a " +
      "verbless second quote in the same paragraph, a share offer's slogan in marks, an " +
      "unnamed council spokesperson with a partial, a playgroup leader speaking of the chair " +
      "both women with she added, a 93-year-old with he said, an unnamed volunteer with a " +
      "partial, according to a newsletter with a partial",
    headline: "‘It’s the heart of the village again’: Taynuilt hall reopens after £640,000 refit",
    paragraphs: [
      "Taynuilt Village Hall reopened its doors on Saturday after an 18-month refurbishment, " +
        "with more than 300 people turning out for a ceilidh that ran until 1am.",
      "‘It’s the heart of the village again,’ said Morag MacPhail, who chairs the hall " +
        "committee. ‘For a year and a half we’ve had nowhere for the playgroup, the lunch " +
        "club or the Gaelic choir. People were meeting in each other’s kitchens.’",
      "The work was paid for by the National Lottery Heritage Fund, Argyll and Bute Council " +
        "and a community share offer that raised £85,000 under the banner ‘Our Hall, Our " +
        "Future’. An Argyll and Bute Council spokesperson said the authority was ‘delighted " +
        "to have played a part’.",
      "Catriona Black, who runs the Tuesday playgroup, said she had been close to tears when " +
        "she first saw the new kitchen. ‘Morag has worked miracles. She’s been on the phone " +
        "to funders every week for three years,’ she added.",
      "Among the first through the door was 93-year-old Archie Campbell, who was at the " +
        "hall’s opening in 1958. ‘I danced with my wife here for the first time. I wasn’t " +
        "going to miss this one,’ he said.",
      "One volunteer, who spent most of the night behind the tea urn, said the new kitchen " +
        "was ‘a different world’.",
      "The committee is not resting. Its next project, according to the hall committee’s " +
        "newsletter, is ‘a proper sprung floor for the dancers’.",
    ],
    quotes: [
      ["It’s the heart of the village again,", "Morag MacPhail"],
      [
        "For a year and a half we’ve had nowhere for the playgroup, the lunch club or the " +
          "Gaelic choir. People were meeting in each other’s kitchens.",
        "Morag MacPhail",
      ],
      ["delighted to have played a part", "An Argyll and Bute Council spokesperson"],
      [
        "Morag has worked miracles. She’s been on the phone to funders every week for three " + "years,",
        "Catriona Black",
      ],
      ["I danced with my wife here for the first time. I wasn’t going to miss this one,", "Archie Campbell"],
      ["a different world", "One volunteer"],
      ["a proper sprung floor for the dancers", "the hall committee’s newsletter"],
    ],
  },
  {
    name:
      "Toronto Sun, crime: a headline quote before a colon by a store owner named only in " +
      "the body and repeated there, said with a full name then a second quote in the same " +
      "paragraph, the 61-year-old said then a verbless quote, a constable then Surname said, " +
      "according to police without a quote, a task force's name in marks, an unnamed woman " +
      "at a bus stop told the Sun then fumed, a councillor called with a partial",
    todo:
      "«Everybody just stood there filming on their p…» goes to A woman, not A woman who was waiting " +
      "at a nearby bus stop",
    headline: "‘They were in and out in 90 seconds’: Masked thieves smash Yorkville jewelry store",
    paragraphs: [
      "Four masked thieves armed with hammers smashed their way into a Yorkville jewelry " +
        "store Tuesday afternoon and made off with an estimated $1.2 million in watches and " +
        "rings.",
      "“They were in and out in 90 seconds,” said Arman Hakobyan, who has owned Hakobyan " +
        "Fine Jewellery on Cumberland St. for 22 years. “My staff hit the alarm and hid in " +
        "the back, and by the time they came out there was glass everywhere.”",
      "The 61-year-old said he was grateful no one was hurt. “Watches you can replace. " +
        "People you cannot.”",
      "Toronto Police Const. Laura Whitfield said the suspects fled in a stolen white Dodge " +
        "Durango that was later found abandoned near Christie Pits. “We’re asking anyone with " +
        "dashcam footage from the Bloor and Avenue Rd. area to contact us,” Whitfield said.",
      "According to police, it is the fifth smash-and-grab at a Toronto jewelry store since " +
        "January. Investigators with “Project Glasscutter,” a task force set up last month, " +
        "have taken over the case.",
      "A woman who was waiting at a nearby bus stop told the Sun she first thought a movie " +
        "was being shot. “Everybody just stood there filming on their phones. Nobody did a " +
        "thing,” she fumed.",
      "Coun. Priya Mehra, who represents the area, called the robberies “brazen and getting " +
        "worse” and said she would ask for more foot patrols on Bloor St.",
    ],
    quotes: [
      ["They were in and out in 90 seconds,", "Arman Hakobyan"],
      [
        "My staff hit the alarm and hid in the back, and by the time they came out there was " +
          "glass everywhere.",
        "Arman Hakobyan",
      ],
      ["Watches you can replace. People you cannot.", "Arman Hakobyan"],
      [
        "We’re asking anyone with dashcam footage from the Bloor and Avenue Rd. area to " + "contact us,",
        "Laura Whitfield",
      ],
      [
        "Everybody just stood there filming on their phones. Nobody did a thing,",
        "A woman who was waiting at a nearby bus stop",
      ],
      ["brazen and getting worse", "Priya Mehra"],
    ],
  },
  {
    name:
      "Khaleej Times, education: straight quotes, an authority with its acronym, inspection " +
      "ratings in marks, a circular through the authority with a partial, an unnamed mother " +
      "with a quote then a verbless second quote, a principal with a one-word partial then " +
      "told Khaleej Times, a father and the principal both men in one paragraph with he " +
      "said, an unnamed official with a partial",
    headline: "Dubai private schools allowed to raise fees by up to 2.6% for 2026-27",
    paragraphs: [
      "Private schools in Dubai will be allowed to increase tuition fees by up to 2.6 per " +
        "cent for the 2026-27 academic year, the Knowledge and Human Development Authority " +
        "(KHDA) announced on Monday.",
      "In a circular sent to schools, the authority said increases would be tied to " +
        'inspection ratings, and that schools rated "Weak" or "Very Weak" would not be ' +
        'allowed any rise. Fees, it said, must reflect "the quality of education parents ' +
        'actually receive".',
      '"It is not just the fees. Every year there is a new charge for something, trips, ' +
        'uniforms, the bus," said an Indian mother of two whose children attend a school in ' +
        'Al Barsha. "Two per cent here, three per cent there, and suddenly it is Dh10,000 ' +
        'more."',
      "Sunil Varghese, principal of a CBSE school in Al Qusais, said the cap was " +
        '"reasonable" but warned that staff costs were rising faster. "Teachers\' housing ' +
        "and visa costs have gone up. We have to keep good teachers, and that has a " +
        'price," he told Khaleej Times.',
      "Mohammed Al Hashimi, a father of three in Mirdif, had little sympathy for " +
        'Varghese\'s argument. "Schools say this every year. Show us the accounts," he said.',
      "A KHDA official, speaking on condition of anonymity, said more than 70 per cent of " +
        'the emirate\'s private schools "would qualify for some increase" under the new ' +
        "framework.",
    ],
    quotes: [
      ["the quality of education parents actually receive", "the Knowledge and Human Development Authority"],
      [
        "It is not just the fees. Every year there is a new charge for something, trips, " +
          "uniforms, the bus,",
        "an Indian mother of two",
      ],
      [
        "Two per cent here, three per cent there, and suddenly it is Dh10,000 more.",
        "an Indian mother of two",
      ],
      ["reasonable", "Sunil Varghese"],
      [
        "Teachers' housing and visa costs have gone up. We have to keep good teachers, and " +
          "that has a price,",
        "Sunil Varghese",
      ],
      ["Schools say this every year. Show us the accounts,", "Mohammed Al Hashimi"],
      ["would qualify for some increase", "A KHDA official"],
    ],
  },
]);
