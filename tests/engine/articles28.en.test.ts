// A twenty-eighth round of composed English news articles, in the styles of outlets and beats the first
// twenty-seven rounds did not use: The Spokesman-Review on a public safety levy before the Spokane City
// Council, the Westmeath Independent at an assault case in Mullingar District Court, Mint on a Bengaluru
// fintech's layoffs, the Hull Daily Mail after a Hull KR derby win, The Post (Wellington) on a theatre
// company's final production, Undark on a retracted sleep study, The Tyee on a herring fishery closure in
// the Strait of Georgia, the Shepparton News on a hardware store burglary, the Lancashire Telegraph on a
// Blackburn school's Ofsted downgrade and the Daily Dispatch on a nurse shortage at Frere Hospital. Every
// article was written for these tests, blind, before the engine was run on them. Expected speakers follow
// the corpus guidelines: the fullest name the article gives, a body or a document as written, an unnamed
// source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Spokesman-Review, politics: a headline partial by a council member named only in the " +
      "body, where it is part of a longer quote, a campaign's slogan in marks nobody is said " +
      "to have said, according to a budget office without a quote, Mayor Name said between two " +
      "quotes, two women in one paragraph with the second-named speaking with argued, an " +
      "inverted countered with a full name and a role, a police guild's letter with a partial",
    headline: "Spokane levy vote delayed as council member warns of ‘a tax on top of a tax’",
    paragraphs: [
      "The Spokane City Council on Monday put off a vote on a proposed public safety levy " +
        "until January, after a three-hour hearing in which more than 60 residents signed up " +
        "to testify.",
      "The levy, which supporters have promoted under the banner “Safe Streets, Strong " +
        "Neighborhoods,” would raise about $18 million a year for police and fire staffing, " +
        "according to the city’s budget office.",
      "“We have 40 fewer officers on patrol than we did in 2019,” Mayor Denise Halvorsen said " +
        "before the hearing. “That is not a talking point. That is a response time.”",
      "Council member Rachel Ambrose, who has backed the mayor on most budget questions, said " +
        "she could not support the measure in its current form. Her colleague Teresa Lindqvist " +
        "went further, arguing that voters approved a similar levy only four years ago. “This " +
        "is a tax on top of a tax, and people on fixed incomes in Hillyard will feel it first,” " +
        "Lindqvist argued.",
      "“Nobody on this dais wants to explain a 20-minute wait for an ambulance,” countered " +
        "council President Marcus Oyelaran, who supports putting the levy on the April ballot.",
      "In a letter to the council, the Spokane Police Guild said the levy would “stop the " +
        "bleeding” of experienced officers to suburban departments.",
      "The council is expected to take up the measure again on Jan. 12.",
    ],
    quotes: [
      ["a tax on top of a tax", "Teresa Lindqvist"],
      ["We have 40 fewer officers on patrol than we did in 2019,", "Denise Halvorsen"],
      ["That is not a talking point. That is a response time.", "Denise Halvorsen"],
      [
        "This is a tax on top of a tax, and people on fixed incomes in Hillyard will feel it first,",
        "Teresa Lindqvist",
      ],
      ["Nobody on this dais wants to explain a 20-minute wait for an ambulance,", "Marcus Oyelaran"],
      ["stop the bleeding", "the Spokane Police Guild"],
    ],
  },
  {
    name:
      "Westmeath Independent, courts: a pub's name in marks, Garda Surname gave evidence then " +
      "said with a verbless second quote, a victim impact statement read in court with a partial " +
      "then he wrote, a solicitor with Mr Surname submitted, a judge with a split quote " +
      "and Judge Surname, two men in one paragraph with the first-named speaking",
    headline: "Man who headbutted doorman outside Mullingar pub ordered to pay €2,000",
    paragraphs: [
      "A 29-year-old man who headbutted a doorman outside a Mullingar pub on St Stephen’s " +
        "night has been ordered to pay €2,000 compensation and was spared a conviction.",
      "Shane Dolan, of Ashe Road, Mullingar, pleaded guilty at Mullingar District Court to " +
        "assault causing harm outside “The Stables Bar” on Pearse Street on December 26th last.",
      "Garda Niamh Kiernan gave evidence that the doorman, Tomás Reilly, had refused Mr Dolan " +
        "entry because he appeared intoxicated. “He stepped back, then came forward and " +
        "headbutted Mr Reilly once in the face,” Garda Kiernan said. “The injured party " +
        "suffered a broken nose.”",
      "In a victim impact statement read to the court, Mr Reilly said he had been out of work " +
        "for five weeks and still felt “on edge” at the door. “I have done this job for eleven " +
        "years and I never once thought I would be afraid of it,” he wrote.",
      "Solicitor Fergal Mooney, for Mr Dolan, told the court his client had no previous " +
        "convictions and had brought €2,000 to court. Mr Dolan’s father, Paddy Dolan, was in " +
        "court to support him. “He is genuinely ashamed. He has not had a drink since that " +
        "night,” Mr Mooney submitted.",
      "Judge Bernadette Owens said the doorman was “a man doing his job” and had been entitled " +
        "to go home safe. “This was a cowardly act,” Judge Owens said, “but I accept it was out " +
        "of character.” She applied the Probation Act on payment of the compensation.",
    ],
    quotes: [
      ["He stepped back, then came forward and headbutted Mr Reilly once in the face,", "Niamh Kiernan"],
      ["The injured party suffered a broken nose.", "Niamh Kiernan"],
      ["on edge", "Tomás Reilly"],
      [
        "I have done this job for eleven years and I never once thought I would be afraid of it,",
        "Tomás Reilly",
      ],
      ["He is genuinely ashamed. He has not had a drink since that night,", "Fergal Mooney"],
      ["a man doing his job", "Bernadette Owens"],
      ["This was a cowardly act,", "Bernadette Owens"],
      ["but I accept it was out of character.", "Bernadette Owens"],
    ],
  },
  {
    name:
      "Mint, business: a headline quote before a colon by a chief executive named only in the " +
      "body and repeated there, a product's name in marks, the firm said in a filing with a " +
      "partial, according to a tracker without a quote, the chief executive wrote in an email to " +
      "staff then the 43-year-old wrote and a verbless second quote, an unnamed employee with a " +
      "partial, an analyst with an inverted pointed out in reported speech then she said",
    headline: "‘We hired for a world that did not arrive’: Bengaluru fintech PayNest cuts 380 jobs",
    paragraphs: [
      "Bengaluru-based PayNest Technologies, which runs the “NestCredit” buy-now-pay-later " +
        "app, has laid off about 380 employees, or nearly a fifth of its workforce, the " +
        "company said on Wednesday.",
      "In a filing with the Registrar of Companies, the firm said the cuts were part of a " +
        "“restructuring to achieve operating profitability” by the end of FY27. Its losses " +
        "widened to ₹412 crore in FY26, according to data from Tracxn.",
      "Co-founder and chief executive Arjun Mehrotra wrote in an email to staff that the " +
        "company had grown too fast after its 2024 funding round. “We hired for a world that " +
        "did not arrive,” the 43-year-old wrote. “That is on me, not on any of you.”",
      "Affected employees will receive two months’ salary and extended health cover until " +
        "March. One employee in the product team, who did not wish to be named, said the " +
        "announcement came in a 12-minute video call and was “over before anyone could ask " +
        "a question”.",
      "Tightening rules on digital lending by the Reserve Bank of India had squeezed firms " +
        "like PayNest, pointed out Shruti Vaidyanathan, a fintech analyst at Motilal Oswal. " +
        "“The easy growth phase of BNPL is over. Only companies with their own NBFC licence " +
        "and a cheap source of funds will be comfortable,” she said.",
    ],
    quotes: [
      ["We hired for a world that did not arrive,", "Arjun Mehrotra"],
      ["restructuring to achieve operating profitability", "PayNest Technologies"],
      ["That is on me, not on any of you.", "Arjun Mehrotra"],
      ["over before anyone could ask a question", "One employee in the product team"],
      [
        "The easy growth phase of BNPL is over. Only companies with their own NBFC licence " +
          "and a cheap source of funds will be comfortable,",
        "Shruti Vaidyanathan",
      ],
    ],
  },
  {
    name:
      "Hull Daily Mail, sport: single marks, a standfirst quote with says and a role by a coach " +
      "named only in the body, where it ends a longer quote, a stand's nickname in marks, He said " +
      "with a colon, the Robins boss with a quote over two paragraphs, an inverted said with a " +
      "full name then the 22-year-old with a partial, the rival coach with conceded",
    todo: "«That one was for the people who’ve stuck with us,» goes to Rovers, not Danny Holroyd",
    headline: "Hull KR 24 Hull FC 12: Robins end derby drought in front of sell-out crowd",
    standfirst: "‘That one was for the people who’ve stuck with us,’ says Rovers head coach",
    paragraphs: [
      "Hull KR ended a run of three straight derby defeats with a deserved 24-12 win over Hull " +
        "FC at Sewell Group Craven Park on Friday night.",
      "Two tries from winger Tom Oakes and a late interception by Sam Lightowler sent ‘the " +
        "Shed’ into raptures as Rovers moved level on points with Wigan at the top.",
      "Rovers boss Danny Holroyd was bursting with pride afterwards. He said: ‘The lads " +
        "defended like their lives depended on it. Every set, every tackle, they turned up " +
        "for each other.",
      "‘I’ve been in this job a long time and that one was up there. That one was for the " +
        "people who’ve stuck with us.’",
      "‘I saw the pass coming from about 20 metres out and I just thought, go,’ said Sam " +
        "Lightowler. The 22-year-old, who signed from Leeds in the summer, described the " +
        "atmosphere as ‘the loudest I’ve ever heard a ground’.",
      "Hull FC head coach Martin Pryce conceded his side had not done enough with the ball. " +
        "‘We had our chances in the first half and we coughed it up. You can’t do that in a " +
        "derby,’ he said.",
    ],
    quotes: [
      ["That one was for the people who’ve stuck with us,", "Danny Holroyd"],
      [
        "The lads defended like their lives depended on it. Every set, every tackle, they " +
          "turned up for each other.",
        "Danny Holroyd",
      ],
      [
        "I’ve been in this job a long time and that one was up there. That one was for the " +
          "people who’ve stuck with us.",
        "Danny Holroyd",
      ],
      ["I saw the pass coming from about 20 metres out and I just thought, go,", "Sam Lightowler"],
      ["the loudest I’ve ever heard a ground", "Sam Lightowler"],
      [
        "We had our chances in the first half and we coughed it up. You can’t do that in a derby,",
        "Martin Pryce",
      ],
    ],
  },
  {
    name:
      "The Post (Wellington), culture: two plays' names in marks, a founder with a split " +
      "quote, Surname, 68, then she told The Post and a verbless next quote, " +
      "Creative New Zealand in a statement with a partial, an actor with recalled and a " +
      "colon, two women in one paragraph with the second-named speaking",
    headline: "Curtain comes down on Te Aro theatre company after 31 years",
    paragraphs: [
      "Wellington’s Lighthouse Players will stage their last production next month, ending a " +
        "31-year run that took the small Te Aro company from a church hall to the Hannah " +
        "Playhouse.",
      "The company will close with a revival of “The Pohutukawa Tree”, Bruce Mason’s 1957 " +
        "play, which it first staged in 1996. Its best-known production, the comedy “Flat " +
        "Whites at Dawn”, toured the country twice.",
      "“We always said we would stop while people still wanted more,” founder and artistic " +
        "director Mereana Tuhiwai said, “and I think that moment has come.”",
      "Tuhiwai, 68, said the company’s funding from Creative New Zealand ended in 2024. " +
        "“We have been running on goodwill and raffles ever since,” she told The Post. “You " +
        "can only ask your friends to sell so many raffle tickets.”",
      "Creative New Zealand said in a statement that it had received “a very high volume of " +
        "strong applications” and could not fund every company.",
      "Actor Hine Paewai, who joined the company at 19, was in the cast of its first show. Her " +
        "co-star from that production, Sandra Whitlock, remembered the early days fondly. She " +
        "recalled: “We painted the sets ourselves in my garage. My car lived on the street " +
        "for three winters.”",
    ],
    quotes: [
      ["We always said we would stop while people still wanted more,", "Mereana Tuhiwai"],
      ["and I think that moment has come.", "Mereana Tuhiwai"],
      ["We have been running on goodwill and raffles ever since,", "Mereana Tuhiwai"],
      ["You can only ask your friends to sell so many raffle tickets.", "Mereana Tuhiwai"],
      ["a very high volume of strong applications", "Creative New Zealand"],
      [
        "We painted the sets ourselves in my garage. My car lived on the street for three winters.",
        "Sandra Whitlock",
      ],
    ],
  },
  {
    name:
      "Undark, science: a study's title in marks, a term in marks, a journal's retraction " +
      "notice with a partial, a lead author named in full then as the neuroscientist, " +
      "reported speech then she said, a data sleuth with said Name between two quotes, an " +
      "inverted says with a full name and a role, according to a database without a quote, a " +
      "university spokesperson with a one-word partial",
    todo: "«glymphatic» taken for a quote",
    headline: "A Celebrated Sleep Study Is Retracted. Its Critics Say the Signs Were There.",
    paragraphs: [
      "A 2023 paper that claimed a single night of lost sleep could shrink the brain’s " +
        "“glymphatic” clearance by nearly half was retracted last week, two years after " +
        "outside researchers first raised concerns about its images.",
      "The paper, “Acute Sleep Deprivation Impairs Glymphatic Flow in Healthy Adults,” was " +
        "cited more than 400 times, according to the database Dimensions. In its retraction " +
        "notice, the journal, Sleep Science Reports, said the authors could not provide the " +
        "original data for several figures and that the editors had “lost confidence in the " +
        "conclusions.”",
      "Lead author Karen Whitfield-Moss, a neuroscientist at the University of Northfield, " +
        "said she stood by the central finding. But the neuroscientist acknowledged that " +
        "record-keeping in her lab had fallen short. “We should have archived the raw scans " +
        "properly, and we did not,” she said.",
      "“The duplicated panels were visible to anyone who zoomed in,” said Lucas Ferreira, an " +
        "independent image analyst who flagged the paper in 2024. “What took two years was " +
        "not the evidence, it was the will to act on it.”",
      "“Retractions are slow because journals are afraid of lawsuits and of their own " +
        "reputations,” says Priya Ramaswamy, a research-integrity researcher at the " +
        "University of Edinburgh. “Both fears make the record worse.”",
      "A spokesperson for the University of Northfield said an internal review was “ongoing” " +
        "and declined to comment further.",
    ],
    quotes: [
      ["lost confidence in the conclusions.", "Sleep Science Reports"],
      ["We should have archived the raw scans properly, and we did not,", "Karen Whitfield-Moss"],
      ["The duplicated panels were visible to anyone who zoomed in,", "Lucas Ferreira"],
      ["What took two years was not the evidence, it was the will to act on it.", "Lucas Ferreira"],
      [
        "Retractions are slow because journals are afraid of lawsuits and of their own reputations,",
        "Priya Ramaswamy",
      ],
      ["Both fears make the record worse.", "Priya Ramaswamy"],
      ["ongoing", "A spokesperson for the University of Northfield"],
    ],
  },
  {
    name:
      "The Tyee, environment: straight quotes, a boat's name in marks, the department in a " +
      "statement with two partials, a hereditary chief with told The Tyee and a verbless " +
      "second quote, two brothers in one paragraph with the first-named speaking as the " +
      "61-year-old, a biologist then He added with a colon",
    headline: "Ottawa shuts Strait of Georgia herring fishery for a third year",
    paragraphs: [
      "Fisheries and Oceans Canada will keep the commercial roe herring fishery in the Strait " +
        "of Georgia closed for 2027, the third straight season without a commercial harvest.",
      'In a statement on Thursday, the department said spawning biomass remained "below the ' +
        'level needed to support a sustainable fishery" and that it would "continue to work ' +
        'with First Nations" on spawn-on-kelp and food harvests.',
      "Hereditary Chief Clifford Joe of the Snuneymuxw First Nation welcomed the decision. " +
        '"Herring are the base of everything here. The salmon, the whales, our own people all ' +
        'depend on them," he told The Tyee. "You do not gamble with the foundation."',
      "Not everyone in Nanaimo agrees. Dave Kowalchuk, 61, fished herring for 30 years on " +
        'the "Pacific Sunrise" with his younger brother, Rick Kowalchuk, who sold his licence ' +
        'last year. "They keep moving the goalposts. We have done everything they asked," ' +
        "the 61-year-old said.",
      "Marine biologist Jonathan Mah of the University of British Columbia said warmer water " +
        "and predation from growing seal and sea lion populations made recovery uncertain. He " +
        'added: "Closing the fishery is necessary, but on its own it may not be enough."',
    ],
    quotes: [
      ["below the level needed to support a sustainable fishery", "Fisheries and Oceans Canada"],
      ["continue to work with First Nations", "Fisheries and Oceans Canada"],
      [
        "Herring are the base of everything here. The salmon, the whales, our own " +
          "people all depend on them,",
        "Clifford Joe",
      ],
      ["You do not gamble with the foundation.", "Clifford Joe"],
      ["They keep moving the goalposts. We have done everything they asked,", "Dave Kowalchuk"],
      ["Closing the fishery is necessary, but on its own it may not be enough.", "Jonathan Mah"],
    ],
  },
  {
    name:
      "Shepparton News, crime: police named only as a body with a partial, a detective with " +
      "Det Sgt Surname said then a verbless second quote, an owner as the father of three, a " +
      "neighbour unnamed with a quote, an operation's name in marks, Crime Stoppers with urged " +
      "and a partial",
    headline: "Thieves ram hardware store doors, take $40,000 in power tools",
    paragraphs: [
      "Police are hunting a group of thieves who reversed a stolen ute through the front doors " +
        "of a Mooroopna hardware store early on Tuesday and loaded more than $40,000 worth of " +
        "power tools into a second vehicle.",
      "Victoria Police said the ute was stolen from a Kialla driveway hours earlier and the " +
        "break-in was “over in under four minutes”.",
      "Detective Sergeant Kylie Marsden, of Shepparton Crime Investigation Unit, said the " +
        "group appeared to know exactly what they were after. “They went straight past the " +
        "cheaper gear to the cordless range,” Det Sgt Marsden said. “This was not a " +
        "spur-of-the-moment job.”",
      "Store owner Glenn Pattison arrived to find glass across the car park. “Twenty-two " +
        "years we’ve been here and nothing like this,” the father of three said. “The insurance " +
        "will cover some of it, but not the week we’re shut.”",
      "A neighbour who lives behind the store said she heard “an almighty bang” at about " +
        "3am but thought it was a truck.",
      "Police said the burglary was being investigated as part of “Operation Ironbark”, which " +
        "targets trade tool thefts across the Goulburn Valley. Crime Stoppers urged anyone " +
        "offered cheap tools online to “think about where they came from”.",
    ],
    quotes: [
      ["over in under four minutes", "Victoria Police"],
      ["They went straight past the cheaper gear to the cordless range,", "Kylie Marsden"],
      ["This was not a spur-of-the-moment job.", "Kylie Marsden"],
      ["Twenty-two years we’ve been here and nothing like this,", "Glenn Pattison"],
      ["The insurance will cover some of it, but not the week we’re shut.", "Glenn Pattison"],
      ["an almighty bang", "A neighbour"],
      ["think about where they came from", "Crime Stoppers"],
    ],
  },
  {
    name:
      "Lancashire Telegraph, education: a headline partial with says by Ofsted, taken from a " +
      "longer quote of its report in the body, the report said, the report with described as " +
      "and a partial, a headteacher with a letter to parents and she wrote, a parent " +
      "unnamed with a quote, an academy trust's chief executive with " +
      "insisted and inverted, a councillor with a partial, a scare-quoted term",
    headline: "‘Too many pupils’ at Blackburn primary not reading fluently enough, says Ofsted",
    paragraphs: [
      "A Blackburn primary school has been told by Ofsted that its pupils’ reading must improve, " +
        "two years after it was judged good.",
      "Inspectors who visited St Aidan’s CE Primary School in Mill Hill in October found " +
        "pupils’ reading was not improving quickly enough. ‘Too many pupils in Key Stage 2 do " +
        "not read with the fluency they need to access the wider curriculum,’ the report said.",
      "The report praised pupils’ behaviour, which it described as ‘calm and respectful’.",
      "In a letter to parents, headteacher Joanne Haworth said the school had already " +
        "introduced a new phonics programme. ‘I am disappointed, but I am not surprised, and " +
        "neither are our staff,’ she wrote. ‘We know what we need to do.’",
      "One mother waiting at the gates on Wednesday said: ‘My two love it here. One word from " +
        "an inspector doesn’t change that.’",
      "‘The school has the capacity to improve rapidly,’ insisted Mark Eccleston, chief " +
        "executive of the Pennine Learning Trust, which took over St Aidan’s in 2024. Cllr " +
        "Saima Akhtar, Blackburn with Darwen’s executive member for children, said the " +
        "so-called ‘catch-up’ funding cut last year had hit schools like St Aidan’s " +
        "‘hardest of all’.",
    ],
    quotes: [
      ["Too many pupils", "Ofsted"],
      [
        "Too many pupils in Key Stage 2 do not read with the fluency they need to access the " +
          "wider curriculum,",
        "the report",
      ],
      ["calm and respectful", "the report"],
      ["I am disappointed, but I am not surprised, and neither are our staff,", "Joanne Haworth"],
      ["We know what we need to do.", "Joanne Haworth"],
      ["My two love it here. One word from an inspector doesn’t change that.", "One mother"],
      ["The school has the capacity to improve rapidly,", "Mark Eccleston"],
      ["hardest of all", "Saima Akhtar"],
    ],
  },
  {
    name:
      "Daily Dispatch, health: a standfirst partial by a union named only in the body, a ward's " +
      "nickname in marks, a nurse with a quote and the 34-year-old, the provincial health " +
      "department's spokesperson named in full with a split quote, a union's regional " +
      "secretary with warned and a colon, a patient's daughter with told the Daily Dispatch, " +
      "an unnamed doctor with a partial",
    headline: "Frere Hospital nurses working double shifts as vacancies pile up",
    standfirst: "Union says staff are ‘running on empty’ as 140 posts remain unfilled",
    paragraphs: [
      "Nurses at Frere Hospital in East London say they are routinely working 16-hour shifts " +
        "to cover for 140 vacant posts, with some wards running on half their normal staff.",
      "On the medical ward that staff call “the Battlefield”, one nurse said she had looked " +
        "after 28 patients alone on a night shift last week. “You do the drugs, you turn the " +
        "patients, you answer the families. By 4am you are not a nurse any more, you are a " +
        "machine,” said Nomvula Mgqibisa. The 34-year-old has worked at Frere for nine years.",
      "Eastern Cape health department spokesperson Siyanda Mpahleni confirmed the vacancies. " +
        "“The department has approved the filling of 60 critical posts,” Mpahleni said, “and " +
        "recruitment will start in January.”",
      "The Democratic Nursing Organisation of South Africa (Denosa) said staff were “running " +
        "on empty”. Its regional secretary, Lulama Ndzimande, warned: “If government waits " +
        "until January, some of these nurses will not be here in January.”",
      "Zanele Booi, whose father spent a week on the ward after a stroke, told the Daily " +
        "Dispatch the nurses had been “kind, but exhausted”.",
      "A doctor at the hospital, who asked not to be named, said patients were being " +
        "discharged “a day or two earlier than we would like” to free beds.",
    ],
    quotes: [
      ["running on empty", "The Democratic Nursing Organisation of South Africa"],
      [
        "You do the drugs, you turn the patients, you answer the families. By 4am you are not a " +
          "nurse any more, you are a machine,",
        "Nomvula Mgqibisa",
      ],
      ["The department has approved the filling of 60 critical posts,", "Siyanda Mpahleni"],
      ["and recruitment will start in January.", "Siyanda Mpahleni"],
      [
        "If government waits until January, some of these nurses will not be here in January.",
        "Lulama Ndzimande",
      ],
      ["kind, but exhausted", "Zanele Booi"],
      ["a day or two earlier than we would like", "A doctor at the hospital"],
    ],
  },
]);
