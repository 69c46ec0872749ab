// A third round of composed German news articles, in the styles of outlets and beats the first two
// rounds (articles.de.test.ts, articles2.de.test.ts) did not use: Bild (tabloid: short sentences,
// witnesses with initials, „sagt er BILD“), taz (a protest and its alliance), Handelsblatt (a
// company, analysts, „heißt es in Unternehmenskreisen“), Kicker (the press conference after a
// Bundesliga match), ORF (Austria: the Landeshauptmann in the ZIB 2), Tagesspiegel (Berlin: senator
// and district mayor), RND and t-online (an interview in questions and answers, a headline quote
// after a colon), Deutschlandfunk, heise (technology: straight "…" marks, a security researcher, the
// BSI), a court report (Konjunktiv beside direct quotes) and a storm (Deutscher Wetterdienst, fire
// brigade). Every article was written before the engine was run on it; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name: "Bild, Unfall: Zeugen mit Initialen und Alter, sagt er BILD, erzählt, Doppelpunkt nach Sprecher",
    headline: "Horror-Crash auf der A7: „Überall lagen Trümmerteile“",
    standfirst: "Zeugen schildern die dramatischen Minuten nach dem Unfall",
    paragraphs: [
      "Hamburg – Es krachte gegen 6.30 Uhr. Ein Lkw rammte auf der A7 bei Hamburg-Stellingen ein " +
        "Stauende. Drei Autos wurden ineinandergeschoben.",
      "Lkw-Fahrer Dirk M. (52) stand direkt dahinter. „Überall lagen Trümmerteile. Ich bin sofort raus " +
        "und hab geholfen“, sagt er BILD.",
      "Eine Frau (34) wurde in ihrem Kleinwagen eingeklemmt. Die Feuerwehr musste sie mit schwerem " +
        "Gerät befreien.",
      "„Sie hat die ganze Zeit nach ihren Kindern gefragt“, erzählt Ersthelferin Sandra K. (41). Die " +
        "Kinder waren zum Glück nicht im Auto.",
      "Ein Polizeisprecher zu BILD: „Der Lkw-Fahrer hat das Stauende offenbar zu spät erkannt.“",
      "Gegen den Fahrer (58) wird wegen fahrlässiger Körperverletzung ermittelt. Die A7 war bis zum " +
        "Mittag in Richtung Norden gesperrt.",
      "Pendler Thomas R. (29) stand fast vier Stunden im Stau. Sein Fazit: „Das ist hier jede Woche " +
        "dasselbe. Die Baustelle ist eine Katastrophe.“",
    ],
    quotes: [
      ["Überall lagen Trümmerteile", "Dirk M."],
      ["Überall lagen Trümmerteile. Ich bin sofort raus und hab geholfen", "Dirk M."],
      ["Sie hat die ganze Zeit nach ihren Kindern gefragt", "Sandra K."],
      ["Der Lkw-Fahrer hat das Stauende offenbar zu spät erkannt.", "Ein Polizeisprecher"],
      ["Das ist hier jede Woche dasselbe. Die Baustelle ist eine Katastrophe.", "Thomas R."],
    ],
  },
  {
    name: "taz, Protest: eine Sprecherin des Bündnisses, sagt Anwohnerin, ruft ins Mikrofon, sprach von",
    headline: "Protest gegen A100-Ausbau: Tausende auf der Straße",
    standfirst:
      "Ein breites Bündnis demonstriert in Friedrichshain gegen den Weiterbau der Stadtautobahn. Die " +
      "Polizei spricht von einem friedlichen Verlauf.",
    paragraphs: [
      "Mit Fahrrädern, Transparenten und Trommeln zogen am Samstag nach Angaben der Veranstalter*innen " +
        "rund 8.000 Menschen vom Ostkreuz zur Elsenbrücke. Die Polizei zählte 4.500 Teilnehmende. " +
        "Aufgerufen hatte das Bündnis „A100 stoppen“, in dem sich Umweltverbände, Mieterinitiativen " +
        "und Clubs zusammengeschlossen haben.",
      "„Wer im Jahr 2026 noch Autobahnen durch die Stadt baut, hat die Klimakrise nicht verstanden“, " +
        "erklärt eine Sprecherin des Bündnisses.",
      "Unter den Demonstrierenden sind viele Familien. „Meine Tochter geht direkt an der Trasse zur " +
        "Schule“, sagt Anwohnerin Petra Lindner. „Der Lärm und der Dreck sind jetzt schon unerträglich.“",
      "Verkehrssenatorin Carola Brandt (CDU) hält an dem Projekt fest. Der Weiterbau werde „die Kieze " +
        "vom Durchgangsverkehr entlasten“, sagte sie der taz.",
      "Für die Aktivist*innen ist das ein Märchen. „Mehr Straßen bringen mehr Autos, das weiß man seit " +
        "fünfzig Jahren“, ruft Jonas Feldmann von Fridays for Future ins Mikrofon.",
      "Auch die Grünen im Abgeordnetenhaus unterstützen den Protest. Ihr verkehrspolitischer Sprecher " +
        "Ole Brinkmann sprach von einem „Projekt aus dem letzten Jahrhundert“.",
      "Die Polizei meldete am Abend zwei Festnahmen wegen Sachbeschädigung. Ansonsten sei der Protest " +
        "„friedlich und bunt“ verlaufen, sagte ein Polizeisprecher.",
    ],
    quotes: [
      [
        "Wer im Jahr 2026 noch Autobahnen durch die Stadt baut, hat die Klimakrise nicht verstanden",
        "eine Sprecherin des Bündnisses",
      ],
      ["Meine Tochter geht direkt an der Trasse zur Schule", "Petra Lindner"],
      ["Der Lärm und der Dreck sind jetzt schon unerträglich.", "Petra Lindner"],
      ["die Kieze vom Durchgangsverkehr entlasten", "Carola Brandt"],
      ["Mehr Straßen bringen mehr Autos, das weiß man seit fünfzig Jahren", "Jonas Feldmann"],
      ["Projekt aus dem letzten Jahrhundert", "Ole Brinkmann"],
      ["friedlich und bunt", "ein Polizeisprecher"],
    ],
  },
  {
    name: "Handelsblatt: Vorstandschef, heißt es in Unternehmenskreisen, schrieb in einer Studie, Konjunktiv",
    headline: "Autozulieferer: Brenner-Chef kündigt Abbau von 4000 Stellen an",
    standfirst:
      "Der Stuttgarter Konzern reagiert auf den Einbruch im Geschäft mit Verbrennertechnik. Die IG " +
      "Metall droht mit Widerstand.",
    paragraphs: [
      "Der Autozulieferer Brenner streicht in Deutschland bis Ende 2028 rund 4000 Stellen. Das teilte " +
        "der Konzern am Dienstag in Stuttgart mit.",
      "„Wir müssen unsere Kosten an ein Marktumfeld anpassen, das sich dauerhaft verändert hat“, sagte " +
        "Vorstandschef Markus Adler bei der Vorlage der Quartalszahlen. Betriebsbedingte Kündigungen " +
        "schließe er „nicht mehr aus“.",
      "Der Umsatz sank im dritten Quartal um elf Prozent auf 6,2 Milliarden Euro, das operative " +
        "Ergebnis brach um mehr als ein Drittel ein.",
      "Der Aufsichtsrat habe dem Sparprogramm erst nach einer „kontroversen Debatte“ zugestimmt, heißt " +
        "es in Unternehmenskreisen.",
      "Die IG Metall kündigte Widerstand an. „Die Beschäftigten sollen jetzt für die Fehler des " +
        "Managements bezahlen“, sagte Bezirksleiterin Sabine Kettner. „Das werden wir nicht hinnehmen.“",
      "Analysten reagierten zurückhaltend. Das Programm gehe „in die richtige Richtung, kommt aber " +
        "spät“, schrieb Autoexperte Felix Brandl von der Privatbank Metzler in einer Studie.",
      "Die Aktie verlor im Handelsverlauf zeitweise mehr als sechs Prozent.",
      "Finanzvorständin Claudia Reiter bekräftigte die Jahresprognose. Man rechne für 2026 weiter mit " +
        "einer operativen Marge „am unteren Ende der Spanne von vier bis fünf Prozent“.",
    ],
    quotes: [
      [
        "Wir müssen unsere Kosten an ein Marktumfeld anpassen, das sich dauerhaft verändert hat",
        "Markus Adler",
      ],
      ["nicht mehr aus", "Markus Adler"],
      ["kontroversen Debatte", "Unternehmenskreisen"],
      ["Die Beschäftigten sollen jetzt für die Fehler des Managements bezahlen", "Sabine Kettner"],
      ["Das werden wir nicht hinnehmen.", "Sabine Kettner"],
      ["in die richtige Richtung, kommt aber spät", "Felix Brandl"],
      ["am unteren Ende der Spanne von vier bis fünf Prozent", "Claudia Reiter"],
    ],
  },
  {
    name: "Kicker: Trainer im Titel, auf der Pressekonferenz, der Kapitän, so der Sportdirektor, lobte:",
    headline: "Trainer Brandt nach dem 1:3: „Das war zu wenig“",
    standfirst:
      "Der VfL verliert auch das dritte Auswärtsspiel in Folge. Sportdirektor Wegner will von einer " +
      "Trainerdiskussion nichts wissen.",
    paragraphs: [
      "Die Enttäuschung war Heiko Brandt anzusehen. „Das war zu wenig, in allen Bereichen“, sagte der " +
        "VfL-Trainer auf der Pressekonferenz nach dem 1:3 bei Werder Bremen.",
      "Seine Mannschaft habe nach dem frühen Rückstand „den Kopf verloren“. Vor allem die Abstimmung in " +
        "der Defensive bemängelte der 47-Jährige: „Wir verteidigen das Zentrum nicht, und dann wird es " +
        "gegen eine Mannschaft wie Werder schwer.“",
      "Kapitän Jonas Albers nahm die Mannschaft in die Pflicht. „Wir müssen uns an die eigene Nase " +
        "fassen. Der Trainer kann nichts dafür, wenn wir die Zweikämpfe nicht annehmen“, sagte der " +
        "Innenverteidiger.",
      "Eine Trainerdiskussion gebe es nicht, so Sportdirektor Martin Wegner. „Heiko hat unser volles " +
        "Vertrauen. Wir werden die Situation gemeinsam lösen.“",
      "Bremens Trainer Lars Holtkamp lobte dagegen sein Team: „Wir waren von der ersten Minute an " +
        "giftig.“ Doppeltorschütze Nick Bauer sprach von einem „Sieg der Mentalität“.",
      "Für den VfL geht es bereits am Mittwoch im Pokal weiter. „Da haben wir die Chance, eine Reaktion " +
        "zu zeigen“, sagte Albers.",
    ],
    quotes: [
      ["Das war zu wenig", "Heiko Brandt"],
      ["Das war zu wenig, in allen Bereichen", "Heiko Brandt"],
      ["den Kopf verloren", "Heiko Brandt"],
      [
        "Wir verteidigen das Zentrum nicht, und dann wird es gegen eine Mannschaft wie Werder schwer.",
        "Heiko Brandt",
      ],
      [
        "Wir müssen uns an die eigene Nase fassen. Der Trainer kann nichts dafür, wenn wir die " +
          "Zweikämpfe nicht annehmen",
        "Jonas Albers",
      ],
      ["Heiko hat unser volles Vertrauen. Wir werden die Situation gemeinsam lösen.", "Martin Wegner"],
      ["Wir waren von der ersten Minute an giftig.", "Lars Holtkamp"],
      ["Sieg der Mentalität", "Nick Bauer"],
      ["Da haben wir die Chance, eine Reaktion zu zeigen", "Jonas Albers"],
    ],
  },
  {
    name: "ORF: Landeshauptmann im ZIB-2-Interview, auf die Frage meinte er, gegenüber dem ORF, Aussendung",
    headline: "Spitalsreform: Landeshauptmann verteidigt Schließung von Abteilungen",
    paragraphs: [
      "Die geplante Zusammenlegung von Spitalsabteilungen in der Steiermark sorgt weiter für Unmut. " +
        "Landeshauptmann Anton Lechner (ÖVP) verteidigte die Pläne am Dienstagabend im ZIB-2-Interview.",
      "„Wir schließen keine Spitäler, wir bündeln Kompetenzen“, sagte Lechner. Ein kleines Haus könne " +
        "„nicht jede Operation auf höchstem Niveau anbieten“.",
      "Auf die Frage, ob die Reform nicht vor allem dem Sparen diene, meinte Lechner: „Natürlich geht " +
        "es auch ums Geld. Aber in erster Linie geht es um die Qualität.“",
      "Die SPÖ sieht das anders. Gesundheitssprecherin Martina Pichler sprach gegenüber dem ORF " +
        "Steiermark von einem „Kahlschlag im ländlichen Raum“.",
      "In Rottenmann, wo die Geburtenstation geschlossen werden soll, haben Bürgerinnen und Bürger " +
        "bereits mehr als 12.000 Unterschriften gesammelt. „Bis zum nächsten Kreißsaal fahren wir dann " +
        "fast eine Stunde“, sagt Initiatorin Karin Moser.",
      "Die Ärztekammer forderte in einer Aussendung, das medizinische Personal „endlich in die Planung " +
        "einzubinden“.",
      "Der Landtag soll die Reform im Frühjahr beschließen.",
    ],
    quotes: [
      ["Wir schließen keine Spitäler, wir bündeln Kompetenzen", "Anton Lechner"],
      ["nicht jede Operation auf höchstem Niveau anbieten", "Anton Lechner"],
      ["Natürlich geht es auch ums Geld. Aber in erster Linie geht es um die Qualität.", "Anton Lechner"],
      ["Kahlschlag im ländlichen Raum", "Martina Pichler"],
      ["Bis zum nächsten Kreißsaal fahren wir dann fast eine Stunde", "Karin Moser"],
      ["endlich in die Planung einzubinden", "Die Ärztekammer"],
    ],
  },
  {
    name: "Tagesspiegel: Bezirksbürgermeister, sagte der Grünen-Politiker, die Senatorin, Passanten",
    todo:
      "«Die Dealer stehen dann eben vor meiner Haustür.» goes to Ein junger Mann am Eingang, not Ein " +
      "junger Mann",
    headline: "Streit um Görlitzer Park: Bezirk will Zaun nicht mittragen",
    paragraphs: [
      "Der Streit um den geplanten Zaun um den Görlitzer Park geht in die nächste Runde. Der Bezirk " +
        "Friedrichshain-Kreuzberg lehnt es ab, die nächtliche Schließung des Parks selbst zu organisieren.",
      "„Ein Zaun löst kein einziges soziales Problem, er verdrängt es nur in die Nebenstraßen“, sagte " +
        "Bezirksbürgermeister Tobias Krüger dem Tagesspiegel. Der Senat wolle sich „ein Symbol bauen, " +
        "das Millionen kostet“, sagte der Grünen-Politiker.",
      "Innensenatorin Katrin Albrecht (CDU) wies die Kritik zurück. Die Anwohnerinnen und Anwohner " +
        "hätten „ein Recht darauf, nachts sicher nach Hause zu kommen“. Sie erwarte, dass der Bezirk " +
        "geltendes Recht umsetze, sagte die Senatorin am Montag im Innenausschuss.",
      "Unterstützung bekommt der Senat von der Gewerkschaft der Polizei. Deren Landesvorsitzender " +
        "Frank Behrendt nannte den Zaun „einen Baustein, kein Allheilmittel“.",
      "Die Anwohner sind gespalten. „Ich gehe abends nicht mehr durch den Park, das ist einfach so“, " +
        "sagt eine Frau, die mit ihrem Hund an der Wiener Straße unterwegs ist. Ein junger Mann am " +
        "Eingang hält dagegen: „Die Dealer stehen dann eben vor meiner Haustür.“",
      "Die Senatsverwaltung will die Zaunarbeiten notfalls selbst ausschreiben. Ein Sprecher der " +
        "Innenverwaltung sagte, man prüfe „alle rechtlichen Möglichkeiten“.",
    ],
    quotes: [
      [
        "Ein Zaun löst kein einziges soziales Problem, er verdrängt es nur in die Nebenstraßen",
        "Tobias Krüger",
      ],
      ["ein Symbol bauen, das Millionen kostet", "Tobias Krüger"],
      ["ein Recht darauf, nachts sicher nach Hause zu kommen", "Katrin Albrecht"],
      ["einen Baustein, kein Allheilmittel", "Frank Behrendt"],
      ["Ich gehe abends nicht mehr durch den Park, das ist einfach so", "eine Frau"],
      ["Die Dealer stehen dann eben vor meiner Haustür.", "Ein junger Mann"],
      ["alle rechtlichen Möglichkeiten", "Ein Sprecher der Innenverwaltung"],
    ],
  },
  {
    name: "RND, Interview: Zitat im Titel mit Doppelpunkt, Frage und Antwort ohne Zeichen, Zitat in Frage",
    todo:
      "the body's “Frau Sommer” renames the headline's “Heike Sommer”; keeping a headline's full name " +
      "when the body repeats only its surname lowered English held-out attribution (0.991 → 0.945)",
    headline: "Pflegebevollmächtigte Heike Sommer: „Die Pflegeversicherung steht vor dem Kollaps“",
    standfirst:
      "Die Kosten für Pflegeheime steigen und steigen. Im RND-Interview spricht die " +
      "Pflegebevollmächtigte der Bundesregierung über Eigenanteile, Personalnot und die Rolle der " +
      "Familien.",
    paragraphs: [
      "Frau Sommer, ein Platz im Pflegeheim kostet inzwischen im Schnitt mehr als 3000 Euro im Monat " +
        "aus eigener Tasche. Wie lange geht das noch gut?",
      "Nicht mehr lange. Die Pflegeversicherung steht vor dem Kollaps, wenn wir jetzt nicht handeln. " +
        "Viele Menschen haben ihr Leben lang gearbeitet und landen am Ende trotzdem in der Sozialhilfe.",
      "Der Finanzminister sagt, für eine Reform sei kein Geld da.",
      "Das höre ich seit Jahren. Aber wer bei der Pflege spart, zahlt am Ende doppelt, nämlich bei den " +
        "Kommunen und bei den Angehörigen.",
      "Der CSU-Gesundheitspolitiker Lars Wendt spricht von einer „Vollkasko-Mentalität“, wenn es um " +
        "die Deckelung der Eigenanteile geht. Hat er recht?",
      "Nein. Von Vollkasko kann keine Rede sein, wenn Familien ihr Erspartes aufbrauchen müssen. Ich " +
        "sage ganz klar: Pflege darf nicht arm machen.",
      "Was schlagen Sie vor?",
      "Die Eigenanteile müssen gedeckelt werden, und zwar bei 1000 Euro im Monat. Den Rest muss die " +
        "Versicherung tragen.",
    ],
    quotes: [
      ["Die Pflegeversicherung steht vor dem Kollaps", "Heike Sommer"],
      ["Vollkasko-Mentalität", "Lars Wendt"],
    ],
  },
  {
    name: "Deutschlandfunk: sagte im Deutschlandfunk, so X weiter, sagte dem Sender, Amt ohne Namen",
    headline: "Wehrdienst-Debatte: SPD-Politiker für verpflichtende Musterung",
    paragraphs: [
      "In der Debatte über einen neuen Wehrdienst hat sich der SPD-Verteidigungspolitiker Jan Hollmann " +
        "für eine verpflichtende Musterung aller jungen Männer ausgesprochen.",
      "„Wir müssen wissen, wer im Ernstfall zur Verfügung steht“, sagte Hollmann im Deutschlandfunk. " +
        "Freiwilligkeit sei „gut und richtig, reicht aber nicht“.",
      "Die Bundeswehr brauche in den kommenden Jahren rund 60.000 zusätzliche Soldatinnen und Soldaten, " +
        "so Hollmann weiter. Das sei mit Werbekampagnen allein nicht zu schaffen.",
      "Widerspruch kam von der Linken. Parteichefin Maren Schulte sagte dem Sender, eine Wehrpflicht " +
        "durch die Hintertür werde ihre Partei „mit allen Mitteln bekämpfen“.",
      "Auch der Bundesjugendring äußerte sich kritisch. Junge Menschen dürften nicht „als " +
        "Verfügungsmasse“ behandelt werden, erklärte die Vorsitzende Lea Hartung im Interview der Woche.",
      "Der Wehrbeauftragte des Bundestages begrüßte dagegen die Debatte. „Es ist höchste Zeit, dass wir " +
        "ehrlich über die Personallage reden“, sagte er am Morgen im Deutschlandfunk.",
    ],
    quotes: [
      ["Wir müssen wissen, wer im Ernstfall zur Verfügung steht", "Jan Hollmann"],
      ["gut und richtig, reicht aber nicht", "Jan Hollmann"],
      ["mit allen Mitteln bekämpfen", "Maren Schulte"],
      ["als Verfügungsmasse", "Lea Hartung"],
      [
        "Es ist höchste Zeit, dass wir ehrlich über die Personallage reden",
        "Der Wehrbeauftragte des Bundestages",
      ],
    ],
  },
  {
    name: 'heise: gerade "…", schreibt in seinem Blog, der Sicherheitsforscher, teilte auf Anfrage mit',
    todo: "“heißt es in der Warnung des BSI”: the document noun is dropped from the speaker",
    headline: "Kritische Lücke in Router-Firmware: BSI warnt vor Angriffen",
    standfirst:
      "Angreifer können aus der Ferne Code auf verbreiteten DSL-Routern ausführen. Ein Update steht " +
      "bereit, muss aber teils von Hand installiert werden.",
    paragraphs: [
      "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt vor einer kritischen " +
        "Sicherheitslücke in der Firmware mehrerer Router-Modelle des Herstellers Netlink. Die " +
        "Schwachstelle mit der Kennung CVE-2026-31337 erhält im CVSS-Schema 9,8 von 10 Punkten.",
      "Entdeckt hat die Lücke der Sicherheitsforscher Tim Kessler von der Firma Redcell. Über eine " +
        'manipulierte Anfrage an die Weboberfläche lasse sich "ohne jede Authentifizierung beliebiger ' +
        'Code mit Root-Rechten ausführen", schreibt Kessler in seinem Blog.',
      "Nach seinen Angaben sind allein in Deutschland mehr als 200.000 Geräte direkt aus dem Internet " +
        'erreichbar. "Das ist ein gefundenes Fressen für Botnetze", sagte der Sicherheitsforscher ' +
        "gegenüber heise online.",
      'Netlink teilte auf Anfrage mit, man habe die Lücke "innerhalb von 72 Stunden nach der Meldung" ' +
        "geschlossen. Das Update werde automatisch verteilt, sofern Kunden die Funktion nicht " +
        "abgeschaltet hätten.",
      "Das BSI empfiehlt, die Fernwartung bis zur Installation des Updates abzuschalten. " +
        '"Nutzerinnen und Nutzer sollten nicht darauf vertrauen, dass ihr Gerät sich von selbst ' +
        'aktualisiert", heißt es in der Warnung des BSI.',
      "Betroffen sind laut Hersteller die Modelle NL-7590 und NL-7530 mit Firmware-Versionen vor 8.02.",
      "Es ist nicht die erste Lücke dieser Art. Bereits im Frühjahr hatte Netlink eine ähnliche " +
        'Schwachstelle in der sogenannten "Fernzugriff"-Funktion schließen müssen.',
    ],
    quotes: [
      ["ohne jede Authentifizierung beliebiger Code mit Root-Rechten ausführen", "Tim Kessler"],
      ["Das ist ein gefundenes Fressen für Botnetze", "Tim Kessler"],
      ["innerhalb von 72 Stunden nach der Meldung", "Netlink"],
      [
        "Nutzerinnen und Nutzer sollten nicht darauf vertrauen, dass ihr Gerät sich von selbst " +
          "aktualisiert",
        "der Warnung des BSI",
      ],
    ],
  },
  {
    name: "Gerichtsbericht: Staatsanwalt, Verteidiger, Vorsitzende Richterin, Zeugin ohne Namen, Konjunktiv",
    headline: "Prozess um tödlichen Messerangriff: Angeklagter schweigt zum Auftakt",
    paragraphs: [
      "Vor dem Landgericht Dortmund hat am Montag der Prozess gegen einen 24-Jährigen begonnen, der im " +
        "März einen Mitbewohner in einer Flüchtlingsunterkunft erstochen haben soll. Die " +
        "Staatsanwaltschaft wirft ihm Totschlag vor.",
      "Der Angeklagte habe „ohne jeden erkennbaren Anlass“ mindestens sieben Mal auf sein Opfer " +
        "eingestochen, sagte Staatsanwalt Christian Behrens bei der Verlesung der Anklage.",
      "Der 24-Jährige verfolgte die Verhandlung mit gesenktem Kopf. Über seinen Verteidiger ließ er " +
        "erklären, er werde sich vorerst nicht äußern. „Mein Mandant bedauert den Tod des Geschädigten " +
        "zutiefst“, sagte Rechtsanwalt Jörg Lemke. Sein Mandant sei zur Tatzeit „psychisch schwer " +
        "krank“ gewesen.",
      "Die Vorsitzende Richterin Sabine Engel wies darauf hin, dass das Gericht auch eine Unterbringung " +
        "in einer psychiatrischen Klinik prüfen werde. „Dafür brauchen wir ein vollständiges Bild der " +
        "Persönlichkeit des Angeklagten“, sagte sie.",
      "Als erste Zeugin sagte eine Mitarbeiterin der Unterkunft aus. Sie habe Schreie gehört und sei in " +
        "den Flur gelaufen. „Da lag er schon auf dem Boden, überall war Blut“, sagte die 51-Jährige. " +
        "Der Angeklagte habe ruhig daneben gestanden.",
      "Ein Urteil könnte Ende Mai fallen. Das Gericht hat neun weitere Verhandlungstage angesetzt.",
    ],
    quotes: [
      ["ohne jeden erkennbaren Anlass", "Christian Behrens"],
      ["Mein Mandant bedauert den Tod des Geschädigten zutiefst", "Jörg Lemke"],
      ["psychisch schwer krank", "Jörg Lemke"],
      ["Dafür brauchen wir ein vollständiges Bild der Persönlichkeit des Angeklagten", "Sabine Engel"],
      ["Da lag er schon auf dem Boden, überall war Blut", "eine Mitarbeiterin der Unterkunft"],
    ],
  },
  {
    name: "WDR, Unwetter: ein Sprecher der Feuerwehr, berichtet, DWD-Meteorologin, versprach er, Bahn",
    headline: "Unwetter in NRW: Feuerwehr im Dauereinsatz",
    standfirst:
      "Starkregen und Hagel haben in der Nacht in Teilen Nordrhein-Westfalens Keller geflutet und Bäume " +
      "entwurzelt. Der Deutsche Wetterdienst warnt vor weiteren Gewittern.",
    paragraphs: [
      "Besonders schwer getroffen hat es Wuppertal. Innerhalb von zwei Stunden fielen dort nach Angaben " +
        "des Deutschen Wetterdienstes (DWD) bis zu 70 Liter Regen pro Quadratmeter.",
      "„Wir hatten in der Spitze mehr als 400 Einsätze gleichzeitig“, sagte ein Sprecher der Feuerwehr " +
        "Wuppertal am Morgen. Verletzt worden sei nach bisherigen Erkenntnissen niemand.",
      "In der Elberfelder Innenstadt standen Straßen knietief unter Wasser. „Das kam wie eine Wand“, " +
        "berichtet Kioskbesitzer Murat Yilmaz, dessen Laden komplett vollgelaufen ist. „Die Ware kann " +
        "ich wegschmeißen.“",
      "Der DWD rechnet auch für Mittwoch mit kräftigen Gewittern. „Die Luftmasse bleibt feucht und " +
        "labil, da kann sich jederzeit wieder etwas zusammenbrauen“, sagte DWD-Meteorologin Julia " +
        "Brandes. Örtlich seien „Unwetter mit extremem Starkregen“ möglich.",
      "Oberbürgermeister Peter Hahn (SPD) dankte den Einsatzkräften. Die Stadt werde Betroffenen " +
        "„schnell und unbürokratisch“ helfen, versprach er.",
      "Die Deutsche Bahn sperrte die Strecke zwischen Wuppertal und Hagen. Wann der Verkehr wieder " +
        "rollt, sei „derzeit nicht absehbar“, teilte ein Bahnsprecher mit.",
    ],
    quotes: [
      ["Wir hatten in der Spitze mehr als 400 Einsätze gleichzeitig", "ein Sprecher der Feuerwehr Wuppertal"],
      ["Das kam wie eine Wand", "Murat Yilmaz"],
      ["Die Ware kann ich wegschmeißen.", "Murat Yilmaz"],
      [
        "Die Luftmasse bleibt feucht und labil, da kann sich jederzeit wieder etwas zusammenbrauen",
        "Julia Brandes",
      ],
      ["Unwetter mit extremem Starkregen", "Julia Brandes"],
      ["schnell und unbürokratisch", "Peter Hahn"],
      ["derzeit nicht absehbar", "ein Bahnsprecher"],
    ],
  },
  {
    name: "t-online: Zitat im Titel nach Name, sagte X t-online, forderte der 54-Jährige, schrieb auf X",
    headline: "CDU-Vize Kramer: „Wir dürfen die AfD nicht kopieren“",
    standfirst:
      "In der Union wächst der Unmut über den Kurs der Parteiführung in der Migrationspolitik. Jetzt " +
      "meldet sich ein prominenter Christdemokrat zu Wort.",
    paragraphs: [
      "Der stellvertretende CDU-Vorsitzende Andreas Kramer hat seine Partei vor einem Rechtsruck " +
        "gewarnt. „Wir dürfen die AfD nicht kopieren. Wer das Original will, wählt das Original“, " +
        "sagte Kramer t-online.",
      "Die Union müsse sich wieder stärker um Wirtschaft und Bildung kümmern, forderte der 54-Jährige. " +
        "Die Debatte der vergangenen Wochen habe „viele unserer Stammwähler verschreckt“.",
      "Auf der Plattform X legte Kramer am Abend nach: „Anstand ist keine Schwäche.“",
      "Aus der Parteizentrale kam prompt Widerspruch. Generalsekretär Tobias Reuter nannte die " +
        "Äußerungen „wenig hilfreich“. Die CDU stehe „geschlossen hinter dem Kurs des Vorsitzenden“, " +
        "sagte er der Deutschen Presse-Agentur.",
      "Unterstützung erhielt Kramer dagegen aus dem Arbeitnehmerflügel. Der Vorsitzende der " +
        "Christlich-Demokratischen Arbeitnehmerschaft, Frank Wolter, schrieb auf X: „Andreas Kramer " +
        "spricht aus, was viele in der Partei denken.“",
    ],
    quotes: [
      ["Wir dürfen die AfD nicht kopieren", "Andreas Kramer"],
      ["Wir dürfen die AfD nicht kopieren. Wer das Original will, wählt das Original", "Andreas Kramer"],
      ["viele unserer Stammwähler verschreckt", "Andreas Kramer"],
      ["Anstand ist keine Schwäche.", "Andreas Kramer"],
      ["wenig hilfreich", "Tobias Reuter"],
      ["geschlossen hinter dem Kurs des Vorsitzenden", "Tobias Reuter"],
      ["Andreas Kramer spricht aus, was viele in der Partei denken.", "Frank Wolter"],
    ],
  },
  {
    name: "Bild, Sport: Boss im Titel, sagt X zu BILD, Fan mit Initial und Doppelpunkt, ein Vereinsinsider:",
    headline: "HSV-Boss nach Derby-Pleite: „Jetzt ist Schluss mit lustig!“",
    paragraphs: [
      "Hamburg – Diese Pleite tut weh! Der HSV verliert das Stadtderby gegen St. Pauli mit 0:2. Und " +
        "HSV-Vorstand Stefan Kuhn (51) platzt der Kragen.",
      "„Jetzt ist Schluss mit lustig! So eine Leistung im Derby ist respektlos gegenüber unseren Fans“, " +
        "sagt Kuhn zu BILD.",
      "Deutliche Worte. Und die Fans? Die pfiffen ihre Mannschaft nach Abpfiff gnadenlos aus. " +
        "Dauerkarten-Inhaber Kevin B. (27): „Die spielen wie eine Schülermannschaft. Ich hab die " +
        "Schnauze voll.“",
      "Trainer Mirko Lange (44) versuchte zu beruhigen. „Wir haben heute nicht gut gespielt, das ist " +
        "klar. Aber wir sind weiter Tabellenzweiter“, sagte er nach dem Spiel.",
      "Ob das Kuhn reicht? BILD weiß: Intern wird bereits über Konsequenzen diskutiert. Ein " +
        "Vereinsinsider: „Wenn am Sonntag in Kiel nicht gewonnen wird, brennt hier die Hütte.“",
    ],
    quotes: [
      ["Jetzt ist Schluss mit lustig!", "Stefan Kuhn"],
      [
        "Jetzt ist Schluss mit lustig! So eine Leistung im Derby ist respektlos gegenüber unseren Fans",
        "Stefan Kuhn",
      ],
      ["Die spielen wie eine Schülermannschaft. Ich hab die Schnauze voll.", "Kevin B."],
      [
        "Wir haben heute nicht gut gespielt, das ist klar. Aber wir sind weiter Tabellenzweiter",
        "Mirko Lange",
      ],
      ["Wenn am Sonntag in Kiel nicht gewonnen wird, brennt hier die Hütte.", "Ein Vereinsinsider"],
    ],
  },
]);
