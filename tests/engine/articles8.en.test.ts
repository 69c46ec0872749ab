// An eighth round of composed English news articles, in the styles of outlets and beats the first seven
// rounds did not use: The Philadelphia Inquirer on a SEPTA budget vote, the Star Tribune at a sentencing,
// The Age on a Test match, RNZ on a hospital waitlist, Ars Technica on a satellite failure, Inside Climate
// News on a pipeline permit, the Tampa Bay Times on a museum reopening, The Independent on a minister's
// resignation, Newsday on a village water plant and The Arizona Republic on a chip plant. Every article
// was written for these tests, before the engine was run on them. Expected speakers follow the corpus
// guidelines: the fullest name the article gives, a body or a document as written, an unnamed source by
// its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name: "Philadelphia Inquirer, transit politics: a board, a rider, the GM by role",
    headline: "SEPTA board approves deep service cuts as Harrisburg stalls",
    paragraphs: [
      "SEPTA’s board voted Thursday to approve a budget that would cut bus service by a fifth and end " +
        "some Regional Rail lines by January unless state lawmakers agree on new transit funding.",
      "“We are not bluffing,” said Karen Alvarado, the authority’s general manager. “These are the " +
        "choices left to us when the money does not come.”",
      "The board chair, Tom Hennessey, called the vote “the hardest thing this board has ever done,” " +
        "and said members had delayed it twice in the hope of a deal in Harrisburg.",
      "Riders who packed the meeting room on Market Street were not persuaded. Denise Pryor, 58, who " +
        "takes the 47 bus to her job at a Center City hotel, said she had no other way to get to work. " +
        "“If they cut my bus, I lose my job. It is that simple,” she said.",
      "State Sen. Marcus Webb, a Republican from Chester County, said the authority should look at its " +
        "own spending first. “Every year it’s the same doomsday script,” Webb said in a statement.",
      "The general manager rejected that. “We have cut what we can cut,” Alvarado said.",
    ],
    quotes: [
      ["We are not bluffing,", "Karen Alvarado"],
      ["These are the choices left to us when the money does not come.", "Karen Alvarado"],
      ["the hardest thing this board has ever done,", "Tom Hennessey"],
      ["If they cut my bus, I lose my job. It is that simple,", "Denise Pryor"],
      ["Every year it’s the same doomsday script,", "Marcus Webb"],
      ["We have cut what we can cut,", "Karen Alvarado"],
    ],
  },
  {
    name:
      "Star Tribune, courts: a judge, a victim's sister " +
      "sharing the surname, the defense attorney, pronouns",
    headline: "Former Minneapolis contractor sentenced to 7 years for defrauding elderly homeowners",
    paragraphs: [
      "A former Minneapolis roofing contractor who took more than $900,000 from elderly homeowners for " +
        "repairs he never made was sentenced Monday to seven years in federal prison.",
      "Gregory Lind, 49, of Brooklyn Park, pleaded guilty in March to wire fraud. Prosecutors said he " +
        "targeted at least 40 homeowners in their 70s and 80s after storms in 2022 and 2023.",
      "“You looked for people who trusted you because they were alone,” U.S. District Judge Patricia " +
        "Soderberg told him. “That is not a mistake. That is a plan.”",
      "Among those who spoke at the hearing was Ruth Engstrom, whose mother, Evelyn Engstrom, paid Lind " +
        "$38,000 for a roof that was never started. Evelyn Engstrom died last year at 86.",
      "“She kept the contract on the kitchen table until the day she died,” Ruth Engstrom said. “She " +
        "believed he would come back.”",
      "Lind’s attorney, Daniel Okoro, asked for a sentence of four years, saying his client had a gambling " +
        "addiction and had “tried to make people whole” before he was charged.",
      "Lind apologized briefly. “I’m sorry for what I did,” he said, without turning to face the families.",
    ],
    quotes: [
      ["You looked for people who trusted you because they were alone,", "Patricia Soderberg"],
      ["That is not a mistake. That is a plan.", "Patricia Soderberg"],
      ["She kept the contract on the kitchen table until the day she died,", "Ruth Engstrom"],
      ["She believed he would come back.", "Ruth Engstrom"],
      ["tried to make people whole", "Daniel Okoro"],
      ["I’m sorry for what I did,", "Gregory Lind"],
    ],
  },
  {
    name: "The Age, sport: a captain, a coach by role, a debutant, says in present tense, single quotes",
    headline: "Cummins backs young quick after wicketless debut at the MCG",
    paragraphs: [
      "Australian captain Pat Cummins has backed debutant Liam Hartley to keep his place for the Sydney " +
        "Test, despite the 21-year-old conceding 112 runs without a wicket on the opening day at the MCG.",
      "‘He was a bit nervy early, which you’d expect,’ Cummins says. ‘But the last spell was as good as " +
        "anything we bowled all day.’",
      "Hartley, who grew up in Bendigo and played only nine first-class matches before his call-up, " +
        "admitted the occasion had got to him.",
      "‘I looked up at the crowd in the first over and my legs went a bit,’ he says. ‘After lunch I just " +
        "tried to hit the pitch hard.’",
      "Head coach Andrew McDonald said selectors had picked Hartley for his pace, not his figures. ‘We " +
        "know what he can do,’ the coach said.",
      "India finished the day at 4-287, with their captain unbeaten on 104.",
    ],
    quotes: [
      ["He was a bit nervy early, which you’d expect,", "Pat Cummins"],
      ["But the last spell was as good as anything we bowled all day.", "Pat Cummins"],
      ["I looked up at the crowd in the first over and my legs went a bit,", "Liam Hartley"],
      ["After lunch I just tried to hit the pitch hard.", "Liam Hartley"],
      ["We know what he can do,", "Andrew McDonald"],
    ],
  },
  {
    name: "RNZ, health: te reo body name, a union, a patient, Health New Zealand statement says, a minister",
    headline: "Waitlist for hip and knee surgery in Canterbury doubles in two years",
    paragraphs: [
      "The number of people waiting more than four months for hip and knee surgery in Canterbury has " +
        "doubled in two years, new figures show.",
      "Health New Zealand – Te Whatu Ora said in a statement it was “working hard to reduce wait times” " +
        "and had contracted private hospitals to carry out more than 600 operations this year.",
      "But the nurses’ union says that is not enough. “You can’t outsource your way out of a workforce " +
        "crisis,” New Zealand Nurses Organisation delegate Mere Tainui told RNZ.",
      "Christchurch man Graham Pike, 71, has been waiting 14 months for a knee replacement. “Some days I " +
        "can’t get to the letterbox,” he said. “I used to walk the dog for an hour.”",
      "Health Minister Simeon Brown said the government had set targets for elective surgery and expected " +
        "them to be met. “The public deserve better, and they will get it,” he said.",
      "Labour’s health spokesperson Ayesha Verrall said the figures showed the targets were “not worth the " +
        "paper they’re written on”.",
    ],
    quotes: [
      ["working hard to reduce wait times", "Health New Zealand – Te Whatu Ora"],
      ["You can’t outsource your way out of a workforce crisis,", "Mere Tainui"],
      ["Some days I can’t get to the letterbox,", "Graham Pike"],
      ["I used to walk the dog for an hour.", "Graham Pike"],
      ["The public deserve better, and they will get it,", "Simeon Brown"],
      ["not worth the paper they’re written on", "Ayesha Verrall"],
    ],
  },
  {
    name:
      "Ars Technica, technology: a company that says, " +
      "an unnamed engineer, an analyst, a scare-quoted term",
    headline: "Orbital Relay loses contact with its newest satellite hours after launch",
    paragraphs: [
      "Orbital Relay, the Colorado startup building a constellation of data-relay satellites, said Tuesday " +
        "that it had lost contact with its fourth spacecraft about six hours after it reached orbit.",
      "“We received good telemetry through solar array deployment, and then the signal stopped,” the " +
        "company said in a post on its website. “Our team is working through every possible cause.”",
      "An engineer familiar with the mission, who asked not to be named because they were not authorized " +
        "to speak, said the likeliest culprit was the spacecraft’s power system. “If the batteries drained " +
        "before it could point the panels at the Sun, it’s gone,” the engineer said.",
      "Like the earlier spacecraft, the satellite ran so-called “self-healing” software meant to reboot it " +
        "after a fault.",
      "Caleb Moreno, an analyst at Quilty Space, said the loss would not sink the company but would make " +
        "investors nervous. “Losing one out of four is survivable,” Moreno said. “Losing two is a pattern.”",
      "Orbital Relay said its next launch, planned for March, would go ahead.",
    ],
    quotes: [
      [
        "We received good telemetry through solar array deployment, and then the signal stopped,",
        "Orbital Relay",
      ],
      ["Our team is working through every possible cause.", "Orbital Relay"],
      [
        "If the batteries drained before it could point the panels at the Sun, it’s gone,",
        "An engineer familiar with the mission",
      ],
      ["Losing one out of four is survivable,", "Caleb Moreno"],
      ["Losing two is a pattern.", "Caleb Moreno"],
    ],
  },
  {
    name:
      "Inside Climate News, environment: a regulator's order says, a tribe's chairman, a company " +
      "spokesperson",
    todo: "a spokesperson for a company given to the company",
    headline: "Regulators approve pipeline expansion over tribe’s objections",
    standfirst: "The Lower Sioux Indian Community says the decision ignores “decades of broken promises.”",
    paragraphs: [
      "Minnesota regulators on Wednesday approved a 40-mile expansion of a crude oil pipeline that crosses " +
        "the Minnesota River watershed, rejecting arguments from a tribal nation that the project " +
        "threatens wild rice beds and drinking water.",
      "The Public Utilities Commission’s order says the company “has demonstrated need” for the added " +
        "capacity and that its spill response plan is “adequate to protect the resources at issue.”",
      "Robert Larsen, president of the Lower Sioux Indian Community, said the tribe would appeal. “This is " +
        "decades of broken promises, written down one more time,” Larsen said.",
      "A spokesperson for the pipeline operator, Northern Plains Midstream, said the line would be built " +
        "with “the most advanced leak detection in the industry.”",
      "Hydrologist Sarah Thunder, who testified for the tribe, said the commission had not looked closely " +
        "at groundwater. “A leak here doesn’t stay where it starts,” she said.",
    ],
    quotes: [
      ["decades of broken promises.", "The Lower Sioux Indian Community"],
      ["has demonstrated need", "The Public Utilities Commission’s order"],
      ["adequate to protect the resources at issue.", "The Public Utilities Commission’s order"],
      ["This is decades of broken promises, written down one more time,", "Robert Larsen"],
      ["the most advanced leak detection in the industry.", "A spokesperson for the pipeline operator"],
      ["A leak here doesn’t stay where it starts,", "Sarah Thunder"],
    ],
  },
  {
    name:
      "Tampa Bay Times, culture: a museum director, a donor couple sharing a surname, a visitor, an " +
      "exhibit title",
    todo:
      "a couple sharing a surname (Harold and June Whitcomb) not told apart, “she” and “her husband” " +
      "left at the bare surname",
    headline: "After Hurricane Milton, St. Petersburg’s glass museum reopens its doors",
    paragraphs: [
      "Fourteen months after storm surge filled its ground floor with four feet of seawater, the Gulf " +
        "Coast Glass Museum reopened Saturday with a new exhibit, “Salt and Fire,” and a line that " +
        "stretched down Beach Drive.",
      "“There were days I didn’t think we would open again,” said executive director Lorena Diaz, standing " +
        "in a gallery that had been gutted to the studs. “This city would not let us quit.”",
      "Much of the rebuilding was paid for by Harold and June Whitcomb, longtime donors who gave $3 " +
        "million. June Whitcomb said the couple had first visited the museum on their second date.",
      "“We couldn’t imagine the waterfront without it,” she said. Her husband added: “And she wouldn’t let " +
        "me say no.”",
      "Visitor Tyrone Banks, 34, drove over from Brandon with his two daughters. “They wanted to see the " +
        "glassblowing,” Banks said. “I wanted to see if it was really back.”",
      "Diaz said the museum has raised its collection storage to the second floor.",
    ],
    quotes: [
      ["There were days I didn’t think we would open again,", "Lorena Diaz"],
      ["This city would not let us quit.", "Lorena Diaz"],
      ["We couldn’t imagine the waterfront without it,", "June Whitcomb"],
      ["And she wouldn’t let me say no.", "Harold Whitcomb"],
      ["They wanted to see the glassblowing,", "Tyrone Banks"],
      ["I wanted to see if it was really back.", "Tyrone Banks"],
    ],
  },
  {
    name:
      "The Independent, politics: a resignation letter " +
      "says, the PM's spokesman, an opposition MP, a source",
    headline: "Housing minister quits saying government ‘lost its nerve’ on planning reform",
    paragraphs: [
      "The housing minister, Rachel Boateng, has resigned from the government, accusing Downing Street of " +
        "abandoning its promise to build 1.5 million homes.",
      "In her resignation letter, Ms Boateng wrote that the government had “lost its nerve” on planning " +
        "reform. “I cannot defend in public a policy I no longer believe we intend to deliver,” the letter " +
        "says.",
      "The prime minister’s official spokesman said the target remained “absolutely” in place and thanked " +
        "Ms Boateng for her work.",
      "A senior Labour source was less generous: “She was moved sideways in the reshuffle and she never " +
        "got over it.”",
      "The Conservative shadow housing secretary, Oliver Grant, said the resignation showed the target was " +
        "“dead in the water”. “When your own minister won’t defend it, it’s over,” he said.",
      "Ms Boateng is expected to make a personal statement in the Commons on Tuesday.",
    ],
    quotes: [
      ["lost its nerve", "Rachel Boateng"],
      [
        "I cannot defend in public a policy I no longer believe we intend to deliver,",
        "her resignation letter",
      ],
      ["absolutely", "The prime minister’s official spokesman"],
      ["She was moved sideways in the reshuffle and she never got over it.", "A senior Labour source"],
      ["dead in the water", "Oliver Grant"],
      ["When your own minister won’t defend it, it’s over,", "Oliver Grant"],
    ],
  },
  {
    name:
      "Newsday, local news: a village mayor, a county health department, a resident, father and son " +
      "trustees",
    headline: "Massapequa Park to build $12M plant to remove 1,4-dioxane from water",
    paragraphs: [
      "Massapequa Park will build a $12 million treatment system to remove the chemical 1,4-dioxane from " +
        "its drinking water, village officials said Monday night.",
      "“Our residents have waited long enough,” Mayor Daniel Pagano said at a packed board meeting. “We " +
        "are not going to wait for Albany to pay for this.”",
      "The Nassau County Department of Health said in a statement that the water “continues to meet all " +
        "current standards” but that the new system would bring levels well below the state limit.",
      "Trustee Frank Russo Sr. voted for the plan. His son, Trustee Frank Russo Jr., voted against it, " +
        "saying the village should have sued the manufacturers first. “We’re letting the polluters off the " +
        "hook,” the younger Russo said.",
      "Resident Maria Castellano, who has two children under 5, said she had been buying bottled water for " +
        "a year. “I just want to turn on the tap and not think about it,” she said.",
    ],
    quotes: [
      ["Our residents have waited long enough,", "Daniel Pagano"],
      ["We are not going to wait for Albany to pay for this.", "Daniel Pagano"],
      ["continues to meet all current standards", "The Nassau County Department of Health"],
      ["We’re letting the polluters off the hook,", "Frank Russo Jr."],
      ["I just want to turn on the tap and not think about it,", "Maria Castellano"],
    ],
  },
  {
    name:
      "Arizona Republic, business: a governor, a company " +
      "by name then 'the company', an economist, a farmer",
    headline: "Chipmaker’s second Phoenix plant will need as much water as a small city",
    paragraphs: [
      "A second semiconductor plant planned for north Phoenix will use about 4.7 million gallons of water " +
        "a day once it is running, according to documents filed with the city.",
      "Gov. Katie Hobbs welcomed the investment on Wednesday. “Arizona is where the future of American " +
        "manufacturing is being built,” Hobbs said at a news conference at the site.",
      "Desert Silicon Corp. said it would recycle more than 80% of the water it uses. “We designed this " +
        "plant for the desert, not in spite of it,” the company said in a statement.",
      "Lee Ann Prescott, an economist at Arizona State University, said the jobs were real but so was the " +
        "strain. “You can’t have a conversation about this plant that isn’t also a conversation about the " +
        "Colorado River,” she said.",
      "Farther south in Pinal County, farmer Jim Leyva has fallowed half his cotton fields after losing " +
        "access to river water. “They find water for the factories,” Leyva said. “Nobody found any for us.”",
    ],
    quotes: [
      ["Arizona is where the future of American manufacturing is being built,", "Katie Hobbs"],
      ["We designed this plant for the desert, not in spite of it,", "Desert Silicon Corp."],
      [
        "You can’t have a conversation about this plant that isn’t also a conversation about the Colorado " +
          "River,",
        "Lee Ann Prescott",
      ],
      ["They find water for the factories,", "Jim Leyva"],
      ["Nobody found any for us.", "Jim Leyva"],
    ],
  },
]);
