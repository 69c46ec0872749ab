// A nineteenth round of composed English news articles, in the styles of outlets and beats the first
// eighteen rounds did not use: The Atlanta Journal-Constitution on a MARTA station closure, the Limerick
// Leader at a sentencing in Limerick District Court, the Gold Coast Bulletin after a Titans win, the
// Waikato Times on toxic algae in Lake Karāpiro, The London Free Press on a rural emergency department,
// The Tribune (Chandigarh) on a PSEB topper, Mmegi on a Debswana production cut, The Korea Herald on a
// festival's opening film, Honolulu Civil Beat on a visitor fee bill and the Shropshire Star on a
// community pub buyout. Every article was written for these tests, blind, before the engine was run on
// them. Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or a
// document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Atlanta Journal-Constitution, transport: a general manager told board members then a " +
      "split, according to a budget document with a partial quote, a rider then the " +
      "34-year-old, a councilmember calling a plan with another woman in the paragraph, an " +
      "artwork title, an inverted wrote",
    headline: "MARTA to close Five Points station for 18 months of repairs",
    paragraphs: [
      "MARTA will close the downtown Five Points station to rail passengers for 18 months " +
        "beginning in March, the transit agency’s board decided Thursday, the biggest disruption " +
        "to the system since it opened in 1979.",
      "“This is the heart of the system, and the heart needs surgery,” MARTA General Manager " +
        "Darnell Whitfield told board members. “We can’t keep patching it.”",
      "Trains on all four lines will pass through the station without stopping, and riders will" +
        " transfer at a temporary platform at Garnett. Weekday boardings at Five Points have " +
        "fallen to “about half of pre-pandemic levels,” according to a MARTA budget document.",
      "Keisha Oduya, who rides the Red Line from College Park to her job at Georgia State " +
        "University, said she already leaves home an hour before her shift. “Now it’s going to " +
        "be an hour and a half,” the 34-year-old said. “Nobody asked us.”",
      "Atlanta City Councilmember Marci Overstreet, who chairs the council’s transportation " +
        "committee, called the timeline “aggressive but necessary.” She said she had spoken with" +
        " Whitfield’s deputy, Angela Byrne, on Wednesday. “She assured me there will be shuttle " +
        "buses every five minutes at rush hour,” Overstreet said.",
      "The station’s ceramic mural, “Atlanta Rising,” will be taken down and restored off-site " +
        "while the work is underway.",
      "“We’ll be watching every week, and if the buses aren’t there, people will notice,” wrote" +
        " Elliot Sandoval of the rider advocacy group MARTA Army in an email.",
    ],
    quotes: [
      ["This is the heart of the system, and the heart needs surgery,", "Darnell Whitfield"],
      ["We can’t keep patching it.", "Darnell Whitfield"],
      ["about half of pre-pandemic levels,", "a MARTA budget document"],
      ["Now it’s going to be an hour and a half,", "Keisha Oduya"],
      ["Nobody asked us.", "Keisha Oduya"],
      ["aggressive but necessary.", "Marci Overstreet"],
      ["She assured me there will be shuttle buses every five minutes at rush hour,", "Marci Overstreet"],
      ["We’ll be watching every week, and if the buses aren’t there, people will notice,", "Elliot Sandoval"],
    ],
  },
  {
    name:
      "Limerick Leader, courts: a judge's words in the headline repeated in the body, a garda " +
      "told the court then the accused told gardaí with a colon, a defending solicitor with a " +
      "partial quote then she said, a letter described, the judge told him, an unnamed mother " +
      "with a colon",
    todo:
      "«motivated and honest about his relapses» goes to Marian O’Leary, not a letter from the " +
      "residential programme",
    headline: "‘Your luck has run out’: Judge jails Limerick man with 40 previous convictions",
    paragraphs: [
      "A Limerick man with 40 previous convictions has been jailed for five months after he was" +
        " caught stealing bottles of whiskey from a city centre supermarket.",
      "Shane Hartigan, 29, of Carew Park, pleaded guilty at Limerick District Court to the theft" +
        " of goods worth €312 from a shop on Sarsfield Street on August 3 last.",
      "Garda Niamh Costello told the court the accused was seen on CCTV putting six bottles into" +
        " a sports bag before walking out past the tills. When he was stopped a short distance " +
        "away, he told gardaí: “Fair enough, you got me.”",
      "Solicitor Sarah Ryan, defending, said her client had a long-standing addiction and had " +
        "“genuinely engaged” with services in recent months. “He has a place on a residential " +
        "programme in Cork from next month, and he is asking the court to give him that chance,”" +
        " she said.",
      "Judge Marian O’Leary said she had read a letter from the residential programme, which " +
        "described the accused as “motivated and honest about his relapses”.",
      "However, she said she could not ignore his record. “Your luck has run out,” Judge " +
        "O’Leary told him. “The people who work in these shops are entitled to go to work " +
        "without this.”",
      "She imposed a five-month sentence and fixed recognisance in the event of an appeal. " +
        "Outside the court, Hartigan’s mother, who did not wish to be named, said: “He was doing " +
        "well. This will set him back.”",
    ],
    quotes: [
      ["Fair enough, you got me.", "Shane Hartigan"],
      ["genuinely engaged", "Sarah Ryan"],
      [
        "He has a place on a residential programme in Cork from next month, and he is asking " +
          "the court to give him that chance,",
        "Sarah Ryan",
      ],
      ["motivated and honest about his relapses", "a letter from the residential programme"],
      ["Your luck has run out,", "Marian O’Leary"],
      ["The people who work in these shops are entitled to go to work without this.", "Marian O’Leary"],
      ["He was doing well. This will set him back.", "Hartigan’s mother"],
    ],
  },
  {
    name:
      "Gold Coast Bulletin, sport: a coach's words in the headline, named only in the body, a " +
      "nickname in marks, the 19-year-old then a quote with no verb, an inverted said with a " +
      "skipper then a split, an opposing coach with a partial quote, a club statement",
    todo: "«I looked up and saw my mum and nan in the sta…» goes to Mark Delaney, not Jayden Fa’aoso",
    headline: "‘He played like a 10-year veteran’: Titans coach hails teen debutant",
    paragraphs: [
      "Gold Coast teenager Jayden Fa’aoso scored two tries on debut as the Titans beat the North" +
        " Queensland Cowboys 28-16 at Cbus Super Stadium on Saturday night.",
      "“He played like a 10-year veteran,” Titans coach Mark Delaney said. “He didn’t miss a " +
        "tackle and he backed himself every time he got the ball.”",
      "The Palm Beach Currumbin product, nicknamed “Bam Bam” by his teammates, grew up 10 " +
        "minutes from the ground and was a ball boy at the stadium as a kid.",
      "The 19-year-old was in tears on the sideline after fulltime. “I looked up and saw my mum" +
        " and nan in the stand and just lost it a bit. I’ve dreamt about this since I was six.”",
      "“He’s earned every minute of it,” said skipper Ryan Whitford, who also crossed for a " +
        "try. “The kid trains harder than anyone, and tonight you saw why.”",
      "Cowboys coach Shane Maher said his side had been “way too loose with the footy” in the " +
        "second half, when they coughed up possession nine times.",
      "The Cowboys said in a statement on Sunday that centre Liam Ruddock had suffered a knee " +
        "ligament injury and would be “reassessed in a fortnight”.",
    ],
    quotes: [
      ["He played like a 10-year veteran,", "Mark Delaney"],
      ["He didn’t miss a tackle and he backed himself every time he got the ball.", "Mark Delaney"],
      [
        "I looked up and saw my mum and nan in the stand and just lost it a bit. I’ve dreamt " +
          "about this since I was six.",
        "Jayden Fa’aoso",
      ],
      ["He’s earned every minute of it,", "Ryan Whitford"],
      ["The kid trains harder than anyone, and tonight you saw why.", "Ryan Whitford"],
      ["way too loose with the footy", "Shane Maher"],
      ["reassessed in a fortnight", "The Cowboys"],
    ],
  },
  {
    name:
      "Waikato Times, environment: a health unit in a statement, a council scientist with a " +
      "partial quote then she said, a quote across two paragraphs with no verb on the first, an" +
      " event manager with a partial then he said, an unnamed local, a campaign slogan",
    todo: "«I’ll be taking her down to the river instead,» goes to Craig Bentham, not a local",
    headline: "Toxic algae warning for Lake Karāpiro weeks before rowing nationals",
    paragraphs: [
      "People and dogs are being told to stay out of parts of Lake Karāpiro after potentially " +
        "toxic cyanobacteria were found at three sites, weeks before the lake hosts the national" +
        " rowing championships.",
      "Te Whatu Ora’s Waikato public health unit said in a statement the bloom posed “a real " +
        "risk to anyone who swallows the water, and an even greater one to dogs”.",
      "Waikato Regional Council water scientist Dr Aroha Manihera said a dry, warm spring and " +
        "nutrients washed off farmland had created “perfect conditions”. “We’re seeing blooms " +
        "earlier in the season than we did ten years ago. That’s a trend, not a one-off,” she " +
        "said.",
      "Manihera said the long-term answer lay upstream of the lake.",
      "“You can’t fix a lake at the lake. You fix it in the catchment, paddock by paddock, " +
        "stream by stream.",
      "“That’s slow work, and it doesn’t make headlines, but it’s the only thing that works,” " + "she said.",
      "Rowing New Zealand event manager Craig Bentham said organisers were “monitoring daily”. " +
        "“If we have to move the regatta, we will, but we’re not there yet,” he said.",
      "At the Karāpiro Domain, where council signs reminding boaties to “Check, Clean, Dry” " +
        "now sit beside the health warnings, a local who walks her labrador there most mornings " +
        "said she would go elsewhere for now. “I’ll be taking her down to the river instead,” " +
        "she said.",
    ],
    quotes: [
      [
        "a real risk to anyone who swallows the water, and an even greater one to dogs",
        "Te Whatu Ora’s Waikato public health unit",
      ],
      ["perfect conditions", "Aroha Manihera"],
      [
        "We’re seeing blooms earlier in the season than we did ten years ago. That’s a trend, " +
          "not a one-off,",
        "Aroha Manihera",
      ],
      [
        "You can’t fix a lake at the lake. You fix it in the catchment, paddock by paddock, " +
          "stream by stream.",
        "Aroha Manihera",
      ],
      [
        "That’s slow work, and it doesn’t make headlines, but it’s the only thing that works,",
        "Aroha Manihera",
      ],
      ["monitoring daily", "Craig Bentham"],
      ["If we have to move the regatta, we will, but we’re not there yet,", "Craig Bentham"],
      ["I’ll be taking her down to the river instead,", "a local"],
    ],
  },
  {
    name:
      "London Free Press, health: a chief executive said in a news release then a split, " +
      "according to a chief of staff who described, a mayor calling with another woman named " +
      "in the paragraph, the mayor by surname, a ministry in an email, a program name, an " +
      "unnamed paramedic referred back as the paramedic",
    todo: "«working closely with the hospital» goes to Ministry of Health, not Ontario’s Ministry of Health",
    headline: "Strathroy ER to close overnight on weekends as doctor shortage bites",
    paragraphs: [
      "The emergency department at Strathroy Middlesex General Hospital will close from 7 p.m. " +
        "to 7 a.m. on weekends through the end of January because of a shortage of physicians, " +
        "Middlesex Hospital Alliance announced Tuesday.",
      "“Nobody got into health care to close an emergency department,” alliance president and " +
        "CEO Linda Beaudoin said in a news release. “But we cannot safely staff it with the " +
        "physicians we have.”",
      "The hospital is short about 40 per cent of the emergency shifts it needs this winter, " +
        "according to chief of staff Dr. Ashok Varma, who described the situation as " +
        "“precarious.”",
      "Strathroy-Caradoc Mayor Colleen Burke said she learned of the decision from Beaudoin in " +
        "a phone call Monday night. She called it “a gut punch for this community” and said " +
        "council would write to Ontario Health.",
      "“The nearest open ER is in London. That’s 40 minutes if the roads are good, and in " +
        "January they are not good,” Burke said.",
      "Ontario’s Ministry of Health said in an email that it was “working closely with the " +
        "hospital” and pointed to its “Learn and Stay” grant, which pays tuition for nursing " +
        "students who agree to work in underserved communities.",
      "A paramedic who works in the county, and who asked not to be named because they are not" +
        " authorized to speak to media, said crews were already stretched. “We’ll be the ER on " +
        "wheels,” the paramedic said.",
    ],
    quotes: [
      ["Nobody got into health care to close an emergency department,", "Linda Beaudoin"],
      ["But we cannot safely staff it with the physicians we have.", "Linda Beaudoin"],
      ["precarious.", "Ashok Varma"],
      ["a gut punch for this community", "Colleen Burke"],
      [
        "The nearest open ER is in London. That’s 40 minutes if the roads are good, and in " +
          "January they are not good,",
        "Colleen Burke",
      ],
      ["working closely with the hospital", "Ontario’s Ministry of Health"],
      ["We’ll be the ER on wheels,", "A paramedic"],
    ],
  },
  {
    name:
      "The Tribune (Chandigarh), education: a standfirst partial quote by a student named in " +
      "the body, she said after, her father he said, a board chairman with a partial then a " +
      "colon, a minister writing on X, a principal the principal said with the student named " +
      "in the paragraph, a scheme name",
    todo: "«serve my own district» goes to null, not Harleen Kaur",
    headline: "Sangrur farmer’s daughter tops PSEB Class 10 exam with perfect score",
    standfirst: "Topper, who never took tuition, wants to become an IAS officer and “serve my own district”",
    paragraphs: [
      "Harleen Kaur, a student of Government Senior Secondary School, Bhawanigarh, in Sangrur " +
        "district, has topped the Punjab School Education Board (PSEB) Class 10 examination, " +
        "scoring 650 out of 650 marks. The results were declared on Friday.",
      "The daughter of a small farmer, Harleen said she had never taken tuition. “My teachers " +
        "stayed back after school whenever I had doubts. This result belongs to them also,” she " +
        "said.",
      "Her father, Gurpreet Singh, who cultivates five acres, was in the fields when the news " +
        "came. “Someone from the village came running to tell me. I did not believe it till I saw" +
        " her name on the phone,” he said.",
      "PSEB Chairman Dr Amarpal Singh Bains said the overall pass percentage was 97.2, and that " +
        "girls had “once again outperformed boys”. Addressing mediapersons in Mohali, he said: " +
        "“Government school students have secured 11 of the top 20 positions. This shows the " +
        "change on the ground.”",
      "Education Minister Ravneet Dhillon congratulated the topper on X, writing that she had " +
        "“made all of Punjab proud”.",
      "The Bhawanigarh school was upgraded last year under the state’s “Schools of Eminence” " +
        "scheme. Principal Manjit Kaur said Harleen was usually the first to arrive every " +
        "morning. “She never missed a single day, not even in the winter fog,” the principal " +
        "said.",
    ],
    quotes: [
      ["serve my own district", "Harleen Kaur"],
      [
        "My teachers stayed back after school whenever I had doubts. This result belongs to " + "them also,",
        "Harleen Kaur",
      ],
      [
        "Someone from the village came running to tell me. I did not believe it till I saw her" +
          " name on the phone,",
        "Gurpreet Singh",
      ],
      ["once again outperformed boys", "Amarpal Singh Bains"],
      [
        "Government school students have secured 11 of the top 20 positions. This shows the " +
          "change on the ground.",
        "Amarpal Singh Bains",
      ],
      ["made all of Punjab proud", "Ravneet Dhillon"],
      ["She never missed a single day, not even in the winter fog,", "Manjit Kaur"],
    ],
  },
  {
    name:
      "Mmegi, business: a company in a statement, a managing director speaking to the paper, " +
      "a union with an abbreviation and a partial quote, its general secretary with a split, " +
      "an inverted warned with an economist, a central bank with a one-word partial, an " +
      "unnamed trader",
    todo: "«When the mine sneezes, Jwaneng catches a cold,» goes to a trader at the bus rank, not a trader",
    headline: "Debswana cuts output as diamond slump deepens",
    paragraphs: [
      "Debswana Diamond Company will cut production by a further 15 percent this year as the " +
        "global diamond market shows no sign of recovery.",
      "In a statement issued yesterday, Debswana said the decision was “necessary to protect " +
        "the long-term value of Botswana’s diamond resources” in a market still weighed down by " +
        "weak demand in China and competition from laboratory-grown stones.",
      "Speaking to Mmegi Business, Debswana managing director Kagiso Mothibi said no " +
        "retrenchments were planned. “We are not laying off anyone. Jwaneng and Orapa will move " +
        "to reduced shifts, and employees will keep their full basic pay,” he said.",
      "The Botswana Mine Workers Union (BMWU) welcomed the assurance but said it remained " +
        "“cautiously sceptical”. “We have heard such promises before,” BMWU general secretary " +
        "Mpho Gaolathe said. “Our members want it in writing.”",
      "Diamonds account for about a third of GDP and most of the country’s export earnings. " +
        "“The economy cannot take two bad years in a row without deep cuts in government " +
        "spending,” warned Dr Keneilwe Ramotswa, an economist at the University of Botswana.",
      "The Bank of Botswana said in its latest monetary policy statement that the outlook for " +
        "the sector remained “subdued”.",
      "In Jwaneng, a trader at the bus rank said business had already slowed. “When the mine " +
        "sneezes, Jwaneng catches a cold,” he said.",
    ],
    quotes: [
      ["necessary to protect the long-term value of Botswana’s diamond resources", "Debswana"],
      [
        "We are not laying off anyone. Jwaneng and Orapa will move to reduced shifts, and " +
          "employees will keep their full basic pay,",
        "Kagiso Mothibi",
      ],
      ["cautiously sceptical", "The Botswana Mine Workers Union"],
      ["We have heard such promises before,", "Mpho Gaolathe"],
      ["Our members want it in writing.", "Mpho Gaolathe"],
      [
        "The economy cannot take two bad years in a row without deep cuts in government spending,",
        "Keneilwe Ramotswa",
      ],
      ["subdued", "The Bank of Botswana"],
      ["When the mine sneezes, Jwaneng catches a cold,", "a trader"],
    ],
  },
  {
    name:
      "Korea Herald, culture: film titles in the headline and body, a festival with an " +
      "abbreviation in a statement, a director said then a split, an actor and the director " +
      "both women in one paragraph with the 32-year-old and she added, a program director with" +
      " a colon, a retrospective title, a county office described",
    headline: "Director Yoon Ha-jin’s “The Salt Road” to open Busan film festival",
    paragraphs: [
      "“The Salt Road,” the new film by director Yoon Ha-jin, has been chosen as the opening " +
        "film of the 31st Busan International Film Festival (BIFF), organizers said Tuesday.",
      "The film follows a salt farmer on Sinan Island who refuses to sell his land to a resort " +
        "developer. In a statement, BIFF said the film “captures the dignity of labor with rare " +
        "tenderness.”",
      "Yoon, whose previous feature “Winter Pier” won the New Currents Award in 2022, spoke at " +
        "a press conference in Seoul. “I spent two summers on Sinan with the salt farmers before " +
        "I wrote a single line,” Yoon said. “They taught me that patience is also a kind of " +
        "courage.”",
      "Park Seo-yeon, who plays the farmer’s daughter, said Yoon had insisted that she learn to" +
        " rake salt herself. “My hands were covered in blisters by the second week,” the " +
        "32-year-old actor said, laughing. “She told me the camera would know if I was faking,” " +
        "she added.",
      "BIFF program director Kim Jae-won said: “It is rare to find a film that is so deeply " +
        "local and at the same time so immediately universal.”",
      "The festival runs Oct. 2-11 at the Busan Cinema Center and will also feature a " +
        "retrospective titled “Korean Cinema of the 1960s.”",
      "The Sinan County Office said it hoped the film would draw visitors to the island’s salt " +
        "flats, which it described as “a living heritage of the Korean coast.”",
    ],
    quotes: [
      ["captures the dignity of labor with rare tenderness.", "Busan International Film Festival"],
      ["I spent two summers on Sinan with the salt farmers before I wrote a single line,", "Yoon Ha-jin"],
      ["They taught me that patience is also a kind of courage.", "Yoon Ha-jin"],
      ["My hands were covered in blisters by the second week,", "Park Seo-yeon"],
      ["She told me the camera would know if I was faking,", "Park Seo-yeon"],
      [
        "It is rare to find a film that is so deeply local and at the same time so immediately universal.",
        "Kim Jae-won",
      ],
      ["a living heritage of the Korean coast.", "The Sinan County Office"],
    ],
  },
  {
    name:
      "Honolulu Civil Beat, politics: straight quotes throughout, a fee name in marks in the " +
      "headline and body, an inverted said with a senator, an association's testimony " +
      "warning, a nested quote in single marks, a governor's office spokesperson in an email, " +
      "a committee chair said then she said with another woman named, an unnamed lobbyist",
    todo: "«green fee» taken for a quote",
    headline: "Lawmakers Want To Double Hawaii's 'Green Fee.' The Hotel Industry Says Not So Fast.",
    paragraphs: [
      'A bill that would double the visitor "green fee" added to hotel and vacation rental ' +
        "bills cleared its first Senate committee Wednesday, setting up a fight with the " +
        "tourism industry over how much visitors should pay to protect Hawaii's environment.",
      '"Visitors love these islands. Asking them to help take care of them is not too much," ' +
        "said Sen. Kalani Akana, a Windward Oahu Democrat who introduced the bill.",
      "The Hawaii Lodging & Tourism Association submitted written testimony opposing the " +
        'measure, warning that it could make Hawaii "the most expensive destination in the ' +
        'country to sleep in."',
      'At the hearing, association president Carla Yoshimoto told the committee: "Every time we' +
        " add a fee, someone in Las Vegas says 'thank you.'\"",
      "Sen. Lorraine Kapaona, who chairs the committee, said she shared some of Yoshimoto's " +
        "concerns but voted to advance the bill. \"We'll have a real fight about the number in " +
        'Ways and Means," she said. "That\'s where it belongs."',
      "A spokesperson for the governor's office said in an email that the administration would" +
        ' "review the bill as it moves through the process."',
      "One lobbyist who has worked at the Capitol for two decades said the measure had " +
        '"maybe a 50-50 shot" this session.',
    ],
    quotes: [
      ["Visitors love these islands. Asking them to help take care of them is not too much,", "Kalani Akana"],
      [
        "the most expensive destination in the country to sleep in.",
        "The Hawaii Lodging & Tourism Association",
      ],
      ["Every time we add a fee, someone in Las Vegas says 'thank you.'", "Carla Yoshimoto"],
      ["We'll have a real fight about the number in Ways and Means,", "Lorraine Kapaona"],
      ["That's where it belongs.", "Lorraine Kapaona"],
      ["review the bill as it moves through the process.", "A spokesperson for the governor's office"],
      ["maybe a 50-50 shot", "One lobbyist"],
    ],
  },
  {
    name:
      "Shropshire Star, local life: British single marks with double inside, a chair's words " +
      "in the headline repeated in the body, an inverted said then a split, a nested quote " +
      "after a colon with a pronoun, a treasurer describing with a partial quote, a council " +
      "said, a dog's name in marks, she laughed",
    headline: "‘We couldn’t let it go’: villagers raise £400,000 to buy their local pub",
    paragraphs: [
      "Villagers in Clunbury, south Shropshire, have raised more than £400,000 to buy their only" +
        " pub, the Bridge Inn, which closed last year when its owners retired.",
      "More than 300 people bought shares in the community benefit society set up to save the " +
        "17th-century inn. ‘We couldn’t let it go,’ said Sue Hollings, who chairs the group. " +
        "‘When the pub shut, the village lost its living room.’",
      "Mrs Hollings, a retired teacher, said she knew they would succeed when a 90-year-old " +
        "resident knocked on her door with an envelope of cash: ‘He said “I drank my first pint " +
        "there in 1952, and I’d like my last one there too”, and that was it – I was in tears.’",
      "Treasurer Martin Gittins said the society had also secured a £150,000 government grant. " +
        "He described the last weeks of fundraising as ‘nerve-shredding’.",
      "Shropshire Council, which listed the pub as an asset of community value in 2024, said the" +
        " buyout was ‘a brilliant example of what communities can achieve’.",
      "The new tenants, Amy Pritchard, 36, and her husband Dan, will move in in March with their" +
        " springer spaniel, ‘Biscuit’. ‘It feels like the whole village is our landlord now, " +
        "which is slightly terrifying,’ she laughed.",
    ],
    quotes: [
      ["We couldn’t let it go,", "Sue Hollings"],
      ["When the pub shut, the village lost its living room.", "Sue Hollings"],
      [
        "He said “I drank my first pint there in 1952, and I’d like my last one there too”, and " +
          "that was it – I was in tears.",
        "Sue Hollings",
      ],
      ["nerve-shredding", "Martin Gittins"],
      ["a brilliant example of what communities can achieve", "Shropshire Council"],
      ["It feels like the whole village is our landlord now, which is slightly terrifying,", "Amy Pritchard"],
    ],
  },
]);
