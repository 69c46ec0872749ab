// Attribution in English, on sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { attribute, speakerNamed, speakersOf } from "./attribution.helpers.ts";
import { quotesAndSpeakers } from "./lang.helpers.ts";

test("inverted and plain order after the quote, with an apposition giving the role", () => {
  const result = attribute(
    "en",
    "“We will not accept new tariffs,” said Maria Lopez, the trade commissioner, on Monday.",
    "“Talks resume next week,” Lopez said.",
  );
  assert.deepEqual(speakersOf(result), ["Maria Lopez", "Maria Lopez"]);
  const lopez = speakerNamed(result, "Maria Lopez")!;
  assert.equal(lopez.role, "trade commissioner");
  assert.deepEqual(lopez.aliases, ["Lopez"]);
  assert.equal(lopez.kind, "person");
});

test("speaker before the quote: colon, that-clause, told reporters", () => {
  const result = attribute(
    "en",
    "Harold Finch said: “The river is still rising.”",
    "Greta Olsen told reporters that the bridge was “perfectly safe” for now.",
  );
  assert.deepEqual(speakersOf(result), ["Harold Finch", "Greta Olsen"]);
});

test("a pronoun goes to the last speaker of its gender", () => {
  const result = attribute(
    "en",
    "Mrs Alvarez met the governor, Tom Reyes, on the bridge.",
    "“It will hold,” Mr Reyes said. “We checked every bolt,” she added.",
  );
  assert.deepEqual(speakersOf(result), ["Tom Reyes", "Alvarez"]);
});

test("according to, an organisation and a document", () => {
  const result = attribute(
    "en",
    "The dam was “structurally sound”, according to the Water Board.",
    "“No troops will move,” the Pentagon said.",
    "The report states that repairs are “long overdue”.",
  );
  assert.deepEqual(speakersOf(result), ["the Water Board", "the Pentagon", "The report"]);
  assert.equal(speakerNamed(result, "the Pentagon")!.kind, "organisation");
});

test("an unnamed source is named by its description", () => {
  const result = attribute("en", "“We expect layoffs,” said a spokesperson for the company.");
  assert.deepEqual(speakersOf(result), ["a spokesperson for the company"]);
  assert.equal(result.speakers[0]!.kind, "unnamed");
});

test("honorifics and titles are stripped, names merge into the fullest form", () => {
  const result = attribute(
    "en",
    "Senator Ruth Ellison said the vote was “a disgrace”.",
    "“We will appeal,” Ms Ellison said.",
    "“Nothing changes,” Ellison added.",
  );
  assert.deepEqual(speakersOf(result), ["Ruth Ellison", "Ruth Ellison", "Ruth Ellison"]);
  assert.deepEqual(new Set(result.speakers[0]!.aliases), new Set(["Ellison", "Ms Ellison"]));
});

test("a paragraph of bare quote continues the previous speaker", () => {
  const result = attribute(
    "en",
    "“The harvest failed,” said Omar Haddad, a farmer near the river.",
    "“We have nothing left to sell. Nothing at all.”",
  );
  assert.deepEqual(speakersOf(result), ["Omar Haddad", "Omar Haddad"]);
});

test("a quote running over paragraphs takes the speaker named at its end", () => {
  const result = attribute(
    "en",
    "“The first winter was the hardest.",
    "“By spring we had rebuilt the barn,” said Lena Berg.",
  );
  assert.deepEqual(speakersOf(result), ["Lena Berg", "Lena Berg"]);
});

test("headline quotes: its own subject, or the body quote with the same words", () => {
  const own = attribute(
    "en",
    ["headline", "Biden says tariffs are “a tax on families”"],
    "President Joe Biden spoke in Ohio.",
  );
  assert.deepEqual(speakersOf(own), ["Joe Biden"]);
  const repeated = attribute(
    "en",
    ["headline", "“We will rebuild every home”: a town after the flood"],
    "“We will rebuild every home, whatever it costs,” said Mayor Ana Costa.",
  );
  assert.deepEqual(speakersOf(repeated), ["Ana Costa", "Ana Costa"]);
});

test("a passive agent speaks: described as “…” by", () => {
  const result = attribute("en", "The floods were described as “historic” by the weather service.");
  assert.deepEqual(speakersOf(result), ["the weather service"]);
});

