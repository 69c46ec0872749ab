// A ninth round of composed German news articles, in the styles of outlets and beats the first eight rounds
// (articles.de to articles8.de) did not use: Nürnberger Nachrichten (local politics: a cycle lane on the old
// town ring, a citizens' initiative quoted in the headline and the body, the transport officer, a council
// group's leader, the retailers, a slogan on a placard, an unnamed councillor), Oberösterreichische
// Nachrichten (Austria, business: a window maker's job cuts, the company's statement, the owner by his age, a
// union official across two paragraphs, the regional minister, the mayor), Luzerner Zeitung (Switzerland,
// courts, with «…»: a speeding trial, the presiding judge, the prosecutor, the defence, the accused's last
// word, a legal term in marks), Kronen Zeitung (Austria, crime: fake police officers, a pensioner with an
// initial, her son's words as she recalls them, the police spokeswoman after a colon, an unnamed
// investigator, the paper's name and a scare-quoted word), Freie Presse (education: a village school closing,
// the head teacher, the parents' spokesman, a motto, an authority's spokeswoman, a local mayor asking, a
// pupil by her first name), Neue Osnabrücker Zeitung (health: a country doctor retiring, her split quote, a
// planning document, an association's spokesman, the mayor, a patient), Aargauer Zeitung (Switzerland, a
// hailstorm, with «…»: the fire chief in the headline and the body, a meteorologist, a warning level's name,
// a resident, the building insurer, the Gemeindeammann), Braunschweiger Zeitung (sport: a basketball derby,
// both coaches, a young scorer with a nickname, the captain), Dolomiten (South Tyrol, science: a glacier's
// loss, a glaciologist, a study's authors and a journal's name, the hydrology office, a hut keeper) and
// Thüringer Allgemeine (culture: a Faust premiere, the director, the lead actor with a nested quote, a
// support association's open letter, the intendant, a student and an unnamed older man). Every article was
// written for these tests, before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Nürnberger Nachrichten, Stadtrat: Titelzitat im Text wiederholt, die 34-Jährige, " +
      "Fraktionschefin spricht von, Parole auf Plakaten, ein Stadtrat der SPD",
    headline: "Radweg am Frauentorgraben: „Wir lassen uns nicht länger hinhalten“",
    standfirst:
      "Der Stadtrat streitet über eine Spur für Radfahrer auf dem Altstadtring. Die Initiative " +
      "Radentscheid macht Druck.",
    paragraphs: [
      "Die Stadt Nürnberg soll bis zum Sommer eine durchgehende Radspur auf dem Altstadtring " +
        "einrichten. Das fordert der Radentscheid Nürnberg, der im vergangenen Jahr mehr als 28.000 " +
        "Unterschriften gesammelt hat. Am Mittwoch debattierte der Stadtrat über den Antrag.",
      "„Wir lassen uns nicht länger hinhalten“, sagte Initiativensprecherin Lena Hofbauer vor der " +
        "Sitzung im Rathaus. Seit zwei Jahren werde der Bau der Spur verschoben, kritisierte die " +
        "34-Jährige. „Jede Woche gibt es am Frauentorgraben gefährliche Situationen.“",
      "Verkehrsreferent Thomas Sailer (CSU) warb um Geduld. Der Ring sei eine der wichtigsten " +
        "Verkehrsachsen der Stadt, eine Spur wegzunehmen habe Folgen für Busse und Lieferverkehr. " +
        "„Wir wollen die Radspur, aber wir wollen sie richtig machen“, sagte er. Ein Gutachten soll " +
        "bis Ostern klären, wie sich der Verkehr verlagert.",
      "Die Grünen halten das für eine Ausrede. Fraktionschefin Annika Brügel sprach von einer " +
        "„Verzögerungstaktik“. „Gutachten haben wir genug“, sagte sie. „Was fehlt, ist der " +
        "politische Wille.“",
      "Skeptisch ist der Handelsverband. Die Einzelhändler in der Altstadt fürchten, dass Kunden " +
        "aus dem Umland wegbleiben, wenn der Ring enger wird. „Schon heute klagen viele Geschäfte " +
        "über sinkende Umsätze“, sagte Bezirksgeschäftsführer Uwe Dietz. Vor dem Rathaus hielten " +
        "Händler Plakate mit der Aufschrift „Altstadt braucht Autos“ hoch.",
      "Eine Entscheidung fiel am Mittwoch nicht, der Antrag wurde in den Verkehrsausschuss " +
        "verwiesen. „Wir haben Zeit gewonnen, mehr nicht“, sagte ein Stadtrat der SPD nach der " +
        "Sitzung.",
    ],
    quotes: [
      ["Wir lassen uns nicht länger hinhalten", "Lena Hofbauer"],
      ["Jede Woche gibt es am Frauentorgraben gefährliche Situationen.", "Lena Hofbauer"],
      ["Wir wollen die Radspur, aber wir wollen sie richtig machen", "Thomas Sailer"],
      ["Verzögerungstaktik", "Annika Brügel"],
      ["Gutachten haben wir genug", "Annika Brügel"],
      ["Was fehlt, ist der politische Wille.", "Annika Brügel"],
      ["Schon heute klagen viele Geschäfte über sinkende Umsätze", "Uwe Dietz"],
      ["Wir haben Zeit gewonnen, mehr nicht", "ein Stadtrat der SPD"],
    ],
  },
  {
    name:
      "Oberösterreichische Nachrichten, Wirtschaft: heißt es in einer Aussendung des Unternehmens, " +
      "der 61-Jährige den OÖN, Zitat über zwei Absätze, Landesrat im Konjunktiv, Bürgermeisterin",
    headline: "Fensterbauer Pichler streicht 180 Stellen in Freistadt",
    standfirst:
      "Der Mühlviertler Betrieb begründet den Abbau mit der Flaute am Bau. Die Gewerkschaft " +
      "fordert eine Arbeitsstiftung.",
    paragraphs: [
      "Die Pichler Fenstertechnik GmbH baut an ihrem Stammsitz in Freistadt 180 von rund 650 " +
        "Arbeitsplätzen ab. Das gab das Unternehmen am Dienstag bekannt. Die Kündigungen sollen bis " +
        "Ende März ausgesprochen werden, die Betroffenen wurden beim AMS-Frühwarnsystem angemeldet.",
      "„Die Auftragslage im Wohnbau ist so schlecht wie seit zwanzig Jahren nicht“, heißt es in " +
        "einer Aussendung des Unternehmens. Man habe alle Möglichkeiten ausgeschöpft, von der " +
        "Kurzarbeit bis zum Abbau von Überstunden.",
      "Geschäftsführer Johann Pichler, der den Betrieb in dritter Generation führt, bat die " +
        "Belegschaft am Dienstagmorgen in die Werkshalle. „Das war der schwerste Tag in meinem " +
        "Berufsleben“, sagte der 61-Jährige danach den OÖN. „Aber wenn wir jetzt nicht handeln, " +
        "gefährden wir alle 650 Arbeitsplätze.“",
      "PRO-GE-Landessekretär Robert Maier sprach von einem „schwarzen Tag für die Region“ und " +
        "kündigte harte Verhandlungen über einen Sozialplan an. Er fordert eine Arbeitsstiftung: " +
        "„Viele der Betroffenen sind über 50 und seit Jahrzehnten im Betrieb. Die finden nicht von " +
        "heute auf morgen etwas Neues.",
      "„Da ist das Land genauso gefordert wie das Unternehmen.“",
      "Wirtschaftslandesrat Florian Ebner (ÖVP) sagte Unterstützung zu. Das Land werde sich an " +
        "einer Stiftung beteiligen, versicherte er. Die Lage am Bau sei „ernst, aber nicht " +
        "hoffnungslos“, heuer rechne man mit einer leichten Erholung.",
      "In Freistadt ist die Betroffenheit groß. „Bei uns kennt jeder jemanden, der bei Pichler " +
        "arbeitet“, sagt Bürgermeisterin Elisabeth Leitner.",
    ],
    quotes: [
      [
        "Die Auftragslage im Wohnbau ist so schlecht wie seit zwanzig Jahren nicht",
        "Die Pichler Fenstertechnik GmbH",
      ],
      ["Das war der schwerste Tag in meinem Berufsleben", "Johann Pichler"],
      ["Aber wenn wir jetzt nicht handeln, gefährden wir alle 650 Arbeitsplätze.", "Johann Pichler"],
      ["schwarzen Tag für die Region", "Robert Maier"],
      [
        "Viele der Betroffenen sind über 50 und seit Jahrzehnten im Betrieb. Die finden nicht von " +
          "heute auf morgen etwas Neues.",
        "Robert Maier",
      ],
      ["Da ist das Land genauso gefordert wie das Unternehmen.", "Robert Maier"],
      ["ernst, aber nicht hoffnungslos", "Florian Ebner"],
      ["Bei uns kennt jeder jemanden, der bei Pichler arbeitet", "Elisabeth Leitner"],
    ],
  },
  {
    name:
      "Luzerner Zeitung, Gericht, «…»: Gerichtspräsidentin an den Beschuldigten gewandt, so die " +
      "Richterin, Plädoyer, Verteidiger, Schlusswort mit Doppelpunkt, Gesetzesbegriff in Zeichen",
    headline: "Raser von Emmen muss ins Gefängnis",
    standfirst:
      "Das Kriminalgericht Luzern verurteilt einen 27-Jährigen zu 30 Monaten Freiheitsstrafe. Er " +
      "war mit 142 km/h durch ein Dorf gefahren.",
    paragraphs: [
      "Es war kurz nach Mitternacht, als der Sportwagen im Juni 2024 mit 142 Stundenkilometern " +
        "durch Emmen raste – erlaubt sind dort 50. Am Donnerstag hat das Kriminalgericht Luzern den " +
        "Lenker, einen 27-jährigen Automechaniker, wegen eines qualifizierten groben " +
        "Verkehrsregelverstosses verurteilt. Er muss 12 der 30 Monate absitzen.",
      "Der Fall fällt unter den sogenannten «Raserartikel» des Strassenverkehrsgesetzes, der für " +
        "solche Delikte eine Mindeststrafe von einem Jahr vorsieht.",
      "Gerichtspräsidentin Claudia Rüttimann fand in der Urteilsbegründung deutliche Worte. «Sie " +
        "haben das Leben von Menschen aufs Spiel gesetzt, nur um zu zeigen, was Ihr Auto kann», " +
        "sagte sie an den Beschuldigten gewandt. Dass niemand verletzt worden sei, sei «reines " +
        "Glück» gewesen, so die Richterin.",
      "Staatsanwältin Nadja Imfeld hatte 36 Monate gefordert, davon 18 unbedingt. In ihrem " +
        "Plädoyer sprach sie von einer «Machtdemonstration auf öffentlicher Strasse». Der " +
        "Beschuldigte habe sich zuvor mit einem Kollegen ein Rennen geliefert.",
      "Sein Verteidiger Marco Felder plädierte auf eine bedingte Strafe. Sein Mandant habe aus dem " +
        "Vorfall gelernt und das Auto verkauft. «Er ist kein notorischer Raser, sondern ein junger " +
        "Mann, der einen riesigen Fehler gemacht hat», sagte Felder.",
      "Der Beschuldigte selbst entschuldigte sich in seinem Schlusswort: «Ich schäme mich. Ich " +
        "weiss, dass ich Glück hatte.» Das Urteil nahm er ohne sichtbare Regung entgegen.",
      "Das Urteil ist noch nicht rechtskräftig. Felder liess offen, ob er es ans Kantonsgericht " +
        "weiterzieht. «Wir werden das schriftliche Urteil genau studieren», sagte er nach der " +
        "Verhandlung.",
    ],
    quotes: [
      [
        "Sie haben das Leben von Menschen aufs Spiel gesetzt, nur um zu zeigen, was Ihr Auto kann",
        "Claudia Rüttimann",
      ],
      ["reines Glück", "Claudia Rüttimann"],
      ["Machtdemonstration auf öffentlicher Strasse", "Nadja Imfeld"],
      [
        "Er ist kein notorischer Raser, sondern ein junger Mann, der einen riesigen Fehler gemacht hat",
        "Marco Felder",
      ],
      ["Ich schäme mich. Ich weiss, dass ich Glück hatte.", "Der Beschuldigte"],
      ["Wir werden das schriftliche Urteil genau studieren", "Marco Felder"],
    ],
  },
  {
    name:
      "Kronen Zeitung, Kriminalität: Titelfragment, Pensionistin mit Initial und Alter, der " +
      "„Krone“, Worte des Sohnes im Konjunktiv, Ihr Rat:, räumt ein Ermittler ein, " +
      "Anführungszeichen als Ironie",
    todo:
      "a speaker with an initial and age in brackets (“Hertha K. (83)”) lost to a noun for the " +
      "headline fragment and to “die Pensionistin der „Krone“”; a son's words recalled (“habe er " +
      "gesagt”) given to an earlier “Ein Mann”",
    headline: "Falsche Polizisten erbeuten Goldschmuck: „Ich hab ihnen alles geglaubt“",
    standfirst: "Grazer Pensionistin um 40.000 Euro betrogen – Polizei warnt vor neuer Masche.",
    paragraphs: [
      "Es begann mit einem Anruf am späten Nachmittag. Ein Mann, der sich als Kriminalbeamter " +
        "ausgab, erzählte Hertha K. (83) aus Graz-Eggenberg, in ihrer Nachbarschaft sei eine " +
        "Einbrecherbande unterwegs. Ihr Schmuck sei zu Hause nicht mehr sicher.",
      "„Er war so freundlich und hat so genau gewusst, wo ich wohne. Ich hab ihnen alles " +
        "geglaubt“, schildert die Pensionistin der „Krone“. Noch am selben Abend übergab sie einem " +
        "„Kollegen“ des Anrufers vor ihrer Haustür Goldschmuck und Münzen im Wert von rund 40.000 " +
        "Euro.",
      "Erst als ihr Sohn am nächsten Tag anrief, flog der Betrug auf. „Mama, die Polizei holt doch " +
        "keinen Schmuck ab“, habe er gesagt. Da habe sie gewusst, dass alles weg sei.",
      "Bei der Landespolizeidirektion Steiermark kennt man die Masche. „Allein heuer hatten wir in " +
        "der Steiermark mehr als 200 solcher Anrufe“, sagt Polizeisprecherin Sabine Reiter. Die " +
        "Täter säßen oft im Ausland und arbeiteten mit Callcentern.",
      "Ihr Rat: „Legen Sie sofort auf. Die echte Polizei verlangt niemals Geld oder Wertsachen.“ " +
        "Im Zweifel solle man selbst den Notruf 133 wählen.",
      "Der Abholer konnte inzwischen ausgeforscht werden, ein 24-Jähriger wurde in Wien " +
        "festgenommen. „Die Hintermänner kriegen wir aber meistens nicht“, räumt ein Ermittler ein.",
      "Hertha K. will trotzdem nicht schweigen. „Wenn meine Geschichte nur eine andere Oma warnt, " +
        "hat es sich ausgezahlt“, sagt sie.",
    ],
    quotes: [
      ["Ich hab ihnen alles geglaubt", "Hertha K."],
      [
        "Er war so freundlich und hat so genau gewusst, wo ich wohne. Ich hab ihnen alles geglaubt",
        "Hertha K.",
      ],
      ["Mama, die Polizei holt doch keinen Schmuck ab", "ihr Sohn"],
      ["Allein heuer hatten wir in der Steiermark mehr als 200 solcher Anrufe", "Sabine Reiter"],
      ["Legen Sie sofort auf. Die echte Polizei verlangt niemals Geld oder Wertsachen.", "Sabine Reiter"],
      ["Die Hintermänner kriegen wir aber meistens nicht", "ein Ermittler"],
      ["Wenn meine Geschichte nur eine andere Oma warnt, hat es sich ausgezahlt", "Hertha K."],
    ],
  },
  {
    name:
      "Freie Presse, Bildung: Schulleiterin, die 58-Jährige mit Doppelpunkt, Motto auf Bannern, " +
      "wirft vor mit Teilzitat, Sprecherin des Landesamts, fragt mit Fragezeichen, Schülerin mit " +
      "Vornamen",
    todo:
      "a spokeswoman named by her authority in “teilte eine Sprecherin des Landesamts … mit” lost " +
      "to a noun of the reported speech; a child introduced as “Die neunjährige Emma” not taken " +
      "for a later “sagt sie”",
    headline: "Grundschule in Pobershau vor dem Aus",
    standfirst:
      "Zu wenig Kinder, zu wenig Lehrer: Das Landesamt will die Schule im Sommer schließen. Eltern " +
      "wehren sich.",
    paragraphs: [
      "In der Grundschule Pobershau lernen derzeit 41 Kinder in vier Klassen. Für das kommende " +
        "Schuljahr sind nur sieben Erstklässler angemeldet – zu wenige, sagt das Landesamt für " +
        "Schule und Bildung. Die Behörde will den Standort zum Schuljahresende aufgeben und die " +
        "Kinder nach Marienberg schicken.",
      "„Für einen Sechsjährigen bedeutet das jeden Tag fast eine Stunde im Bus“, sagt " +
        "Schulleiterin Kerstin Uhlig. Die 58-Jährige unterrichtet seit 30 Jahren in Pobershau. Eine " +
        "kleine Schule sei kein Nachteil, im Gegenteil: „Bei uns geht kein Kind verloren.“",
      "Die Eltern haben eine Initiative gegründet und mehr als 1.900 Unterschriften gesammelt. Ihr " +
        "Motto „Kurze Beine, kurze Wege“ steht auf Bannern am Schulzaun. Sprecher Tobias Lorenz, " +
        "Vater von zwei Kindern, wirft dem Landesamt vor, „nur auf Tabellen zu schauen“. Er sagt: " +
        "„Wenn die Schule geht, gehen auch die jungen Familien.“",
      "Das Landesamt verweist auf das Schulgesetz. Eine Grundschule im ländlichen Raum brauche in " +
        "der Regel mindestens 15 Kinder pro Klassenstufe, teilte eine Sprecherin des Landesamts auf " +
        "Anfrage der „Freien Presse“ mit. Zudem fehlten im Erzgebirge Lehrkräfte: „Wir können nicht " +
        "an jedem Standort eine vollständige Versorgung sicherstellen.“",
      "„Wir haben in den letzten Jahren die Turnhalle saniert und einen neuen Spielplatz gebaut. " +
        "Das soll jetzt alles umsonst gewesen sein?“, fragt Ortsvorsteher Jens Günther.",
      "Die neunjährige Emma aus der dritten Klasse hat für die Demonstration vor dem Rathaus ein " +
        "Plakat gemalt. „Ich will nicht in eine große Schule“, sagt sie.",
      "Entscheiden soll der Marienberger Stadtrat im März.",
    ],
    quotes: [
      ["Für einen Sechsjährigen bedeutet das jeden Tag fast eine Stunde im Bus", "Kerstin Uhlig"],
      ["Bei uns geht kein Kind verloren.", "Kerstin Uhlig"],
      ["nur auf Tabellen zu schauen", "Tobias Lorenz"],
      ["Wenn die Schule geht, gehen auch die jungen Familien.", "Tobias Lorenz"],
      [
        "Wir können nicht an jedem Standort eine vollständige Versorgung sicherstellen.",
        "eine Sprecherin des Landesamts",
      ],
      [
        "Wir haben in den letzten Jahren die Turnhalle saniert und einen neuen Spielplatz gebaut. " +
          "Das soll jetzt alles umsonst gewesen sein?",
        "Jens Günther",
      ],
      ["Ich will nicht in eine große Schule", "Emma"],
    ],
  },
  {
    name:
      "Neue Osnabrücker Zeitung, Gesundheit: Dr. vor dem Namen, geteiltes Zitat mit sagt die " +
      "67-Jährige, heißt es im Bedarfsplan, sagte er unserer Redaktion, der CDU-Politiker, " +
      "Patientin mit Alter und Doppelpunkt",
    todo: "a document of a body (“heißt es im Bedarfsplan der KVN”) reduced to the genitive “der KVN”",
    headline: "Letzte Hausärztin in Lähden hört auf – und findet keine Nachfolge",
    standfirst:
      "Im nördlichen Emsland fehlen Dutzende Hausärzte. Die Gemeinde lockt mit Geld, bisher vergeblich.",
    paragraphs: [
      "Nach 31 Jahren schließt Dr. Martina Kötter zum 30. Juni ihre Praxis in Lähden. Zwei Jahre " +
        "lang hat die Allgemeinmedizinerin eine Nachfolgerin oder einen Nachfolger gesucht, ohne " +
        "Erfolg. Rund 1.800 Patientinnen und Patienten müssen sich nun einen neuen Hausarzt suchen.",
      "„Ich hätte gern noch ein paar Jahre weitergemacht“, sagt die 67-Jährige, „aber meine Knie " +
        "machen das nicht mehr mit.“ Sie habe Anzeigen geschaltet, mit Universitäten gesprochen und " +
        "ihre Praxisräume sogar zu einem symbolischen Preis angeboten.",
      "Im Mittelbereich Haselünne sind nach Angaben der Kassenärztlichen Vereinigung Niedersachsen " +
        "(KVN) derzeit elf Hausarztsitze unbesetzt. „Der Versorgungsgrad liegt deutlich unter 75 " +
        "Prozent, es droht Unterversorgung“, heißt es im Bedarfsplan der KVN.",
      "KVN-Sprecher Heiko Brandes sieht vor allem ein Nachwuchsproblem. „Junge Mediziner wollen " +
        "oft angestellt arbeiten und in Teilzeit“, sagte er unserer Redaktion. Eine Einzelpraxis auf " +
        "dem Land sei für viele „kein attraktives Modell mehr“.",
      "Die Gemeinde will das nicht hinnehmen. Bürgermeister Stefan Wilken hat einen Zuschuss von " +
        "50.000 Euro für eine Praxisübernahme ausgelobt. „Wir sind bereit, auch eine Wohnung zu " +
        "stellen und bei der Kita-Suche zu helfen“, sagt der CDU-Politiker. Gemeldet habe sich " +
        "bislang niemand.",
      "Für viele Patienten ist die Nachricht ein Schock. Hildegard Moss (79) lässt sich seit " +
        "Jahrzehnten von Kötter behandeln, einen Führerschein hat sie nicht. Wie sie künftig zum " +
        "Arzt nach Haselünne kommen soll, weiß sie nicht: „Mein Mann ist auch nicht mehr gut zu Fuß. " +
        "Wir sind auf die Nachbarn angewiesen.“",
    ],
    quotes: [
      ["Ich hätte gern noch ein paar Jahre weitergemacht", "Martina Kötter"],
      ["aber meine Knie machen das nicht mehr mit.", "Martina Kötter"],
      [
        "Der Versorgungsgrad liegt deutlich unter 75 Prozent, es droht Unterversorgung",
        "der Bedarfsplan der KVN",
      ],
      ["Junge Mediziner wollen oft angestellt arbeiten und in Teilzeit", "Heiko Brandes"],
      ["kein attraktives Modell mehr", "Heiko Brandes"],
      ["Wir sind bereit, auch eine Wohnung zu stellen und bei der Kita-Suche zu helfen", "Stefan Wilken"],
      ["Mein Mann ist auch nicht mehr gut zu Fuß. Wir sind auf die Nachbarn angewiesen.", "Hildegard Moss"],
    ],
  },
  {
    name:
      "Aargauer Zeitung, Unwetter, «…»: Titelzitat im Text wiederholt, Feuerwehrkommandant mit " +
      "Relativsatz, Warnstufe in Zeichen, erklärt Meteorologin, erzählt die Rentnerin, teilte die " +
      "AGV mit, Gemeindeammann",
    headline: "Hagelsturm im Freiamt: «So etwas habe ich noch nie erlebt»",
    standfirst:
      "Keller unter Wasser, Autos zerbeult: Ein Gewitter hat am Dienstagabend in Wohlen und " +
      "Villmergen grosse Schäden angerichtet.",
    paragraphs: [
      "Innert zwanzig Minuten fielen in Wohlen am Dienstagabend über 40 Liter Regen pro " +
        "Quadratmeter, dazu Hagelkörner so gross wie Tischtennisbälle. Die Feuerwehr rückte bis in " +
        "die Nacht zu mehr als 120 Einsätzen aus.",
      "«So etwas habe ich noch nie erlebt», sagt Feuerwehrkommandant Roger Stutz, der seit 26 " +
        "Jahren im Dienst ist. Vor allem in den tiefer gelegenen Quartieren seien ganze Tiefgaragen " +
        "vollgelaufen. «Wir mussten Prioritäten setzen und zuerst dorthin, wo Menschen in Gefahr " +
        "waren.»",
      "MeteoSchweiz hatte für das Freiamt die Warnstufe «erhebliche Gefahr» ausgegeben. Dass sich " +
        "die Zelle ausgerechnet über Wohlen entlud, sei kaum vorherzusagen gewesen, erklärt " +
        "Meteorologin Sandra Brügger. «Gewitterzellen bilden sich innert Minuten. Wo genau sie " +
        "niedergehen, kann niemand auf den Kilometer genau sagen.»",
      "Monika Huber stand am Mittwochmorgen vor ihrem Keller, in dem noch immer knöcheltief Wasser " +
        "stand. Waschmaschine, Tiefkühler, die Weihnachtsdekoration: alles kaputt. «Das Wasser kam " +
        "durch die Lichtschächte, wir konnten nichts machen», erzählt die Rentnerin.",
      "Die Aargauische Gebäudeversicherung rechnet mit Schäden in Millionenhöhe. «Wir gehen " +
        "derzeit von mehreren tausend Schadenmeldungen aus», teilte die AGV am Mittwoch mit. " +
        "Betroffene sollen Schäden fotografieren und online melden.",
      "Gemeindeammann Thomas Kappeler besuchte am Mittwoch die betroffenen Quartiere und lobte den " +
        "Einsatz von Feuerwehr und Zivilschutz. Verletzt wurde niemand. Wohlen sei «mit einem blauen " +
        "Auge davongekommen», sagte er.",
    ],
    quotes: [
      ["So etwas habe ich noch nie erlebt", "Roger Stutz"],
      ["Wir mussten Prioritäten setzen und zuerst dorthin, wo Menschen in Gefahr waren.", "Roger Stutz"],
      [
        "Gewitterzellen bilden sich innert Minuten. Wo genau sie niedergehen, kann niemand auf den " +
          "Kilometer genau sagen.",
        "Sandra Brügger",
      ],
      ["Das Wasser kam durch die Lichtschächte, wir konnten nichts machen", "Monika Huber"],
      ["Wir gehen derzeit von mehreren tausend Schadenmeldungen aus", "Die Aargauische Gebäudeversicherung"],
      ["mit einem blauen Auge davongekommen", "Thomas Kappeler"],
    ],
  },
  {
    name:
      "Braunschweiger Zeitung, Basketball: Trainer im Titel, Spitzname in Zeichen, der " +
      "Aufbauspieler, Kapitän mit Doppelpunkt, meinte BG-Trainer, so X mit Teilzitat",
    headline: "Löwen-Coach nach Derbysieg: „Das war Charakter pur“",
    standfirst:
      "Braunschweig gewinnt gegen Göttingen mit 84:79 nach Verlängerung. Matchwinner ist ein Youngster.",
    paragraphs: [
      "Die Basketball Löwen Braunschweig haben das Niedersachsen-Derby gegen die BG Göttingen " +
        "gewonnen. Vor 6100 Zuschauern in der Volkswagen Halle setzte sich das Team von Trainer " +
        "Jesús Ramírez nach Verlängerung mit 84:79 durch. Zur Pause hatten die Löwen noch mit 15 " +
        "Punkten zurückgelegen.",
      "„Das war Charakter pur“, sagte Ramírez nach der Partie. „Wir haben in der ersten Halbzeit " +
        "schlecht verteidigt, aber die Jungs haben nie aufgegeben.“",
      "Matchwinner war Jonas Kessler. Der 20-Jährige, den die Fans nur „Kess“ nennen, traf in der " +
        "Verlängerung zwei Dreier in Folge. „Ich habe einfach geworfen und nicht nachgedacht“, sagte " +
        "der Aufbauspieler und grinste. Insgesamt kam er auf 19 Punkte.",
      "Kapitän Malik Osei lobte den Youngster: „Jonas hat heute gezeigt, warum wir ihm so " +
        "vertrauen. Der hat keine Angst vor großen Momenten.“",
      "Auf Göttinger Seite herrschte Frust. „Wir geben ein Spiel mit 15 Punkten Vorsprung aus der " +
        "Hand. Das darf uns nicht passieren“, meinte BG-Trainer Lars Wendt. Sein Team habe im " +
        "dritten Viertel „den Kopf verloren“, so Wendt.",
      "Durch den Sieg klettern die Löwen auf Platz elf. Am Sonntag geht es nach Ulm.",
    ],
    quotes: [
      ["Das war Charakter pur", "Jesús Ramírez"],
      [
        "Wir haben in der ersten Halbzeit schlecht verteidigt, aber die Jungs haben nie aufgegeben.",
        "Jesús Ramírez",
      ],
      ["Ich habe einfach geworfen und nicht nachgedacht", "Jonas Kessler"],
      [
        "Jonas hat heute gezeigt, warum wir ihm so vertrauen. Der hat keine Angst vor großen Momenten.",
        "Malik Osei",
      ],
      [
        "Wir geben ein Spiel mit 15 Punkten Vorsprung aus der Hand. Das darf uns nicht passieren",
        "Lars Wendt",
      ],
      ["den Kopf verloren", "Lars Wendt"],
    ],
  },
  {
    name:
      "Dolomiten, Wissenschaft: die Glaziologin vom Institut, so die Forscherin mit Doppelpunkt, " +
      "Fachzeitschrift in Zeichen, schreiben die Autoren, Direktor in Apposition, warnt, erzählt " +
      "der 54-Jährige",
    headline: "Langtauferer Ferner verliert 1,8 Meter Eis in einem Jahr",
    standfirst:
      "Forscher von Eurac Research legen neue Messdaten vor. Bis 2060 könnten die meisten " +
      "Gletscher Südtirols verschwunden sein.",
    paragraphs: [
      "Der Gletscherschwund in Südtirol geht ungebremst weiter. Am Langtauferer Ferner im oberen " +
        "Vinschgau hat die Eisdicke im vergangenen Haushaltsjahr im Durchschnitt um 1,8 Meter " +
        "abgenommen. Das geht aus Messungen hervor, die das Landesamt für Hydrologie gemeinsam mit " +
        "Eurac Research in Bozen durchgeführt hat.",
      "„Das ist der dritthöchste Verlust seit Beginn unserer Messreihe im Jahr 1996“, sagt die " +
        "Glaziologin Verena Mair vom Institut für Erdbeobachtung. Schuld seien vor allem der " +
        "schneearme Winter und ein außergewöhnlich warmer August.",
      "Besonders besorgniserregend sei, dass der Gletscher zunehmend in einzelne Teile zerfalle, " +
        "so die Forscherin. Dunkle Schuttflächen auf dem Eis beschleunigten das Abschmelzen: „Ein " +
        "Gletscher, der einmal in diesen Zustand kommt, erholt sich nicht mehr.“",
      "In einer Studie, die kürzlich in der Fachzeitschrift „The Cryosphere“ erschienen ist, haben " +
        "die Forscher die Entwicklung aller 212 Gletscher Südtirols modelliert. „Selbst bei einer " +
        "deutlichen Reduktion der Treibhausgasemissionen werden bis 2060 mehr als 80 Prozent des " +
        "heutigen Eisvolumens verloren gehen“, schreiben die Autoren.",
      "Der Direktor des Landesamts für Hydrologie, Michael Rainer, verweist auf die Folgen für die " +
        "Wasserversorgung. Im Spätsommer stamme in manchen Tälern bis zur Hälfte des Abflusses aus " +
        "der Gletscherschmelze. „Wenn dieser Beitrag wegfällt, wird es für die Landwirtschaft und " +
        "die Kraftwerke eng“, warnt Rainer.",
      "Auch am Berg sind die Veränderungen sichtbar. Alois Thöni führt seit 22 Jahren die " +
        "Weißkugelhütte. „Früher sind wir vom Hüttenweg aus direkt aufs Eis gegangen. Heute gehen " +
        "die Bergsteiger eine halbe Stunde über Geröll“, erzählt der 54-Jährige. Die Route auf die " +
        "Weißkugel sei im Hochsommer „kaum noch zu verantworten“.",
    ],
    quotes: [
      ["Das ist der dritthöchste Verlust seit Beginn unserer Messreihe im Jahr 1996", "Verena Mair"],
      ["Ein Gletscher, der einmal in diesen Zustand kommt, erholt sich nicht mehr.", "Verena Mair"],
      [
        "Selbst bei einer deutlichen Reduktion der Treibhausgasemissionen werden bis 2060 mehr als " +
          "80 Prozent des heutigen Eisvolumens verloren gehen",
        "die Autoren",
      ],
      [
        "Wenn dieser Beitrag wegfällt, wird es für die Landwirtschaft und die Kraftwerke eng",
        "Michael Rainer",
      ],
      [
        "Früher sind wir vom Hüttenweg aus direkt aufs Eis gegangen. Heute gehen die Bergsteiger " +
          "eine halbe Stunde über Geröll",
        "Alois Thöni",
      ],
      ["kaum noch zu verantworten", "Alois Thöni"],
    ],
  },
  {
    name:
      "Thüringer Allgemeine, Kultur: Stücktitel in Titel und Text, Regisseurin mit Alter, " +
      "verschachteltes Zitat, offener Brief des Fördervereins, sprach von, Studentin mit " +
      "Doppelpunkt, ein älterer Herr",
    todo:
      "an open letter of the body named before (“heißt es in einem offenen Brief”) given to " +
      "“Brief”; an unnamed “Ein älterer Herr … sagte er” given to the speaker of the previous " +
      "sentence",
    headline: "Ein „Faust“ für die Generation Smartphone",
    standfirst:
      "Das Deutsche Nationaltheater Weimar eröffnet die Saison mit Goethes Klassiker. Die " +
      "Inszenierung spaltet das Publikum.",
    paragraphs: [
      "Gretchen scrollt durch Instagram, Mephisto verkauft Kryptowährung: Mit einer radikal " +
        "modernen Lesart von „Faust. Der Tragödie erster Teil“ hat das Deutsche Nationaltheater " +
        "Weimar am Samstagabend die neue Spielzeit eröffnet. Am Ende gab es Jubel, aber auch " +
        "vereinzelte Buhrufe.",
      "Regisseurin Paula Engel, 36, verteidigt ihren Ansatz. „Goethe hat über Verführung " +
        "geschrieben, über einen Mann, der alles will und nichts aushält. Das ist heute aktueller " +
        "denn je“, sagte sie nach der Premiere. Sie wolle junge Menschen ins Theater holen, „die " +
        "sonst nie einen Klassiker sehen würden“.",
      "Den Faust spielt Henrik Voss, seit vier Jahren im Ensemble. Für den 41-Jährigen ist es die " +
        "Rolle seines Lebens. „Als Paula mir gesagt hat: ‚Du spielst den Faust mit dem Handy in der " +
        "Hand‘, habe ich erst gelacht“, erzählt er.",
      "Nicht alle teilen die Begeisterung. Der Förderverein des Theaters hatte schon vor der " +
        "Premiere Bedenken angemeldet. „Weimar ist die Stadt Goethes. Wer hier inszeniert, trägt " +
        "eine besondere Verantwortung“, heißt es in einem offenen Brief an die Intendanz. " +
        "Vereinsvorsitzender Klaus-Dieter Hempel sprach am Samstag von „Klamauk auf Kosten eines " +
        "Weltkulturerbes“.",
      "Generalintendantin Katrin Albers nimmt die Kritik gelassen. „Theater muss streiten dürfen, " +
        "sonst ist es ein Museum“, sagte sie. Die ersten fünf Vorstellungen seien ausverkauft, ein " +
        "Drittel der Karten sei an Menschen unter 30 gegangen.",
      "Und das Publikum? Die Studentin Mira Schenk, 22, kam mit drei Freundinnen: „Ich habe " +
        "‚Faust‘ in der Schule gehasst. Heute habe ich ihn zum ersten Mal verstanden.“ Ein älterer " +
        "Herr im Foyer sah das anders. „Goethe würde sich im Grab umdrehen“, sagte er und ging.",
    ],
    quotes: [
      [
        "Goethe hat über Verführung geschrieben, über einen Mann, der alles will und nichts aushält. " +
          "Das ist heute aktueller denn je",
        "Paula Engel",
      ],
      ["die sonst nie einen Klassiker sehen würden", "Paula Engel"],
      [
        "Als Paula mir gesagt hat: ‚Du spielst den Faust mit dem Handy in der Hand‘, habe ich erst gelacht",
        "Henrik Voss",
      ],
      [
        "Weimar ist die Stadt Goethes. Wer hier inszeniert, trägt eine besondere Verantwortung",
        "Der Förderverein des Theaters",
      ],
      ["Klamauk auf Kosten eines Weltkulturerbes", "Klaus-Dieter Hempel"],
      ["Theater muss streiten dürfen, sonst ist es ein Museum", "Katrin Albers"],
      [
        "Ich habe ‚Faust‘ in der Schule gehasst. Heute habe ich ihn zum ersten Mal verstanden.",
        "Mira Schenk",
      ],
      ["Goethe würde sich im Grab umdrehen", "Ein älterer Herr"],
    ],
  },
]);
