// A twenty-first round of composed German news articles, in the styles of outlets and beats the first
// twenty rounds (articles.de to articles20.de) did not use: Cellesche Zeitung (crime: a cash machine blown up
// in Wietze, a neighbour quoted in the headline and named only in the body and continued with no verb, the
// police's fragment with „Nach Angaben“, the police spokesman after a colon and as „der Polizeisprecher“, an
// unnamed neighbour after a colon, the savings bank's statement with „heißt es“, a special commission's name
// and a gang's nickname), Fuldaer Zeitung (politics: a mayoral run-off in Petersberg, the loser's fragment in
// the standfirst and the body and continued with no verb after indirect speech, the winner with „die
// 41-jährige“ continued, the outgoing mayor with „findet der 66-Jährige“, two women in one paragraph with
// „lachte:“, a campaign slogan), Mindener Tageblatt (courts: a fake roofer conning pensioners, the judge's
// one-word fragment in the standfirst and the body, the indictment's fragment with „heißt es“, the accused by
// initial as „der 34-Jährige“ continued, an unnamed widow as witness, two women in one paragraph with „gab …
// mit auf den Weg“, a fake firm's name), Darmstädter Echo (science: a new isotope at the GSI, the physicist
// with a doctor's title, as „die 36-Jährige“ with a quote over two paragraphs after a colon, the centre's
// fragment with „wertete … als Beleg für“, two men in one paragraph with „erinnert er sich“ and two fragments
// of an outside chemist, a last quote after „bleibt gelassen:“, a journal's title and a term), Oltner
// Tagblatt (Switzerland, sport, with «…»: an ice hockey comeback, the match winner in the headline named
// only in the body and continued, the coach's fragment with „hielt … fest“ continued with no verb, the
// captain's nickname and „sagte der 31-Jährige“, the opposing coach with „räumte … ein“, the club's fragment
// with „teilte mit“, an unnamed older fan with „meinte“, a banner), Bündner Tagblatt (Switzerland,
// transport, with «…»: a village losing its fast trains, a councillor's fragment in the standfirst and the
// body and continued, the railway's spokeswoman with inverted „erklärt“ continued with no verb, a letter
// with „Darin heisst es:“, two women in one paragraph with „ist skeptischer:“, the cantonal minister's
// fragment with „versprach“, a petition's name), NEUE Vorarlberger Tageszeitung (Austria, health: no family
// doctors in the Bregenzerwald, the doctor in the standfirst named only in the body and as „die
// Allgemeinmedizinerin“ continued, an unnamed farmer as „der 72-Jährige“, the medical chamber's president
// with „kritisiert“ and a fragment after „meint er“, the health insurer's statement with „heißt es“, two
// women in one paragraph with „kündigte an“ and „bleibt skeptisch:“, closing reported speech with no marks, a
// campaign's name), Pustertaler Zeitung
// (South Tyrol, environment: bark beetles after Vaia, the forester's fragment in the standfirst and the body
// after „nennt es“ and as „der Leiter des Forstinspektorats“, the inspectorate with „teilte mit“, father and
// son in one paragraph with „Sein Vater zuckt mit den Schultern:“, closing quote with no verb, reported
// speech without marks, a term), Wetzlarer Neue Zeitung (business: an optics maker cutting jobs, the works
// council chairman's fragment in the standfirst and the body after „nannte“ and continued with no verb, the
// company's release with „heißt es“, the managing director with a doctor's title as „die 52-Jährige“ and a
// split quote, the union secretary with „kündigte an“, an unnamed fitter with „sagte er leise“, a product
// line's name) and Der Nordschleswiger (Denmark, culture: a school musical in Apenrade, the lead actress in
// the headline named only in the body as „die 17-Jährige“ continued, the music teacher with a split quote,
// two women in one paragraph with „gesteht Jessen“, the minority association's chairman's fragment after
// „nennt“, an unnamed visitor after a colon, a musical's and a folk song's titles). Every article was
// written for these tests, blind, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Cellesche Zeitung, Kriminalität: Anwohnerin in der Überschrift nur im Text genannt, mit " +
      "Fortsetzung ohne Verb, Teilzitat der Polizeiinspektion mit „Nach Angaben“, Polizeisprecher " +
      "nach Doppelpunkt und später als „der Polizeisprecher“, ungenannter Nachbar nach Doppelpunkt, " +
      "Stellungnahme der Sparkasse mit „heißt es“, Name einer Sonderkommission und Spitzname einer Bande",
    todo:
      "«alle Optionen, auch einen Verzicht auf den St…» goes to Die Sparkasse " +
      "Celle-Gifhorn-Wolfsburg, not Sparkasse Celle-Gifhorn-Wolfsburg",
    headline: "Geldautomat in Wietze gesprengt: „Es hat geknallt wie bei einem Gewitter“",
    standfirst:
      "Unbekannte sprengen in der Nacht zu Dienstag den Automaten der Sparkasse an der Steinförder " +
      "Straße. Über der Filiale wohnen zwei Familien.",
    paragraphs: [
      "Kurz nach drei Uhr morgens ist es in Wietze mit der Nachtruhe vorbei gewesen: Unbekannte haben " +
        "in der Nacht zu Dienstag den Geldautomaten in der Filiale der Sparkasse Celle-Gifhorn-Wolfsburg " +
        "an der Steinförder Straße gesprengt. Die Täter flüchteten gegen 3.20 Uhr in einem dunklen Audi " +
        "in Richtung Autobahn 7. Verletzt wurde niemand.",
      "„Es hat geknallt wie bei einem Gewitter“, sagt Renate Kruse, die schräg gegenüber wohnt. Die " +
        "67-Jährige ist nach eigenen Worten sofort ans Fenster gelaufen. „Da lagen schon Glasscherben " +
        "bis auf die Straße, und aus der Filiale kam weißer Rauch.“",
      "Nach Angaben der Polizeiinspektion Celle gingen die Täter „äußerst professionell und " +
        "rücksichtslos“ vor. Die Wucht der Explosion riss die Frontscheibe aus dem Rahmen, Trümmerteile " +
        "flogen bis zu 30 Meter weit. Polizeisprecher Jannik Rehberg: „Wer einen Automaten in einem " +
        "Wohnhaus sprengt, nimmt in Kauf, dass Menschen sterben.“",
      "Die Bewohner der beiden Wohnungen über der Filiale mussten die Nacht bei Verwandten verbringen. " +
        "Ein Nachbar, der seinen Namen nicht in der Zeitung lesen möchte, ist wütend: „Das ist schon das " +
        "zweite Mal in drei Jahren. Die Sparkasse hätte den Automaten längst woanders hinstellen müssen.“",
      "Die Sparkasse hält die Filiale bis auf Weiteres geschlossen. In einer Stellungnahme heißt es, man " +
        "prüfe „alle Optionen, auch einen Verzicht auf den Standort“. Kundinnen und Kunden können auf die " +
        "Geschäftsstelle in Winsen ausweichen.",
      "Ermittelt wird von der Sonderkommission „Nachtschicht“ des Landeskriminalamts, die seit dem " +
        "Frühjahr eine Serie von Sprengungen in Niedersachsen aufklären soll. Die Ermittler vermuten " +
        "dahinter eine Gruppe aus den Niederlanden, die in Polizeikreisen nur „Audi-Bande“ heißt.",
      "Zeugen, denen in der Nacht ein dunkler Audi aufgefallen ist, sollen sich unter Telefon " +
        "05141/277-215 melden. „Jede Beobachtung kann helfen, auch wenn sie einem banal vorkommt“, " +
        "betont der Polizeisprecher.",
    ],
    quotes: [
      ["Es hat geknallt wie bei einem Gewitter", "Renate Kruse"],
      [
        "Da lagen schon Glasscherben bis auf die Straße, und aus der Filiale kam weißer Rauch.",
        "Renate Kruse",
      ],
      ["äußerst professionell und rücksichtslos", "Polizeiinspektion Celle"],
      [
        "Wer einen Automaten in einem Wohnhaus sprengt, nimmt in Kauf, dass Menschen sterben.",
        "Jannik Rehberg",
      ],
      [
        "Das ist schon das zweite Mal in drei Jahren. Die Sparkasse hätte den Automaten längst woanders " +
          "hinstellen müssen.",
        "Ein Nachbar",
      ],
      ["alle Optionen, auch einen Verzicht auf den Standort", "Sparkasse Celle-Gifhorn-Wolfsburg"],
      ["Jede Beobachtung kann helfen, auch wenn sie einem banal vorkommt", "Jannik Rehberg"],
    ],
  },
  {
    name:
      "Fuldaer Zeitung, Politik: Teilzitat des Unterlegenen im Vorspann und im Text nach „sprach von“, " +
      "Fortsetzung ohne Verb nach Konjunktiv, Siegerin mit „sagte“ vor der Apposition und Fortsetzung " +
      "ohne Verb, scheidender Bürgermeister mit „findet der 66-Jährige“, zwei Frauen in einem Absatz " +
      "mit „sagte Bleuel“ und „lachte:“, Wahlkampfslogan auf Plakaten",
    headline: "Stichwahl in Petersberg: Jökel wird erste Bürgermeisterin",
    standfirst:
      "Die CDU-Kandidatin setzt sich mit 54,3 Prozent der Stimmen durch. Ihr Herausforderer spricht " +
      "von einem „fairen Wahlkampf“.",
    paragraphs: [
      "Petersberg wird erstmals von einer Frau regiert. In der Stichwahl am Sonntag setzte sich Sandra " +
        "Jökel (CDU) mit 54,3 Prozent gegen Thorsten Wiegand durch, den SPD und Grüne unterstützt " +
        "hatten. Die Wahlbeteiligung lag bei 48,9 Prozent und damit deutlich unter der des ersten " +
        "Wahlgangs vor zwei Wochen.",
      "Als Wahlleiter Bernd Hohmann das Ergebnis kurz nach 18.45 Uhr im Bürgerhaus verkündete, brach " +
        "Jubel aus. „Ich bin überwältigt“, sagte Sandra Jökel, die 41-jährige Verwaltungsfachwirtin aus " +
        "dem Ortsteil Marbach, mit Tränen in den Augen. „Jetzt heißt es Ärmel hochkrempeln. Die " +
        "Sanierung der Rhönhalle wartet nicht auf uns.“",
      "Wiegand gratulierte noch im Saal. Er sprach von einem „fairen Wahlkampf“, auch wenn er sich ein " +
        "anderes Ergebnis erhofft habe. Unter dem Motto „Petersberg kann mehr“ hatte der 47-jährige " +
        "Ingenieur wochenlang plakatiert. Aufgeben will er nicht. „Ich werde mich weiter in der " +
        "Gemeindevertretung einbringen, versprochen.“",
      "Der scheidende Bürgermeister Karl-Heinz Möller, der nach 24 Jahren im Amt nicht mehr angetreten " +
        "war, verfolgte den Abend aus der letzten Reihe. „Die Gemeinde ist in guten Händen“, findet der " +
        "66-Jährige. „Und ich habe endlich Zeit für meine Enkel.“",
      "Zu den ersten Gratulanten gehörte die CDU-Kreisvorsitzende Annette Bleuel. „Sandra hat in jedem " +
        "Ortsteil an die Türen geklopft, das zahlt sich jetzt aus“, sagte Bleuel. Jökel lachte: „Ein " +
        "paar Paar Schuhe hat mich das schon gekostet.“",
      "Ihr Amt tritt die neue Bürgermeisterin am 1. April an. Als Erstes will sie nach eigenen Angaben " +
        "einen Bürgerdialog zur Zukunft des Freibads einberufen.",
    ],
    quotes: [
      ["fairen Wahlkampf", "Thorsten Wiegand"],
      ["Ich bin überwältigt", "Sandra Jökel"],
      [
        "Jetzt heißt es Ärmel hochkrempeln. Die Sanierung der Rhönhalle wartet nicht auf uns.",
        "Sandra Jökel",
      ],
      ["Ich werde mich weiter in der Gemeindevertretung einbringen, versprochen.", "Thorsten Wiegand"],
      ["Die Gemeinde ist in guten Händen", "Karl-Heinz Möller"],
      ["Und ich habe endlich Zeit für meine Enkel.", "Karl-Heinz Möller"],
      ["Sandra hat in jedem Ortsteil an die Türen geklopft, das zahlt sich jetzt aus", "Annette Bleuel"],
      ["Ein paar Paar Schuhe hat mich das schon gekostet.", "Sandra Jökel"],
    ],
  },
  {
    name:
      "Mindener Tageblatt, Gericht: Ein-Wort-Teilzitat der Richterin im Vorspann und im Text im " +
      "Konjunktiv, Anklageschrift mit „heißt es“ und Teilzitat, Angeklagter mit Initial als der " +
      "34-Jährige mit Fortsetzung ohne Verb, ungenannte Witwe als Zeugin mit „erzählte sie“, zwei " +
      "Frauen in einem Absatz (Staatsanwältin mit „sagte Fromme“, Richterin mit „gab … mit auf den " +
      "Weg“), Name einer Scheinfirma",
    headline: "Falscher Dachdecker kassierte bei Senioren ab – Bewährung",
    standfirst:
      "Zwei Jahre auf Bewährung für einen 34-Jährigen aus Porta Westfalica. Die Richterin nennt sein " +
      "Vorgehen „schäbig“.",
    paragraphs: [
      "Elf Mal soll er an Haustüren in Hille, Petershagen und Minden geklingelt haben, elf Mal kassierte " +
        "er für Arbeiten, die er nie ausführte: Das Schöffengericht am Amtsgericht Minden hat Dennis K. " +
        "am Mittwoch wegen gewerbsmäßigen Betrugs zu zwei Jahren Haft auf Bewährung verurteilt. Der " +
        "Schaden beläuft sich auf rund 23.000 Euro.",
      "Der Angeklagte gab sich als Mitarbeiter einer Firma „Dachsanierung Weserbergland“ aus, die es " +
        "nie gegeben hat. In der Anklageschrift heißt es, er habe die Gutgläubigkeit seiner meist " +
        "hochbetagten Opfer „planmäßig ausgenutzt“.",
      "K. legte gleich zu Beginn ein umfassendes Geständnis ab. „Ich schäme mich dafür“, sagte der " +
        "34-Jährige mit leiser Stimme. „Ich hatte Spielschulden und habe keinen Ausweg mehr gesehen.“ " +
        "Sein Verteidiger verwies darauf, dass sein Mandant inzwischen eine Therapie mache und einen Teil " +
        "des Geldes zurückgezahlt habe.",
      "Als Zeugin sagte eine 84-jährige Witwe aus, die dem Mann 2800 Euro für eine Dachrinnenreinigung " +
        "gegeben hatte. „Er war so freundlich, er hat sogar meinen Kaffee gelobt“, erzählte sie. Erst " +
        "ihre Tochter habe bemerkt, dass an der Dachrinne nichts gemacht worden sei.",
      "Staatsanwältin Mareike Fromme hatte zwei Jahre und vier Monate ohne Bewährung gefordert. „Ohne " +
        "das Geständnis hätten die Geschädigten alle noch einmal aussagen müssen“, sagte Fromme. " +
        "Richterin Claudia Schwenker folgte ihr nur teilweise. „Sie haben Glück, dass Sie bisher nicht " +
        "vorbestraft sind“, gab Schwenker dem Angeklagten mit auf den Weg.",
      "Sein Vorgehen sei „schäbig“ gewesen, sagte die Richterin in der Urteilsbegründung. Als Auflage " +
        "muss K. den gesamten Schaden in monatlichen Raten zurückzahlen und 200 Stunden gemeinnützige " +
        "Arbeit leisten. Das Urteil ist noch nicht rechtskräftig.",
    ],
    quotes: [
      ["schäbig", "Claudia Schwenker"],
      ["planmäßig ausgenutzt", "Anklageschrift"],
      ["Ich schäme mich dafür", "Dennis K."],
      ["Ich hatte Spielschulden und habe keinen Ausweg mehr gesehen.", "Dennis K."],
      ["Er war so freundlich, er hat sogar meinen Kaffee gelobt", "eine 84-jährige Witwe"],
      ["Ohne das Geständnis hätten die Geschädigten alle noch einmal aussagen müssen", "Mareike Fromme"],
      ["Sie haben Glück, dass Sie bisher nicht vorbestraft sind", "Claudia Schwenker"],
    ],
  },
  {
    name:
      "Darmstädter Echo, Wissenschaft: Physikerin mit Doktortitel und „sagt“ vor dem Namen, als die " +
      "36-Jährige nach Doppelpunkt mit einem Zitat über zwei Absätze, Teilzitat des Zentrums mit " +
      "„wertete … als Beleg für“, zwei Männer in einem Absatz (Doktorand mit „erinnert er sich“, " +
      "externer Chemiker mit zwei Teilzitaten), Schluss nach „bleibt gelassen:“ ohne Verb, " +
      "Zeitschriftentitel und Fachbegriff",
    todo:
      "«die Leistungsfähigkeit des Darmstädter Beschl…» goes to Julia Hartwig, not GSI " +
      "Helmholtzzentrum für Schwerionenforschung",
    headline: "Sechs Atome in vier Wochen: GSI weist neues Isotop nach",
    standfirst:
      "Forschende am Darmstädter Helmholtzzentrum haben eine bislang unbekannte Variante des Elements " +
      "Seaborgium erzeugt. Der Weg zu noch schwereren Kernen bleibt weit.",
    paragraphs: [
      "Einem internationalen Team am GSI Helmholtzzentrum für Schwerionenforschung im Darmstädter " +
        "Norden ist der Nachweis eines bislang unbekannten Isotops des Elements Seaborgium gelungen. " +
        "Über vier Wochen hinweg beschossen die Forschenden eine Bleifolie mit Chrom-Ionen; sechsmal " +
        "entstand dabei der gesuchte Kern. Die Ergebnisse sind in der Fachzeitschrift „Physical Review " +
        "Letters“ erschienen.",
      "„Sechs Atome in vier Wochen, das klingt nach wenig, ist aber für unser Feld ein Volltreffer“, " +
        "sagt Dr. Julia Hartwig, die das Experiment geleitet hat. Jedes der Atome zerfiel nach wenigen " +
        "Tausendstelsekunden – lange genug, um es eindeutig zu identifizieren.",
      "Physiker suchen seit Jahrzehnten nach der sogenannten „Insel der Stabilität“, einem Bereich " +
        "besonders schwerer Kerne, die deutlich langlebiger sein könnten als ihre Nachbarn. Die " +
        "36-Jährige erklärt es mit einem Bild: „Stellen Sie sich ein Meer aus instabilen Kernen vor. " +
        "Irgendwo da draußen vermuten wir eine Insel, auf der Kerne viel länger leben.",
      "„Unser neues Isotop ist ein kleiner Schritt in diese Richtung, mehr nicht – aber eben auch nicht " +
        "weniger.“",
      "Die GSI wertete den Nachweis in einer Mitteilung als Beleg für „die Leistungsfähigkeit des " +
        "Darmstädter Beschleunigers auch vor dem Start von FAIR“. Die neue Anlage, an der seit Jahren " +
        "gebaut wird, soll in den kommenden Jahren in Betrieb gehen.",
      "Doktorand Felix Brenner hat die Detektoren vier Wochen lang im Schichtdienst überwacht. " +
        "„Manchmal habe ich nachts auf den Bildschirm gestarrt und mich gefragt, ob wir überhaupt etwas " +
        "sehen“, erinnert er sich. Der Kernchemiker Michael Sauter von der Universität Mainz, der an dem " +
        "Experiment nicht beteiligt war, spricht von einer „sauberen, überzeugenden Messung“. Für die " +
        "Suche nach neuen Elementen brauche es allerdings „deutlich stärkere Strahlen“.",
      "Hartwig bleibt gelassen: „Wir haben Zeit. Die Natur läuft uns nicht weg.“",
    ],
    quotes: [
      [
        "Sechs Atome in vier Wochen, das klingt nach wenig, ist aber für unser Feld ein Volltreffer",
        "Julia Hartwig",
      ],
      [
        "Stellen Sie sich ein Meer aus instabilen Kernen vor. Irgendwo da draußen vermuten wir eine " +
          "Insel, auf der Kerne viel länger leben.",
        "Julia Hartwig",
      ],
      [
        "Unser neues Isotop ist ein kleiner Schritt in diese Richtung, mehr nicht – aber eben auch nicht " +
          "weniger.",
        "Julia Hartwig",
      ],
      [
        "die Leistungsfähigkeit des Darmstädter Beschleunigers auch vor dem Start von FAIR",
        "GSI Helmholtzzentrum für Schwerionenforschung",
      ],
      [
        "Manchmal habe ich nachts auf den Bildschirm gestarrt und mich gefragt, ob wir überhaupt etwas " +
          "sehen",
        "Felix Brenner",
      ],
      ["sauberen, überzeugenden Messung", "Michael Sauter"],
      ["deutlich stärkere Strahlen", "Michael Sauter"],
      ["Wir haben Zeit. Die Natur läuft uns nicht weg.", "Julia Hartwig"],
    ],
  },
  {
    name:
      "Oltner Tagblatt, Sport mit «…»: Matchwinner in der Überschrift nur im Text genannt, mit " +
      "Fortsetzung ohne Verb, Teilzitat des Trainers im Konjunktiv mit „hielt … fest“ und Fortsetzung " +
      "ohne Verb, Captain mit Spitzname und „sagte der 31-Jährige“, gegnerischer Trainer mit „räumte … " +
      "ein“, Teilzitat des Clubs mit „teilte mit“, ungenannter älterer Fan mit „meinte“, Transparent",
    todo:
      "«schlicht ungenügend» goes to Deutsche, not Lars Reinhardt; «Aber diese Mannschaft hat " +
      "Charakter. Das kann…» goes to Deutsche, not Lars Reinhardt; «mindestens vier Wochen» goes to Der " +
      "Club, not EHC Olten",
    headline: "«Wir haben nie aufgehört, daran zu glauben»",
    standfirst:
      "Der EHC Olten liegt gegen La Chaux-de-Fonds nach 40 Minuten 0:3 zurück – und gewinnt doch noch " +
      "in der Verlängerung.",
    paragraphs: [
      "Wer nach dem zweiten Drittel das Kleinholz verlassen hatte, verpasste einen der denkwürdigsten " +
        "Abende der Saison. Der EHC Olten drehte am Samstag vor 4'350 Zuschauern einen 0:3-Rückstand " +
        "gegen den HC La Chaux-de-Fonds und gewann nach Verlängerung mit 4:3.",
      "Das entscheidende Tor erzielte Yannick Studer in der 63. Minute mit einem Handgelenkschuss ins " +
        "hohe Eck. «Wir haben nie aufgehört, daran zu glauben», sagte der 23-jährige Stürmer, der in der " +
        "Garderobe noch sein verschwitztes Trikot trug. «In der zweiten Pause hat niemand geschrien. Wir " +
        "haben einfach gesagt: ein Tor nach dem anderen.»",
      "Cheftrainer Lars Reinhardt wirkte vor allem erleichtert. Die ersten beiden Drittel seien «schlicht " +
        "ungenügend» gewesen, hielt der 48-jährige Deutsche fest. «Aber diese Mannschaft hat Charakter. " +
        "Das kann man nicht trainieren.»",
      "Ein Sonderlob gab es für Captain Dominik Flury, der zwei Tore vorbereitete und im Schlussdrittel " +
        "jeden Zweikampf annahm. Flury, in Olten von allen nur «Flöru» genannt, winkte ab. «Yannick hat " +
        "die Scheibe reingemacht, nicht ich», sagte der 31-Jährige.",
      "Auf der Gegenseite haderte Trainer Julien Perrenoud mit einer Strafe kurz vor dem Ausgleich. «Wir " +
        "haben das Spiel selbst aus der Hand gegeben, da müssen wir nicht über den Schiedsrichter reden», " +
        "räumte Perrenoud schliesslich ein.",
      "Weniger erfreulich für Olten: Verteidiger Nils Aebi schied im zweiten Drittel nach einem Check " +
        "gegen die Bande aus. Der Club teilte am Sonntag mit, Aebi falle «mindestens vier Wochen» aus.",
      "Auf der Stehrampe hing am Ende ein Transparent mit der Aufschrift «Olten bleibt Olten». «So ein " +
        "Spiel erlebst du im Kleinholz alle zehn Jahre einmal», meinte ein älterer Fan, der seit 1968 " +
        "keine Saison verpasst hat.",
    ],
    quotes: [
      ["Wir haben nie aufgehört, daran zu glauben", "Yannick Studer"],
      [
        "In der zweiten Pause hat niemand geschrien. Wir haben einfach gesagt: ein Tor nach dem anderen.",
        "Yannick Studer",
      ],
      ["schlicht ungenügend", "Lars Reinhardt"],
      ["Aber diese Mannschaft hat Charakter. Das kann man nicht trainieren.", "Lars Reinhardt"],
      ["Yannick hat die Scheibe reingemacht, nicht ich", "Dominik Flury"],
      [
        "Wir haben das Spiel selbst aus der Hand gegeben, da müssen wir nicht über den Schiedsrichter " +
          "reden",
        "Julien Perrenoud",
      ],
      ["mindestens vier Wochen", "EHC Olten"],
      ["So ein Spiel erlebst du im Kleinholz alle zehn Jahre einmal", "ein älterer Fan"],
    ],
  },
  {
    name:
      "Bündner Tagblatt, Verkehr mit «…»: Teilzitat der Gemeinderätin im Vorspann und im Text nach " +
      "„spricht von“, Fortsetzung ohne Verb, Mediensprecherin mit nachgestelltem „erklärt“ und " +
      "Fortsetzung ohne Verb, Brief des Gemeindevorstands mit „Darin heisst es:“, zwei Frauen in einem " +
      "Absatz (Pendlerin als die 35-Jährige, Nachbarin mit „ist skeptischer:“), Teilzitat des " +
      "Regierungsrats nach „versprach“, Name einer Petition",
    headline: "Neuer Fahrplan: Saas verliert seine Schnellzüge",
    standfirst:
      "Ab dem Fahrplanwechsel fahren die Züge der RhB durchs Prättigau im Halbstundentakt – aber nicht " +
      "mehr überall. In Saas spricht man von einem «Schlag ins Gesicht».",
    paragraphs: [
      "Für die meisten Reisenden zwischen Landquart und Davos bringt der neue Fahrplan der Rhätischen " +
        "Bahn eine Verbesserung: Ab Mitte Dezember verkehren die Schnellzüge im Halbstundentakt. Den " +
        "Preis dafür zahlt Saas. Die Züge halten in der Fraktion der Gemeinde Klosters künftig nur noch " +
        "stündlich, und zwar die langsameren Regionalzüge.",
      "Gemeinderätin Ursina Flütsch, die in Saas aufgewachsen ist, spricht von einem «Schlag ins " +
        "Gesicht». «Wer hier wohnt und in Chur arbeitet, braucht künftig eine Viertelstunde länger – pro " +
        "Weg. Das hält auf Dauer keine junge Familie aus.»",
      "«Ein zusätzlicher Halt in Saas würde den Takt in Davos um vier Minuten verschieben, und dann " +
        "brechen die Anschlüsse ins Engadin weg», erklärt RhB-Mediensprecherin Corina Cadonau. «Wir " +
        "wissen, dass das für Saas schmerzt.»",
      "Der Gemeindevorstand von Klosters hat sich mit einem Brief an die Geschäftsleitung der RhB " +
        "gewandt. Darin heisst es: «Die Fraktion Saas darf nicht der Preis für schnellere Verbindungen " +
        "nach Davos sein.» Eine Petition mit dem Titel «Halt in Saas» hat innert drei Wochen über 1'200 " +
        "Unterschriften gesammelt.",
      "Am Bahnhof Saas warten am Montagmorgen ein knappes Dutzend Pendlerinnen und Pendler. Eine von " +
        "ihnen ist Anna Hartmann, Pflegefachfrau am Kantonsspital in Chur. «Mit dem Auto bin ich dann " +
        "fast gleich schnell», sagt die 35-Jährige. Ihre Nachbarin Margrith Roffler, 71, ist " +
        "skeptischer: «Und wer fährt dann die alten Leute, die kein Auto mehr haben?»",
      "Der Kanton will nun prüfen, ob zumindest in den Hauptverkehrszeiten zusätzliche Halte möglich " +
        "sind. Regierungsrat Andrea Caviezel versprach eine Lösung «noch vor dem nächsten " +
        "Fahrplanwechsel».",
    ],
    quotes: [
      ["Schlag ins Gesicht", "Ursina Flütsch"],
      [
        "Wer hier wohnt und in Chur arbeitet, braucht künftig eine Viertelstunde länger – pro Weg. Das " +
          "hält auf Dauer keine junge Familie aus.",
        "Ursina Flütsch",
      ],
      [
        "Ein zusätzlicher Halt in Saas würde den Takt in Davos um vier Minuten verschieben, und dann " +
          "brechen die Anschlüsse ins Engadin weg",
        "Corina Cadonau",
      ],
      ["Wir wissen, dass das für Saas schmerzt.", "Corina Cadonau"],
      [
        "Die Fraktion Saas darf nicht der Preis für schnellere Verbindungen nach Davos sein.",
        "Der Gemeindevorstand von Klosters",
      ],
      ["Mit dem Auto bin ich dann fast gleich schnell", "Anna Hartmann"],
      ["Und wer fährt dann die alten Leute, die kein Auto mehr haben?", "Margrith Roffler"],
      ["noch vor dem nächsten Fahrplanwechsel", "Andrea Caviezel"],
    ],
  },
  {
    name:
      "NEUE Vorarlberger Tageszeitung, Gesundheit: Ärztin im Vorspann als „eine Ärztin aus Egg“ und " +
      "erst im Text genannt, als „die Allgemeinmedizinerin“ mit Fortsetzung ohne Verb, ungenannter " +
      "Landwirt als der 72-Jährige, Ärztekammerpräsident mit „kritisiert“ und Teilzitat nach „meint " +
      "er“, Stellungnahme der Gesundheitskasse mit „heißt es“, zwei Frauen in einem Absatz mit " +
      "„kündigte an“ und „bleibt skeptisch:“, Schluss im Konjunktiv ohne Anführungszeichen, Kampagnenname",
    todo:
      "«Zwei Stunden sitze ich schon da, aber ich bes…» goes to Ein Landwirt aus Schwarzenberg, not " +
      "Ein Landwirt; «intensive Gespräche mit mehreren Interessenti…» goes to Die Österreichische " +
      "Gesundheitskasse, not Österreichische Gesundheitskasse",
    headline: "Hausärztin gesucht: Im Hinterwald wird es eng",
    standfirst:
      "Zwei Kassenstellen im Bregenzerwald sind seit Monaten unbesetzt. „Wir arbeiten längst am " +
      "Limit“, sagt eine Ärztin aus Egg.",
    paragraphs: [
      "Im Wartezimmer sind alle Stühle besetzt, zwei Patienten lehnen an der Wand. Es ist Montag, kurz " +
        "nach acht, und in der Ordination von Maria Feuerstein in Egg haben sich bereits 40 Menschen " +
        "angemeldet. Seit ihr Kollege in Andelsbuch im Frühjahr in Pension gegangen ist und die " +
        "Kassenstelle in Mellau leer steht, kommen viele Patienten aus dem Hinterwald zu ihr.",
      "„Wir arbeiten längst am Limit“, sagt die Allgemeinmedizinerin, die seit 24 Jahren in Egg " +
        "praktiziert. „Wenn ich im Urlaub bin, fahren meine Patienten bis nach Dornbirn.“",
      "Ein Landwirt aus Schwarzenberg wartet an diesem Morgen auf ein Rezept. „Zwei Stunden sitze ich " +
        "schon da, aber ich beschwere mich nicht. Die Frau Doktor kann ja nichts dafür“, sagt der " +
        "72-Jährige.",
      "„Die Kassenverträge sind für junge Ärztinnen und Ärzte schlicht nicht attraktiv genug“, " +
        "kritisiert Ärztekammerpräsident Burkhard Meusburger. Eine Reform der Honorare sei dringend " +
        "nötig, meint er, „und zwar nicht erst 2030“. Das Land wirbt seit dem Vorjahr mit der Kampagne " +
        "„Landarzt im Ländle“ um Nachwuchs – bisher mit bescheidenem Erfolg.",
      "Die Österreichische Gesundheitskasse verweist auf laufende Ausschreibungen. In einer " +
        "Stellungnahme der ÖGK heißt es, man führe „intensive Gespräche mit mehreren Interessentinnen " +
        "und Interessenten“. Eine Nachbesetzung bis Jahresende sei realistisch.",
      "Gesundheitslandesrätin Elisabeth Moosbrugger setzt auf ein Gesundheitszentrum, in dem sich " +
        "mehrere Ärztinnen die Arbeit teilen. „Eine Primärversorgungseinheit im Hinterwald ist unser " +
        "Ziel für das kommende Jahr“, kündigte Moosbrugger an. Feuerstein bleibt skeptisch: „Das höre " +
        "ich seit fünf Jahren.“",
      "Aufhören will die 58-Jährige trotzdem nicht. Sie werde bis 65 weiterarbeiten, sagt sie, oder " +
        "so lange, bis sie eine Nachfolgerin gefunden habe.",
    ],
    quotes: [
      ["Wir arbeiten längst am Limit", "Maria Feuerstein"],
      ["Wenn ich im Urlaub bin, fahren meine Patienten bis nach Dornbirn.", "Maria Feuerstein"],
      [
        "Zwei Stunden sitze ich schon da, aber ich beschwere mich nicht. Die Frau Doktor kann ja nichts " +
          "dafür",
        "Ein Landwirt",
      ],
      [
        "Die Kassenverträge sind für junge Ärztinnen und Ärzte schlicht nicht attraktiv genug",
        "Burkhard Meusburger",
      ],
      ["und zwar nicht erst 2030", "Burkhard Meusburger"],
      [
        "intensive Gespräche mit mehreren Interessentinnen und Interessenten",
        "Österreichische Gesundheitskasse",
      ],
      [
        "Eine Primärversorgungseinheit im Hinterwald ist unser Ziel für das kommende Jahr",
        "Elisabeth Moosbrugger",
      ],
      ["Das höre ich seit fünf Jahren.", "Maria Feuerstein"],
    ],
  },
  {
    name:
      "Pustertaler Zeitung, Umwelt: Teilzitat des Försters im Vorspann und im Text nach „nennt es“, " +
      "als „der Leiter des Forstinspektorats“ mit „sagt“, Forstinspektorat mit „teilte mit“ und " +
      "Teilzitat, Waldbesitzer als der 61-Jährige mit Fortsetzung, Vater und Sohn in einem Absatz mit " +
      "„Sein Vater zuckt mit den Schultern:“, Landesrat nur im Konjunktiv ohne Anführungszeichen, " +
      "Schluss ohne Verb, Fachbegriff",
    todo:
      "«Nach dem Sturm Vaia 2018 lag das Holz kreuz u…» goes to der Leiter des Forstinspektorats, " +
      "not Georg Niederkofler; «rund 60 Prozent der befallenen Flächen Schutz…» goes to Das " +
      "Forstinspektorat Bruneck, not Forstinspektorat Bruneck; «Ob ich das noch erlebe, dass der " +
      "wieder groß ist?» goes to Sein Vater, not Josef Oberhollenzer",
    headline: "Der Käfer frisst sich durchs Pustertal",
    standfirst:
      "Auf rund 2.400 Hektar sind die Fichten befallen. Ein Förster spricht von einer „Katastrophe in " +
      "Zeitlupe“.",
    paragraphs: [
      "Wer dieser Tage durch das Antholzer Tal oder ins Gsieser Tal fährt, sieht ganze Hänge in Braun " +
        "und Grau. Der Buchdrucker, die häufigste Borkenkäferart, hat sich im Pustertal weiter " +
        "ausgebreitet. Allein im Bezirk Bruneck sind nach den jüngsten Erhebungen rund 2.400 Hektar " +
        "Wald betroffen.",
      "Georg Niederkofler nennt es eine „Katastrophe in Zeitlupe“. „Nach dem Sturm Vaia 2018 lag das " +
        "Holz kreuz und quer, jetzt holt sich der Käfer den Rest“, sagt der Leiter des " +
        "Forstinspektorats. Seine Leute suchen die Wälder derzeit nach sogenannten " +
        "„Käfernestern“ ab, in denen sich die Tiere besonders stark vermehrt haben.",
      "Besonders heikel: Das Forstinspektorat Bruneck teilte mit, dass „rund 60 Prozent der befallenen " +
        "Flächen " +
        "Schutzwälder“ seien, die Dörfer und Straßen vor Lawinen und Steinschlag bewahren.",
      "Josef Oberhollenzer aus Welsberg besitzt zwölf Hektar Wald oberhalb des Dorfes. Fast die Hälfte " +
        "seiner Fichten ist tot. „Mein Großvater hat diese Bäume gepflanzt“, sagt der 61-Jährige. „Jetzt " +
        "schneide ich sie um, und für das Holz bekomme ich fast nichts.“",
      "Sein Sohn Lukas will auf der Kahlfläche im Frühjahr Lärchen, Tannen und Bergahorn setzen. „Wir " +
        "pflanzen jetzt Mischwald, so wie es eigentlich sein sollte“, sagt Lukas Oberhollenzer. Sein " +
        "Vater zuckt mit den Schultern: „Ob ich das noch erlebe, dass der wieder groß ist?“",
      "Landesrat Hubert Gasteiger kündigte an, die Beiträge für die Wiederaufforstung zu erhöhen. Wer " +
        "jetzt nicht handle, riskiere in zwanzig Jahren Muren und Lawinen, sagte er bei einem " +
        "Lokalaugenschein in Taisten.",
      "Niederkofler blickt trotzdem nach vorn. „Der Wald wird zurückkommen. Aber nicht zu unseren " +
        "Lebzeiten so, wie wir ihn kannten.“",
    ],
    quotes: [
      ["Katastrophe in Zeitlupe", "Georg Niederkofler"],
      [
        "Nach dem Sturm Vaia 2018 lag das Holz kreuz und quer, jetzt holt sich der Käfer den Rest",
        "Georg Niederkofler",
      ],
      ["rund 60 Prozent der befallenen Flächen Schutzwälder", "Forstinspektorat Bruneck"],
      ["Mein Großvater hat diese Bäume gepflanzt", "Josef Oberhollenzer"],
      ["Jetzt schneide ich sie um, und für das Holz bekomme ich fast nichts.", "Josef Oberhollenzer"],
      ["Wir pflanzen jetzt Mischwald, so wie es eigentlich sein sollte", "Lukas Oberhollenzer"],
      ["Ob ich das noch erlebe, dass der wieder groß ist?", "Josef Oberhollenzer"],
      [
        "Der Wald wird zurückkommen. Aber nicht zu unseren Lebzeiten so, wie wir ihn kannten.",
        "Georg Niederkofler",
      ],
    ],
  },
  {
    name:
      "Wetzlarer Neue Zeitung, Wirtschaft: Teilzitat des Betriebsratschefs im Vorspann und im Text " +
      "nach „nannte“, Fortsetzung ohne Verb, Unternehmensmitteilung mit „heißt es“, Geschäftsführerin " +
      "mit Doktortitel als die 52-Jährige und mit geteiltem Zitat um „betonte sie“, " +
      "Gewerkschaftssekretärin mit „kündigte an“, ungenannter Monteur mit „sagte er leise“, " +
      "Produktname",
    todo:
      "«Der Preisdruck aus Asien lässt uns keine ande…» goes to Die Brenner Optik GmbH, not Brenner " +
      "Optik GmbH",
    headline: "Brenner Optik streicht 180 Stellen in Wetzlar",
    standfirst:
      "Der Hersteller von Präzisionslinsen verlagert die Montage nach Tschechien. Der Betriebsrat " +
      "spricht von „Verrat an der Belegschaft“.",
    paragraphs: [
      "Die Brenner Optik GmbH baut an ihrem Stammsitz in Wetzlar-Dutenhofen bis Ende 2027 rund 180 " +
        "ihrer 640 Arbeitsplätze ab. Die Montage von Objektiven für Industriekameras soll in ein " +
        "bestehendes Werk bei Pilsen verlagert werden. Das hat das Unternehmen am Donnerstag auf einer " +
        "Betriebsversammlung mitgeteilt.",
      "„Der Preisdruck aus Asien lässt uns keine andere Wahl, wenn wir den Standort Wetzlar als Ganzes " +
        "sichern wollen“, heißt es in einer Mitteilung des Unternehmens. Betriebsbedingte Kündigungen " +
        "sollen nach Möglichkeit vermieden werden.",
      "Geschäftsführerin Dr. Sabine Kreutz-Hellwig stellte sich nach der Versammlung den Fragen der " +
        "Presse. „Das ist der schwerste Tag in meinen neun Jahren hier“, räumte die 52-Jährige ein. „Wir " +
        "bleiben in Wetzlar“, betonte sie, „Entwicklung, Vertrieb und die Fertigung unserer " +
        "Spitzenprodukte bleiben hier.“ Dazu gehört auch die Objektivreihe „Vistar“, mit der das " +
        "Unternehmen vor zwei Jahren einen Innovationspreis gewann.",
      "Betriebsratsvorsitzender Rainer Jost nannte die Pläne einen „Verrat an der Belegschaft“. „Die " +
        "Kolleginnen und Kollegen haben in der Pandemie Sonderschichten gefahren und auf Zulagen " +
        "verzichtet. Das ist jetzt der Dank.“",
      "Die IG Metall Mittelhessen will die Verlagerung nicht hinnehmen. „Wir werden um jeden " +
        "Arbeitsplatz kämpfen, notfalls auch mit Warnstreiks“, kündigte Gewerkschaftssekretärin Nadine " +
        "Bender an. Nach Angaben der IHK Lahn-Dill hängen in der Region mehrere Tausend Arbeitsplätze an " +
        "der optischen Industrie.",
      "Vor dem Werkstor stehen nach Schichtende kleine Gruppen beisammen. Ein Monteur, der seit 22 " +
        "Jahren bei Brenner arbeitet, zündet sich eine Zigarette an. „Mit 56 finde ich nichts mehr“, " +
        "sagte er leise.",
    ],
    quotes: [
      ["Verrat an der Belegschaft", "Rainer Jost"],
      [
        "Der Preisdruck aus Asien lässt uns keine andere Wahl, wenn wir den Standort Wetzlar als Ganzes " +
          "sichern wollen",
        "Brenner Optik GmbH",
      ],
      ["Das ist der schwerste Tag in meinen neun Jahren hier", "Sabine Kreutz-Hellwig"],
      ["Wir bleiben in Wetzlar", "Sabine Kreutz-Hellwig"],
      [
        "Entwicklung, Vertrieb und die Fertigung unserer Spitzenprodukte bleiben hier.",
        "Sabine Kreutz-Hellwig",
      ],
      [
        "Die Kolleginnen und Kollegen haben in der Pandemie Sonderschichten gefahren und auf Zulagen " +
          "verzichtet. Das ist jetzt der Dank.",
        "Rainer Jost",
      ],
      ["Wir werden um jeden Arbeitsplatz kämpfen, notfalls auch mit Warnstreiks", "Nadine Bender"],
      ["Mit 56 finde ich nichts mehr", "Ein Monteur"],
    ],
  },
  {
    name:
      "Der Nordschleswiger, Kultur: Hauptdarstellerin in der Überschrift nur im Text genannt, als " +
      "die 17-Jährige mit Fortsetzung ohne Verb, Musiklehrer mit geteiltem Zitat um „meint " +
      "Christiansen“, zwei Frauen in einem Absatz mit „gesteht Jessen“, Teilzitat des " +
      "Hauptvorsitzenden nach „nennt“, ungenannte Besucherin nach Doppelpunkt, Musical- und Liedtitel",
    todo:
      "«Ich spiele eine Dänin, meine beste Freundin e…» goes to beste Freundin eine Deutsche, not " +
      "Frederikke Thomsen; «So etwas würde ich mir an unseren Schulen auc…» goes to Eine Besucherin " +
      "aus Flensburg, not Eine Besucherin",
    headline: "„Auf der Bühne ist die Grenze egal“",
    standfirst:
      "Das Deutsche Gymnasium für Nordschleswig zeigt ein selbst geschriebenes Musical über zwei " +
      "Familien im Grenzland von 1920.",
    paragraphs: [
      "Als am Freitagabend in der Aula des Deutschen Gymnasiums in Apenrade das Licht ausgeht, ist kein " +
        "Platz mehr frei. Rund 300 Zuschauerinnen und Zuschauer erleben die Premiere von „Zwischen den " +
        "Zeilen“, einem Musical, das 38 Schülerinnen und Schüler über ein Jahr lang selbst entwickelt " +
        "haben.",
      "Die Hauptrolle spielt Frederikke Thomsen aus Tingleff. „Auf der Bühne ist die Grenze egal“, sagt " +
        "die 17-Jährige nach der Vorstellung, noch im Kostüm. „Ich spiele eine Dänin, meine beste " +
        "Freundin eine Deutsche, und zu Hause reden wir beide mal so, mal so.“",
      "Geschrieben hat das Stück Musiklehrer Jens Christiansen gemeinsam mit einer zwölften Klasse. „Die " +
        "Geschichte von 1920 kennen hier alle“, meint Christiansen, „aber wie es sich angefühlt hat, als " +
        "der Nachbar plötzlich auf der anderen Seite stand, das mussten wir uns erst erarbeiten.“",
      "Im zweiten Akt singen Thomsen und Ida Jessen das dänische Volkslied „Det haver så nyligen " +
        "regnet“ im Duett – für viele im Saal der bewegendste Moment des Abends. „Da habe ich bei der " +
        "Generalprobe selbst geheult“, gesteht Jessen.",
      "Der Hauptvorsitzende des Bundes Deutscher Nordschleswiger, Hinrich Carstensen, nennt die " +
        "Aufführung „Minderheitenarbeit im besten Sinne“. Die Schule habe gezeigt, dass die " +
        "Geschichte des Grenzlandes auch junge Menschen berühre.",
      "Auch von südlich der Grenze waren Gäste gekommen. Eine Besucherin aus Flensburg war begeistert: " +
        "„So etwas würde ich mir an unseren Schulen auch wünschen.“",
      "Weitere Vorstellungen gibt es am 14. und 15. März. Eine Aufführung in Flensburg sei im Gespräch, " +
        "sagt Christiansen.",
    ],
    quotes: [
      ["Auf der Bühne ist die Grenze egal", "Frederikke Thomsen"],
      [
        "Ich spiele eine Dänin, meine beste Freundin eine Deutsche, und zu Hause reden wir beide mal so, " +
          "mal so.",
        "Frederikke Thomsen",
      ],
      ["Die Geschichte von 1920 kennen hier alle", "Jens Christiansen"],
      [
        "aber wie es sich angefühlt hat, als der Nachbar plötzlich auf der anderen Seite stand, das " +
          "mussten wir uns erst erarbeiten.",
        "Jens Christiansen",
      ],
      ["Da habe ich bei der Generalprobe selbst geheult", "Ida Jessen"],
      ["Minderheitenarbeit im besten Sinne", "Hinrich Carstensen"],
      ["So etwas würde ich mir an unseren Schulen auch wünschen.", "Eine Besucherin"],
    ],
  },
]);