test("a capitalised word opening a sentence is not a speaker", () => {
  const result = attribute(
    "en",
    "“We are tired,” said Paul Mercer, a nurse.",
    "Children playing outside “have nowhere else to go,” he said.",
  );
  assert.deepEqual(speakersOf(result), ["Paul Mercer", "Paul Mercer"]);
});

test("the reporting speaker, not the subject of the reported clause", () => {
  const result = attribute("en", "Dana Harris said the council had called the plan “reckless” last year.");
  assert.deepEqual(speakersOf(result), ["Dana Harris"]);
});

test("a question or exclamation closing the quote does not cut off its attribution", () => {
  const result = attribute("en", "“Why now?” Senator Kim Lee asked. “Where were you last year!” Lee said.");
  assert.deepEqual(speakersOf(result), ["Kim Lee", "Kim Lee"]);
});

test("a pull-quote signed after a dash", () => {
  const result = attribute("en", ["intertitle", "“We will rebuild.” — Rosa Tane"]);
  assert.deepEqual(speakersOf(result), ["Rosa Tane"]);
});

test("an office before the name is the role, and outweighs a capitalised modifier", () => {
  const result = attribute(
    "en",
    "“The talks will go on,” City Hall press secretary Dana Whitfield told reporters.",
    "“We are ready,” Morgan said.",
  );
  assert.deepEqual(speakersOf(result), ["Dana Whitfield", "Morgan"]);
  assert.equal(result.speakers[0]!.role, "City Hall press secretary");
  assert.equal(result.speakers[1]!.role, null);
});

test("“it said” goes back to an organisation, “he said” to a person", () => {
  const result = attribute(
    "en",
    "“Service resumes Monday,” the Transit Authority said after meeting Mayor Ana Costa.",
    "“Fares will not rise,” it added. “We listened,” she said.",
  );
  assert.deepEqual(speakersOf(result), ["the Transit Authority", "the Transit Authority", "Ana Costa"]);
});

test("a bare surname goes to the person of that name introduced before it, even after 'according to'", () => {
  const result = attribute(
    "en",
    "According to Lena Marsh, a nurse at the clinic, the ward closed without warning.",
    "“Nobody asked us,” Marsh said.",
    "Her brother, Owen Marsh, drove the last patients home.",
    "“It was chaos,” Owen Marsh said.",
  );
  assert.deepEqual(speakersOf(result), ["Lena Marsh", "Owen Marsh"]);
});

test("an age description (the 52-year-old) refers back to the person just named", () => {
  const result = attribute(
    "en",
    "Harbour master Joan Pike inspected the pier on Friday.",
    "“The timber has rotted through,” the 52-year-old said.",
  );
  assert.deepEqual(speakersOf(result), ["Joan Pike"]);
  assert.equal(speakerNamed(result, "Joan Pike")!.kind, "person");
});

test("a person noun completed by a name (a spokesperson for Gov. X) is an unnamed speaker, not X", () => {
  const result = attribute(
    "en",
    "An aide to Sen. Paula Grant said the senator was “reviewing the bill” this week.",
    "A spokesperson for Gov. Tim Ames said the state would “act quickly”.",
  );
  assert.deepEqual(speakersOf(result), ["An aide to Sen. Paula Grant", "A spokesperson for Gov. Tim Ames"]);
  assert.equal(speakerNamed(result, "A spokesperson for Gov. Tim Ames")!.kind, "unnamed");
});

test(
  "“by” after a quote names the agent of a passive speech " +
    "verb only, not what a clause's participle was caused by",
  () => {
    const result = attribute(
      "en",
      "Union leader Sam Price said his members were “devastated” by the ruling.",
      "The scheme was described as “reckless” by the regulator.",
    );
    assert.deepEqual(speakersOf(result), ["Sam Price", "the regulator"]);
  },
);

test(
  "a body whose name ends in a plural possessive " + "and Trust, Union, Association… is an organisation",
  () => {
    const result = attribute(
      "en",
      "The Dock Workers’ Union said on Monday that the port " +
        "needed “urgent repairs”, and called on the council to act.",
      "Harbour Residents’ Trust said the plan was “a betrayal”.",
    );
    assert.deepEqual(speakersOf(result), ["The Dock Workers’ Union", "Harbour Residents’ Trust"]);
    assert.ok(result.speakers.every((s) => s.kind === "organisation"));
  },
);

