// A sixteenth round of composed German news articles, in the styles of outlets and beats the first
// fifteen rounds (articles.de to articles15.de) did not use: Dresdner Neueste Nachrichten (local politics:
// a 30 km/h limit on a Dresden main road, the building officer in the headline and the body and with „so
// Lindner“ and a colon, a group leader's fragment and „der 58-Jährige“ after a colon, the transport
// company's statement, a resident after a colon, an unnamed councillor, an initiative's name in marks),
// Mittelbayerische Zeitung (courts: a hunter who shot a dog, the owner in the standfirst and the body and
// as „die 44-Jährige“, the unnamed accused after a colon, the defence's two fragments, the prosecutor, the
// judge after a colon, an association's name), watson.ch (Switzerland, crime, with «…»: a cash machine
// blown up, a resident in the headline and the body, the police spokesman and his surname with a colon,
// the bank's statement continued with no verb, an unnamed neighbour, a so-called word), Heilbronner Stimme
// (business: short-time work at a fastener maker, the managing director in the headline and the body and
// as „der Firmenchef“, two fragments of the management's letter, the works council chair after a colon,
// the district administrator, a chamber economist, a product line's name), Berliner Zeitung (health:
// waiting in emergency rooms, the health department writing in a report, a senior doctor with a doctor's
// title and a fragment in the standfirst and the body, the senator after her quote, a KV spokesman after
// a colon, a pensioner as „die Rentnerin“, a campaign's motto), Lëtzebuerger Journal (Luxembourg,
// culture: a theatre's season in Luxembourgish, the director after a colon, the playwright by her age, the
// minister's written fragment, a critic as „der frühere Dramaturg“, an unnamed subscriber, play titles),
// Bote der Urschweiz (Switzerland, a debris flow, with «…»: a farmer in the headline and the body with a
// continued quote, the Gemeindepräsident, the cantonal police announcing, a natural hazards specialist as
// „der Geologe“ and after a colon, a relief campaign's name), Tips (Austria, education: report cards
// without grades, the head teacher, the parents' chairman after a colon, an unnamed mother, the education
// directorate with „heißt es“, a teacher by her age and after a colon, a pupil's fragment by first name,
// grades in marks), Fränkischer Tag (sport: a football derby, the late scorer by his age, the coach with
// „räumte ein“ and a fragment after „verriet“, the other coach with „schimpfte“, the captain's fragment,
// a banner) and Schwäbisches Tagblatt (science: an early Lyme disease blood test, the lead author's
// fragments and a quote with no verb, the authors writing, a co-author after a colon, an outside
// microbiologist across two paragraphs, a journal's title). Every article was written for these tests,
// before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Dresdner Neueste Nachrichten, Lokalpolitik: Baubürgermeister in der Überschrift und im Text, " +
      "Teilzitat des Fraktionschefs und der 58-Jährige mit Doppelpunkt, Stellungnahme der " +
      "Verkehrsbetriebe, Anwohnerin mit Doppelpunkt, ungenannter Stadtrat, so X mit Doppelpunkt, " +
      "Initiativname",
    headline:
      "„Wir verlieren hier keine Zeit, wir gewinnen Ruhe“: Tempo 30 auf der Königsbrücker Straße kommt",
    paragraphs: [
      "Auf der Königsbrücker Straße in der Dresdner Neustadt gilt ab Februar tagsüber Tempo 30. Der " +
        "Stadtrat hat am Donnerstagabend nach mehr als zweistündiger Debatte mit 37 zu 31 Stimmen " +
        "einen entsprechenden Antrag von Grünen, Linken und SPD angenommen.",
      "Baubürgermeister Matthias Lindner (Grüne) verteidigte die Pläne gegen Kritik aus der " +
        "Wirtschaft. „Wir verlieren hier keine Zeit, wir gewinnen Ruhe“, sagte er. Messungen hätten " +
        "gezeigt, dass sich die Fahrzeit zwischen Albertplatz und Stauffenbergallee um weniger als " +
        "eine Minute verlängere.",
      "Ganz anders sieht das die CDU-Fraktion. Ihr Vorsitzender Ingolf Brauer nannte den Beschluss " +
        "„ein Geschenk an die eigene Klientel“. Der 58-Jährige kündigte an, die Rechtmäßigkeit prüfen " +
        "zu lassen: „Eine Bundesstraße ist keine Spielstraße. Das wird sich die Landesdirektion genau " +
        "ansehen.“",
      "Die Dresdner Verkehrsbetriebe (DVB) fürchten um den Takt der Straßenbahnlinien 7 und 8. „Jede " +
        "zusätzliche Minute Fahrzeit kostet uns im Zweifel einen weiteren Zug und einen weiteren " +
        "Fahrer“, heißt es in einer Stellungnahme des Unternehmens an den Stadtrat.",
      "Anwohnerin Franziska Mehnert, die seit Jahren in der Initiative „Königsbrücker für alle“ " +
        "aktiv ist, verfolgte die Sitzung von der Tribüne. Nach der Abstimmung sagte sie: „Ich habe " +
        "zwölf Jahre lang bei geschlossenem Fenster geschlafen. Vielleicht ändert sich das jetzt.“",
      "Ein Stadtrat der Freien Wähler, der nicht namentlich genannt werden möchte, räumte nach der " +
        "Sitzung ein, die eigene Fraktion sei gespalten gewesen. „Die Hälfte von uns wohnt selbst an " +
        "so einer Straße“, sagte er.",
      "Die neue Regelung soll zunächst für zwei Jahre gelten. Danach will die Verwaltung Lärm, " +
        "Unfallzahlen und Fahrzeiten auswerten, so Lindner: „Wenn es nichts bringt, sind wir die " +
        "Ersten, die das wieder ändern.“",
    ],
    quotes: [
      ["Wir verlieren hier keine Zeit, wir gewinnen Ruhe", "Matthias Lindner"],
      ["ein Geschenk an die eigene Klientel", "Ingolf Brauer"],
      [
        "Eine Bundesstraße ist keine Spielstraße. Das wird sich die Landesdirektion genau ansehen.",
        "Ingolf Brauer",
      ],
      [
        "Jede zusätzliche Minute Fahrzeit kostet uns im Zweifel einen weiteren Zug und einen " +
          "weiteren Fahrer",
        "Die Dresdner Verkehrsbetriebe",
      ],
      [
        "Ich habe zwölf Jahre lang bei geschlossenem Fenster geschlafen. Vielleicht ändert sich das " +
          "jetzt.",
        "Franziska Mehnert",
      ],
      ["Die Hälfte von uns wohnt selbst an so einer Straße", "Ein Stadtrat der Freien Wähler"],
      ["Wenn es nichts bringt, sind wir die Ersten, die das wieder ändern.", "Matthias Lindner"],
    ],
  },
  {
    name:
      "Mittelbayerische Zeitung, Gericht: Zeugin im Vorspann und im Text als die 44-Jährige, " +
      "ungenannter Angeklagter mit Doppelpunkt, zwei Teilzitate des Verteidigers, Staatsanwältin " +
      "nach dem Zitat, Richter mit Doppelpunkt, Vereinsname",
    headline: "Jäger erschießt Labrador: Geldstrafe am Amtsgericht Kelheim",
    standfirst:
      "Ein 67-jähriger Jäger hat auf einem Spazierweg den Hund einer Frau erschossen. Die Halterin " +
      "sagt: „Er hat nicht einmal gezögert.“",
    paragraphs: [
      "Es war ein sonniger Sonntagvormittag im März, als Sabine Wolfsteiner mit ihrem Labrador Bruno " +
        "auf einem Feldweg bei Saal an der Donau unterwegs war. Der Hund lief ohne Leine etwa 30 Meter " +
        "voraus, als ein Schuss fiel. Bruno war sofort tot.",
      "„Er hat nicht einmal gezögert“, sagte die 44-Jährige am Dienstag als Zeugin vor dem " +
        "Amtsgericht Kelheim. „Ich habe gerufen, ich habe gewunken. Dann hat es geknallt.“ Während " +
        "ihrer Aussage musste sie mehrmals innehalten.",
      "Der angeklagte Jäger, ein 67-jähriger Landwirt aus dem Landkreis, räumte den Schuss ein. Er " +
        "habe den Labrador für einen wildernden Hund gehalten, der einem Reh nachgestellt habe, ließ " +
        "er über seinen Verteidiger erklären. Er selbst sagte nur einen Satz: „Es tut mir leid, das " +
        "wollte ich nicht.“",
      "Verteidiger Markus Hierl sprach von einer „tragischen Fehleinschätzung in Sekunden“. Das " +
        "Jagdrecht erlaube es unter bestimmten Umständen, wildernde Hunde zu töten. Sein Mandant habe " +
        "„im guten Glauben“ gehandelt.",
      "Das sah Staatsanwältin Verena Pöschl anders. Ein Reh habe keiner der Zeugen gesehen. „Wer auf " +
        "30 Meter einen Labrador an einem Sonntag auf einem Spazierweg nicht als Haushund erkennt, " +
        "sollte kein Gewehr in der Hand haben“, sagte sie in ihrem Plädoyer.",
      "Richter Thomas Ebner folgte weitgehend der Anklage und verhängte 90 Tagessätze zu je 50 Euro " +
        "wegen eines Verstoßes gegen das Tierschutzgesetz. In der Begründung sagte er: „Das Jagdrecht " +
        "ist kein Freibrief. Wer schießt, muss sich sicher sein.“ Die Jagdbehörde prüft nun, ob der " +
        "Mann seinen Jagdschein behalten darf.",
      "Vor dem Gerichtsgebäude hatten Mitglieder des Vereins „Pfotenhilfe Donau“ eine Mahnwache " +
        "abgehalten. Das Urteil ist noch nicht rechtskräftig.",
    ],
    quotes: [
      ["Er hat nicht einmal gezögert", "Sabine Wolfsteiner"],
      ["Ich habe gerufen, ich habe gewunken. Dann hat es geknallt.", "Sabine Wolfsteiner"],
      ["Es tut mir leid, das wollte ich nicht.", "Der angeklagte Jäger"],
      ["tragischen Fehleinschätzung in Sekunden", "Markus Hierl"],
      ["im guten Glauben", "Markus Hierl"],
      [
        "Wer auf 30 Meter einen Labrador an einem Sonntag auf einem Spazierweg nicht als Haushund " +
          "erkennt, sollte kein Gewehr in der Hand haben",
        "Verena Pöschl",
      ],
      ["Das Jagdrecht ist kein Freibrief. Wer schießt, muss sich sicher sein.", "Thomas Ebner"],
    ],
  },
  {
    name:
      "watson.ch, Blaulicht mit «…»: Anwohner in der Überschrift und im Text mit Alter in Klammern, " +
      "Mediensprecher und sein Nachname mit Doppelpunkt, Stellungnahme der Bank ohne Verb, " +
      "ungenannte Nachbarin mit Doppelpunkt, sogenanntes Wort",
    todo:
      "a company statement continued with no verb is given to „Regio Frick-Mettauertal“, the name " +
      "cut after its first word „Die Raiffeisenbank“",
    headline: "«Es tönte wie ein Erdbeben»: Unbekannte sprengen Bancomat in Frick",
    standfirst:
      "In der Nacht auf Freitag haben Unbekannte im Fricktal einen Geldautomaten in die Luft gejagt. " +
      "Die Täter flüchteten mit einem Auto.",
    paragraphs: [
      "Kurz nach drei Uhr morgens wurden die Bewohnerinnen und Bewohner rund um den Bahnhof Frick AG " +
        "aus dem Schlaf gerissen. Unbekannte hatten den Bancomat in der Filiale der Raiffeisenbank " +
        "gesprengt.",
      "«Es tönte wie ein Erdbeben», sagt Anwohner Marco Lüthi (38) zu watson. «Die ganze Wohnung hat " +
        "gezittert. Als ich aus dem Fenster schaute, war die Strasse voller Rauch.»",
      "Die Kantonspolizei Aargau bestätigt den Vorfall. «Nach ersten Erkenntnissen waren mindestens " +
        "drei Täter beteiligt», sagt Mediensprecher Adrian Bieri. Sie seien in einem dunklen Audi in " +
        "Richtung Rheinfelden geflüchtet. Ob sie Bargeld erbeuteten, sei noch unklar.",
      "Es ist bereits der vierte Fall im Aargau in diesem Jahr. Bieri: «Wir gehen davon aus, dass es " +
        "sich um eine international agierende Bande handelt, die gezielt grenznahe Standorte auswählt.»",
      "Die Raiffeisenbank Regio Frick-Mettauertal schreibt in einer Stellungnahme, die Kundschaft " +
        "könne ihre Geschäfte vorübergehend in der Filiale in Laufenburg erledigen. «Die Sicherheit " +
        "unserer Mitarbeitenden und der Nachbarschaft hat oberste Priorität.»",
      "Eine Nachbarin, die ihren Namen nicht in den Medien lesen will, ärgert sich über die Banken: " +
        "«Seit Jahren weiss man von diesen Sprengungen. Warum steht so ein Automat immer noch mitten " +
        "im Wohnquartier?»",
      "In Polizeikreisen ist von sogenannten «Automatenknackern» die Rede, die oft aus den " +
        "Niederlanden anreisen. Die Kantonspolizei sucht Zeugen, die in der Nacht verdächtige " +
        "Fahrzeuge beobachtet haben.",
    ],
    quotes: [
      ["Es tönte wie ein Erdbeben", "Marco Lüthi"],
      [
        "Die ganze Wohnung hat gezittert. Als ich aus dem Fenster schaute, war die Strasse voller " +
          "Rauch.",
        "Marco Lüthi",
      ],
      ["Nach ersten Erkenntnissen waren mindestens drei Täter beteiligt", "Adrian Bieri"],
      [
        "Wir gehen davon aus, dass es sich um eine international agierende Bande handelt, die " +
          "gezielt grenznahe Standorte auswählt.",
        "Adrian Bieri",
      ],
      [
        "Die Sicherheit unserer Mitarbeitenden und der Nachbarschaft hat oberste Priorität.",
        "Die Raiffeisenbank Regio Frick-Mettauertal",
      ],
      [
        "Seit Jahren weiss man von diesen Sprengungen. Warum steht so ein Automat immer noch mitten " +
          "im Wohnquartier?",
        "Eine Nachbarin",
      ],
    ],
  },
  {
    name:
      "Heilbronner Stimme, Wirtschaft: Geschäftsführer in der Überschrift und im Text als der " +
      "49-Jährige und der Firmenchef, zwei Teilzitate der Geschäftsführung aus einer Mitteilung, " +
      "Betriebsrätin mit Doppelpunkt, Landrat, IHK-Volkswirtin, Produktname",
    headline: "Kurzarbeit bei Kocher: „Die Auftragsbücher sind so dünn wie seit 2009 nicht“",
    paragraphs: [
      "Der Befestigungsspezialist Kocher Verbindungstechnik aus Künzelsau, bekannt für seine " +
        "Dübelserie „Hohenlohe Grip“, schickt ab Dezember rund 600 seiner 1400 Beschäftigten in " +
        "Kurzarbeit. Das bestätigte das Familienunternehmen am Mittwoch.",
      "„Die Auftragsbücher sind so dünn wie seit 2009 nicht“, sagte Geschäftsführer Tobias Kocher " +
        "der Heilbronner Stimme. Vor allem die Automobilindustrie und der Maschinenbau hätten " +
        "Bestellungen storniert oder verschoben. Der 49-Jährige führt das Unternehmen in vierter " +
        "Generation.",
      "Betriebsbedingte Kündigungen schließt der Firmenchef vorerst aus. „Wir haben die Leute in " +
        "guten Jahren gehalten, und wir halten sie auch jetzt“, versicherte er. Die Kurzarbeit sei " +
        "zunächst bis Ende März befristet.",
      "In einer Mitteilung an die Belegschaft, die der Stimme vorliegt, schreibt die " +
        "Geschäftsführung von einer „schwierigen, aber beherrschbaren Lage“. Investitionen in das neue " +
        "Logistikzentrum in Gaisbach würden „zeitlich gestreckt“.",
      "Betriebsratsvorsitzende Nadine Özdemir trägt die Entscheidung mit: „Kurzarbeit ist bitter, " +
        "aber sie ist besser als jede Entlassung.“ Sie fordert allerdings, das Kurzarbeitergeld " +
        "aufzustocken. Die IG Metall will darüber mit der Geschäftsführung verhandeln.",
      "Für den Hohenlohekreis ist die Nachricht ein Warnsignal. „Wenn hier die Schraube wackelt, " +
        "wackelt die ganze Region“, sagt Landrat Jochen Haug.",
      "Die Industrie- und Handelskammer Heilbronn-Franken beobachtet die Entwicklung mit Sorge. Nach " +
        "ihrer jüngsten Konjunkturumfrage plant fast jeder dritte Industriebetrieb der Region, " +
        "Personal abzubauen. „Die Stimmung ist so schlecht wie zuletzt in der Pandemie“, sagte " +
        "IHK-Volkswirtin Carina Wendt.",
    ],
    quotes: [
      ["Die Auftragsbücher sind so dünn wie seit 2009 nicht", "Tobias Kocher"],
      ["Wir haben die Leute in guten Jahren gehalten, und wir halten sie auch jetzt", "Tobias Kocher"],
      ["schwierigen, aber beherrschbaren Lage", "die Geschäftsführung"],
      ["zeitlich gestreckt", "die Geschäftsführung"],
      ["Kurzarbeit ist bitter, aber sie ist besser als jede Entlassung.", "Nadine Özdemir"],
      ["Wenn hier die Schraube wackelt, wackelt die ganze Region", "Jochen Haug"],
      ["Die Stimmung ist so schlecht wie zuletzt in der Pandemie", "Carina Wendt"],
    ],
  },
  {
    name:
      "Berliner Zeitung, Gesundheit: Senatsverwaltung schreibt im Bericht, Oberärztin mit " +
      "Doktortitel und Teilzitat im Vorspann und im Text, die 46-Jährige mit Fortsetzung, Senatorin " +
      "nach dem Zitat, KV-Sprecher mit Doppelpunkt, Patientin als die Rentnerin, Kampagnenmotto",
    headline: "Stundenlanges Warten in Berliner Notaufnahmen",
    standfirst:
      "Eine Auswertung des Senats zeigt: Fast jeder vierte Patient wartet länger als vier Stunden. " +
      "Eine Ärztin sagt, es seien „Zustände, die wir uns nicht mehr leisten dürfen“.",
    paragraphs: [
      "Wer in Berlin mit einem verstauchten Knöchel oder Bauchschmerzen in eine Notaufnahme kommt, " +
        "braucht Geduld. Nach einer Auswertung der Senatsverwaltung für Gesundheit warteten im " +
        "vergangenen Jahr 23 Prozent der Patientinnen und Patienten länger als vier Stunden auf eine " +
        "Behandlung.",
      "„Die Notaufnahmen sind zum Wartezimmer der Stadt geworden“, schreibt die Senatsverwaltung für " +
        "Gesundheit in dem Bericht, der der Berliner Zeitung vorliegt. Viele der Fälle hätten auch in " +
        "einer Hausarztpraxis versorgt werden können.",
      "Oberärztin Dr. Leyla Aydın leitet die Notaufnahme eines großen Klinikums im Süden der Stadt. " +
        "Sie kennt die Lage aus eigener Erfahrung. Es seien „Zustände, die wir uns nicht mehr leisten " +
        "dürfen“, sagt die 46-Jährige. „An einem normalen Samstag haben wir 180 Patienten. Ausgelegt " +
        "sind wir für 120.“",
      "Besonders belastend seien Angriffe auf das Personal. Erst vor zwei Wochen habe ein Mann eine " +
        "Pflegerin geschlagen, weil ihm das Warten zu lange dauerte. „Meine Kolleginnen gehen mit " +
        "Angst in die Nachtschicht“, sagt Aydın.",
      "Gesundheitssenatorin Dagmar Wöhlert (SPD) kündigte an, die Zahl der Bereitschaftspraxen an " +
        "Kliniken auszubauen. „Wir wollen, dass niemand mit einer Erkältung in der Rettungsstelle " +
        "sitzt, während nebenan ein Herzinfarkt wartet“, sagte die Senatorin am Dienstag im " +
        "Gesundheitsausschuss.",
      "Die Kassenärztliche Vereinigung Berlin verweist auf den ärztlichen Bereitschaftsdienst unter " +
        "der Nummer 116117. Ein KV-Sprecher sagte: „Viele Berlinerinnen und Berliner kennen diese " +
        "Nummer schlicht nicht.“ Die KV will nun mit einer Plakatkampagne unter dem Motto „Erst " +
        "anrufen, dann losfahren“ dafür werben.",
      "Renate Schulz, 71, wartete vergangene Woche mit einer Platzwunde sechseinhalb Stunden. „Ich " +
        "mache denen keinen Vorwurf. Die rennen ja die ganze Zeit“, sagt die Rentnerin aus Britz.",
    ],
    quotes: [
      ["Zustände, die wir uns nicht mehr leisten dürfen", "Leyla Aydın"],
      ["Die Notaufnahmen sind zum Wartezimmer der Stadt geworden", "die Senatsverwaltung für Gesundheit"],
      ["An einem normalen Samstag haben wir 180 Patienten. Ausgelegt sind wir für 120.", "Leyla Aydın"],
      ["Meine Kolleginnen gehen mit Angst in die Nachtschicht", "Leyla Aydın"],
      [
        "Wir wollen, dass niemand mit einer Erkältung in der Rettungsstelle sitzt, während nebenan " +
          "ein Herzinfarkt wartet",
        "Dagmar Wöhlert",
      ],
      ["Viele Berlinerinnen und Berliner kennen diese Nummer schlicht nicht.", "Ein KV-Sprecher"],
      ["Ich mache denen keinen Vorwurf. Die rennen ja die ganze Zeit", "Renate Schulz"],
    ],
  },
  {
    name:
      "Lëtzebuerger Journal, Kultur: neuer Direktor mit Fortsetzung nach Doppelpunkt, Autorin als " +
      "die 39-Jährige, Teilzitat einer schriftlichen Erklärung der Ministerin, Kritiker als der " +
      "frühere Dramaturg, ungenannte Abonnentin, Stücktitel",
    todo: "an unnamed subscriber goes to the theatre named in her sentence",
    headline: "Grand Théâtre setzt auf Luxemburgisch",
    paragraphs: [
      "Das Grand Théâtre de Luxembourg will in der kommenden Spielzeit deutlich mehr Produktionen in " +
        "luxemburgischer Sprache zeigen. Das kündigte der neue Direktor Laurent Weyrich am Montag bei " +
        "der Vorstellung des Programms an.",
      "„Ein Nationaltheater, in dem die Landessprache nur am Rand vorkommt, ist ein Widerspruch“, " +
        "sagte Weyrich. Von 28 Eigen- und Koproduktionen werden neun auf Luxemburgisch gespielt, " +
        "bisher waren es im Schnitt drei.",
      "Eröffnet wird die Saison im September mit „De Prënz vu Clausen“, einer Komödie der Autorin " +
        "Claudine Hoffmann. Die 39-Jährige hat das Stück eigens für das Haus geschrieben. „Ich wollte " +
        "zeigen, dass man auf Luxemburgisch nicht nur Schwänke schreiben kann, sondern auch über Geld, " +
        "Wohnungsnot und Herkunft“, sagte sie.",
      "Die Übertitel sollen künftig in vier Sprachen laufen – Französisch, Deutsch, Englisch und " +
        "Portugiesisch. Für Weyrich ist das entscheidend: „Wir wollen niemanden aussperren. Im " +
        "Gegenteil.“",
      "Kulturministerin Sandrine Kremer begrüßte die Pläne in einer schriftlichen Erklärung als " +
        "„wichtiges Signal für die Sichtbarkeit unserer Sprache auf der Bühne“.",
      "Skeptischer äußert sich der Theaterkritiker Pit Reuland. Er fürchtet, das Haus könne sein " +
        "internationales Publikum verlieren. „Die Hälfte der Leute im Saal arbeitet bei " +
        "EU-Institutionen oder Banken. Die kommen nicht wegen Luxemburgisch“, sagte der frühere " +
        "Dramaturg dem Journal.",
      "Eine Abonnentin, die seit zwanzig Jahren ins Grand Théâtre geht, sieht das gelassen. „Ich " +
        "verstehe nicht jedes Wort, aber dafür gibt es ja die Übertitel“, sagte die Frau aus Strassen " +
        "nach der Präsentation.",
      "Weitere Höhepunkte der Saison sind eine Neuinszenierung von Brechts „Die Dreigroschenoper“ " +
        "und ein Gastspiel des Thalia Theaters aus Hamburg.",
    ],
    quotes: [
      [
        "Ein Nationaltheater, in dem die Landessprache nur am Rand vorkommt, ist ein Widerspruch",
        "Laurent Weyrich",
      ],
      [
        "Ich wollte zeigen, dass man auf Luxemburgisch nicht nur Schwänke schreiben kann, sondern " +
          "auch über Geld, Wohnungsnot und Herkunft",
        "Claudine Hoffmann",
      ],
      ["Wir wollen niemanden aussperren. Im Gegenteil.", "Laurent Weyrich"],
      ["wichtiges Signal für die Sichtbarkeit unserer Sprache auf der Bühne", "Sandrine Kremer"],
      [
        "Die Hälfte der Leute im Saal arbeitet bei EU-Institutionen oder Banken. Die kommen nicht " +
          "wegen Luxemburgisch",
        "Pit Reuland",
      ],
      ["Ich verstehe nicht jedes Wort, aber dafür gibt es ja die Übertitel", "Eine Abonnentin"],
    ],
  },
  {
    name:
      "Bote der Urschweiz, Unwetter mit «…»: Bauer in der Überschrift und im Text mit erzählt und " +
      "Fortsetzung, Gemeindepräsident nach dem Zitat, Kantonspolizei teilte mit, " +
      "Naturgefahrenspezialist als der Geologe und mit Doppelpunkt, Name einer Hilfsaktion",
    headline: "Murgang im Muotatal: «Der Bach hat plötzlich braun gerauscht»",
    paragraphs: [
      "Nach einem heftigen Gewitter ist am Mittwochabend gegen 19.30 Uhr im Gebiet Hinterthal ein " +
        "Murgang niedergegangen. Geröll und Schlamm verschütteten die Kantonsstrasse auf einer Länge " +
        "von rund 80 Metern. Verletzt wurde niemand.",
      "Bauer Meinrad Betschart (57) war gerade beim Melken, als er den Lärm hörte. «Der Bach hat " +
        "plötzlich braun gerauscht», erzählt er. «Dann kamen Steine so gross wie ein Auto.» Seine " +
        "Wiesen unterhalb der Strasse sind mit einer halbmeterhohen Schicht Schlamm bedeckt.",
      "Gemeindepräsident Alois Gwerder war noch in der Nacht vor Ort. «Wir hatten Glück im Unglück. " +
        "Zehn Minuten früher, und der Schulbus wäre genau dort durchgefahren», sagt er.",
      "Die Kantonspolizei Schwyz hat die Strasse zwischen Muotathal und Bisisthal gesperrt. «Die " +
        "Räumungsarbeiten werden voraussichtlich bis Samstag dauern», teilte sie am Donnerstag mit. " +
        "Die rund 150 Einwohnerinnen und Einwohner des Bisisthals sind über einen Forstweg erreichbar.",
      "Laut dem kantonalen Naturgefahrenspezialisten Roman Inderbitzin fielen innerhalb einer Stunde " +
        "über 60 Liter Regen pro Quadratmeter. Das sei für die Region aussergewöhnlich, aber nicht " +
        "einmalig. «In steilen Einzugsgebieten wie hier reicht ein einziges Gewitter», erklärt der " +
        "Geologe.",
      "Inderbitzin rechnet damit, dass solche Ereignisse zunehmen: «Der Permafrost taut, und das " +
        "Material liegt lose am Hang. Das wird uns in den nächsten Jahren beschäftigen.»",
      "Für Betschart beginnt nun das grosse Aufräumen. Die Hilfsaktion «Muotathal hilft» hat bereits " +
        "über 40 Freiwillige mobilisiert. «Allein schaffen wir das nie», sagt der Bauer.",
    ],
    quotes: [
      ["Der Bach hat plötzlich braun gerauscht", "Meinrad Betschart"],
      ["Dann kamen Steine so gross wie ein Auto.", "Meinrad Betschart"],
      [
        "Wir hatten Glück im Unglück. Zehn Minuten früher, und der Schulbus wäre genau dort " +
          "durchgefahren",
        "Alois Gwerder",
      ],
      ["Die Räumungsarbeiten werden voraussichtlich bis Samstag dauern", "Die Kantonspolizei Schwyz"],
      ["In steilen Einzugsgebieten wie hier reicht ein einziges Gewitter", "Roman Inderbitzin"],
      [
        "Der Permafrost taut, und das Material liegt lose am Hang. Das wird uns in den nächsten " +
          "Jahren beschäftigen.",
        "Roman Inderbitzin",
      ],
      ["Allein schaffen wir das nie", "Meinrad Betschart"],
    ],
  },
  {
    name:
      "Tips, Bildung: Direktorin nach dem Zitat, Elternvereinsobmann mit Doppelpunkt, ungenannte " +
      "Mutter, Bildungsdirektion mit heißt es, Klassenlehrerin als die 34-Jährige mit Doppelpunkt, " +
      "Schülerin mit Vornamen und Teilzitat, Noten in Anführungszeichen",
    todo:
      "„Bei der Bildungsdirektion … heißt es auf Anfrage“ with no named speaker goes to the unnamed " +
      "mother of the paragraph before instead of the directorate",
    headline: "Volksschule Perg: Zeugnis ohne Noten",
    paragraphs: [
      "An der Volksschule 2 in Perg gibt es heuer im Semesterzeugnis keine Ziffernnoten mehr. Statt " +
        "„Sehr gut“ oder „Genügend“ bekommen die rund 210 Kinder eine schriftliche Rückmeldung und ein " +
        "Gespräch mit Eltern und Lehrerin.",
      "„Eine Zwei sagt einem Kind nicht, was es schon kann und woran es noch arbeiten muss“, erklärt " +
        "Direktorin Elisabeth Hinterreiter. Die Schule nutzt eine Möglichkeit, die das Schulrecht in " +
        "den ersten Schulstufen vorsieht.",
      "Die Entscheidung fiel im Schulforum mit großer Mehrheit. Elternvereinsobmann Christoph " +
        "Leitner sagt: „Anfangs waren viele skeptisch. Aber nach den ersten Gesprächen haben die " +
        "meisten gesagt, das ist ehrlicher.“",
      "Nicht alle sind überzeugt. Eine Mutter, deren Sohn die dritte Klasse besucht, vermisst die " +
        "Vergleichbarkeit. „Spätestens in der Mittelschule zählen wieder Noten. Dann ist der Schock " +
        "groß“, sagt sie.",
      "Bei der Bildungsdirektion Oberösterreich sieht man den Versuch positiv. „Die alternative " +
        "Leistungsbeurteilung ist rechtlich gedeckt und pädagogisch sinnvoll, wenn sie gut vorbereitet " +
        "ist“, heißt es auf Anfrage von Tips.",
      "Für die Lehrerinnen bedeutet das System mehr Arbeit. Klassenlehrerin Martina Haslinger " +
        "schreibt für jedes Kind zwei Seiten. „Das sind an einem Wochenende schon einmal zwölf " +
        "Stunden“, rechnet die 34-Jährige vor. Zurück will sie trotzdem nicht: „Ich kenne meine Kinder " +
        "jetzt viel besser.“",
      "Und die Kinder? Die neunjährige Lena findet die neuen Zeugnisse „viel schöner, weil da steht, " +
        "was ich gut kann“.",
    ],
    quotes: [
      [
        "Eine Zwei sagt einem Kind nicht, was es schon kann und woran es noch arbeiten muss",
        "Elisabeth Hinterreiter",
      ],
      [
        "Anfangs waren viele skeptisch. Aber nach den ersten Gesprächen haben die meisten gesagt, " +
          "das ist ehrlicher.",
        "Christoph Leitner",
      ],
      ["Spätestens in der Mittelschule zählen wieder Noten. Dann ist der Schock groß", "Eine Mutter"],
      [
        "Die alternative Leistungsbeurteilung ist rechtlich gedeckt und pädagogisch sinnvoll, wenn " +
          "sie gut vorbereitet ist",
        "Die Bildungsdirektion Oberösterreich",
      ],
      ["Das sind an einem Wochenende schon einmal zwölf Stunden", "Martina Haslinger"],
      ["Ich kenne meine Kinder jetzt viel besser.", "Martina Haslinger"],
      ["viel schöner, weil da steht, was ich gut kann", "Lena"],
    ],
  },
  {
    name:
      "Fränkischer Tag, Sport: Torschütze als der 21-Jährige mit Fortsetzung, Trainer mit räumte ein " +
      "und Teilzitat nach verriet, gegnerischer Trainer mit schimpfte und Fortsetzung, Kapitän mit " +
      "Teilzitat, Banner",
    headline: "Eintracht Bamberg dreht das Derby in der Nachspielzeit",
    paragraphs: [
      "Der FC Eintracht Bamberg hat das Oberfranken-Derby gegen die SpVgg Bayern Hof mit 2:1 " +
        "gewonnen. Vor 3850 Zuschauern im Fuchs-Park-Stadion traf Joker Lukas Dippold in der 93. " +
        "Minute zum Sieg.",
      "„So ein Tor schießt du einmal im Leben“, sagte der 21-Jährige nach dem Abpfiff, das Trikot " +
        "noch über dem Kopf. „Ich habe den Ball gar nicht richtig gesehen, ich habe einfach " +
        "draufgehalten.“",
      "Lange hatte es nicht nach einem Bamberger Erfolg ausgesehen. Hof ging kurz vor der Pause " +
        "durch einen Kopfball von Kapitän Marcel Fiedler in Führung. Erst nach dem Ausgleich durch " +
        "Jonas Hümmer (71.) kam die Eintracht richtig ins Spiel.",
      "Bambergs Trainer Stefan Neudecker räumte ein: „In der ersten Halbzeit waren wir nicht bissig " +
        "genug. Da hätten wir auch 0:2 hinten liegen können.“ Seine Pausenansprache sei „etwas lauter“ " +
        "gewesen, verriet der 52-Jährige mit einem Grinsen.",
      "Hofs Trainer Dominik Rauh war dagegen bedient. „Wir verlieren hier ein Spiel, das wir nie " +
        "verlieren dürfen“, schimpfte er. „Nach dem 1:1 haben wir aufgehört, Fußball zu spielen.“",
      "Auch Fiedler haderte. Der Hofer Kapitän sprach von einer „bitteren Lektion“ für die junge " +
        "Mannschaft.",
      "In der Bamberger Fankurve hing nach dem Schlusspfiff ein Banner mit der Aufschrift " +
        "„Oberfranken gehört uns“. Die Eintracht klettert mit dem Sieg auf Rang sechs der Regionalliga " +
        "Bayern.",
    ],
    quotes: [
      ["So ein Tor schießt du einmal im Leben", "Lukas Dippold"],
      ["Ich habe den Ball gar nicht richtig gesehen, ich habe einfach draufgehalten.", "Lukas Dippold"],
      [
        "In der ersten Halbzeit waren wir nicht bissig genug. Da hätten wir auch 0:2 hinten liegen " +
          "können.",
        "Stefan Neudecker",
      ],
      ["etwas lauter", "Stefan Neudecker"],
      ["Wir verlieren hier ein Spiel, das wir nie verlieren dürfen", "Dominik Rauh"],
      ["Nach dem 1:1 haben wir aufgehört, Fußball zu spielen.", "Dominik Rauh"],
      ["bitteren Lektion", "Marcel Fiedler"],
    ],
  },
  {
    name:
      "Schwäbisches Tagblatt, Wissenschaft: Infektiologin mit Teilzitat und Fortsetzung ohne Verb, " +
      "Autoren schreiben, Mitautor mit Doppelpunkt, externer Mikrobiologe über zwei Absätze, " +
      "Teilzitat nach indirekter Rede, Zeitschriftentitel",
    headline: "Tübinger Forscher: Bluttest erkennt Borreliose früher",
    paragraphs: [
      "Ein an der Universität Tübingen entwickelter Bluttest kann eine Borreliose-Infektion offenbar " +
        "deutlich früher nachweisen als bisherige Verfahren. Das berichtet ein Team um die " +
        "Infektiologin Katharina Vollmer im Fachjournal „The Lancet Microbe“.",
      "Bislang sei der Nachweis in den ersten Wochen nach einem Zeckenstich „oft ein Ratespiel“, " +
        "sagt Vollmer. Die Antikörper, nach denen die üblichen Tests suchen, bilde der Körper erst " +
        "nach drei bis sechs Wochen. „Genau in dieser Zeit wäre eine Behandlung aber am wirksamsten.“",
      "Der neue Test setzt stattdessen auf Veränderungen bestimmter Immunzellen, die schon wenige " +
        "Tage nach der Infektion messbar sind. In einer Studie mit 412 Patientinnen und Patienten aus " +
        "Baden-Württemberg erkannte er 89 Prozent der frühen Infektionen. „Die Ergebnisse sind " +
        "ermutigend, müssen aber in größeren Gruppen bestätigt werden“, schreiben die Autorinnen und " +
        "Autoren.",
      "Mitautor Florian Seitz vom Universitätsklinikum betont den praktischen Nutzen: „Wer nach " +
        "einem Stich eine Wanderröte bekommt, wird ohnehin behandelt. Schwierig sind die Fälle ohne " +
        "Hautzeichen – und das ist fast ein Drittel.“",
      "Zurückhaltend äußert sich der Mikrobiologe Andreas Grünewald von der Universität Würzburg, " +
        "der nicht an der Studie beteiligt war. „Solche Tests haben wir schon oft kommen und gehen " +
        "sehen“, sagt er. „Im Labor funktioniert vieles. In einer Hausarztpraxis zählt, ob ein Test " +
        "schnell, billig und eindeutig ist.",
      "„Das muss die Tübinger Methode erst noch zeigen.“",
      "Das Team will den Test nun gemeinsam mit 30 Hausarztpraxen in der Region erproben. Die " +
        "Zecken, sagt Vollmer, seien in diesem Jahr „früher unterwegs als je zuvor“.",
    ],
    quotes: [
      ["oft ein Ratespiel", "Katharina Vollmer"],
      ["Genau in dieser Zeit wäre eine Behandlung aber am wirksamsten.", "Katharina Vollmer"],
      [
        "Die Ergebnisse sind ermutigend, müssen aber in größeren Gruppen bestätigt werden",
        "die Autorinnen und Autoren",
      ],
      [
        "Wer nach einem Stich eine Wanderröte bekommt, wird ohnehin behandelt. Schwierig sind die " +
          "Fälle ohne Hautzeichen – und das ist fast ein Drittel.",
        "Florian Seitz",
      ],
      ["Solche Tests haben wir schon oft kommen und gehen sehen", "Andreas Grünewald"],
      [
        "Im Labor funktioniert vieles. In einer Hausarztpraxis zählt, ob ein Test schnell, billig " +
          "und eindeutig ist.",
        "Andreas Grünewald",
      ],
      ["Das muss die Tübinger Methode erst noch zeigen.", "Andreas Grünewald"],
      ["früher unterwegs als je zuvor", "Katharina Vollmer"],
    ],
  },
]);
