// Which spans between quotation marks are somebody's words, and which are titles, names, terms
// or scare quotes; and which quotes are fragments of the reporter's sentence. Sentences are
// written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuotes } from "../../src/engine/findQuotes.ts";
import { rulesFor } from "../../src/engine/lang/index.ts";
import type { BlockKind } from "../../src/engine/types.ts";
import { quotesAndSpeakers } from "./lang.helpers.ts";

const quotesOf = (text: string, lang: string, kind: BlockKind = "paragraph") =>
  findQuotes({ kind, text }, 0, rulesFor(lang)).map((q) => q.text);
const partialOf = (text: string, lang: string) =>
  findQuotes({ kind: "paragraph", text }, 0, rulesFor(lang)).map((q) => q.partial);

test("scare quotes and irony marks are not quotes", () => {
  assert.deepEqual(quotesOf("The panel of so-called “experts” met on Tuesday.", "en"), []);
  assert.deepEqual(quotesOf("Le comité de soi-disant « experts » s’est réuni mardi.", "fr"), []);
  assert.deepEqual(quotesOf("Die sogenannten „Experten“ trafen sich am Dienstag.", "de"), []);
});

test("terms being mentioned are not quotes", () => {
  assert.deepEqual(quotesOf("The word “quorum” appears twice in the bylaws.", "en"), []);
  assert.deepEqual(quotesOf("Le terme « woke » a envahi les débats.", "fr"), []);
  assert.deepEqual(quotesOf("The bakery uses a “cold-proof” method for its loaves.", "en"), []);
});

test("titles of works and names of newspapers, programmes and operations are not quotes", () => {
  assert.deepEqual(quotesOf("She read the novel “The Silent Harbour” twice.", "en"), []);
  assert.deepEqual(quotesOf("The festival opened with “Winter Light Over Dublin”, a slow drama.", "en"), []);
  assert.deepEqual(quotesOf("Il l’a confié au journal « Le Monde » la semaine dernière.", "fr"), []);
  assert.deepEqual(quotesOf("L’armée a lancé l’opération « Bouclier du Nord » à l’aube.", "fr"), []);
  assert.deepEqual(quotesOf("La ministra habló en el programa «Buenos Días Madrid».", "es"), []);
  assert.deepEqual(
    quotesOf("La periodista recibió el premio «Voz de la calle» en Madrid, dijo su diario.", "es"),
    [],
  );
  assert.deepEqual(quotesOf("El ministro dijo que vio «Noche al Final del Camino» dos veces.", "es"), []);
  assert.deepEqual(
    quotesOf(
      "Workshops covered « Écrire un communiqué », « Tenir une réunion » et « Animer un débat ».",
      "fr",
    ),
    [],
  );
});

test("a work set right after its author's noun is its title, whatever its case (es)", () => {
  assert.deepEqual(
    quotesOf("El historiador Luis Tejero, autor de «Feria arriba, Feria abajo», recuerda el mercado.", "es"),
    [],
  );
  assert.deepEqual(
    quotesOf("La poeta Ana Gil, autora de “Las horas del río”, leyó ayer en Cádiz.", "es"),
    [],
  );
  // Not the author of deeds: a noun between them is what was done, and its words may be quoted.
  assert.deepEqual(
    quotesOf("Ana Gil, autora de la frase «Nos han robado el futuro», declaró ayer ante el juez.", "es"),
    ["Nos han robado el futuro"],
  );
});

test("a police operation's name is no quote: el operativo «…» (es)", () => {
  assert.deepEqual(
    quotesOf('La Policía capturó a cinco personas en el operativo "Espejo", desarrollado el sábado.', "es"),
    [],
  );
  assert.deepEqual(
    quotesOf("El operativo «Tormenta Azul» terminó con diez detenidos, dijo el jefe.", "es"),
    [],
  );
});

test("a title right after a verb of bringing out a work is no quote, even beside a speech verb", () => {
  assert.deepEqual(
    quotesOf("La autora presentó «Las horas del río» en la Feria del Libro y habló de su infancia.", "es"),
    [],
  );
  assert.deepEqual(quotesOf("The trio released “Paper Lanterns” in March, the singer said.", "en"), []);
  assert.deepEqual(quotesOf("Ele lançou “Noites de Maio” em abril e falou do pai.", "pt"), []);
  assert.deepEqual(quotesOf("El ministro presentó «un plan que nadie ha leído» ante el pleno.", "es"), [
    "un plan que nadie ha leído",
  ]);
  assert.deepEqual(quotesOf("La portavoz presentó así la reforma: «Es la ley que faltaba».", "es"), [
    "Es la ley que faltaba",
  ]);
});

test("a paper's name after an article is no quote, even beside a speech verb", () => {
  assert.deepEqual(quotesOf("Der Landrat sagte dem „Kurier“, die Brücke sei sicher.", "de"), []);
  assert.deepEqual(quotesOf("Das erklärte die Ministerin der „Neuen Presse“ am Montag.", "de"), []);
  assert.deepEqual(quotesOf("Le préfet a déclaré au « Progrès » que le pont était sûr.", "fr"), []);
  assert.deepEqual(quotesOf("The mayor told the “Courier” that the bridge was safe.", "en"), []);
  // The speaker's own words after an article stay quotes: they are not a name in capitals.
  assert.deepEqual(quotesOf("Le préfet a dénoncé la « mauvaise foi » des exploitants.", "fr"), [
    "mauvaise foi",
  ]);
});

test("German works nouns head compounds: a paper or a headline named after one is no quote", () => {
  assert.deepEqual(quotesOf("Die Wochenzeitung „Tages Blick“ meldete, der Minister sei krank.", "de"), []);
  assert.deepEqual(
    quotesOf("Er prüfte die Adresse in der US-Adressdatei »Yellow Book«, sagte er.", "de"),
    [],
  );
  assert.deepEqual(quotesOf("Sie schrieb unter der Überschrift »Wolfs Reise« über die Grenze.", "de"), []);
  // "Beispiel" ends in "Spiel" but names no work.
  assert.deepEqual(quotesOf("Er sagte zum Beispiel „nie wieder“ und ging.", "de"), ["nie wieder"]);
});

test("an epithet between an article and a name is no quote", () => {
  assert.deepEqual(quotesOf("Der „ewige Staatschef“ Kim Yong Su ist bis heute im Amt.", "de"), []);
  assert.deepEqual(quotesOf("Le « roi du vélo » Paul Roy a encore gagné, a dit son coach.", "fr"), []);
  assert.deepEqual(quotesOf("The “Iron Chancellor” Otto Brandt spoke, aides said.", "en"), []);
});

test("a passive label with no one to say it is no quote: « est considéré comme le … »", () => {
  assert.deepEqual(quotesOf("Le club reste considéré comme le « maillon faible » du championnat.", "fr"), []);
  // Active, the one who considers speaks.
  assert.deepEqual(quotesOf("Le ministre a considéré comme « inacceptable » la décision.", "fr"), [
    "inacceptable",
  ]);
});

test("a naming verb after a subjunctive auxiliary has a speaker: « qu’elle l’ait classé … »", () => {
  assert.deepEqual(
    quotesOf("Le fait que l’agence l’ait classé « dangereux pour l’homme » en 2015 a clos le débat.", "fr"),
    ["dangereux pour l’homme"],
  );
});