test("the name in apposition speaks, not a name inside its relative clause", () => {
  const result = attribute(
    "en",
    "Her nephew, Carl Dunne, who founded the group Save Wren Valley Now, said: “We will appeal.”",
  );
  assert.deepEqual(speakersOf(result), ["Carl Dunne"]);
});

test(
  "a quote that ends the reporter's sentence with its " +
    "own full stop does not take the next sentence's verb",
  () => {
    const result = attribute(
      "en",
      "The firm called the cuts “painful but unavoidable.” Union leaders vowed to fight them.",
      "“Why now?” Ada Brooks asked.",
    );
    assert.deepEqual(speakersOf(result), ["The firm", "Ada Brooks"]);
  },
);

test("a first name alone after a sentence-opening 'For' is a person a later pronoun can stand for", () => {
  const result = attribute(
    "en",
    "“We kept the library open all winter,” said Grace Holt.",
    "For Toby, who is eleven, the stakes are plainer. “All my books are here,” he said.",
  );
  assert.deepEqual(speakersOf(result), ["Grace Holt", "Toby"]);
});

test("a role in apposition before a name met outside any quote's sentence stays the person's role", () => {
  const result = attribute(
    "en",
    "Volunteers run the food bank under the eye of the site manager, Priya Nair.",
    "“We never turn anyone away,” Nair said.",
  );
  assert.deepEqual(speakersOf(result), ["Priya Nair"]);
  assert.equal(speakerNamed(result, "Priya Nair")!.role, "site manager");
});

test(
  "a speech verb in a relative clause describing the " + "source does not take the quote from 'according to'",
  () => {
    const result = attribute(
      "en",
      "According to Dr. Omar Said, a hydrologist at Kent University who " +
        "testified for the town, the aquifer holds “barely a year” of water.",
    );
    assert.deepEqual(speakersOf(result), ["Omar Said"]);
    assert.equal(speakerNamed(result, "Omar Said")!.role, "hydrologist at Kent University");
  },
);

test(
  "a description by occupation (the striker, the " + "toxicologist) refers back to the person just named",
  () => {
    const result = attribute(
      "en",
      "Rovers signed Leo Varga from Halton in the summer.",
      "“I knew I would score today,” the striker said.",
    );
    assert.deepEqual(speakersOf(result), ["Leo Varga"]);
    assert.equal(result.speakers[0]!.kind, "person");
  },
);

test(
  "before a colon, the subject names the speaker, " + "and the rest of the clause never becomes an alias",
  () => {
    const result = attribute(
      "en",
      "The mayor, Joan Hale, toured the flooded streets on Monday.",
      "The mayor sounded confident: “Every road will reopen by May.”",
    );
    assert.deepEqual(speakersOf(result), ["Joan Hale"]);
    assert.ok(speakerNamed(result, "Joan Hale")!.aliases.every((a) => !a.includes("sounded")));
  },
);

test("a single capital before a hyphen (T-shirt, X-ray) is a common noun, never a speaker's name", () => {
  const result = attribute(
    "en",
    "Fans wore a bright green T-shirt bearing the words: “Home is where the heart is.”",
  );
  assert.deepEqual(speakersOf(result), ["Fans"]);
});

test(
  "a verb form after a possessive is a noun (the administration’s " +
    "first comments), and 'the California Republican' is a person",
  () => {
    const result = attribute(
      "en",
      "The Obama administration’s first comments on the vote came with a “tough warning” for the winners.",
      "“The meeting was brief,” the California Republican said in a statement.",
    );
    assert.deepEqual(speakersOf(result), [null, "the California Republican"]);
    assert.equal(speakerNamed(result, "the California Republican")!.kind, "unnamed");
  },
);

test("before a colon, the subject alone names the speaker, not the clause it opens", () => {
  const result = attribute(
    "en",
    "Fans wore a bright green shirt bearing the words: “Home is where the heart is.”",
  );
  assert.deepEqual(speakersOf(result), ["Fans"]);
});

