// A thirty-second round of composed German news articles, in the styles of outlets and beats the first
// thirty-one rounds (articles.de to articles31.de) did not use: Delmenhorster Kreisblatt (local life: a kiosk
// by the station closing, its owner quoted in the headline and named only in the body, a one-word quote and a
// continuation with no verb, the landlord's fragment with „teilte … mit“, two men in one paragraph with a
// question before „fragt er“ and „nickt:“, a councillor's fragment with „sprach von“, a nickname and a
// slogan, an unnamed neighbour), Elbe-Jeetzel-Zeitung (environment: beavers in the Elbe dikes, the dike
// association's head quoted in the standfirst as „der Verbandsvorsteher“ and „sagt der 61-Jährige“, an
// application that „spricht von“, two women in one paragraph with „sagt“ and „widerspricht ihr nur
// teilweise:“, the ministry's fragment with „hieß es“, an unnamed farmer, a beaver's nickname), Döbelner
// Allgemeine Zeitung (business: a metal works' new hall, the mayor's fragment in the standfirst named in the
// body, the owner split around „sagte“, a quote over two paragraphs with a nested ‚…‘, the chamber's fragment
// with „Laut“, a union official, a product line's name), Nidwaldner Zeitung (Switzerland, courts, with «…»
// and no ß: a tandem paragliding crash, the injured passenger in the standfirst named in the body with „(Name
// geändert)“, the unnamed accused with a continuation after reported speech, the prosecutor's fragment and
// full quote, the safety board's report's fragment, the presiding judge, a voucher's name), Limmattaler
// Zeitung (Switzerland, transport, with «…» and no ß: the Limmattalbahn's ridership, a transport spokeswoman
// in the headline named in the body and split around „sagt Bührer“, the mayor's fragment, two women in one
// paragraph with „klagt“ and „ergänzt:“, the company's written statement with „heisst es“, an unnamed
// commuter, a nickname), Der Ennstaler (Austria, sport: a Nordic combined home win in Ramsau, the winner in
// the standfirst with „sagt er“ and split around „sagte der Lokalmatador“, „gestand Stocker“, two men in one
// paragraph with a colon and „lobte Cheftrainer“, the FIS's fragment, mother and son sharing a surname, a
// climb's nickname and a sign, an unnamed spectator), Wann & Wo (Austria, crime: catalytic converter thefts,
// the victim in the headline named in the body with his age, two men in one paragraph with „ärgert sich der
// Pensionist“ and „schüttelt den Kopf:“, the police spokeswoman with „rät:“ and a fragment with „so
// Dietrich“, „Laut Landespolizeidirektion“ in reported speech, an unnamed mechanic, a campaign's name), Liewo
// (Liechtenstein, health, with «…» and no ß: family doctors retiring, the chamber's president's fragment in
// the standfirst and the body, a doctor with his title by his age, the chamber as a body, two women in one
// paragraph with „sagt die 34-jährige“ and „ergänzt:“, the minister with „erklärte“, an unnamed patient, a
// programme's name), Gränzbote (science: a tracer test where the Danube sinks away, the hydrogeologist with
// „rief … zu“, „Nach Angaben des KIT“, two women in one paragraph, the study's fragment, a journal's title,
// an unnamed local man) and Haller Tagblatt (culture: the open-air theatre on the church steps, the director
// in the headline named in the body and continued with no verb, two women in one paragraph with „gesteht“ and
// „lacht:“, the intendant's fragment with „sprach von“, the weather service's fragment, a play's and a
// musical's titles, an unnamed visitor). Every article was written for these tests, blind, before the engine
// was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Delmenhorster Kreisblatt, Lokales: Kioskbesitzerin in der Überschrift nur im Text genannt mit " +
      "„sagt die 67-Jährige“, Spitzname in Anführungszeichen, Teilzitat der Vermieterin mit „teilte … " +
      "mit“, zwei Männer in einem Absatz (Frage vor „fragt er“, „nickt:“), Teilzitat eines Ratsherrn mit " +
      "„sprach von“, Motto der Unterschriftenliste, ungenannte Nachbarin, Ein-Wort-Zitat und Fortsetzung " +
      "ohne Verb",
    todo:
      "«baulich nicht mehr zu halten» goes to die Wohnungsbaugesellschaft Nordwest, not " +
      "Wohnungsbaugesellschaft Nordwest",
    headline: "„Hier kennt jeder jeden“: Kiosk am Bahnhof schließt nach 41 Jahren",
    standfirst:
      "Ende Januar ist Schluss für die „Bude“ an der Bahnhofstraße. Die Stammkunden wollen das nicht " +
      "einfach hinnehmen.",
    paragraphs: [
      "Delmenhorst. Um halb sechs morgens geht bei Renate Schlüter-Onken das Licht an. Seit 1984 " +
        "verkauft sie in dem kleinen Pavillon gegenüber dem Bahnhof Zeitungen, Kaffee und Lottoscheine. " +
        "Zum 31. Januar macht sie zu. „Hier kennt jeder jeden“, sagt die 67-Jährige und schiebt einem " +
        "Kunden das Wechselgeld über den Tresen.",
      "Einen Nachfolger gibt es nicht, und auch der Pavillon selbst hat keine Zukunft. Die Eigentümerin, " +
        "die Wohnungsbaugesellschaft Nordwest, teilte auf Anfrage mit, das Gebäude sei „baulich nicht " +
        "mehr zu halten“. Im Frühjahr soll es abgerissen werden.",
      "Heiner Bruns kommt seit 30 Jahren jeden Morgen um sechs. „Wo soll ich denn dann meinen Kaffee " +
        "trinken?“, fragt er. Neben ihm nickt Dirk Wellmann, der im Briefzentrum gegenüber arbeitet: " +
        "„Die Renate ist hier so was wie das Gedächtnis vom Viertel.“",
      "Auf dem Tresen liegt eine Unterschriftenliste mit der Überschrift „Die Bude bleibt!“, mehr als " +
        "600 Namen stehen schon darauf. Ratsherr Klaus Ahlers (SPD) sprach von einem „Stück " +
        "Delmenhorster Alltagskultur“ und will das Thema in den Bauausschuss bringen.",
      "Eine Nachbarin, die seit den Achtzigern gegenüber wohnt, ist skeptisch: „Unterschriften sind " +
        "schön. Aber abgerissen wird trotzdem.“",
      "Und Schlüter-Onken selbst? Was sie ab Februar macht, weiß sie genau. „Ausschlafen“, sagt sie " +
        "und lacht. Dann wird sie kurz still. „Mir werden die Leute fehlen. Die Uhrzeit nicht.“",
    ],
    quotes: [
      ["Hier kennt jeder jeden", "Renate Schlüter-Onken"],
      ["baulich nicht mehr zu halten", "Wohnungsbaugesellschaft Nordwest"],
      ["Wo soll ich denn dann meinen Kaffee trinken?", "Heiner Bruns"],
      ["Die Renate ist hier so was wie das Gedächtnis vom Viertel.", "Dirk Wellmann"],
      ["Stück Delmenhorster Alltagskultur", "Klaus Ahlers"],
      ["Unterschriften sind schön. Aber abgerissen wird trotzdem.", "Eine Nachbarin"],
      ["Ausschlafen", "Renate Schlüter-Onken"],
      ["Mir werden die Leute fehlen. Die Uhrzeit nicht.", "Renate Schlüter-Onken"],
    ],
  },
  {
    name:
      "Elbe-Jeetzel-Zeitung, Umwelt: Verbandsvorsteher im Vorspann als „der Verbandsvorsteher“ zitiert " +
      "und im Text genannt mit „erklärt“ und „sagt der 61-Jährige“, Konjunktiv ohne Zeichen, Spitzname " +
      "eines Bibers, Antrag als Sprecher mit „spricht von“, zwei Frauen in einem Absatz („sagt " +
      "Kreisgruppensprecherin“, „widerspricht ihr nur teilweise:“), Teilzitat des Ministeriums mit " +
      "„hieß es“, ungenannter Landwirt",
    headline: "Biber gegen Deich: Landkreis will Tiere umsiedeln lassen",
    standfirst:
      "Bei Hitzacker graben Biber ihre Röhren in die Elbdeiche. „Wir reden hier über Hochwasserschutz, " +
      "nicht über Tierliebe“, sagt der Verbandsvorsteher.",
    paragraphs: [
      "Hitzacker. Auf den ersten Blick ist kaum etwas zu sehen: ein Loch am Deichfuß, halb unter " +
        "Wasser, daneben abgenagte Weidenzweige. „Da drin ist eine Röhre, die geht bis zu acht Meter " +
        "in den Deich“, erklärt Jens-Uwe Harms, Vorsteher des Jeetzeldeichverbands, und stochert mit " +
        "einem Stock im Schlamm.",
      "Seit dem Frühjahr hat der Verband an 14 Stellen Biberbaue in den Deichen gefunden. Einem " +
        "besonders fleißigen Tier am alten Hafen haben die Deicharbeiter längst einen Namen gegeben: " +
        "„Baggerfahrer“. Beim nächsten Hochwasser könne eine solche Stelle durchweichen und brechen. " +
        "„Wir reden hier über Hochwasserschutz, nicht über Tierliebe“, sagt der 61-Jährige.",
      "Der Landkreis Lüchow-Dannenberg hat beim Land eine Ausnahmegenehmigung beantragt, um einzelne " +
        "Tiere fangen und umsiedeln zu lassen. Der Antrag, welcher der EJZ vorliegt, spricht von einer " +
        "„akuten Gefahr für die Standsicherheit“ der Deiche.",
      "Beim BUND stößt das auf Widerspruch. „Der Biber war zuerst da, die Deiche kamen später“, sagt " +
        "Kreisgruppensprecherin Marlies Grote. Die Biologin Anke Lüdemann vom Biosphärenreservat " +
        "Niedersächsische Elbtalaue widerspricht ihr nur teilweise: „Umsiedeln ist möglich, aber die " +
        "Reviere an der Elbe sind voll. Wohin also mit den Tieren?“",
      "Das Niedersächsische Umweltministerium bestätigte den Eingang des Antrags. Man prüfe „zügig, " +
        "aber sorgfältig“, hieß es aus Hannover. Eine Entscheidung werde es nicht vor dem Winter geben.",
      "Ein Landwirt aus Wussegel, dessen Wiesen direkt hinter dem Deich liegen, hat eine klare " +
        "Meinung: „2013 stand das Wasser bis hier oben. Da will ich nicht über Biber diskutieren.“",
    ],
    quotes: [
      ["Wir reden hier über Hochwasserschutz, nicht über Tierliebe", "Jens-Uwe Harms"],
      ["Da drin ist eine Röhre, die geht bis zu acht Meter in den Deich", "Jens-Uwe Harms"],
      ["akuten Gefahr für die Standsicherheit", "Der Antrag"],
      ["Der Biber war zuerst da, die Deiche kamen später", "Marlies Grote"],
      [
        "Umsiedeln ist möglich, aber die Reviere an der Elbe sind voll. Wohin also mit den Tieren?",
        "Anke Lüdemann",
      ],
      ["zügig, aber sorgfältig", "Das Niedersächsische Umweltministerium"],
      [
        "2013 stand das Wasser bis hier oben. Da will ich nicht über Biber diskutieren.",
        "Ein Landwirt aus Wussegel",
      ],
    ],
  },
  {
    name:
      "Döbelner Allgemeine Zeitung, Wirtschaft: Teilzitat des Oberbürgermeisters im Vorspann, im Text " +
      "genannt mit „sprach von“, Produktname, Geschäftsführer geteilt um „sagte“, Zitat über zwei " +
      "Absätze nach „Der 46-Jährige“ mit verschachteltem ‚…‘, Teilzitat mit „Laut IHK“, " +
      "Gewerkschaftssekretärin mit „sagte“, Konjunktiv ohne Zeichen",
    headline: "Heinze Metallbau baut neue Halle – 60 Jobs für Döbeln",
    standfirst:
      "Der Familienbetrieb investiert zwölf Millionen Euro im Gewerbegebiet Döbeln-Ost. Der " +
      "Oberbürgermeister spricht von einem „Glücksfall für die Region“.",
    paragraphs: [
      "Döbeln. Auf der Brachfläche im Gewerbegebiet Döbeln-Ost standen am Freitag Bagger, Bauzaun und " +
        "ein Festzelt. Die Heinze Metallbau GmbH, bekannt für ihre Stahltreppen der Baureihe " +
        "„Muldental“, hat mit dem Bau einer neuen Produktionshalle begonnen. Bis Ende 2026 sollen dort " +
        "60 zusätzliche Arbeitsplätze entstehen.",
      "„Wir hätten auch nach Tschechien gehen können, das Angebot lag auf dem Tisch“, sagte " +
        "Geschäftsführer Matthias Heinze, der das Unternehmen in dritter Generation führt. „Aber unsere " +
        "Leute sind hier, und die besten Schweißer findet man nicht im Katalog.“",
      "Der 46-Jährige erinnerte an die Zeit nach der Wende, als der Betrieb mit sieben Mitarbeitern in " +
        "einer Garage neu anfing. „Mein Großvater hat damals gesagt: ‚Wenn wir das schaffen, schaffen " +
        "wir alles.‘ Ich habe das lange für einen Spruch gehalten.",
      "„Heute weiß ich, dass er recht hatte. Wir liefern inzwischen Treppen bis nach Skandinavien.“",
      "Oberbürgermeister Thomas Rüger (CDU) sprach beim Spatenstich von einem „Glücksfall für die " +
        "Region“. Der Freistaat fördert das Vorhaben mit 2,4 Millionen Euro, wie das Sächsische " +
        "Wirtschaftsministerium mitteilte.",
      "Laut IHK Chemnitz ist die Erweiterung „ein Signal gegen den Trend“: Viele Industriebetriebe in " +
        "Mittelsachsen hätten zuletzt Stellen abgebaut. Die IG Metall begrüßte die Pläne, mahnte aber " +
        "Tariflöhne an. „Neue Jobs sind gut. Gute Jobs sind besser“, sagte Gewerkschaftssekretärin " +
        "Kerstin Fuchs.",
    ],
    quotes: [
      ["Glücksfall für die Region", "Thomas Rüger"],
      ["Wir hätten auch nach Tschechien gehen können, das Angebot lag auf dem Tisch", "Matthias Heinze"],
      [
        "Aber unsere Leute sind hier, und die besten Schweißer findet man nicht im Katalog.",
        "Matthias Heinze",
      ],
      [
        "Mein Großvater hat damals gesagt: ‚Wenn wir das schaffen, schaffen wir alles.‘ Ich habe das " +
          "lange für einen Spruch gehalten.",
        "Matthias Heinze",
      ],
      [
        "Heute weiß ich, dass er recht hatte. Wir liefern inzwischen Treppen bis nach Skandinavien.",
        "Matthias Heinze",
      ],
      ["ein Signal gegen den Trend", "IHK Chemnitz"],
      ["Neue Jobs sind gut. Gute Jobs sind besser", "Kerstin Fuchs"],
    ],
  },
  {
    name:
      "Nidwaldner Zeitung, Gericht (Schweiz, mit «…» und ohne ß): verletzte Passagierin im Vorspann " +
      "nach „sagt:“, im Text genannt mit „(Name geändert)“ und „sagte die 52-Jährige“, Name eines " +
      "Gutscheins, ungenannter Beschuldigter mit „sagte der Beschuldigte“ und Fortsetzung ohne Verb nach " +
      "Konjunktiv, Staatsanwältin mit Teilzitat („warf ihm vor“) und „sagte sie“, Teilzitat aus dem " +
      "Bericht der Sust, Gerichtspräsident mit „sagte“",
    todo: "«Ich habe ihm vertraut.» goes to Die verletzte Passagierin, not Sandra Keller",
    headline: "Tandemunfall am Stanserhorn: Pilot zu bedingter Geldstrafe verurteilt",
    standfirst:
      "Das Kantonsgericht Nidwalden spricht den Gleitschirmpiloten der fahrlässigen schweren " +
      "Körperverletzung schuldig. Die verletzte Passagierin sagt: «Ich habe ihm vertraut.»",
    paragraphs: [
      "Stans – Der Flug dauerte keine drei Minuten. Kurz nach dem Start am Stanserhorn geriet der " +
        "Tandemschirm im August 2023 in eine Turbulenz, klappte seitlich ein und schlug auf einer " +
        "Alpweide oberhalb von Ennetmoos auf. Die Passagierin, die den Flug als Gutschein «Einmal wie " +
        "ein Adler» geschenkt bekommen hatte, erlitt einen Wirbelbruch. Am Mittwoch stand der " +
        "Beschuldigte, ein 38-jähriger Tandempilot aus Dallenwil, vor dem Kantonsgericht.",
      "«Ich fliege seit zwölf Jahren, ich habe solche Bedingungen schon hundertmal gesehen», sagte der " +
        "Beschuldigte. Er habe die Thermik an jenem Nachmittag falsch eingeschätzt, räumte er ein. «Es " +
        "tut mir unendlich leid.»",
      "Staatsanwältin Corinne Waser-Lussi warf ihm vor, bei «deutlich erkennbarer Föhnlage» gestartet " +
        "zu sein. «Andere Piloten sind an diesem Tag am Boden geblieben. Er nicht», sagte sie. Der " +
        "Verteidiger plädierte auf Freispruch.",
      "Die Schweizerische Sicherheitsuntersuchungsstelle Sust war in ihrem Bericht zum Schluss " +
        "gekommen, die Windverhältnisse seien «grenzwertig, aber nicht eindeutig unfliegbar» gewesen.",
      "Sandra Keller (Name geändert) verfolgte die Verhandlung aus der ersten Reihe. Sie trägt bis " +
        "heute ein Stützkorsett. «Jetzt kann ich keine Stunde mehr ohne Schmerzen sitzen», sagte die " +
        "52-Jährige nach dem Urteil.",
      "Das Gericht verhängte eine bedingte Geldstrafe von 90 Tagessätzen. «Ein Unfall ist nicht " +
        "automatisch eine Straftat. Aber wer Passagiere mitnimmt, trägt eine besondere Verantwortung», " +
        "sagte Gerichtspräsident Bruno Niederberger in der Urteilsbegründung. Das Urteil ist noch nicht " +
        "rechtskräftig.",
    ],
    quotes: [
      ["Ich habe ihm vertraut.", "Sandra Keller"],
      [
        "Ich fliege seit zwölf Jahren, ich habe solche Bedingungen schon hundertmal gesehen",
        "der Beschuldigte",
      ],
      ["Es tut mir unendlich leid.", "der Beschuldigte"],
      ["deutlich erkennbarer Föhnlage", "Corinne Waser-Lussi"],
      ["Andere Piloten sind an diesem Tag am Boden geblieben. Er nicht", "Corinne Waser-Lussi"],
      [
        "grenzwertig, aber nicht eindeutig unfliegbar",
        "Die Schweizerische Sicherheitsuntersuchungsstelle Sust",
      ],
      ["Jetzt kann ich keine Stunde mehr ohne Schmerzen sitzen", "Sandra Keller"],
      [
        "Ein Unfall ist nicht automatisch eine Straftat. Aber wer Passagiere mitnimmt, trägt eine " +
          "besondere Verantwortung",
        "Bruno Niederberger",
      ],
    ],
  },
  {
    name:
      "Limmattaler Zeitung, Verkehr (Schweiz, mit «…» und ohne ß): Sprecherin in der Überschrift nur im " +
      "Text genannt, geteiltes Zitat um „sagt Bührer“, Spitzname der Bahn, Teilzitat des " +
      "Stadtpräsidenten mit „spricht von“ und Konjunktiv, zwei Frauen in einem Absatz („klagt“, " +
      "„ergänzt:“), schriftliche Stellungnahme mit „heisst es“, ungenannter Pendler nach Doppelpunkt",
    headline: "«Die Bahn ist voll, und das ist gut so»: Limmattalbahn übertrifft die Prognosen",
    standfirst:
      "Täglich fahren rund 40'000 Menschen mit der Stadtbahn zwischen Zürich-Altstetten und " +
      "Killwangen. In Schlieren klagen Anwohnerinnen über Lärm.",
    paragraphs: [
      "Dietikon – Kurz nach sieben Uhr morgens ist am Bahnhof Dietikon kaum ein Sitzplatz zu finden. " +
        "Die Stadtbahn, im Tal längst nur «die Blaue» genannt, transportiert im dritten Betriebsjahr " +
        "deutlich mehr Fahrgäste als erwartet. «Die Bahn ist voll, und das ist gut so», sagt Daniela " +
        "Bührer, Sprecherin des Zürcher Verkehrsverbunds (ZVV). Die Prognosen waren von 32'000 " +
        "Fahrgästen pro Tag ausgegangen.",
      "«Zu Spitzenzeiten», sagt Bührer, «fahren wir inzwischen mit Doppeltraktion im " +
        "Siebeneinhalb-Minuten-Takt.»",
      "Auch in Dietikon ist man zufrieden. Stadtpräsident Beat Frei (FDP) spricht von einem " +
        "«Entwicklungsschub für das ganze Tal». Rund um die Haltestelle Niderfeld entstünden Wohnungen " +
        "für 4000 Menschen, die ohne die Bahn nie gebaut worden wären.",
      "Weniger Freude hat man an der Badenerstrasse in Schlieren. «Wenn die Tram in die Kurve fährt, " +
        "quietscht es bis in den dritten Stock», klagt Monika Hürlimann. Ihre Nachbarin Esther Graf " +
        "ergänzt: «Im Sommer kann man nachts kein Fenster mehr offen lassen.»",
      "Die Limmattalbahn AG hat das Problem erkannt. In einer schriftlichen Stellungnahme heisst es, " +
        "man werde die Gleise in der Kurve «bis Ende Jahr mit einer Schmieranlage nachrüsten». Die " +
        "Kosten bezifferte das Unternehmen nicht.",
      "Ein Pendler aus Spreitenbach kann über die Klagen nur lächeln: «Früher stand ich jeden Morgen " +
        "eine halbe Stunde im Stau auf der Überlandstrasse. Da höre ich mir das Quietschen gerne an.»",
    ],
    quotes: [
      ["Die Bahn ist voll, und das ist gut so", "Daniela Bührer"],
      ["Zu Spitzenzeiten", "Daniela Bührer"],
      ["fahren wir inzwischen mit Doppeltraktion im Siebeneinhalb-Minuten-Takt.", "Daniela Bührer"],
      ["Entwicklungsschub für das ganze Tal", "Beat Frei"],
      ["Wenn die Tram in die Kurve fährt, quietscht es bis in den dritten Stock", "Monika Hürlimann"],
      ["Im Sommer kann man nachts kein Fenster mehr offen lassen.", "Esther Graf"],
      ["bis Ende Jahr mit einer Schmieranlage nachrüsten", "Die Limmattalbahn AG"],
      [
        "Früher stand ich jeden Morgen eine halbe Stunde im Stau auf der Überlandstrasse. Da höre " +
          "ich mir das Quietschen gerne an.",
        "Ein Pendler aus Spreitenbach",
      ],
    ],
  },
  {
    name:
      "Der Ennstaler, Sport (Österreich): Sieger im Vorspann mit „sagt er“ und im Text geteilt um " +
      "„sagte der Lokalmatador“, Spitzname eines Anstiegs, „gestand Stocker“, zwei Männer in einem " +
      "Absatz (Doppelpunkt, „lobte Cheftrainer“), Teilzitat der FIS mit „lobte in einer Aussendung“, " +
      "Mutter und Sohn mit gleichem Nachnamen, Aufschrift eines Plakats, ungenannter Zuschauer",
    headline: "Heimsieg in der Ramsau: Stocker springt und läuft allen davon",
    standfirst:
      "Der 24-Jährige gewinnt den Weltcup der Nordischen Kombinierer vor 6.000 Fans. „So etwas " +
      "erlebst du nur einmal“, sagt er.",
    paragraphs: [
      "Ramsau am Dachstein. Als Lukas Stocker auf der Zielgeraden die rot-weiß-rote Fahne in die Höhe " +
        "riss, gab es im Langlaufstadion kein Halten mehr. „So etwas erlebst du nur einmal“, sagte der " +
        "Lokalmatador im Ziel, „vor der eigenen Haustür, mit der ganzen Familie an der Strecke.“",
      "Nach dem Springen war der Ramsauer mit 14 Sekunden Rückstand als Dritter ins 10-Kilometer-Rennen " +
        "gegangen. Auf dem letzten Anstieg, den die Einheimischen nur den „Wadlbeißer“ nennen, setzte er " +
        "sich vom Norweger Eirik Haugland ab. „Da oben hab ich nur mehr auf meine Skispitzen geschaut“, " +
        "gestand Stocker.",
      "Haugland nahm es sportlich: „Heute war er einfach besser. In der Ramsau gegen einen Ramsauer zu " +
        "laufen, ist wie gegen das ganze Tal.“ „Lukas hat im Sommer extrem viel in die Laufform " +
        "investiert, das sieht man jetzt“, lobte Cheftrainer Martin Hölzl.",
      "Der Internationale Skiverband FIS lobte in einer Aussendung die „perfekten Bedingungen“. Trotz " +
        "der milden Temperaturen hatten Helfer tagelang Schnee aus den Depots auf die Loipe gebracht.",
      "Im Zielraum wartete Gertraud Stocker mit einem selbst gemalten Plakat, auf dem „Lukas, flieg!“ " +
        "stand. „Beim Springen hab ich mich gar nicht hinschauen getraut“, gestand die Mutter des " +
        "Siegers.",
      "Ein Zuschauer aus Schladming hatte schon vor der Siegerehrung eine klare Meinung: „Auf so einen " +
        "haben wir in der Ramsau zehn Jahre gewartet.“",
    ],
    quotes: [
      ["So etwas erlebst du nur einmal", "Lukas Stocker"],
      ["vor der eigenen Haustür, mit der ganzen Familie an der Strecke.", "Lukas Stocker"],
      ["Da oben hab ich nur mehr auf meine Skispitzen geschaut", "Lukas Stocker"],
      [
        "Heute war er einfach besser. In der Ramsau gegen einen Ramsauer zu laufen, ist wie gegen " +
          "das ganze Tal.",
        "Eirik Haugland",
      ],
      ["Lukas hat im Sommer extrem viel in die Laufform investiert, das sieht man jetzt", "Martin Hölzl"],
      ["perfekten Bedingungen", "Der Internationale Skiverband FIS"],
      ["Beim Springen hab ich mich gar nicht hinschauen getraut", "Gertraud Stocker"],
      ["Auf so einen haben wir in der Ramsau zehn Jahre gewartet.", "Ein Zuschauer aus Schladming"],
    ],
  },
  {
    name:
      "Wann & Wo, Kriminalität (Österreich): Opfer in der Überschrift nur im Text genannt mit Alter " +
      "in Klammern und „erzählt der Lustenauer“, zwei Männer in einem Absatz („ärgert sich der " +
      "Pensionist“, „schüttelt den Kopf:“), „Laut Landespolizeidirektion“ im Konjunktiv, " +
      "Polizeisprecherin mit „sagt“, „rät:“ und Teilzitat mit „so Dietrich“, ungenannter Mechaniker, " +
      "Name einer Kampagne",
    headline: "Kat-Diebe schlagen in Lustenau zu: „Ich hab gedacht, mein Auto explodiert“",
    standfirst:
      "Innerhalb von zwei Wochen wurden in Vorarlberg 23 Katalysatoren gestohlen. Die Polizei bittet " +
      "um Hinweise.",
    paragraphs: [
      "Als Mehmet Yıldız (41) am Dienstagmorgen sein Auto in der Rheinstraße startete, dröhnte es wie " +
        "bei einem Traktor. „Ich hab gedacht, mein Auto explodiert“, erzählt der Lustenauer WANN & WO. " +
        "Unter dem Wagen klaffte ein Loch: Unbekannte hatten in der Nacht den Katalysator herausgesägt.",
      "Seinen Nachbarn Christian Fitz (68) hat es eine Woche vorher erwischt. „Die Werkstatt wollte " +
        "1.900 Euro. Für ein Teil, das die in drei Minuten abschneiden“, ärgert sich der Pensionist. " +
        "Yıldız schüttelt den Kopf: „Und die Versicherung zahlt nur einen Teil davon.“",
      "Laut Landespolizeidirektion Vorarlberg wurden seit Monatsbeginn 23 Katalysatoren gestohlen, " +
        "vor allem in Lustenau, Dornbirn und Hohenems. Begehrt seien die Edelmetalle im Inneren. „Die " +
        "Täter gehen sehr professionell vor und sind nach wenigen Minuten wieder weg“, sagt " +
        "Polizeisprecherin Susanne Dietrich.",
      "Sie rät Autobesitzern: „Wenn möglich in der Garage oder an gut beleuchteten Stellen parken. Und " +
        "verdächtige Geräusche in der Nacht sofort unter 133 melden.“ Die Ermittler vermuten eine " +
        "Bande, die danach „über die Grenze nach Deutschland oder in die Schweiz“ ausweicht, so Dietrich.",
      "Ein Mechaniker aus Dornbirn, der seinen Namen nicht in der Zeitung lesen will, bestätigt den " +
        "Trend: „Früher hatten wir so was einmal im Jahr. Jetzt steht jede Woche einer bei uns.“",
      "Die Polizei verweist auf ihre Initiative „Gemeinsam.Sicher“, bei der Beamte in den Gemeinden " +
        "Tipps zum Schutz vor Diebstahl geben.",
    ],
    quotes: [
      ["Ich hab gedacht, mein Auto explodiert", "Mehmet Yıldız"],
      [
        "Die Werkstatt wollte 1.900 Euro. Für ein Teil, das die in drei Minuten abschneiden",
        "Christian Fitz",
      ],
      ["Und die Versicherung zahlt nur einen Teil davon.", "Mehmet Yıldız"],
      ["Die Täter gehen sehr professionell vor und sind nach wenigen Minuten wieder weg", "Susanne Dietrich"],
      [
        "Wenn möglich in der Garage oder an gut beleuchteten Stellen parken. Und verdächtige " +
          "Geräusche in der Nacht sofort unter 133 melden.",
        "Susanne Dietrich",
      ],
      ["über die Grenze nach Deutschland oder in die Schweiz", "Susanne Dietrich"],
      [
        "Früher hatten wir so was einmal im Jahr. Jetzt steht jede Woche einer bei uns.",
        "Ein Mechaniker aus Dornbirn",
      ],
    ],
  },
  {
    name:
      "Liewo, Gesundheit (Liechtenstein, mit «…» und ohne ß): Teilzitat der Kammerpräsidentin im " +
      "Vorspann als „die Präsidentin der Ärztekammer“ und im Text mit „hält … für“, Arzt mit Doktortitel " +
      "und „sagt der 66-Jährige“, Ärztekammer als Sprecherin mit „rechnet damit“, zwei Frauen in einem " +
      "Absatz („sagt die 34-jährige Allgemeinmedizinerin“, „ergänzt:“), Minister mit „erklärte“, " +
      "Programmname, ungenannte Patientin",
    todo:
      "«zu wenig, zu spät» goes to die Präsidentin der Ärztekammer, not Ruth Kranz-Marxer; " +
      "«Wer kennt mich dann noch so gut? Man fängt wi…» goes to Eine Patientin, not Eine Patientin " +
      "aus Schaan",
    headline: "Wenn der Hausarzt in Pension geht",
    standfirst:
      "Liechtenstein gehen die Hausärzte aus. Die Regierung will mit einem Förderprogramm gegensteuern " +
      "– die Präsidentin der Ärztekammer spricht von «zu wenig, zu spät».",
    paragraphs: [
      "Schaan – Seit 31 Jahren praktiziert Dr. Walter Büchel an der Landstrasse in Schaan. Im " +
        "kommenden Frühling hängt er den weissen Kittel an den Nagel. «Ich habe zwei Jahre lang einen " +
        "Nachfolger gesucht. Gemeldet hat sich niemand», sagt der 66-Jährige. Seine rund 1400 " +
        "Patientinnen und Patienten müssen sich neu orientieren.",
      "Büchel ist kein Einzelfall. Die Liechtensteinische Ärztekammer rechnet damit, dass bis 2030 " +
        "«mindestens 12 der 38 Hausärztinnen und Hausärzte» das Pensionsalter erreichen.",
      "Deren Präsidentin Ruth Kranz-Marxer hält das Programm der Regierung für «zu wenig, zu spät». " +
        "«Junge Ärztinnen wollen Teilzeit arbeiten und im Team. Eine Einzelpraxis in Triesenberg ist " +
        "für sie kein Traum», sagt sie.",
      "Lea Frommelt hat im Herbst eine Gemeinschaftspraxis in Eschen übernommen. «Allein hätte ich das " +
        "nie gemacht», sagt die 34-jährige Allgemeinmedizinerin. Ihre Kollegin Sabine Hasler ergänzt: " +
        "«Wir teilen uns Dienste, Papierkram und Verantwortung. Anders geht es heute nicht mehr.»",
      "Mit dem Programm «Hausarzt plus» will die Regierung gegensteuern. «Wir übernehmen für junge " +
        "Hausärztinnen und Hausärzte in den ersten drei Jahren einen Teil der Praxismiete», erklärte " +
        "Gesundheitsminister Stefan Ospelt am Mittwoch im Landtag. Weitere Massnahmen seien in " +
        "Vorbereitung.",
      "Eine Patientin aus Schaan, die seit 25 Jahren zu Büchel geht, macht sich Sorgen: «Wer kennt " +
        "mich dann noch so gut? Man fängt wieder bei null an.»",
    ],
    quotes: [
      ["zu wenig, zu spät", "Ruth Kranz-Marxer"],
      ["Ich habe zwei Jahre lang einen Nachfolger gesucht. Gemeldet hat sich niemand", "Walter Büchel"],
      ["mindestens 12 der 38 Hausärztinnen und Hausärzte", "Die Liechtensteinische Ärztekammer"],
      [
        "Junge Ärztinnen wollen Teilzeit arbeiten und im Team. Eine Einzelpraxis in Triesenberg ist " +
          "für sie kein Traum",
        "Ruth Kranz-Marxer",
      ],
      ["Allein hätte ich das nie gemacht", "Lea Frommelt"],
      [
        "Wir teilen uns Dienste, Papierkram und Verantwortung. Anders geht es heute nicht mehr.",
        "Sabine Hasler",
      ],
      [
        "Wir übernehmen für junge Hausärztinnen und Hausärzte in den ersten drei Jahren einen Teil " +
          "der Praxismiete",
        "Stefan Ospelt",
      ],
      ["Wer kennt mich dann noch so gut? Man fängt wieder bei null an.", "Eine Patientin aus Schaan"],
    ],
  },
  {
    name:
      "Gränzbote, Wissenschaft: Hydrogeologin mit „rief … zu“, Konjunktiv ohne Zeichen, Teilzitat mit " +
      "„Nach Angaben des KIT“, „sagt Schäuble“ und Fortsetzung ohne Verb, zwei Frauen in einem Absatz " +
      "(Doppelpunkt nach „war … überrascht“), Teilzitat der Studie mit „kommt zu dem Schluss“, " +
      "Zeitschriftentitel, ungenannter Angler",
    headline: "Wo die Donau verschwindet: Forscherinnen färben den Fluss grün",
    standfirst:
      "Mit einem Farbstoff wollen Hydrogeologen klären, wie schnell das Donauwasser den Aachtopf " +
      "erreicht. Das Ergebnis überrascht selbst die Fachleute.",
    paragraphs: [
      "Immendingen – Am Dienstagmorgen kippte Miriam Schäuble zehn Kilogramm Uranin in die " +
        "Versickerungsstelle unterhalb von Immendingen. Binnen Sekunden leuchtete das Wasser grün. " +
        "„Keine Sorge, das ist völlig ungiftig“, rief die Hydrogeologin vom Karlsruher Institut für " +
        "Technologie (KIT) den Schaulustigen am Ufer zu.",
      "An vielen Tagen im Jahr versickert die Donau hier vollständig. Das Wasser fließt unterirdisch " +
        "zum Aachtopf, Deutschlands wasserreichster Quelle, und von dort in den Bodensee. Ein Teil der " +
        "Donau lande so im Rhein, erklärte Schäuble.",
      "Nach Angaben des KIT brauchte der Farbstoff bei einem Versuch im Jahr 2010 noch „rund 60 " +
        "Stunden“ für die zwölf Kilometer. „Diesmal war er nach 41 Stunden da“, sagt Schäuble. „Die " +
        "Karstgänge werden offenbar immer weiter ausgespült.“",
      "Ihre Kollegin Hannah Weißhaupt, die in Aach die Messsonden betreut, war von der " +
        "Geschwindigkeit überrascht: „Wir hatten unser Nachtlager noch gar nicht aufgebaut, da schlug " +
        "das Fluorometer schon aus.“",
      "Die Studie, die im Fachjournal „Hydrogeology Journal“ erscheinen soll, kommt zu dem Schluss, die " +
        "Verkarstung schreite „deutlich schneller voran als bisher angenommen“. Für die Wasserversorgung " +
        "am Bodensee habe das vorerst keine Folgen.",
      "Ein älterer Angler aus Immendingen, der das Spektakel vom Ufer aus verfolgt, sieht es gelassen: " +
        "„Die Donau hat schon immer gemacht, was sie will.“",
    ],
    quotes: [
      ["Keine Sorge, das ist völlig ungiftig", "Miriam Schäuble"],
      ["rund 60 Stunden", "Karlsruher Institut für Technologie"],
      ["Diesmal war er nach 41 Stunden da", "Miriam Schäuble"],
      ["Die Karstgänge werden offenbar immer weiter ausgespült.", "Miriam Schäuble"],
      [
        "Wir hatten unser Nachtlager noch gar nicht aufgebaut, da schlug das Fluorometer schon aus.",
        "Hannah Weißhaupt",
      ],
      ["deutlich schneller voran als bisher angenommen", "Die Studie"],
      ["Die Donau hat schon immer gemacht, was sie will.", "Ein älterer Angler aus Immendingen"],
    ],
  },
  {
    name:
      "Haller Tagblatt, Kultur: Regisseur in der Überschrift nur im Text genannt mit „sagt Regisseur“ " +
      "und Fortsetzung ohne Verb, Stücktitel im Vorspann, zwei Frauen in einem Absatz („gesteht“, " +
      "„lacht:“), Teilzitat des Intendanten mit „sprach von“ und Konjunktiv, Teilzitat des " +
      "Wetterdienstes mit „gewarnt“, Musicaltitel, ungenannte Besucherin",
    headline: "„Die Treppe verzeiht nichts“: Freilichtspiele eröffnen mit Dürrenmatt",
    standfirst:
      "54 Stufen, 1.400 Plätze und ein Stück über Geld und Moral: „Der Besuch der alten Dame“ hat am " +
      "Freitagabend die Saison vor St. Michael eröffnet.",
    paragraphs: [
      "Schwäbisch Hall. Als Claire Zachanassian zum ersten Mal oben auf der Großen Treppe erscheint, " +
        "wird es auf den Rängen still. Langsam, Stufe um Stufe, steigt sie hinab nach Güllen. „Die " +
        "Treppe verzeiht nichts“, sagt Regisseur Jan-Philipp Körber nach der Premiere. „Wer hier oben " +
        "steht, wird von jedem Platz aus gesehen, auch wenn er gerade nichts zu sagen hat.“",
      "„Ich hatte Respekt vor jeder einzelnen Stufe“, gesteht Marianne Leitgeb, die die Milliardärin " +
        "spielt. Jana Brösamle, die als Ills Tochter auf der Bühne steht, lacht: „Sie ist in acht " +
        "Wochen Proben kein einziges Mal gestolpert. Ich dreimal.“",
      "Intendant Christoph Eberle sprach bei der Premierenfeier von einem „Stück, das nie aus der Mode " +
        "kommt“. Die Saison sei bereits zu 85 Prozent ausverkauft.",
      "Dabei hatte es am Nachmittag nicht gut ausgesehen. Der Deutsche Wetterdienst hatte für den " +
        "Landkreis vor „einzelnen Gewittern mit Starkregen“ gewarnt. Doch die Wolken zogen am Kocher " +
        "vorbei.",
      "Eine Besucherin aus Crailsheim, die seit 20 Jahren jeden Sommer kommt, war nach dem Schlussapplaus " +
        "begeistert: „So gut war es lange nicht. Und geregnet hat es auch nicht.“",
      "Neben Dürrenmatt stehen in diesem Sommer das Musical „Cabaret“ im Globe Theater und ein " +
        "Kinderstück auf dem Spielplan.",
    ],
    quotes: [
      ["Die Treppe verzeiht nichts", "Jan-Philipp Körber"],
      [
        "Wer hier oben steht, wird von jedem Platz aus gesehen, auch wenn er gerade nichts zu sagen hat.",
        "Jan-Philipp Körber",
      ],
      ["Ich hatte Respekt vor jeder einzelnen Stufe", "Marianne Leitgeb"],
      ["Sie ist in acht Wochen Proben kein einziges Mal gestolpert. Ich dreimal.", "Jana Brösamle"],
      ["Stück, das nie aus der Mode kommt", "Christoph Eberle"],
      ["einzelnen Gewittern mit Starkregen", "Der Deutsche Wetterdienst"],
      ["So gut war es lange nicht. Und geregnet hat es auch nicht.", "Eine Besucherin aus Crailsheim"],
    ],
  },
]);