test("names, nicknames and sources between marks are not quotes", () => {
  assert.deepEqual(
    quotesOf('A former official said the "Evening Council Hour" airs on a cable channel.', "en"),
    [],
  );
  assert.deepEqual(quotesOf("The new rocket, nicknamed “Goliath”, flew on Friday.", "en"), []);
  assert.deepEqual(quotesOf("Le missile, baptisé « Tempête », a été présenté vendredi.", "fr"), []);
  assert.deepEqual(quotesOf("Le navire, qualifié de « forteresse », quitte le port.", "fr"), []);
  assert.deepEqual(
    quotesOf("Rates will rise twice next year, according to the new “rate grid” of the board.", "en"),
    [],
  );
  assert.deepEqual(quotesOf("After the match, “Big Tony” Moreno signed for another season.", "en"), []);
});

test("a code name is no quote: codenamed “…”, nom de code « … », unter dem Codenamen „…“", () => {
  assert.deepEqual(quotesOf("The inquiry, codenamed “Operation Lantern”, is continuing.", "en"), []);
  assert.deepEqual(quotesOf("The raids, code-named ‘Harvest Moon’ by detectives, began at dawn.", "en"), []);
  assert.deepEqual(quotesOf("L’enquête, nom de code « Opération Coquelicot », se poursuit.", "fr"), []);
  assert.deepEqual(quotesOf("Die Ermittlungen unter dem Codenamen „Falke“ dauern an.", "de"), []);
  // Words after the code name are still someone's.
  assert.deepEqual(
    quotesOf("The operation, codenamed Lantern, “went exactly to plan,” the chief constable said.", "en"),
    ["went exactly to plan,"],
  );
});

test("a short span attributed to someone is a quote", () => {
  assert.deepEqual(
    quotesOf("He dismissed the inquiry as what he called a “witch hunt” by his rivals.", "en"),
    ["witch hunt"],
  );
  assert.deepEqual(quotesOf("La ministre a dénoncé une « provocation » de la part de Moscou.", "fr"), [
    "provocation",
  ]);
  assert.deepEqual(quotesOf("The governor said the damage was “severe but manageable” on Monday.", "en"), [
    "severe but manageable",
  ]);
  assert.deepEqual(quotesOf("Le dirigeant a averti que le pays « paierait cher » toute attaque.", "fr"), [
    "paierait cher",
  ]);
  assert.deepEqual(
    quotesOf("The outlook remains “broadly stable” for the coming months, the bank said.", "en"),
    ["broadly stable"],
  );
  assert.deepEqual(quotesOf("Labelled a “reckless gamble” by its critics, the plan went ahead.", "en"), [
    "reckless gamble",
  ]);
  assert.deepEqual(quotesOf("Le ministre a qualifié de « provocation » la décision de Moscou.", "fr"), [
    "provocation",
  ]);
  assert.deepEqual(quotesOf("Washington le qualifie de « provocation grave » depuis lundi.", "fr"), [
    "provocation grave",
  ]);
});

test("a short span with no speech cue is a scare quote", () => {
  assert.deepEqual(quotesOf("Investors flocked to the “safe” bonds as markets fell.", "en"), []);
  assert.deepEqual(quotesOf("Le quartier reste une « zone grise » pour les urbanistes.", "fr"), []);
});

test("a short span beside a quote in the same clause is quoted from the same source", () => {
  const text =
    "Le texte vise à protéger « la sécurité des réseaux, l’ordre public " +
    "et la défense du pays » et à renforcer « la lutte antiterroriste ».";
  assert.deepEqual(quotesOf(text, "fr"), [
    "la sécurité des réseaux, l’ordre public et la défense du pays",
    "la lutte antiterroriste",
  ]);
  assert.deepEqual(quotesOf("‘Neutral’ judge: ‘Why would anyone appeal this ruling?’", "en", "headline"), [
    "Why would anyone appeal this ruling?",
  ]);
  assert.deepEqual(
    quotesOf("Les deux partis ont « condamné » les « violences » commises samedi soir.", "fr"),
    ["condamné", "violences"],
  );
});

test("a full sentence between marks is a quote even without a verb", () => {
  assert.deepEqual(quotesOf("“It’s ‘Opening Night at the Opera.’”", "en"), [
    "It’s ‘Opening Night at the Opera.’",
  ]);
  assert.deepEqual(quotesOf("“We have nothing to hide.”", "en"), ["We have nothing to hide."]);
  assert.deepEqual(quotesOf("Le maire : « Nous n’avons rien à cacher »", "fr", "headline"), [
    "Nous n’avons rien à cacher",
  ]);
  assert.deepEqual(quotesOf("Taxes – “we will not raise them this year.”", "en"), [
    "we will not raise them this year.",
  ]);
});

test("French inverted attribution marks a quote whatever its verb", () => {
  assert.deepEqual(quotesOf("« Rien ne bouge », grimace-t-il en sortant.", "fr"), ["Rien ne bouge"]);
});

test("two clauses quoted side by side are quotes, not a list of names", () => {
  const text =
    "Le parti a indiqué que « les médecins ne se prononcent pas encore " +
    "sur son état » et « il reste en soins intensifs sous surveillance ».";
  assert.equal(quotesOf(text, "fr").length, 2);
});

test("a short quote next to its speech verb is a quote, even in Title Case", () => {
  assert.deepEqual(quotesOf("“Call Me Later,” she said, and hung up.", "en"), ["Call Me Later,"]);
});

test("partial: a fragment inside the reporter's sentence", () => {
  assert.deepEqual(partialOf("The minister warned the rebels would “pay a price” for the attack.", "en"), [
    true,
  ]);
  assert.deepEqual(partialOf("Le ministre a qualifié l’attaque de « provocation ».", "fr"), [true]);
  assert.deepEqual(partialOf("“We will respond,” the minister said.", "en"), [false]);
  assert.deepEqual(partialOf("Le ministre a déclaré : « Nous répondrons. »", "fr"), [false]);
  assert.deepEqual(partialOf("« Nous répondrons, affirme-t-il. Et vite. »", "fr"), [false]);
  assert.deepEqual(partialOf("“Fair wages for every driver” remain the goal, the union leader said.", "en"), [
    true,
  ]);
  assert.deepEqual(partialOf("“The storm was brutal,” she said, “but we were ready for it.”", "en"), [
    false,
    false,
  ]);
});

test("a speech verb with a that-clause governs a short quote at the clause's far end", () => {
  const en =
    "The inspector wrote that the company’s own logs showed its engineers had known " +
    "about the cracked pipes since the spring of 2014 and “looked the other way.”";
  assert.deepEqual(quotesOf(en, "en"), ["looked the other way."]);
  const fr =
    "L’inspectrice a écrit que les registres de l’entreprise montraient " +
    "que ses ingénieurs connaissaient les fissures des conduites " +
    "depuis le printemps 2014 et avaient « détourné les yeux ».";
  assert.deepEqual(quotesOf(fr, "fr"), ["détourné les yeux"]);
});

test(
  "a speech verb's form used as a noun after a " + "determiner (the ruling, his comments) is no speech cue",
  () => {
    assert.deepEqual(
      quotesOf(
        "The ruling ends a long fight by families whose wells were found to hold “forever chemicals.”",
        "en",
      ),
      [],
    );
    assert.deepEqual(
      quotesOf("His comments came a day after the town voted to ban “party buses” downtown.", "en"),
      [],
    );
    assert.deepEqual(quotesOf("The judge ruled that the firm had been “grossly negligent”.", "en"), [
      "grossly negligent",
    ]);
  },
);