test("an apposition after a name is a role only when it names an office or an occupation", () => {
  const result = attribute(
    "en",
    "“We were lucky,” said Tom Hale, standing by the gate.",
    "“Sleep matters more than diet,” said Lisa Moon, a clinical psychologist in Leeds.",
  );
  assert.equal(speakerNamed(result, "Tom Hale")!.role, null);
  assert.equal(speakerNamed(result, "Lisa Moon")!.role, "clinical psychologist in Leeds");
});

test("a role quoted before the person holding it is named joins that person", () => {
  const result = attribute(
    "en",
    ["standfirst", "Harbour Town manager says his side must “grow up quickly” after a heavy defeat"],
    "Harbour Town manager Ian Kerr admitted his players had been naive.",
    "“We were poor,” said Kerr.",
  );
  assert.deepEqual(speakersOf(result), ["Ian Kerr", "Ian Kerr"]);
  assert.equal(result.speakers.length, 1);
});

test(
  "after a possessive the head noun is what is possessed: the " +
    "prosecutor’s office is a body, not the person just named",
  () => {
    const result = attribute(
      "en",
      "“I did nothing wrong,” said Dale Price.",
      "“We have no comment at this stage,” the prosecutor’s office said.",
    );
    assert.deepEqual(speakersOf(result), ["Dale Price", "the prosecutor’s office"]);
    assert.equal(speakerNamed(result, "the prosecutor’s office")!.kind, "organisation");
  },
);

test("a name ending in a media word (Gazeta, Times, News, Finance) is an organisation", () => {
  const result = attribute(
    "en",
    "“We will not stop publishing,” Novaya Gazeta said in a statement.",
    "“Rates will rise,” Harbour Finance said.",
  );
  assert.deepEqual(
    result.speakers.map((s) => [s.name, s.kind]),
    [
      ["Novaya Gazeta", "organisation"],
      ["Harbour Finance", "organisation"],
    ],
  );
});

test("a lower-case particle opening a clause opens the surname (…, de Miranda notes), not a role", () => {
  const result = attribute(
    "en",
    "The historian Ana de Souza has written about the port for years.",
    "Trade collapsed in the 1930s, de Souza notes: “The docks emptied within a decade.”",
  );
  assert.deepEqual(speakersOf(result), ["Ana de Souza"]);
  assert.equal(speakerNamed(result, "Ana de Souza")!.role, "historian");
  const alone = attribute(
    "en",
    "Trade collapsed in the 1930s, de Souza notes: “The docks emptied within a decade.”",
  );
  assert.deepEqual(
    alone.speakers.map((s) => [s.name, s.role]),
    [["de Souza", null]],
  );
});

test("a full name met after a preposition completes the surname a later cue gives", () => {
  const result = attribute(
    "en",
    "The inspector was questioned at length by Priya Ramsden, counsel for the tenants.",
    "“Nobody read the survey,” Ramsden told the tribunal.",
    "Ms Ramsden said the landlord had been “warned twice”.",
  );
  assert.deepEqual(speakersOf(result), ["Priya Ramsden", "Priya Ramsden"]);
});

test("an unnamed spokesperson for a body qualified in lower case is described whole", () => {
  const result = attribute(
    "en",
    "A spokesman for the county Board of Elections said the count was “nearly complete”.",
  );
  assert.deepEqual(speakersOf(result), ["A spokesman for the county Board of Elections"]);
  assert.equal(result.speakers[0]!.kind, "unnamed");
});

test(
  "a source stops before the participle that dates it: 'according " +
    "to a survey by the Rail Users Group released on Friday'",
  () => {
    const result = attribute(
      "en",
      "According to a survey by the Rail Users Group released on Friday, delays were “worse than ever”.",
    );
    assert.deepEqual(speakersOf(result), ["a survey by the Rail Users Group"]);
  },
);

test(
  "an age then an apposition between the name and the " +
    "verb: 'Dora Pike, 64, a volunteer since 1999, said'",
  () => {
    const result = attribute(
      "en",
      "Dora Pike, 64, a volunteer since 1999, said the fair had become “far too dear”.",
    );
    assert.deepEqual(speakersOf(result), ["Dora Pike"]);
  },
);

