// German attribution constructions, on sentences written for this battery.
import { runBattery } from "./battery.helpers.ts";

runBattery("de", [
  {
    construction:
      "eine Aussendung (österreichisch: Pressemitteilung) ist ein Dokument: `Darin heißt es: „…“` nach dem " +
      "Satz, der sie nennt, gibt die Worte ihres Absenders; `„…“, heißt es in einer Aussendung.` die der " +
      "Stelle, von der der Satz davor handelt",
    paragraphs: [
      "„Wir sind zufrieden“, sagte Bürgermeister Jan Roth.",
      "Der Verband hat eine Aussendung verschickt. Darin heißt es: „Die Kosten sind gestiegen.“",
      "„Das ist ein guter Tag“, sagte die Ministerin Petra Brandt.",
      "Die Arbeiterkammer kritisiert die Erhöhung. „Das trifft die Falschen“, heißt es in einer Aussendung.",
    ],
    expected: [
      ["Wir sind zufrieden", "Jan Roth"],
      ["Die Kosten sind gestiegen.", "Der Verband"],
      ["Das ist ein guter Tag", "Petra Brandt"],
      ["Das trifft die Falschen", "Die Arbeiterkammer"],
    ],
  },
  {
    construction:
      "Besonders das zweite Gegentor ärgerte ihn: „…“: vor dem Doppelpunkt ist das Subjekt eine Sache, " +
      "kein Sprecher; es spricht, wen das Objekt meint",
    paragraphs: [
      "„Wir haben alles gegeben“, sagte Trainer Jan Vogt.",
      "Besonders das zweite Gegentor ärgerte ihn: „So etwas darf nicht passieren.“",
    ],
    expected: [
      ["Wir haben alles gegeben", "Jan Vogt"],
      ["So etwas darf nicht passieren.", "Jan Vogt"],
    ],
  },
  {
    construction:
      "Eine Stammkundin, ein Leser, ein Kirchgänger, ein Weinhändler, ein Bergmann: nouns for a person " +
      "an unnamed source is brought in by, before a colon or a pronoun's speech verb",
    paragraphs: [
      "Marktleiterin Doris Ebner freut sich über den Umbau. „Wir haben endlich Platz“, sagt sie.",
      "Eine Stammkundin aus dem Nachbardorf packt gerade ihre Tasche: „Ich komme seit zwanzig Jahren her.“",
      "Pfarrer Anton Reiter hat die Messe verlegt.",
      "Ein älterer Kirchgänger sieht es gelassen: „Hauptsache, die Glocken läuten.“",
      "Ein Leser aus Steyr hat uns geschrieben. „Die Packung ist halb leer“, klagt er.",
      "Ein Weinhändler aus Krems winkt ab: „Das Jahr war schwierig.“",
      "Ein ehemaliger Bergmann erinnert sich: „Unter Tage war es laut.“",
    ],
    expected: [
      ["Wir haben endlich Platz", "Doris Ebner"],
      ["Ich komme seit zwanzig Jahren her.", "Eine Stammkundin aus dem Nachbardorf"],
      ["Hauptsache, die Glocken läuten.", "Ein älterer Kirchgänger"],
      ["Die Packung ist halb leer", "Ein Leser aus Steyr"],
      ["Das Jahr war schwierig.", "Ein Weinhändler aus Krems"],
      ["Unter Tage war es laut.", "Ein ehemaliger Bergmann"],
    ],
  },
  {
    construction:
      "Ein Ingenieur der Stadt Linz hat die Brücke geprüft. Der Beton sei „…“ (the reported speech after " +
      "a sentence bringing in an unnamed subject is that subject's, not the last speaker's)",
    paragraphs: [
      "Bürgermeisterin Karin Hausmann war noch am Abend vor Ort. „Niemand ist verletzt“, sagte sie.",
      "Ein Ingenieur der Stadt Linz hat die Brücke am Dienstag geprüft. Der Beton sei „an mehreren " +
        "Stellen gerissen“, eine Sperre unvermeidlich.",
      "Landrat Theo Brunner lobte die Feuerwehr. „Das war vorbildlich“, sagte er.",
      "Eine Ärztin hat die Verletzten in der Nacht versorgt. Die Lage sei „unter Kontrolle“.",
      "Landrat Theo Brunner dankte den Helfern. Die Kosten seien „noch nicht absehbar“, sagte er.",
    ],
    expected: [
      ["Niemand ist verletzt", "Karin Hausmann"],
      ["an mehreren Stellen gerissen", "Ein Ingenieur der Stadt Linz"],
      ["Das war vorbildlich", "Theo Brunner"],
      ["unter Kontrolle", "Eine Ärztin"],
      ["noch nicht absehbar", "Theo Brunner"],
    ],
  },
  {
    construction:
      "Eine Pächterin … hat … vorgefunden. „…“, sagt sie; Ein Stimmbürger erinnerte daran … „…“, rief er " +
      "(a tenant, a voter: nouns for a person, who the next pronoun stands for, not the one named before)",
    paragraphs: [
      "Vereinsvorsitzender Bernd Kolb ist ratlos. „Hier gibt es nichts zu holen.“",
      "Eine Pächterin aus dem Nachbarort hat ihre Hütte am Sonntag aufgebrochen vorgefunden. „Das " +
        "Werkzeug ist ersetzbar“, sagt sie.",
      "Gemeindepräsident Urs Meili warb lange für das neue Schulhaus.",
      "Ein junger Stimmbürger erinnerte an die Schulden der Gemeinde. „Wir können uns das nicht " +
        "leisten“, rief er.",
      "Landwirt Peter Hofer sprach von einem guten Jahr.",
      "Ein Pächter vom Nachbarhof sieht das anders. „Die Pacht frisst alles auf“, sagt er.",
    ],
    expected: [
      ["Hier gibt es nichts zu holen.", "Bernd Kolb"],
      ["Das Werkzeug ist ersetzbar", "Eine Pächterin aus dem Nachbarort"],
      ["Wir können uns das nicht leisten", "Ein junger Stimmbürger"],
      ["Die Pacht frisst alles auf", "Ein Pächter vom Nachbarhof"],
    ],
  },
  {
    construction:
      "sagt der Vater after `Sein Sohn Florian Rieder` (a family of one surname told apart by kinship nouns)",
    paragraphs: [
      "„Wir mussten den Steig verlegen“, sagt Hüttenwirt Sepp Rieder. Sein Sohn Florian Rieder, 34, " +
        "soll die Hütte übernehmen. „Hier kommt bald niemand mehr herauf“, sagt der Vater. Der Junior " +
        "widerspricht: „Dann kommen sie wegen der Aussicht.“",
      "„Wir haben alles verloren“, sagt Winzerin Anna Huber. Ihre Tochter Lena Huber, 28, übernimmt " +
        "den Betrieb. „Das dauert Jahre“, sagt die Mutter.",
      "Ihr Vater, der 1990 starb, hatte den Hof gebaut. „Er fehlt uns“, sagt Lena Huber.",
    ],
    expected: [
      ["Wir mussten den Steig verlegen", "Sepp Rieder"],
      ["Hier kommt bald niemand mehr herauf", "Sepp Rieder"],
      ["Dann kommen sie wegen der Aussicht.", "Florian Rieder"],
      ["Wir haben alles verloren", "Anna Huber"],
      ["Das dauert Jahre", "Anna Huber"],
      ["Er fehlt uns", "Lena Huber"],
    ],
  },
  {
    construction:
      "sagt der Rentner nach zwei Nichtverwandten gleichen Namens: das Geschlecht des Nomens schließt " +
      "die aus, deren Alter passte (ihr Vorname sagt, dass sie eine Frau ist)",
    paragraphs: [
      "„Wir haben alles verloren“, sagt Gerda Kälin, 67.",
      "Ihr Nachbar Bruno Kälin, nicht verwandt, hat eine Gruppe gegründet. „Wir sind keine " +
        "Bürgerwehr“, sagt der Rentner.",
    ],
    expected: [
      ["Wir haben alles verloren", "Gerda Kälin"],
      ["Wir sind keine Bürgerwehr", "Bruno Kälin"],
    ],
  },
  {
    construction: "sagt die Rentnerin: der Mann gleichen Namens, dessen Alter passte, ist nicht sie",
    paragraphs: [
      "„Das Dach ist weg“, erzählt Helmut Brügger (71).",
      "Seine Nachbarin Ingrid Brügger, nicht mit ihm verwandt, hat ihr Auto verloren. „Ich stand " +
        "knietief im Wasser“, sagt die Rentnerin.",
    ],
    expected: [
      ["Das Dach ist weg", "Helmut Brügger"],
      ["Ich stand knietief im Wasser", "Ingrid Brügger"],
    ],
  },
  {
    construction:
      "sagt die 71-Jährige (near-miss): zwei Frauen gleichen Namens, das geschriebene Alter sagt, " +
      "welche, auch nach der näher genannten Tochter",
    paragraphs: [
      "„Ich bin hier geboren“, sagt Anna Wyss (71).",
      "Ihre Tochter Petra Wyss kümmert sich um die Papiere. „Sie zieht nicht aus“, sagt sie. „Man " +
        "soll mich in Ruhe lassen“, sagt die 71-Jährige.",
    ],
    expected: [
      ["Ich bin hier geboren", "Anna Wyss"],
      ["Sie zieht nicht aus", "Petra Wyss"],
      ["Man soll mich in Ruhe lassen", "Anna Wyss"],
    ],
  },
  {
    construction:
      "sagte die Angestellte nach „Der Angestellte fügte hinzu“: dieselbe Beschreibung im anderen " +
      "Geschlecht ist die andere Person gleichen Namens; im selben Geschlecht dieselbe (near-miss)",
    paragraphs: [
      "„Das Urteil ist gerecht“, sagte der Angestellte Tobias Frei.",
      "Der Angestellte fügte hinzu, er kenne den Betrieb seit Jahren. „Es war absehbar.“",
      "Die Angestellte Sandra Frei, nicht mit ihm verwandt, widersprach. „Uns hat keiner gewarnt“, " +
        "sagte die Angestellte.",
    ],
    expected: [
      ["Das Urteil ist gerecht", "Tobias Frei"],
      ["Es war absehbar.", "Tobias Frei"],
      ["Uns hat keiner gewarnt", "Sandra Frei"],
    ],
  },
  {
    construction:
      "sagte die Abgeordnete nach „Der Abgeordnete fügte hinzu“: zwei Abgeordnete gleichen Namens",
    paragraphs: [
      "„Wir halten den Zeitplan“, sagte der Abgeordnete Jens Hofer.",
      "Der Abgeordnete fügte hinzu, der Bau dauere ein Jahr. „Es wird mehr Bäume geben.“",
      "Die Abgeordnete Miriam Hofer, mit ihm nicht verwandt, stimmte dagegen. „Niemand hat die " +
        "Anwohner gefragt“, sagte die Abgeordnete.",
    ],
    expected: [
      ["Wir halten den Zeitplan", "Jens Hofer"],
      ["Es wird mehr Bäume geben.", "Jens Hofer"],
      ["Niemand hat die Anwohner gefragt", "Miriam Hofer"],
    ],
  },
  {
    construction:
      "in seinem letzten Brief hatte sich X (an adjective kept as an adverb: the possessive's noun)",
    paragraphs: [
      "In seinem letzten Brief hatte sich Tobias Renner an die Fraktion gewandt: „Es war mir eine Ehre.“",
      "In ihrer vergangenen Rede hatte sich Anke Roth an die Landwirte gewandt: „Wir lassen " +
        "niemanden allein.“",
    ],
    expected: [
      ["Es war mir eine Ehre.", "Tobias Renner"],
      ["Wir lassen niemanden allein.", "Anke Roth"],
    ],
  },
  {
    construction:
      "Das hatte ihr zuletzt Becker gesagt (a pronoun, not a possessive, before the adverb: a name)",
    paragraphs: ["Vera Koller wartete am Tor. Das hatte ihr zuletzt Becker gesagt: „Alles wird gut.“"],
    expected: [["Alles wird gut.", "Becker"]],
  },
  {
    construction: "rief der 63-jährige Tischler (an age, a trade noun the lexicon lacks: someone just named)",
    paragraphs: [
      "Dann trat Ruedi Streiff aus Schwanden in den Ring. „Wir sind doch nicht Zürich“, rief der " +
        "63-jährige Tischler in die Menge.",
      "Am Stand wartete Vera Koller. „Das Brot ist teurer geworden“, sagt die 41-jährige Bäckerin.",
    ],
    expected: [
      ["Wir sind doch nicht Zürich", "Ruedi Streiff"],
      ["Das Brot ist teurer geworden", "Vera Koller"],
    ],
  },
  {
    construction: "rief der 63-jährige Schreiner (a trade that is a surname too: the trade after an age)",
    paragraphs: [
      "Dann trat Ruedi Streiff aus Schwanden in den Ring. „Wir sind doch nicht Zürich“, rief der " +
        "63-jährige Schreiner in die Menge.",
    ],
    expected: [["Wir sind doch nicht Zürich", "Ruedi Streiff"]],
  },
  {
    construction: "sagte der 63-jährige Fischer (the surname of someone named: that person)",
    paragraphs: [
      "Hans Fischer führt den Betrieb seit 1990. Sein Nachbar Karl Brandt hilft oft aus. „Das " +
        "schaffen wir“, sagte der 63-jährige Fischer.",
    ],
    expected: [["Das schaffen wir", "Hans Fischer"]],
  },
  {
    construction: "Primar X, Chefärztin X (an Austrian and a hospital title before the name)",
    paragraphs: [
      "Primar Stefan Aigner, der die Ambulanz leitet, hält das für einen Fehler. „Ein Hausarzt hat " +
        "zehn Minuten pro Patient“, sagt der Lungenfacharzt.",
      "„Wir sehen das anders“, sagte Chefärztin Eva Leitner.",
    ],
    expected: [
      ["Ein Hausarzt hat zehn Minuten pro Patient", "Stefan Aigner"],
      ["Wir sehen das anders", "Eva Leitner"],
    ],
  },
  {
    construction:
      "Auf der Tribüne stand ein X, der …, und rang nach Luft: (the subject after place and verb)",
    paragraphs: [
      "Auf der Tribüne stand ein Dauerkartenbesitzer, der seit vierzig Jahren kein Heimspiel verpasst " +
        "hat, und rang nach Luft: „So ein Spiel hab ich nicht mehr erlebt.“",
      "Vor dem Rathaus wartete eine Anwohnerin, die seit zwanzig Jahren hier lebt, und schüttelte den " +
        "Kopf: „Das versteht hier keiner.“",
      // Opening on the subject, as before.
      "Ein Pendler, der jeden Tag hier umsteigt, zeigte sich verärgert: „Das ist eine Zumutung.“",
    ],
    expected: [
      ["So ein Spiel hab ich nicht mehr erlebt.", "ein Dauerkartenbesitzer"],
      ["Das versteht hier keiner.", "eine Anwohnerin"],
      ["Das ist eine Zumutung.", "Ein Pendler"],
    ],
  },
  {
    construction: "hieß es vonseiten / seitens der Stadt (a preposition naming where words come from)",
    paragraphs: [
      "Der Landkreis Leer hat die Ambulanz geschlossen. Sie sei „nur befristet geplant“ gewesen, hieß " +
        "es vonseiten des Landkreises.",
      "„Das war ein Fehler“, hieß es seitens der Stadt.",
    ],
    expected: [
      ["nur befristet geplant", "Der Landkreis Leer"],
      ["Das war ein Fehler", "Stadt"],
    ],
  },
  {
    construction: "teilte die Behörde auf Anfrage mit (how the words were asked for is no part of a name)",
    paragraphs: [
      "„Die Werte schwanken stark“, teilte die Behörde auf Anfrage mit.",
      "„Die Preise steigen“, teilte der Verband auf Nachfrage mit.",
    ],
    expected: [
      ["Die Werte schwanken stark", "die Behörde"],
      ["Die Preise steigen", "der Verband"],
    ],
  },
  {
    construction: "teilte das Bundesamt für Migration mit (a body's own complement stays)",
    paragraphs: ["„Die Zahlen sind gesunken“, teilte das Bundesamt für Migration mit."],
    expected: [["Die Zahlen sind gesunken", "das Bundesamt für Migration"]],
  },
  {
    construction: "X ortet „…“ (Austrian: to see and say so)",
    paragraphs: ["Der Landesrechnungshof ortet bei der Vergabe der Aufträge „schwere Versäumnisse“."],
    expected: [["schwere Versäumnisse", "Der Landesrechnungshof"]],
  },
  {
    construction: "headline: Opposition kritisiert „…“ (a group's noun without its article)",
    paragraphs: [
      ["headline", "Pensionsreform: Opposition kritisiert „Raubzug bei den Jungen“"],
      "Der Nationalrat tagte.",
    ],
    expected: [["Raubzug bei den Jungen", "Opposition"]],
  },
  {
    construction:
      "headline Opposition spricht von „…“, the same words after a named person's verb in the body: the " +
      "entry takes the name",
    paragraphs: [
      ["headline", "Haushalt: Opposition spricht von „Erpressung“"],
      "Der Fraktionschef der SPD, Helmut Kastner, sprach von „Erpressung“ und kündigte Widerstand an.",
    ],
    expected: [["Erpressung", "Helmut Kastner"]],
  },
  {
    construction:
      "headline Apothekerin sagt „…“, the same words opening a verbless body quote of the owner named " +
      "before: the headline's entry takes the name",
    paragraphs: [
      ["headline", "Zum dritten Mal überfallen: Apothekerin sagt „Diesmal schließe ich“"],
      "„Sie wussten genau, wo sie suchen mussten“, erzählt die Inhaberin Nadia Belkacem, 52.",
      "„Diesmal schließe ich. Ich warte nicht, bis es einen Toten gibt.",
    ],
    expected: [
      ["Diesmal schließe ich", "Nadia Belkacem"],
      ["Sie wussten genau, wo sie suchen mussten", "Nadia Belkacem"],
      ["Diesmal schließe ich. Ich warte nicht, bis es einen Toten gibt.", "Nadia Belkacem"],
    ],
  },
  {
    construction: "Darin räumt sie ein, … „…“ (a pronominal adverb first, the subject after the verb)",
    paragraphs: [
      "Die Ministerin Petra Lenz schrieb dem Stadtrat einen Brief. Darin räumt sie ein, die Frist " +
        "„leider verpasst“ zu haben.",
    ],
    expected: [["leider verpasst", "Petra Lenz"]],
  },
  {
    construction: "„…“, sagte X Golem.de (a web address after the name is the site spoken to)",
    paragraphs: [
      "„Das Update kommt zu spät“, sagte Jana Krüger Golem.de.",
      "Der Forscher Tim Adler fand die Lücke. „Ich war sofort drin“, sagte Adler Heise.de am Montag.",
    ],
    expected: [
      ["Das Update kommt zu spät", "Jana Krüger"],
      ["Ich war sofort drin", "Tim Adler"],
    ],
  },
  {
    construction: "„…“, hatte X zum Auftakt angekündigt (a perfect's incise: auxiliary, subject, participle)",
    paragraphs: [
      "Richterin Anna Vogt leitet den Prozess. Die Zeugin Maria Beck weinte. „Wir nehmen uns Zeit“, " +
        "hatte Vogt zum Auftakt angekündigt.",
      "„Der Bau beginnt im Mai“, hatte Bürgermeister Tom Hart im Januar gesagt.",
    ],
    expected: [
      ["Wir nehmen uns Zeit", "Anna Vogt"],
      ["Der Bau beginnt im Mai", "Tom Hart"],
    ],
  },
  {
    construction:
      "Ein Vater, dessen Sohn …, ist skeptisch: „…“ (the subject before a relative clause speaks)",
    paragraphs: [
      "Ein Vater, dessen Sohn die dritte Klasse besucht, ist skeptisch: „Das bringt doch nichts.“",
      "Eine Anwohnerin aus Bonn, die nach eigenen Angaben seit 20 Jahren hier wohnt, zeigte sich " +
        "verärgert: „So geht das nicht weiter.“",
    ],
    expected: [
      ["Das bringt doch nichts.", "Ein Vater"],
      ["So geht das nicht weiter.", "Eine Anwohnerin aus Bonn"],
    ],
  },
  {
    construction: "Die Stimmung, die …, ist gekippt: „…“ (an abstract noun there names no speaker)",
    paragraphs: ["Die Stimmung, die am Morgen noch gut war, ist gekippt: „Alles umsonst.“"],
    expected: [["Alles umsonst.", null]],
  },
  {
    construction:
      "X rät / empfiehlt, „…“ zu tun (advice given in words, after a source in the sentence before)",
    paragraphs: [
      "Laut dem Wetterdienst Geosphere ist mit Gewittern zu rechnen. Meteorologin Eva Berger rät " +
        "Gästen, „immer einen Schirm“ dabeizuhaben.",
      "Die Ärztin Lena Graf empfiehlt, „viel Wasser“ zu trinken.",
    ],
    expected: [
      ["immer einen Schirm", "Eva Berger"],
      ["viel Wasser", "Lena Graf"],
    ],
  },
  {
    construction: "Das Institut X in Bremen warnt, … „…“ (the body's seat between the subject and the verb)",
    paragraphs: [
      "Das Institut für Logistik in Bremen warnt in einer Analyse, die dem Blatt vorliegt, der Hafen " +
        "verliere „schleichend“ an Bedeutung.",
    ],
    expected: [["schleichend", "Das Institut für Logistik"]],
  },
  {
    construction: "Der 14-jährige X findet die Regel „…“ (an opinion verb; an age before a first name)",
    paragraphs: [
      "Der 14-jährige Luca findet die Regel „ziemlich übertrieben“. Seine Schwester Elif sieht es " +
        "anders: „Das passt schon.“",
      "Ein 45-jähriger Schichtarbeiter sagte: „Wir bleiben.“",
    ],
    expected: [
      ["ziemlich übertrieben", "Luca"],
      ["Das passt schon.", "Elif"],
      ["Wir bleiben.", "Ein 45-jähriger Schichtarbeiter"],
    ],
  },
  {
    construction: "wie das Kontaktbüro „…“ bestätigte (an office's or alliance's name in marks, no quote)",
    paragraphs: [
      "Es ist der dritte Übergriff, wie das Kontaktbüro „Luchse im Harz“ bestätigte.",
      "Das Bündnis „Saubere Luft“ sammelt Unterschriften. „Wir machen weiter“, sagte Sprecherin Ida Kern.",
    ],
    expected: [["Wir machen weiter", "Ida Kern"]],
  },
  {
    construction: "… würden „…“ ausgeglichen (Konjunktiv II standing in for reported speech, no verb)",
    paragraphs: [
      "Der Fall werde geprüft, teilte eine Sprecherin der Stadt mit. Die Kosten würden „vollständig und " +
        "rasch“ erstattet.",
    ],
    expected: [["vollständig und rasch", "eine Sprecherin der Stadt"]],
  },
  {
    construction: "Als Vorbild nannte sie …: „…“ (a complement with “als” first, the subject after the verb)",
    paragraphs: [
      "Die Sängerin Lea Roth sprach über ihre Kindheit. Als Vorbild nannte sie ihre Mutter: „Sie hat nie " +
        "aufgegeben.“",
    ],
    expected: [["Sie hat nie aufgegeben.", "Lea Roth"]],
  },
  {
    construction: "sagte deren Direktor Romain X (a foreign first name the dictionary reads as a noun)",
    paragraphs: [
      "Die Kammer warnt davor. Die Betriebe bräuchten ihre Leute „vor Ort“, sagte deren Direktor Romain " +
        "Weyland der Zeitung.",
    ],
    expected: [["vor Ort", "Romain Weyland"]],
  },
  {
    construction:
      "Die Ständerätin X kritisierte … „…“, sagte sie (a Swiss member of parliament, after another woman)",
    paragraphs: [
      "„Wir halten am Zeitplan fest“, sagte Gesundheitsministerin Petra Iselin am Montag.",
      "Die Ständerätin Margrit Kälin kritisierte den Plan. „Das geht an den Kantonen vorbei“, sagte sie.",
    ],
    expected: [
      ["Wir halten am Zeitplan fest", "Petra Iselin"],
      ["Das geht an den Kantonen vorbei", "Margrit Kälin"],
    ],
  },
  {
    construction: "Kritischer äußerte sich X: „…“ (a manner word before the verb, the subject after it)",
    paragraphs: [
      "Zurückhaltender äußerte sich die Ökonomin Vera Lindqvist: „Für eine Entwarnung ist es zu früh“.",
    ],
    expected: [["Für eine Entwarnung ist es zu früh", "Vera Lindqvist"]],
  },
  {
    construction: "„…“, sagte X",
    paragraphs: ["„Wir werden die Steuern nicht erhöhen“, sagte Finanzminister Klaus Becker am Montag."],
    expected: [["Wir werden die Steuern nicht erhöhen", "Klaus Becker"]],
  },
  {
    construction: "„…“, so X",
    paragraphs: [
      "Die Bürgermeisterin von Köln, Sabine Wolf, stellte den neuen Verkehrsplan vor.",
      "„Das ist die größte Investition seit Jahrzehnten“, so Wolf.",
    ],
    expected: [["Das ist die größte Investition seit Jahrzehnten", "Sabine Wolf"]],
  },
  {
    construction: "X zufolge",
    paragraphs: ["Polizeisprecher Jens Krüger zufolge hat der Täter „allein gehandelt“."],
    expected: [["allein gehandelt", "Jens Krüger"]],
  },
  {
    construction: "laut X",
    paragraphs: [
      "Laut Schulleiterin Petra Hahn soll der Unterricht „in der nächsten Woche wieder beginnen“.",
    ],
    expected: [["in der nächsten Woche wieder beginnen", "Petra Hahn"]],
  },
  {
    construction: "X sagte: „…“",
    paragraphs: ["Oppositionsführer Michael Braun sagte: „Wir werden diesem Haushalt nicht zustimmen.“"],
    expected: [["Wir werden diesem Haushalt nicht zustimmen.", "Michael Braun"]],
  },
  {
    construction: "»…«, erklärte die Sprecherin: the role of a person named before",
    paragraphs: [
      "Die Sprecherin des Ministeriums, Anna Keller, äußerte sich am Abend.",
      "»Die Lage ist unter Kontrolle«, erklärte die Sprecherin.",
    ],
    expected: [["Die Lage ist unter Kontrolle", "Anna Keller"]],
  },
  {
    construction: "nach Angaben von X",
    paragraphs: [
      "Nach Angaben von Feuerwehrchef Thomas Vogel war das Feuer „schon nach einer Stunde gelöscht“.",
    ],
    expected: [["schon nach einer Stunde gelöscht", "Thomas Vogel"]],
  },
  {
    construction: "„…“, fügte er hinzu: the speaker of the previous quote",
    paragraphs: [
      "„Wir haben geliefert, was wir versprochen haben“, sagte Ministerpräsident Jörg Lang.",
      "„Jetzt müssen wir weiterarbeiten“, fügte er hinzu.",
    ],
    expected: [
      ["Wir haben geliefert, was wir versprochen haben", "Jörg Lang"],
      ["Jetzt müssen wir weiterarbeiten", "Jörg Lang"],
    ],
  },
  {
    construction: "X: „…“",
    paragraphs: ["Bundestrainer Stefan Koch gab sich kämpferisch: „Wir wollen den Titel holen.“"],
    expected: [["Wir wollen den Titel holen.", "Stefan Koch"]],
  },
  {
    construction: "„…“, sagt X (present tense, article and role)",
    paragraphs: ["„Wir sind sehr stolz auf die Mannschaft“, sagt die Trainerin Sarah Neumann."],
    expected: [["Wir sind sehr stolz auf die Mannschaft", "Sarah Neumann"]],
  },
  {
    construction: "X sagte, … sei „…“ (indirect speech with a quoted part)",
    paragraphs: ["Die Museumsdirektorin Julia Schmitt sagte, die Ausstellung habe „alle Rekorde gebrochen“."],
    expected: [["alle Rekorde gebrochen", "Julia Schmitt"]],
  },
  {
    construction: "a quote continued over paragraphs",
    paragraphs: [
      "Richterin Claudia Fuchs erklärte ihre Entscheidung vor Journalisten.",
      "„Das Gesetz gilt für alle.",
      "„Niemand steht darüber“, betonte Fuchs.",
    ],
    expected: [
      ["Das Gesetz gilt für alle.", "Claudia Fuchs"],
      ["Niemand steht darüber", "Claudia Fuchs"],
    ],
  },
  {
    construction: "„…“, betonte X, with a name then apposition",
    paragraphs: ["„Das Klima wartet nicht auf uns“, betonte Lena Schulz, Sprecherin der Initiative."],
    expected: [["Das Klima wartet nicht auf uns", "Lena Schulz"]],
  },
  {
    construction: "„…“, teilte X mit (an organisation speaks, its article kept)",
    paragraphs: ["„Wir bedauern den Vorfall sehr“, teilte die Deutsche Bahn am Dienstag mit."],
    expected: [["Wir bedauern den Vorfall sehr", "die Deutsche Bahn"]],
  },
  {
    construction: "nach Ansicht des X (genitive)",
    paragraphs: ["Nach Ansicht des Ökonomen Peter Roth hat die Reform „nichts gebracht“."],
    expected: [["nichts gebracht", "Peter Roth"]],
  },
  {
    construction: "wie X mitteilte, … „…“ (the source in a clause opened by wie)",
    paragraphs: ["Wie die Polizei mitteilte, wurde der Fahrer „nur leicht verletzt“."],
    expected: [["nur leicht verletzt", "die Polizei"]],
  },
  {
    construction: "wie ein Sprecher … sagte (the article after wie opens the speaker)",
    paragraphs: ["Wie ein Sprecher der Feuerwehr sagte, war der Brand „schnell unter Kontrolle“."],
    expected: [["schnell unter Kontrolle", "ein Sprecher der Feuerwehr"]],
  },
  {
    construction: "X, apposition, nannte Y „…“ (the phrase after the verb is its object)",
    paragraphs: ["Die Chefin der Gewerkschaft, Maria Brandt, nannte das Angebot „eine Frechheit“."],
    expected: [["eine Frechheit", "Maria Brandt"]],
  },
  {
    construction: "„…“, berichtete der Sender X unter Berufung auf … (unter ends the speaker)",
    paragraphs: [
      "„Die Gespräche sind gescheitert“, berichtete der Sender ZDF unter Berufung auf Diplomaten.",
    ],
    expected: [["Die Gespräche sind gescheitert", "ZDF"]],
  },
  {
    construction: "„…“, berichtete X (a bare acronym speaks)",
    paragraphs: ["„Die Gespräche sind gescheitert“, meldete ARD am Abend."],
    expected: [["Die Gespräche sind gescheitert", "ARD"]],
  },
  {
    construction: "X, die …, sagte, … „…“ (a relative clause after the subject, not a fronted clause)",
    paragraphs: ["Die Richterin, die den Fall seit Jahren leitet, sagte, das Urteil sei „endgültig“."],
    expected: [["endgültig", "Die Richterin"]],
  },
  {
    construction: "nach Einschätzung des X (a source phrase with a genitive)",
    paragraphs: ["Nach Einschätzung des Politologen Karl Bauer ist die Koalition „am Ende“."],
    expected: [["am Ende", "Karl Bauer"]],
  },
  {
    construction: "„…“, hieß es aus dem X (an impersonal verb, the body its words come from)",
    paragraphs: ["„Wir prüfen alle Optionen“, hieß es aus dem Finanzministerium."],
    expected: [["Wir prüfen alle Optionen", "Finanzministerium"]],
  },
  {
    construction: "In X heißt es, … „…“ (the circle opening the clause of an impersonal verb)",
    paragraphs: ["In Regierungskreisen heißt es, der Plan sei „nicht zu halten“."],
    expected: [["nicht zu halten", "Regierungskreisen"]],
  },
  {
    construction: "„…“, heißt es in X (the circle after the impersonal verb)",
    paragraphs: ["„Der Plan ist tot“, heißt es in Koalitionskreisen."],
    expected: [["Der Plan ist tot", "Koalitionskreisen"]],
  },
  {
    construction: "„…“, klagt A. B sieht … Konjunktiv, sagt sie. „…“ (the bare quote goes on in B's words)",
    paragraphs: [
      "„Wir bekommen kein Wasser“, klagt Verena Gruber. Die Obstbäuerin Petra Thöni sieht sich trotzdem " +
        "nicht als Gewinnerin. Ohne Bewässerung verliere sie die halbe Ernte, sagt sie. „Und auch wir " +
        "zahlen für jeden Tropfen.“",
      "„Der Umbau war nötig“, sagt Karl Brand. Der Betrieb laufe wieder, betont sein Kollege Uwe Senn. " +
        "„Wir haben seit Montag volle Auftragsbücher.“",
    ],
    expected: [
      ["Wir bekommen kein Wasser", "Verena Gruber"],
      ["Und auch wir zahlen für jeden Tropfen.", "Petra Thöni"],
      ["Der Umbau war nötig", "Karl Brand"],
      ["Wir haben seit Montag volle Auftragsbücher.", "Uwe Senn"],
    ],
  },
  {
    construction: "„…“, sagt A. Ein Satz ohne Sprecher. „…“ (negative: the quote stays with A)",
    paragraphs: [
      "„Der Umbau war nötig“, sagt Karl Brand. Der Betrieb läuft seit Montag wieder. „Wir haben volle " +
        "Auftragsbücher.“",
    ],
    expected: [
      ["Der Umbau war nötig", "Karl Brand"],
      ["Wir haben volle Auftragsbücher.", "Karl Brand"],
    ],
  },
  {
    construction: "In der X heißt es, … „…“ (a definite document before an impersonal verb speaks)",
    paragraphs: [
      "Der Angeklagte Dennis K. schwieg. In der Anklageschrift heißt es, er habe „planmäßig betrogen“.",
      "Im Juni lag das Ergebnis vor. In dem neuen Gutachten heißt es: „Die Brücke ist marode.“",
      "In der Studie hieß es, die Lage sei „ernst“.",
    ],
    expected: [
      ["planmäßig betrogen", "Anklageschrift"],
      ["Die Brücke ist marode.", "Gutachten"],
      ["ernst", "Studie"],
    ],
  },
  {
    construction:
      "„…“, heißt es in der X (a definite document after the impersonal verb speaks as before it)",
    paragraphs: [
      "Dr. Anna Weber leitet das Projekt. „Die Werte sind um ein Drittel gestiegen“, heißt es in der Studie.",
      "Der Verteidiger schwieg. „Er hat planmäßig betrogen“, hieß es in der Anklageschrift.",
      "Der Verein ist 100 Jahre alt. In den Statuten heisst es, er sei ein Ort «für alle Generationen».",
    ],
    expected: [
      ["Die Werte sind um ein Drittel gestiegen", "Studie"],
      ["Er hat planmäßig betrogen", "Anklageschrift"],
      ["für alle Generationen", "Statuten"],
    ],
  },
  {
    construction: "„…“, heißt es in einer X / in der Stadt (negative: an indefinite document, a place)",
    paragraphs: [
      "„Die Lage ist ernst“, hieß es in einer Mitteilung.",
      "„Der Bürgermeister hat gelogen“, heißt es in der Stadt.",
    ],
    expected: [
      ["Die Lage ist ernst", null],
      ["Der Bürgermeister hat gelogen", null],
    ],
  },
  {
    construction: "In einer X heißt es: „…“ (negative: an indefinite document, a place, name no one)",
    paragraphs: [
      "In einer Mitteilung hieß es, die Lage sei „ernst“.",
      "In der Stadt heißt es, der Bürgermeister habe „gelogen“.",
    ],
    expected: [
      ["ernst", null],
      ["gelogen", null],
    ],
  },
  {
    construction: "In einem Brief der X an … heißt es: „…“ (the letter's author, not whom it went to)",
    paragraphs: [
      "In einem Brief der Schulkonferenz an die Eltern heißt es: „Wir beobachten das seit Jahren.“",
    ],
    expected: [["Wir beobachten das seit Jahren.", "der Schulkonferenz"]],
  },
  {
    construction: "X hat einen Brief geschrieben. Darin heißt es: „…“ (the writer of the document named)",
    paragraphs: [
      "Die Schulleiterin Ute Brandt lobte die Regel. „Die Pausen sind wieder Pausen“, sagt sie.",
      "Der Elternbeirat hat sich in einem offenen Brief an die Ministerin gewandt. Darin heißt es: " +
        "„So kann es nicht weitergehen.“",
      "Am Montag hat der Mieterbund ein Schreiben an alle Fraktionen verschickt. Darin hieß es, die " +
        "Mieten stiegen „schneller als die Löhne“.",
    ],
    expected: [
      ["Die Pausen sind wieder Pausen", "Ute Brandt"],
      ["So kann es nicht weitergehen.", "Der Elternbeirat"],
      ["schneller als die Löhne", "der Mieterbund"],
    ],
  },
  {
    construction: "X war klein. Darin heißt es: „…“ (negative: a sentence naming no document)",
    paragraphs: ["Die Wohnung war klein. Darin heißt es nur: „Hier wohnt niemand.“"],
    expected: [["Hier wohnt niemand.", null]],
  },
  {
    construction:
      "…, teilte X mit. „…“, heißt es in der Stellungnahme. / Das teilte X mit. In der Erklärung heißt es: " +
      "the definite document is the release of the body the sentence before has speak",
    paragraphs: [
      "Die Vorräte an Impfstoff seien fast aufgebraucht, teilte das Gesundheitsamt Passau am Dienstag mit. " +
        "„Wir bitten um Geduld“, heißt es in der Stellungnahme.",
      "Das teilte der Energieversorger Nordwerk am Freitag mit. In der Erklärung heißt es: „Die Preise " +
        "bleiben stabil.“",
    ],
    expected: [
      ["Wir bitten um Geduld", "das Gesundheitsamt Passau"],
      ["Die Preise bleiben stabil.", "der Energieversorger Nordwerk"],
    ],
  },
  {
    construction:
      "X kündigte an, … . (ein Satz) In der Stellungnahme heißt es: the body that spoke earlier in the " +
      "paragraph issued the definite document",
    paragraphs: [
      "Die Technische Universität Ilmenau kündigte an, das Labor zu schließen. Die Geräte gehen an eine " +
        "Schule. In der Stellungnahme heißt es, man habe „keine andere Wahl“.",
      "Die Bergwacht Oberstdorf teilte mit, der Steig bleibe gesperrt. Der Hang rutscht weiter. „Betreten " +
        "ist lebensgefährlich“, hieß es in der Erklärung.",
    ],
    expected: [
      ["keine andere Wahl", "Die Technische Universität Ilmenau"],
      ["Betreten ist lebensgefährlich", "Die Bergwacht Oberstdorf"],
    ],
  },
  {
    construction:
      "X hat ein Schreiben geschickt. Y sei „…“, heißt es in dem Schreiben: the quote inside its sentence, " +
      "the document the sentence before introduced is still its issuer's",
    paragraphs: [
      "Der Landkreis hat den Anwohnern ein Schreiben geschickt. Die Brücke sei „nicht mehr sicher“, heißt " +
        "es in dem Schreiben.",
      "Die Gemeinde Olsberg hat eine Erklärung verbreitet. Das Bad werde „spätestens im Mai“ öffnen, hieß " +
        "es in der Erklärung.",
    ],
    expected: [
      ["nicht mehr sicher", "Der Landkreis"],
      ["spätestens im Mai", "Die Gemeinde Olsberg"],
    ],
  },
  {
    construction:
      "„…“, heißt es in der Studie / in einer Mitteilung der Polizei (negative: a person spoke before, " +
      "someone's quote stands between, another body is named in the genitive, no one issued it)",
    paragraphs: [
      "Die Ärztin Dr. Lena Fuchs erklärte, die Werte seien gestiegen. „Die Lage ist ernst“, heißt es in " +
        "der Studie.",
      "Die Stadtwerke Hagen teilten mit, die Preise stiegen. „Das ist zu viel“, sagte Mieterin Eva Roth. " +
        "„Wir bedauern das“, heißt es in der Stellungnahme.",
      "Die Gemeinde Lindach plant ein Straßenfest. „Die Straße bleibt gesperrt“, heißt es in einer " +
        "Mitteilung der Polizei.",
      "Die Zahl der Unfälle ist gestiegen. „Die Kreuzung ist gefährlich“, heißt es in dem Bericht.",
    ],
    expected: [
      ["Die Lage ist ernst", "Studie"],
      ["Das ist zu viel", "Eva Roth"],
      ["Wir bedauern das", "Stellungnahme"],
      ["Die Straße bleibt gesperrt", "Polizei"],
      ["Die Kreuzung ist gefährlich", "Bericht"],
    ],
  },
  {
    construction: "«…», hiess es aus dem X (Swiss spelling: ss for ß)",
    paragraphs: ["«Wir warten auf den Entscheid des Bundesrats», hiess es aus dem Verkehrsministerium."],
    expected: [["Wir warten auf den Entscheid des Bundesrats", "Verkehrsministerium"]],
  },
  {
    construction: "In einer Stellungnahme des Unternehmens heisst es, … «…» (Swiss spelling; the company)",
    paragraphs: [
      "Die Sennhof Bau AG baut in Chur 40 Stellen ab.",
      "In einer Stellungnahme des Unternehmens heisst es, der Schritt sei «unvermeidlich».",
    ],
    expected: [["unvermeidlich", "Die Sennhof Bau AG"]],
  },
  {
    construction: "X äusserte sich: «…» (Swiss spelling of a speech verb)",
    paragraphs: ["Gemeindepräsidentin Ursula Tobler äusserte sich knapp: «Das kommt nicht in Frage.»"],
    expected: [["Das kommt nicht in Frage.", "Ursula Tobler"]],
  },
  {
    construction: "negative: X heisst «…» (Swiss spelling of a title's verb: no quote)",
    paragraphs: ["Der neue Dokumentarfilm von Lea Frei heisst «Alpenglühen»."],
    expected: [],
  },
  {
    construction: "Aus X verlautete, … „…“ (a verb that never takes a person as subject)",
    paragraphs: ["Aus dem Kanzleramt verlautete, man sei „sehr besorgt“."],
    expected: [["sehr besorgt", "Kanzleramt"]],
  },
  {
    construction: "„…“, verlautete aus X",
    paragraphs: ["„Das Ergebnis ist eindeutig“, verlautete aus der Parteizentrale."],
    expected: [["Das Ergebnis ist eindeutig", "Parteizentrale"]],
  },
  {
    construction: "Im X sprach man von „…“, Beim X hieß es (the body the impersonal voice speaks in)",
    paragraphs: [
      "„Wir sind zufrieden“, sagte Bürgermeister Paul Renner. Im Umweltministerium sprach man dagegen " +
        "von einem „herben Rückschlag“.",
      "Beim Bauernverband hieß es, die Ernte sei „gerade noch zu retten“.",
    ],
    expected: [
      ["Wir sind zufrieden", "Paul Renner"],
      ["herben Rückschlag", "Umweltministerium"],
      ["gerade noch zu retten", "Bauernverband"],
    ],
  },
  {
    construction:
      "Als Gründe nannte X A, B und die „…“ (a partial quote closing a list, 17 words after the verb)",
    paragraphs: [
      "Die Landwirtin Eva Brandl zog Bilanz. Als Ursachen nannte sie den Regen im Frühjahr, die hohen " +
        "Preise für Dünger und die aus Sicht der Bauern „völlig verfehlte Agrarpolitik“.",
    ],
    expected: [["völlig verfehlte Agrarpolitik", "Eva Brandl"]],
  },
  {
    construction: "Ein X der Y seufzt: „…“ (a subject with its genitive, a verb of no saying, a colon)",
    paragraphs: [
      "Der Bürgermeister Karl Huber lobte die Helfer. Ein Sprecher der Bergrettung seufzt: „Wir waren " +
        "drei Nächte im Einsatz.“",
      "Ein Bewohner der 2b im Seniorenheim fasst es zusammen: „Hier hört uns keiner zu.“",
    ],
    expected: [
      ["Wir waren drei Nächte im Einsatz.", "Ein Sprecher der Bergrettung"],
      ["Hier hört uns keiner zu.", "Ein Bewohner"],
    ],
  },
  {
    construction: "die Warnstufe 3, „…“, (a step on a scale named in apposition is no quote)",
    paragraphs: [
      "Der Wetterdienst rief für das Allgäu die Warnstufe 3, „extremes Unwetter“, aus. „Bleiben Sie " +
        "zu Hause“, sagte Meteorologin Anja Roth.",
    ],
    expected: [["Bleiben Sie zu Hause", "Anja Roth"]],
  },
  {
    construction:
      "vor der Norwegerin X. … sagte die Gesamtführende (a nationality before a name; a leader by rank)",
    paragraphs: [
      "Beim Slalom in Flachau siegte Eva Gruber vor der Norwegerin Ingrid Lunde. Lunde nahm es sportlich. " +
        "„Die Piste war schwer“, sagte die Gesamtführende.",
      "Im Riesentorlauf siegte Eva Gruber vor der Französin Lea Morel. Morel blieb gelassen. „Ich bin " +
        "zufrieden“, sagte sie.",
    ],
    expected: [
      ["Die Piste war schwer", "Ingrid Lunde"],
      ["Ich bin zufrieden", "Lea Morel"],
    ],
  },
  {
    construction: "Die X und Y warnt: „…“ (two offices of one person joined by und repeat someone named)",
    paragraphs: [
      "„Das Wasser ist knapp“, sagt Projektleiterin Jana Wolf. Die Biologin und Forscherin mahnt: " +
        "„Wir müssen sparen.“",
    ],
    expected: [
      ["Das Wasser ist knapp", "Jana Wolf"],
      ["Wir müssen sparen.", "Jana Wolf"],
    ],
  },
  {
    construction: "Am Montag hieß es, … „…“ (a time phrase is no source)",
    paragraphs: ["Am Montag hieß es, der Zug komme „mit Verspätung“."],
    expected: [["mit Verspätung", null]],
  },
  {
    construction: "„…“, sagte die X Vorname Nachname, die … (an occupation no list holds, after its article)",
    paragraphs: [
      "„Ohne Text geht hier gar nichts“, sagte die Souffleuse Mara Feldhaus, die seit 1998 am Haus ist.",
      "Das Konzert beginnt um acht. „Die Halle ist fast voll“, erklärte der Hospitant Jan Obermeier.",
    ],
    expected: [
      ["Ohne Text geht hier gar nichts", "Mara Feldhaus"],
      ["Die Halle ist fast voll", "Jan Obermeier"],
    ],
  },
  {
    construction: "05-Präsident X … „…“, sagte er (an office compounded with a club's number, then a name)",
    paragraphs: [
      "Torwart Leon Kraft hielt zwei Elfmeter. 05-Präsident Stefan Wirth war danach gelöst. „Das war " +
        "verdient“, sagte er.",
    ],
    expected: [["Das war verdient", "Stefan Wirth"]],
  },
  {
    construction: "X wartet … bei einer Y. Die 71-Jährige … „…“, sagt sie (the age is X's, not Y's)",
    paragraphs: [
      "Drei Monate lang wartete Irmgard Pichler auf einen Termin bei einer Augenärztin im Bezirk. Die " +
        "71-Jährige aus Simmering hatte plötzlich verschwommen gesehen. „Das ist doch kein Zustand“, " +
        "sagt sie.",
    ],
    expected: [["Das ist doch kein Zustand", "Irmgard Pichler"]],
  },
  {
    construction: "Baudirektorin X … «…», sagte die Regierungsrätin (a Swiss canton's executive member)",
    paragraphs: [
      "Baudirektorin Vreni Marti stellte das Projekt in Aarau vor. «Die Brücke ist seit Jahren zu eng», " +
        "sagte die Regierungsrätin.",
    ],
    expected: [["Die Brücke ist seit Jahren zu eng", "Vreni Marti"]],
  },
  {
    construction: "Er gefährde «den …» (a noun phrase quoted after a Konjunktiv I verb and its subject)",
    paragraphs: [
      "Bürgermeister Paul Ehrlich hält den Plan für falsch. Er gefährde «die Versorgung der Dörfer».",
    ],
    expected: [["die Versorgung der Dörfer", "Paul Ehrlich"]],
  },
  {
    construction: 'X: "…" Y: "…" (sources and their words in a row, acronyms opening each)',
    paragraphs: ['Die Sender widersprechen sich. ZDF: "Die Wahl ist entschieden" ARD: "Die Wahl ist offen"'],
    expected: [
      ["Die Wahl ist entschieden", "ZDF"],
      ["Die Wahl ist offen", "ARD"],
    ],
  },
  {
    construction: "nach eigenen Angaben (the clause's own subject speaks)",
    paragraphs: [
      "Der Bäcker Paul Krause schließt seinen Laden. Seine Nachbarin Anna Roth bedauert das.",
      "Er habe nach eigenen Angaben „keine andere Wahl“ gehabt.",
    ],
    expected: [["keine andere Wahl", "Paul Krause"]],
  },
  {
    construction: "Die „Zeitung“ berichtete, … „…“ (the paper's name in marks is the subject, not a quote)",
    paragraphs: ["Die „Süddeutsche Zeitung“ berichtete, der Minister wolle „sofort handeln“."],
    expected: [["sofort handeln", "Süddeutsche Zeitung"]],
  },
  {
    construction: "Gegenüber der „Zeitung“ sagte X: „…“ (a paper's name after a preposition is no subject)",
    paragraphs: ["Gegenüber der „Rheinischen Post“ sagte Trainer Hans Berger: „Wir wollen gewinnen.“"],
    expected: [["Wir wollen gewinnen.", "Hans Berger"]],
  },
  {
    construction: "X-s Motto: „…“ (the owner of a speech noun, in the genitive)",
    paragraphs: [
      "Die Redakteurin Eva Stahl wartet im Foyer.",
      "Sie steht dort, wo Hanna Kleins Motto an der Wand hängt: „Erst fragen, dann schreiben.“",
    ],
    expected: [["Erst fragen, dann schreiben.", "Hanna Klein"]],
  },
  {
    construction: "„…“, so ihre Einschätzung (the owner of the possessive speaks)",
    paragraphs: [
      "Die Sprecherin Lea Horn widersprach dem Bürgermeister Tom Kurz.",
      "„Der Plan wird nicht funktionieren“, so ihre Einschätzung.",
    ],
    expected: [["Der Plan wird nicht funktionieren", "Lea Horn"]],
  },
  {
    construction: "„…“, so seine Frau (a possessive before a person: the person speaks)",
    paragraphs: ["„Er kommt nicht wieder“, so seine Frau Eva Brenner."],
    expected: [["Er kommt nicht wieder", "Eva Brenner"]],
  },
  {
    construction: "„…“, polterte X (any verb in the incise, listed or not, before its subject)",
    paragraphs: [
      "„Das ist doch lächerlich“, polterte Berger im Landtag.",
      "„Wir lassen uns nicht erpressen“, ätzte die Ministerin Eva Stahl.",
    ],
    expected: [
      ["Das ist doch lächerlich", "Berger"],
      ["Wir lassen uns nicht erpressen", "Eva Stahl"],
    ],
  },
  {
    construction: "„….“ Das sagte X (the demonstrative stands for the quote, the subject follows the verb)",
    paragraphs: ["„Das ist inakzeptabel.“ Das sagte Innenminister Karl Berg am Montag."],
    expected: [["Das ist inakzeptabel.", "Karl Berg"]],
  },
  {
    construction: "Die „Zeitung“ zitiert X mit den Worten: „…“ (who is quoted speaks, not who quotes)",
    paragraphs: ["Die „Bild“ zitiert Trainer Hans Berger mit den Worten: „Wir sind bereit.“"],
    expected: [["Wir sind bereit.", "Hans Berger"]],
  },
  {
    construction: "X wird mit den Worten zitiert, … „…“ (the passive's subject is quoted)",
    paragraphs: ["Trainer Hans Berger wird mit den Worten zitiert, die Mannschaft sei „bereit“."],
    expected: [["bereit", "Hans Berger"]],
  },
  {
    construction: "not quotes: a film title and a newspaper name",
    paragraphs: ["Der Film „Das Boot“ kam 1981 ins Kino, erinnert die „Süddeutsche Zeitung“."],
    expected: [],
  },
  {
    construction: "not a quote: a single term in marks",
    paragraphs: ["Der sogenannte „Rebound-Effekt“ beunruhigt die Ökonomen."],
    expected: [],
  },
  {
    construction: "das Gesetz besagt, dass „…“: a document verb with a document subject",
    paragraphs: [
      "Das Gesetz besagt, dass Vermieter „jeden Heizungsschaden binnen zwei Tagen beheben müssen“.",
    ],
    expected: [["jeden Heizungsschaden binnen zwei Tagen beheben müssen", "Das Gesetz"]],
  },
  {
    construction: "„…“, sagte sie der Zeitung: the pronoun is the subject, the dative its object",
    paragraphs: [
      "Die Bürgermeisterin Jana Roth eröffnete am Morgen die neue Brücke.",
      "„Darauf haben wir lange gewartet“, sagte sie der Lokalzeitung.",
    ],
    expected: [["Darauf haben wir lange gewartet", "Jana Roth"]],
  },
  {
    construction:
      "hat Office X Y Noun eingeräumt: the object after the inverted subject is no part of the name",
    paragraphs: [
      "Nach der Wahl hat Parteichefin Ina Berg Fehler eingeräumt.",
      "„Wir haben zu spät reagiert“, sagte Berg.",
    ],
    expected: [["Wir haben zu spät reagiert", "Ina Berg"]],
  },
  {
    construction: "„…“, sagte die SPD-Politikerin: a party's compound points back to the office holder named",
    paragraphs: [
      "Gesundheitsministerin Maren Falk stellte den Plan am Dienstag vor.",
      "„Die Praxen brauchen mehr Personal“, sagte die SPD-Politikerin.",
    ],
    expected: [["Die Praxen brauchen mehr Personal", "Maren Falk"]],
  },
  {
    construction: "Der Entwurf sieht … „…“ vor: a document's provisions, the split verb around them",
    paragraphs: ["Der Gesetzentwurf sieht für Vermieter eine „Pflicht zur Sanierung“ vor."],
    expected: [["Pflicht zur Sanierung", "Der Gesetzentwurf"]],
  },
  {
    construction: "headline Office nach …: „…“: a circumstance without a comma before the colon",
    paragraphs: [
      ["headline", "Innenministerin nach dem Anschlag: „Wir handeln entschlossen“"],
      "Nach dem Anschlag in Köln hat Innenministerin Eva Kästner schärfere Kontrollen angekündigt.",
    ],
    expected: [["Wir handeln entschlossen", "Eva Kästner"]],
  },
  {
    construction: "sagte Lkw-Fahrer X: a hyphenated role compound before the name is no part of it",
    paragraphs: ["„Ich habe nur noch Blech gesehen“, sagte Bus-Fahrer Holger Timm (48)."],
    expected: [["Ich habe nur noch Blech gesehen", "Holger Timm"]],
  },
  {
    construction: "sagte Meteorologin X: a feminine role noun made from a masculine one",
    paragraphs: ["„Der Hang kann jederzeit abrutschen“, sagte Geologin Anke Sievers."],
    expected: [["Der Hang kann jederzeit abrutschen", "Anke Sievers"]],
  },
  {
    construction:
      "sagte Hangrutschwarner X / Agrarökonomin X: an unlisted compound office before a full name",
    paragraphs: [
      "„Der Boden ist gesättigt“, sagte Hangrutschwarner Till Overbeck am Morgen.",
      "„Die Preise fallen weiter“, erklärte Agrarökonomin Maren Jessen.",
      "„Die Proben sind unauffällig“, sagte Tropenmediziner Lars Feddersen.",
    ],
    expected: [
      ["Der Boden ist gesättigt", "Till Overbeck"],
      ["Die Preise fallen weiter", "Maren Jessen"],
      ["Die Proben sind unauffällig", "Lars Feddersen"],
    ],
  },
  {
    construction:
      "Schatzmeister X …, then „…“, so der Schatzmeister: an office the lexicon lacks, before the name",
    paragraphs: [
      "Den Haushalt stellte Schatzmeister Jörg Lemke am Montag im Vereinsheim vor.",
      "Lemke verteidigte die Beiträge. „Ohne die Erhöhung sind wir im Herbst pleite“, so der Schatzmeister.",
      "Die Mitglieder stimmten zu. „Das war knapp“, sagte der Schatzmeister.",
    ],
    expected: [
      ["Ohne die Erhöhung sind wir im Herbst pleite", "Jörg Lemke"],
      ["Das war knapp", "Jörg Lemke"],
    ],
  },
  {
    construction: "X (79) named, then „…“, sagt der Rentner: a person's noun repeating someone just named",
    paragraphs: [
      "„Die Brücke ist seit Jahren marode“, sagte Bürgermeisterin Anke Wolter.",
      "Erwin K. (79) wohnt seit fünfzig Jahren am Fluss. „Hier kennt jeder jeden“, sagt der Rentner.",
    ],
    expected: [
      ["Die Brücke ist seit Jahren marode", "Anke Wolter"],
      ["Hier kennt jeder jeden", "Erwin K."],
    ],
  },
  {
    construction:
      "Gleichwohl räumte sie … ein: „…“ (an unlisted adverb first, the pronoun subject after the verb)",
    paragraphs: [
      "Landrätin Heike Brandes verteidigte den Neubau der Kreisklinik.",
      "Gleichwohl räumte sie Fehler bei der Planung ein: „Wir hätten die Bürger früher fragen müssen.“",
    ],
    expected: [["Wir hätten die Bürger früher fragen müssen.", "Heike Brandes"]],
  },
  {
    construction:
      "headline Sturmtief legt Bahnverkehr lahm: „…“ (a noun of its clause is no speaker; the body's is)",
    paragraphs: [
      ["headline", "Sturmtief legt Bahnverkehr lahm: „Wir fahren erst morgen wieder“"],
      "„Wir fahren erst morgen wieder“, sagte Bahnsprecherin Jana Kloss am Abend.",
    ],
    expected: [["Wir fahren erst morgen wieder", "Jana Kloss"]],
  },
  {
    construction:
      "X did something. Ihre Bilanz nach zehn Jahren: „…“ (a possessive noun and its phrase, a colon)",
    paragraphs: [
      "Trainerin Ute Hagen hört auf. Ihre Bilanz nach zehn Jahren: „Wir haben viel erreicht.“",
      "Der Abt Anselm Moser öffnet das Kloster. Sein Appell an die Besucher: „Bleiben Sie auf den Wegen.“",
    ],
    expected: [
      ["Wir haben viel erreicht.", "Ute Hagen"],
      ["Bleiben Sie auf den Wegen.", "Anselm Moser"],
    ],
  },
  {
    construction: "X Y …, „…“, sagte Z. Y grinste: „…“ (a surname the dictionary holds as a compound noun)",
    paragraphs: [
      "Die Försterin Jana Roth und ihr Kollege Peter Holzapfel zählten die Bäume. „Es sind weniger als " +
        "im Vorjahr“, sagte Roth. Holzapfel schüttelte den Kopf: „Ich sehe das anders.“",
      "Trainerin Eva Lindner und Torhüterin Julia Steinbrecher standen am Rand. „Wir waren zu langsam“, " +
        "sagte Lindner. Steinbrecher grinste: „Ich hatte nichts zu tun.“",
      "Kurt Feldhofer führt den Hof, seine Frau Rosa Berger die Kasse. „Die Preise steigen“, erzählt " +
        "Berger. Feldhofer winkt ab: „Das sagen sie jedes Jahr.“",
    ],
    expected: [
      ["Es sind weniger als im Vorjahr", "Jana Roth"],
      ["Ich sehe das anders.", "Peter Holzapfel"],
      ["Wir waren zu langsam", "Eva Lindner"],
      ["Ich hatte nichts zu tun.", "Julia Steinbrecher"],
      ["Die Preise steigen", "Rosa Berger"],
      ["Das sagen sie jedes Jahr.", "Kurt Feldhofer"],
    ],
  },
  {
    construction: "„…“, sagt X. Holzapfel gibt es …: „…“ (no one bears the noun as a surname: X speaks on)",
    paragraphs: [
      "Die Marktfrau Klara Brandt verkauft Obst aus dem Vinschgau. „Die Ernte war gut“, sagt Brandt. " +
        "Holzapfel gibt es bei ihr erst im Herbst: „Vorher ist nichts reif.“",
    ],
    expected: [
      ["Die Ernte war gut", "Klara Brandt"],
      ["Vorher ist nichts reif.", "Klara Brandt"],
    ],
  },
  {
    construction: "headline Krämer: „…“ (a surname that is also a noun, alone before the colon)",
    paragraphs: [
      ["headline", "Krämer: „Ein Riesenschritt für das Team“"],
      "Der Bundestrainer Uwe Krämer lobte die Mannschaft nach dem Rennen.",
    ],
    expected: [["Ein Riesenschritt für das Team", "Uwe Krämer"]],
  },
  {
    construction:
      "Der Kölner Rheumatologe X, der …, hält …. „…“, sagte er (an -ologe the lexicon does not list)",
    paragraphs: [
      "„Wir sehen mehr Fälle“, sagte Klinikchefin Marion Seidl.",
      "Der Kölner Rheumatologe Jens Ottmer, der nicht beteiligt war, hält die Zahlen für plausibel. " +
        "„Die Daten sind solide“, sagte er.",
    ],
    expected: [
      ["Wir sehen mehr Fälle", "Marion Seidl"],
      ["Die Daten sind solide", "Jens Ottmer"],
    ],
  },
  {
    construction:
      "X warf dem Senat „…“ vor / X wirft Y vor, „…“ (a split verb of accusation around the quote)",
    paragraphs: [
      "„Wir bleiben dabei“, sagte Bausenator Kai Lührs.",
      "Die Grünen-Fraktionschefin Merle Timm warf dem Senat „Planlosigkeit“ vor.",
      "Der Mieterbund wirft dem Vermieter vor, „die Bewohner systematisch zu vergraulen“.",
    ],
    expected: [
      ["Wir bleiben dabei", "Kai Lührs"],
      ["Planlosigkeit", "Merle Timm"],
      ["die Bewohner systematisch zu vergraulen", "Der Mieterbund"],
    ],
  },
  {
    construction:
      "X hielt ihr vor, … „…“ / hielt ihm entgegen: a reproach or retort to the other person of one sex " +
      "is the subject's, not the one the pronoun addresses",
    paragraphs: [
      "Senatorin Claudia Roth verteidigte die Sperrung. „Jede Verschiebung macht es teurer“, sagte die " +
        "Senatorin. Die Abgeordnete Miriam Berg hielt ihr vor, die Arbeiten seien „schlecht vorbereitet“.",
      "Minister Jan Vogt lobte den Plan. „Wir liefern“, sagte er. Der Abgeordnete Tim Brandt hielt ihm " +
        "entgegen, der Plan komme „viel zu spät“.",
    ],
    expected: [
      ["Jede Verschiebung macht es teurer", "Claudia Roth"],
      ["schlecht vorbereitet", "Miriam Berg"],
      ["Wir liefern", "Jan Vogt"],
      ["viel zu spät", "Tim Brandt"],
    ],
  },
  {
    construction:
      "X hielt eine Rede vor dem Landtag (negative): a preposition „vor“ does not close the clause, and " +
      "the quote goes to the other woman's speech verb",
    paragraphs: [
      "Ministerin Anna Roth hielt am Montag eine Rede vor dem Landtag. Die Abgeordnete Lena Berg nannte " +
        "den Plan danach „viel zu spät“.",
    ],
    expected: [["viel zu spät", "Lena Berg"]],
  },
  {
    construction: "X zeigte sich „…“ (a one-word reaction in marks after the idiom of how one took the news)",
    paragraphs: [
      "Landrat Peter Hölzl zeigte sich „erschüttert“. Die Feuerwehr war bis zum Morgen im Einsatz.",
    ],
    expected: [["erschüttert", "Peter Hölzl"]],
  },
  {
    construction: "X named, then „…“, sagte der Schalke-Trainer: an office with a team written onto it",
    paragraphs: [
      "Nach dem Abpfiff war Uwe Randolf bedient. „Wir waren nicht wach“, sagte der Schalke-Trainer.",
    ],
    expected: [["Wir waren nicht wach", "Uwe Randolf"]],
  },
  {
    construction:
      "Kapitän X …, then „…“, sagte der Mittelfeldspieler: a person's noun for who was just named",
    paragraphs: [
      "Kapitän Timo Gerlach stellte sich nach dem Spiel den Fragen. „Wir stehen zusammen“, sagte der " +
        "Mittelfeldspieler.",
    ],
    expected: [["Wir stehen zusammen", "Timo Gerlach"]],
  },
  {
    construction: "Konjunktiv, sagte der 61-Jährige: an age noun after the verb, for the person named before",
    paragraphs: [
      "„Die Schulen brauchen Ruhe“, sagte Bildungsminister Georg Imhof.",
      "Die Länder müssten sich endlich einigen, forderte der 61-Jährige. Der Streit habe „allen geschadet“.",
    ],
    expected: [
      ["Die Schulen brauchen Ruhe", "Georg Imhof"],
      ["allen geschadet", "Georg Imhof"],
    ],
  },
  {
    construction:
      "Eine Nachbarin … schilderte …, then „…“, sagte die 62-Jährige: an age for an unnamed witness",
    paragraphs: [
      "Eine Nachbarin des Ehepaars schilderte den Abend. „Es roch plötzlich nach Rauch“, sagte die " +
        "62-Jährige.",
    ],
    expected: [["Es roch plötzlich nach Rauch", "Eine Nachbarin des Ehepaars"]],
  },
  {
    construction:
      "sagte Betriebsrätin Petra Hartung: a surname with a noun's ending (-ung) after a first name",
    paragraphs: ["„Die Löhne müssen steigen“, sagte Betriebsrätin Petra Hartung am Werkstor."],
    expected: [["Die Löhne müssen steigen", "Petra Hartung"]],
  },
  {
    construction:
      "Der Vorsitzende des Verbands begrüßte …, then „…“, sagte er: a described subject with a genitive",
    paragraphs: [
      "„Wir brauchen mehr Personal“, sagte Landrat Bernd Kolb.",
      "Der Vorsitzende des Landessportbundes begrüßte dagegen die Pläne. „Endlich bewegt sich etwas“, " +
        "sagte er.",
    ],
    expected: [
      ["Wir brauchen mehr Personal", "Bernd Kolb"],
      ["Endlich bewegt sich etwas", "Der Vorsitzende des Landessportbundes"],
    ],
  },
  {
    construction: "erzählt Ersthelfer X, sagte Pflegebevollmächtigte X: role nouns no compound rule finds",
    paragraphs: [
      "„Der Fahrer war noch ansprechbar“, erzählt Ersthelfer Jonas W. (23).",
      "„Wir brauchen mehr Pflegekräfte“, sagte Pflegebevollmächtigte Greta Lind.",
    ],
    expected: [
      ["Der Fahrer war noch ansprechbar", "Jonas W."],
      ["Wir brauchen mehr Pflegekräfte", "Greta Lind"],
    ],
  },
  {
    construction: "X did something. Sein Fazit: „…“ (a possessive speech noun before a colon)",
    paragraphs: [
      "Rentner Erich Vogt wartete drei Stunden auf den Arzt. Sein Fazit: „So geht es nicht weiter.“",
    ],
    expected: [["So geht es nicht weiter.", "Erich Vogt"]],
  },
  {
    construction:
      "sagte ein Sprecher der Polizei Hagen: one name word after a body's noun is the body's town",
    paragraphs: ["„Die Straße bleibt bis Mitternacht gesperrt“, sagte ein Sprecher der Polizei Hagen."],
    expected: [["Die Straße bleibt bis Mitternacht gesperrt", "ein Sprecher der Polizei Hagen"]],
  },
  {
    construction: "teilte mit, die X wiesen „…“ auf: aufweisen (to show) is no hinweisen, the body speaks",
    paragraphs: [
      "Der Landesrechnungshof teilte mit, die Bauprojekte der Stadt wiesen „gravierende Mängel“ auf.",
    ],
    expected: [["gravierende Mängel", "Der Landesrechnungshof"]],
  },
  {
    construction: "„…“, sagt X Y von Z (von after a full name is the body, not a noble particle)",
    paragraphs: [
      "„Die Pegel steigen weiter“, warnt Henrike Lautner von Deichwacht Elbe am Abend.",
      "„Wir räumen den Keller“, sagt Ursula von der Brinke.",
    ],
    expected: [
      ["Die Pegel steigen weiter", "Henrike Lautner"],
      ["Wir räumen den Keller", "Ursula von der Brinke"],
    ],
  },
  {
    construction: "X lobte Y: „…“ Z sprach von … (a subject after the quote opens the next sentence)",
    paragraphs: [
      "Der Gästetrainer Paul Imhof lobte seine Elf: „Wir haben bis zum Schluss gekämpft.“ Stürmer Leon " +
        "Brück sprach von einem „verdienten Punkt“.",
    ],
    expected: [
      ["Wir haben bis zum Schluss gekämpft.", "Paul Imhof"],
      ["verdienten Punkt", "Leon Brück"],
    ],
  },
  {
    construction: "X schätzt, dass … „…“ / X berechnete, dass … (a verb of estimating reports a figure)",
    paragraphs: [
      "„Wir zahlen das“, sagte Minister Jan Schmidt.",
      "Das Haushaltsamt schätzt, dass der Plan „rund zwei Milliarden Euro“ im Jahr kostet.",
      "Der Rechnungshof berechnete, dass die Kosten „um ein Drittel“ steigen.",
    ],
    expected: [
      ["Wir zahlen das", "Jan Schmidt"],
      ["rund zwei Milliarden Euro", "Das Haushaltsamt"],
      ["um ein Drittel", "Der Rechnungshof"],
    ],
  },
  {
    construction: "X ließ über einen Sprecher wissen, … „…“ (an adverbial between the parts of the idiom)",
    paragraphs: [
      "Die Ministerin Eva Roth ließ über einen Sprecher wissen, sie habe „Verständnis“ für den Streik.",
    ],
    expected: [["Verständnis", "Eva Roth"]],
  },
  {
    construction: "„sagte die Frau“: eine bestimmte Beschreibung meint die eben genannte Person",
    paragraphs: [
      "Die Rentnerin Helga Brandt wartete neun Stunden in der Notaufnahme des Klinikums.",
      "„Niemand hat mir gesagt, wie lange es noch dauert“, sagte die Frau, die schließlich ohne " +
        "Behandlung nach Hause ging.",
    ],
    expected: [["Niemand hat mir gesagt, wie lange es noch dauert", "Helga Brandt"]],
  },
  {
    construction: "„sagte die Frau“ nach einem genannten Mann: das Geschlecht schließt ihn aus",
    paragraphs: [
      "Der Rentner Paul Brandt wartete neun Stunden in der Notaufnahme des Klinikums.",
      "„Niemand hat mir gesagt, wie lange es noch dauert“, sagte die Frau, die schließlich ohne " +
        "Behandlung nach Hause ging.",
    ],
    expected: [["Niemand hat mir gesagt, wie lange es noch dauert", "die Frau"]],
  },
  {
    construction:
      "„sagte die Frau“ nach „eine Krankenschwester“: die bestimmte Beschreibung meint die beschriebene " +
      "Person",
    paragraphs: [
      "Der Minister Paul Roth versprach mehr Personal. Eine Krankenschwester im Ruhestand wartete neun " +
        "Stunden in der Notaufnahme.",
      "„Niemand hat mir gesagt, wie lange es dauert“, sagte die Frau.",
    ],
    expected: [["Niemand hat mir gesagt, wie lange es dauert", "Eine Krankenschwester im Ruhestand"]],
  },
  {
    construction:
      "„sagte der Bürgermeister“ nach „eine Krankenschwester“: ein Amt, das sie nicht hat, ist jemand Neues",
    paragraphs: [
      "Eine Krankenschwester im Ruhestand wartete neun Stunden in der Notaufnahme. Das Personal zog drei " +
        "andere Patienten vor.",
      "„Wir tun, was wir mit dem vorhandenen Personal können“, sagte der Bürgermeister bei einem Besuch " +
        "am Freitag.",
    ],
    expected: [["Wir tun, was wir mit dem vorhandenen Personal können", "der Bürgermeister"]],
  },
  {
    construction: "Die Hebamme Jana arbeitet … „…“ (an occupation before a lone first name)",
    paragraphs: [
      "„Wir schließen die Station im März“, sagte Klinikchef Peter Lang.",
      "Auf dem Flur ist es still. Die Hebamme Jana arbeitet seit zwölf Jahren hier. „Ich habe hier meine " +
        "schönsten Jahre verbracht.“",
    ],
    expected: [
      ["Wir schließen die Station im März", "Peter Lang"],
      ["Ich habe hier meine schönsten Jahre verbracht.", "Jana"],
    ],
  },
  {
    construction:
      "X arbeitet hier, … möchte sie nicht nennen. „…“ (a pronoun for the person its sentence names)",
    paragraphs: [
      "„Wir schließen die Station im März“, sagte Klinikchefin Petra Lang.",
      "Die Krankenschwester Jana arbeitet seit zwölf Jahren hier, ihren Nachnamen möchte sie nicht " +
        "nennen. „Ich habe hier meine schönsten Jahre verbracht.“",
    ],
    expected: [
      ["Wir schließen die Station im März", "Petra Lang"],
      ["Ich habe hier meine schönsten Jahre verbracht.", "Jana"],
    ],
  },
  {
    construction: "Wir treffen Marco (27), der … Sein Urteil: „…“ (an age in brackets after a first name)",
    paragraphs: [
      "„Wir bleiben in der Liga“, sagte Trainer Jan Ober. Das Team habe genug Qualität.",
      "Vor dem Stadion treffen wir Marco (27), der jede Woche kommt. Sein Urteil: „Das wird eng.“",
    ],
    expected: [
      ["Wir bleiben in der Liga", "Jan Ober"],
      ["Das wird eng.", "Marco"],
    ],
  },
  {
    construction:
      "Seine Kunden kauften weniger, sagt er. „…“ (a pronoun after the verb of the clause before)",
    paragraphs: [
      "„Die Preise steigen weiter“, sagte Verbandschef Otto Brandt.",
      "Für Karl Huber, der in Lindau eine Bäckerei führt, ist das ein Problem. Seine Kunden kauften " +
        "weniger Brot, sagt er. „So kann ich nicht lange weitermachen.“",
    ],
    expected: [
      ["Die Preise steigen weiter", "Otto Brandt"],
      ["So kann ich nicht lange weitermachen.", "Karl Huber"],
    ],
  },
  {
    construction: "X reagierte gelassen: Man sei „…“ (a clause in reported speech after a colon)",
    paragraphs: [
      "Der Plan sei „nicht bezahlbar“, sagte Gewerkschaftschef Uwe Hart. Bürgermeister Karl Gruber " +
        "reagierte gelassen: Man sei „bestens vorbereitet“.",
      "„Wir bleiben dabei“, sagte Hart.",
      "Der Verband antwortete prompt: Die Regeln seien „völlig überzogen“.",
    ],
    expected: [
      ["nicht bezahlbar", "Uwe Hart"],
      ["bestens vorbereitet", "Karl Gruber"],
      ["Wir bleiben dabei", "Uwe Hart"],
      ["völlig überzogen", "Der Verband"],
    ],
  },
  {
    construction:
      "Frankreichs Minister hatte … vor dem Gerichtshof gedroht. … „…“, hatte er erklärt (a perfect)",
    paragraphs: [
      "„Wir bleiben hart“, sagte Landrat Otto Weiß.",
      "Frankreichs Agrarminister hatte zuletzt mit einem Verfahren vor dem Obersten Gerichtshof gedroht. " +
        "Die Regeln seien „willkürlich“, hatte er in Paris erklärt.",
    ],
    expected: [
      ["Wir bleiben hart", "Otto Weiß"],
      ["willkürlich", "Frankreichs Agrarminister"],
    ],
  },
  {
    construction:
      "Deren Schatzmeisterin Tanja Lenz spricht von „…“ (a relative possessive before the office)",
    paragraphs: [
      "Die Bäckerinnung schlägt Alarm. Deren Schatzmeisterin Tanja Lenz spricht von „reiner Willkür“.",
    ],
    expected: [["reiner Willkür", "Tanja Lenz"]],
  },
  {
    construction: "Der Vorsitzende Richter Anton Weber … „…“ (an office noun that is also a surname)",
    paragraphs: [
      "Der Vorsitzende Richter Anton Weber unterbrach die Sitzung. „Wir machen eine Pause“, sagte er.",
    ],
    expected: [["Wir machen eine Pause", "Anton Weber"]],
  },
  {
    construction: "Werksschließungen lehne sie „derzeit ab“ (a verb in Konjunktiv I, listed nowhere)",
    paragraphs: [
      "„Wir müssen sparen“, sagte Konzernchefin Eva Brandt. Weitere Werksschließungen lehne sie „derzeit " +
        "ab“.",
    ],
    expected: [
      ["Wir müssen sparen", "Eva Brandt"],
      ["derzeit ab", "Eva Brandt"],
    ],
  },
  {
    construction:
      "Das Institut für Agrarökonomie und Umwelt in Kiel warnt, … „…“ (a body's name joined by und)",
    paragraphs: [
      "„Wir haben genug Futter“, sagte Bauernpräsident Jan Ober.",
      "Das Institut für Agrarökonomie und Umwelt in Kiel warnt, die Preise stiegen „deutlich und dauerhaft“.",
    ],
    expected: [
      ["Wir haben genug Futter", "Jan Ober"],
      ["deutlich und dauerhaft", "Das Institut für Agrarökonomie und Umwelt"],
    ],
  },
  {
    construction: "Ein Berater der Staatlichen Schuldnerstelle empfiehlt …: „…“ (an adjective in -lichen)",
    paragraphs: [
      "„Die Zahl der Fälle steigt“, sagte Sozialdezernentin Eva Roth.",
      "Ein Berater der Staatlichen Schuldnerstelle empfiehlt frühe Hilfe: „Wer zu lange wartet, verliert " +
        "den Überblick.“",
    ],
    expected: [
      ["Die Zahl der Fälle steigt", "Eva Roth"],
      ["Wer zu lange wartet, verliert den Überblick.", "Ein Berater der Staatlichen Schuldnerstelle"],
    ],
  },
  {
    construction:
      "In den Kitas gebe es kaum Plätze, räumte ein Sprecher ein. … „…“ (subject after the reported clause)",
    paragraphs: [
      "„Wir bauen weiter aus“, sagte Bürgermeisterin Eva Roth.",
      "In den Kitas gebe es kaum noch Plätze, räumte ein Sprecher der Stadt ein. Die Wartelisten seien " +
        "„länger als je zuvor“.",
    ],
    expected: [
      ["Wir bauen weiter aus", "Eva Roth"],
      ["länger als je zuvor", "ein Sprecher der Stadt"],
    ],
  },
  {
    construction:
      "Schlagzeile „X beschließt …: „…““ mit dem Zitat des Textes: es spricht, wem der Text es gibt",
    paragraphs: [
      ["headline", "Stadtrat beschließt neue Radwege: „Wir müssen jetzt handeln“"],
      "„Wir müssen jetzt handeln“, sagte Bürgermeisterin Anna Keller nach der Sitzung.",
    ],
    expected: [["Wir müssen jetzt handeln", "Anna Keller"]],
  },
  {
    construction:
      "Schlagzeile „„…“: X testen …“ mit dem Zitat des Textes: nicht das Subjekt nach dem Doppelpunkt",
    paragraphs: [
      ["headline", "«Der Bus kommt nie pünktlich»: Basler Verkehrsbetriebe testen neuen Fahrplan"],
      "«Der Bus kommt nie pünktlich, schon seit Monaten», sagt Pendlerin Jana Wyss.",
    ],
    expected: [
      ["Der Bus kommt nie pünktlich", "Jana Wyss"],
      ["Der Bus kommt nie pünktlich, schon seit Monaten", "Jana Wyss"],
    ],
  },
  {
    construction:
      "Losung auf Plakaten, „Auf … Plakaten stand … ein Satz: „…““: niemand im Artikel sagt sie, kein Zitat",
    paragraphs: [
      "Vor dem Rathaus in Kassel protestierten am Samstag rund 3000 Menschen gegen die Schließung der " +
        "Kinderklinik. Auf vielen Plakaten stand an diesem Tag nur ein Satz: „Unsere Kinder sind keine " +
        "Kostenstelle“. Die Organisatorin Petra Lindner zeigte sich zufrieden: „Wir kommen wieder, " +
        "jede Woche.“",
    ],
    expected: [["Wir kommen wieder, jede Woche.", "Petra Lindner"]],
  },
  {
    construction:
      "Spruch auf Plakaten, „Auf … Plakaten prangt der Spruch „…““: der Satz des Schildes, kein Zitat",
    paragraphs: [
      "Die Sperrung dauert sechs Wochen. Auf großen Plakaten am Bahnhof prangt der Spruch „Wir bauen für " +
        "Ihre Zukunft“. „Das ist ein schlechter Witz“, sagt Pendlerin Jana Ott.",
      "Auf dem Schild an der Tür steht der Satz „Bitte nicht stören“. Der Wirt lacht darüber.",
    ],
    expected: [["Das ist ein schlechter Witz", "Jana Ott"]],
  },
  {
    construction: "Losung auf Transparenten, „Auf den Transparenten hieß es: „…““: kein Zitat",
    paragraphs: [
      "Gegen die geplante Rodung im Stadtwald gingen am Sonntag mehrere Hundert Menschen auf die Straße. " +
        "Auf den Transparenten hieß es: „Hände weg von unserem Wald“. „Wir geben nicht auf“, sagte " +
        "Bürgerinitiativen-Sprecher Malte Jürgensen.",
    ],
    expected: [["Wir geben nicht auf", "Malte Jürgensen"]],
  },
  {
    construction:
      "„das Amtsgericht Lüneburg“, dann „teilte das Gericht mit“: der Ort gehört zum Namen der Behörde",
    paragraphs: [
      "Das Amtsgericht Lüneburg hat den Prozess gegen den früheren Bürgermeister vertagt. Ein neuer " +
        "Termin sei „noch nicht absehbar“, teilte das Gericht am Montag mit.",
    ],
    expected: [["noch nicht absehbar", "Das Amtsgericht Lüneburg"]],
  },
  {
    construction: "„das Landratsamt Emsland“, dann „heißt es in einer Mitteilung der Behörde“",
    paragraphs: [
      "Das Landratsamt Emsland hat die Jagd auf Wildschweine im Kreisgebiet ausgeweitet. Die Lage sei " +
        "„ernst, aber beherrschbar“, heißt es in einer Mitteilung der Behörde.",
    ],
    expected: [["ernst, aber beherrschbar", "Das Landratsamt Emsland"]],
  },
  {
    construction: "„Ihr Appell: „…““: ein Besitzwort und ein Nomen für Gesagtes vor dem Doppelpunkt",
    paragraphs: [
      "Die Hebamme Jana Steinmetz betreut seit zwanzig Jahren Familien im Landkreis. Ihr Appell: „Lasst " +
        "die Geburtsstationen auf dem Land offen.“",
    ],
    expected: [["Lasst die Geburtsstationen auf dem Land offen.", "Jana Steinmetz"]],
  },
  {
    construction: "„Sein Rat an junge Gründer: „…““: „Rat“ ist hier ein Ratschlag, kein Gremium",
    paragraphs: [
      "Bäckermeister Florian Haas hat seinen Laden nach vierzig Jahren übergeben. Sein Rat an junge " +
        "Gründer: „Rechnet mit weniger Schlaf, als ihr glaubt.“",
    ],
    expected: [["Rechnet mit weniger Schlaf, als ihr glaubt.", "Florian Haas"]],
  },
  {
    construction:
      "„Viele betroffene Patienten seien …“, dann „Die Ärztin fordert:“: was gezählt wird, ist kein Name",
    paragraphs: [
      "„Wir kommen kaum noch hinterher“, sagt Projektleiterin Leonie Brandl aus Gießen. Viele betroffene " +
        "Patienten seien monatelang ohne Hilfe geblieben.",
      "Die Ärztin fordert: „Die Praxen brauchen mehr Personal.“",
    ],
    expected: [
      ["Wir kommen kaum noch hinterher", "Leonie Brandl"],
      ["Die Praxen brauchen mehr Personal.", "Leonie Brandl"],
    ],
  },
  {
    construction: "„die Firma Wendt Solartechnik“, dann „heißt es in einer Stellungnahme des Unternehmens“",
    paragraphs: [
      "Die Firma Wendt Solartechnik aus Kassel ruft rund 3000 Wechselrichter zurück. Die Geräte seien " +
        "„sicher, solange sie nicht überhitzen“, heißt es in einer Stellungnahme des Unternehmens.",
    ],
    expected: [["sicher, solange sie nicht überhitzen", "Wendt Solartechnik"]],
  },
  {
    construction: "„die Firma Lorenz Gartengeräte“, dann „teilte das Unternehmen mit“",
    paragraphs: [
      "Der Hersteller ist die Firma Lorenz Gartengeräte aus Ulm. „Wir tauschen jedes Gerät kostenlos " +
        "um“, teilte das Unternehmen am Freitag mit.",
    ],
    expected: [["Wir tauschen jedes Gerät kostenlos um", "Lorenz Gartengeräte"]],
  },
  {
    construction:
      "ein Amt oder Beruf vor dem vollen Namen gehört nicht zum Namen: Grossrätin, Herkunft vor dem " +
      "Beruf, Fischer",
    paragraphs: [
      "Grossrätin Beatrice Aebersold nannte die Vorlage «reine Geldverschwendung».",
      "Den Monolog singt die Allgäuer Geigerin Lena Moosbrugger. «Ich habe davon geträumt», sagte die " +
        "29-Jährige.",
      "«Der Pegel sinkt jede Woche», sagt Fischer Anton Brugger, der seit dreißig Jahren am See arbeitet.",
    ],
    expected: [
      ["reine Geldverschwendung", "Beatrice Aebersold"],
      ["Ich habe davon geträumt", "Lena Moosbrugger"],
      ["Der Pegel sinkt jede Woche", "Anton Brugger"],
    ],
  },
  {
    construction:
      "„sagte der Coach“, „kündigte der Regisseur an“, „sagt der Senior“: die Beschreibung meint den " +
      "eben Genannten",
    paragraphs: [
      "Bremens Trainer Lars Hollmann lobte die Abwehr. „Wir standen hinten sehr kompakt“, sagte der Coach.",
      "Die Inszenierung übernimmt der Schwede Nils Lindqvist. Er wolle die Zuschauer „in einen Albtraum“ " +
        "führen, kündigte der Regisseur an.",
      "Das Sägewerk hat Klaus Obermaier vor 40 Jahren gegründet, nun übergibt er es an seine Tochter " +
        "Sabine Obermaier. „Irgendwann muss man loslassen können“, sagt der Senior.",
    ],
    expected: [
      ["Wir standen hinten sehr kompakt", "Lars Hollmann"],
      ["in einen Albtraum", "Nils Lindqvist"],
      ["Irgendwann muss man loslassen können", "Klaus Obermaier"],
    ],
  },
  {
    construction: "eine Sparkasse oder Krankenkasse mit ihrem Namen spricht als ganze Körperschaft",
    paragraphs: [
      "Man habe „großes Vertrauen in die Pläne“, teilte die Sparkasse Mittelhessen mit.",
      "„Die Beiträge bleiben stabil“, erklärte die Krankenkasse Nordwest am Montag.",
    ],
    expected: [
      ["großes Vertrauen in die Pläne", "die Sparkasse Mittelhessen"],
      ["Die Beiträge bleiben stabil", "die Krankenkasse Nordwest"],
    ],
  },
  {
    construction: "Name aus Ort, Apposition, sagt: the person named before the place speaks, not the place",
    paragraphs: [
      "Lena Brunner aus Langnau, Mutter von zwei Töchtern, sagt: «Die Ferien im Herbst brauchen wir " +
        "für die Ernte.»",
    ],
    expected: [["Die Ferien im Herbst brauchen wir für die Ernte.", "Lena Brunner"]],
  },
  {
    construction: "negative: a body's noun with its article before the place keeps the whole body as speaker",
    paragraphs: [
      "Die Bäckerei aus Langnau, seit 1920 im Familienbesitz, teilt mit: «Wir schließen im August.»",
    ],
    expected: [["Wir schließen im August.", "Die Bäckerei"]],
  },
  {
    construction: "Schlagzeile wiederholt ein Zitat des Textes wörtlich: ein Eintrag, der des Textes",
    paragraphs: [
      ["headline", "Bürgermeister zur Brücke: „Wir bauen sie neu“"],
      "„Wir bauen sie neu“, sagte Bürgermeister Tobias Wendt am Montag im Gemeinderat.",
    ],
    expected: [["Wir bauen sie neu", "Tobias Wendt"]],
  },
  {
    construction: "Vorspann „Die Stadt will … „…““, im Text wiederholt: es spricht, wen der Text nennt",
    paragraphs: [
      ["standfirst", "Die Stadt will den Badesee „noch diesen Sommer“ wieder öffnen."],
      "Umweltdezernentin Karin Vogt kündigte an, der See werde „noch diesen Sommer“ wieder freigegeben.",
    ],
    expected: [["noch diesen Sommer", "Karin Vogt"]],
  },
  {
    construction: "Schlagzeile mit einem kürzeren Bruchstück eines Zitats im Text: ein eigener Eintrag",
    paragraphs: [
      ["headline", "„Wir geben nicht auf“: Fischer protestieren in Kiel"],
      "„Wir haben alles versucht und wir geben trotzdem nicht auf“, sagte der Fischer Hannes Lüders.",
    ],
    expected: [
      ["Wir geben nicht auf", "Hannes Lüders"],
      ["Wir haben alles versucht und wir geben trotzdem nicht auf", "Hannes Lüders"],
    ],
  },
  {
    construction:
      "„…“, sagte der Angreifer, nach einem Namen: eine bestimmte Beschreibung, die das Lexikon " +
      "nicht kennt, als Subjekt des Sprechverbs ist die zuvor genannte Person",
    paragraphs: ["Der Stürmer Jonas Albers traf zweimal. „Das war mein bestes Spiel“, sagte der Angreifer."],
    expected: [["Das war mein bestes Spiel", "Jonas Albers"]],
  },
  {
    construction: "„…“, sagte der Übungsleiter, nach „Trainer X“: ein anderes Wort für dasselbe Amt",
    paragraphs: [
      "Trainer Uwe Kramer war unzufrieden. „Wir haben zu viele Chancen vergeben“, sagte der Übungsleiter.",
    ],
    expected: [["Wir haben zu viele Chancen vergeben", "Uwe Kramer"]],
  },
  {
    construction:
      "„…“, sagte ein Anwohner (Gegenprobe): eine unbestimmte Erstnennung ist niemand zuvor Genanntes",
    paragraphs: [
      "Bürgermeister Klaus Reiter eröffnete das Bad. „Es wurde höchste Zeit“, sagte ein Anwohner.",
    ],
    expected: [["Es wurde höchste Zeit", "ein Anwohner"]],
  },
  {
    construction: "„…“, so der Verein (Gegenprobe): das Nomen einer Körperschaft bleibt die Körperschaft",
    paragraphs: ["Trainer Uwe Kramer war unzufrieden. „Wir haben zu viele Chancen vergeben“, so der Verein."],
    expected: [["Wir haben zu viele Chancen vergeben", "der Verein"]],
  },
  {
    construction:
      "„Die Präsidentin der Gesellschaft für … und Pflege (GeFaP), X, unterstützt …, fordert aber „…““: " +
      "der Name nach dem letzten Komma spricht, nicht ein Teil des Verbandsnamens",
    paragraphs: [
      "Die Präsidentin der Gesellschaft für Familienmedizin und Pflege (GeFaP), Lena Brandt, unterstützt " +
        "den Streik, fordert aber „Rücksicht auf die Patienten“.",
    ],
    expected: [["Rücksicht auf die Patienten", "Lena Brandt"]],
  },
  {
    construction:
      "„Der Generalsekretär der Vereinten Nationen sagte, …“ (negativ): ohne Namen spricht das Amt",
    paragraphs: ["Der Generalsekretär der Vereinten Nationen sagte, die Hilfe sei „unterwegs“."],
    expected: [["unterwegs", "Der Generalsekretär der Vereinten Nationen"]],
  },
  {
    construction:
      "„…“, sagt der Senior: der Mann, dessen Vorname sein Geschlecht sagt, nicht die Frau, die zuletzt " +
      "genannt wurde",
    paragraphs: [
      "Nach 35 Jahren übergibt Helmut Brandt die Bäckerei an seine Nichte Lena Vogt. „Irgendwann muss " +
        "man loslassen können“, sagt der Senior.",
    ],
    expected: [["Irgendwann muss man loslassen können", "Helmut Brandt"]],
  },
  {
    construction: "Zusammengesetztes Amt vor dem Namen (Landesrat, Gemeindeammann): der Name ohne Amt",
    paragraphs: [
      "Verkehrslandesrätin Maria Gruber versprach neue Busse. Die Lage sei „angespannt, aber lösbar“, " +
        "sagte sie.",
      "Stadtammann Beat Keller lobte die Helfer. Die Stadt sei „glimpflich davongekommen“, sagte er.",
    ],
    expected: [
      ["angespannt, aber lösbar", "Maria Gruber"],
      ["glimpflich davongekommen", "Beat Keller"],
    ],
  },
  {
    construction: "„mit der Parole „…“ …, berichtete die Polizei“: eine Parole ist kein Zitat",
    paragraphs: [
      "Die Mieter protestierten am Samstag mit der Parole „Wir bleiben hier“ vor dem Rathaus, " +
        "berichtete die Polizei. „Es blieb friedlich“, sagte ein Sprecher.",
    ],
    expected: [["Es blieb friedlich", "ein Sprecher"]],
  },
  {
    construction: "„unter das Thema „…“, sagte X“: das Thema einer Kampagne ist kein Zitat",
    paragraphs: [
      "Die Gewerkschaft stellt ihre Tarifrunde unter das Thema „gute Arbeit braucht Zeit“, sagte " +
        "Sprecherin Jana Roth. „Wir fordern sechs Prozent“, fügte sie hinzu.",
    ],
    expected: [["Wir fordern sechs Prozent", "Jana Roth"]],
  },
  {
    construction: "„den seine Mitspieler nur „…“ rufen“: ein Spitzname im Relativsatz ist kein Zitat",
    paragraphs: [
      "Der 19-Jährige, den seine Mitspieler nur „Turbo“ rufen, traf zweimal. „Ich bin einfach " +
        "gelaufen“, sagte der Stürmer.",
    ],
    expected: [["Ich bin einfach gelaufen", "der Stürmer"]],
  },
  {
    construction: "„was sie „…“ nennen, sagte X“: ein Wort, das jemand gebraucht, bleibt ein Zitat",
    paragraphs: ["Kritiker halten den Plan für falsch, was sie „Wahnsinn“ nennen, sagte Paul Berg."],
    expected: [["Wahnsinn", "Paul Berg"]],
  },
  {
    construction:
      "die Name (KÜRZEL) …, dann „…“, teilte die KÜRZEL mit: die Behörde heißt, wie der Text ihr " +
      "Kürzel ausgeschrieben hat",
    paragraphs: [
      "Die Bundesagentur für Arbeit (BA) legte am Dienstag neue Zahlen vor.",
      "„Der Arbeitsmarkt bleibt robust“, teilte die BA am Mittag mit.",
    ],
    expected: [["Der Arbeitsmarkt bleibt robust", "Die Bundesagentur für Arbeit"]],
  },
  {
    construction:
      "X ist zufrieden. Die Schwierigkeit liege im Sturm: „…“: a common noun before the colon names no " +
      "speaker, though capitalised; the person the paragraph is about speaks",
    paragraphs: [
      "Der Trainer Jonas Beck ist mit der Abwehr zufrieden. Die Schwierigkeit liege im Sturm: „Wir " +
        "treffen das Tor nicht.“",
    ],
    expected: [["Wir treffen das Tor nicht.", "Jonas Beck"]],
  },
  {
    construction: "Das Ministerium war deutlich: „…“ (negative): a body's noun before the colon speaks",
    paragraphs: [
      "Die Stadt verschiebt den Umbau. Das Ministerium war deutlich: „Ohne Gutachten gibt es kein Geld.“",
    ],
    expected: [["Ohne Gutachten gibt es kein Geld.", "Das Ministerium"]],
  },
  {
    construction: "die Baureihe «…»: der Name einer Produktlinie ist kein Zitat",
    paragraphs: [
      "Der Hersteller stellt die Baureihe «Nordlicht Pro» im Herbst ein, sagte Firmenchef Jonas Weber. " +
        "«Die Nachfrage ist eingebrochen», sagte er.",
    ],
    expected: [["Die Nachfrage ist eingebrochen", "Jonas Weber"]],
  },
  {
    construction: "„…“, sagt sie zu „Zeitung“: der Name der Zeitung nach dem Sprechverb ist kein Zitat",
    paragraphs: ["„Ich habe nur noch geschrien“, sagt Klara Brenner zu „Morgenpost“. Sie ist 64."],
    expected: [["Ich habe nur noch geschrien", "Klara Brenner"]],
  },
  {
    construction: "„…“, sagte er zu den Reportern (negativ): ohne Zeichen kein Name, das Zitat bleibt",
    paragraphs: ["„Wir bleiben hier“, sagte Tom Hauser zu den Reportern."],
    expected: [["Wir bleiben hier", "Tom Hauser"]],
  },
  {
    construction: "die Warnstufe Rot „…“: der Name einer Warnstufe ist kein Zitat",
    paragraphs: [
      "Der Wetterdienst rief die Warnstufe Rot „extremes Unwetter“ bis Sonntag aus. „Bleiben Sie zu " +
        "Hause“, sagte Meteorologe Jan Kröger.",
    ],
    expected: [["Bleiben Sie zu Hause", "Jan Kröger"]],
  },
  {
    construction: "a nickname in marks before the naming participle that gives it: a name, not a quote",
    paragraphs: [
      "Im Dorf, wo er von allen nur „Bäcker-Karl“ gerufen wird, kennt ihn jeder. „Ich backe seit vierzig " +
        "Jahren jeden Morgen um drei“, sagt Karl Wendt.",
    ],
    expected: [["Ich backe seit vierzig Jahren jeden Morgen um drei", "Karl Wendt"]],
  },
  {
    construction: "a naming participle after a perfect's auxiliary (negative): what the speaker called it",
    paragraphs: [
      "Ministerin Petra Lahn sagte, sie habe den Entwurf „Flickwerk“ genannt, weil er nichts löse.",
    ],
    expected: [["Flickwerk", "Petra Lahn"]],
  },
  {
    construction: "a name in marks after “alias”: no quote",
    paragraphs: [
      "Der mutmaßliche Anführer Dragan Marić alias „der Professor“ sitzt in Untersuchungshaft. „Die Bande " +
        "war straff organisiert“, sagte Oberstaatsanwältin Ute Brandl.",
    ],
    expected: [["Die Bande war straff organisiert", "Ute Brandl"]],
  },
  {
    construction: "the name of a craft in marks right after its noun: no quote",
    paragraphs: [
      "Das Rettungsschiff „Hermann Rudolf Meyer“ lief am Morgen aus. „Die Wellen waren fast fünf Meter " +
        "hoch“, sagte Vormann Jens Albers.",
    ],
    expected: [["Die Wellen waren fast fünf Meter hoch", "Jens Albers"]],
  },
  {
    construction: "a short quote right after a noun of speech (negative): still a quote",
    paragraphs: ["Bürgermeisterin Anke Vogt wiederholte am Abend ihre Bitte „Meiden Sie den Deich“."],
    expected: [["Meiden Sie den Deich", "Anke Vogt"]],
  },
  {
    construction: "ein Firmenname auf GmbH oder AG: ganz gelesen, mit seinen Substantiven, als Körperschaft",
    paragraphs: [
      "Die Brandt Wohnbau GmbH nannte die Kritik „haltlos“.",
      "„Wir stellen wieder ein“, sagte die Keller Logistik AG am Montag.",
    ],
    expected: [
      ["haltlos", "Die Brandt Wohnbau GmbH"],
      ["Wir stellen wieder ein", "die Keller Logistik AG"],
    ],
  },
  {
    construction: "eine Firma und eine Person mit „und“ (negativ): es bleiben zwei, die Person spricht",
    paragraphs: ["Die Stadtwerke Tübingen GmbH und Anna Keller nannten den Plan „mutig“."],
    expected: [["mutig", "Anna Keller"]],
  },
  {
    construction: "ein Verbandsname, der mit einer Abkürzung am Satzanfang beginnt: sie gehört dazu",
    paragraphs: ["ADAC Nordrhein warnte vor „langen Staus“ am Wochenende."],
    expected: [["langen Staus", "ADAC Nordrhein"]],
  },
  {
    construction:
      "teilte der BFH mit nach „Der Bundesfinanzhof (BFH)“: ein Kompositum buchstabiert das Kürzel",
    paragraphs: [
      "Der Bundesfinanzhof (BFH) hat am Dienstag über die Grundsteuer entschieden. „Die Bewertung ist " +
        "verfassungsgemäß“, teilte der BFH mit.",
    ],
    expected: [["Die Bewertung ist verfassungsgemäß", "Der Bundesfinanzhof"]],
  },
  {
    construction:
      "in einer Mitteilung des BFH heißt es: das Kürzel im Genitiv ist die ausgeschriebene Stelle",
    paragraphs: [
      "Der Bundesfinanzhof (BFH) hat am Dienstag über die Grundsteuer entschieden.",
      "In einer Mitteilung des BFH heißt es, die Bewertung sei „verfassungsgemäß“.",
    ],
    expected: [["verfassungsgemäß", "Der Bundesfinanzhof"]],
  },
  {
    construction:
      "das Kürzel eines Instituts mit Bindestrich: „Leibniz-Institut“ gibt das I, die Stelle spricht",
    paragraphs: [
      "Dr. Jana Brück forscht am Leibniz-Institut für Troposphärenforschung (ITF) in Leipzig.",
      "Das ITF selbst spricht in einer Mitteilung von einem „deutlichen Trend“.",
    ],
    expected: [["deutlichen Trend", "Das Leibniz-Institut für Troposphärenforschung"]],
  },
  {
    construction:
      "teilte die MPG mit nach „der Max-Planck-Gesellschaft (MPG)“: jeder Teil gibt einen Buchstaben",
    paragraphs: [
      "Die Förderung der Max-Planck-Gesellschaft (MPG) steigt. „Das ist ein gutes Signal“, teilte die MPG " +
        "am Montag mit.",
    ],
    expected: [["Das ist ein gutes Signal", "die Max-Planck-Gesellschaft"]],
  },
  {
    construction: "das Kürzel nach einem Bindestrichnamen, den es nicht buchstabiert (negativ): es bleibt",
    paragraphs: [
      "Das Paul-Ehrlich-Institut prüft den Impfstoff. „Wir sind fast fertig“, teilte das RKI mit.",
    ],
    expected: [["Wir sind fast fertig", "das RKI"]],
  },
  {
    construction: "„schreibt das Institut für X und Y“: zwei Fachgebiete mit „und“ sind ein Name",
    paragraphs: [
      "„Der Bestand erholt sich langsam“, schreibt das Institut für Seenforschung und Gewässerschutz in " +
        "Langenargen in seinem Bericht.",
    ],
    expected: [["Der Bestand erholt sich langsam", "das Institut für Seenforschung und Gewässerschutz"]],
  },
  {
    construction: "„teilte das Ministerium für X und Y mit“: die Stelle spricht unter ihrem ganzen Namen",
    paragraphs: [
      "„Die Mittel sind bereitgestellt“, teilte das Ministerium für Umwelt und Energie mit.",
      "Das Bundesamt für Migration und Flüchtlinge widerspricht: „Wir prüfen jeden Antrag.“",
    ],
    expected: [
      ["Die Mittel sind bereitgestellt", "das Ministerium für Umwelt und Energie"],
      ["Wir prüfen jeden Antrag.", "Das Bundesamt für Migration und Flüchtlinge"],
    ],
  },
  {
    construction: "eine Sprecherin des Bundesamts für X und Y: die Sprecherin einer Stelle mit ganzem Namen",
    paragraphs: [
      "„Wir prüfen jeden Antrag“, sagte eine Sprecherin des Bundesamts für Migration und Flüchtlinge.",
      "„Es wird knapp“, sagte ein Sprecher des Instituts für Seeverkehrswirtschaft und Logistik.",
    ],
    expected: [
      ["Wir prüfen jeden Antrag", "eine Sprecherin des Bundesamts für Migration und Flüchtlinge"],
      ["Es wird knapp", "ein Sprecher des Instituts für Seeverkehrswirtschaft und Logistik"],
    ],
  },
  {
    construction: "„das Ministerium für X und Huber“ (negativ): ein Name nach „und“ ist ein zweites Subjekt",
    paragraphs: [
      "„Das reicht nicht“, sagen das Ministerium für Umwelt und Huber. „Wir warten ab“, sagen das " +
        "Institut für Seenforschung und Bürgermeister Franz Keller.",
    ],
    expected: [
      ["Das reicht nicht", "das Ministerium für Umwelt"],
      ["Wir warten ab", "das Institut für Seenforschung"],
    ],
  },
  {
    construction: "teilte die SLB mit nach „Die Sächsische Landesbibliothek“ ohne Klammer",
    paragraphs: [
      "Die Sächsische Landesbibliothek öffnet ihren Lesesaal wieder. „Wir haben die Schäden behoben“, " +
        "teilte die SLB am Montag mit.",
    ],
    expected: [["Wir haben die Schäden behoben", "Die Sächsische Landesbibliothek"]],
  },
  {
    construction: "teilte die BVG mit (negativ): ein Kürzel, das der Name nicht buchstabiert, bleibt",
    paragraphs: [
      "Die Berliner Verkehrsbetriebe erhöhen die Preise. „Die Kosten sind gestiegen“, teilte die BVG am " +
        "Montag mit.",
    ],
    expected: [["Die Kosten sind gestiegen", "die BVG"]],
  },
  {
    construction: "meldete NBC nach „Nach Berichten aus …“ (negativ): Wörter ohne Artikel sind kein Name",
    paragraphs: [
      "Nach Berichten aus Washington ist die Lage angespannt. „Wir verhandeln weiter“, meldete NBC am " +
        "Abend.",
    ],
    expected: [["Wir verhandeln weiter", "NBC"]],
  },
  {
    construction:
      "eine unbenannte Quelle behält die Ergänzung, die ihre Behörde nennt, vor einem Relativsatz",
    paragraphs: [
      "Ein Beamter im Finanzministerium, der nicht namentlich genannt werden wollte, nannte den " +
        "Entwurf „nicht finanzierbar“.",
    ],
    expected: [["nicht finanzierbar", "Ein Beamter im Finanzministerium"]],
  },
  {
    construction: "eine unbenannte Quelle mit ihrem Wohnort: der Ort vor dem Relativsatz beschreibt sie mit",
    paragraphs: [
      "Ein Rentner aus Kassel, der seit Jahren auf den Bus wartet, nannte die Pläne „eine Frechheit“.",
    ],
    expected: [["eine Frechheit", "Ein Rentner aus Kassel"]],
  },
  {
    construction:
      "„…“, sagte der Trainer: ein zitierter Trainer, dessen Vorname kein Geschlecht verrät, ist gemeint",
    paragraphs: [
      "„Wir haben zu viele Chancen liegen lassen“, sagte Kimi Brandl, Trainer des SV Lohr.",
      "„Das müssen wir abstellen“, sagte der Trainer nach dem Spiel.",
    ],
    expected: [
      ["Wir haben zu viele Chancen liegen lassen", "Kimi Brandl"],
      ["Das müssen wir abstellen", "Kimi Brandl"],
    ],
  },
  {
    construction:
      "„…“, sagte ein Anwohner: eine unbestimmte Beschreibung ist nicht die zuvor genannte Person",
    paragraphs: [
      "„Wir haben zu viele Chancen liegen lassen“, sagte Kimi Brandl, Trainer des SV Lohr. „Die Halle ist " +
        "zu laut“, sagte ein Anwohner.",
    ],
    expected: [
      ["Wir haben zu viele Chancen liegen lassen", "Kimi Brandl"],
      ["Die Halle ist zu laut", "ein Anwohner"],
    ],
  },
  {
    construction: "„Die 21-Jährige“ im Vorspann, bevor der Text sie nennt: die zuerst im Text Genannte",
    paragraphs: [
      ["headline", "Hallen-DM: Fuldaerin Nele Brandt läuft zum Titel"],
      [
        "standfirst",
        "Die 21-Jährige gewinnt über 60 Meter Hürden und löst das WM-Ticket. „Damit habe ich nicht " +
          "gerechnet“, sagt sie.",
      ],
      "Nele Brandt hat in Leipzig ihren ersten Titel gewonnen.",
    ],
    expected: [["Damit habe ich nicht gerechnet", "Nele Brandt"]],
  },
  {
    construction: "„Der 58-Jährige“ im Vorspann (negativ): der Text nennt nur einen Sprecher mit anderem Amt",
    paragraphs: [
      ["headline", "Brand in der Altstadt"],
      ["standfirst", "Der 58-Jährige wurde leicht verletzt. „Ich habe den Rauch zu spät bemerkt“, sagt er."],
      "Feuerwehrsprecher Jens Albers bestätigte am Sonntag den Einsatz in der Altstadt.",
    ],
    expected: [["Ich habe den Rauch zu spät bemerkt", "Der 58-Jährige"]],
  },
  {
    construction: "Eine Anwohnerin des Platzes, die …, sieht das anders, dann „…“, sagte sie",
    paragraphs: [
      "Bürgermeister Uwe Brandt lobte den Umbau. „Das ist ein guter Tag“, sagte er.",
      "Eine Anwohnerin des Marktplatzes, die seit zwanzig Jahren dort lebt, sieht das anders. „Hier wird " +
        "es nie wieder ruhig“, sagte sie.",
    ],
    expected: [
      ["Das ist ein guter Tag", "Uwe Brandt"],
      ["Hier wird es nie wieder ruhig", "Eine Anwohnerin des Marktplatzes"],
    ],
  },
  {
    construction: "Der Bau im Zentrum beginnt …, dann „…“, sagte sie (negativ): die Genannte bleibt",
    paragraphs: [
      "Bürgermeisterin Eva Brandt lobte den Plan. Der Bau im Zentrum beginnt im Mai. „Das ist ein guter " +
        "Tag“, sagte sie.",
    ],
    expected: [["Das ist ein guter Tag", "Eva Brandt"]],
  },
  {
    construction: "erzählte eine Anwohnerin, …, dann „…“, sagte die Frau: dieselbe Unbenannte",
    paragraphs: [
      "Im Wartezimmer erzählte eine Anwohnerin, sie warte seit sechs Stunden. „Niemand sagt uns etwas“, " +
        "sagte die Frau.",
    ],
    expected: [["Niemand sagt uns etwas", "eine Anwohnerin"]],
  },
  {
    construction: "ein Berufsnomen aus einem Verb (Rapper) vor dem vollen Namen, mit und ohne Artikel",
    paragraphs: [
      "„Hier habe ich alles gelernt“, sagt Rapper Jonas Albers.",
      "„Die Szene lebt“, sagt die Bremer Rapperin Mia Kessler.",
    ],
    expected: [
      ["Hier habe ich alles gelernt", "Jonas Albers"],
      ["Die Szene lebt", "Mia Kessler"],
    ],
  },
  {
    construction:
      "ein Vorname, der wie ein Berufsnomen aus einem Verb aussieht (Walter), bleibt im Namen (negativ)",
    paragraphs: ["„Wir machen weiter“, sagt Walter Jens Brodersen."],
    expected: [["Wir machen weiter", "Walter Jens Brodersen"]],
  },
  {
    construction:
      "sagte die Vorsitzende des TV Bremen, Anke Lohmann: der Ort nach dem Kürzel eines Vereins ist dessen " +
      "Name, die Apposition nennt die Sprecherin",
    paragraphs: ["„Wir brauchen eine neue Halle“, sagte die Vorsitzende des TV Bremen, Anke Lohmann."],
    expected: [["Wir brauchen eine neue Halle", "Anke Lohmann"]],
  },
  {
    construction:
      "sagte der Trainer des FC Augsburg ohne Namen: die Beschreibung mit dem Verein ist die Sprecherangabe",
    paragraphs: ["„Das war unser bestes Spiel“, sagte der Trainer des FC Augsburg."],
    expected: [["Das war unser bestes Spiel", "der Trainer des FC Augsburg"]],
  },
  {
    construction:
      "Name, 38, fand die X „…“: das Alter zwischen Kommas ist Apposition, die Phrase nach dem Verb Objekt",
    paragraphs: [
      "Anna Keller, 38, fand die Lesezeit am Anfang „voll langweilig“.",
      "Jonas Berger, 45 Jahre alt, findet die Regel „völlig überzogen“.",
      // Not a time phrase fronted before the verb: its subject follows the verb.
      "Im Mai, 45 Tage vor der Wahl, sagte die Ministerin: „Die Lage ist ernst.“",
    ],
    expected: [
      ["voll langweilig", "Anna Keller"],
      ["völlig überzogen", "Jonas Berger"],
      ["Die Lage ist ernst.", "die Ministerin"],
    ],
  },
  {
    construction: "Den Ausfall nennt die Trainerin „…“: das Objekt steht vorn, das Subjekt folgt dem Verb",
    paragraphs: ["Den Ausfall nennt die Trainerin „eine bittere Pille“."],
    expected: [["eine bittere Pille", "die Trainerin"]],
  },
  {
    construction: "Einen Rücktritt nennt die Ministerin „…“: ein Objekt mit unbestimmtem Artikel vorn",
    paragraphs: ["Einen Rücktritt nennt die Ministerin „völlig abwegig“."],
    expected: [["völlig abwegig", "die Ministerin"]],
  },
  {
    construction: "Die Trainerin nennt den Ausfall „…“: das Subjekt vorn (negativ)",
    paragraphs: ["Die Trainerin nennt den Ausfall „eine bittere Pille“."],
    expected: [["eine bittere Pille", "Die Trainerin"]],
  },
  {
    construction: "„heißt es in einer Mitteilung des Unternehmens“: die Firma auf GmbH von vorher",
    paragraphs: [
      "Die Hansen Metallbau GmbH schließt ihr Werk in Celle. Betroffen sind 90 Beschäftigte.",
      "Der Betriebsrat kündigte Widerstand an.",
      "„Die Energiekosten lassen uns keine Wahl“, heißt es in einer Mitteilung des Unternehmens.",
    ],
    expected: [["Die Energiekosten lassen uns keine Wahl", "Die Hansen Metallbau GmbH"]],
  },
  {
    construction: "ein Geschäftsführer der Firma auf GmbH (negativ): die Person spricht, nicht die Firma",
    paragraphs: [
      "Die Hansen Metallbau GmbH schließt ihr Werk in Celle.",
      "„Die Energiekosten lassen uns keine Wahl“, sagte Geschäftsführer Jens Hansen.",
    ],
    expected: [["Die Energiekosten lassen uns keine Wahl", "Jens Hansen"]],
  },
  {
    construction: "Doppelpunkt nach Relativsatz mit Sprechverb: der Relativsatz beschreibt nur den Sprecher",
    paragraphs: [
      "Der Wochenmarkt zieht auf den Kirchplatz um. Ein Gemüsebauer aus dem Umland, der nicht " +
        "genannt werden will, ist verärgert: „Hier finden unsere Kunden keinen Parkplatz.“",
    ],
    expected: [["Hier finden unsere Kunden keinen Parkplatz.", "Ein Gemüsebauer aus dem Umland"]],
  },
  {
    construction: "Doppelpunkt nach „wie er … ankündigte“: das Subjekt nach wie spricht, nicht das Objekt",
    paragraphs: [
      "Die Trainerin Petra Vogt verlängert ihren Vertrag. Aufhören will sie noch lange nicht, wie sie " +
        "mit einem Augenzwinkern verriet und erklärte: „Ich habe noch einiges vor.“",
      "Ihr Co-Trainer Uwe Brandt bleibt ebenfalls, wie er nach dem Training mitteilte: „Wir " +
        "machen gemeinsam weiter.“",
    ],
    expected: [
      ["Ich habe noch einiges vor.", "Petra Vogt"],
      ["Wir machen gemeinsam weiter.", "Uwe Brandt"],
    ],
  },
  {
    construction: "Relativsatz mit deren, dann Sprechverb mit Objekt und Doppelpunkt: das Subjekt spricht",
    paragraphs: [
      "Ein Vater, dessen Tochter die vierte Klasse besucht, lobte die Lehrerinnen: „Die haben in " +
        "der Krise alles gegeben.“",
    ],
    expected: [["Die haben in der Krise alles gegeben.", "Ein Vater"]],
  },
  {
    construction: "Relativsatz, dann Verb ohne Sprechen mit Objekt und Doppelpunkt: das Subjekt spricht",
    paragraphs: [
      "Eine Anwohnerin, die gerade vom Einkaufen kam, sah den Rauch aufsteigen: „Das ganze Dach " +
        "stand sofort in Flammen.“",
    ],
    expected: [["Das ganze Dach stand sofort in Flammen.", "Eine Anwohnerin"]],
  },
  {
    construction: "Relativsatz, dann fragte X den Minister mit Doppelpunkt (negativ): das Subjekt fragt",
    paragraphs: [
      "Eine Schülerin, die im Publikum saß, fragte den Minister: „Warum gibt es bei uns kein WLAN?“",
    ],
    expected: [["Warum gibt es bei uns kein WLAN?", "Eine Schülerin"]],
  },
  {
    construction: "ein Ort in der Apposition nach einer Beschreibung ist nicht der Sprecher",
    paragraphs: ["Anna Roth, eine Bäckerin aus Brühl, Nordrhein-Westfalen, sagte, das komme „viel zu spät“."],
    expected: [["viel zu spät", "Anna Roth"]],
  },
  {
    construction: "die Worte auf einem Schild, nach der Angabe, wo es hängt: keine Zitate",
    paragraphs: ["Auf einem Schild neben der Kasse steht „Bitte nur mit Karte zahlen“."],
    expected: [],
  },
  {
    construction: "ein Wort, das jemand nicht gebrauchen will (`lehnt es ab, von einer „…“ zu sprechen`)",
    paragraphs: ["Die Bürgermeisterin lehnt es ab, von einer „Pleite“ zu sprechen."],
    expected: [],
  },
  {
    construction: "das Gegenstück: wovon jemand in Anführungszeichen spricht, ist sein Zitat",
    paragraphs: ["Die Bürgermeisterin Anna Vogt sprach von einer „schweren Zeit“ für die Stadt."],
    expected: [["schweren Zeit", "Anna Vogt"]],
  },
  {
    construction: "der Name eines Instruments nach seinem Nomen (`des Teleskops „…“`) ist kein Zitat",
    paragraphs: ["Das Team wertet seit Monaten die Daten des Teleskops „Adler“ aus."],
    expected: [],
  },
  {
    construction:
      "„sagte der Angeklagte“ nach „einen 45-jährigen Mann … angeklagt“: das Akkusativobjekt nennt " +
      "keinen Sprecher, die Beschreibung spricht, wie sie dasteht",
    paragraphs: [
      "Das Landgericht hat am Dienstag einen 45-jährigen Mann wegen Betrugs angeklagt.",
      "„Ich habe niemanden betrogen“, sagte der Angeklagte zum Auftakt.",
    ],
    expected: [["Ich habe niemanden betrogen", "der Angeklagte"]],
  },
  {
    construction:
      "„sagte der Mann“ nach „Ein 52-jähriger Landwirt … hat“ (Gegenprobe): das Subjekt im Nominativ " +
      "ist der Sprecher",
    paragraphs: [
      "Ein 52-jähriger Landwirt aus dem Zillertal hat den Bären gesehen. „Er war keine zehn Meter " +
        "entfernt“, sagte der Mann.",
    ],
    expected: [["Er war keine zehn Meter entfernt", "Ein 52-jähriger Landwirt aus dem Zillertal"]],
  },
  {
    construction: "„sagte ein Anwohner“ nach einem genannten Bürgermeister (Gegenprobe): eine Erstnennung",
    paragraphs: [
      "Bürgermeister Stefan Krämer besuchte die Baustelle. „Hier wird seit Monaten nur gelärmt“, sagte " +
        "ein Anwohner.",
    ],
    expected: [["Hier wird seit Monaten nur gelärmt", "ein Anwohner"]],
  },
  {
    construction: "„sagt die Schulleiterin“ nach „Rektorin X“: ein Amt unter seinem anderen Namen",
    paragraphs: [
      "„Uns fehlen drei Klassenzimmer“, sagt Rektorin Sabine Kolbe. Der Anbau verzögert sich.",
      "Für den Herbst sieht es nicht besser aus. „Wir unterrichten dann im Flur“, sagt die Schulleiterin.",
    ],
    expected: [
      ["Uns fehlen drei Klassenzimmer", "Sabine Kolbe"],
      ["Wir unterrichten dann im Flur", "Sabine Kolbe"],
    ],
  },
  {
    construction: "„sagt der Rektor“ nach „Schulleiter X“: das andere Wort für dasselbe Amt",
    paragraphs: [
      "Schulleiter Martin Oswald hat den Eltern einen Brief geschrieben.",
      "„Die Turnhalle bleibt bis Ostern gesperrt“, sagt der Rektor.",
    ],
    expected: [["Die Turnhalle bleibt bis Ostern gesperrt", "Martin Oswald"]],
  },
  {
    construction: "„sagt die Schulleiterin“ nach „Schulleiterin X“ (negativ): das eigene Wort der Rolle",
    paragraphs: [
      "Schulleiterin Petra Wendt hat die Eltern eingeladen.",
      "„Wir brauchen mehr Lehrkräfte“, sagt die Schulleiterin.",
    ],
    expected: [["Wir brauchen mehr Lehrkräfte", "Petra Wendt"]],
  },
  {
    construction: "X hält in … fest, man … „…“: the separable verb's particle closes the clause",
    paragraphs: [
      "Der Landesverband der Imker hält in einem Rundschreiben an seine Mitglieder fest, man sehe " +
        "„vorerst keinen Grund zur Sorge“, bleibe aber wachsam.",
    ],
    expected: [["vorerst keinen Grund zur Sorge", "Der Landesverband der Imker"]],
  },
  {
    construction: "X führen in … aus, die … seien „…“ (plural stem, particle before the comma)",
    paragraphs: [
      "Die Grünen führen in ihrem Antrag an den Stadtrat aus, die neuen Buslinien seien „deutlich " +
        "sparsamer als die alten“.",
    ],
    expected: [["deutlich sparsamer als die alten", "Die Grünen"]],
  },
  {
    construction: "X gab nach … unumwunden zu, die … sei „…“ gewesen (zugeben: two particles share the stem)",
    paragraphs: [
      "Bürgermeister Anton Reiter gab nach der Sitzung unumwunden zu, die Planung sei „von Anfang an " +
        "zu knapp“ gewesen.",
    ],
    expected: [["von Anfang an zu knapp", "Anton Reiter"]],
  },
  {
    construction: "X hielt … an, „…“ (negative): anhalten (to stop) is no festhalten",
    paragraphs: [
      "Der Fahrer hielt den Bus mitten auf der Brücke an. „Ich dachte, der Motor brennt“, erzählte " +
        "eine Schülerin später.",
    ],
    expected: [["Ich dachte, der Motor brennt", "eine Schülerin"]],
  },
  {
    construction: "X nimmt an … teil, „…“ (negative): teilnehmen is no speech, the speaker comes after",
    paragraphs: [
      "Die Ministerin Carola Brandt nimmt am Gipfel in Wien teil. „Wir erwarten harte Gespräche“, sagte " +
        "ihr Sprecher Jonas Wirth.",
    ],
    expected: [["Wir erwarten harte Gespräche", "Jonas Wirth"]],
  },
  {
    construction: "„Höheres Grundwasser …“ am Satzanfang: Adjektiv und Nomen, kein Name vor „die 52-Jährige“",
    paragraphs: [
      "Katrin Albers misst seit Jahren den Pegel des Flusses. Höheres Grundwasser gefährdet die " +
        "Keller der Altstadt. „Wir pumpen seit Tagen“, berichtet die 52-Jährige.",
    ],
    expected: [["Wir pumpen seit Tagen", "Katrin Albers"]],
  },
  {
    construction: "„Städtische Zuschüsse …“ am Satzanfang: abgeleitetes Adjektiv und Nomen, kein Name",
    paragraphs: [
      "Der Bürgermeister Jörg Lindner hat am Montag die Pläne für das Freibad vorgestellt. Städtische " +
        "Zuschüsse sollen die Sanierung tragen. „Wir öffnen im Juni“, verspricht der 61-Jährige.",
    ],
    expected: [["Wir öffnen im Juni", "Jörg Lindner"]],
  },
  {
    construction:
      "„Die Europäische Kommission …“ (negativ): ein Amtsnomen am Ende hält den Namen der Behörde",
    paragraphs: ["Die Europäische Kommission erklärte am Dienstag: „Wir prüfen den Fall sorgfältig.“"],
    expected: [["Wir prüfen den Fall sorgfältig.", "Die Europäische Kommission"]],
  },
  {
    construction: "„sagte Anna Weber“ (negativ): ein Nachname, der auch ein Nomen ist, bleibt ein Name",
    paragraphs: [
      "Wärmere Winter verkürzen die Saison. „Wir verkaufen kaum noch Skipässe“, sagte Anna Weber, " +
        "Betreiberin des Lifts.",
    ],
    expected: [["Wir verkaufen kaum noch Skipässe", "Anna Weber"]],
  },
  {
    construction: "„Eine Anwohnerin aus Bad Belzig … sagt die Frau“ (negativ): der Ort nach „aus“ bleibt Ort",
    paragraphs: [
      "Eine Anwohnerin aus Bad Belzig hat den Unfall beobachtet. „Der Wagen kam viel zu schnell um die " +
        "Kurve“, sagt die Frau.",
    ],
    expected: [["Der Wagen kam viel zu schnell um die Kurve", "Eine Anwohnerin aus Bad Belzig"]],
  },
  {
    construction: "„Die Bahngewerkschaft … In einer Stellungnahme schreibt sie …“: sie ist die Körperschaft",
    paragraphs: [
      "„Wir verlangen einen neuen Fahrplan“, sagte Stadtrat Holger Brandes am Morgen. Die " +
        "Bahngewerkschaft Nordsee lehnt die Pläne ab. In einer Stellungnahme schreibt sie, der " +
        "Entwurf sei „völlig praxisfern“.",
    ],
    expected: [
      ["Wir verlangen einen neuen Fahrplan", "Holger Brandes"],
      ["völlig praxisfern", "Die Bahngewerkschaft Nordsee"],
    ],
  },
  {
    construction: "„Die Krankenkassen … In ihrer Antwort sprechen sie von …“: Mehrzahl von Körperschaften",
    paragraphs: [
      "Patientin Petra Sommer hat den Brief unterschrieben. Die Krankenkassen zeigten sich " +
        "enttäuscht. In ihrer Antwort sprechen sie von einem „Schlag ins Gesicht“ der Versicherten.",
    ],
    expected: [["Schlag ins Gesicht", "Die Krankenkassen"]],
  },
  {
    construction: "„Die Feuerwehr … Sprecherin X … sagte sie“ (negativ): die dazwischen genannte Person",
    paragraphs: [
      "Die Feuerwehr Lindau hat den Brand gelöscht. Sprecherin Miriam Kohl war vor Ort. Am Abend " +
        "sagte sie, das Feuer sei „vollständig unter Kontrolle“.",
    ],
    expected: [["vollständig unter Kontrolle", "Miriam Kohl"]],
  },
  {
    construction:
      "„Der Ring … sagt sie“ (negativ): ein Nomen, das keine Körperschaft ist, steht für niemanden",
    paragraphs: [
      "„Wir brauchen mehr Ampeln“, sagte Stadträtin Jana Vogt. Der Ring bleibt bis Juni gesperrt. " +
        "Die Umleitung sei „eine Zumutung“, sagt sie.",
    ],
    expected: [
      ["Wir brauchen mehr Ampeln", "Jana Vogt"],
      ["eine Zumutung", "Jana Vogt"],
    ],
  },
  {
    construction: "„Bausenator X …“, dann „…“, sagte der Senator: die Kurzform des zusammengesetzten Amts",
    paragraphs: [
      "Bausenator Holger Wiesmann verteidigte die Pläne. „Wir bauen nicht an den Menschen vorbei“, " +
        "sagte der Senator.",
    ],
    expected: [["Wir bauen nicht an den Menschen vorbei", "Holger Wiesmann"]],
  },
  {
    construction:
      "„Bausenatorin X …“, dann Y, „…“, sagte der Senator (negativ): der Senator ist nicht die Senatorin",
    paragraphs: [
      "Bausenatorin Petra Wiesmann verteidigte die Pläne. Die Opposition sprach von Versäumnissen. " +
        "„Das kommt zu spät“, sagte der Senator.",
    ],
    expected: [["Das kommt zu spät", "der Senator"]],
  },
  {
    construction:
      "„…“, sagt der 52-Jährige dem Kurier: der Adressat nach dem Alter gehört nicht zum Sprecher",
    paragraphs: [
      "Tobias Renner führt den Hof in dritter Generation. „Die Dürre hat uns die halbe Ernte gekostet“, " +
        "sagt der 52-Jährige dem Kurier.",
    ],
    expected: [["Die Dürre hat uns die halbe Ernte gekostet", "Tobias Renner"]],
  },
  {
    construction:
      "Dann bemerkte die 67-Jährige den Schaden. „…“: das Objekt nach dem Alter ist kein Sprecher",
    paragraphs: [
      "Gerda M. kam am Abend nach Hause. Erst dann bemerkte die 67-Jährige den offenen Tresor. „Ich " +
        "habe sofort die Polizei gerufen.“",
    ],
    expected: [["Ich habe sofort die Polizei gerufen.", "Gerda M."]],
  },
  {
    construction: "„Ein Geschädigter …“, dann „…“, sagte der 66-jährige Landwirt: die erste Beschreibung",
    paragraphs: [
      "Ein Geschädigter verfolgte den Prozess von der ersten Reihe aus. „Ich habe alles " +
        "verloren“, sagte der 66-jährige Landwirt nach der Verhandlung.",
    ],
    expected: [["Ich habe alles verloren", "Ein Geschädigter"]],
  },
  {
    construction:
      "„Der Beschuldigte schwieg …“, dann sagte er: „…“: ein substantiviertes Partizip als Sprecher",
    paragraphs: [
      "Der Beschuldigte schwieg lange. Erst am Ende der Verhandlung sagte er: „Ich bereue, was ich " +
        "getan habe.“",
    ],
    expected: [["Ich bereue, was ich getan habe.", "Der Beschuldigte"]],
  },
  {
    construction: "„Dem Angeklagten X …“, später „Der Angeklagte … „…““: die gebeugte Rolle nennt die Person",
    paragraphs: [
      "Dem Angeklagten Sven D. wirft die Anklage Untreue vor. Die Richterin verlas die Zeugenaussagen.",
      "Der Angeklagte bestritt die Vorwürfe. Er habe „nie einen Cent genommen“.",
    ],
    expected: [["nie einen Cent genommen", "Sven D."]],
  },
  {
    construction: "„Die X GmbH …“, dann „…“, teilte das Unternehmen mit: der Firmenname mit seinem Artikel",
    paragraphs: [
      "Die Lindner Bau GmbH hat den Auftrag für die Brücke verloren. „Wir prüfen rechtliche Schritte“, " +
        "teilte das Unternehmen am Freitag mit.",
    ],
    expected: [["Wir prüfen rechtliche Schritte", "Die Lindner Bau GmbH"]],
  },
  {
    construction: "„Die X AG …“, dann „…“, erklärte der Kasseler Hersteller: ein Firmenwort mit Herkunft",
    paragraphs: [
      "Die Werra Pumpen AG streicht 200 Stellen. Die Nachfrage sei „dramatisch eingebrochen“, erklärte " +
        "der Kasseler Hersteller.",
    ],
    expected: [["dramatisch eingebrochen", "Die Werra Pumpen AG"]],
  },
  {
    construction: "„…“, teilte das Unternehmen mit (negativ): ohne genannte Firma bleibt die Beschreibung",
    paragraphs: [
      "Am Hafen stehen die Kräne still. „Wir bedauern die Verzögerung“, teilte das Unternehmen mit.",
    ],
    expected: [["Wir bedauern die Verzögerung", "das Unternehmen"]],
  },
  {
    construction: "„Ein Landwirt berichtet“ im Vorspann, der Text nennt ihn, dann „…“, sagt der Landwirt",
    paragraphs: [
      ["standfirst", "Ein Landwirt berichtet, wie die Dürre seine Ernte vernichtet hat."],
      "Die Ernte in Vorpommern fällt in diesem Jahr um ein Drittel kleiner aus.",
      "Jonas Meier bewirtschaftet bei Pasewalk 300 Hektar. Die Hälfte davon ist verdorrt.",
      "„Wir haben seit April kaum Regen gesehen“, sagt der Landwirt.",
    ],
    expected: [["Wir haben seit April kaum Regen gesehen", "Jonas Meier"]],
  },
  {
    construction: "„Eine Pflegerin erzählt“ im Vorspann, „…“, sagt die Pflegerin (negativ): niemand genannt",
    paragraphs: [
      ["standfirst", "Eine Pflegerin erzählt von ihren Nachtschichten."],
      "Es ist zwei Uhr nachts auf der Station. „Wir sind einfach zu wenige“, sagt die Pflegerin.",
    ],
    expected: [["Wir sind einfach zu wenige", "Eine Pflegerin"]],
  },
  {
    construction:
      "„Die Halterin sagt: …“ im Vorspann, der Text nennt „die Halterin Nicole Brenner“: sie spricht",
    paragraphs: [
      ["standfirst", "Ein Jäger wurde verurteilt. Die Halterin sagt: „Das bringt mir Fibi nicht zurück.“"],
      "Der 58-Jährige ließ über seinen Verteidiger erklären, er habe den Hund verwechselt.",
      "Die Halterin Nicole Brenner schilderte den Morgen anders.",
    ],
    expected: [["Das bringt mir Fibi nicht zurück.", "Nicole Brenner"]],
  },
  {
    construction:
      "„Die Witwe sagt: …“ im Vorspann, der Text nennt „Birgit Lampe, Witwe des Radfahrers,“: die Genannte",
    paragraphs: [
      ["standfirst", "Die Witwe sagt: „Für mich gibt es kein Urteil, das passt.“"],
      "Marcel T. hatte zu Prozessbeginn ein Geständnis abgelegt.",
      "Die Nebenklägerin Birgit Lampe, Witwe des Radfahrers, verfolgte den Prozess.",
    ],
    expected: [["Für mich gibt es kein Urteil, das passt.", "Birgit Lampe"]],
  },
  {
    construction: "„Die Halterin sagt: …“ im Vorspann, niemand im Text so genannt (negativ): sie bleibt",
    paragraphs: [
      ["standfirst", "Ein Jäger wurde verurteilt. Die Halterin sagt: „Das bringt mir Fibi nicht zurück.“"],
      "Der 58-Jährige ließ über seinen Verteidiger erklären, er habe den Hund verwechselt.",
      "Nicole Brenner schilderte den Morgen anders.",
    ],
    expected: [["Das bringt mir Fibi nicht zurück.", "Die Halterin"]],
  },
  {
    construction: "die Aktion „…“ (the name of an action or campaign is no quote)",
    paragraphs: ["Die Aktion „Saubere Stadt“ der Bezirksvertretung läuft noch bis Ende Mai."],
    expected: [],
  },
  {
    construction: "unter dem Motto „…“ (a motto is no quote)",
    paragraphs: ["Die Stadt sammelt unter dem Motto „Gemeinsam sicher“ Spenden für die Feuerwehr."],
    expected: [],
  },
  {
    construction: "Die Aktion sei „…“, sagte X (negative): a speaker's words of an action stay a quote",
    paragraphs: ["Die Aktion sei „ein voller Erfolg gewesen“, sagte Bürgermeisterin Anna Keller."],
    expected: [["ein voller Erfolg gewesen", "Anna Keller"]],
  },
  {
    construction:
      "Doppelvorname (Hans-Jürgen), dann „sagt der Chemiker“: der Vorname sagt das Geschlecht, die " +
      "Beschreibung ist er",
    paragraphs: [
      "Für Hans-Jürgen Wolters, der das Labor seit zehn Jahren leitet, ist das Ergebnis eine " +
        "Überraschung. „Damit hat niemand gerechnet“, sagt der Chemiker.",
    ],
    expected: [["Damit hat niemand gerechnet", "Hans-Jürgen Wolters"]],
  },
  {
    construction:
      "Doppelvorname einer Frau (Anna-Katharina), dann „sagt der Chemiker“ (negativ): das Geschlecht " +
      "passt nicht, die Beschreibung bleibt",
    paragraphs: [
      "Für Anna-Katharina Wolters, die das Labor seit zehn Jahren leitet, ist das Ergebnis eine " +
        "Überraschung. „Damit hat niemand gerechnet“, sagt der Chemiker.",
    ],
    expected: [["Damit hat niemand gerechnet", "der Chemiker"]],
  },
  {
    construction:
      "„Eine Händlerin vom Markt, die ihren Vornamen mit Esra angab, sagte:“: ein Relativsatz, der " +
      "einen Namen nennt, nennt die zuvor beschriebene Sprecherin",
    paragraphs: [
      "Eine Händlerin vom Markt, die ihren Vornamen mit Esra angab, sagte: „Seit die Brücke gesperrt " +
        "ist, kommen kaum noch Kunden.“",
    ],
    expected: [["Seit die Brücke gesperrt ist, kommen kaum noch Kunden.", "Esra"]],
  },
  {
    construction:
      "„Eine Händlerin vom Markt, die ihren Namen aus Angst nicht nennen wollte, sagte:“ (negativ): " +
      "ohne genannten Namen spricht die Beschreibung",
    paragraphs: [
      "Eine Händlerin vom Markt, die ihren Namen aus Angst nicht nennen wollte, sagte: „Seit die " +
        "Brücke gesperrt ist, kommen kaum noch Kunden.“",
    ],
    expected: [["Seit die Brücke gesperrt ist, kommen kaum noch Kunden.", "Eine Händlerin vom Markt"]],
  },
  {
    construction:
      "„heißt es in einer Mitteilung des Amtes“: der Genitiv auf -es ist das zuvor genannte Amt, das spricht",
    paragraphs: [
      "Das Gesundheitsamt Kassel hat die Schule am Montag geschlossen.",
      "Die Schließung gelte „bis auf Weiteres“, heißt es in einer Mitteilung des Amtes.",
    ],
    expected: [["bis auf Weiteres", "Das Gesundheitsamt Kassel"]],
  },
  {
    construction: "„In einer Mitteilung des Gerichtes hieß es“: das zuvor genannte Gericht",
    paragraphs: [
      "Das Landgericht Bonn hat den Angeklagten am Dienstag freigesprochen.",
      "In einer Mitteilung des Gerichtes hieß es, die Beweise reichten „bei weitem nicht aus“.",
    ],
    expected: [["bei weitem nicht aus", "Das Landgericht Bonn"]],
  },
  {
    construction:
      "„sagte der Vorsitzende und Geschäftsführer, X“: zwei mit „und“ verbundene Ämter gehören dem " +
      "danach Genannten, die Fortsetzung ohne Verb auch",
    paragraphs: [
      "„Wir verfolgen das“, sagte der Vorsitzende der Gewerkschaft, Markus Lehr.",
      "„Das Werk bleibt hier“, sagte der Vorsitzende und Geschäftsführer, Paul Brandt, am Telefon. " +
        "„Keine Linie zieht um.“",
    ],
    expected: [
      ["Wir verfolgen das", "Markus Lehr"],
      ["Das Werk bleibt hier", "Paul Brandt"],
      ["Keine Linie zieht um.", "Paul Brandt"],
    ],
  },
  {
    construction:
      "„An den Angeklagten gewandt sagte er:“: die Präpositionalphrase vor dem Verb ist nicht das " +
      "Subjekt, der Angesprochene spricht nicht",
    paragraphs: [
      "Richter Paul Imhof begründete das Urteil mit dem Geständnis. An den Angeklagten gewandt sagte " +
        "er: „Das ist Ihre letzte Chance.“",
    ],
    expected: [["Das ist Ihre letzte Chance.", "Paul Imhof"]],
  },
  {
    construction:
      "„Vor dem vollen Saal erklärte der Verteidiger X:“: nach einer vorangestellten " +
      "Präpositionalphrase folgt das Subjekt dem Verb",
    paragraphs: [
      "Der Prozess dauerte zwei Tage. Vor dem vollen Saal erklärte der Verteidiger Marco Steiner: „Mein " +
        "Mandant bereut die Tat.“",
    ],
    expected: [["Mein Mandant bereut die Tat.", "Marco Steiner"]],
  },
  {
    construction:
      "„Von der Leyen sagte den Journalisten:“ (negativ): ein Name, der mit einer Partikel beginnt, ist " +
      "keine Präpositionalphrase",
    paragraphs: [
      "Ursula von der Leyen reiste nach Kiew. Von der Leyen sagte den Journalisten: „Wir bleiben an " +
        "Ihrer Seite.“",
    ],
    expected: [["Wir bleiben an Ihrer Seite.", "Ursula von der Leyen"]],
  },
  {
    construction:
      "„sagt die Pensionistin“ nach dem Initialnamen: das österreichische Wort für die Rentnerin ist " +
      "eine Personenbezeichnung, die auf die zuletzt Genannte zurückverweist",
    paragraphs: [
      "Eine 81-jährige Frau aus Wels hat einen Trickbetrüger abgewiesen.",
      "„Der wollte mein Sparbuch sehen“, erzählt Gertrude W. im Gespräch mit der Zeitung.",
      "Dann rief sie die Polizei. „Ich habe sofort aufgelegt“, sagt die Pensionistin.",
    ],
    expected: [
      ["Der wollte mein Sparbuch sehen", "Gertrude W."],
      ["Ich habe sofort aufgelegt", "Gertrude W."],
    ],
  },
  {
    construction:
      "Eine X, die …, hat … . «…», sagte sie: the unnamed subject described by a relative clause is who " +
      "the pronoun means, not the named speaker before",
    paragraphs: [
      "Feuerwehrsprecherin Jana Vogt bestätigte den Einsatz. «Das Haus ist nicht mehr bewohnbar», " +
        "sagte Vogt.",
      "Eine Anwohnerin, die seit vierzig Jahren in der Straße lebt, hat den Brand als Erste bemerkt. «Der " +
        "Rauch kam aus dem Keller», sagte sie.",
    ],
    expected: [
      ["Das Haus ist nicht mehr bewohnbar", "Jana Vogt"],
      ["Der Rauch kam aus dem Keller", "Eine Anwohnerin"],
    ],
  },
  {
    construction:
      "„die Firma „X““, „über den Forstweg „X““: eine Art von Ding vor den Zeichen macht den Namen, " +
      "kein Zitat",
    paragraphs: [
      "Das Buffet liefert die Cateringfirma „Tafelrunde“ aus Mainz, sagte Bürgermeister Jens Kolb. Der " +
        "Höhenweg „Hohe Leite“ bleibt bis Freitag gesperrt, sagte er: „Wir bitten um Geduld.“",
    ],
    expected: [["Wir bitten um Geduld.", "Jens Kolb"]],
  },
  {
    construction:
      "„Die Firma „ist …““ (negativ): eine klein geschriebene Aussage nach der Firma bleibt ein Zitat",
    paragraphs: ["Die Firma „ist nicht zahlungsunfähig“, sagte ihr Anwalt Peter Wolff am Montag."],
    expected: [["ist nicht zahlungsunfähig", "Peter Wolff"]],
  },
  {
    construction:
      "„die in der Branche nur „X“ heißen“: ein Verb des Heißens direkt nach den Zeichen gibt einen " +
      "Namen, kein Zitat",
    paragraphs: [
      "Die kleinen Filialen, die in der Branche nur „Mini-Apotheken“ heißen, schließen früher, sagte " +
        "Kammerpräsident Ulf Brandt.",
    ],
    expected: [],
  },
  {
    construction: "„„Kein Kommentar“, hieß es dort“ (negativ): nach einem Komma gibt „heißt es“ Worte wieder",
    paragraphs: ["Die Stadtwerke äußerten sich knapp. „Kein Kommentar“, hieß es dort."],
    expected: [["Kein Kommentar", "Die Stadtwerke"]],
  },
  {
    construction:
      "die Name (Kurzwort) …, dann Kurzwort kritisierte, „…“: ein Kurzwort nimmt die ersten Buchstaben " +
      "der Wörter des Namens, und die Stelle heißt mit dem ausgeschriebenen Namen",
    paragraphs: [
      "Zum Warnstreik hat die Vereinte Dienstleistungsgewerkschaft (Verdi) aufgerufen.",
      "Verdi kritisierte, das Angebot der Arbeitgeber sei „eine Provokation“.",
    ],
    expected: [["eine Provokation", "die Vereinte Dienstleistungsgewerkschaft"]],
  },
  {
    construction:
      "Ein X, ein 40-jähriger …, hielt an. «…», sagt er: an apposition between commas, then the verb",
    paragraphs: [
      "«Die Strecke bleibt bis Montag gesperrt», sagte Polizeisprecher Martin Kehl.",
      "Ein Zeuge, ein 40-jähriger Lastwagenfahrer aus Olten, hielt sofort an. «Ich habe nur getan, was " +
        "jeder tun würde», sagt er.",
    ],
    expected: [
      ["Die Strecke bleibt bis Montag gesperrt", "Martin Kehl"],
      ["Ich habe nur getan, was jeder tun würde", "Ein Zeuge"],
    ],
  },
  {
    construction:
      "Viele X … Eine X, …, sagte sie: one of the people a counting word counted before is someone new",
    paragraphs: [
      "Viele Geschädigte seien Rentnerinnen und Rentner, sagte Staatsanwältin Eva Roth.",
      "Eine Geschädigte, eine 78-jährige Frau aus Bettlach, verfolgte den Prozess im Saal. «Die sehe ich " +
        "nie wieder», sagte sie.",
    ],
    expected: [["Die sehe ich nie wieder", "Eine Geschädigte"]],
  },
  {
    construction:
      "negative: Ein Bus, der …, wird gestrichen. «…», sagte er: a thing described between commas " +
      "is no one the pronoun means",
    paragraphs: [
      "«Wir haben die Linie lange verteidigt», sagte Stadtrat Jan Roth. Ein Bus, der seit dreissig Jahren " +
        "durch das Quartier fährt, wird gestrichen. «Das trifft vor allem ältere Leute», sagte er.",
    ],
    expected: [
      ["Wir haben die Linie lange verteidigt", "Jan Roth"],
      ["Das trifft vor allem ältere Leute", "Jan Roth"],
    ],
  },
  {
    construction:
      "Kuratorin X hat … . «…», sagt sie: the feminine noun of the role tells the gender of the name, " +
      "so the pronoun means her, not the director quoted before",
    paragraphs: [
      "«Die Sammlung wächst jedes Jahr», sagte Direktorin Eva Brunner.",
      "Kuratorin Nora Frei hat die Zeichnung datiert. Im Archiv fand sich ein Brief des Künstlers. «Das " +
        "Blatt entstand im Winter 1921», sagt sie.",
    ],
    expected: [
      ["Die Sammlung wächst jedes Jahr", "Eva Brunner"],
      ["Das Blatt entstand im Winter 1921", "Nora Frei"],
    ],
  },
  {
    construction:
      "„…“, sagte die Direktorin: an office alone, no one holding it, is the article's subject given " +
      "no office",
    paragraphs: [
      "Das erste Festival von Jana Reuter wurde am Freitag eröffnet.",
      "„Wir haben alle Karten verkauft“, sagte die Direktorin am Abend.",
    ],
    expected: [["Wir haben alle Karten verkauft", "Jana Reuter"]],
  },
  {
    construction:
      "Gremium vertagt …: „…“ über „…“, sagte Y. „<dieselben Worte>“: der Absatz gibt die Worte der " +
      "Überschrift dem, den er zitiert",
    paragraphs: [
      ["headline", "Stadtrat vertagt Gebührenerhöhung: „Niemand soll doppelt zahlen“"],
      "Der Stadtrat hat am Montag die Erhöhung der Wassergebühren vertagt.",
      "Stadträtin Karin Obermaier verlangte ein neues Gutachten. „Wir kennen die Zahlen nicht“, sagte " +
        "Obermaier. „Niemand soll doppelt zahlen.“",
    ],
    expected: [
      ["Wir kennen die Zahlen nicht", "Karin Obermaier"],
      ["Niemand soll doppelt zahlen.", "Karin Obermaier"],
    ],
  },
  {
    construction:
      "Ein Mechaniker, der …, zündet sich … an. „…“, sagte er: ein Mechaniker ist eine beschriebene " +
      "Person, nicht der zuvor zitierte Betriebsrat",
    paragraphs: [
      "„Das ist Verrat an der Belegschaft“, sagte Rainer Jost.",
      "Ein Mechaniker, der seit 22 Jahren im Werk arbeitet, zündet sich eine Zigarette an. „Mit 56 finde " +
        "ich nichts mehr“, sagte er leise.",
    ],
    expected: [
      ["Das ist Verrat an der Belegschaft", "Rainer Jost"],
      ["Mit 56 finde ich nichts mehr", "Ein Mechaniker"],
    ],
  },
  {
    construction:
      "Eine Besucherin war begeistert: „…“ / Eine Zuschauerin ist gerührt: „…“: die beschriebene " +
      "Person vor dem Doppelpunkt spricht, nicht der zuvor Zitierte",
    paragraphs: [
      "„Das ist ein Vorbild“, sagte Hinrich Carstensen.",
      "Eine Besucherin war begeistert: „So etwas würde ich mir auch wünschen.“",
      "Eine Zuschauerin ist gerührt: „Endlich wieder einer von uns.“",
      "Ein Besucher aus Kiel nickt: „Das brauchen wir auch.“",
    ],
    expected: [
      ["Das ist ein Vorbild", "Hinrich Carstensen"],
      ["So etwas würde ich mir auch wünschen.", "Eine Besucherin"],
      ["Endlich wieder einer von uns.", "Eine Zuschauerin"],
      ["Das brauchen wir auch.", "Ein Besucher aus Kiel"],
    ],
  },
  {
    construction:
      "Ein Gärtner der Stadt, der …, sieht … . „…“, sagte er: ein Gärtner ist eine beschriebene " +
      "Person, nicht der zwei Absätze vorher genannte Stadtrat",
    paragraphs: [
      "Stadtrat Jens Arnold nannte das Verbot „längst überfällig“.",
      "Die Sprecherin der Verwaltung, Petra Kühn, sagte: „Wir setzen es im Frühjahr um.“",
      "Ein Gärtner der Stadt, der anonym bleiben möchte, sieht das nüchterner. „Dann brauchen wir " +
        "mehr Personal“, sagte er.",
    ],
    expected: [
      ["längst überfällig", "Jens Arnold"],
      ["Wir setzen es im Frühjahr um.", "Petra Kühn"],
      ["Dann brauchen wir mehr Personal", "Ein Gärtner der Stadt"],
    ],
  },
  {
    construction:
      "Die Firma X kündigte … an. „…“, heißt es in einer Stellungnahme des Unternehmens: the kind noun " +
      "in the genitive is the company named before as of that kind",
    paragraphs: [
      "Die Firma Brandtner Toys kündigte am Montag Kurzarbeit für 200 Beschäftigte an.",
      "„Die Aufträge aus Übersee sind eingebrochen“, heißt es in einer Stellungnahme des Unternehmens.",
    ],
    expected: [["Die Aufträge aus Übersee sind eingebrochen", "Brandtner Toys"]],
  },
  {
    construction:
      "negative: „…“, teilte das Unternehmen mit, with no company named: the noun stays as written",
    paragraphs: ["„Die Aufträge sind eingebrochen“, teilte das Unternehmen am Montag mit."],
    expected: [["Die Aufträge sind eingebrochen", "das Unternehmen"]],
  },
  {
    construction: "X sieht darin eine „…“: die Sicht, die jemand äußert, ohne Verb des Sagens",
    paragraphs: ["Die Bürgermeisterin Karin Vogt sieht darin einen „wichtigen Schritt für die Altstadt“."],
    expected: [["wichtigen Schritt für die Altstadt", "Karin Vogt"]],
  },
  {
    construction: "Aufkleber, Komitee, unter der Botschaft: Aufschrift und Namen, keine Zitate",
    paragraphs: [
      "Auf den Aufklebern steht „Wir bleiben hier“.",
      "Die Stadt wirbt unter der Botschaft „Langsam fahren, Kinder spielen“ für Tempo 30, sagte " +
        "Bürgermeister Jan Roth.",
      "Das Komitee „Gemeinsam für die Altstadt“ hat Einspruch erhoben, sagte dessen Sprecher Jan Roth.",
    ],
    expected: [],
  },
  {
    construction: "Negativ: das Komitee sei „…“ in Kleinschreibung ist, was gesagt wurde",
    paragraphs: ["Das Komitee sei „nicht zufrieden“, sagte Sprecherin Anna Berg."],
    expected: [["nicht zufrieden", "Anna Berg"]],
  },
  {
    construction:
      "Gegenprobe: Ein Aktionär, der …, war weniger nachsichtig: „…“: das Subjekt vor dem Relativsatz, " +
      "nicht die Analystin davor",
    paragraphs: [
      "Analystin Sabine Kraus nannte die Zahlen „etwas schwach“.",
      "Ein Aktionär, der gegen den Plan gestimmt hat, war weniger nachsichtig: „Der Vorstand hat " +
        "keine Ausreden mehr.“",
    ],
    expected: [
      ["etwas schwach", "Sabine Kraus"],
      ["Der Vorstand hat keine Ausreden mehr.", "Ein Aktionär"],
    ],
  },
  {
    construction:
      "X, die …, die …, sagte: „…“: ein Relativsatz nach dem anderen, der Sprecher steht vor dem ersten " +
      "(auch wenn der erste auf ein Hilfsverb endet)",
    paragraphs: [
      "Bürgermeisterin Anna Vogt, die seit 2019 im Amt ist, die das Projekt angestoßen hat, sagte: " +
        "„Wir bauen im Frühjahr.“",
    ],
    expected: [["Wir bauen im Frühjahr.", "Anna Vogt"]],
  },
  {
    construction:
      "CEO X sagte (an office written in capitals before the name is a title, not a body's acronym)",
    paragraphs: ["CEO Lara Nydegger sagte am Montag: «Wir bleiben am Standort.»"],
    expected: [["Wir bleiben am Standort.", "Lara Nydegger"]],
  },
  {
    construction: "negative: UNSA X opening a sentence is still a body's name on its acronym",
    paragraphs: ["ÖGB Steiermark forderte „faire Löhne für alle“."],
    expected: [["faire Löhne für alle", "ÖGB Steiermark"]],
  },
  {
    construction: "Der Klimatologe X Y: (a first name with an adjective's ending after an office is a name)",
    paragraphs: ["Der Glaziologe Rüdiger Kornmann sagte: „Die Gletscher schmelzen schneller als gedacht.“"],
    expected: [["Die Gletscher schmelzen schneller als gedacht.", "Rüdiger Kornmann"]],
  },
  {
    construction: "sagte eine 80-jährige Frau (an honorific with no name after an age is the noun)",
    paragraphs: ["„Ich habe so etwas noch nie erlebt“, sagte eine 80-jährige Frau aus Deggendorf."],
    expected: [["Ich habe so etwas noch nie erlebt", "eine 80-jährige Frau aus Deggendorf"]],
  },
  {
    construction: "negative: die 80-jährige Frau Huber (the honorific before a surname stays a title)",
    paragraphs: ["„Ich habe so etwas noch nie erlebt“, sagte die 80-jährige Frau Brandl."],
    expected: [["Ich habe so etwas noch nie erlebt", "Brandl"]],
  },
  {
    construction: "X, der …, der …, sagte: (a second relative clause describes a noun of the first)",
    paragraphs: [
      "Schauspielerin Tanja Roeder, die im Stück eine Wirtin spielt, die ihr Lokal verliert, sagte über " +
        "den Regisseur: „Er lässt uns viel Freiheit.“",
    ],
    expected: [["Er lässt uns viel Freiheit.", "Tanja Roeder"]],
  },
  {
    construction:
      "„…“, sagte der Routinier: a given name written without its accent (`Felix`) tells the gender " +
      "the accented one does, so the description means the man named before",
    paragraphs: [
      "Den Pokal im Kegeln holte am Ende Felix Brandt aus Bremen.",
      "„Ich habe bis zur letzten Kugel gezittert“, sagte der Routinier.",
    ],
    expected: [["Ich habe bis zur letzten Kugel gezittert", "Felix Brandt"]],
  },
  {
    construction:
      "negative: „…“, sagte der Routinier after a woman named with an unaccented given name (`Ines`): " +
      "the gender disagrees, so the description stays as written",
    paragraphs: [
      "Den Pokal im Kegeln holte am Ende Ines Brandt aus Bremen.",
      "„Sie hat bis zur letzten Kugel gekämpft“, sagte der Routinier.",
    ],
    expected: [["Sie hat bis zur letzten Kugel gekämpft", "der Routinier"]],
  },
  {
    construction:
      "Der Bericht der Kommission zu X, der im März erschien, besagt, … «…»: the document verb past the " +
      "relative clause after the document",
    paragraphs: [
      "Der Bericht der Kommission zur Zukunft der Landwirtschaft, der im März erschien, besagt, die " +
        "Betriebe seien «kaum noch rentabel».",
    ],
    expected: [["kaum noch rentabel", "Der Bericht der Kommission zur Zukunft der Landwirtschaft"]],
  },
  {
    construction: "«…», sagte der Dramaturg: the person named just before, called by their occupation",
    paragraphs: [
      "Über die Spielzeit äußerte sich auch Henrik Albers, der lange am Stadttheater gearbeitet hat. " +
        "«Das Publikum will Neues sehen», sagte der Dramaturg.",
    ],
    expected: [["Das Publikum will Neues sehen", "Henrik Albers"]],
  },
  {
    construction: "negative: «…», sagte ein Dramaturg des Hauses: a new unnamed person stays as written",
    paragraphs: ["Die Proben beginnen im Mai. «Wir sind im Zeitplan», sagte ein Dramaturg des Hauses."],
    expected: [["Wir sind im Zeitplan", "ein Dramaturg des Hauses"]],
  },
  {
    construction:
      "Der Konzern X AG, dann «das Unternehmen» in indirekter Rede, dann «teilte das Unternehmen mit» " +
      "vier Absätze nach dem Namen: die Beschreibung, die die Firma meinte, hält sie in Reichweite",
    paragraphs: [
      "Der Bergbaukonzern Vireo AG hat einen Verlust von 90 Millionen Euro gemeldet.",
      "Sein Chef sagte, das Unternehmen werde Kosten senken.",
      "Der Nickelpreis fiel um ein Drittel.",
      "Analysten hatten einen kleineren Verlust erwartet.",
      "„Wir haben Geld für drei Jahre“, teilte das Unternehmen mit.",
    ],
    expected: [["Wir haben Geld für drei Jahre", "Vireo AG"]],
  },
  {
    construction:
      "Der Konzern X AG, dann «teilte das Unternehmen mit» vier Absätze danach, nichts dazwischen " +
      "(negativ): außer Reichweite bleibt die Beschreibung wie geschrieben",
    paragraphs: [
      "Der Bergbaukonzern Vireo AG hat einen Verlust von 90 Millionen Euro gemeldet.",
      "Sein Chef sagte, die Kosten würden sinken.",
      "Der Nickelpreis fiel um ein Drittel.",
      "Analysten hatten einen kleineren Verlust erwartet.",
      "„Wir haben Geld für drei Jahre“, teilte das Unternehmen mit.",
    ],
    expected: [["Wir haben Geld für drei Jahre", "das Unternehmen"]],
  },
  {
    construction: "sagte Karim el-Masri: ein mit Bindestrich angehängtes Namenspartikel gehört zum Namen",
    paragraphs: ["«Wir fangen wieder bei null an», sagte Karim el-Masri, der die Bäckerei führt."],
    expected: [["Wir fangen wieder bei null an", "Karim el-Masri"]],
  },
  {
    construction:
      "„…“, sagte Nabu-Waldwirt X Y: a hyphenated role whose last part is a compound of short nouns, " +
      "before a first name and a surname, is the role, not the first word of the name",
    paragraphs: [
      "Im Forst bei Ebersberg sterben die Fichten. „Der Borkenkäfer hat leichtes Spiel“, sagte " +
        "Nabu-Waldwirt Heiko Strobel bei der Begehung.",
    ],
    expected: [["Der Borkenkäfer hat leichtes Spiel", "Heiko Strobel"]],
  },
  {
    construction:
      "Koch X Y (44) …, „…“, erzählt er: a noun that is also a surname opening a three-word run before a " +
      "first name no list holds is the person's occupation",
    paragraphs: [
      "Koch Anselm Rüegg (44) stand gerade am Herd, als der Strom ausfiel. „Wir haben bei Kerzenlicht " +
        "weitergekocht“, erzählt er.",
    ],
    expected: [["Wir haben bei Kerzenlicht weitergekocht", "Anselm Rüegg"]],
  },
  {
    construction:
      "negative: „…“, sagte Joachim Bauer Schmid: a three-word name opening on a first name keeps all its " +
      "words",
    paragraphs: ["„Wir bleiben bei unserer Linie“, sagte Joachim Bauer Schmid nach der Sitzung."],
    expected: [["Wir bleiben bei unserer Linie", "Joachim Bauer Schmid"]],
  },
  {
    construction:
      "Die Preise, sagt X Y, würden „…“: a verb and a name set off by commas inside the clause are an " +
      "incise, and the name speaks the fragment the clause goes on to, not the clause's subject",
    paragraphs: ["Die Preise, sagt Händlerin Petra Lindl, würden im Herbst „deutlich anziehen“."],
    expected: [["deutlich anziehen", "Petra Lindl"]],
  },
  {
    construction: "„…“, wie man in der Szene die … nennt: ein erklärter Begriff, kein Zitat",
    paragraphs: [
      "Zwei der Verdächtigen gelten als „Köche“, wie man in der Szene die Chemiker nennt, die die Drogen " +
        "herstellen.",
    ],
    expected: [],
  },
  {
    construction: "„…“, wie er es nannte (negativ): ein Pronomen für die Sache lässt das Wort ein Zitat",
    paragraphs: ["Bürgermeister Karl Huber sprach von „Verrat“, wie er es selbst nannte."],
    expected: [["Verrat", "Karl Huber"]],
  },
  {
    construction:
      "negativ: ein Ortsname nach Präposition, dann „…“, erzählt der Elektroniker: niemand Genannter, die " +
      "Beschreibung bleibt",
    paragraphs: [
      "In Bad Aussee brannte am Montagabend ein Dachstuhl ab. „Ich habe nur noch an die Kinder gedacht“, " +
        "erzählt der Elektroniker.",
    ],
    expected: [["Ich habe nur noch an die Kinder gedacht", "der Elektroniker"]],
  },
  {
    construction:
      "Thema des Artikels genannt, ein Absatz ohne Namen, dann „der Angeklagte“ und „sagte er“: die " +
      "Beschreibung ist der Genannte",
    paragraphs: [
      "Drei Jahre lang hat Markus Pölzl Kaufverträge beurkundet, ohne je eine Zulassung gehabt zu haben.",
      "Dabei kassierte er laut Anklage mehr als 300.000 Euro an Gebühren.",
      "Vor Gericht zeigte sich der Angeklagte geständig. „Ich habe mich geschämt, zu sagen, dass ich " +
        "gescheitert bin“, sagte er.",
    ],
    expected: [["Ich habe mich geschämt, zu sagen, dass ich gescheitert bin", "Markus Pölzl"]],
  },
  {
    construction:
      "negativ: Thema des Artikels genannt, dann „die Forscher“, dann „schreiben die Autoren“: andere, " +
      "seither beschrieben, die Beschreibung bleibt",
    paragraphs: [
      "Die Glaziologin Verena Gasser misst seit zwanzig Jahren das Eis am Ferner.",
      "Der Sommer war wieder zu warm, und im Winter fiel zu wenig Schnee.",
      "In einer neuen Studie haben die Forscher alle Gletscher des Landes modelliert. „Bis 2060 ist der " +
        "größte Teil des Eises verloren“, schreiben die Autoren.",
    ],
    expected: [["Bis 2060 ist der größte Teil des Eises verloren", "die Autoren"]],
  },
  {
    construction:
      "zwei Torschützen, der letzte mit einem Vornamen, den keine Liste kennt, dann „sagte der Sechser“: " +
      "der zuletzt Genannte, nicht der frühere, dessen Vorname das Geschlecht sagt",
    paragraphs: [
      "Kurz nach der Pause verkürzte Lukas Berger per Kopf.",
      "Wenig später glich Emre Yilmaz mit einem Distanzschuss aus. „Ich habe einfach abgezogen“, sagte der " +
        "Sechser.",
    ],
    expected: [["Ich habe einfach abgezogen", "Emre Yilmaz"]],
  },
  {
    construction:
      "eine Direktion mit ihrem Ort (Bildungsdirektion Tirol): der Ort gehört zum Namen der Behörde",
    paragraphs: [
      "„Der Unterricht findet wie geplant statt“, teilte die Bildungsdirektion Tirol am Montag mit.",
    ],
    expected: [["Der Unterricht findet wie geplant statt", "die Bildungsdirektion Tirol"]],
  },
  {
    construction: "ein Schulamt mit Adjektiv und Ort (das Staatliche Schulamt Lörrach): der ganze Name",
    paragraphs: [
      "„Zwei Stellen bleiben bis zum Herbst unbesetzt“, teilte das Staatliche Schulamt Lörrach auf " +
        "Anfrage mit.",
    ],
    expected: [["Zwei Stellen bleiben bis zum Herbst unbesetzt", "das Staatliche Schulamt Lörrach"]],
  },
  {
    construction: "negativ: der Leiter einer Direktion, mit Namen in der Apposition, bleibt die Person",
    paragraphs: ["„Wir prüfen das“, sagte der Leiter der Polizeidirektion, Markus Bauer."],
    expected: [["Wir prüfen das", "Markus Bauer"]],
  },
  {
    construction:
      "„Ab Herbst gilt …“ vor „Die Ministerin sieht darin eine „…““: eine Zeitangabe ist kein Name",
    paragraphs: [
      "Die Bildungsministerin Anna Berger stellte den Plan am Dienstag vor.",
      "Ab Herbst gilt an allen Gymnasien der neue Lehrplan. Die Ministerin sieht darin eine " +
        "„Chance für eine ganze Generation“.",
    ],
    expected: [["Chance für eine ganze Generation", "Anna Berger"]],
  },
  {
    construction: "„Ab Montag gilt …“, dann „…“, sagte X (negativ): der Name nach dem Zitat bleibt",
    paragraphs: [
      "Ab Montag gilt auf der Brücke Tempo 30. „Wir wollen die Anwohner schützen“, sagte " +
        "Verkehrsstadträtin Eva Brandl.",
    ],
    expected: [["Wir wollen die Anwohner schützen", "Eva Brandl"]],
  },
  {
    construction:
      "„Der Gemeinderat hat … beschlossen“, dann X mit Vornamen verteidigte …, „…“, sagte er: " +
      "der Vorname sagt das Geschlecht, nicht nur das Nomen des Gremiums",
    paragraphs: [
      "Der Gemeinderat hat am Montag das Budget mit knapper Mehrheit beschlossen.",
      "Finanzstadtrat Michael Gruber verteidigte die Einsparungen. „Wir sparen nicht bei den " +
        "Schulen“, sagte er.",
    ],
    expected: [["Wir sparen nicht bei den Schulen", "Michael Gruber"]],
  },
  {
    construction:
      "Die Kölner Bürgermeisterin …: ein Ortsadjektiv vor dem Amt benennt niemanden, die Genannte spricht",
    paragraphs: [
      "Im Stadtrat stimmte Bürgermeisterin Helga Brandauer gegen den Antrag. Die Kölner Bürgermeisterin " +
        "nannte ihn „nicht durchdacht“.",
    ],
    expected: [["nicht durchdacht", "Helga Brandauer"]],
  },
  {
    construction:
      "„…“, sagte der Augsburger Trainer: ein Ortsadjektiv vor dem Amt, der zuvor genannte Trainer",
    paragraphs: [
      "Trainer Jörg Pfister lobte die Abwehr. Stürmerin Nele Varga traf zweimal.",
      "„Wir haben heute als Mannschaft gewonnen“, sagte der Augsburger Trainer nach dem Spiel.",
    ],
    expected: [["Wir haben heute als Mannschaft gewonnen", "Jörg Pfister"]],
  },
  {
    construction:
      "die Leipziger Ärztin (negativ): ein Ortsadjektiv vor einer neuen Person, die niemand Genanntes ist",
    paragraphs: [
      "Landrat Bernd Olschewski eröffnete die Klinik. „Hier fehlt noch fast alles“, sagte die " +
        "Leipziger Ärztin am Eingang.",
    ],
    expected: [["Hier fehlt noch fast alles", "die Leipziger Ärztin"]],
  },
  {
    construction: "„…“, sagt die 58-Jährige zwei Absätze nach dem Namen, dazwischen ein Absatz ohne Person",
    paragraphs: [
      "Die Bäckerei am Marktplatz schließt Ende Juni. Inhaberin Ruth Wendland findet keine Nachfolge.",
      "Laut Handwerkskammer stehen im Landkreis derzeit 40 Betriebe zur Übergabe an. Die Zahl steigt " +
        "seit Jahren.",
      "„Ich habe jeden Tag um drei Uhr in der Backstube gestanden“, sagt die 58-Jährige.",
    ],
    expected: [["Ich habe jeden Tag um drei Uhr in der Backstube gestanden", "Ruth Wendland"]],
  },
  {
    construction: "„…“, sagte der verletzte Fischer (ein Nomen nach Artikel und Adjektiv ist kein Nachname)",
    paragraphs: [
      "Vor Rügen kenterte am Morgen ein Kutter. „Die Welle kam von der Seite, ich hatte keine Chance“, " +
        "sagte der verletzte Fischer im Hafen.",
    ],
    expected: [["Die Welle kam von der Seite, ich hatte keine Chance", "der verletzte Fischer"]],
  },
  {
    construction: "„…“, sagte Fischer (negativ): ein Nachname ohne Artikel bleibt der Name der Genannten",
    paragraphs: [
      "Hafenmeisterin Karla Fischer half bei der Bergung. „Die Welle kam von der Seite“, sagte Fischer.",
    ],
    expected: [["Die Welle kam von der Seite", "Karla Fischer"]],
  },
  {
    construction:
      "„…“, sagt die zwölfjährige Jana (negativ): ein Vorname nach einem Alter in Worten bleibt ein Name",
    paragraphs: [
      "Am Badesee übernimmt die Wasserwacht die Aufsicht. „Ich schwimme jeden Tag hier“, sagt die " +
        "zwölfjährige Jana.",
    ],
    expected: [["Ich schwimme jeden Tag hier", "Jana"]],
  },
  {
    construction:
      "In einem Schreiben an …, das …, erklärt der Vorstand „…“: a relative clause on a fronted phrase a " +
      "preposition opens is part of it, and the subject follows the verb",
    paragraphs: [
      "Die Stadtwerke erhöhen die Preise. In einem Schreiben an die Kunden, das seit Montag verschickt " +
        "wird, erklärt der Vorstand den Schritt mit „gestiegenen Einkaufskosten“.",
    ],
    expected: [["gestiegenen Einkaufskosten", "der Vorstand"]],
  },
  {
    construction:
      "Die Ärztin, die …, sagt „…“ (negativ): a relative clause on the subject before the verb is an " +
      "aside, and the subject stands before it",
    paragraphs: [
      "Die Ärztin Lena Roth, die seit zehn Jahren in der Klinik arbeitet, sagt über den Winter: „So " +
        "voll war es noch nie.“",
    ],
    expected: [["So voll war es noch nie.", "Lena Roth"]],
  },
  {
    construction:
      "Die Münchner Wasserbetriebe …; „…“, heißt es in einem Brief des Unternehmens an den Bezirk: a " +
      "town's adjective opens the body's name, the document's addressee is not its author, and the " +
      "company's noun is the body named",
    paragraphs: [
      "Die Münchner Wasserbetriebe wollen den Brunnen im Westpark schließen. „Die Leitung ist älter " +
        "als hundert Jahre“, heißt es in einem Brief des Unternehmens an den Bezirk.",
    ],
    expected: [["Die Leitung ist älter als hundert Jahre", "Die Münchner Wasserbetriebe"]],
  },
  {
    construction:
      "Das Münchner Unternehmen … „…“, teilte das Unternehmen mit (negativ): a town's adjective before " +
      "a generic noun for a body describes the body named before, it names none of its own",
    paragraphs: [
      "Die Kessler Antriebstechnik AG baut 80 Stellen ab.",
      "Das Münchner Unternehmen nennt die Energiepreise als Grund. „Der Schritt ist schmerzhaft, aber " +
        "nötig“, teilte das Unternehmen mit.",
    ],
    expected: [["Der Schritt ist schmerzhaft, aber nötig", "Die Kessler Antriebstechnik AG"]],
  },
  {
    construction: "Ein Schild … warnt vor „…“: die Worte eines Warnschilds, keine Zitat",
    paragraphs: [
      "Am Badesee bleibt das Ufer gesperrt. Ein Schild neben dem Steg warnt vor „Strömung und Treibgut“.",
    ],
    expected: [],
  },
  {
    construction: "Innenminister X warnt vor einer „…“ (negativ): eine Person warnt, ein Teilzitat",
    paragraphs: ["Innenminister Karl Hofer warnt vor einer „gefährlichen Entwicklung“."],
    expected: [["gefährlichen Entwicklung", "Karl Hofer"]],
  },
  {
    construction: "den Token „…“: der Name eines Tokens, kein Zitat",
    paragraphs: [
      "Die Angeklagte hatte den Token „Nordcoin“ an Rentner verkauft und hohe Gewinne versprochen.",
    ],
    expected: [],
  },
  {
    construction: "die selbst ernannte „…“: ein Name, den sich eine Gruppe gibt, kein Zitat",
    paragraphs: [
      "Die selbst ernannte „Stadtwache“ patrouillierte nachts durch den Park, teilte die Polizei mit.",
    ],
    expected: [],
  },
  {
    construction: "einen Spitznamen für …: „…“: ein Spitzname nach dem Doppelpunkt, kein Zitat",
    paragraphs: ["Die Fans haben längst einen Spitznamen für das neue Stadion: „die Schüssel“."],
    expected: [],
  },
  {
    construction: "nach seinem Spitznamen gefragt, sagte X: „…“ (negativ): das Verb gibt die Worte",
    paragraphs: ["Nach seinem Spitznamen gefragt, sagte der Boxer Timo Krause: „das ist mir egal“."],
    expected: [["das ist mir egal", "Timo Krause"]],
  },
  {
    construction: "Er hofft, dass … „…“ vorgeht: ein Teilzitat im dass-Satz nach hoffen",
    paragraphs: [
      "„Dieses Haus hat eine lange Geschichte“, sagt der Kritiker Paul Brandt. Er hofft, dass der " +
        "neue Intendant „mit Geduld“ vorgeht.",
    ],
    expected: [
      ["Dieses Haus hat eine lange Geschichte", "Paul Brandt"],
      ["mit Geduld", "Paul Brandt"],
    ],
  },
  {
    construction: ", jedes Kind finde „…“: Konjunktiv nach einem Nomen, ein Teilzitat in indirekter Rede",
    paragraphs: [
      "Rektorin Anna Weber sieht Vorteile. Die Großen könnten den Kleinen vorlesen, jedes Kind finde " +
        "„seinen eigenen Weg“.",
    ],
    expected: [["seinen eigenen Weg", "Anna Weber"]],
  },
  {
    construction:
      "Das großformatige Bild „…“ (negativ): ein Adjektiv nach dem Artikel am Satzanfang ist kein " +
      "Konjunktiv, der Titel bleibt ein Titel",
    paragraphs: ["Das großformatige Bild „Die Prozession“ hängt seit Freitag im Foyer des Museums."],
    expected: [],
  },
  {
    construction:
      "Eine Verkäuferin, die …, packte …, then „…“, sagte sie: an unnamed person just introduced as the " +
      "subject is whom the pronoun means, not the woman quoted before",
    paragraphs: [
      "Die Betriebsrätin Sabine Kolb sprach von einem „bitteren Tag“. Eine Verkäuferin, die seit zehn " +
        "Jahren in der Filiale arbeitet, packte ihre Sachen zusammen. „Ich weiß nicht, wie es " +
        "weitergeht“, sagte sie.",
    ],
    expected: [
      ["bitteren Tag", "Sabine Kolb"],
      ["Ich weiß nicht, wie es weitergeht", "Eine Verkäuferin"],
    ],
  },
  {
    construction:
      "Im Gerichtssaal sass auch ein pensionierter Lehrer …, then „…“, sagte er: the subject after the " +
      "verb of a sentence opening on a place",
    paragraphs: [
      "Anwalt Peter Brandl verlangte einen Freispruch. „Mein Mandant hat nichts gewusst“, sagte er.",
      "Im Gerichtssaal sass auch ein pensionierter Lehrer aus Olten, der sein Erspartes verloren hat. " +
        "„Das Geld sehe ich nie wieder“, sagte er.",
    ],
    expected: [
      ["Mein Mandant hat nichts gewusst", "Peter Brandl"],
      ["Das Geld sehe ich nie wieder", "ein pensionierter Lehrer"],
    ],
  },
  {
    construction:
      "Eine Pflegerin aus der benachbarten Klinik, die …, hat …, then „…“, erzählt sie: a complement with " +
      "an adjective after the unnamed subject, before its relative clause",
    paragraphs: [
      "Hausmeisterin Jana Ahlers rief die Feuerwehr. „Es ging alles sehr schnell“, sagte sie.",
      "Eine Pflegerin aus der benachbarten Klinik, die anonym bleiben will, hat den Knall gehört. „Die " +
        "Scheiben haben gewackelt“, erzählt sie.",
    ],
    expected: [
      ["Es ging alles sehr schnell", "Jana Ahlers"],
      ["Die Scheiben haben gewackelt", "Eine Pflegerin aus der benachbarten Klinik"],
    ],
  },
  {
    construction:
      "negative: X besuchte mit einem Bauarbeiter …, „…“, sagte er: an unnamed person in passing is not " +
      "whom the pronoun means",
    paragraphs: [
      "Bürgermeister Jens Ahlers besuchte am Montag mit einem Bauarbeiter die Baustelle. „Wir liegen " +
        "im Zeitplan“, sagte er.",
    ],
    expected: [["Wir liegen im Zeitplan", "Jens Ahlers"]],
  },
  {
    construction:
      "negative: Im Saal begrüßte er einen Zeugen: an object after the verb of a sentence opening on a " +
      "place is no subject",
    paragraphs: [
      "Richter Hans Wyss hörte die Parteien an. Im Saal begrüßte er einen Zeugen. „Wir beginnen " +
        "pünktlich“, sagte er.",
    ],
    expected: [["Wir beginnen pünktlich", "Hans Wyss"]],
  },
  {
    construction:
      "Der Vorsitzende des Vereins, Kim Berger, …, then „…“, sagte er: a noun of either gender takes its " +
      "determiner's, and the person named after it is whom the pronoun means",
    paragraphs: [
      "Trainer Jens Ahlers war zufrieden. „Wir haben gut verteidigt“, sagte er.",
      "Der Vorsitzende des Vereins, Kim Berger, sah das anders. „Das war zu wenig“, sagte er.",
    ],
    expected: [
      ["Wir haben gut verteidigt", "Jens Ahlers"],
      ["Das war zu wenig", "Kim Berger"],
    ],
  },
  {
    construction: "Schulleiterin Vorname Nachname sagte: die Funktion vor dem Namen ist kein Teil des Namens",
    paragraphs: ["Schulleiterin Karin Albrecht sagte: „Wir warten seit Jahren auf die Sanierung.“"],
    expected: [["Wir warten seit Jahren auf die Sanierung.", "Karin Albrecht"]],
  },
  {
    construction:
      "Ein älterer Besucher, der …, sagte: das Adjektiv vor dem Nomen gehört zur Beschreibung, der " +
      "Relativsatz nicht",
    paragraphs: [
      "Ein älterer Besucher, der seit Jahren jedes Konzert besucht, sagte: „So etwas habe ich noch nie " +
        "gehört.“",
    ],
    expected: [["So etwas habe ich noch nie gehört.", "Ein älterer Besucher"]],
  },
  {
    construction: "die Landwirtin nach einer Frau ohne Rolle, deren Vorname nur die erweiterte Liste kennt",
    paragraphs: [
      "Der Hof von Heidrun Wöhrle liegt seit Generationen am Rand des Dorfes.",
      "„Das Wasser steht uns bis zum Hals“, sagte die Landwirtin.",
    ],
    expected: [["Das Wasser steht uns bis zum Hals", "Heidrun Wöhrle"]],
  },
  {
    construction: "negativ: der Landwirt ist nicht die zuvor genannte Frau (Heidrun Wöhrle)",
    paragraphs: [
      "Der Hof von Heidrun Wöhrle liegt seit Generationen am Rand des Dorfes.",
      "„Das Wasser steht uns bis zum Hals“, sagte der Landwirt.",
    ],
    expected: [["Das Wasser steht uns bis zum Hals", "der Landwirt"]],
  },
  {
    construction:
      "„…“, sagte der Sprecher nach einer Bildunterschrift mit einem Schiffsnamen: sie ist nicht der Text",
    paragraphs: [
      "Die Marine veröffentlichte am Montag Bilder der Übung.",
      ["caption", "Die Fregatte Karl Lehmann während der Übung (dpa)"],
      "„Für die Bevölkerung besteht keine Gefahr“, sagte der Sprecher.",
    ],
    expected: [["Für die Bevölkerung besteht keine Gefahr", "der Sprecher"]],
  },
  {
    construction:
      "X gehöre …, sagt der Mediziner. „…“ (a noun's clause in Konjunktiv I before the speech verb)",
    paragraphs: [
      "„Wir arbeiten am Limit“, bestätigt Primar Dr. Lukas Pichler, der die Notaufnahme leitet.",
      "Ein Großteil der Patienten gehöre nicht in die Notaufnahme, sagt der Mediziner. „Mit einer Grippe " +
        "ist man beim Hausarzt besser aufgehoben.“",
      "Jedes Kind lerne anders, sagt Lehrerin Anna Roth. „Wir brauchen kleinere Klassen.“",
    ],
    expected: [
      ["Wir arbeiten am Limit", "Lukas Pichler"],
      ["Mit einer Grippe ist man beim Hausarzt besser aufgehoben.", "der Mediziner"],
      ["Wir brauchen kleinere Klassen.", "Anna Roth"],
    ],
  },
  {
    construction: "Das Tiefbauamt des Kantons Bern teilte mit: (a name in a body's genitive complement)",
    paragraphs: [
      "Das Tiefbauamt des Kantons Bern teilte am Nachmittag mit: „Die Strasse bleibt gesperrt.“",
      "Ein Sprecher der Stadt Zürich sagte: „Wir prüfen den Fall.“",
      "Das Gesundheitsamt des Landkreises Harburg erklärte: „Es gibt keine neuen Fälle.“",
    ],
    expected: [
      ["Die Strasse bleibt gesperrt.", "Das Tiefbauamt des Kantons Bern"],
      ["Wir prüfen den Fall.", "Ein Sprecher der Stadt Zürich"],
      ["Es gibt keine neuen Fälle.", "Das Gesundheitsamt des Landkreises Harburg"],
    ],
  },
  {
    construction:
      "negativ: der Anwalt der Familie Peter Roth (ein Name nach einem Personennomen bleibt die Person)",
    paragraphs: ["Der Anwalt der Familie Peter Roth sagte: „Wir legen Berufung ein.“"],
    expected: [["Wir legen Berufung ein.", "Peter Roth"]],
  },
  {
    construction:
      "„…“, sagt der Vater zweier Töchter (a count of children describes the person named before)",
    paragraphs: [
      "Elternsprecher Tomasz Krüger hat eine Unterschriftensammlung gestartet. „Das ist kein Luxus“, sagt " +
        "der Vater zweier Töchter.",
      "Die Anwohnerin Sabine Roth ist verärgert. „Hier fährt jeder zu schnell“, sagt die Mutter mehrerer " +
        "Söhne.",
    ],
    expected: [
      ["Das ist kein Luxus", "Tomasz Krüger"],
      ["Hier fährt jeder zu schnell", "Sabine Roth"],
    ],
  },
  {
    construction: "negativ: der Vater des Opfers ist nicht die zuvor genannte Person",
    paragraphs: [
      "Elternsprecher Tomasz Krüger hat eine Unterschriftensammlung gestartet.",
      "„Das ist kein Luxus“, sagt der Vater des Opfers.",
    ],
    expected: [["Das ist kein Luxus", "der Vater des Opfers"]],
  },
  {
    construction:
      "Ein Höhlenführer, der …, hat … beobachtet. … „…“, sagt er (a compound of -führer is a person)",
    paragraphs: [
      "Doktorand Felix Rauscher hat die Daten ausgewertet. Er warnt: „Eine Höhle sagt wenig.“",
      "Ein Höhlenführer, der seit 25 Jahren Besucher durch die Nebelhöhle führt, hat die Veränderung " +
        "selbst beobachtet. Früher habe man die Tiere „an einer Hand abzählen“ können, sagt er.",
      "Ein Lokführer wartete am Bahnsteig. „Wir stehen seit Stunden hier“, sagte er.",
    ],
    expected: [
      ["Eine Höhle sagt wenig.", "Felix Rauscher"],
      ["an einer Hand abzählen", "Ein Höhlenführer"],
      ["Wir stehen seit Stunden hier", "Ein Lokführer"],
    ],
  },
  {
    construction:
      "Ein langjähriger Dauerkartenbesitzer meinte: „…“: „langjährig“ is no age, so the noun after it is " +
      "a description, not a surname; an age in words still names a child (negative)",
    paragraphs: [
      "Ein langjähriger Dauerkartenbesitzer meinte nach dem Spiel: „So ein Derby hab ich nie gesehen.“",
      "Die neunjährige Mia sagte: „Das war toll.“",
    ],
    expected: [
      ["So ein Derby hab ich nie gesehen.", "Ein langjähriger Dauerkartenbesitzer"],
      ["Das war toll.", "Mia"],
    ],
  },
  {
    construction:
      "Ein Kontrollbericht der Gemeinde X beschreibt …: „…“: a compound of a document's noun is a " +
      "document, which speaks as written, not the place in its complement",
    paragraphs: [
      "Der Prozess dauerte drei Tage.",
      "Ein Kontrollbericht der Gemeinde Esch aus dem Jahr 2023, der dem Gericht vorliegt, beschreibt die " +
        "Zustände nüchtern: „Schimmelbefall in drei von vier Räumen.“",
    ],
    expected: [["Schimmelbefall in drei von vier Räumen.", "Ein Kontrollbericht der Gemeinde Esch"]],
  },
  {
    construction:
      "In einer Aussendung lobt ACRONYM Ort das Projekt als „…“: an acronym before one name word opens a " +
      "body's name, not only at the sentence's start",
    paragraphs: [
      "Der Film wurde mit 380.000 Euro gefördert.",
      "In einer Aussendung lobt IDM Südtirol das Projekt als „Beispiel für regionales Erzählen“.",
    ],
    expected: [["Beispiel für regionales Erzählen", "IDM Südtirol"]],
  },
  {
    construction:
      "„…“, sagt Dr. Vorname Hinrichs vom Landesbetrieb, where the article names a Hinrich too: an -s " +
      "before a preposition is the surname's own, no genitive",
    paragraphs: [
      "Der Fischer Hinrich Janssen fährt seit 40 Jahren auf die Ems.",
      "„Wir haben weniger als zwei Milligramm gemessen“, sagt Dr. Frauke Hinrichs vom Landesbetrieb " +
        "für Wasserwirtschaft.",
    ],
    expected: [["Wir haben weniger als zwei Milligramm gemessen", "Frauke Hinrichs"]],
  },
  {
    construction:
      "Der Fahrgastverband Pro Bahn Hessen kritisiert: „…“: a body's noun, then the capitalised words of " +
      "its name, ending on a place, is the body named in full, not a person named by its last word",
    paragraphs: [
      "Der Fahrgastverband Pro Bahn Hessen kritisiert die Kürzungen: „Das ist der falsche Weg.“",
      "Der Verkehrsverbund Rhein-Ruhr widerspricht: „Wir sparen nicht am Angebot.“",
    ],
    expected: [
      ["Das ist der falsche Weg.", "Der Fahrgastverband Pro Bahn Hessen"],
      ["Wir sparen nicht am Angebot.", "Der Verkehrsverbund Rhein-Ruhr"],
    ],
  },
  {
    construction:
      "Der Kanton Bern teilte mit: „…“: a body governing a territory, named by it (Landkreis, Kanton, " +
      "Gemeinde, Stadt), is the body named in full, not the place; a place after a preposition stays one",
    paragraphs: [
      "„Wir prüfen den Antrag sorgfältig“, teilte der Kanton Bern am Montag mit.",
      "Die Gemeinde Esch erklärte: „Der Spielplatz bleibt gesperrt.“",
      "Anna Roth wohnt seit vierzig Jahren in der Stadt Bern. „Hier kennt jeder jeden“, sagt sie.",
    ],
    expected: [
      ["Wir prüfen den Antrag sorgfältig", "der Kanton Bern"],
      ["Der Spielplatz bleibt gesperrt.", "Die Gemeinde Esch"],
      ["Hier kennt jeder jeden", "Anna Roth"],
    ],
  },
  {
    construction:
      "„…“, heißt es in einer Mitteilung des Landkreises: the body's noun in the genitive is the body " +
      "named in full before, as the article writes it",
    paragraphs: [
      "Der Landkreis Leer bittet, tote Fische nicht anzufassen. „Eine Gefahr für Menschen besteht " +
        "nicht“, heißt es in einer Mitteilung des Landkreises.",
      "Das Bundesamt für Strahlenschutz misst weiter. „Die Werte sind unauffällig“, hieß es in einer " +
        "Stellungnahme des Bundesamts.",
    ],
    expected: [
      ["Eine Gefahr für Menschen besteht nicht", "Der Landkreis Leer"],
      ["Die Werte sind unauffällig", "Das Bundesamt für Strahlenschutz"],
    ],
  },
  {
    construction:
      "„…, so X.“ am Satzende, dann ein Zitat ohne Verb: X hat gesprochen, das Zitat ist seins, nicht das " +
      "des zuvor Zitierten",
    paragraphs: [
      "Polizeisprecher Andreas Meier kennt die Masche. „Die Täter arbeiten im Team“, sagt er.",
      "Florian Huber verkauft seit 22 Jahren Lebkuchenherzen. „Früher hat man die Gauner noch erkannt“, " +
        "meint der 56-Jährige.",
      "Wertsachen gehörten in die Innentaschen, Rucksäcke nach vorne, so Meier. „Und wer angerempelt " +
        "wird, sollte sofort nach dem Geldbeutel greifen.“",
    ],
    expected: [
      ["Die Täter arbeiten im Team", "Andreas Meier"],
      ["Früher hat man die Gauner noch erkannt", "Florian Huber"],
      ["Und wer angerempelt wird, sollte sofort nach dem Geldbeutel greifen.", "Andreas Meier"],
    ],
  },
  {
    construction:
      "eine Unbenannte, dann „Die Mutter spielt die Sängerin Vorname Name“ und „sagt die 31-Jährige“: " +
      "das Alter gehört der im Absatz Genannten",
    paragraphs: [
      "Im Stück gibt es eine junge Mutter und ihren Sohn.",
      "Die Mutter spielt die Kölner Sängerin Lena Vogt, die viele aus dem Radio kennen. „Ich habe drei " +
        "Wochen geübt“, sagt die 31-Jährige.",
    ],
    expected: [["Ich habe drei Wochen geübt", "Lena Vogt"]],
  },
  {
    construction: "negativ: niemand genannt, „sagt die 64-Jährige“ ist die eben beschriebene Nachbarin",
    paragraphs: ["Eine Nachbarin schaut vom Balkon zu. „Das ist jeden Abend so“, sagt die 64-Jährige."],
    expected: [["Das ist jeden Abend so", "Eine Nachbarin"]],
  },
  {
    construction:
      "„der 74-jährige Landwirt Vorname Name“: der Artikel sagt das Geschlecht auch über das Adjektiv " +
      "hinweg, „sagt er“ ist der Landwirt, nicht der zuvor beschriebene Tierarzt",
    paragraphs: [
      "Ein Tierarzt kommt jede Woche auf den Hof.",
      "Den Hof führt der 74-jährige Landwirt Alois Brandner. „Die Kühe sind alles für mich“, sagt er.",
    ],
    expected: [["Die Kühe sind alles für mich", "Alois Brandner"]],
  },
  {
    construction:
      "Nach Angaben der X Ort gingen … „…“ vor: die Quelle endet vor dem finiten Verb des Vorfelds, der " +
      "Artikel im Kasus der Präposition gehört nicht zum Namen der Behörde; „Laut der Polizei“ ist die " +
      "eben genannte Polizeiinspektion",
    paragraphs: [
      "Nach Angaben der Polizeiinspektion Celle gingen die Täter „äußerst professionell“ vor.",
      "Laut der Polizei kamen die Diebe „gegen drei Uhr“ in die Halle.",
      "Nach Angaben des Sprechers Jan Ohl war der Knall „ohrenbetäubend“.",
      "Laut dem Landratsamt Celle bleibt die Straße „bis auf Weiteres“ gesperrt.",
    ],
    expected: [
      ["äußerst professionell", "Polizeiinspektion Celle"],
      ["gegen drei Uhr", "Polizeiinspektion Celle"],
      ["ohrenbetäubend", "Jan Ohl"],
      ["bis auf Weiteres", "Landratsamt Celle"],
    ],
  },
  {
    construction:
      "„mit der Firma GmbH“, dann „Die Firma erklärte“: der Name ohne den Artikel der Präposition; " +
      "negativ: „Die Firma GmbH baut …“ behält ihren Artikel",
    paragraphs: [
      "Die Stadt traf sich am Montag mit der Brenner Optik GmbH.",
      "Die Firma erklärte, die Verzögerung liege „nicht in ihrer Verantwortung“.",
      "Die Kessler Sensortechnik AG baut Stellen ab. Die Firma nannte den Abbau „unumgänglich“.",
    ],
    expected: [
      ["nicht in ihrer Verantwortung", "Brenner Optik GmbH"],
      ["unumgänglich", "Die Kessler Sensortechnik AG"],
    ],
  },
  {
    construction:
      "Ersterer … Letzterer: die zuvor zusammen Genannten in ihrer Reihenfolge; Letztere zählt nur die " +
      "Frauen",
    paragraphs: [
      "Bürgermeister Tom Berger traf am Montag Landrat Klaus Adler. Ersterer nannte das Gespräch „sehr " +
        "offen“. Letzterer sagte: „Wir sind weit auseinander.“",
      "Bürgermeisterin Anna Berger traf Landrat Klaus Adler und die Abgeordnete Eva Roth. „Wir brauchen " +
        "Geld“, sagte Letztere.",
    ],
    expected: [
      ["sehr offen", "Tom Berger"],
      ["Wir sind weit auseinander.", "Klaus Adler"],
      ["Wir brauchen Geld", "Eva Roth"],
    ],
  },
  {
    construction:
      "„…“, erzählt Ersterer nach zwei Männern, je in einem Satz genannt: das Paar über beide Sätze, in " +
      "Lesereihenfolge gezählt",
    paragraphs: [
      "Hans Berger, 58, hat im März vier Färsen verloren. Seinem Nachbarn Markus Holl wurde ein Zuchtbulle " +
        "gestohlen. „Wir fanden die Kadaver am Morgen“, erzählt Ersterer.",
    ],
    expected: [["Wir fanden die Kadaver am Morgen", "Hans Berger"]],
  },
  {
    construction:
      "„…“, erinnert er sich: ein nicht gelistetes Verb direkt nach dem Zitat, dann das Pronomen, ist der " +
      "Einschub; der danach genannte Mann spricht nicht",
    paragraphs: [
      "Doktorand Felix Brenner hat die Detektoren überwacht. „Manchmal habe ich nachts gestarrt“, erinnert " +
        "er sich. Der Kernchemiker Michael Sauter spricht von einer „sauberen Messung“.",
      "Die Bäuerin Eva Huber hat die Ernte eingebracht. „Das war eine harte Saison für uns alle“, freut " +
        "sie sich. Ihre Nachbarin Lena Moser spricht von einem „guten Jahr“.",
    ],
    expected: [
      ["Manchmal habe ich nachts gestarrt", "Felix Brenner"],
      ["sauberen Messung", "Michael Sauter"],
      ["Das war eine harte Saison für uns alle", "Eva Huber"],
      ["guten Jahr", "Lena Moser"],
    ],
  },
  {
    construction:
      "X, zuständig für …, verspricht Ersatz: „…“ (ein Wort des Wörterbuchs zwischen Verb und Doppelpunkt " +
      "ist das Objekt; nach Komma und Verb vor einem Komma spricht ein Name)",
    paragraphs: [
      "Gemeinderätin Katharina Zbinden, zuständig für Planung, verspricht Ersatz: „Wir suchen eine Fläche.“",
      "Der Minister Jonas Keller, seit Mai im Amt, fordert Geduld: „Wir brauchen Zeit.“",
      "Die Zecken, sagt Vollmer, seien „gefährlicher als gedacht“.",
    ],
    expected: [
      ["Wir suchen eine Fläche.", "Katharina Zbinden"],
      ["Wir brauchen Zeit.", "Jonas Keller"],
      ["gefährlicher als gedacht", "Vollmer"],
    ],
  },
  {
    construction: "Selbst sprach der Angeklagte: „…“; Warum X …, bleibt offen (kein Teil eines Namens)",
    paragraphs: [
      "Der Angeklagte Marvin S. räumte die Vorwürfe über seine Verteidigerin ein. Selbst sprach der " +
        "29-Jährige nur einmal: „Es tut mir leid.“",
      "Der Maler Konrad Lindner starb 1974. Warum Lindner nach 1945 kaum noch ausstellte, bleibt offen. " +
        "In einem Brief schreibt er, er male „nur noch für die Schublade“.",
    ],
    expected: [
      ["Es tut mir leid.", "Marvin S."],
      ["nur noch für die Schublade", "Konrad Lindner"],
    ],
  },
  {
    construction:
      "„…“, sagt ein älterer Herr neben ihr: where an unnamed person stood is no part of their description",
    paragraphs: [
      "Am Bahnsteig warten Pendler. „Zum dritten Mal in diesem Jahr“, schimpft ein älterer Herr neben " +
        "ihr, „und jedes Mal heißt es, das sei die Ausnahme.“",
      "„Das dauert alles zu lange“, sagt eine junge Frau hinter ihm.",
      "„Wir kommen trotzdem wieder“, sagte ein Händler am Montag.",
    ],
    expected: [
      ["Zum dritten Mal in diesem Jahr", "ein älterer Herr"],
      ["und jedes Mal heißt es, das sei die Ausnahme.", "ein älterer Herr"],
      ["Das dauert alles zu lange", "eine junge Frau"],
      ["Wir kommen trotzdem wieder", "ein Händler"],
    ],
  },
  {
    construction: "„…“, sagt ein Kollege von ihm (Gegenprobe): a complement's pronoun says who the person is",
    paragraphs: [
      "„Er hat nie aufgegeben“, sagt ein Kollege von ihm.",
      "„Das war knapp“, sagte ein Sprecher des Vereins am Montag.",
    ],
    expected: [
      ["Er hat nie aufgegeben", "ein Kollege von ihm"],
      ["Das war knapp", "ein Sprecher des Vereins"],
    ],
  },
  {
    construction: "Das Bundesamt für X (Bamf) …, hält das Bamf fest (an acronym of a compound's parts)",
    paragraphs: [
      "Das Bundesamt für Migration und Flüchtlinge (Bamf) hat die Zahlen veröffentlicht. In seinem " +
        "Bericht hält das Bamf fest, die Zahl der Anträge werde „weiter sinken“.",
      "Die Bundesanstalt für Finanzdienstleistungsaufsicht (Bafin) prüft den Fall. Die Bafin sprach von " +
        "„schweren Mängeln“.",
    ],
    expected: [
      ["weiter sinken", "Das Bundesamt für Migration und Flüchtlinge"],
      ["schweren Mängeln", "Die Bundesanstalt für Finanzdienstleistungsaufsicht"],
    ],
  },
  {
    construction: "Die Bafin sprach von „…“ (negative: an acronym the article never writes out stays)",
    paragraphs: ["Die Bafin sprach von „schweren Mängeln“."],
    expected: [["schweren Mängeln", "Die Bafin"]],
  },
  {
    construction:
      "des Alfred-Wegener-Instituts, then Das Alfred-Wegener-Institut (the name without its genitive)",
    paragraphs: [
      "Das Forschungsschiff des Alfred-Wegener-Instituts ist zurück.",
      "Das Alfred-Wegener-Institut sprach von einem „einzigartigen Datensatz“.",
    ],
    expected: [["einzigartigen Datensatz", "Das Alfred-Wegener-Institut"]],
  },
  {
    construction: "Die Dresdner Verkehrsbetriebe (negative: a plural name keeps its ending)",
    paragraphs: [
      "Die Dresdner Verkehrsbetriebe kündigten neue Linien an. „Wir bauen das Netz aus“, teilten die " +
        "Verkehrsbetriebe mit.",
    ],
    expected: [["Wir bauen das Netz aus", "Die Dresdner Verkehrsbetriebe"]],
  },
  {
    construction: "X hat einen Brief geschickt. „…“, heißt es darin. (the adverb after the verb)",
    paragraphs: [
      "Verteidiger Frank Seibel sprach von einer „einmaligen Entgleisung“.",
      "Der Kreisverband hatte nach dem Spiel einen Brief an alle Vereine geschickt. „Wer Schiedsrichter " +
        "angreift, greift den Sport an“, heißt es darin.",
      "Die Stadtwerke haben den Kunden im Juni ein Schreiben geschickt. „Die Preise steigen ab Juli“, " +
        "hieß es darin.",
    ],
    expected: [
      ["einmaligen Entgleisung", "Frank Seibel"],
      ["Wer Schiedsrichter angreift, greift den Sport an", "Der Kreisverband"],
      ["Die Preise steigen ab Juli", "Die Stadtwerke"],
    ],
  },
  {
    construction: "X hat Preise erhöht. „…“, hieß es darin. (negative: a sentence naming no document)",
    paragraphs: [
      "Verteidiger Frank Seibel sprach von einer „einmaligen Entgleisung“.",
      "Die Stadtwerke haben im Juni die Preise erhöht. „Die Preise steigen ab Juli“, hieß es darin.",
    ],
    expected: [
      ["einmaligen Entgleisung", "Frank Seibel"],
      ["Die Preise steigen ab Juli", "Frank Seibel"],
    ],
  },
  {
    construction:
      "X reagierte mit einer Stellungnahme. „…“, heißt es darin. (no auxiliary: the verb in second place)",
    paragraphs: [
      "Verteidiger Frank Seibel sprach von einer „einmaligen Entgleisung“.",
      "Das Innenministerium reagierte mit einer knappen Stellungnahme. „Fusionen gelingen nur mit den " +
        "Bürgern“, heißt es darin.",
      "Der Bauernverband verschickte am Montag ein Schreiben an alle Fraktionen. „Die Preise decken die " +
        "Kosten nicht“, hieß es darin.",
      "Im Juni veröffentlichte das Bundesamt für Statistik einen Bericht. „Die Zahl der Anträge sinkt“, " +
        "heißt es darin.",
    ],
    expected: [
      ["einmaligen Entgleisung", "Frank Seibel"],
      ["Fusionen gelingen nur mit den Bürgern", "Das Innenministerium"],
      ["Die Preise decken die Kosten nicht", "Der Bauernverband"],
      ["Die Zahl der Anträge sinkt", "das Bundesamt für Statistik"],
    ],
  },
  {
    construction: "X erhöhte die Preise. „…“, hieß es darin. (negative: no auxiliary, no document named)",
    paragraphs: [
      "Verteidiger Frank Seibel sprach von einer „einmaligen Entgleisung“.",
      "Die Stadtwerke erhöhten im Juni die Preise. „Die Preise steigen ab Juli“, hieß es darin.",
    ],
    expected: [
      ["einmaligen Entgleisung", "Frank Seibel"],
      ["Die Preise steigen ab Juli", "Frank Seibel"],
    ],
  },
  {
    construction:
      "X sieht das anders. In einer Stellungnahme heißt es (a statement with no author: the body before)",
    paragraphs: [
      "Verteidiger Frank Seibel sprach von einer „einmaligen Entgleisung“.",
      "Das Umweltministerium sieht das anders. In einer Stellungnahme heißt es, die Werte seien „im " +
        "grünen Bereich“.",
      "Die Stadtwerke verweisen auf die gestiegenen Kosten. „Die Preise steigen ab Juli“, hieß es in einem " +
        "kurzen Schreiben.",
    ],
    expected: [
      ["einmaligen Entgleisung", "Frank Seibel"],
      ["im grünen Bereich", "Das Umweltministerium"],
      ["Die Preise steigen ab Juli", "Die Stadtwerke"],
    ],
  },
  {
    construction:
      "Am Montag regnete es. In einer Stellungnahme hieß es (negative: no body opens the sentence before)",
    paragraphs: ["Am Montag regnete es. In einer Stellungnahme hieß es, man prüfe „alle Optionen“."],
    expected: [["alle Optionen", null]],
  },
  {
    construction: "Das Wasserstraßenamt Hamburg …, teilte die Behörde mit (a compound on -amt is a body)",
    paragraphs: [
      "Das Wasserstraßenamt Hamburg hat die Sperrung verlängert. „Die Schleuse bleibt zu“, teilte die " +
        "Behörde mit.",
      "Das Schifffahrtsamt Kiel prüft den Kanal. „Wir messen täglich“, sagte das Amt.",
    ],
    expected: [
      ["Die Schleuse bleibt zu", "Das Wasserstraßenamt Hamburg"],
      ["Wir messen täglich", "Das Schifffahrtsamt Kiel"],
    ],
  },
  {
    construction: "„…“, sagte der Beamte Jan Ott (negative: insgesamt, Beamte are no offices)",
    paragraphs: ["„Wir zahlen insgesamt zu viel“, sagte der Beamte Jan Ott."],
    expected: [["Wir zahlen insgesamt zu viel", "Jan Ott"]],
  },
  {
    construction: "Die Industrie- und Handelskammer X (a compound's head written once, the name whole)",
    paragraphs: [
      "Die Industrie- und Handelskammer Lahn-Dill hat gewarnt: „Die Betriebe finden niemanden.“",
      "„Die Lage ist ernst“, sagte ein Sprecher der Handwerks- und Gewerbekammer Trier.",
      "Das Wasserstraßen- und Schifffahrtsamt Elbe-Nordsee weist das zurück. „Die Werte schwanken“, " +
        "teilte die Behörde mit.",
    ],
    expected: [
      ["Die Betriebe finden niemanden.", "Die Industrie- und Handelskammer Lahn-Dill"],
      ["Die Lage ist ernst", "ein Sprecher der Handwerks- und Gewerbekammer Trier"],
      ["Die Werte schwanken", "Das Wasserstraßen- und Schifffahrtsamt Elbe-Nordsee"],
    ],
  },
  {
    construction: "Die Gewerkschaft Erziehung und Wissenschaft warnte (a body's fields joined by „und“)",
    paragraphs: [
      "Die Gewerkschaft Erziehung und Wissenschaft (GEW) warnte in einer Pressemitteilung vor " +
        "„Verwahranstalten mit Mittagessen“.",
      "„Die Mittel reichen nicht“, sagte ein Sprecher des Bundesministeriums für Bildung und Forschung.",
      "Das Bundesamt für Migration und Flüchtlinge sprach von einem „Rückstau“.",
    ],
    expected: [
      ["Verwahranstalten mit Mittagessen", "Die Gewerkschaft Erziehung und Wissenschaft"],
      ["Die Mittel reichen nicht", "ein Sprecher des Bundesministeriums für Bildung und Forschung"],
      ["Rückstau", "Das Bundesamt für Migration und Flüchtlinge"],
    ],
  },
  {
    construction:
      "sagte eine Sprecherin der Gewerkschaft Verdi und Pflegerin X ergänzte (negative: after a name, a " +
      "second clause)",
    paragraphs: [
      "„Wir sind erschöpft“, sagte eine Sprecherin der Gewerkschaft Verdi und Pflegerin Anna Roth " +
        "ergänzte: „Es reicht.“",
    ],
    expected: [
      ["Wir sind erschöpft", "eine Sprecherin der Gewerkschaft Verdi"],
      ["Es reicht.", "Anna Roth"],
    ],
  },
  {
    construction: "Die Rinder- und Schweinezüchter … (negative: a suspended compound names no one)",
    paragraphs: [
      "Die Rinder- und Schweinezüchter warnen. „Die Lage ist ernst“, sagte Anna Kühn, die Sprecherin.",
    ],
    expected: [["Die Lage ist ernst", "Anna Kühn"]],
  },
  {
    construction: "Das Kunstmuseum Bayreuth …, teilte das Kunstmuseum mit (a body named by its place)",
    paragraphs: [
      "Das Kunstmuseum Bayreuth zeigt neue Bilder. „Andrang wie nie“, teilte das Kunstmuseum mit.",
      "Der Filmfonds Luxemburg fördert drei Filme. „Eine Seite des Landes“, schrieb der Fonds.",
    ],
    expected: [
      ["Andrang wie nie", "das Kunstmuseum Bayreuth"],
      ["Eine Seite des Landes", "Der Filmfonds Luxemburg"],
    ],
  },
  {
    construction:
      "X Y. (41), im nächsten Absatz „…“, erzählt der Elektroniker: ein Nomen, das das Lexikon nicht " +
      "kennt, mit einem Artikel, der ein Geschlecht sagt, beschreibt den zuvor Genannten, dessen Vornamen " +
      "keine Liste kennt",
    paragraphs: [
      "Als Emre Y. (41) am Montagabend den Funkenflug bemerkte, rief er sofort die Feuerwehr.",
      "„Ich habe nur noch an die Kinder gedacht“, erzählt der Elektroniker am Tag danach.",
    ],
    expected: [["Ich habe nur noch an die Kinder gedacht", "Emre Y."]],
  },
  {
    construction:
      "Als X den Funkenflug bemerkte …, then „…“, erzählt der Monteur: a noun the lexicon knows; the " +
      "object before the verb (den Funkenflug) is no one, the one named is",
    paragraphs: [
      "Als Emre Y. (41) am Montagabend den Funkenflug bemerkte, rief er sofort die Feuerwehr.",
      "„Ich habe nur noch an die Kinder gedacht“, erzählt der Monteur am Tag danach.",
    ],
    expected: [["Ich habe nur noch an die Kinder gedacht", "Emre Y."]],
  },
  {
    construction:
      "Der 45-Jährige ist zuversichtlich: „…“ (an age noun as the subject before a colon, no speech verb)",
    paragraphs: [
      "Auf dem Hof von Karl Huber brannte in der Nacht die Scheune. Die Feuerwehr war mit 40 Leuten im " +
        "Einsatz.",
      "Der 45-Jährige ist zuversichtlich: „Bis zum Winter steht die neue Scheune.“",
    ],
    expected: [["Bis zum Winter steht die neue Scheune.", "Karl Huber"]],
  },
  {
    construction:
      "Die 45-Jährige ist zuversichtlich: „…“ (negative: no woman named, the age speaks as written)",
    paragraphs: [
      "Auf dem Hof von Karl Huber brannte in der Nacht die Scheune. Die Feuerwehr war mit 40 Leuten im " +
        "Einsatz.",
      "Die 45-Jährige ist zuversichtlich: „Bis zum Winter steht die neue Scheune.“",
    ],
    expected: [["Bis zum Winter steht die neue Scheune.", "Die 45-Jährige"]],
  },
  {
    construction: "Der 47-Jährigen fehlt …: „…“ (a dative age noun is a woman's, not the man named before)",
    paragraphs: [
      "Bürgermeister Gerhard Strohmaier verteidigt das Projekt. Ganz anders sieht das Stadträtin Martina " +
        "Kölbl.",
      "Der 47-Jährigen fehlt vor allem ein Konzept: „Wie soll der Bäcker seine Ware anliefern?“",
    ],
    expected: [["Wie soll der Bäcker seine Ware anliefern?", "Martina Kölbl"]],
  },
  {
    construction:
      "X meldete sich zu Wort. „…“, rief der 58-jährige Zimmermann (a trade noun that is a surname too, " +
      "after an age, describes the man just named)",
    paragraphs: [
      "Bürgermeister Anton Keller eröffnete die Versammlung. „Wir müssen sparen“, sagte er.",
      "Dann meldete sich Paul Brunner aus dem Oberdorf zu Wort. „Das trifft die Falschen“, rief der " +
        "58-jährige Zimmermann in den Saal.",
    ],
    expected: [
      ["Wir müssen sparen", "Anton Keller"],
      ["Das trifft die Falschen", "Paul Brunner"],
    ],
  },
  {
    construction: "„…“, rief ein 58-jähriger Zimmermann (negative: an indefinite description is someone new)",
    paragraphs: [
      "Bürgermeister Anton Keller eröffnete die Versammlung. „Wir müssen sparen“, sagte er.",
      "Dann meldete sich ein Mann aus dem Oberdorf zu Wort. „Das trifft die Falschen“, rief ein " +
        "58-jähriger Zimmermann in den Saal.",
    ],
    expected: [
      ["Wir müssen sparen", "Anton Keller"],
      ["Das trifft die Falschen", "ein 58-jähriger Zimmermann"],
    ],
  },
  {
    construction:
      "Bäckermeister X, 63, und Schreiner Y, 41, then der 63-jährige Bäcker and der 41-jährige Schreiner " +
      "(two men: the age written and the trade decide, not who was named last)",
    paragraphs: [
      "Bäckermeister Hans Roth, 63, und Schreiner Peter Vogt, 41, haben beide ihre Werkstatt verloren.",
      "„Wir fangen von vorne an“, sagt der 63-jährige Bäcker. „Ich auch“, sagt der 41-jährige Schreiner.",
    ],
    expected: [
      ["Wir fangen von vorne an", "Hans Roth"],
      ["Ich auch", "Peter Vogt"],
    ],
  },
  {
    construction:
      "Ein Monteur … „…“, erzählt der Monteur (a trade noun the lexicon knows repeats its source)",
    paragraphs: [
      "Ein Monteur war in der Halle, als Funkenflug das Dach entzündete.",
      "„Ich habe nichts gesehen“, erzählt der Monteur.",
    ],
    expected: [["Ich habe nichts gesehen", "Ein Monteur"]],
  },
  {
    construction:
      "„In einer Erklärung des Amtes“ (negativ): kein Amt genannt, es spricht als Nomen ohne Genitiv, " +
      "nicht als die Stadtwerke",
    paragraphs: [
      "Die Stadtwerke Hagen erhöhen die Preise.",
      "In einer Erklärung des Amtes hieß es, die Lage sei „ernst“.",
    ],
    expected: [["ernst", "Amt"]],
  },
  {
    construction:
      "„hieß es in einer Mitteilung der Sparkasse“: ohne früheren Namen spricht die Stelle als Nomen, " +
      "ohne den Artikel des Genitivs",
    paragraphs: [
      "Die Filiale bleibe „bis auf Weiteres geschlossen“, hieß es in einer Mitteilung der Sparkasse.",
      "Die Brücke sei „nicht mehr sicher“, heißt es in einem Schreiben der Stadtverwaltung an die Anwohner.",
    ],
    expected: [
      ["bis auf Weiteres geschlossen", "Sparkasse"],
      ["nicht mehr sicher", "Stadtverwaltung"],
    ],
  },
  {
    construction: "„nach Angaben des Verkehrsministeriums“: das Nomen im Genitiv spricht ungebeugt",
    paragraphs: [
      "Die Strecke werde „frühestens im Mai“ eröffnet, hieß es nach Angaben des Verkehrsministeriums.",
    ],
    expected: [["frühestens im Mai", "Verkehrsministerium"]],
  },
  {
    construction:
      "„teilte der Stadtrat mit“, „Die Sparkasse Celle …“ (negatives: ein Nominativ behält seinen " +
      "Artikel, ein früher genannter Name bleibt)",
    paragraphs: [
      "„Wir prüfen den Antrag“, teilte der Stadtrat am Montag mit.",
      "Der Landkreis Leer hat die Straße gesperrt. „Wir prüfen das“, heißt es in einer Mitteilung des " +
        "Landkreises.",
    ],
    expected: [
      ["Wir prüfen den Antrag", "der Stadtrat"],
      ["Wir prüfen das", "Der Landkreis Leer"],
    ],
  },
  {
    construction: "Die Studie wurde veröffentlicht. Sie stellt fest, … „…“: the pronoun is the document",
    paragraphs: [
      "Anna Roth sprach am Montag. Die Studie wurde am Dienstag veröffentlicht. Sie stellt fest, die " +
        "Lage sei „sehr ernst“.",
    ],
    expected: [["sehr ernst", "Die Studie"]],
  },
  {
    construction: "Der Bericht wurde Minister X übergeben. „…“, sagte er. (negative: a person of its gender)",
    paragraphs: [
      "Der Bericht wurde am Montag Minister Karl Huber übergeben. „Wir werden schnell handeln“, sagte er.",
    ],
    expected: [["Wir werden schnell handeln", "Karl Huber"]],
  },
  {
    construction:
      "„heißt es beim Inspektorat“ after „Das Schulinspektorat des Kreises …“: a body's noun alone is the " +
      "head of the compound a body's name was written with; negative: a noun no body named before",
    paragraphs: [
      "Das Schulinspektorat des Kreises Kronstadt meldet 31 offene Stellen. „Die Bezahlung ist zu " +
        "schlecht“, heißt es beim Inspektorat.",
      "Das Universitätsklinikum Freiburg schließt seine Ambulanz. Die Ambulanz sei „nie auf Dauer " +
        "geplant“ gewesen, hieß es vonseiten des Klinikums.",
      "Die Bühne wird von der Landesselbstverwaltung der Ungarndeutschen getragen. Die Förderung " +
        "bleibe „trotz knapper Kassen stabil“, teilte die Selbstverwaltung mit.",
      "Die Stadt baut ein Hallenbad. „Wir sind im Zeitplan“, teilte das Bauamt mit.",
    ],
    expected: [
      ["Die Bezahlung ist zu schlecht", "Das Schulinspektorat des Kreises Kronstadt"],
      ["nie auf Dauer geplant", "Das Universitätsklinikum Freiburg"],
      ["trotz knapper Kassen stabil", "Landesselbstverwaltung der Ungarndeutschen"],
      ["Wir sind im Zeitplan", "das Bauamt"],
    ],
  },
  {
    construction:
      "„Der Fahrgastverband IGEB“, „die Universitätsklinik Heidelberg“: a Verband's or a Klinik's noun " +
      "opens the name that follows it, not a kind before it; negative: a genitive of a known noun " +
      "describes (die Geschäftsführung des Unternehmens)",
    paragraphs: [
      "Der Fahrgastverband IGEB verlangt mehr Busse. „Ersatzbusse stehen im Stau“, heißt es in einer " +
        "Stellungnahme des Verbands.",
      "Die Universitätsklinik Heidelberg hat einen neuen Chef. „Wir sind gut aufgestellt“, sagte die " +
        "Klinik.",
      "Die Geschäftsführung des Unternehmens sieht das anders. „Wir bleiben am Standort“, teilte die " +
        "Geschäftsführung mit.",
    ],
    expected: [
      ["Ersatzbusse stehen im Stau", "Der Fahrgastverband IGEB"],
      ["Wir sind gut aufgestellt", "Die Universitätsklinik Heidelberg"],
      ["Wir bleiben am Standort", "die Geschäftsführung"],
    ],
  },
  {
    construction:
      "„wie das Familienunternehmen mitteilte“ after „Die Bühler Druck AG“: a compound on a reporter's " +
      "epithet for a body is a kind, the body named before; a compound on another noun names its own",
    paragraphs: [
      "Die Bühler Druck AG stellt den Druck ein. «Die Auflagen sind gesunken», teilte das " +
        "Familienunternehmen mit.",
      "Das Finanzministerium ist zuständig. „Wir prüfen den Fall“, teilte das Innenministerium mit.",
    ],
    expected: [
      ["Die Auflagen sind gesunken", "Die Bühler Druck AG"],
      ["Wir prüfen den Fall", "das Innenministerium"],
    ],
  },
  {
    construction:
      "Ein mitgereister Fan brachte es auf den Punkt: „…“ (an unnamed subject, no speech verb: not " +
      "the one named before)",
    paragraphs: [
      "Trainerin Ute Brandt war nach dem Spiel enttäuscht. „Das war zu wenig“, sagte sie.",
      "Ein mitgereister Fan brachte es nach dem Abpfiff auf den Punkt: „So steigt man nicht auf.“",
      "Betriebsrätin Heike Lanz sprach von einem schwarzen Tag für das Werk.",
      "Ein Monteur neben ihr fürchtet: „Im Sommer ist hier Schluss.“",
      "Ortsvorsteher Karl Wendt hatte zur Versammlung geladen.",
      "Ein junger Vater aus dem Neubaugebiet schüttelte den Kopf: „Das hat es früher nicht gegeben.“",
      "Eine Schülerin der 4b in Judenburg bringt es auf den Punkt: „Wir hatten vier Lehrer in einem Monat.“",
    ],
    expected: [
      ["Das war zu wenig", "Ute Brandt"],
      ["So steigt man nicht auf.", "Ein mitgereister Fan"],
      ["Im Sommer ist hier Schluss.", "Ein Monteur"],
      ["Das hat es früher nicht gegeben.", "Ein junger Vater aus dem Neubaugebiet"],
      ["Wir hatten vier Lehrer in einem Monat.", "Eine Schülerin"],
    ],
  },
  {
    construction:
      "Ein Zuschauer aus Inzell, eine Kuhglocke in der Hand, war heiser: „…“ (a verbless phrase set off " +
      "by commas between an unnamed subject and its verb; negatives: a name or a relative clause there)",
    paragraphs: [
      "Der Verein kündigte einen Empfang an. „Wir sind stolz“, schrieb der Verein.",
      "Ein Zuschauer aus Inzell, eine Kuhglocke in der Hand, war schon heiser: „So laut war es hier nie.“",
      "Bürgermeisterin Ute Pfeiffer denkt an die Parkplätze: „Hier stehen Busse.“ Eine Radfahrerin aus " +
        "Hamburg, auf dem Elberadweg unterwegs, hat das Handy gezückt: „So viele Störche habe ich " +
        "nie gesehen.“",
      "Ein Anwohner aus Bockum, Peter Lanz, schüttelt den Kopf: „Das geht zu weit.“",
      "Ein Zuschauer, der eine Kuhglocke hielt, war heiser: „Was für ein Tag.“",
    ],
    expected: [
      ["Wir sind stolz", "Der Verein"],
      ["So laut war es hier nie.", "Ein Zuschauer aus Inzell"],
      ["Hier stehen Busse.", "Ute Pfeiffer"],
      ["So viele Störche habe ich nie gesehen.", "Eine Radfahrerin aus Hamburg"],
      ["Das geht zu weit.", "Peter Lanz"],
      ["Was für ein Tag.", "Ein Zuschauer"],
    ],
  },
  {
    construction:
      "X sprach mit einem Monteur: „…“ (negative: an indefinite object, the named subject speaks)",
    paragraphs: [
      "Bürgermeister Jens Otte sprach am Tor mit einem Monteur: „Wir finden eine Lösung.“",
      "Die Schicht war gerade zu Ende. Werkleiter Bernd Kuhn nahm die Belegschaft in Schutz: „Niemand " +
        "hier hat Fehler gemacht.“",
    ],
    expected: [
      ["Wir finden eine Lösung.", "Jens Otte"],
      ["Niemand hier hat Fehler gemacht.", "Bernd Kuhn"],
    ],
  },
  {
    construction:
      "Ein Mitarbeiter am Schalter, seit elf Jahren bei der Reederei, nimmt es mit Humor. „…“, sagt er " +
      "(a phrase set off by commas between the described subject and its verb)",
    paragraphs: [
      "Inselbürgermeister Arno Tammen sprach von einer „Zumutung“. Er habe die Reederei um Vorrang für " +
        "Pendler gebeten.",
      "Ein Mitarbeiter am Schalter, seit elf Jahren bei der Reederei, nimmt es mit Humor. „Die Leute " +
        "schimpfen“, sagt er.",
      "Trainer Jan Roth sprach von einem Fehlstart.",
      "Ein Zuschauer auf der Tribüne, mit Schal und Mütze, schüttelt den Kopf. „So wird das nichts“, " +
        "sagt er.",
    ],
    expected: [
      ["Zumutung", "Arno Tammen"],
      ["Die Leute schimpfen", "Ein Mitarbeiter am Schalter"],
      ["So wird das nichts", "Ein Zuschauer auf der Tribüne"],
    ],
  },
  {
    construction:
      "X sprach mit einem Zuschauer auf der Tribüne, mit Schal … „…“, sagt er (negative: the object)",
    paragraphs: [
      "Trainer Jan Roth sprach nach dem Spiel mit einem Zuschauer auf der Tribüne, mit Schal und Mütze. " +
        "„So wird das nichts“, sagt er.",
    ],
    expected: [["So wird das nichts", "Jan Roth"]],
  },
  {
    construction: "X fürchtet „…“ (fürchten introduces words as befürchten does)",
    paragraphs: [
      "Petra Kemper montiert seit 22 Jahren Arbeitsplatten.",
      "Der Betriebsratsvorsitzende Jan Ott fürchtet „eine Hängepartie bis zum Sommer“.",
      "Ein Monteur fürchtet, „dass hier im Herbst das Licht ausgeht“.",
    ],
    expected: [
      ["eine Hängepartie bis zum Sommer", "Jan Ott"],
      ["dass hier im Herbst das Licht ausgeht", "Ein Monteur"],
    ],
  },
  {
    construction:
      "heisst es in der Botschaft des Gemeinderats / im Bericht des DAV: die Stelle ohne Genitiv " +
      "(negatives: ein Nominativ behält seinen Artikel, ein Adjektiv seine Form)",
    paragraphs: [
      "«Die Strasse ist zu schmal», heisst es in der Botschaft des Gemeinderats.",
      "Im Jahresbericht des Gemeinderates heißt es, die Lage sei „ernst“.",
      "„Alle Gletscher sind geschrumpft“, heißt es im Jahresbericht des DAV.",
      "„Wir prüfen den Antrag“, sagte der Gemeinderat am Montag.",
      "„Es wird stürmisch“, heißt es in einer Mitteilung des Deutschen Wetterdienstes.",
    ],
    expected: [
      ["Die Strasse ist zu schmal", "Gemeinderat"],
      ["ernst", "Gemeinderat"],
      ["Alle Gletscher sind geschrumpft", "DAV"],
      ["Wir prüfen den Antrag", "der Gemeinderat"],
      ["Es wird stürmisch", "des Deutschen Wetterdienstes"],
    ],
  },
  {
    construction:
      "sagte Hotelier X Y, Pflegekoordinatorin X Y: Beruf vor dem Namen, auch auf -ator zu einem " +
      "Verb auf -ieren (negatives: drei Wörter eines Namens, ein Nachname, der ein Nomen ist)",
    paragraphs: [
      "«Das ist das falsche Signal», sagte Hotelier Ueli Brawand.",
      "Pflegekoordinatorin Evi Gasser räumt ein: „Die Kommunikation ist unsere größte Baustelle.“",
      "Projektkoordinator Jonas Amrein sagte: „Wir sind bereit.“",
      "„Es gilt für alle“, sagte Anna Maria Hotz.",
      "„Wir warten ab“, sagte Richter Martin Eberle.",
    ],
    expected: [
      ["Das ist das falsche Signal", "Ueli Brawand"],
      ["Die Kommunikation ist unsere größte Baustelle.", "Evi Gasser"],
      ["Wir sind bereit.", "Jonas Amrein"],
      ["Es gilt für alle", "Anna Maria Hotz"],
      ["Wir warten ab", "Martin Eberle"],
    ],
  },
  {
    construction:
      "erklärt der gebürtige Nürnberger (a town's inhabitant after an adjective: the man just named)",
    paragraphs: [
      "Erstautor der Studie ist Mehmet Yıldız, Doktorand in Leupolds Arbeitsgruppe. „Der Trick ist " +
        "ein Lösungsmittel auf Wasserbasis“, erklärt der gebürtige Nürnberger.",
    ],
    expected: [["Der Trick ist ein Lösungsmittel auf Wasserbasis", "Mehmet Yıldız"]],
  },
  {
    construction: "sagt die gebürtige Zürcherin (the inhabitant's feminine noun: the woman just named)",
    paragraphs: [
      "Die Studie leitet die Physikerin Anna Weber. „Wir haben drei Jahre daran gearbeitet“, sagt die " +
        "gebürtige Zürcherin.",
    ],
    expected: [["Wir haben drei Jahre daran gearbeitet", "Anna Weber"]],
  },
  {
    construction: "X und ihr Kollege Y … sagt der gebürtige Kölner (of two named, the one whose gender fits)",
    paragraphs: [
      "Im Labor arbeiten Anna Weber und ihr Kollege Jonas Brandt seit drei Jahren zusammen. „Das " +
        "Verfahren ist billig“, sagt der gebürtige Kölner.",
    ],
    expected: [["Das Verfahren ist billig", "Jonas Brandt"]],
  },
  {
    construction: "a body named, then „…“, sagt der gebürtige Nürnberger (negative: no one fits, as written)",
    paragraphs: [
      "Die Stadt Erlangen hat das Projekt mit zwei Millionen Euro gefördert. „Ohne das Geld ginge es " +
        "nicht“, sagt der gebürtige Nürnberger.",
    ],
    expected: [["Ohne das Geld ginge es nicht", "der gebürtige Nürnberger"]],
  },
  {
    construction: "teilte der Hamburger SV mit (negative: a place's adjective opening a body's name)",
    paragraphs: [
      "Nach dem Spiel meldete sich der Verein zu Wort. „Wir prüfen den Vorfall“, teilte der " +
        "Hamburger SV mit.",
    ],
    expected: [["Wir prüfen den Vorfall", "der Hamburger SV"]],
  },
  {
    construction: "X, 74, und ihre Nachbarin Y, 39 … seufzt die Rentnerin (a retiree: the one old enough)",
    paragraphs: [
      "Am Bahnsteig warten Helga Brandl, 74, und ihre Nachbarin Sabine Ott, 39. „Ich hätte gestern zum " +
        "Arzt müssen“, seufzt die Rentnerin.",
    ],
    expected: [["Ich hätte gestern zum Arzt müssen", "Helga Brandl"]],
  },
  {
    construction: "sagt Romain Thill (a listed first name the dictionary reads as a noun, before a surname)",
    paragraphs: [
      "Im Café sitzen zwei Landwirte. „Kleine Gemeinden bekommen kaum noch etwas“, sagt Romain Thill, der " +
        "mit Ja gestimmt hat.",
      "Romain Weber sieht das anders: „Wir haben zu lange gewartet.“",
      "„Das kostet uns Kunden“, sagt Landwirt Romain Kieffer.",
    ],
    expected: [
      ["Kleine Gemeinden bekommen kaum noch etwas", "Romain Thill"],
      ["Wir haben zu lange gewartet.", "Romain Weber"],
      ["Das kostet uns Kunden", "Romain Kieffer"],
    ],
  },
  {
    construction: "sagte Ortsvorsteher Thill (negative: a noun no first name before a surname stays out)",
    paragraphs: ["„Kleine Gemeinden bekommen kaum noch etwas“, sagte Ortsvorsteher Thill."],
    expected: [["Kleine Gemeinden bekommen kaum noch etwas", "Thill"]],
  },
  {
    construction:
      "der Kassenärztlichen Vereinigung (KV) … teilte die KV mit (a feminine body's adjectives, declined " +
      "after a genitive or dative article, in the nominative)",
    paragraphs: [
      "Die Entscheidung der Kassenärztlichen Vereinigung Rheinland-Pfalz (KV) ist gefallen. „Die Nächte " +
        "werden zentral abgedeckt“, teilte die KV mit.",
      "Die Kritik der Europäischen Kommission (EK) war deutlich. „Wir erwarten Nachbesserungen“, sagte " +
        "die EK.",
      "Mit der Staatlichen Schulberatung (SSB) hat die Stadt einen Vertrag. „Die Gespräche laufen gut“, " +
        "teilte die SSB mit.",
    ],
    expected: [
      ["Die Nächte werden zentral abgedeckt", "die Kassenärztliche Vereinigung Rheinland-Pfalz"],
      ["Wir erwarten Nachbesserungen", "die Europäische Kommission"],
      ["Die Gespräche laufen gut", "die Staatliche Schulberatung"],
    ],
  },
  {
    construction:
      "der Vereinten Nationen (VN), Der Bayerische Rundfunk (BR) (negative: a plural's and a nominative's " +
      "adjectives stay as written)",
    paragraphs: [
      "Nach Angaben der Vereinten Nationen (VN) ist die Lage ernst. „Es fehlt an Wasser“, teilte die VN mit.",
      "Der Bayerische Rundfunk (BR) hat reagiert. „Wir prüfen den Fall“, teilte der BR mit.",
    ],
    expected: [
      ["Es fehlt an Wasser", "die Vereinten Nationen"],
      ["Wir prüfen den Fall", "Der Bayerische Rundfunk"],
    ],
  },
  {
    construction:
      "In einem Bericht der Nationalparkverwaltung heißt es (a masculine or neuter document's author " +
      "speaks, not the document)",
    paragraphs: [
      "In einem Bericht der Nationalparkverwaltung, der im Prozess verlesen wurde, heißt es, die Gruppe " +
        "sei in einen Bereich geführt worden, „der als Erstes überflutet wird“.",
      "In einem Gutachten des Landesamts heißt es: „Die Brücke ist nicht mehr sicher.“",
      "In dem Schreiben des Finanzamts hieß es, man sei „sehr zuversichtlich“.",
    ],
    expected: [
      ["der als Erstes überflutet wird", "Nationalparkverwaltung"],
      ["Die Brücke ist nicht mehr sicher.", "Landesamt"],
      ["sehr zuversichtlich", "Finanzamt"],
    ],
  },
  {
    construction: "In einem Bericht heißt es, Am Montag hieß es (negative: no author, no one named)",
    paragraphs: [
      "In einem Bericht heißt es: „Die Brücke ist nicht mehr sicher.“",
      "Am Montag hieß es: „Die Brücke ist nicht mehr sicher.“",
    ],
    expected: [
      ["Die Brücke ist nicht mehr sicher.", null],
      ["Die Brücke ist nicht mehr sicher.", null],
    ],
  },
  {
    construction:
      "Seine Zulassung als Wattführer war … „…“, sagte sie (a thing's noun heads the subject: no one " +
      "the pronoun may mean)",
    paragraphs: [
      "Anna Berg sagte als Zeugin aus. Seine Zulassung als Wattführer war da schon abgelaufen. „Das " +
        "Wasser stand mir bis zur Brust“, schilderte sie.",
      "Die Klägerin Eva Roth ist Lehrerin. Die Stelle als Schulleiterin hatte man ihr verweigert. „Das " +
        "war ungerecht“, sagte sie.",
    ],
    expected: [
      ["Das Wasser stand mir bis zur Brust", "Anna Berg"],
      ["Das war ungerecht", "Eva Roth"],
    ],
  },
  {
    construction: "Die Berliner Anwältin kam zu spät (negative: a place's adjective before the person noun)",
    paragraphs: [
      "Vor dem Saal warteten viele. Die Berliner Anwältin kam zu spät. „Es tut mir leid“, sagte sie.",
    ],
    expected: [["Es tut mir leid", "Die Berliner Anwältin"]],
  },
  {
    construction:
      "„räumte der 52-Jährige ein“ zwei Absätze nach „Jens Petersen (52)“, eine Staatsanwältin dazwischen: " +
      "der mit dem geschriebenen Alter",
    paragraphs: [
      "Das Amtsgericht verhandelte am Montag gegen Jens Petersen (52) aus Husum.",
      "„Das war ein organisiertes System“, sagte Staatsanwältin Anke Brandt.",
      "„Ich habe die Tide falsch gelesen“, räumte der 52-Jährige ein.",
    ],
    expected: [
      ["Das war ein organisiertes System", "Anke Brandt"],
      ["Ich habe die Tide falsch gelesen", "Jens Petersen"],
    ],
  },
  {
    construction: "„räumte der 52-Jährige ein“ nach zwei Männern mit 52 (negativ): die Beschreibung bleibt",
    paragraphs: [
      "Das Amtsgericht verhandelte am Montag gegen Jens Petersen (52) und Uwe Karst (52).",
      "„Das war ein organisiertes System“, sagte Staatsanwältin Anke Brandt.",
      "„Ich habe die Tide falsch gelesen“, räumte der 52-Jährige ein.",
    ],
    expected: [
      ["Das war ein organisiertes System", "Anke Brandt"],
      ["Ich habe die Tide falsch gelesen", "der 52-Jährige"],
    ],
  },
  {
    construction:
      "„Eine Witwe spricht von „…““ im Vorspann, das Wort im Zitat einer im Text Genannten: die Genannte",
    paragraphs: [
      ["standfirst", "Unbekannte haben Gräber geplündert. Eine Witwe spricht von „Leichenfledderei“."],
      "Als Gisela Brinkhoff am Samstag das Grab ihres Mannes besuchte, fehlte die Laterne. „Das ist für " +
        "mich Leichenfledderei, nichts anderes“, sagt die 79-Jährige.",
    ],
    expected: [
      ["Leichenfledderei", "Gisela Brinkhoff"],
      ["Das ist für mich Leichenfledderei, nichts anderes", "Gisela Brinkhoff"],
    ],
  },
  {
    construction: "„Sein Trainer spricht von einem „…““ im Vorspann, das Wort im Zitat des Trainers: er",
    paragraphs: [
      ["standfirst", "Weiden gewinnt das Derby. Sein Trainer spricht von einem „Arbeitssieg“."],
      "„Das war ein Arbeitssieg, nicht schön, aber wir nehmen die Punkte mit“, sagte Trainer Sebastian " +
        "Buchner.",
    ],
    expected: [
      ["Arbeitssieg", "Sebastian Buchner"],
      ["Das war ein Arbeitssieg, nicht schön, aber wir nehmen die Punkte mit", "Sebastian Buchner"],
    ],
  },
  {
    construction:
      "„Sein Trainer spricht von einem „…““ im Vorspann, das Wort in zwei Zitaten zweier Männer (negativ)",
    paragraphs: [
      ["standfirst", "Weiden gewinnt das Derby. Sein Trainer spricht von einem „Arbeitssieg“."],
      "„Das war ein Arbeitssieg“, sagte Kapitän Tobias Ertl.",
      "„Ein Arbeitssieg, mehr nicht“, meinte Verteidiger Jan Novák.",
    ],
    expected: [
      ["Arbeitssieg", "Sein Trainer"],
      ["Das war ein Arbeitssieg", "Tobias Ertl"],
      ["Ein Arbeitssieg, mehr nicht", "Jan Novák"],
    ],
  },
  {
    construction:
      "„…“, sagen die Anwohner (die before a masculine person noun, or a feminine one inflected, is a " +
      "group: never the woman named before; „sie“ may stand for it)",
    paragraphs: [
      "„Die Wolken sind heller geworden“, sagt die Physikerin Katrin Lübbe.",
      "Am Ufer ist man skeptisch. „Das glauben wir erst, wenn wir es sehen“, sagen die Anwohner.",
      "Die Studie ist jetzt erschienen. „Der Trend ist eindeutig“, schreiben die Autorinnen und Autoren.",
      "Vor der Halle stand Vera Koller. „Wir bleiben hier“, riefen die Mitarbeiter.",
      "„Wir waren es nicht“, sagten die Verdächtigen.",
      "Die Forscher empfehlen mehr Hecken. Blühstreifen sollten „gezielt angelegt werden“, schreiben sie.",
    ],
    expected: [
      ["Die Wolken sind heller geworden", "Katrin Lübbe"],
      ["Das glauben wir erst, wenn wir es sehen", "die Anwohner"],
      ["Der Trend ist eindeutig", "die Autorinnen und Autoren"],
      ["Wir bleiben hier", "die Mitarbeiter"],
      ["Wir waren es nicht", "die Verdächtigen"],
      ["gezielt angelegt werden", "Die Forscher"],
    ],
  },
  {
    construction:
      "negative: „…“, sagt die Physikerin (die before a feminine person noun as written is one woman, " +
      "the one named before)",
    paragraphs: [
      "Katrin Lübbe leitet die Gruppe seit 1994. „Die Wolken sind heller geworden“, sagt die Physikerin.",
    ],
    expected: [["Die Wolken sind heller geworden", "Katrin Lübbe"]],
  },
  {
    construction:
      "in der Fachzeitschrift „Journal of Geophysical Research“ (capitalised words inside a title's " +
      "marks name no one the authors' words may go to)",
    paragraphs: [
      "Die Auswertung ist in der Fachzeitschrift „Journal of Geophysical Research: Atmospheres“ " +
        "erschienen. „Die Wolken sind heller geworden“, schreiben die Autoren.",
      "Die Studie steht im Fachblatt „Nature Climate Change“. „Der Trend ist eindeutig“, schreiben " +
        "die Forscher.",
    ],
    expected: [
      ["Die Wolken sind heller geworden", "die Autoren"],
      ["Der Trend ist eindeutig", "die Forscher"],
    ],
  },
  {
    construction:
      "negative: In seinem Buch „Die stille Stadt“ erzählt X (a name after a title's closing mark is " +
      "the speaker)",
    paragraphs: [
      "In seinem Buch „Die stille Stadt“ erzählt Peter Maier von seiner Kindheit: „Wir hatten nichts.“",
    ],
    expected: [["Wir hatten nichts.", "Peter Maier"]],
  },
  {
    construction:
      "heißt es in einem Schreiben des Regierungskommissariats in Bozen (a body in a document's " +
      "genitive speaks by its name as a subject has it, the words of its name kept)",
    paragraphs: [
      "„Ein Sicherheitskonzept ist vorgeschrieben“, heißt es in einem Schreiben des " +
        "Regierungskommissariats in Bozen.",
      "„Die Grenzwerte wurden eingehalten“, heißt es in einem Bericht des Landesamts für Umwelt.",
      "In einem Aushang der Geschäftsführung heißt es: „Ein Tarifvertrag würde den Standort gefährden.“",
    ],
    expected: [
      ["Ein Sicherheitskonzept ist vorgeschrieben", "Regierungskommissariat in Bozen"],
      ["Die Grenzwerte wurden eingehalten", "Landesamt für Umwelt"],
      ["Ein Tarifvertrag würde den Standort gefährden.", "Geschäftsführung"],
    ],
  },
  {
    construction:
      "negative: teilte das Landratsamt Ebersberg mit (a body named as the subject keeps its article as " +
      "written; a person in a document's genitive is the person)",
    paragraphs: [
      "„Die Straße bleibt gesperrt“, teilte das Landratsamt Ebersberg mit.",
      "„Das ist unzulässig“, heißt es in einem Schreiben des Anwalts Peter Maier.",
    ],
    expected: [
      ["Die Straße bleibt gesperrt", "das Landratsamt Ebersberg"],
      ["Das ist unzulässig", "Peter Maier"],
    ],
  },
  {
    construction:
      "Laut IG Metall (an acronym right before a capitalised word with no title between opens a body's " +
      "name, not a person's affiliation)",
    paragraphs: [
      "Laut IG Metall hat der Käufer eine Beschäftigungsgarantie „bis Ende 2027“ zugesagt.",
      "Nach Angaben von ADAC Nordbayern sind die Autobahnen „so voll wie nie“.",
      "„Die Kassen sind leer“, warnte DGB Bayern am Montag.",
    ],
    expected: [
      ["bis Ende 2027", "IG Metall"],
      ["so voll wie nie", "ADAC Nordbayern"],
      ["Die Kassen sind leer", "DGB Bayern"],
    ],
  },
  {
    construction:
      "negative: sagte SPD-Chef Lars Klingbeil, laut FDP-Politikerin Anna Frei (an acronym before a title " +
      "or a person's noun is the person's party: the person speaks)",
    paragraphs: [
      "„Das ist ein schwarzer Tag“, sagte SPD-Chef Lars Klingbeil.",
      "Laut FDP-Politikerin Anna Frei ist der Haushalt „auf Kante genäht“.",
      "„Wir bleiben hart“, sagte die IG-Metall-Chefin Christiane Benner.",
    ],
    expected: [
      ["Das ist ein schwarzer Tag", "Lars Klingbeil"],
      ["auf Kante genäht", "Anna Frei"],
      ["Wir bleiben hart", "Christiane Benner"],
    ],
  },
  {
    construction:
      "negative: CEO Reto Frommelt betonte, sagte CFO Jana Wirz (an office written as an acronym before a " +
      "name is the person's title: the person speaks)",
    paragraphs: [
      "CEO Reto Frommelt betonte, man habe den Entscheid „nicht leichtfertig“ getroffen.",
      "„Die Zahlen sind solide“, sagte CFO Jana Wirz.",
    ],
    expected: [
      ["nicht leichtfertig", "Reto Frommelt"],
      ["Die Zahlen sind solide", "Jana Wirz"],
    ],
  },
  {
    construction:
      "standfirst „…“, hatte eine Kantonsrätin vor dem Ring gerufen, the body naming her by that office " +
      "(a preposition of where someone spoke ends their description: `vor`, `hinter`, `neben`)",
    paragraphs: [
      ["headline", "Landsgemeinde sagt Nein zum Stimmrechtsalter 16"],
      [
        "standfirst",
        "«Die Jungen sind nicht weniger reif als wir», hatte eine Kantonsrätin vor dem Ring gerufen.",
      ],
      "Kantonsrätin Andrea Inauen aus Oberegg hatte das Anliegen vertreten. «Wir haben es gewusst.»",
    ],
    expected: [
      ["Die Jungen sind nicht weniger reif als wir", "Andrea Inauen"],
      ["Wir haben es gewusst.", "Andrea Inauen"],
    ],
  },
  {
    construction:
      "„…“, sagte der Zeuge vor Gericht, rief eine Rednerin vor der Menge (where someone spoke is no part " +
      "of their description)",
    paragraphs: [
      "«Ich war es nicht», sagte ein Zeuge vor Gericht.",
      "«Wir sind bereit», rief eine Rednerin vor der Menge.",
      "«Das ist zu laut», sagte eine Anwohnerin hinter ihrem Zaun.",
    ],
    expected: [
      ["Ich war es nicht", "ein Zeuge"],
      ["Wir sind bereit", "eine Rednerin"],
      ["Das ist zu laut", "eine Anwohnerin"],
    ],
  },
  {
    construction:
      "Zwanzig Hände schnellen nach oben (a number written out opening a sentence is a determiner, " +
      "not a name), then „…“, sagt die 56-Jährige for the woman named before",
    paragraphs: [
      "„Wo veel sünd dat?“, fragt Heike Brammer und hält drei Äpfel hoch. Zwanzig Hände schnellen nach " +
        "oben. Zwölf Stühle bleiben leer.",
      "„Die Kinder lernen schneller, als ich gedacht habe“, sagt die 56-Jährige.",
    ],
    expected: [
      ["Wo veel sünd dat?", "Heike Brammer"],
      ["Die Kinder lernen schneller, als ich gedacht habe", "Heike Brammer"],
    ],
  },
  {
    construction:
      "lebte Wehrle von Handfegern, then ihr Vater Konrad Wehrle (a surname alone before `von` is no " +
      "noble name: that follows a given name or a rank, Otto von Bismarck, Freiherr von Stein)",
    paragraphs: [
      "Bis vor zehn Jahren lebte Wehrle von Handfegern, Besen und Spülbürsten. »Wir haben draufgezahlt«, " +
        "erinnert sich ihr Vater Konrad Wehrle.",
      "»Ich sehe das so«, sagte Otto von Bismarck.",
      "»Das bleibt«, sagte Freiherr von Stein.",
      "»Wir warten ab«, sagte Eckart von Hirschhausen.",
    ],
    expected: [
      ["Wir haben draufgezahlt", "Konrad Wehrle"],
      ["Ich sehe das so", "Otto von Bismarck"],
      ["Das bleibt", "Freiherr von Stein"],
      ["Wir warten ab", "Eckart von Hirschhausen"],
    ],
  },
  {
    construction:
      "standfirst Der 23-Jährige vom K.S.C. … „…“, gibt er zu, the body's first paragraph naming one man " +
      "(a head's description by age is the one person the body opens on)",
    paragraphs: [
      ["headline", "Kitzbüheler fährt auf der Streif in die Top 15"],
      [
        "standfirst",
        "Der 23-Jährige vom K.S.C. holt beim Heimrennen seine ersten Punkte. „Am Start hab ich gezittert“, " +
          "gibt er zu.",
      ],
      "Kitzbühel – Als Fabian Hechenberger über die letzte Kuppe sprang, war der Lärm ohrenbetäubend.",
    ],
    expected: [["Am Start hab ich gezittert", "Fabian Hechenberger"]],
  },
  {
    construction:
      "negative: standfirst Die 23-Jährige … „…“, sagt sie, the body opening on a man (the description's " +
      "gender does not fit him)",
    paragraphs: [
      ["headline", "Unfall auf der B27"],
      ["standfirst", "Die 23-Jährige aus Tübingen überlebte schwer verletzt. „Ich hatte Glück“, sagt sie."],
      "Tübingen – Als Markus Roth den Wagen sah, war es zu spät.",
    ],
    expected: [["Ich hatte Glück", "Die 23-Jährige aus Tübingen"]],
  },
  {
    construction: "negative: standfirst Der 23-Jährige … „…“, sagt er, the body opening on a man of 45",
    paragraphs: [
      ["headline", "Unfall auf der B27"],
      ["standfirst", "Der 23-Jährige aus Tübingen überlebte. „Ich hatte Glück“, sagt er."],
      "Tübingen – Als Markus Roth, 45, den Wagen sah, war es zu spät.",
    ],
    expected: [["Ich hatte Glück", "Der 23-Jährige aus Tübingen"]],
  },
  {
    construction: "negative: standfirst Der 23-Jährige … „…“, sagt er, the body opening on two men",
    paragraphs: [
      ["headline", "Unfall auf der B27"],
      ["standfirst", "Der 23-Jährige aus Tübingen überlebte. „Ich hatte Glück“, sagt er."],
      "Tübingen – Als Markus Roth den Wagen von Jonas Weber sah, war es zu spät.",
    ],
    expected: [["Ich hatte Glück", "Der 23-Jährige aus Tübingen"]],
  },
  {
    construction:
      "Nach Zählung der Gewerkschaft kamen „…“, Nach Schätzung der Polizei waren „…“ (a body's count or " +
      "estimate is its words, as after „nach Angaben“)",
    paragraphs: [
      "Nach Zählung der Gewerkschaft kamen „mehr als 5000 Beschäftigte“ zur Kundgebung.",
      "Nach Schätzung der Polizei waren „weit über 10.000 Menschen“ auf der Straße.",
    ],
    expected: [
      ["mehr als 5000 Beschäftigte", "Gewerkschaft"],
      ["weit über 10.000 Menschen", "Polizei"],
    ],
  },
  {
    construction:
      "erzählt Polisseurin X Y (a trade's French ending, -eur/-eurin, before a full name: the office)",
    paragraphs: [
      "„Wir haben schon Bewerbungen geschrieben“, erzählt Polisseurin Marija Kovačević, die seit " +
        "Jahren hier ist.",
      "„Die Maschinen laufen wieder“, sagt Graveur Milan Berisha.",
    ],
    expected: [
      ["Wir haben schon Bewerbungen geschrieben", "Marija Kovačević"],
      ["Die Maschinen laufen wieder", "Milan Berisha"],
    ],
  },
  {
    construction: "sagte SVP-Kantonsrat X Y, ÖVP-Mandatar X Y (a party's acronym compounded with an office)",
    paragraphs: [
      "«Jeder Franken zählt», sagte SVP-Kantonsrat Peter Imfeld aus Lungern.",
      "„Das geht so nicht“, sagte ÖVP-Mandatar Johann Brugger.",
      "«Wir warten ab», sagte Kantonsrätin Vreni Odermatt.",
    ],
    expected: [
      ["Jeder Franken zählt", "Peter Imfeld"],
      ["Das geht so nicht", "Johann Brugger"],
      ["Wir warten ab", "Vreni Odermatt"],
    ],
  },
  {
    construction:
      "lachte der 22-jährige Villacher (an age, a town's inhabitant the dictionary lacks: the man named)",
    paragraphs: [
      "Verteidiger Lukas Moser hatte eiskalt abgeschlossen. „Ich hab einfach abgedrückt“, lachte der " +
        "22-jährige Villacher danach.",
      "Im Tor stand Anna Pichler. „Wir haben es geschafft“, sagte die 25-jährige Welserin.",
    ],
    expected: [
      ["Ich hab einfach abgedrückt", "Lukas Moser"],
      ["Wir haben es geschafft", "Anna Pichler"],
    ],
  },
  {
    construction:
      "a body named, then „…“, sagte der 25-jährige Villacher (negative: no one fits, as written)",
    paragraphs: ["Die Stadt hat gebaut. „Wir haben es geschafft“, sagte der 25-jährige Villacher."],
    expected: [["Wir haben es geschafft", "der 25-jährige Villacher"]],
  },
  {
    construction: "Laut X finden „…“ (a source phrase before a verb of opinion: the source, without „Laut“)",
    paragraphs: [
      "Laut Handwerkskammer Region Stuttgart finden „mehr als ein Drittel der Inhaber“ keinen Nachfolger.",
      "Laut Ärztekammer Nordrhein meinen „fast alle Hausärzte“, dass es so nicht weitergeht.",
    ],
    expected: [
      ["mehr als ein Drittel der Inhaber", "Handwerkskammer Region Stuttgart"],
      ["fast alle Hausärzte", "Ärztekammer Nordrhein"],
    ],
  },
  {
    construction: "klagt Josef Kurz (a surname the lexicon lists as an adverb, after a given name)",
    paragraphs: [
      "„Die Käfer halten sich nicht an die Grenze“, klagt Josef Kurz, der in Schönau wohnt.",
      "„Wir bleiben dabei“, sagte Sebastian Kurz am Montag.",
    ],
    expected: [
      ["Die Käfer halten sich nicht an die Grenze", "Josef Kurz"],
      ["Wir bleiben dabei", "Sebastian Kurz"],
    ],
  },
  {
    construction: "Die ICE Hockey League sprach von einem „…“ (an acronym, a noun, a name: one body's name)",
    paragraphs: [
      "Die ICE Hockey League sprach in einer Aussendung von einem „Werbespot für das Eishockey“.",
      "Ein Dauerkartenbesitzer aus Landskron hatte nur einen Wunsch: „Jetzt bitte genau so im Play-off.“",
    ],
    expected: [
      ["Werbespot für das Eishockey", "ICE Hockey League"],
      ["Jetzt bitte genau so im Play-off.", "Ein Dauerkartenbesitzer aus Landskron"],
    ],
  },
  {
    construction: "hat „Lernzeit“, so nennt das Land den Tag (a term a naming clause explains: no quote)",
    paragraphs: [
      "Lena Bösel klappt ihren Laptop auf. Die 13-Jährige hat heute „Lernzeit“, so nennt das Land den " +
        "Tag, an dem die Schüler zu Hause lernen. „Am Anfang fand ich das cool“, sagt sie.",
    ],
    expected: [["Am Anfang fand ich das cool", "Lena Bösel"]],
  },
  {
    construction:
      "„…“, sagt der Vereinsvorsitzende (negativ): zwei Vorsitzende zweier Vereine, das Kompositum " +
      "entscheidet nicht",
    paragraphs: [
      ["standfirst", "Die Lauben sind aufgebrochen. „Die nehmen alles mit“, sagt der Vereinsvorsitzende."],
      "„Dreimal waren sie bei mir“, sagt Horst Kaminski, Vorsitzender des Kleingartenvereins.",
      "„Bei uns auch“, sagt Jens Meyer, Vorsitzender des Sportvereins.",
    ],
    expected: [
      ["Die nehmen alles mit", "der Vereinsvorsitzende"],
      ["Dreimal waren sie bei mir", "Horst Kaminski"],
      ["Bei uns auch", "Jens Meyer"],
    ],
  },
  {
    construction:
      "„…“, ärgerte sich Trainer X, freute sich die Y (a reflexive pronoun after the incise's verb is the " +
      "verb's; its subject follows)",
    paragraphs: [
      "„Wir haben aufgehört, Eishockey zu spielen“, ärgerte sich Trainer Thomas Wernig. Kapitän Stefan " +
        "Kogler wollte davon nichts wissen: „Wir haben nicht aufgehört.“",
      "„Wir haben so lange auf diesen Sieg gewartet“, freute sich Bürgermeisterin Anke Roth.",
      "„Das hätte ich nie gedacht“, wundert sich eine Anwohnerin.",
    ],
    expected: [
      ["Wir haben aufgehört, Eishockey zu spielen", "Thomas Wernig"],
      ["Wir haben nicht aufgehört.", "Stefan Kogler"],
      ["Wir haben so lange auf diesen Sieg gewartet", "Anke Roth"],
      ["Das hätte ich nie gedacht", "eine Anwohnerin"],
    ],
  },
  {
    construction:
      "Waldbesitzer fordern … im Vorspann: ein Kompositum auf „-besitzer“ ist ein Personennomen, kein Name",
    paragraphs: [
      [
        "standfirst",
        "Grundbesitzer fordern, endlich einzugreifen. „Der Wald hilft sich selbst“, hält die " +
          "Försterin dagegen.",
      ],
    ],
    expected: [["Der Wald hilft sich selbst", "die Försterin"]],
  },
  {
    construction:
      "X begründete das mit dem „…“ (a justification in the speaker's words, after a quote of someone else)",
    paragraphs: [
      "Sabine Möller-Hahn pendelt seit Jahren. „Wir werden abgehängt“, sagt sie.",
      "Die Bahn hält seltener. Eine Bahnsprecherin begründete das mit dem „Ausbau der schnellen " +
        "Verbindung zwischen Frankfurt und Berlin“.",
      "Der Minister begründete den Schritt mit „erheblichen Sicherheitsbedenken“.",
    ],
    expected: [
      ["Wir werden abgehängt", "Sabine Möller-Hahn"],
      ["Ausbau der schnellen Verbindung zwischen Frankfurt und Berlin", "Eine Bahnsprecherin"],
      ["erheblichen Sicherheitsbedenken", "Der Minister"],
    ],
  },
  {
    construction: "K.S.C.-Präsident X tröstete: „…“ (a dotted abbreviation opening an office's compound)",
    paragraphs: [
      "„Ich war zu spät dran“, ärgerte sich Simon Rieser. K.S.C.-Präsident Georg Aufschnaiter " +
        "tröstete: „Der Simon kommt wieder.“",
    ],
    expected: [
      ["Ich war zu spät dran", "Simon Rieser"],
      ["Der Simon kommt wieder.", "Georg Aufschnaiter"],
    ],
  },
  {
    construction:
      "Eine Wanderin aus Salzburg, die …, sieht es so: (an unnamed person's place or group after the " +
      "noun describes them; not a setting, a time, a count of children)",
    paragraphs: [
      "Eine Wanderin aus Salzburg, die am Ufer Rast macht, sieht es pragmatisch: „Schön ist es nicht.“",
      "Ein Bergführer aus Grainau erlebt die Folgen am Grat: „Man hört es nachts poltern.“",
      "„Jetzt bitte genau so im Play-off“, sagt ein Dauerkartenbesitzer aus Landskron.",
      "Eine Nachbarin aus der Straße seufzte: „Jetzt ist hoffentlich Ruhe.“",
      "Eine Seniorin am Nebentisch, die seit 60 Jahren im Dorf wohnt, lacht: „Hier habe ich ihn " +
        "kennengelernt.“",
      "„Das geht so nicht“, sagte ein Sprecher am Montag.",
      "„Wir prüfen das“, sagte eine Sprecherin am Telefon.",
      "„Das ist zu wenig“, sagte ein Zeuge vor Gericht.",
      "„Er kommt jetzt entspannter heim“, erzählt eine Mutter von zwei Kindern.",
    ],
    expected: [
      ["Schön ist es nicht.", "Eine Wanderin aus Salzburg"],
      ["Man hört es nachts poltern.", "Ein Bergführer aus Grainau"],
      ["Jetzt bitte genau so im Play-off", "ein Dauerkartenbesitzer aus Landskron"],
      ["Jetzt ist hoffentlich Ruhe.", "Eine Nachbarin aus der Straße"],
      ["Hier habe ich ihn kennengelernt.", "Eine Seniorin am Nebentisch"],
      ["Das geht so nicht", "ein Sprecher"],
      ["Wir prüfen das", "eine Sprecherin"],
      ["Das ist zu wenig", "ein Zeuge"],
      ["Er kommt jetzt entspannter heim", "eine Mutter"],
    ],
  },
  {
    construction:
      "Dem Landratsamt zufolge (a dative article a postposition governs: the body goes by the nominative)",
    paragraphs: [
      "Dem Landratsamt zufolge sollen vor allem „Familien und alleinreisende Frauen“ einziehen.",
      "Der Polizei zufolge war der Fahrer „deutlich zu schnell“ unterwegs.",
    ],
    expected: [
      ["Familien und alleinreisende Frauen", "Landratsamt"],
      ["deutlich zu schnell", "Polizei"],
    ],
  },
  {
    construction:
      "„…“, schrieb der Verein (a club named by its form, `SC`, `TSV`: the one named last before)",
    paragraphs: [
      "Am Nachmittag kündigte der SC Siegsdorf einen Empfang an. „Wir sind stolz auf unsere Lena“, " +
        "schrieb der Verein.",
      "Der SC Siegsdorf gewann, der TSV Traunstein verlor. „Wir haben es verdient“, schrieb der Verein.",
    ],
    expected: [
      ["Wir sind stolz auf unsere Lena", "der SC Siegsdorf"],
      ["Wir haben es verdient", "der TSV Traunstein"],
    ],
  },
  {
    construction: "„…“, schrieb der Verein (no club named before: the description as written)",
    paragraphs: ["Die Halle war voll. „Wir sind stolz“, schrieb der Verein."],
    expected: [["Wir sind stolz", "der Verein"]],
  },
  {
    construction:
      "teilte das Konsortium mit (a body named by a compound on its noun, then by that noun alone)",
    paragraphs: [
      "Der Winter war schneearm. Das Bonifizierungskonsortium Vinschgau hat reagiert. „Die " +
        "Wasserzuteilung wird gekürzt“, teilte das Konsortium in einem Rundschreiben mit.",
    ],
    expected: [["Die Wasserzuteilung wird gekürzt", "Das Bonifizierungskonsortium Vinschgau"]],
  },
  {
    construction: "teilte das Unternehmen mit, paragraphs after „das Unternehmen X“ (the only company named)",
    paragraphs: [
      "Das Landratsamt hat das Unternehmen Vogt Recycling abgemahnt.",
      "Die Anwohner klagen seit Wochen über Gestank.",
      "Die Fischer fordern eine Entschädigung.",
      "Der Bürgermeister lud am Montag zur Sitzung.",
      "„Wir halten alle Vorschriften ein“, teilte das Unternehmen mit.",
    ],
    expected: [["Wir halten alle Vorschriften ein", "Vogt Recycling"]],
  },
  {
    construction:
      "Ein Ermittler der X schilderte …, „…“, berichtete der Beamte (the official is the investigator just " +
      "described; not a woman named before)",
    paragraphs: [
      "Ein Ermittler der Finanzkontrolle Schwarzarbeit schilderte die Durchsuchung. „Wir haben einen " +
        "Schuhkarton gefunden“, berichtete der Beamte.",
    ],
    expected: [["Wir haben einen Schuhkarton gefunden", "Ein Ermittler der Finanzkontrolle Schwarzarbeit"]],
  },
  {
    construction: "Staatsanwältin X forderte …, „…“, sagte der Beamte (a man, not the woman named before)",
    paragraphs: [
      "Staatsanwältin Jana Roth forderte zwei Jahre Haft. „Das war kein Versehen“, sagte der Beamte.",
    ],
    expected: [["Das war kein Versehen", "der Beamte"]],
  },
  {
    construction:
      "Ein Patient aus X wartet …, „…“, sagt der Familienvater (the patient described just before)",
    paragraphs: [
      "Ein Patient aus Hamm wartet seit Stunden. „Ich zahle alles selbst“, sagt der Familienvater.",
    ],
    expected: [["Ich zahle alles selbst", "Ein Patient aus Hamm"]],
  },
  {
    construction:
      "Jürgen K. …, then K. alone, then „Der Angeklagte …“ (a court report's initial names its defendant " +
      "again)",
    paragraphs: [
      "Über vier Jahre beschäftigte Jürgen K. bis zu 14 Arbeiter. Das Schöffengericht verurteilte den " +
        "51-Jährigen am Donnerstag.",
      "Über eine Firma soll K. Rechnungen eingekauft haben.",
      "Der Angeklagte räumte die Vorwürfe ein. „Ich wollte die Firma retten“, sagte der 51-Jährige.",
    ],
    expected: [["Ich wollte die Firma retten", "Jürgen K."]],
  },
  {
    construction: "Plan B. …, „…“, sagte der Sprecher (an initial no given name opened names no one)",
    paragraphs: ["Die Firma setzt nun auf Plan B. „Wir haben keine Wahl“, sagte der Sprecher."],
    expected: [["Wir haben keine Wahl", "der Sprecher"]],
  },
  {
    construction:
      "die Wohnungsbaugesellschaft X, die Schweizerische Beratungsstelle X (a body's compound opens it)",
    paragraphs: [
      "Die Eigentümerin, die Wohnungsbaugesellschaft Nordwest, teilte mit, das Haus sei „nicht mehr " +
        "zu halten“.",
      "Die Verkehrsgesellschaft Mittelland sprach von einem „schwierigen Jahr“.",
      "Die Schweizerische Beratungsstelle Rigi warnte vor „falschen Hoffnungen“.",
      "140 der rund 310 Stellen fallen weg, wie die Hausbau AG mitteilte. „Es geht nicht anders“, " +
        "heißt es in der Mitteilung.",
    ],
    expected: [
      ["nicht mehr zu halten", "die Wohnungsbaugesellschaft Nordwest"],
      ["schwierigen Jahr", "Die Verkehrsgesellschaft Mittelland"],
      ["falschen Hoffnungen", "Die Schweizerische Beratungsstelle Rigi"],
      ["Es geht nicht anders", "die Hausbau AG"],
    ],
  },
  {
    construction:
      "X kommt zu dem Schluss, X war zum Schluss gekommen, X rechnet damit / geht davon aus, dass „…“",
    paragraphs: [
      "Die Studie kommt zu dem Schluss, die Verkarstung schreite „schneller voran als gedacht“.",
      "Die Behörde war in ihrem Bericht zum Schluss gekommen, die Lage sei „ernst, aber beherrschbar“.",
      "Die Forscher kamen zum Ergebnis, das Eis schmelze „schneller als erwartet“.",
      "Die Ärztekammer rechnet damit, dass bis 2030 „mindestens zwölf Praxen“ schließen.",
      "Die Polizei geht davon aus, dass der Täter „aus dem Umfeld“ stammt.",
      "Zum Schluss sagte Anna Weber: „Danke für alles.“",
    ],
    expected: [
      ["schneller voran als gedacht", "Die Studie"],
      ["ernst, aber beherrschbar", "Die Behörde"],
      ["schneller als erwartet", "Die Forscher"],
      ["mindestens zwölf Praxen", "Die Ärztekammer"],
      ["aus dem Umfeld", "Die Polizei"],
      ["Danke für alles.", "Anna Weber"],
    ],
  },
  {
    construction:
      "Die Studie, die im Fachjournal „…“ erscheint, sagt (a title inside a relative clause on the subject)",
    paragraphs: [
      "Kai Roth ist skeptisch: „Das glaube ich nicht.“",
      "Die Studie, die im Fachjournal „Hydrogeology Journal“ erscheinen soll, kommt zu dem Schluss, " +
        "die Verkarstung schreite „deutlich schneller voran“.",
      "Der Verband, der im Magazin „Natur und Umwelt“ schreibt, sagt, die Lage sei „dramatisch“.",
    ],
    expected: [
      ["Das glaube ich nicht.", "Kai Roth"],
      ["deutlich schneller voran", "Die Studie"],
      ["dramatisch", "Der Verband"],
    ],
  },
  {
    construction: "Nach Angaben des KIT brauchte der Farbstoff noch „…“ (the verb ends the source's name)",
    paragraphs: [
      "„Keine Sorge“, rief die Hydrogeologin vom Karlsruher Institut für Technologie (KIT) den " +
        "Schaulustigen zu.",
      "Nach Angaben des KIT brauchte der Farbstoff bei einem Versuch noch „rund 60 Stunden“.",
      "Nach Angaben des ADAC kostete der Liter zuletzt noch „knapp zwei Euro“.",
    ],
    expected: [
      ["Keine Sorge", "die Hydrogeologin vom Karlsruher Institut für Technologie"],
      ["rund 60 Stunden", "Karlsruher Institut für Technologie"],
      ["knapp zwei Euro", "ADAC"],
    ],
  },
  {
    construction: "Ein Pendler kann über die Klagen nur lächeln: „…“ (a commuter, a passenger: people)",
    paragraphs: [
      "Die Verkehrsbetriebe AG hat das Problem erkannt. In einer Stellungnahme heißt es, man werde " +
        "„bis Ende Jahr nachrüsten“.",
      "Ein Pendler kann über die Klagen nur lächeln: „Früher stand ich jeden Morgen im Stau.“",
      "Eine Passagierin ärgert sich: „Der Zug war wieder zu spät.“",
    ],
    expected: [
      ["bis Ende Jahr nachrüsten", "Die Verkehrsbetriebe AG"],
      ["Früher stand ich jeden Morgen im Stau.", "Ein Pendler"],
      ["Der Zug war wieder zu spät.", "Eine Passagierin"],
    ],
  },
  {
    construction:
      "In einer Mitteilung der Stadtverwaltung am Montag heißt es (when it came is no part of the name)",
    paragraphs: [
      "In einer Mitteilung der Stadtverwaltung am Montag heißt es: „Die Brücke bleibt gesperrt.“",
      "In einem Schreiben des Bundesamts für Migration heißt es: „Der Antrag ist unvollständig.“",
    ],
    expected: [
      ["Die Brücke bleibt gesperrt.", "Stadtverwaltung"],
      ["Der Antrag ist unvollständig.", "Bundesamt für Migration"],
    ],
  },
  {
    construction:
      "„…, sagt sie. …“: inside the marks a pronoun right after the verb is its subject (negative: a " +
      "clause opening on its verb after a fronted one, „Wer …, bleibt die Stadt …“)",
    paragraphs: [
      "Bürgermeisterin Anna Roth traf Landrat Paul Gerber. „Uns fehlt alles“, sagte er.",
      "„Nichts ist erledigt, sagt sie. Wir müssen handeln.“",
      "„Wer die Zusage zurückzieht, lässt die Stadt auf den Kosten sitzen“, warnte Gerber.",
    ],
    expected: [
      ["Uns fehlt alles", "Paul Gerber"],
      ["Nichts ist erledigt, sagt sie. Wir müssen handeln.", "Anna Roth"],
      ["Wer die Zusage zurückzieht, lässt die Stadt auf den Kosten sitzen", "Paul Gerber"],
    ],
  },
  {
    construction:
      "Das Urteil ist eindeutig: „…“: ein Dokument mit Kopula und Art vor dem Doppelpunkt spricht (nicht " +
      "der zuvor genannte Angeklagte)",
    paragraphs: [
      "Das Gericht verurteilte Paul Girard. Das Urteil ist eindeutig: „Kein Zeuge hat diese " +
        "Genehmigungen bestätigt.“",
    ],
    expected: [["Kein Zeuge hat diese Genehmigungen bestätigt.", "Das Urteil"]],
  },
  {
    construction: "„die Wohnungsbaugesellschaft Nordwest“: a compound of Gesellschaft opens the body's name",
    paragraphs: [
      "Die Eigentümerin, die Wohnungsbaugesellschaft Nordwest, teilte auf Anfrage mit, das Gebäude sei " +
        "„baulich nicht mehr zu halten“.",
      "Der Mietvertrag laufe „zum Jahresende“ aus, teilte die Wohnungsgenossenschaft Eichkamp mit.",
    ],
    expected: [
      ["baulich nicht mehr zu halten", "die Wohnungsbaugesellschaft Nordwest"],
      ["zum Jahresende", "die Wohnungsgenossenschaft Eichkamp"],
    ],
  },
  {
    construction: "negative: „die Gesellschaft“ for society names no body that speaks",
    paragraphs: [
      "Die Gesellschaft sei gespalten. „Wir müssen wieder miteinander reden“, sagte Bundespräsident " +
        "Frank-Walter Steinmeier.",
    ],
    expected: [["Wir müssen wieder miteinander reden", "Frank-Walter Steinmeier"]],
  },
  {
    construction:
      "„vom Polizeipräsidium Reutlingen“, then „Laut Polizeipräsidium“ (a contraction opens a name)",
    paragraphs: [
      "„Das ist eine Masche“, sagt Polizeisprecher Rainer Digel vom Polizeipräsidium Reutlingen.",
      "Laut Polizeipräsidium wurden im Oktober „17 Fälle mit ähnlichem Muster“ angezeigt.",
      "„Wir prüfen jeden Fall“, sagte Richterin Eva Roth beim Amtsgericht Tübingen. Laut Amtsgericht " +
        "sind „drei Verfahren“ offen.",
    ],
    expected: [
      ["Das ist eine Masche", "Rainer Digel"],
      ["17 Fälle mit ähnlichem Muster", "Polizeipräsidium Reutlingen"],
      ["Wir prüfen jeden Fall", "Eva Roth"],
      ["drei Verfahren", "Amtsgericht Tübingen"],
    ],
  },
  {
    construction: "negative: „vom Bürgermeister Max Muster“ (a person after the contraction stays a person)",
    paragraphs: ["Die Nachricht kam vom Bürgermeister Max Muster. „Wir prüfen das“, sagte er."],
    expected: [["Wir prüfen das", "Max Muster"]],
  },
  {
    construction:
      "„…“, teilte das Leibniz-Institut für Ostseeforschung Warnemünde mit (a body's field and its seat)",
    paragraphs: [
      "„Die Messreihe ist einzigartig“, teilte das Leibniz-Institut für Ostseeforschung Warnemünde mit.",
      "„Wir messen weiter“, teilte das Geomar Helmholtz-Zentrum für Ozeanforschung Kiel am Montag mit.",
    ],
    expected: [
      ["Die Messreihe ist einzigartig", "das Leibniz-Institut für Ostseeforschung Warnemünde"],
      ["Wir messen weiter", "das Geomar Helmholtz-Zentrum für Ozeanforschung Kiel"],
    ],
  },
  {
    construction:
      "Der Landesbetrieb für Küstenschutz, Nationalpark und Meeresschutz …, then „teilte der Landesbetrieb " +
      "mit“ (a field listed with a comma, then its initials)",
    paragraphs: [
      "Der Landesbetrieb für Küstenschutz, Nationalpark und Meeresschutz will schon im Herbst spülen.",
      "„Die Verluste sind hoch“, teilte der Landesbetrieb mit.",
      "Das WSL-Institut für Schnee- und Lawinenforschung SLF hat die Gefahrenstufe erhöht.",
      "Laut dem Institut ist die Lage „sehr angespannt“.",
    ],
    expected: [
      ["Die Verluste sind hoch", "Der Landesbetrieb für Küstenschutz, Nationalpark und Meeresschutz"],
      ["sehr angespannt", "Das WSL-Institut für Schnee- und Lawinenforschung SLF"],
    ],
  },
  {
    construction: "negative: „sagte Kiel“ (a surname that is a town's name)",
    paragraphs: ["„Wir messen weiter“, sagte Kiel."],
    expected: [["Wir messen weiter", "Kiel"]],
  },
  {
    construction:
      "negative: „…, Jan Kiel“, „Anna Kiel vom Leibniz-Institut für …“ (people named near a field)",
    paragraphs: [
      "„Die Daten sind gut“, sagte der Sprecher des Instituts für Ostseeforschung, Jan Kiel.",
      "„Das Wasser wird wärmer“, sagte Meeresforscherin Anna Kiel vom Leibniz-Institut für Ostseeforschung.",
    ],
    expected: [
      ["Die Daten sind gut", "Jan Kiel"],
      ["Das Wasser wird wärmer", "Anna Kiel"],
    ],
  },
  {
    construction: "negative: „Binnen Sekunden leuchtete …“ (a preposition opens the sentence, no one's name)",
    paragraphs: [
      "Am Morgen kippte Miriam Roth den Farbstoff in den Fluss. Binnen Sekunden leuchtete das Wasser grün. " +
        "„Keine Sorge“, rief die Forscherin den Zuschauern zu.",
    ],
    expected: [["Keine Sorge", "Miriam Roth"]],
  },
  {
    construction:
      "„heißt es in dem Schreiben“ after a sentence introducing a letter: its writer, the sentence's subject",
    paragraphs: [
      "Der Mieterverein hat sich in einem offenen Brief an die Stadt gewandt. „Die Mieten steigen schon " +
        "jetzt“, heißt es in dem Schreiben.",
      "Die Stadtwerke haben ihren Kunden einen Brief geschickt. In dem Schreiben heißt es: „Die Preise " +
        "steigen im Mai.“",
    ],
    expected: [
      ["Die Mieten steigen schon jetzt", "Der Mieterverein"],
      ["Die Preise steigen im Mai.", "Die Stadtwerke"],
    ],
  },
  {
    construction:
      "negative: „heißt es in der Anklageschrift“ with no document introduced before speaks itself",
    paragraphs: [
      "Die Anklage wiegt schwer. „Er hat gewusst, was er tat“, heißt es in der Anklageschrift.",
      "„Wir prüfen das“, sagte Landrat Jan Ulrich. Der Kreistag vertagte die Sache. „Das Gutachten fehlt " +
        "noch“, heißt es in dem Bericht.",
    ],
    expected: [
      ["Er hat gewusst, was er tat", "Anklageschrift"],
      ["Wir prüfen das", "Jan Ulrich"],
      ["Das Gutachten fehlt noch", "Bericht"],
    ],
  },
  {
    construction:
      "X als Rolle spricht von (a bare role after „als“ says in what capacity the subject speaks)",
    paragraphs: [
      "Die Stadt als Eigentümerin der Halle teilte mit, man prüfe „alle Optionen“.",
      "„Das reicht nicht“, sagt Jana Roth. Sie als Vorsitzende spricht von einem „Skandal“.",
      "Anna Roth sprach mehr als Lehrerin denn als Politikerin von einer „Zumutung“.",
    ],
    expected: [
      ["alle Optionen", "Die Stadt"],
      ["Das reicht nicht", "Jana Roth"],
      ["Skandal", "Jana Roth"],
      ["Zumutung", "Anna Roth"],
    ],
  },
  {
    construction:
      "a body as the subject, then a sentence in reported speech with a fragment (`Dieses werde „…“`)",
    paragraphs: [
      "„Das geht nicht“, sagt Fischer Reinhold Grasser.",
      "Das Umweltministerium verweist auf das Überleitungssystem. Dieses werde „im Rahmen der " +
        "Möglichkeiten“ gesteuert.",
      "Der Verkehrsverbund sieht keinen Anlass zur Sorge. Die Strecke sei „in gutem Zustand“.",
    ],
    expected: [
      ["Das geht nicht", "Reinhold Grasser"],
      ["im Rahmen der Möglichkeiten", "Das Umweltministerium"],
      ["in gutem Zustand", "Der Verkehrsverbund"],
    ],
  },
  {
    construction:
      "negative: a body as the subject of a sentence whose reported speech is someone's, or of an indicative",
    paragraphs: [
      "Die Regierung müsse sparen, so die Kanzlerin Eva Lind. Das sei „eine Frage der Fairness“.",
      "„Das geht nicht“, sagt Fischer Reinhold Grasser. Die Stadtverwaltung hat den Antrag abgelehnt. " +
        "Grasser spricht von einer „Frechheit“.",
    ],
    expected: [
      ["eine Frage der Fairness", "Eva Lind"],
      ["Das geht nicht", "Reinhold Grasser"],
      ["Frechheit", "Reinhold Grasser"],
    ],
  },
  {
    construction:
      "„Verband deutscher Hopfenpflanzer“ (a body's genitive complement on a lower-case adjective: its name)",
    paragraphs: [
      "Laut Erntebericht des Verbands deutscher Hopfenpflanzer liegt der Preis „teils unter den Kosten“.",
      "Der Verband deutscher Hopfenpflanzer spricht von „schwierigen Zeiten“.",
      "„Das ist schwierig“, sagt der Verband kommunaler Unternehmen.",
      "Laut dem Verband kommunaler Unternehmen liegt der Preis „im Rahmen“.",
    ],
    expected: [
      ["teils unter den Kosten", "Erntebericht des Verbands deutscher Hopfenpflanzer"],
      ["schwierigen Zeiten", "Der Verband deutscher Hopfenpflanzer"],
      ["Das ist schwierig", "der Verband kommunaler Unternehmen"],
      ["im Rahmen", "der Verband kommunaler Unternehmen"],
    ],
  },
  {
    construction: "negative: a body's name after its noun (`Die Firma Becker`), the verb after a source",
    paragraphs: [
      "Die Firma Becker spricht von „schwierigen Zeiten“.",
      "Nach Angaben der Polizei gingen die Täter „sehr brutal“ vor.",
    ],
    expected: [
      ["schwierigen Zeiten", "Die Firma Becker"],
      ["sehr brutal", "Polizei"],
    ],
  },
  {
    construction:
      "„heisst es beim Gesundheits- und Sozialdepartement“ (a suspended compound's part is no name)",
    paragraphs: [
      "Die Nachfolge sei «eine Herausforderung», heisst es beim Gesundheits- und Sozialdepartement.",
      "Die Lage sei «ernst», heisst es beim Sozialdepartement.",
      "«Das ist neu», sagte Hans-Peter Müller.",
    ],
    expected: [
      ["eine Herausforderung", "Gesundheits- und Sozialdepartement"],
      ["ernst", "Sozialdepartement"],
      ["Das ist neu", "Hans-Peter Müller"],
    ],
  },
  {
    construction:
      "a described newcomer with a pronoun after a preposition before the verb („Ein Monteur neben ihr " +
      "fürchtet „…““): the pronoun is the subject's complement, the one just quoted, not the speaker",
    paragraphs: [
      "Petra Kemper montiert seit 22 Jahren Küchen. „Wir haben das kommen sehen“, sagt die 54-Jährige. " +
        "Ein Monteur neben ihr fürchtet „eine Hängepartie bis zum Sommer“.",
      "Thomas Kern steht am Tor. „Das war absehbar“, sagt er. Eine Kollegin neben ihm kritisiert „die " +
        "Informationspolitik der Geschäftsführung“.",
      "Anna Roth wartet am Bahnsteig. „Jeden Tag dasselbe“, sagt sie. Ein Pendler hinter ihr warnt vor " +
        "„einem Chaos im Herbst“.",
    ],
    expected: [
      ["Wir haben das kommen sehen", "Petra Kemper"],
      ["eine Hängepartie bis zum Sommer", "Ein Monteur"],
      ["Das war absehbar", "Thomas Kern"],
      ["die Informationspolitik der Geschäftsführung", "Eine Kollegin"],
      ["Jeden Tag dasselbe", "Anna Roth"],
      ["einem Chaos im Herbst", "Ein Pendler"],
    ],
  },
  {
    construction: "negative: a pronoun after a preposition opening the clause is no subject's complement",
    paragraphs: [
      "Petra Kemper montiert seit 22 Jahren Küchen. Mit ihr sprach Jan Vogt über „eine " +
        "Hängepartie bis zum Sommer“.",
    ],
    expected: [["eine Hängepartie bis zum Sommer", "Jan Vogt"]],
  },
  {
    construction:
      "a quote standing alone after a sentence about a named person, then a sentence naming another " +
      "who brings in their own words after a colon: the first quote stays with the first person",
    paragraphs: [
      "Tom Reyes verkauft seit 1994 Obst an der Allee. „Hier laufen die Leute an uns vorbei.“ Sein " +
        "Nachbar, der Käser Paul Bender, ist zuversichtlicher: „Es wird Schatten geben.“",
    ],
    expected: [
      ["Hier laufen die Leute an uns vorbei.", "Tom Reyes"],
      ["Es wird Schatten geben.", "Paul Bender"],
    ],
  },
  {
    construction:
      "a described newcomer opening the sentence before a colon, then the quote and „klagt er“: the " +
      "pronoun is the newcomer, not the one quoted in the sentence before („Ein Anrainer … sieht das " +
      "anders: Er werde „…“, klagt er.“)",
    paragraphs: [
      "Bürgermeister Josef Rinner lobt die Führungen als „Werbung, die nichts kostet“. Ein Anrainer in " +
        "der Schwarzenbergstraße sieht das anders: Er werde jeden Donnerstag „aus dem Fernsehen " +
        "gerissen“, klagt er.",
      "Landrätin Eva Berger spricht von „einem Gewinn für alle“. Eine Anwohnerin sieht das anders: „Das " +
        "nervt jede Woche“, sagt sie.",
    ],
    expected: [
      ["Werbung, die nichts kostet", "Josef Rinner"],
      ["aus dem Fernsehen gerissen", "Ein Anrainer in der Schwarzenbergstraße"],
      ["einem Gewinn für alle", "Eva Berger"],
      ["Das nervt jede Woche", "Eine Anwohnerin"],
    ],
  },
  {
    construction: "negative: a named subject before the colon keeps the pronoun after the quote",
    paragraphs: [
      "Bürgermeister Josef Rinner lobt die Führungen. Sein Stellvertreter Karl Moser sieht das anders: " +
        "„Das nervt jede Woche“, sagt er.",
    ],
    expected: [["Das nervt jede Woche", "Karl Moser"]],
  },
  {
    construction:
      "Für die IG Metall ist die Lage „…“ (a body's viewpoint opening the sentence, no comma where the " +
      "verb comes second; negative: a group of people, the speech verb after the quote decides)",
    paragraphs: [
      "Gewerkschafter Luc Reuter kritisiert die Wartezeiten.",
      "Für die IG Metall ist die Lage „ein Skandal für ein reiches Land“.",
      "Für die Kinder ist das Angebot „kostenlos und offen für alle“, sagte Reuter.",
    ],
    expected: [
      ["ein Skandal für ein reiches Land", "die IG Metall"],
      ["kostenlos und offen für alle", "Luc Reuter"],
    ],
  },
  {
    construction:
      "„des Landratsamts Biberach“ als einzige Nennung, dann „das Landratsamt“: die Behörde mit ihrem " +
      "Namen im Nominativ, auch wenn der Ortsname wie ein zusammengesetztes Wort klingt (Rosen|heim)",
    paragraphs: [
      "Die Pläne stammen aus einer Vorlage des Gesundheitsamts Rosenheim an die Schulen.",
      "Viele Eltern sind verunsichert.",
      "Das Gesundheitsamt spricht von einer „angespannten Lage“.",
      "Das steht in einem Brief des Landratsamts Biberach an die Gemeinde.",
      "Der Gemeinderat tagte am Montag.",
      "Dem Landratsamt zufolge sollen dort „vor allem Familien“ wohnen.",
    ],
    expected: [
      ["angespannten Lage", "Gesundheitsamt Rosenheim"],
      ["vor allem Familien", "Landratsamt Biberach"],
    ],
  },
  {
    construction:
      "Sparkasse, Verwaltung, Spital nach ihrem Ort benannt (`placeBodyNouns`), dann das Nomen allein: " +
      "die Behörde mit vollem Namen",
    paragraphs: [
      "Die Täter hatten es auf die Filiale der Kreissparkasse Heilbronn-Öhringen abgesehen.",
      "Die Sparkasse spricht von einem „erheblichen Schaden“.",
      "Die Stadtverwaltung Kempten hat die Halle gesperrt.",
      "Die Verwaltung kündigte „schnelle Hilfe“ an.",
      "Das Kantonsspital Aarau hat einen neuen Chefarzt.",
      "Das Spital nennt ihn „einen Glücksfall“.",
    ],
    expected: [
      ["erheblichen Schaden", "Kreissparkasse Heilbronn-Öhringen"],
      ["schnelle Hilfe", "Die Stadtverwaltung Kempten"],
      ["einen Glücksfall", "Das Kantonsspital Aarau"],
    ],
  },
  {
    construction:
      "„im/ins Stadtmuseum Erlangen“: die Verschmelzung trägt den Artikel, der Ort gehört zum Namen, " +
      "den „das Museum“ später meint; negativ: ein Bericht nimmt keinen Genitiv in seinen Namen auf " +
      "(„im Jahresbericht des ÖAV“ spricht der ÖAV), und „im Rathaus“ ist kein Sprecher",
    paragraphs: [
      "Die Ausstellung läuft bis Mai im Stadtmuseum Erlangen.",
      "Das Museum sprach von einem „überraschenden Ansturm“.",
      "Die Verletzten wurden ins Klinikum Fulda gebracht.",
      "„Beide sind stabil“, teilte das Klinikum mit.",
      "„Alle Gletscher sind zurückgegangen“, heißt es in einem Jahresbericht des ÖAV.",
      "Bürgermeister Karl Hummel sagte im Rathaus: „Wir bauen neu.“",
    ],
    expected: [
      ["überraschenden Ansturm", "Stadtmuseum Erlangen"],
      ["Beide sind stabil", "Klinikum Fulda"],
      ["Alle Gletscher sind zurückgegangen", "ÖAV"],
      ["Wir bauen neu.", "Karl Hummel"],
    ],
  },
  {
    construction:
      "österreichische akademische Titel vor dem Namen (`Mag.`, `Ing.`) wie `Dr.`; negativ: das Verb " +
      "„mag“ am Satzende trennt die Sätze weiter",
    paragraphs: [
      "Nur noch vier Apotheken teilen sich den Dienst. „Wir sind am Limit“, klagt Mag. Sabine Wurm, die " +
        "eine Apotheke in Zwettl führt.",
      "„Die Brücke hält“, sagt Ing. Peter Mayrhofer vom Bauamt.",
      "Jeder isst hier, was er mag. Anna Berg kocht seit Jahren. „Das ist gut“, sagt sie.",
    ],
    expected: [
      ["Wir sind am Limit", "Sabine Wurm"],
      ["Die Brücke hält", "Peter Mayrhofer"],
      ["Das ist gut", "Anna Berg"],
    ],
  },
  {
    construction:
      "eben Genannte, dann „sagt die Wirtin der Hütte“: der Genitiv ist eine Ergänzung wie „de la“, kein " +
      "Name, die Beschreibung meint die Genannte; negativ: niemand genannt, oder ein Mann genannt",
    paragraphs: [
      "Maria Pichler kocht seit 1990 auf der Alm. „Im Winter ist es hier still“, sagt die Wirtin der Hütte.",
      "Tom Weber hat den Club vor zehn Jahren aufgebaut. „Wir sind stolz“, sagt der Gründer des Vereins.",
    ],
    expected: [
      ["Im Winter ist es hier still", "Maria Pichler"],
      ["Wir sind stolz", "Tom Weber"],
    ],
  },
  {
    construction: "negativ: „sagt die Besitzerin des Bootshauses“ nach einem genannten Mann ist eine andere",
    paragraphs: ["Tom Keller wartet am Steg. „Das Eis trägt noch“, sagt die Besitzerin des Bootshauses."],
    expected: [["Das Eis trägt noch", "die Besitzerin des Bootshauses"]],
  },
  {
    construction: "negativ: „sagt die Sprecherin der Stadtwerke“, niemand genannt: die Beschreibung",
    paragraphs: ["Der Bus war voll. „Es war eng“, sagt die Sprecherin der Stadtwerke."],
    expected: [["Es war eng", "die Sprecherin der Stadtwerke"]],
  },
  {
    construction:
      "„Die Täter nennt er „…““: ein Pronomen, das nur Subjekt sein kann, nach dem Verb ist das Subjekt, " +
      "die Phrase davor ein vorangestelltes Objekt; negativ: „Die Polizei nennt den Fall …“ ist die Polizei",
    paragraphs: [
      "Franz Huber hat 18.000 Euro verloren. Die Täter nennt er „Profis mit Einkaufsliste“.",
      "Karl Moser führt das Hotel seit 1998. Die Baustelle vor der Tür nennt er „eine Zumutung“.",
      "Die Polizei nennt den Fall „rätselhaft“.",
    ],
    expected: [
      ["Profis mit Einkaufsliste", "Franz Huber"],
      ["eine Zumutung", "Karl Moser"],
      ["rätselhaft", "Die Polizei"],
    ],
  },
  {
    construction:
      "Ing. and Mag. before a name (Austria's titles, read as Dr. is); compounds of Kommissär (Swiss " +
      "spelling of the office)",
    paragraphs: [
      "Bürgermeister Ing. Franz Pichler eröffnete die Halle. „Wir haben lange gewartet“, sagt er.",
      "„Das Budget hält“, sagt Stadträtin Mag. Karin Wallner aus Leoben.",
      "«Wir brauchen mehr Kontrollen», sagt Lebensmittelkommissärin Sandra Huber.",
      "Der kantonale Forstkommissär Urs Gisler rät zur Geduld. «Der Wald erholt sich», sagt er.",
    ],
    expected: [
      ["Wir haben lange gewartet", "Franz Pichler"],
      ["Das Budget hält", "Karin Wallner"],
      ["Wir brauchen mehr Kontrollen", "Sandra Huber"],
      ["Der Wald erholt sich", "Urs Gisler"],
    ],
  },
  {
    construction:
      "Ein Rentner aus dem Stadtteil Lindenhof (a place's noun and its name after the preposition and " +
      "article: the unnamed person's place, not a name)",
    paragraphs: [
      "Stadträtin Lea Gisler verteidigt den Entscheid. Ein Rentner aus dem Stadtteil Lindenhof verlangte " +
        "in einem Brief eine Abstimmung. «So geht man nicht mit uns um», schreibt er.",
    ],
    expected: [["So geht man nicht mit uns um", "Ein Rentner aus dem Stadtteil Lindenhof"]],
  },
  {
    construction:
      "Eine Anwohnerin aus der Siedlung Hohlweg wollte … (the subject's place named, then a modal: the " +
      "newcomer the pronoun means)",
    paragraphs: [
      "Gemeindepräsidentin Ruth Amrein kennt die Klagen seit Jahren. Eine Anwohnerin aus der Siedlung " +
        "Hohlweg wollte das nicht mehr hinnehmen und reichte eine Beschwerde ein. «Ich habe seit Monaten " +
        "keine Ruhe», sagt sie.",
    ],
    expected: [["Ich habe seit Monaten keine Ruhe", "Eine Anwohnerin aus der Siedlung Hohlweg"]],
  },
  {
    construction:
      "Für die Fraktion BVB/Grüne kritisierte der Stadtverordnete X (a list's joint name with a slash " +
      "in the fronted phrase: the person after the verb speaks, not the party)",
    paragraphs: [
      "Für die Fraktion SPD/Grüne kritisierte der Stadtverordnete Jörg Kallweit das Verfahren. »Man hat " +
        "uns zu spät gefragt.« Seine Fraktion will die Aufsicht einschalten.",
      "Für die Liste FDP/Freie Bürger warnte die Gemeinderätin Anna Lenz vor den Kosten. »Das Geld fehlt " +
        "dann bei den Schulen.«",
    ],
    expected: [
      ["Man hat uns zu spät gefragt.", "Jörg Kallweit"],
      ["Das Geld fehlt dann bei den Schulen.", "Anna Lenz"],
    ],
  },
  {
    construction:
      "rechnet mit Kosten „…“ (an expectation's object quoted, as with rechnet damit); teilte die Behörde " +
      "mit (the authority's epithet for the body named before)",
    paragraphs: [
      "Die Stadtwerke Aalen rechnen mit Einbußen „im mittleren sechsstelligen Bereich“.",
      "Die Gemeinde Stans rechnet mit Mehrkosten „von mindestens zwei Millionen Franken“.",
      "Das Amt für Umwelt prüft die Einleitungen. Man sehe „keinen akuten Handlungsbedarf“, teilte die " +
        "Behörde mit.",
    ],
    expected: [
      ["im mittleren sechsstelligen Bereich", "Die Stadtwerke Aalen"],
      ["von mindestens zwei Millionen Franken", "Die Gemeinde Stans"],
      ["keinen akuten Handlungsbedarf", "Das Amt für Umwelt"],
    ],
  },
  {
    construction:
      "Die Kommission für den Alpenraum warnt (a body's field with its article is part of its name, not " +
      "a place speaking)",
    paragraphs: [
      "Die Kommission für den Alpenraum warnt in einem Bericht, die Gletscher schmölzen „schneller als " +
        "erwartet“.",
      "Die Internationale Fachstelle für die Nordsee schreibt in ihrem Bericht, die Robben seien „gut " +
        "genährt“.",
    ],
    expected: [
      ["schneller als erwartet", "Die Kommission für den Alpenraum"],
      ["gut genährt", "Die Internationale Fachstelle für die Nordsee"],
    ],
  },
  {
    construction:
      "Ihr Rat ist einfach: „…“ (a possessive speech noun, then how it is, before the colon; Rat is advice)",
    paragraphs: [
      "Ärztin Mara Keil aus Kassel kennt das. Ihr Rat ist simpel: „Viel trinken und ruhen.“",
      "Bürgermeisterin Eva Roth kennt den Streit. Ihr Urteil fällt deutlich aus: „Kein Geld, keine Brücke.“",
      "Der Verband tagte in Bern. Sein Rat ist klar: „Mehr Geld für die Schulen.“",
    ],
    expected: [
      ["Viel trinken und ruhen.", "Mara Keil"],
      ["Kein Geld, keine Brücke.", "Eva Roth"],
      ["Mehr Geld für die Schulen.", "Der Verband"],
    ],
  },
  {
    construction:
      "Roths Antwort: „…“ (a surname alone in the genitive before a speech noun, opening a paragraph too)",
    paragraphs: [
      "Ministerin Anke Roth war in Kiel. Roths Antwort auf die Kritik: „Wir prüfen das.“",
      "Förster Jan Brandt zeigt auf den Hang.",
      "Brandts Warnung: Der Hang rutscht weiter. „Wir müssen den Weg sperren.“",
    ],
    expected: [
      ["Wir prüfen das.", "Anke Roth"],
      ["Wir müssen den Weg sperren.", "Jan Brandt"],
    ],
  },
  {
    construction: "sagte der Kroate hinterher (a nationality, a time adverb after it: the one just named)",
    paragraphs: [
      "Das Siegtor erzielte Ivo Marić. Er habe den Ball „kaum getroffen“, verriet der Kroate hinterher.",
      "Es traf Diego López. Er sei „überglücklich“, sagte der Mexikaner anschließend.",
      "Im Tor stand Lena Berg. „Das war Glück“, sagte die Torhüterin nachher.",
    ],
    expected: [
      ["kaum getroffen", "Ivo Marić"],
      ["überglücklich", "Diego López"],
      ["Das war Glück", "Lena Berg"],
    ],
  },
  {
    construction:
      "„teilte das Bundesamt mit“ nach `des Bundesamtes für Strahlenschutz`: das Amt heißt nach seinem " +
      "Fachgebiet, im Nominativ; der Sprecher eines Amtes bleibt der Sprecher",
    paragraphs: [
      "Die Warnung des Bundesamtes für Strahlenschutz kam am Freitag.",
      "„Die Werte sind unbedenklich“, teilte das Bundesamt mit.",
      "Nach Angaben des Landesamts für Umwelt steigt der Pegel weiter.",
      "„Wir rechnen mit Hochwasser“, sagte das Landesamt.",
      "„Wir prüfen jeden Fall“, sagte ein Sprecher des Landesamts für Statistik.",
    ],
    expected: [
      ["Die Werte sind unbedenklich", "Bundesamt für Strahlenschutz"],
      ["Wir rechnen mit Hochwasser", "Landesamt für Umwelt"],
      ["Wir prüfen jeden Fall", "ein Sprecher des Landesamts für Statistik"],
    ],
  },
  {
    construction:
      "„heißt es in einem Schreiben des Landkreises“: der Kreis, dessen Kompositum wie die Quellen " +
      "(`Kreise`) endet, spricht als Nomen ohne Genitiv",
    paragraphs: [
      "Die Turnhalle bleibe „bis zu den Ferien“ geschlossen, heißt es in einem Schreiben des Landkreises.",
      "„Wir bitten um Geduld“, hieß es in einer Mitteilung des Landkreises an die Pendler.",
    ],
    expected: [
      ["bis zu den Ferien", "Landkreis"],
      ["Wir bitten um Geduld", "Landkreis"],
    ],
  },
  {
    construction:
      "„Ihr Mann“, „sagt sein Vater“ nach einer Familie gleichen Nachnamens: das andere Mitglied, " +
      "dessen Geschlecht passt, nicht der zuletzt Genannte",
    paragraphs: [
      "Als Petra und Markus Lindner im Herbst den alten Bahnhof kauften, war das Dach undicht. „Wir haben " +
        "trotzdem sofort Ja gesagt“, sagt Petra Lindner.",
      "Ihr Mann war skeptischer. „Ich wollte erst einen Gutachter holen“, erzählt er.",
      "Die Gärtnerei führt heute Jonas Albrecht, der sie von Rudolf Albrecht übernommen hat. „Wir setzen " +
        "auf Stauden“, sagt Jonas Albrecht.",
      "„Das hat er immer schon gewollt“, sagt sein Vater.",
    ],
    expected: [
      ["Wir haben trotzdem sofort Ja gesagt", "Petra Lindner"],
      ["Ich wollte erst einen Gutachter holen", "Markus Lindner"],
      ["Wir setzen auf Stauden", "Jonas Albrecht"],
      ["Das hat er immer schon gewollt", "Rudolf Albrecht"],
    ],
  },
  {
    construction:
      "negativ: „Ihr Mann“ bleibt ungenannt, wenn die Familie keinen Mann nennt: „ihr Sohn“ ist nicht " +
      "der Ehemann",
    paragraphs: [
      "Seit zwanzig Jahren führt Sabine Kranz den Kiosk am Markt, samstags hilft ihr Sohn Tobias Kranz " +
        "aus. „Ohne die Stammkunden ginge es nicht“, sagt Sabine Kranz.",
      "Ihr Mann sieht das nüchterner. „Der Umsatz sinkt jedes Jahr“, sagt ihr Mann.",
    ],
    expected: [
      ["Ohne die Stammkunden ginge es nicht", "Sabine Kranz"],
      ["Der Umsatz sinkt jedes Jahr", "Ihr Mann"],
    ],
  },
  {
    construction:
      "In einem Schreiben an den X warnen die Y: „…“: die Ergänzung der Ergänzung (an wen das Schreiben " +
      "ging) gehört zur Präpositionalphrase im Vorfeld, das Subjekt folgt dem Verb; nicht der Adressat",
    paragraphs: [
      "In einem Schreiben an den Gemeinderat warnen die Anwohner: „Der Lärm wird unerträglich.“",
      "In einem offenen Brief an die Schulbehörde fordern besorgte Eltern: „Lasst die Schule im Dorf.“",
      "Mit einem Appell an die Regierung in Wien meldet sich die Ärztekammer: „Die Versorgung wackelt.“",
    ],
    expected: [
      ["Der Lärm wird unerträglich.", "die Anwohner"],
      ["Lasst die Schule im Dorf.", "besorgte Eltern"],
      ["Die Versorgung wackelt.", "die Ärztekammer"],
    ],
  },
  {
    construction:
      "Beinahe: das Subjekt vor dem Verb, die Präpositionalphrase danach (`Die Anwohner warnen in einem " +
      "Schreiben an den Gemeinderat: „…“`), bleibt das Subjekt",
    paragraphs: [
      "Die Anwohner warnen in einem Schreiben an den Gemeinderat: „Der Lärm wird unerträglich.“",
      "Bürgermeisterin Petra Kaltenbrunner schreibt in einem Brief an die Eltern: „Wir bleiben dran.“",
    ],
    expected: [
      ["Der Lärm wird unerträglich.", "Die Anwohner"],
      ["Wir bleiben dran.", "Petra Kaltenbrunner"],
    ],
  },
  {
    construction:
      "`Kommandant Meier` after `Feuerwehrkommandant Reto Meier`: a rank before a surname is the role, not " +
      "a first name; a rank in a body's name (`die Kommandantur Thun`) stays the body's",
    paragraphs: [
      "Feuerwehrkommandantin Sandra Hug hatte vor dem Umbau gewarnt: „Die Leitern reichen nicht bis " +
        "zum dritten Stock.“",
      "Im Gemeinderat blieb es ruhig. Kommandantin Hug nimmt es gelassen. „Wir üben einfach weiter“, " +
        "sagt sie.",
      "Polizeikommandant Urs Vogt meldete sich zu Wort: „Wir kennen die Täter.“ Kommandant Vogt blieb " +
        "vorsichtig. „Mehr sagen wir nicht“, sagte er.",
      "Die Kommandantur Thun teilte mit, die Übung sei „planmässig verlaufen“.",
    ],
    expected: [
      ["Die Leitern reichen nicht bis zum dritten Stock.", "Sandra Hug"],
      ["Wir üben einfach weiter", "Sandra Hug"],
      ["Wir kennen die Täter.", "Urs Vogt"],
      ["Mehr sagen wir nicht", "Urs Vogt"],
      ["planmässig verlaufen", "Die Kommandantur Thun"],
    ],
  },
  {
    construction:
      "`sagt die Physikerin` after a scientist named with her institute only: a physicist's or an " +
      "astronomer's noun names a person, so the description finds the one just named",
    paragraphs: [
      "„Der Boden hebt sich“, sagt Dr. Miriam Hauser vom Institut für Geowissenschaften der " +
        "Universität Jena.",
      "Hauser und ihr Team haben neue Sensoren vergraben. Warnen könne man nicht, sagt die Physikerin. " +
        "„Wir messen nur.“",
      "Der Astronom Jonas Keller von der Sternwarte Sonneberg zählt die Meteore. Bewölkung störe kaum, " +
        "sagt der Astronom. „Der August ist unser Monat.“",
    ],
    expected: [
      ["Der Boden hebt sich", "Miriam Hauser"],
      ["Wir messen nur.", "Miriam Hauser"],
      ["Der August ist unser Monat.", "Jonas Keller"],
    ],
  },
  {
    construction:
      "`Generalvikar Tomasz Lewandowski nannte …`, `Captain Nico Baumann …`: a church office (a vicar's, " +
      "alone or compounded) or the Swiss sports pages' English captaincy opening a sentence before a full " +
      "name is the person's office, not the first word of the name; a surname that is a word stays one",
    paragraphs: [
      "Die Pfarre bekommt einen neuen Kirchenchor. Generalvikar Tomasz Lewandowski nannte den Plan " +
        "»ein starkes Signal für die Gemeinden«.",
      "Pfarrvikarin Judith Leitner sieht es nüchterner: »Wir müssen erst Sänger finden.«",
      "Der Verein verlor in Thun. Captain Nico Baumann stellte sich den Fragen: «Wir waren zu passiv.»",
      "«Das tut weh», sagte Vikar Emanuel Ruf nach der Abstimmung.",
      "«Wir geben nicht auf», sagte Bischof nach dem Spiel.",
    ],
    expected: [
      ["ein starkes Signal für die Gemeinden", "Tomasz Lewandowski"],
      ["Wir müssen erst Sänger finden.", "Judith Leitner"],
      ["Wir waren zu passiv.", "Nico Baumann"],
      ["Das tut weh", "Emanuel Ruf"],
      ["Wir geben nicht auf", "Bischof"],
    ],
  },
  {
    construction:
      "teilte das Unternehmen mit nach einem Namen, den ein Wort eines Gewerbes zu dem einer Firma macht " +
      "(„Brandt Logistik“, „Hanse Logistik“), über eine dazwischen genannte Person hinweg",
    paragraphs: [
      "Brandt Logistik streicht 80 Stellen in Kassel. Betriebsrätin Anna Roth kritisiert den Schritt.",
      "„Der Standort ist zu teuer“, erklärte das Unternehmen.",
      "Die Reederei Hanse Logistik hat zwei Schiffe verkauft. Kapitän Ole Brandt ist enttäuscht.",
      "„Die Flotte war zu alt“, sagte das Unternehmen.",
    ],
    expected: [
      ["Der Standort ist zu teuer", "Brandt Logistik"],
      ["Die Flotte war zu alt", "Hanse Logistik"],
    ],
  },
  {
    construction:
      "zwei Körperschaften im Satz davor: die Firma ist die, deren Name ein Gewerbe nennt, die Gemeinde " +
      "die andere (Beinahe-Treffer)",
    paragraphs: [
      "Die Gemeinde Aschau hat Gruber Bau den Auftrag entzogen.",
      "„Wir prüfen eine Klage“, teilte die Firma mit.",
      "Der Stadtrat hat den Vertrag mit Seitz Elektro gekündigt.",
      "„Wir prüfen rechtliche Schritte“, teilte das Unternehmen mit.",
    ],
    expected: [
      ["Wir prüfen eine Klage", "Gruber Bau"],
      ["Wir prüfen rechtliche Schritte", "Seitz Elektro"],
    ],
  },
  {
    construction:
      "teilte der Club/der Klub mit nach einem Verein mit dem Kürzel seiner Art („FC Aarau“, „SV " +
      "Wehen“), nicht nach dem dazwischen genannten Trainer; die Stadt bleibt die Stadt (Beinahe-Treffer)",
    paragraphs: [
      "Die Stadt Aarau hat den Mietvertrag mit dem FC Aarau verlängert.",
      "„Wir sind erleichtert“, teilte der Club mit.",
      "„Der Vertrag läuft bis 2030“, teilte die Stadt mit.",
      "Der SV Wehen hat Trainer Jan Koch entlassen.",
      "„Wir danken ihm für seine Arbeit“, teilte der Klub mit.",
    ],
    expected: [
      ["Wir sind erleichtert", "FC Aarau"],
      ["Der Vertrag läuft bis 2030", "die Stadt Aarau"],
      ["Wir danken ihm für seine Arbeit", "Der SV Wehen"],
    ],
  },
  {
    construction:
      "`sagt Tom Weber, der Ältere` … `sagt der Jüngere`: eine Geburtsfolge in Apposition unterscheidet " +
      "zwei einer Familie, die entgegengesetzte meint den anderen",
    paragraphs: [
      "Tom und Jeff Weber haben den Hof 2015 übernommen. „Wir haben mit sechs Kühen angefangen“, sagt Tom " +
        "Weber, der Ältere.",
      "Jeff Weber, der Tierarzt gelernt hat, und sein Bruder Tom setzen auf Bio. „Es war das schlimmste " +
        "Jahr“, sagt der Jüngere.",
      "Anna und Lena Brandt führen die Bäckerei am Markt. „Wir backen ab vier Uhr“, sagt Lena Brandt, die " +
        "Jüngere.",
      "Anna Brandt macht die Buchhaltung, ihre Schwester Lena den Verkauf. „Die Margen sind dünn“, sagt " +
        "die Ältere.",
    ],
    expected: [
      ["Wir haben mit sechs Kühen angefangen", "Tom Weber"],
      ["Es war das schlimmste Jahr", "Jeff Weber"],
      ["Wir backen ab vier Uhr", "Lena Brandt"],
      ["Die Margen sind dünn", "Anna Brandt"],
    ],
  },
  {
    construction:
      "`Landwirt Paul Keller … sagt Keller` nach `Ministerin Anna Keller … sagte Keller`: der Nachname " +
      "allein kürzt den eben im selben Absatz voll Genannten",
    paragraphs: [
      "Ministerin Anna Keller kündigte die Förderung am Montag an. „Das ist Geld für die Regionen“, sagte " +
        "Keller.",
      "Die Opposition nennt den Betrag zu klein.",
      "In Vilsbiburg ist Landwirt Paul Keller skeptisch. „Das repariert keine Straßen“, sagt Keller.",
      "Trainerin Julia Brandl stellte ihren Kader vor. „Wir sind bereit“, sagte Brandl.",
      "Beim Gegner fällt Kapitän Markus Brandl verletzt aus. „Ich komme schnell zurück“, sagt Brandl.",
    ],
    expected: [
      ["Das ist Geld für die Regionen", "Anna Keller"],
      ["Das repariert keine Straßen", "Paul Keller"],
      ["Wir sind bereit", "Julia Brandl"],
      ["Ich komme schnell zurück", "Markus Brandl"],
    ],
  },
  {
    construction:
      "Negativ: der Nachname allein in einem Absatz, der niemand anderen des Namens nennt, bleibt bei dem, " +
      "den er meinte, auch wenn ein Namensvetter weiter oben voll genannt wurde",
    paragraphs: [
      "Ministerin Anna Keller kündigte die Förderung am Montag an. „Das ist Geld für die Regionen“, sagte " +
        "Keller.",
      "In Vilsbiburg bleibt Landwirt Paul Keller skeptisch.",
      "Vor der Presse sagte Keller: „Jede Region bekommt ihren Anteil.“",
    ],
    expected: [
      ["Das ist Geld für die Regionen", "Anna Keller"],
      ["Jede Region bekommt ihren Anteil.", "Anna Keller"],
    ],
  },
  {
    construction:
      "`sagt Brunner senior`, `sagt Brunner junior`: der Nachname vor einem Verwandtschaftswort meint den " +
      "der Familie, den der Artikel so vorstellte, oder den anderen",
    paragraphs: [
      "Hans Brunner, 64, eröffnete die Schreinerei 1990. Sein Sohn Lukas Brunner, 31, stieg 2015 ein.",
      "„Wir haben beim Brand alles verloren“, sagt Brunner senior. „Wir bauen wieder auf“, sagt Brunner " +
        "junior.",
      "Stefan Ott, 58, führt die Bäckerei in dritter Generation. Sein Vater Kurt Ott, 84, steht noch " +
        "jeden Morgen in der Backstube.",
      "„Ohne ihn ginge es nicht“, sagt Ott junior. „Ich kann nicht anders“, sagt Ott senior.",
    ],
    expected: [
      ["Wir haben beim Brand alles verloren", "Hans Brunner"],
      ["Wir bauen wieder auf", "Lukas Brunner"],
      ["Ohne ihn ginge es nicht", "Stefan Ott"],
      ["Ich kann nicht anders", "Kurt Ott"],
    ],
  },
  {
    construction:
      "Negativ: `sagt Ott junior`, wenn der Artikel keinem der beiden Ott eine Verwandtschaft gab, bleibt " +
      "wie geschrieben",
    paragraphs: [
      "Stefan Ott und Kurt Ott führen die Bäckerei seit 1990.",
      "„Ohne ihn ginge es nicht“, sagt Ott junior.",
    ],
    expected: [["Ohne ihn ginge es nicht", "Ott junior"]],
  },
  {
    construction:
      "sagt der Bauer / die Bäuerin nach Landwirt(in) X, ein Gewerbe unter zwei Wörtern, nicht nach " +
      "dem zuletzt genannten Gemeindepräsidenten; ein Bauer aus dem Nachbardorf bleibt ein Bauer " +
      "(Beinahe-Treffer)",
    paragraphs: [
      "Landwirt Ueli Zaugg zeigt Gemeindepräsident Peter Roth das Feld.",
      "„Es hat zu wenig geregnet“, sagt der Bauer.",
      "Landwirtin Petra Imhof führt den Hof seit 2011. Gemeinderat Urs Berger besuchte sie am Montag.",
      "„Der Boden ist steinhart“, sagt die Bäuerin.",
      "„Das kommt zu spät“, sagt ein Bauer aus dem Nachbardorf.",
    ],
    expected: [
      ["Es hat zu wenig geregnet", "Ueli Zaugg"],
      ["Der Boden ist steinhart", "Petra Imhof"],
      ["Das kommt zu spät", "ein Bauer aus dem Nachbardorf"],
    ],
  },
  {
    construction:
      "sagte der Kämmerer / die Kämmerin nach dem zusammengesetzten Titel (Stadtkämmerer X, " +
      "Kreiskämmerin Y), nicht nach dem zuletzt genannten Bürgermeister oder der Landrätin",
    paragraphs: [
      "Stadtkämmerer Thomas Neuhaus und Bürgermeister Klaus Weber stellten den Haushalt vor.",
      "„Wir haben keinen Spielraum“, sagte der Kämmerer.",
      "Kreiskämmerin Sabine Lorenz widersprach Landrätin Eva Seiler.",
      "„Das können wir uns nicht leisten“, sagte die Kämmerin.",
    ],
    expected: [
      ["Wir haben keinen Spielraum", "Thomas Neuhaus"],
      ["Das können wir uns nicht leisten", "Sabine Lorenz"],
    ],
  },
  {
    construction:
      "sagte der Bürgermeister gleich nach einem Zitat von Stadtkämmerer X ist nicht der Kämmerer " +
      "(Beinahe-Treffer); ergänzte die Senatorin nach Verkehrssenatorin Y ist sie (der zusammengesetzte " +
      "Titel trägt sein Amt)",
    paragraphs: [
      "„Wir sparen“, sagte Stadtkämmerer Thomas Neuhaus.",
      "„Mehr ist nicht drin“, sagte der Bürgermeister.",
      "„Die Strecke ist fertig“, sagte Verkehrssenatorin Claudia Ritter.",
      "„Ab Montag fahren die Busse“, ergänzte die Senatorin.",
    ],
    expected: [
      ["Wir sparen", "Thomas Neuhaus"],
      ["Mehr ist nicht drin", "der Bürgermeister"],
      ["Die Strecke ist fertig", "Claudia Ritter"],
      ["Ab Montag fahren die Busse", "Claudia Ritter"],
    ],
  },
  {
    construction:
      "Die Branchenorganisation X (BO X) …, schreibt die BO X (an acronym keeping a word of the name whole " +
      "goes by the name it spells, with or without brackets)",
    paragraphs: [
      "Die Branchenorganisation Zucker (BO Zucker) hat den Richtpreis gesenkt. Den Entscheid habe man " +
        "„schweren Herzens“ gefällt, schreibt die BO Zucker.",
      "Die Interessengemeinschaft Getreide verlangt Hilfe vom Bund. „Die Ernte war miserabel“, teilte " +
        "die IG Getreide am Montag mit.",
    ],
    expected: [
      ["schweren Herzens", "Die Branchenorganisation Zucker"],
      ["Die Ernte war miserabel", "Die Interessengemeinschaft Getreide"],
    ],
  },
  {
    construction:
      "Die Interessengemeinschaft X …, schreibt die BO X (negative: another body sharing the kept word " +
      "whose initials are not the acronym's, or none written out)",
    paragraphs: [
      "Die Interessengemeinschaft Obst kritisiert die Importe. „Das ist ein Preisdumping“, schreibt die BO " +
        "Obst.",
      "„Wir sind enttäuscht“, sagte die VG Holz.",
    ],
    expected: [
      ["Das ist ein Preisdumping", "die BO Obst"],
      ["Wir sind enttäuscht", "die VG Holz"],
    ],
  },
  {
    construction:
      "Der Bayerische Jagdverband …, schreibt der Verband (an adjective capitalised after the determiner " +
      "is the body's name's: the short form goes by the whole name)",
    paragraphs: [
      "Der Bayerische Jagdverband lehnt den Plan ab.",
      "„Das ist ein Fehler“, schreibt der Verband.",
      "Der Schweizerische Imkerverband zählt weniger Völker. „Der Winter war hart“, sagte der Imkerverband.",
    ],
    expected: [
      ["Das ist ein Fehler", "Der Bayerische Jagdverband"],
      ["Der Winter war hart", "Der Schweizerische Imkerverband"],
    ],
  },
  {
    construction:
      "`Geschäftsführerin X traf Betriebsrat Y`, `Technischer Direktor X`: das Amt vor dem Namen am " +
      "Satzanfang, dann `die Geschäftsführerin`, `der Direktor`; ein nie genannter Anwohner bleibt eine " +
      "Beschreibung (Beinahe-Treffer)",
    paragraphs: [
      "Geschäftsführerin Eva Roth traf Betriebsrat Klaus Bein.",
      "„Wir stellen ein“, sagte die Geschäftsführerin.",
      "Technischer Direktor Jan Vogt traf Bürgermeisterin Ute Krause.",
      "„Die Anlage läuft“, sagte der Direktor.",
      "„Niemand hat uns gefragt“, sagte ein Anwohner.",
    ],
    expected: [
      ["Wir stellen ein", "Eva Roth"],
      ["Die Anlage läuft", "Jan Vogt"],
      ["Niemand hat uns gefragt", "ein Anwohner"],
    ],
  },
]);