test(
  "what someone calls a thing is its name: Title Case " +
    "after calls, a definite noun phrase after a naming verb",
  () => {
    assert.deepEqual(
      quotesOf(
        "The chain has shut six stores under a savings drive " +
          "it calls “Operation Lean Spring,” and more may follow.",
        "en",
      ),
      [],
    );
    assert.deepEqual(
      quotesOf(
        "Le groupe a lancé un plan d’économies qu’il appelle « Cap Horizon », selon ses dirigeants.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(
      quotesOf("Locals have taken to calling the smoke over the valley simply “the blanket.”", "en"),
      [],
    );
    assert.deepEqual(
      quotesOf("Il vit seul près du port, que les marins surnomment « la Vieille Anse ».", "fr"),
      [],
    );
    assert.deepEqual(quotesOf("The mayor called the closure “a betrayal of every family here.”", "en"), [
      "a betrayal of every family here.",
    ]);
  },
);

test("a capitalised title right after a document noun names the document", () => {
  assert.deepEqual(quotesOf("The study “Coasts in Retreat,” published in May, maps the erosion.", "en"), []);
  assert.deepEqual(
    quotesOf("Le rapport « Forêts 2040 », publié en juin, prévoit un recul des hêtres.", "fr"),
    [],
  );
  assert.deepEqual(quotesOf("Le rapport juge la situation « très préoccupante ».", "fr"), [
    "très préoccupante",
  ]);
});

test(
  "a title governed by a preposition, or followed by " + "its author, is no quote even beside a speech verb",
  () => {
    assert.deepEqual(
      quotesOf(
        "Dans « La Gazette du Littoral », Paul Renard évoque « " +
          "une saison ratée », quand d’autres parlent d’un sursaut.",
        "fr",
      ),
      ["une saison ratée"],
    );
    assert.deepEqual(
      quotesOf("In “The Quiet Harbour,” Nell Obi argues that “nothing here was inevitable.”", "en"),
      ["nothing here was inevitable."],
    );
    assert.deepEqual(
      quotesOf(
        "Le théâtre reprend en mai « Les Mains sales » de Jean-Paul Sartre, annonce la direction.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(quotesOf("The club will read “Winter Orchard” by Maya Lund next month.", "en"), []);
  },
);

test("a title in apposition to its kind of work is no quote, on either side of it", () => {
  assert.deepEqual(
    quotesOf("His latest album, “Salt Roads,” says more about him than any interview.", "en"),
    [],
  );
  assert.deepEqual(
    quotesOf("She recorded “Paper Harbour,” the single that paid her rent for a decade.", "en"),
    [],
  );
  // Words spoken stay a quote beside the same nouns: they are no title.
  assert.deepEqual(quotesOf("In her book, “we were never told the truth,” she writes of the mill.", "en"), [
    "we were never told the truth,",
  ]);
});

test("a Latin locution in marks is a term, unless a speech verb stands right by it", () => {
  assert.deepEqual(
    quotesOf("Le maire a annoncé mardi soir l’ajournement « sine die » de la réforme des tarifs.", "fr"),
    [],
  );
  assert.deepEqual(quotesOf("The board announced a “de facto” freeze on hiring in the spring.", "en"), []);
  assert.deepEqual(quotesOf("« Mea culpa », a lancé le ministre devant les députés.", "fr"), ["Mea culpa"]);
});

test(
  "one word after a definite article and an adjective " +
    "is a local term, even with a speech verb farther off",
  () => {
    assert.deepEqual(quotesOf("Le maire a salué le désormais célèbre « bouchon » de la rocade.", "fr"), []);
    assert.deepEqual(quotesOf("The mayor praised the now famous “jam” on the ring road.", "en"), []);
    assert.deepEqual(
      quotesOf("Los vecinos celebraron la fiesta con el tradicional «chupinazo» en la plaza.", "es"),
      [],
    );
    assert.deepEqual(quotesOf("The agency said the minister “regrets” the delay.", "en"), ["regrets"]);
    assert.deepEqual(quotesOf("He denounced the party’s “betrayal” of voters.", "en"), ["betrayal"]);
  },
);

test("reflexive « se dire » declares, it does not name: the short span is the subject’s words", () => {
  assert.deepEqual(
    quotesOf("Le syndicat des commerçants s’est dit « prêt à discuter » du calendrier.", "fr"),
    ["prêt à discuter"],
  );
  assert.deepEqual(quotesOf("Les riveraines se sont dites «soulagées» par la décision.", "fr"), [
    "soulagées",
  ]);
  // Without the reflexive, « dite » still names.
  assert.deepEqual(quotesOf("La réforme dite « Barnier » entre en vigueur lundi.", "fr"), []);
});

test("a slogan on a banner, a sign or a T-shirt is not a quote: nobody is said to utter it", () => {
  assert.deepEqual(
    quotesOf(
      "Devant la mairie, les grévistes ont déployé une " +
        "banderole proclamant : « Nos salaires, pas vos profits ».",
      "fr",
    ),
    [],
  );
  assert.deepEqual(
    quotesOf("Outside the plant, a worker held a sign that read: “We built this town, now pay us.”", "en"),
    [],
  );
  assert.deepEqual(quotesOf("A man wore a T-shirt reading “No Farmers No Food” at the rally.", "en"), []);
  assert.deepEqual(quotesOf("Le délégué a lancé : « Nos salaires, pas vos profits ».", "fr"), [
    "Nos salaires, pas vos profits",
  ]);
});

test("a sign that proclaims its words, in the present as in the past: the sign's words", () => {
  const none = (text: string, lang: string) => assert.deepEqual(quotesOf(text, lang), [], text);
  none("À l’entrée du parking, une pancarte artisanale proclame « Le lac est à tout le monde ».", "fr");
  none("Devant la mairie, des banderoles clament « Non à la fermeture ».", "fr");
  none("At the gate, a hand-painted sign proclaims “The lake belongs to everyone”.", "en");
  none("En la entrada, un cartel proclama «El lago es de todos».", "es");
  // A person proclaims the words they say.
  const words = (text: string, lang: string, quote: string) =>
    assert.deepEqual(quotesOf(text, lang), [quote], text);
  words("Le maire proclame « Le lac est à tout le monde ».", "fr", "Le lac est à tout le monde");
  words("The mayor proclaimed “The lake belongs to everyone”.", "en", "The lake belongs to everyone");
  words("El alcalde proclama «El lago es de todos».", "es", "El lago es de todos");
});

test("signs, one of which read “…”: the sign a partitive relative picks out, with its words", () => {
  const none = (text: string, lang: string) => assert.deepEqual(quotesOf(text, lang), [], text);
  none('Patients gathered with placards, one of which read "Dialysis is not a luxury".', "en");
  none("Fans unfurled banners, one of which said “Sell the club”.", "en");
  // A comma and a phrase that picks no sign out leave the words to whoever says them.
  assert.deepEqual(quotesOf("A woman held a sign, one of many, and said “we are angry”.", "en"), [
    "we are angry",
  ]);
});

test("a sign and a few words on how it is written or where it hangs, then a colon: the sign's words", () => {
  const none = (text: string, lang: string) => assert.deepEqual(quotesOf(text, lang), [], text);
  none("En el andén, los vecinos colgaron un cartel escrito a mano: “Bienvenido a casa, tren”.", "es");
  none("Los vecinos colgaron un cartel en la reja: “No al cierre”.", "es");
  none("Residents hung a sign on the gate: “Welcome home, train.”", "en");
  none("Les habitants ont accroché une pancarte sur le portail : « Bienvenue au train ».", "fr");
  none("Die Anwohner hängten ein Plakat an den Zaun: „Willkommen zurück“.", "de");
  // The sign's noun in the singular, without a case ending: `Transparent`, not only `Transparente`.
  none("Eine Nachbarin hatte ein Transparent mit der Aufschrift „Hechi, flieg!“ gemalt.", "de");
  none("Fans hielten ein Transparent hoch: „Lena, gib Gas!“", "de");
  // The verb giving a sign's words and a word pointing at the sign, after the marks.
  none("Freunde hatten ein Bettlaken aufgehängt, „Lena, gib Gas!“ stand darauf.", "de");
  none("Am Zaun hing ein Leintuch, „Danke, Hansi“ steht drauf.", "de");
  none("Les habitants ont accroché une pancarte écrite à la main : « Bienvenue au train ».", "fr");
  // A conjunction or a speech verb after the sign opens a clause whose subject speaks; a speech verb
  // after the marks gives them their speaker.
  const words = (text: string, lang: string, quote: string) =>
    assert.deepEqual(quotesOf(text, lang), [quote], text);
  words("El delegado levantó un cartel y gritó: “No al cierre”.", "es", "No al cierre");
  words(
    "A man held up a sign and told reporters: “We want our train back.”",
    "en",
    "We want our train back.",
  );
  words("Le délégué brandissait une pancarte et a lancé : « Nos salaires ! »", "fr", "Nos salaires !");
  words("Er hielt ein Plakat hoch und rief: „Willkommen zurück“.", "de", "Willkommen zurück");
  words("„Wir schaffen das“, sagte sie darauf.", "de", "Wir schaffen das");
  words("Johnson reads the signs well: “We will win this,” he said.", "en", "We will win this,");
  words("El hombre del cartel ha dicho: “No al cierre”.", "es", "No al cierre");
  // With no determiner the word is a verb: a headline.
  words("Reid signs new deal: “This club is my home”", "en", "This club is my home");
  // Its complement makes the noun no sign one reads.
  words("It was a sign of things to come for Smith: “We lost the room.”", "en", "We lost the room.");
  words("Un jefe del cartel de Sinaloa: “No negociamos”.", "es", "No negociamos");
});

test(
  "a Title Case span right after a verb, with no punctuation, " +
    "is a work's title: 'répètent « Les Fourberies de Scapin »'",
  () => {
    assert.deepEqual(
      quotesOf(
        "Depuis septembre, les élèves du lycée répètent « Les Fourberies de Scapin » pour le gala de juin.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(
      quotesOf("Since September, the pupils rehearse “The Cherry Orchard” twice a week.", "en"),
      [],
    );
    // Punctuated, or with its speaker after it, it is someone's words.
    assert.deepEqual(
      quotesOf("Le maire répète « Nous Tiendrons, Coûte Que Coûte » à chaque conseil.", "fr"),
      ["Nous Tiendrons, Coûte Que Coûte"],
    );
  },
);

test("what a naming verb calls a work or a plan in lower case is the speaker's words, not its title", () => {
  assert.deepEqual(quotesOf("Mayor Ann Lowe called the plan “reckless” on Monday.", "en"), ["reckless"]);
  assert.deepEqual(quotesOf("Critics called the campaign “a shambles”.", "en"), ["a shambles"]);
  assert.deepEqual(quotesOf("La diputada Ana Paz llamó al proyecto «una estafa».", "es"), ["una estafa"]);
  // A title is still a title: `the plan “Clean Harbour 2030”`.
  assert.deepEqual(quotesOf("The council called its plan “Clean Harbour 2030” in the report.", "en"), []);
});

test("« classé » names like « qualifié de »: with a subject it reports a judgement, alone it labels", () => {
  assert.deepEqual(quotesOf("Le CIRC l’a classé « cancérogène probable » en 2015.", "fr"), [
    "cancérogène probable",
  ]);
  assert.deepEqual(quotesOf("Un produit classé « dangereux » a été retiré des rayons.", "fr"), []);
});

test("short spans in one clause with a quote are quotes along the whole run, not only the nearest", () => {
  assert.deepEqual(
    quotesOf(
      "Après la réforme, que le gouvernement « a fait voter en force » malgré une " +
        "« large » opposition, « la colère reste vive », tranche le syndicaliste.",
      "fr",
    ),
    ["a fait voter en force", "large", "la colère reste vive"],
  );
});

test("a viewpoint phrase naming someone, then a comma, gives the short span as their words", () => {
  assert.deepEqual(quotesOf("Pour la juge Anne Roy, « rien n’est acquis ».", "fr"), ["rien n’est acquis"]);
  assert.deepEqual(quotesOf("Mais pour le syndicat, « tout reste à faire ».", "fr"), ["tout reste à faire"]);
  assert.deepEqual(quotesOf("Para el alcalde Tomás Vera, «nada está decidido».", "es"), [
    "nada está decidido",
  ]);
  assert.deepEqual(quotesOf("Para a prefeita Rita Alves, “nada mudou”.", "pt"), ["nada mudou"]);
  // A viewpoint on a time names nobody: the span stays a scare quote.
  assert.deepEqual(quotesOf("Pour l’instant, « rien ne bouge ».", "fr"), []);
});

test("a source named before a postposition (`X zufolge`) gives the short span as its words", () => {
  assert.deepEqual(quotesOf("Der Ärztin Jana Roth zufolge bleibt die Lage „sehr angespannt“.", "de"), [
    "sehr angespannt",
  ]);
});

test("marks joined to a word by a hyphen make a compound: a name or a term, not someone's words", () => {
  assert.deepEqual(quotesOf("„Wir prüfen den Fall“, sagte Lena Vogt der „Bild“-Zeitung.", "de"), [
    "Wir prüfen den Fall",
  ]);
  assert.deepEqual(quotesOf("The mayor rejected a “Field of Dreams”-style stadium, she said.", "en"), []);
  assert.deepEqual(quotesOf("Les militants anti-« Grand Paris » ont manifesté.", "fr"), []);
});

test("lower-case spans listed after a speech verb report its words; the reporter's reading does not", () => {
  assert.deepEqual(quotesOf("Le maire a dénoncé un budget « coûteux » et « inutile ».", "fr"), [
    "coûteux",
    "inutile",
  ]);
  assert.deepEqual(quotesOf("La jueza calificó el fallo de «injusto» y «arbitrario».", "es"), [
    "injusto",
    "arbitrario",
  ]);
  assert.deepEqual(quotesOf("We once read of “brave drivers” or “silent heroes” in the papers.", "en"), []);
});

test("an incise after the comma marks a short quote whatever its verb: no lexicon lists them all", () => {
  assert.deepEqual(quotesOf("« Rien ne presse », grince Hugo Marchand.", "fr"), ["Rien ne presse"]);
  assert.deepEqual(quotesOf("« Rien ne presse », s’agace-t-il.", "fr"), ["Rien ne presse"]);
  assert.deepEqual(quotesOf("« Rien ne presse », s’est-elle agacée.", "fr"), ["Rien ne presse"]);
  assert.deepEqual(quotesOf("«Nada urge», razonó el juez.", "es"), ["Nada urge"]);
  // A preposition or an adverb after the comma opens no incise: the scare quote stays one.
  assert.deepEqual(quotesOf("La ville reste le « maillon faible », derrière Lyon.", "fr"), []);
  assert.deepEqual(quotesOf("La ville reste le « maillon faible », notamment Lyon.", "fr"), []);
});

test("a viewpoint opening the sentence reaches a short span a few words past its comma", () => {
  assert.deepEqual(quotesOf("Pour la juge Anne Roy, c’est « une erreur ».", "fr"), ["une erreur"]);
  assert.deepEqual(quotesOf("Para el juez Tomás Vera, se trata de «un error».", "es"), ["un error"]);
  // Farther on, the span is the reporter's scare quote again.
  assert.deepEqual(
    quotesOf(
      "Pour Anne Roy, les habitants des quartiers du nord vivent depuis des années dans une « zone grise ».",
      "fr",
    ),
    [],
  );
});

test("a viewpoint reaches the span past its appositions: a name, an affiliation, a relative clause", () => {
  assert.deepEqual(
    quotesOf(
      "Para el geólogo Raúl Soler, de la Universidad de Oviedo, que midió la grieta, la presa es «segura».",
      "es",
    ),
    ["segura"],
  );
  assert.deepEqual(quotesOf("Para a ministra, Clara Nunes (PSB), o plano é “viável”.", "pt"), ["viável"]);
  // A clause of its own after the first comma is no apposition: the span stays a scare quote.
  assert.deepEqual(
    quotesOf("Para el Mundial, la ciudad, que espera turistas, prepara un «fan fest».", "es"),
    [],
  );
});

test("a viewpoint on a pronoun alone gives the span to the person it stands for", () => {
  assert.deepEqual(quotesOf("Pour elle, « rien n’est joué ».", "fr"), ["rien n’est joué"]);
  assert.deepEqual(quotesOf("Para ele, “nada mudou”.", "pt"), ["nada mudou"]);
  assert.deepEqual(quotesOf("For him, it was “a fair deal”.", "en"), ["a fair deal"]);
});

test("a source phrase on a possessive (à ses yeux, in her view) gives the short span to its owner", () => {
  assert.deepEqual(quotesOf("À ses yeux, le budget reste « trop flou ».", "fr"), ["trop flou"]);
  assert.deepEqual(quotesOf("The budget was “too vague”, in her view.", "en"), ["too vague"]);
  assert.deepEqual(quotesOf("Seiner Ansicht nach ist der Plan „zu vage“.", "de"), ["zu vage"]);
});

test("only languages whose incises invert any verb read an unlisted word there as one", () => {
  // English and German list their verbs of saying; a preposition they do not list opens no incise.
  assert.deepEqual(quotesOf("Officials kept the “safe haven” label, amid the protests in Albany.", "en"), []);
  assert.deepEqual(quotesOf("Die „Ampel“, trotz der Krise, hält.", "de"), []);
  assert.deepEqual(quotesOf("La « zone grise », y compris la banlieue, reste floue.", "fr"), []);
});

test("past a clause of its own, only a viewpoint on a person keeps the span, not a holiday", () => {
  assert.deepEqual(quotesOf("Pour Noël, la ville a installé des « sapins géants ».", "fr"), []);
  assert.deepEqual(quotesOf("Para el Mundial, la ciudad prepara un «fan fest».", "es"), []);
  assert.deepEqual(quotesOf("Para o senador, o plano é “um erro”.", "pt"), ["um erro"]);
});

test("a viewpoint names its person past an elided article, as the text model splits it", () => {
  // `l’avocate` is `l` and `avocate`: the noun for a person is found behind its article.
  assert.deepEqual(quotesOf("Pour l’avocate, « rien n’est joué ».", "fr"), ["rien n’est joué"]);
  assert.deepEqual(quotesOf("Pour l’instant, « rien ne bouge ».", "fr"), []);
});

test("a quoted verb phrase that carries on the reporter's sentence is someone's words", () => {
  // Opening on an auxiliary or a reflexive, or right after a perfect's auxiliary: a predicate, not a label.
  assert.deepEqual(quotesOf("Depuis lundi, la santé du skipper « s’est nettement améliorée ».", "fr"), [
    "s’est nettement améliorée",
  ]);
  assert.deepEqual(quotesOf("Le chantier a pris du retard et il a « dû être suspendu » en mars.", "fr"), [
    "dû être suspendu",
  ]);
  assert.deepEqual(quotesOf("By Friday the patient’s condition had “worsened sharply” overnight.", "en"), [
    "worsened sharply",
  ]);
  assert.deepEqual(quotesOf("Die Lage im Hafen hat „sich deutlich entspannt“ seit dem Wochenende.", "de"), [
    "sich deutlich entspannt",
  ]);
  // After a copula, or one word alone, the marks may be the reporter's own label.
  assert.deepEqual(quotesOf("Most of the assets were “tangible goods” in the end.", "en"), []);
  assert.deepEqual(quotesOf("Le verdict a « surpris » tout le quartier.", "fr"), []);
});

test("the second of two names a naming cue gives is a name too, even after a finding", () => {
  const text = "A state study found synthetic compounds, known as PFAS or “forever chemicals”, in 37 wells.";
  assert.deepEqual(quotesOf(text, "en"), []);
});

test("a verb quoted between its subject and object is someone's words; a quoted noun phrase is not", () => {
  assert.deepEqual(quotesOf("Le maire « regrette » et « condamne » les violences", "fr", "headline"), [
    "regrette",
    "condamne",
  ]);
  assert.deepEqual(quotesOf("Elle « assume pleinement » l’échec du projet.", "fr"), ["assume pleinement"]);
  assert.deepEqual(quotesOf("Senator Ruiz “regrets” the vote.", "en"), ["regrets"]);
  // An article before the marks opens a noun phrase: a name or a label, whatever follows it.
  assert.deepEqual(quotesOf("Les « gilets jaunes » et les syndicats défilent.", "fr"), []);
  assert.deepEqual(quotesOf("The “experts” the panel chose disagreed.", "en"), []);
});

test("a formula in the first person that a speech verb utters is a quote; a slogan carried is a name", () => {
  assert.deepEqual(quotesOf("Il a répété trois fois la formule « j’assume » devant les élus.", "fr"), [
    "j’assume",
  ]);
  assert.deepEqual(quotesOf("She repeated the phrase “I won’t resign” twice.", "en"), ["I won’t resign"]);
  assert.deepEqual(quotesOf("Les manifestants brandissaient la formule « Je suis Charlie ».", "fr"), []);
  assert.deepEqual(quotesOf("The crowd carried the phrase “I am Charlie” on banners.", "en"), []);
});

test("a figure in marks in the reporter's words is someone's count; a programme name is not", () => {
  assert.deepEqual(quotesOf("Les secours recherchent « au moins 40 » randonneurs.", "fr"), ["au moins 40"]);
  assert.deepEqual(quotesOf("Crews were still missing “more than 30” boats.", "en"), ["more than 30"]);
  assert.deepEqual(quotesOf("Elle était l’invitée du « 20 heures » de la chaîne.", "fr"), []);
});

test("a sign's words after a name in marks between the sign and its verb are no quote", () => {
  assert.deepEqual(
    quotesOf(
      "Auf einem Plakat der Initiative „Kesselbrink für alle“ vor dem Rathaus stand am Abend nur ein " +
        "Wort: „Endlich“.",
      "de",
    ),
    [],
  );
  assert.deepEqual(
    quotesOf(
      "Sur une banderole du collectif « Vélo Cité » on pouvait lire : « Rendez-nous nos pistes ».",
      "fr",
    ),
    [],
  );
  // Without a sign, the colon presents someone's words.
  assert.deepEqual(
    quotesOf("Die Sprecherin der Initiative „Kesselbrink für alle“ sagte nur ein Wort: „Endlich“.", "de"),
    ["Endlich"],
  );
});

test("a graffito, the object of a verb of spraying or scrawling, is no quote", () => {
  assert.deepEqual(quotesOf("Auf eine Mauer am Dorfeingang hat jemand «Gadmen bleibt!» gesprayt.", "de"), []);
  assert.deepEqual(
    quotesOf("Unbekannte haben „Nazis raus“ an die Fassade gesprüht, sagte die Polizei.", "de"),
    [],
  );
  assert.deepEqual(quotesOf("Someone had scrawled “Go Home” across the door, police said.", "en"), []);
  assert.deepEqual(
    quotesOf("Des inconnus ont tagué « Non au projet » sur la façade de la mairie.", "fr"),
    [],
  );
  assert.deepEqual(quotesOf("Vecinos grafitearon «Fuera la mina» en el muro del ayuntamiento.", "es"), []);
  // Spoken words stay quotes; a lower-case span after such a verb is someone's words too.
  assert.deepEqual(quotesOf("„Wir bleiben hier“, sagte der Gemeindepräsident.", "de"), ["Wir bleiben hier"]);
  assert.deepEqual(quotesOf("The mayor said vandals had “daubed paint everywhere” overnight.", "en"), [
    "daubed paint everywhere",
  ]);
});

test("a pet's, a school's or an association's name in marks is no quote", () => {
  assert.deepEqual(quotesOf("Der Rottweiler namens «Bruno» lebt inzwischen in einem Tierheim.", "de"), []);
  assert.deepEqual(quotesOf("An der Grundschule „Mitte“ lernen deutsche und polnische Kinder.", "de"), []);
  assert.deepEqual(
    quotesOf("Die Patientenvereinigung „Gesundheit für alle“ fordert eine digitale Anzeige.", "de"),
    [],
  );
  assert.deepEqual(quotesOf("Les élèves de l’école « Les Tilleuls » ont planté un verger.", "fr"), []);
  assert.deepEqual(quotesOf("Los alumnos de la escuela «Río Grande» plantaron un huerto.", "es"), []);
  // After the school's noun, a lower-case span is still the clause's predicate, someone's words.
  assert.deepEqual(quotesOf("Die Schule sei „am Limit“, sagte die Rektorin.", "de"), ["am Limit"]);
});

test("a work's title after the noun of its premiere is no quote", () => {
  assert.deepEqual(
    quotesOf("Das Publikum hat die Premiere von „Der Brandner Kaspar und das ewig’ Leben“ gefeiert.", "de"),
    [],
  );
  assert.deepEqual(quotesOf("Le public a ovationné la première de « Les Trois Sœurs » samedi.", "fr"), []);
  assert.deepEqual(
    quotesOf("El público aplaudió el estreno de «La casa de Bernarda Alba» en Sevilla.", "es"),
    [],
  );
  assert.deepEqual(quotesOf("Crowds queued for the premiere of “The Long Field” on Friday.", "en"), []);
  // The premiere's reviewer still has words.
  assert.deepEqual(quotesOf("Nach der Premiere sagte die Kritikerin: „Ein großer Abend“.", "de"), [
    "Ein großer Abend",
  ]);
});

test("a thing's name in marks after an indefinite determiner, described after them, is no quote", () => {
  assert.deepEqual(
    quotesOf(
      "Selon l’enquête, seules les factures circulaient, entre des « fournisseurs » qui n’avaient ni " +
        "salariés ni bureaux.",
      "fr",
    ),
    [],
  );
  assert.deepEqual(quotesOf("Elle a remis 6 000 euros en liquide à un « agent » venu chez elle.", "fr"), []);
  assert.deepEqual(
    quotesOf("According to police, the gang sent a “courier” who collected the cash.", "en"),
    [],
  );
  // A speech verb in the clause makes the words its subject's.
  assert.deepEqual(
    quotesOf("Le CISSS a reconnu une « situation exceptionnelle » liée à une hausse des cas.", "fr"),
    ["situation exceptionnelle"],
  );
  assert.deepEqual(quotesOf("Le ministre a dénoncé un « scandale » qui dure depuis des années.", "fr"), [
    "scandale",
  ]);
  // So does a viewpoint opening the sentence.
  assert.deepEqual(quotesOf("Pour la ministre, il s’agit d’un « signal fort » envoyé aux marchés.", "fr"), [
    "signal fort",
  ]);
  // An adjective before a noun and its complement qualifies the noun: someone's word.
  assert.deepEqual(
    quotesOf(
      "« La défiance est profonde », dit-elle, malgré l’opposition d’une « écrasante » majorité de la " +
        "population.",
      "fr",
    ),
    ["La défiance est profonde", "écrasante"],
  );
});

test("a paper's name after the dative article that says whom a speaker told is no quote", () => {
  // German marks the addressee by the article's case alone; a paper's name there may be lower case.
  assert.deepEqual(quotesOf("Ein Abgeordneter sagte dem »nd«, das Gesetz sei gescheitert.", "de"), []);
  assert.deepEqual(quotesOf("Die Lage sei ernst, sagte sie der „taz“ am Montag.", "de"), []);
  assert.deepEqual(quotesOf("Der Kanzler erklärte der „Süddeutschen Zeitung“, er bleibe.", "de"), []);
  // Negatives: after a preposition or a noun, a speaker's words stay words.
  assert.deepEqual(quotesOf("Ein Sprecher sagte dem Sender, die Lage sei „sehr ernst“.", "de"), [
    "sehr ernst",
  ]);
  assert.deepEqual(
    quotesOf("Die Ministerin sagte, man müsse der „Gier der Konzerne“ Einhalt gebieten.", "de"),
    ["Gier der Konzerne"],
  );
});

test("a code name given with its noun is no quote", () => {
  assert.deepEqual(
    quotesOf("Un testigo, identificado durante el juicio con la clave “Roble”, declaró ante la jueza.", "es"),
    [],
  );
  assert.deepEqual(quotesOf("El agente actuó bajo el nombre en clave «Halcón» durante dos años.", "es"), []);
  assert.deepEqual(quotesOf("El autor firmó la carta con el seudónimo «Juan del Pueblo».", "es"), []);
  // Negative: `la clave` alone is as often the key a speaker gives.
  assert.deepEqual(quotesOf("Para el ministro, la clave “está en la educación”, dijo Pedro Gómez.", "es"), [
    "está en la educación",
  ]);
});

test("a work's noun after a speech verb with no complementiser is the subject of the words said", () => {
  assert.deepEqual(
    quotesOf("In a statement, the festival said the film “captures the dignity of labor.”", "en"),
    ["captures the dignity of labor."],
  );
  assert.deepEqual(quotesOf("Critics said the novel “reads like a fever dream”.", "en"), [
    "reads like a fever dream",
  ]);
  // Negatives: the work's title after its noun stays a title.
  assert.deepEqual(quotesOf("She said the film “Parasite” changed her life.", "en"), []);
  assert.deepEqual(quotesOf("He watched the film “Night Harbour” twice.", "en"), []);
});

test("a coined compound that closes a speech verb's clause is what the speaker called it", () => {
  assert.deepEqual(quotesOf("He described the last weeks of fundraising as ‘nerve-shredding’.", "en"), [
    "nerve-shredding",
  ]);
  assert.deepEqual(quotesOf("She said the talks had been “make-or-break”.", "en"), ["make-or-break"]);
  // Negatives: a compound in a noun phrase, or with no speech verb, is a term mentioned.
  assert.deepEqual(quotesOf("He said the “freeze-thaw” cycles were worsening.", "en"), []);
  assert.deepEqual(quotesOf("The bakery's loaves are “cold-proof”.", "en"), []);
});

test("what a subject sees or defines itself as is its own words", () => {
  assert.deepEqual(quotesOf("Er sieht sich selbst als „Wanderprediger mit Dienstauto“.", "de"), [
    "Wanderprediger mit Dienstauto",
  ]);
  assert.deepEqual(quotesOf("Il se voit comme un « artisan du vivant ».", "fr"), ["artisan du vivant"]);
  assert.deepEqual(quotesOf("Se define como “una obrera de la palabra”.", "es"), [
    "una obrera de la palabra",
  ]);
  assert.deepEqual(quotesOf("She sees herself as “a caretaker of the valley”.", "en"), [
    "a caretaker of the valley",
  ]);
  // Negative: seeing another thing so is no self-description.
  assert.deepEqual(quotesOf("Er sieht die Stadt als „Labor der Zukunft“.", "de"), []);
});

test("a work's noun or a verb of bringing it out names the title past an adjective or a venue", () => {
  assert.deepEqual(quotesOf("Los datos salen del buque oceanográfico «Sarmiento de Gamboa».", "es"), []);
  assert.deepEqual(quotesOf("El festival abre con el estreno nacional de «Los años del río».", "es"), []);
  assert.deepEqual(quotesOf("Le navire océanographique « Marion Dufresne » rentre à Brest.", "fr"), []);
  assert.deepEqual(quotesOf("La troupe présente au Théâtre Municipal « La nuit des pêcheurs ».", "fr"), []);
  assert.deepEqual(quotesOf("El viernes se estrena en el Teatro Colón “La casa del puerto”.", "es"), []);
  // Negatives: words someone says stay theirs after an adjective, and a venue with a speech verb.
  assert.deepEqual(quotesOf("El plan oficial «no alcanza para nadie», dijo la vecina.", "es"), [
    "no alcanza para nadie",
  ]);
  assert.deepEqual(quotesOf("Dijo en el Teatro Colón: «Volveremos el año que viene».", "es"), [
    "Volveremos el año que viene",
  ]);
});

test("a product's series, a feature film, a play and a painting by its size are works", () => {
  assert.deepEqual(quotesOf("Neu ist die Modellreihe „Aurora“, die ab März kommt.", "de"), []);
  assert.deepEqual(quotesOf("Der Hersteller baut die Kamerareihe „Lumix“ weiter aus.", "de"), []);
  assert.deepEqual(quotesOf("Proyectan “Agua dulce”, el segundo largometraje de la directora.", "es"), []);
  assert.deepEqual(
    quotesOf("Au fond, « Marée n°3 », un grand format de deux mètres, attire les regards.", "fr"),
    [],
  );
  // Negative: a quote beside a series' noun that a speech verb gives stays a quote.
  assert.deepEqual(quotesOf("„Die Reihe läuft gut“, sagte der Sprecher.", "de"), ["Die Reihe läuft gut"]);
});

test("a headline's span that the body names in sentence case is that title in the headline too", () => {
  const titles = (headline: string, body: string) =>
    quotesAndSpeakers("es", ["headline", headline], body).map(([text]) => text);
  assert.deepEqual(
    titles(
      "“Las tejedoras”: la huelga llega al teatro",
      "Este viernes se estrena en el Teatro Colón “Las tejedoras”.",
    ),
    [],
  );
  // Negative: a headline quote the body quotes as someone's words stays a quote.
  assert.deepEqual(
    titles("“No vamos a parar”: la huelga sigue", "“No vamos a parar”, dijo la delegada Ana Ruiz."),
    ["No vamos a parar"],
  );
});

test("words a preposition puts something in, with a step on a scale apposed after, name the step", () => {
  assert.deepEqual(
    quotesOf("Le préfet a placé le département en « alerte renforcée », le niveau deux.", "fr"),
    [],
  );
  assert.deepEqual(
    quotesOf("The agency moved the county to “extreme”, the highest level on its scale.", "en"),
    [],
  );
  assert.deepEqual(quotesOf("Der Kanton setzt die Region auf „Rot“, die höchste Stufe.", "de"), []);
  // Negative: a description after a complement's preposition stays the speaker's words.
  assert.deepEqual(
    quotesOf("Le maire a qualifié la situation de « très préoccupante », le niveau d’eau baissant.", "fr"),
    ["très préoccupante"],
  );
});

test("a sign's words after a notice's noun and a colon are no one's words", () => {
  assert.deepEqual(
    quotesOf("Sur la vitrine, une affichette : « Fermé pour travaux jusqu’à lundi ».", "fr"),
    [],
  );
});

test("a naming participle keeps its as across an adverbial and an adverb", () => {
  assert.deepEqual(
    quotesOf("The old pier – known to three generations of anglers simply as ‘the spit’ – reopened.", "en"),
    [],
  );
});

test("a group's name for itself after a reflexive naming verb is a name", () => {
  assert.deepEqual(quotesOf("Die vier Freundinnen nennen sich «Bergfinkli», nach einem Vogel.", "de"), []);
  assert.deepEqual(quotesOf("Desde 2019 se llaman «Las Descalzas» y ensayan los martes.", "es"), []);
  assert.deepEqual(quotesOf("Depuis, ils s’appellent « Les Amis du Canal ».", "fr"), []);
  // Negatives: a self-description in lower case, or a German phrase, stays the subject's words.
  assert.deepEqual(quotesOf("Er nannte sich „Diener des Volkes“, sagte sein Bruder.", "de"), [
    "Diener des Volkes",
  ]);
  assert.deepEqual(quotesOf("Ils se disent « prêts à tout ».", "fr"), ["prêts à tout"]);
});

test("a clause opened on its conjunction in marks is someone's words", () => {
  assert.deepEqual(
    quotesOf("El alcalde prometió revisar la tasa en un año «si la recaudación no llega».", "es"),
    ["si la recaudación no llega"],
  );
  assert.deepEqual(quotesOf("The council will close the pool “if the repairs run over budget”.", "en"), [
    "if the repairs run over budget",
  ]);
  // Negative: a list's conjunction opens no condition.
  assert.deepEqual(quotesOf("The menu lists “and more” at the bottom.", "en"), []);
});

test("a capitalised name after a German preposition written with its article is a name", () => {
  assert.deepEqual(quotesOf("Das Sommerfest im «Rosengärtli» beginnt um drei Uhr.", "de"), []);
  assert.deepEqual(quotesOf("Die Kinder treffen sich jeden Freitag beim «Bärengraben».", "de"), []);
  // Negative: a sentence after the same preposition stays someone's words.
  assert.deepEqual(quotesOf("„Wir sind im Plan“, sagte Müller zur Lage.", "de"), ["Wir sind im Plan"]);
});

test("a machine's or a plant's noun names the product after it", () => {
  assert.deepEqual(
    quotesOf("Das Werk setzt auf die Verpackungsmaschine „Pakto 5“, die Flaschen füllt.", "de"),
    [],
  );
  // Negative: the clause's predicate in lower case after the same noun stays a quote.
  assert.deepEqual(
    quotesOf("Gefragt ist vor allem die Anlage „läuft seit Jahren stabil“, sagt Kübler.", "de"),
    ["läuft seit Jahren stabil"],
  );
});

test("what something is classed as is its class, no one's words", () => {
  assert.deepEqual(quotesOf('The injury was classed as "minor" by doctors, she said.', "en"), []);
  assert.deepEqual(quotesOf("His call was classified as “priority two” and an ambulance came.", "en"), []);
  // Negative: a treatment someone describes in a sentence of their own stays a quote.
  assert.deepEqual(quotesOf("The officer said the call was “treated as urgent, as it should be”.", "en"), [
    "treated as urgent, as it should be",
  ]);
});

test("what stands under a label's noun and its de is the label", () => {
  assert.deepEqual(
    quotesOf("Rangée sous l’étiquette d’« auteur jeunesse », elle publie un roman.", "fr"),
    [],
  );
  assert.deepEqual(
    quotesOf("Longtemps classé sous l’étiquette de « rock alternatif », le groupe change.", "fr"),
    [],
  );
  // Negative: a sentence that says the word stays the speaker's words.
  assert.deepEqual(quotesOf("« On nous a collé l’étiquette de profiteurs », regrette la maire.", "fr"), [
    "On nous a collé l’étiquette de profiteurs",
  ]);
});

test("a speech verb right after its subject reports the clause after it with no that written", () => {
  assert.deepEqual(
    quotesOf(
      "The council said the new pool, built in 1998, extended in 2009 and closed in 2021, would " +
        "reopen after “urgent repairs” to its roof.",
      "en",
    ),
    ["urgent repairs"],
  );
  // Negative: a name in marks in the same clause stays a name.
  assert.deepEqual(quotesOf("The mayor said the so-called “traffic calming” scheme would stay.", "en"), []);
});

test("a title or name set after its noun and a colon is no quote; a summing-up noun's colon quotes", () => {
  assert.deepEqual(
    quotesOf(
      "Geplant ist ein Stipendienprogramm für Lehramtsstudenten, Arbeitstitel: „Lehrer für morgen“.",
      "de",
    ),
    [],
  );
  assert.deepEqual(quotesOf("Die Ausstellung hat auch schon einen Titel: „Augen der Nacht“.", "de"), []);
  assert.deepEqual(quotesOf("Der Verein hat einen neuen Namen: „Grüne Mitte“.", "de"), []);
  assert.deepEqual(quotesOf("Sein Fazit: „Das war ein guter Tag für uns alle.“", "de"), [
    "Das war ein guter Tag für uns alle.",
  ]);
});

test("what the impersonal subject calls a thing is a term, unless a judgement or a speaker's incise", () => {
  assert.deepEqual(
    quotesOf("On les appelle parfois les « ingénieurs du sol » : ils aèrent la terre.", "fr"),
    [],
  );
  assert.deepEqual(quotesOf("C’est ce qu’on appelle la « fatigue décisionnelle ».", "fr"), []);
  assert.deepEqual(quotesOf("On nous appelle des « fainéants », a dénoncé un syndicaliste.", "fr"), [
    "fainéants",
  ]);
  assert.deepEqual(quotesOf("On les appelle les « oubliés », a dénoncé un syndicaliste.", "fr"), ["oubliés"]);
  assert.deepEqual(quotesOf("Le maire les appelle les « oubliés de la République ».", "fr"), [
    "oubliés de la République",
  ]);
});

test("a sentence-case name after a work's noun and its complement or adjective is its name", () => {
  assert.deepEqual(
    quotesOf("Ils participent au programme de sciences participatives « Sous nos pieds ».", "fr"),
    [],
  );
  assert.deepEqual(quotesOf("Ils participent au programme participatif « Sous nos pieds ».", "fr"), []);
  assert.deepEqual(quotesOf("El programa de becas «Jóvenes con futuro» abrió la convocatoria.", "es"), []);
  // A speaker's incise makes the span their words of the plan.
  assert.deepEqual(quotesOf("Le plan de relance « Nous sauverons l’emploi », promet le ministre.", "fr"), [
    "Nous sauverons l’emploi",
  ]);
});

test("a paper's title set off after its noun and a painting's title after its noun are no quotes", () => {
  assert.deepEqual(
    quotesOf("The paper, “Acute Sleep Loss Impairs Memory in Healthy Adults,” was cited 400 times.", "en"),
    [],
  );
  assert.deepEqual(quotesOf("He told the paper “we were let down by the council”.", "en"), [
    "we were let down by the council",
  ]);
  assert.deepEqual(
    quotesOf("El taller presentó ayer el lienzo “La Virgen con donantes”, una obra anónima.", "es"),
    [],
  );
});

test("a principle invoked with a definite article is named; with an indefinite one it is a claim", () => {
  assert.deepEqual(quotesOf("Le préfet a invoqué le « principe de précaution ».", "fr"), []);
  assert.deepEqual(quotesOf("Le prévenu invoquait des « frais de représentation ».", "fr"), [
    "frais de représentation",
  ]);
});

test("a thing's name beside its noun, and a song's title after its noun, are not quotes (German)", () => {
  const none = (text: string) => assert.deepEqual(quotesOf(text, "de"), [], text);
  none("Der Bock „Eisenhammer“ soll unter Lizenz weitergebraut werden.");
  none("Die Brauerei verkauft ihr Helles „Kupferkessel“ nur im Ort.");
  none("Die Landsgemeinde endete mit dem Schlussgesang «Alles Leben strömt aus Dir».");
  none("Die Fans sangen die Vereinshymne „Blau und Weiß ein Leben lang“.");
  // A verb of saying or naming in the clause makes the word someone's.
  const words = (text: string, quote: string) => assert.deepEqual(quotesOf(text, "de"), [quote], text);
  words("Die Opposition nannte die Lage „Chaos“.", "Chaos");
  words("Der Minister sprach von „Verrat“.", "Verrat");
  words("Der Trainer sagte nach dem Spiel nur „Danke“.", "Danke");
});

test("German: a sign's relative clause closing on its verb of reading holds the sign's words", () => {
  assert.deepEqual(quotesOf("Sie wartete mit einem Plakat, auf dem „Lukas, flieg!“ stand.", "de"), []);
  assert.deepEqual(
    quotesOf("Die Demonstranten trugen Schilder, auf denen „Rettet den Wald!“ stand.", "de"),
    [],
  );
  // Or the sign's verb and an adverb standing for the sign (not an impersonal verb's, which tells when).
  assert.deepEqual(quotesOf("Freunde hatten ein Laken aufgehängt, „Lena, gib Gas!“ stand darauf.", "de"), []);
  assert.deepEqual(quotesOf("„Wir kommen wieder“, stand darauf in roter Schrift.", "de"), []);
  assert.deepEqual(quotesOf("„Wir prüfen das“, hieß es darauf aus dem Ministerium.", "de"), [
    "Wir prüfen das",
  ]);
  // A relative clause on a place, closing on a speech verb, holds someone's words.
  assert.deepEqual(quotesOf("Sie stand am Zaun, an dem sie „Wir bleiben hier!“ rief.", "de"), [
    "Wir bleiben hier!",
  ]);
});

test("German: a name given past its participle, a journal's title, a title as the clause's subject", () => {
  assert.deepEqual(quotesOf("Die Arbeiter haben dem Biber einen Namen gegeben: „Baggerfahrer“.", "de"), []);
  assert.deepEqual(quotesOf("Die Ministerin hat ihm eine Antwort gegeben: „Nein“.", "de"), ["Nein"]);
  assert.deepEqual(quotesOf("Die Studie soll im Fachjournal „Hydrogeology Journal“ erscheinen.", "de"), []);
  assert.deepEqual(quotesOf("Sie schreibt für die Zeitschrift „Bild der Wissenschaft“.", "de"), []);
  assert.deepEqual(
    quotesOf("Ein Stück über Geld und Moral: „Der Besuch der alten Dame“ hat die Saison eröffnet.", "de"),
    [],
  );
  // A fronted partial quote in reported speech, words a colon's speech verb presents, a quote set off by
  // its comma: all someone's words.
  assert.deepEqual(quotesOf("„Der größte Fehler meines Lebens“ sei das gewesen, sagte sie.", "de"), [
    "Der größte Fehler meines Lebens",
  ]);
  assert.deepEqual(quotesOf("Anna Roth sagte: „Die Lage ist ernst“ und ging.", "de"), ["Die Lage ist ernst"]);
  assert.deepEqual(quotesOf("Sie nickte: „Die Lage ist ernst“, sagte sie dann.", "de"), [
    "Die Lage ist ernst",
  ]);
});