test(
  "after a gerund ('while calling for') the quote is the main " +
    "clause's subject, an institution with an apposition included",
  () => {
    const result = attribute(
      "en",
      "The parish council, which owns the hall, approved " +
        "the lease while calling for “a proper noise survey”.",
    );
    assert.deepEqual(speakersOf(result), ["The parish council"]);
  },
);

test(
  "a gerund's speaker: a relative clause's antecedent, and nobody " +
    "from the main clause when the gerund has a subject of its own",
  () => {
    assert.deepEqual(
      speakersOf(
        attribute(
          "en",
          "The board met the Harbour Trust, which opposed the plan by saying it was “far too costly”.",
        ),
      ),
      ["the Harbour Trust"],
    );
    assert.deepEqual(
      speakersOf(
        attribute("en", "Ferries were cancelled, with the operator calling the strike “regrettable”."),
      ),
      [null],
    );
  },
);

test(
  "a bare name completes as a surname before a first " +
    "name: 'Claude' is Georges Claude, not Claude Debussy",
  () => {
    const result = attribute(
      "en",
      "The engineer Georges Claude showed his lamps in Paris.",
      "The age also heard the music of Claude Debussy.",
      "Claude said the colour was “not ideal” for homes.",
    );
    assert.deepEqual(speakersOf(result), ["Georges Claude"]);
  },
);

test(
  "names spelt with and without accents are one speaker, " +
    "named as first written: 'Dmitri Murátov' then 'Muratov'",
  () => {
    const result = attribute(
      "en",
      "“We will keep printing,” said the editor Dmitri Murátov on Monday.",
      "“The paper is not for sale,” Muratov added.",
    );
    assert.deepEqual(speakersOf(result), ["Dmitri Murátov", "Dmitri Murátov"]);
    assert.equal(result.speakers.length, 1);
  },
);

test("two people with one surname: the bare surname is the one named in earlier paragraphs", () => {
  const result = attribute(
    "en",
    "Paul Brennan, a retired teacher, ran the bakery on Mill Street for forty years.",
    "Brennan spoke to reporters on Friday and described the " +
      "decision of his son, Luke Brennan, as “the end of an era”.",
    "“It was my whole life,” Brennan said.",
    "“I never wanted to bake,” Luke Brennan said.",
  );
  assert.deepEqual(speakersOf(result), ["Paul Brennan", "Paul Brennan", "Luke Brennan"]);
});

test("a document named right after a person's quote is that document, not the person again", () => {
  const result = attribute(
    "en",
    "“The bridge is safe,” said Mayor Ann Lowe.",
    "“Repairs are overdue,” the report said.",
  );
  assert.deepEqual(speakersOf(result), ["Ann Lowe", "the report"]);
});

test(
  "a quote between two speech verbs closes the first " + "one's clause: the second verb's subject speaks",
  () => {
    const result = attribute(
      "en",
      "Senator Ruth Ames called the plan “dead on arrival” and the governor said it was “very much alive”.",
    );
    assert.deepEqual(speakersOf(result), ["Ruth Ames", "the governor"]);
  },
);

test(
  "a verb introducing the quote with a comma names its " +
    "speaker, though the sentence ends on who reported it",
  () => {
    const result = attribute(
      "en",
      "Dan Cole was charged in June.",
      "A neighbour recalled that Cole shouted, “I will burn it down,” the court heard.",
    );
    assert.deepEqual(speakersOf(result), ["Dan Cole"]);
  },
);

test("an intertitle written as a sentence introduces who the next pronoun means", () => {
  const result = attribute(
    "en",
    "“Stay indoors,” said fire chief Owen Hart.",
    ["intertitle", "Nora Blake urged drivers to avoid the coast road."],
    "“The road is closed until Friday,” she said.",
  );
  assert.deepEqual(speakersOf(result), ["Owen Hart", "Nora Blake"]);
});

test("a that-clause holds the quote for its verb's subject; a relative 'that' after an object not", () => {
  assert.deepEqual(
    speakersOf(
      attribute(
        "en",
        "Mayor Ada Lunn said on Monday that the bridge was “beyond repair,” the Gazette reported.",
        "The firm said it would pay a fine that “reflects the harm done,” Judge Ray Moss said.",
      ),
    ),
    ["Ada Lunn", "Ray Moss"],
  );
});

test("a viewpoint after a conjunction introduces someone: the bare quote that follows is theirs", () => {
  assert.deepEqual(
    speakersOf(
      attribute(
        "en",
        "The delay was described as “regrettable” by the council.",
        "But for Rita Vale and her colleagues, the wait is personal.",
        "“We need it now. Nobody listens to us.”",
      ),
    ),
    ["the council", "Rita Vale"],
  );
});

test("a speaker phrase ends before a time expression: 'said the county spokesman on Tuesday'", () => {
  const result = attribute("en", "“The levees will hold,” said the county spokesman on Tuesday evening.");
  assert.deepEqual(
    result.quotes.map((q) => result.speakers[q.speaker!]!.name),
    ["the county spokesman"],
  );
});

test("verbs listed after a subject pronoun share it; the object of 'called X a “…”' does not speak", () => {
  const result = attribute(
    "en",
    "Sen. Rita Vale spoke at the state house on Friday.",
    "Mark Dunn was arrested in April over a phone call to her office.",
    "During the call, he asked about the tax plan, called Vale a “traitor” and said, “she should resign.”",
  );
  assert.deepEqual(speakersOf(result), ["Mark Dunn", "Mark Dunn"]);
});

test("a speech verb's form with a complement is a noun in a source: 'the explanatory notes of'", () => {
  const result = attribute(
    "en",
    "The code includes — according to the explanatory notes of the Senate bill — “strong safeguards " +
      "for sources”.",
  );
  assert.deepEqual(
    result.quotes.map((q) => result.speakers[q.speaker!]!.name),
    ["the explanatory notes of the Senate bill"],
  );
});

test("a document verb speaks for a document subject only: the new law provides, not the senator", () => {
  const law = attribute(
    "en",
    "The new law provides that landlords must “repair any heating fault within two days.”",
  );
  assert.deepEqual(speakersOf(law), ["The new law"]);
  const senator = attribute(
    "en",
    "The senator provides that “nothing will change,” wrote the columnist Dana Reyes.",
  );
  assert.deepEqual(speakersOf(senator), ["Dana Reyes"]);
});

test("the senator after a paragraph about the Senate's president means him, not an earlier senator", () => {
  const result = attribute(
    "en",
    "Senator Ann Cole, who is seeking re-election, toured the plant on Friday.",
    "The week of the president of the Senate, Mark Ellis, began with a trip to the capital. " +
      "The senator criticised the cuts and said they were “a historic mistake”.",
  );
  assert.deepEqual(speakersOf(result), ["Mark Ellis"]);
});

test("an indefinite source after 'according to' speaks as written; the name after its comma does not", () => {
  const result = attribute(
    "en",
    "“A ruthless negotiator,” according to a former aide, Tom Baxter rarely gives ground.",
  );
  assert.deepEqual(speakersOf(result), ["a former aide"]);
});

test("a follower named after a leader is a person the next pronoun means", () => {
  const result = attribute(
    "en",
    "A Corbynist recalled a remark by Paul Reed about the plan.",
    "“He never believed in it,” he said.",
  );
  assert.deepEqual(speakersOf(result), ["A Corbynist"]);
});

test("an honorific's gender picks among relatives sharing a surname", () => {
  const result = attribute(
    "en",
    "Owen Marsh, a retired welder, sat beside his wife, Clara Marsh, and their son, Leo Marsh.",
    "“We never thought it would close,” Mrs. Marsh said.",
  );
  assert.deepEqual(speakersOf(result), ["Clara Marsh"]);
});

test("“the official” repeats the unnamed source described before, though it quoted nothing then", () => {
  const result = attribute(
    "en",
    "A senior Navy official, speaking on condition of anonymity, said Manila had been warned.",
    "“They knew the risk,” the official said.",
  );
  assert.deepEqual(speakersOf(result), ["A senior Navy official"]);
});

test("“the person” repeats “a person familiar with the matter”", () => {
  const result = attribute(
    "en",
    "“The deal is close,” said a person familiar with the matter.",
    "“Both boards meet Friday,” the person said.",
  );
  assert.deepEqual(speakersOf(result), [
    "a person familiar with the matter",
    "a person familiar with the matter",
  ]);
});

test("local offices before a name are roles: County Prosecutor, Public Defender, City Treasurer", () => {
  const result = attribute(
    "en",
    "“We will ask for a high bond,” said Essex County Prosecutor Dana Webb.",
    "“My client is innocent,” said Public Defender Omar Reyes.",
    "“The books balance,” said City Treasurer Ann Volk.",
  );
  assert.deepEqual(speakersOf(result), ["Dana Webb", "Omar Reyes", "Ann Volk"]);
});

test("“the governor” is who the article called “Gov.”: an abbreviated title is the same office", () => {
  const result = attribute(
    "en",
    "Gov. Elena Marsh declared an emergency. “Leave now,” said Capt. Derek Olin, a fire spokesman.",
    "Marsh asked for federal help. “We need every crew,” the governor said.",
  );
  assert.deepEqual(speakersOf(result), ["Derek Olin", "Elena Marsh"]);
});

test("a study that found “…” speaks, not the author named before it", () => {
  const result = attribute(
    "en",
    "Dr. Ada Lind led the work. The study found that sleep “matters more than diet” for teenagers.",
  );
  assert.deepEqual(speakersOf(result), ["The study"]);
});

test("a company named for its trade (Motors, Airlines, Holdings) is a body, not a person", () => {
  const result = attribute("en", "“Demand has cooled,” Harlow Motors said in a statement.");
  assert.equal(speakerNamed(result, "Harlow Motors")!.kind, "organisation");
});

test("an ampersand joins a firm's name", () => {
  const result = attribute(
    "en",
    "Pacific Gas & Electric said in a statement that it cut power “out of caution.”",
  );
  assert.deepEqual(speakersOf(result), ["Pacific Gas & Electric"]);
});

test("a body's request to “…”: the owner of the speech noun speaks, not the person named before", () => {
  const result = attribute(
    "en",
    "Governor Paul Avery took office in May.",
    "Even so, the budget office's request to “freeze every hire made since the first of the year” " +
      "alarmed the staff.",
  );
  assert.deepEqual(speakersOf(result), ["the budget office"]);
});

test("“the statement” after a speaker issued one gives their words; a document of its own speaks", () => {
  const result = attribute(
    "en",
    "The ferry line was “no longer safe”, the operator’s director Dana Holt said in a statement.",
    "Crossings would resume “within weeks”, according to the statement, released by the port.",
    "Repairs were “badly overdue”, according to the report of the harbour inspectors.",
  );
  assert.deepEqual(speakersOf(result), ["Dana Holt", "Dana Holt", "the report of the harbour inspectors"]);
});

test("a title filling its marks is no person: “he” after it means the man named", () => {
  // The whole engine: quote judgement leaves the title's marks as punctuation.
  const quotes = quotesAndSpeakers(
    "en",
    "Nora Vance has spent a decade on rivers. Her first novel, “Cold Harbour,” argues that floods are " +
      "political. She spoke to us from Leeds.",
    "When I showed the draft to my editor Paul Okafor, he said, “Cut the first chapter.”",
  );
  assert.deepEqual(quotes, [["Cut the first chapter.", "Paul Okafor"]]);
});

test("a description running into its own speech verb is that clause's subject, not an apposition", () => {
  const quotes = quotesAndSpeakers(
    "en",
    "Crews have cleared roads in Marion and Lake, a spokesman for the county told reporters. “Most " +
      "routes are open,” the spokesman said.",
  );
  assert.deepEqual(quotes, [["Most routes are open,", "a spokesman for the county"]]);
});

test("a generic body noun is the body of its kind the article named last, never one of no known kind", () => {
  const quotes = quotesAndSpeakers(
    "en",
    "Bellmont Airlines will close two hubs, the Chicago carrier said on Monday.",
    "The Federal Aviation Administration said it would review the plan.",
    "In a memo to staff, the company called the cuts “painful but overdue.”",
  );
  assert.deepEqual(quotes, [["painful but overdue.", "Bellmont Airlines"]]);
});

test("a body named after a possessive is its name as written: “the ministry” speaks as it", () => {
  const quotes = quotesAndSpeakers(
    "en",
    "Norland's Ministry of Health issued new guidance on Friday. “Masks remain optional,” the ministry " +
      "said.",
  );
  assert.deepEqual(quotes, [["Masks remain optional,", "Ministry of Health"]]);
});

test("an office before a full name is a role: a capitalised occupation, a member for a seat", () => {
  const result = attribute(
    "en",
    "Housing Administrator Dana Pryor said the waiting list was “longer than ever”.",
    "Volunteer Owen Hale called the run “a gift”.",
    "Independent MP for Riverside North Joan Tully said the scheme was “years too late”.",
  );
  assert.deepEqual(speakersOf(result), ["Dana Pryor", "Owen Hale", "Joan Tully"]);
  assert.equal(speakerNamed(result, "Dana Pryor")!.role, "Housing Administrator");
});

test("an unnamed source kept whole: a nationality before its employer, a body of three names", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "en",
      "A trader at a big Swiss bank said the move was “long overdue”.",
      "A spokesman for the Royal Pharmaceutical Society said stocks were “running low”.",
    ),
    [
      ["long overdue", "A trader at a big Swiss bank"],
      ["running low", "A spokesman for the Royal Pharmaceutical Society"],
    ],
  );
});

test("a body described with a lower-case qualifier is not the body named before it", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "en",
      "“We are uneasy,” said Rita Moss, president of the Harbor Dockworkers Union chapter.",
      "The audit team's request to “provide the names of every clerk” angered staff.",
    ),
    [
      ["We are uneasy,", "Rita Moss"],
      ["provide the names of every clerk", "The audit team"],
    ],
  );
});

test("a body's name joined by “and” is one name, not a person after the conjunction", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "en",
      "The Department of Parks and Recreation said the pool would reopen “within weeks”.",
      "The Fish and Wildlife Service called the count “encouraging”.",
      "Mia Park and Leo Grant of the Rowing Club said the river was “too fast”.",
    ),
    [
      ["within weeks", "The Department of Parks and Recreation"],
      ["encouraging", "The Fish and Wildlife Service"],
      ["too fast", "Leo Grant"],
    ],
  );
});

test("a possessive shows its possessor's gender, not the gender of the person it introduces", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "en",
      "“The porch is gone,” said Irene Walsh, 68.",
      "Her cousin, Victor Lane, said he had lost his car. “It floated away,” he said.",
    ),
    [
      ["The porch is gone,", "Irene Walsh"],
      ["It floated away,", "Victor Lane"],
    ],
  );
});

test("a body described, then named in apposition, speaks by its name", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "en",
      "A watchdog group, the Clean Air Coalition, said the rule was “toothless”.",
      "A local charity, the Harbor Food Bank, said demand had “doubled since spring”.",
    ),
    [
      ["toothless", "the Clean Air Coalition"],
      ["doubled since spring", "the Harbor Food Bank"],
    ],
  );
});

test("a described subject whose appositions end on a name is that person, in the paragraphs after", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "en",
      "One of the tenants we met, a retired teacher who gave only his first name, Walter, showed us round.",
      "“The heating has been off since October.",
      "“My daughter wants me to move in with her.”",
    ),
    [
      ["The heating has been off since October.", "Walter"],
      ["My daughter wants me to move in with her.", "Walter"],
    ],
  );
});

test("a body that calculated that … “…”: a verb of estimating reports the body's figure", () => {
  const result = quotesAndSpeakers(
    "en",
    "“We will fund it,” said Minister Jan Smith.",
    "The budget office calculated that the plan would cost “about 2 billion euros” a year.",
  );
  assert.deepEqual(result[1], ["about 2 billion euros", "The budget office"]);
});

test("The letter, dated May 3, warns: an apposition opening on a participle describes the subject", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "en",
      "The letter, dated May 3, warns that the pier is “no longer safe for crowds.”",
      "The minister, flanked by Mayor Ann Roy, said the plan was “fully funded.”",
      "The suspect, identified as Carl Benning, told police he was “only passing through.”",
    ),
    [
      ["no longer safe for crowds.", "The letter"],
      ["fully funded.", "The minister"],
      ["only passing through.", "Carl Benning"],
    ],
  );
});

test("Vet Ruth Calder said: an occupation written before a name, as a title, is no part of it", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "en",
      "Vet Ruth Calder said the outbreak was “under control for now.”",
      "Firefighter Dan Mayes said the blaze was “the worst in years.”",
    ),
    [
      ["under control for now.", "Ruth Calder"],
      ["the worst in years.", "Dan Mayes"],
    ],
  );
});
