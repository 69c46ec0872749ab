// A thirteenth round of composed German news articles, in the styles of outlets and beats the first twelve
// rounds (articles.de to articles12.de) did not use: Nordkurier (local politics: a wind farm rejected near
// Penzlin, the mayor's fragment in the standfirst and the body and by his age, a councillor after a colon,
// the developer's statement, a farmer with „sagt er“ and a continued quote, a ministry spokesman's
// fragment, a project's name and a placard), Schaffhauser Nachrichten (Switzerland, courts, with «…»: an
// investment fraud, the unnamed accused in the standfirst and the body, the prosecutor, the defence's
// fragment, a victim speaking to the paper, the presiding judge after a colon, a fund's name), PULS 24
// (Austria, crime: fake water board workers, the victim with an initial and by her age with a broken-off
// sentence, the police spokesman after a colon and after indirect speech, an unnamed neighbour, a utility's
// press release, a campaign's name), SPORT1 (sport: a darts world championship, the winner in the headline
// and the body, the loser by his age with „gab zu“, the coach, a pundit after a colon, a song's title),
// Trierischer Volksfreund (health: waiting for child psychotherapy, a mother by her age and as „die
// Mutter“, the chamber's president with a doctor's title, a KV spokesman's fragment, a therapist),
// Neue Südtiroler Tageszeitung (South Tyrol, culture: a painting taken down, the painter's word in the
// standfirst and the body, the councillor after a colon, the curator with a fragment, an artists'
// association's open letter, the mayor, a painting's and an exhibition's titles), Bieler Tagblatt
// (Switzerland, a flood on Lake Biel, with «…»: the fire commander with a different fragment in the headline,
// a hydrologist continued after indirect speech, a pensioner as „der Rentner“, the cantonal police writing, a
// danger level's name), Göttinger Tageblatt (science: flower strips and wild bees, the lead author by her
// age, a co-author after the quote, the authors writing, a farmers' official after indirect speech, an
// outside researcher, a journal's title and a so-called word), Lübecker Nachrichten (education: a school in
// containers, a parents' representative, the senator as „die Senatorin“, the head teacher's fragment, a group
// leader's question with no verb, a pupil by first name and age, a banner) and manager magazin (business: a
// chief executive ousted, the company's statement, an unnamed family member, the board chairman by his age,
// the ousted chief on LinkedIn, an analyst, a union official, a strategy's name). Every article was written
// for these tests, before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Nordkurier, Lokalpolitik: Bürgermeister mit Teilzitat im Vorspann und im Text, der 58-Jährige mit " +
      "sagte, Stadtvertreterin mit Doppelpunkt, Unternehmen teilte mit, Landwirt mit sagt er und " +
      "Fortsetzung, Ministeriumssprecher mit Teilzitat, Projektname und Plakat",
    todo:
      "a company's „teilte das Unternehmen mit“ is left as the description instead of the company named in " +
      "the sentence before",
    headline: "Windpark bei Penzlin: Stadtvertreter sagen Nein",
    standfirst:
      "Die Stadtvertretung lehnt zwölf neue Windräder ab. Der Bürgermeister spricht von einem „Signal an " +
      "Schwerin“.",
    paragraphs: [
      "Mit elf zu vier Stimmen hat die Penzliner Stadtvertretung am Dienstagabend den geplanten Windpark " +
        "„Hohe Heide“ abgelehnt. Der Projektierer, die Rostocker Firma Nordwind Energie, wollte auf rund " +
        "180 Hektar zwölf Anlagen mit einer Gesamthöhe von je 250 Metern errichten.",
      "Bürgermeister Sven Flechner (parteilos) sprach nach der Sitzung von einem „Signal an Schwerin“. " +
        "„Wir sind nicht gegen Windkraft. Aber wir wollen mitreden, wo sie hinkommt“, sagte der " +
        "58-Jährige.",
      "Das sieht Stadtvertreterin Ulrike Damm (Grüne) anders. Sie hatte als eine von vier für das " +
        "Projekt gestimmt: „Die Gemeinde hätte jedes Jahr über 100.000 Euro eingenommen. Das Geld fehlt " +
        "uns jetzt für Kita und Feuerwehr.“",
      "Nordwind Energie bedauerte die Entscheidung. „Wir haben den Bürgern eine finanzielle Beteiligung " +
        "angeboten und werden das Gespräch weiter suchen“, teilte das Unternehmen am Mittwoch mit. Das " +
        "letzte Wort habe ohnehin das Landesamt für Umwelt, da das Gebiet im Regionalplan als " +
        "Eignungsgebiet ausgewiesen sei.",
      "Vor dem Rathaus hatten rund 60 Anwohner mit Plakaten protestiert, auf denen „Heimat statt " +
        "Rotoren“ stand. Unter ihnen war auch Landwirt Heiko Brandt aus dem Ortsteil Mallin. „Von meinem " +
        "Hof aus würde ich auf sechs Anlagen gucken“, sagt er. „Das ist doch keine Lebensqualität mehr.“",
      "Im Energieministerium in Schwerin reagierte man gelassen. Ein Sprecher des Ministeriums sagte dem " +
        "Nordkurier, die Zustimmung der Gemeinde sei „rechtlich nicht erforderlich“. Man nehme die " +
        "Bedenken der Anwohner aber ernst.",
    ],
    quotes: [
      ["Signal an Schwerin", "Sven Flechner"],
      ["Wir sind nicht gegen Windkraft. Aber wir wollen mitreden, wo sie hinkommt", "Sven Flechner"],
      [
        "Die Gemeinde hätte jedes Jahr über 100.000 Euro eingenommen. Das Geld fehlt uns jetzt für Kita " +
          "und Feuerwehr.",
        "Ulrike Damm",
      ],
      [
        "Wir haben den Bürgern eine finanzielle Beteiligung angeboten und werden das Gespräch weiter " +
          "suchen",
        "Nordwind Energie",
      ],
      ["Von meinem Hof aus würde ich auf sechs Anlagen gucken", "Heiko Brandt"],
      ["Das ist doch keine Lebensqualität mehr.", "Heiko Brandt"],
      ["rechtlich nicht erforderlich", "Ein Sprecher des Ministeriums"],
    ],
  },
  {
    name:
      "Schaffhauser Nachrichten, Gericht, «…»: der ungenannte Beschuldigte im Vorspann und im Text, " +
      "Staatsanwältin im Plädoyer, Verteidiger mit Teilzitat und sagte er, Geschädigte gegenüber den SN " +
      "mit Fortsetzung, Gerichtspräsident mit Doppelpunkt, Fondsname",
    headline: "Kantonsgericht: Bedingte Strafe für Anlagebetrüger",
    standfirst:
      "Ein 44-jähriger Finanzberater aus Neuhausen hat Bekannten über 900 000 Franken abgenommen. «Es war " +
      "ein Fehler, den ich jeden Tag bereue», sagte er vor Gericht.",
    paragraphs: [
      "Das Kantonsgericht Schaffhausen hat am Dienstag einen 44-jährigen Finanzberater wegen " +
        "gewerbsmässigen Betrugs zu einer Freiheitsstrafe von 24 Monaten verurteilt, bedingt auf eine " +
        "Probezeit von drei Jahren. Der Mann hatte zwischen 2018 und 2022 elf Personen aus seinem " +
        "Bekanntenkreis dazu gebracht, in einen angeblichen Rohstofffonds namens «Alpina Growth» zu " +
        "investieren.",
      "Den Fonds gab es nie. «Das Geld floss direkt auf ein Privatkonto und von dort in den " +
        "Lebensunterhalt des Beschuldigten», sagte Staatsanwältin Regula Keller in ihrem Plädoyer. Sie " +
        "hatte 30 Monate teilbedingt gefordert.",
      "Der Beschuldigte zeigte sich reumütig. Er habe anfangs tatsächlich investieren wollen, dann aber " +
        "den Überblick verloren. «Es war ein Fehler, den ich jeden Tag bereue», sagte er mit brüchiger " +
        "Stimme.",
      "Sein Verteidiger Marco Villiger plädierte auf eine bedingte Strafe von 18 Monaten. Sein Mandant " +
        "habe «alles offengelegt» und bereits 120 000 Franken zurückbezahlt, sagte er.",
      "Eine Geschädigte, die als Privatklägerin auftrat, mochte der Entschuldigung nicht glauben. «Er " +
        "sass an meinem Küchentisch und hat mir in die Augen geschaut», sagte die 71-jährige Rentnerin den " +
        "SN nach der Verhandlung. «Mein Erspartes ist weg.»",
      "Gerichtspräsident Andreas Bührer begründete das milde Urteil mit dem Geständnis und der fehlenden " +
        "Vorstrafe. An den Beschuldigten gewandt sagte er: «Die Probezeit ist keine Formalität. Beim " +
        "nächsten Mal gehen Sie ins Gefängnis.»",
      "Das Urteil ist noch nicht rechtskräftig.",
    ],
    quotes: [
      ["Es war ein Fehler, den ich jeden Tag bereue", "Der Beschuldigte"],
      [
        "Das Geld floss direkt auf ein Privatkonto und von dort in den Lebensunterhalt des Beschuldigten",
        "Regula Keller",
      ],
      ["alles offengelegt", "Marco Villiger"],
      ["Er sass an meinem Küchentisch und hat mir in die Augen geschaut", "Eine Geschädigte"],
      ["Mein Erspartes ist weg.", "Eine Geschädigte"],
      ["Die Probezeit ist keine Formalität. Beim nächsten Mal gehen Sie ins Gefängnis.", "Andreas Bührer"],
    ],
  },
  {
    name:
      "PULS 24, Kriminalität: Opfer mit Initiale im Gespräch mit PULS 24, die 82-Jährige mit abgebrochenem " +
      "Satz, Polizeisprecher mit Doppelpunkt und Fortsetzung nach indirekter Rede, ungenannte Nachbarin, " +
      "Aussendung eines Unternehmens, Name einer Aktion",
    todo: "a utility's press release before a colon goes to the neighbour of the paragraph before",
    headline: "Wien-Favoriten: Falsche Wasserwerker bestehlen 82-Jährige",
    paragraphs: [
      "Zwei Männer haben sich am Montagnachmittag in Wien-Favoriten als Mitarbeiter der Wasserwerke " +
        "ausgegeben und einer 82-jährigen Frau Schmuck im Wert von rund 15.000 Euro gestohlen. Die Polizei " +
        "sucht nach den Tätern und bittet um Hinweise.",
      "Die Männer läuteten gegen 15 Uhr an der Wohnungstür der Pensionistin in der Quellenstraße. „Sie " +
        "haben gesagt, im ganzen Haus ist das Wasser verunreinigt und sie müssen die Leitungen prüfen“, " +
        "erzählt Hermine K. im Gespräch mit PULS 24. Während einer der beiden sie ins Badezimmer lockte, " +
        "durchsuchte der andere das Schlafzimmer.",
      "Erst als die Männer weg waren, bemerkte die 82-Jährige das Fehlen ihrer Schmuckschatulle. „Da war " +
        "der Ehering von meinem verstorbenen Mann drin. Das Geld ist mir wurscht, aber der Ring …“ Den " +
        "Satz beendet sie nicht.",
      "Polizeisprecher Markus Dittrich bestätigte den Vorfall: „Es handelt sich um eine klassische " +
        "Masche, die wir leider immer wieder sehen.“ Echte Mitarbeiter der Wasserwerke würden sich immer " +
        "ausweisen und kämen nie unangekündigt, betonte Dittrich. „Im Zweifel lieber einmal zu oft die 133 " +
        "wählen.“",
      "Eine Nachbarin hatte die beiden Männer im Stiegenhaus gesehen. „Die waren sehr freundlich, haben " +
        "sogar gegrüßt“, sagt sie. Beschreiben kann sie die Männer nur vage: etwa 30 bis 40 Jahre alt, " +
        "dunkle Arbeitskleidung, einer mit Schirmkappe.",
      "Wiener Wasser warnte in einer Aussendung erneut vor falschen Mitarbeitern: „Unsere Technikerinnen " +
        "und Techniker tragen stets einen Dienstausweis mit Lichtbild.“ Die Aktion „Sicher daheim“ des " +
        "Seniorenbunds bietet zudem kostenlose Beratungen an.",
    ],
    quotes: [
      [
        "Sie haben gesagt, im ganzen Haus ist das Wasser verunreinigt und sie müssen die Leitungen " +
          "prüfen",
        "Hermine K.",
      ],
      [
        "Da war der Ehering von meinem verstorbenen Mann drin. Das Geld ist mir wurscht, aber der Ring …",
        "Hermine K.",
      ],
      ["Es handelt sich um eine klassische Masche, die wir leider immer wieder sehen.", "Markus Dittrich"],
      ["Im Zweifel lieber einmal zu oft die 133 wählen.", "Markus Dittrich"],
      ["Die waren sehr freundlich, haben sogar gegrüßt", "Eine Nachbarin"],
      [
        "Unsere Technikerinnen und Techniker tragen stets einen Dienstausweis mit Lichtbild.",
        "Wiener Wasser",
      ],
    ],
  },
  {
    name:
      "SPORT1, Darts: Sieger in der Überschrift nach Doppelpunkt und im Text mit Fortsetzung, Verlierer " +
      "als der 34-Jährige mit gab zu, Trainer nach dem Zitat, Experte mit Doppelpunkt, Sieger zuletzt mit " +
      "Doppelpunkt, ein Liedtitel",
    headline: "Kessler nach Coup: „Ich habe mir selbst bewiesen, dass ich hierher gehöre“",
    standfirst:
      "Marvin Kessler hat bei der Darts-WM in London einen Mitfavoriten geschlagen. Nach dem Match war der " +
      "Deutsche sichtlich bewegt.",
    paragraphs: [
      "Marvin Kessler steht zum ersten Mal in seiner Karriere im Achtelfinale der " +
        "Darts-Weltmeisterschaft. Der 30-Jährige aus Strausberg besiegte am Sonntagabend im Alexandra " +
        "Palace den Niederländer Jeroen van Dijkhuis mit 4:2 Sätzen und spielte dabei einen Average von " +
        "98,4.",
      "„Ich habe mir selbst bewiesen, dass ich hierher gehöre“, sagte Kessler im Interview mit SPORT1. " +
        "„Die letzten Jahre bin ich immer in der zweiten Runde rausgeflogen, das hat an mir genagt.“",
      "Van Dijkhuis haderte mit seiner Doppelquote. Der Niederländer traf nur neun von 31 Versuchen. " +
        "„Marvin hat verdient gewonnen. Ich habe heute einfach nicht getroffen, wenn es wichtig war“, gab " +
        "der 34-Jährige zu.",
      "Kessler, der zu den Klängen von „Sweet Caroline“ auf die Bühne gekommen war, ließ sich nach dem " +
        "Matchdart minutenlang feiern. Auch sein Trainer zeigte sich beeindruckt. „Er war heute mental " +
        "stärker als je zuvor“, sagte Dennis Kalweit.",
      "SPORT1-Experte Tobias Reinert ordnete den Sieg ein: „Das ist der größte Erfolg eines deutschen " +
        "Spielers seit Jahren. Wenn er so weiterspielt, ist das Viertelfinale drin.“",
      "Im Achtelfinale wartet am Dienstag der Weltranglistenerste aus England. Kessler gibt sich " +
        "kämpferisch: „Angst habe ich vor niemandem.“",
    ],
    quotes: [
      ["Ich habe mir selbst bewiesen, dass ich hierher gehöre", "Marvin Kessler"],
      [
        "Die letzten Jahre bin ich immer in der zweiten Runde rausgeflogen, das hat an mir genagt.",
        "Marvin Kessler",
      ],
      [
        "Marvin hat verdient gewonnen. Ich habe heute einfach nicht getroffen, wenn es wichtig war",
        "Jeroen van Dijkhuis",
      ],
      ["Er war heute mental stärker als je zuvor", "Dennis Kalweit"],
      [
        "Das ist der größte Erfolg eines deutschen Spielers seit Jahren. Wenn er so weiterspielt, ist " +
          "das Viertelfinale drin.",
        "Tobias Reinert",
      ],
      ["Angst habe ich vor niemandem.", "Marvin Kessler"],
    ],
  },
  {
    name:
      "Trierischer Volksfreund, Gesundheit: Mutter mit erzählt die 46-Jährige und später als die Mutter " +
      "mit Fortsetzung, Kammerpräsidentin mit Doktortitel und Fortsetzung, KV-Sprecher mit Teilzitat, " +
      "Psychotherapeut mit sagt er und Fortsetzung",
    headline: "Monatelang warten auf einen Therapieplatz",
    standfirst:
      "In der Region Trier fehlen Psychotherapeuten für Kinder und Jugendliche. Eine Mutter erzählt, wie " +
      "sie ein halbes Jahr gesucht hat.",
    paragraphs: [
      "Wer in Trier oder im Kreis Trier-Saarburg einen Psychotherapieplatz für sein Kind sucht, braucht " +
        "vor allem Geduld. Im Schnitt warten Familien nach Angaben der Landespsychotherapeutenkammer " +
        "Rheinland-Pfalz fünf bis sieben Monate auf den Beginn einer Behandlung.",
      "Sabine Heinz aus Konz hat das erlebt. Ihre 13-jährige Tochter leidet seit dem Frühjahr unter " +
        "Angststörungen und ging zeitweise nicht mehr zur Schule. „Ich habe 23 Praxen angerufen. Bei den " +
        "meisten kam man nicht mal auf die Warteliste“, erzählt die 46-Jährige.",
      "Die Kammer sieht die Ursache in der Bedarfsplanung. „Die Zahl der Kassensitze orientiert sich an " +
        "Daten aus den Neunzigerjahren“, sagt Kammerpräsidentin Dr. Katrin Wollscheid. „Seit Corona hat " +
        "sich der Bedarf bei Jugendlichen aber deutlich erhöht.“",
      "Die Kassenärztliche Vereinigung Rheinland-Pfalz verweist auf die Terminservicestelle. Über die " +
        "Rufnummer 116 117 könnten Patienten „innerhalb von vier Wochen ein Erstgespräch“ erhalten, " +
        "erklärte ein KV-Sprecher. Eine reguläre Therapie sei damit allerdings nicht garantiert.",
      "Der Trierer Kinder- und Jugendlichenpsychotherapeut Michael Thielen führt in seiner Praxis am " +
        "Viehmarkt eine Warteliste mit über 80 Namen. „Ich muss jede Woche Familien absagen, denen es " +
        "wirklich schlecht geht“, sagt er. „Das ist das Schlimmste an diesem Beruf.“",
      "Inzwischen hat die Tochter von Sabine Heinz einen Platz in einer Praxis in Bitburg. „Wir fahren " +
        "jetzt jede Woche 40 Kilometer hin und zurück“, sagt die Mutter. „Aber sie geht wieder zur Schule. " +
        "Nur das zählt.“",
      "Das Gesundheitsministerium in Mainz kündigte an, das Thema bei der nächsten " +
        "Gesundheitsministerkonferenz anzusprechen.",
    ],
    quotes: [
      ["Ich habe 23 Praxen angerufen. Bei den meisten kam man nicht mal auf die Warteliste", "Sabine Heinz"],
      ["Die Zahl der Kassensitze orientiert sich an Daten aus den Neunzigerjahren", "Katrin Wollscheid"],
      ["Seit Corona hat sich der Bedarf bei Jugendlichen aber deutlich erhöht.", "Katrin Wollscheid"],
      ["innerhalb von vier Wochen ein Erstgespräch", "ein KV-Sprecher"],
      ["Ich muss jede Woche Familien absagen, denen es wirklich schlecht geht", "Michael Thielen"],
      ["Das ist das Schlimmste an diesem Beruf.", "Michael Thielen"],
      ["Wir fahren jetzt jede Woche 40 Kilometer hin und zurück", "Sabine Heinz"],
      ["Aber sie geht wieder zur Schule. Nur das zählt.", "Sabine Heinz"],
    ],
  },
  {
    name:
      "Neue Südtiroler Tageszeitung, Kultur: ein Wort des Malers im Vorspann und im Text, Stadträtin mit " +
      "Doppelpunkt, der 39-Jährige gegenüber der Zeitung, Kuratorin mit sagt sie und Teilzitat, offener " +
      "Brief mit heißt es darin, Bürgermeister mit Doppelpunkt, Bild- und Ausstellungstitel",
    todo:
      "an open letter's „heißt es darin“ goes to the previous paragraph's speaker; a word quoted after " +
      "„Der Maler“ in the standfirst is not resolved to the painter named in the body",
    headline: "Streit um ein Bild im Brixner Forum",
    standfirst:
      "Die Stadtgemeinde lässt ein Gemälde aus einer Ausstellung abhängen. Der Maler spricht von „Zensur“.",
    paragraphs: [
      "Im Forum Brixen ist seit Freitag eine Wand leer. Das großformatige Ölbild „Die Prozession“ des " +
        "Villnösser Malers Lukas Pichler wurde auf Anweisung der Stadtgemeinde abgehängt, nur drei Tage " +
        "nach der Eröffnung der Ausstellung „Heimat, neu gesehen“.",
      "Das Bild zeigt eine Herz-Jesu-Prozession, bei der die Teilnehmer statt Fahnen Smartphones " +
        "hochhalten. Mehrere Besucher hatten sich beschwert. Kulturstadträtin Monika Gasser (SVP) " +
        "verteidigt die Entscheidung: „Das Forum ist ein öffentliches Haus. Wir müssen auch auf die " +
        "religiösen Gefühle der Bevölkerung Rücksicht nehmen.“",
      "Für Pichler ist das „Zensur“. „Ich mache mich nicht über den Glauben lustig, ich zeige, wie wir " +
        "heute leben“, sagt der 39-Jährige der TAGESZEITUNG. Er habe das Bild vorab eingereicht, niemand " +
        "habe Einwände gehabt.",
      "Auch die Kuratorin der Ausstellung, Elisabeth Ranigler, wurde von der Entscheidung überrascht. " +
        "„Ich habe davon aus der Zeitung erfahren“, sagt sie. Kunst müsse „auch einmal weh tun dürfen“.",
      "Der Südtiroler Künstlerbund hat inzwischen einen offenen Brief verfasst. „Wer heute ein Bild " +
        "abhängt, weil es einigen nicht gefällt, hängt morgen das nächste ab“, heißt es darin. " +
        "Unterzeichnet haben ihn über 200 Kunstschaffende.",
      "Bürgermeister Thomas Ploner versuchte am Montag zu vermitteln. Man werde mit dem Künstler reden, " +
        "sagte er. Eine Rückkehr des Bildes schloss er aber vorerst aus: „Jetzt braucht es einmal Ruhe.“",
    ],
    quotes: [
      ["Zensur", "Lukas Pichler"],
      [
        "Das Forum ist ein öffentliches Haus. Wir müssen auch auf die religiösen Gefühle der Bevölkerung " +
          "Rücksicht nehmen.",
        "Monika Gasser",
      ],
      ["Ich mache mich nicht über den Glauben lustig, ich zeige, wie wir heute leben", "Lukas Pichler"],
      ["Ich habe davon aus der Zeitung erfahren", "Elisabeth Ranigler"],
      ["auch einmal weh tun dürfen", "Elisabeth Ranigler"],
      [
        "Wer heute ein Bild abhängt, weil es einigen nicht gefällt, hängt morgen das nächste ab",
        "Der Südtiroler Künstlerbund",
      ],
      ["Jetzt braucht es einmal Ruhe.", "Thomas Ploner"],
    ],
  },
  {
    name:
      "Bieler Tagblatt, Hochwasser, «…»: ein anderes Bruchstück des Feuerwehrkommandanten in der " +
      "Überschrift, Kommandant im Text, Hydrologe mit Fortsetzung nach indirekter Rede, Rentner mit Alter " +
      "und als der Rentner, Kantonspolizei schreibt in einer Mitteilung, Name einer Gefahrenstufe",
    headline: "Bielersee über der Schadengrenze: «Wir pumpen seit Stunden»",
    standfirst:
      "Nach tagelangem Regen steht das Wasser in den Ufergemeinden in Kellern und Gärten. Die Feuerwehr " +
      "ist im Dauereinsatz.",
    paragraphs: [
      "Der Pegel des Bielersees hat in der Nacht auf Mittwoch die Hochwassergrenze von 430,35 Metern " +
        "über Meer überschritten. In Ipsach, Sutz-Lattrigen und Twann standen Keller und Garagen unter " +
        "Wasser, die Uferwege zwischen Biel und La Neuveville wurden gesperrt.",
      "«Wir pumpen seit Stunden, und das Wasser kommt immer wieder nach», sagte Kommandant Daniel Gerber " +
        "von der Feuerwehr Region Nidau am Mittwochmorgen. Über 40 Angehörige der Feuerwehr seien im " +
        "Einsatz.",
      "Laut dem kantonalen Amt für Wasser und Abfall dürfte der See bis Freitag noch um weitere zehn " +
        "Zentimeter steigen. «Die Juragewässerkorrektion stösst bei solchen Mengen an ihre Grenzen», sagt " +
        "Hydrologe Beat Lüthi. Das Wehr in Port sei bereits vollständig geöffnet. «Mehr können wir nicht " +
        "abfliessen lassen, sonst gibt es unten an der Aare Probleme.»",
      "Hart getroffen hat es Ruedi Schnyder in Sutz. Im Keller des 67-Jährigen steht das Wasser " +
        "knietief. «So etwas habe ich zuletzt 2007 erlebt», sagt der Rentner, während er Weinflaschen in " +
        "Sicherheit bringt. «Damals haben wir gedacht, das passiert nie wieder.»",
      "Die Kantonspolizei Bern rief die Bevölkerung auf, die Uferzonen zu meiden. «Das Wasser ist kalt " +
        "und die Strömung wird unterschätzt», schreibt sie in einer Mitteilung. Schaulustige hätten am " +
        "Dienstagabend Absperrungen missachtet.",
      "Für die Region gilt weiterhin die Hochwasser-Gefahrenstufe 4, «grosse Gefahr». MeteoSchweiz " +
        "erwartet ab Donnerstag trockeneres Wetter.",
    ],
    quotes: [
      ["Wir pumpen seit Stunden", "Daniel Gerber"],
      ["Wir pumpen seit Stunden, und das Wasser kommt immer wieder nach", "Daniel Gerber"],
      ["Die Juragewässerkorrektion stösst bei solchen Mengen an ihre Grenzen", "Beat Lüthi"],
      ["Mehr können wir nicht abfliessen lassen, sonst gibt es unten an der Aare Probleme.", "Beat Lüthi"],
      ["So etwas habe ich zuletzt 2007 erlebt", "Ruedi Schnyder"],
      ["Damals haben wir gedacht, das passiert nie wieder.", "Ruedi Schnyder"],
      ["Das Wasser ist kalt und die Strömung wird unterschätzt", "Die Kantonspolizei Bern"],
    ],
  },
  {
    name:
      "Göttinger Tageblatt, Wissenschaft: Studienleiterin mit Doktortitel als die 47-Jährige und zuletzt " +
      "mit Doppelpunkt, Mitautor nach dem Zitat mit erklärt, die Autoren schreiben, " +
      "Verbandsgeschäftsführer nach indirekter Rede, externer Forscher mit Doppelpunkt, Zeitschriftentitel " +
      "und ein sogenanntes Wort",
    headline: "Göttinger Studie: Blühstreifen allein retten die Wildbienen nicht",
    paragraphs: [
      "Blühstreifen am Ackerrand gelten als einfaches Mittel gegen das Insektensterben. Eine Studie der " +
        "Universität Göttingen zeigt nun, dass sie Wildbienen nur dann wirklich helfen, wenn in der Nähe " +
        "auch Nistplätze vorhanden sind. Die Ergebnisse sind in der Fachzeitschrift „Journal of Applied " +
        "Ecology“ erschienen.",
      "Das Team um die Agrarökologin Prof. Dr. Johanna Brettschneider hatte über drei Jahre 64 " +
        "Blühstreifen im Landkreis Göttingen und im Eichsfeld untersucht. „Wo es offene Bodenstellen, " +
        "Totholz oder alte Hecken gab, haben wir bis zu dreimal so viele Wildbienenarten gefunden wie an " +
        "Streifen mitten in ausgeräumten Feldern“, sagt die 47-Jährige.",
      "„Eine Biene, die Nahrung findet, aber keinen Platz für ihre Brut, ist für die Population " +
        "verloren“, erklärt Mitautor Felix Ahrens, der als Doktorand an dem Projekt beteiligt war. Er hat " +
        "die meisten der rund 12.000 Bienen bestimmt.",
      "Die Autoren empfehlen, Förderprogramme anzupassen. Blühstreifen sollten „gezielt dort angelegt " +
        "werden, wo bereits naturnahe Strukturen existieren“, schreiben sie.",
      "Der Landvolk-Kreisverband Göttingen reagierte zurückhaltend. Die Landwirte legten Blühstreifen " +
        "dort an, wo es betrieblich passe, sagte Geschäftsführer Hendrik Lüders. „Wer mehr will, muss auch " +
        "mehr bezahlen.“",
      "Der Bienenforscher Prof. Markus Quante von der Universität Würzburg, der nicht an der Studie " +
        "beteiligt war, hält die Ergebnisse für schlüssig: „Das bestätigt, was viele von uns im Feld " +
        "beobachten. Die Politik hat bisher vor allem auf die Fläche geschaut, nicht auf die Qualität.“",
      "Brettschneider und ihr Team wollen im kommenden Jahr untersuchen, ob sich künstliche Nisthilfen " +
        "wie sogenannte „Bienenhotels“ als Ersatz eignen. Sie ist skeptisch: „Die meisten Wildbienen " +
        "nisten im Boden. Ein Hotel hilft da wenig.“",
    ],
    quotes: [
      [
        "Wo es offene Bodenstellen, Totholz oder alte Hecken gab, haben wir bis zu dreimal so viele " +
          "Wildbienenarten gefunden wie an Streifen mitten in ausgeräumten Feldern",
        "Johanna Brettschneider",
      ],
      [
        "Eine Biene, die Nahrung findet, aber keinen Platz für ihre Brut, ist für die Population " +
          "verloren",
        "Felix Ahrens",
      ],
      ["gezielt dort angelegt werden, wo bereits naturnahe Strukturen existieren", "Die Autoren"],
      ["Wer mehr will, muss auch mehr bezahlen.", "Hendrik Lüders"],
      [
        "Das bestätigt, was viele von uns im Feld beobachten. Die Politik hat bisher vor allem auf die " +
          "Fläche geschaut, nicht auf die Qualität.",
        "Markus Quante",
      ],
      ["Die meisten Wildbienen nisten im Boden. Ein Hotel hilft da wenig.", "Johanna Brettschneider"],
    ],
  },
  {
    name:
      "Lübecker Nachrichten, Bildung: Elternvertreterin mit Fortsetzung, Senatorin mit Doktortitel und als " +
      "die Senatorin, Schulleiter mit Teilzitat und Doppelpunkt, Fraktionschef mit Frage ohne Verb, " +
      "Schülerin mit Vornamen und Alter, Teilzitat, Aufschrift eines Transparents",
    headline: "Seit drei Jahren im Container: Eltern machen Druck",
    paragraphs: [
      "Seit drei Jahren lernen die rund 240 Kinder der Grundschule an der Marlistraße in Containern auf " +
        "dem Schulhof. Eigentlich sollte die Sanierung des Altbaus im Sommer abgeschlossen sein – nun " +
        "rechnet die Stadt mit einem Umzug frühestens im Herbst kommenden Jahres.",
      "Am Dienstagabend machten Eltern ihrem Ärger im Bildungsausschuss Luft. „Im Sommer ist es in den " +
        "Containern über 30 Grad warm, im Winter zieht es durch die Türen“, sagte Elternvertreterin Nadine " +
        "Voß. „Unsere Kinder haben Besseres verdient.“",
      "Bildungssenatorin Dr. Karin Ehlers-Brandt räumte Versäumnisse ein. Die Stadt habe bei der " +
        "Sanierung Schadstoffe im Dachstuhl gefunden, die aufwendig entfernt werden müssten. „Ich verstehe " +
        "jede Mutter und jeden Vater, die jetzt wütend sind“, sagte die Senatorin. „Aber Gesundheit geht " +
        "vor Geschwindigkeit.“",
      "Schulleiter Thomas Wendt lobt sein Kollegium, das „unter schwierigen Bedingungen Großartiges " +
        "leistet“. Der Unterricht laufe weitgehend normal, nur Werken und Musik fänden seit drei Jahren " +
        "eingeschränkt statt.",
      "CDU-Fraktionschef Jens Haberland warf der Verwaltung vor, die Eltern zu spät informiert zu haben. " +
        "„Von den Schadstoffen hat die Bauverwaltung seit Februar gewusst. Warum erfahren wir das erst " +
        "jetzt?“",
      "Die Kinder selbst sehen es gelassener. „Im Container ist es eigentlich ganz gemütlich“, findet " +
        "die neunjährige Mia. Nur die Toiletten, die seien „echt eklig“.",
      "An den Containern hängt seit Dienstag ein Transparent der Elterninitiative mit der Aufschrift " +
        "„Schule ist kein Provisorium“.",
    ],
    quotes: [
      [
        "Im Sommer ist es in den Containern über 30 Grad warm, im Winter zieht es durch die Türen",
        "Nadine Voß",
      ],
      ["Unsere Kinder haben Besseres verdient.", "Nadine Voß"],
      ["Ich verstehe jede Mutter und jeden Vater, die jetzt wütend sind", "Karin Ehlers-Brandt"],
      ["Aber Gesundheit geht vor Geschwindigkeit.", "Karin Ehlers-Brandt"],
      ["unter schwierigen Bedingungen Großartiges leistet", "Thomas Wendt"],
      [
        "Von den Schadstoffen hat die Bauverwaltung seit Februar gewusst. Warum erfahren wir das erst " +
          "jetzt?",
        "Jens Haberland",
      ],
      ["Im Container ist es eigentlich ganz gemütlich", "Mia"],
      ["echt eklig", "Mia"],
    ],
  },
  {
    name:
      "manager magazin, Wirtschaft: Mitteilung des Unternehmens mit Teilzitat, ungenanntes " +
      "Familienmitglied, Aufsichtsratschef als der 68-Jährige, Vorstandschef schrieb er auf LinkedIn, " +
      "Analystin mit Fortsetzung, Gewerkschafterin nach dem Zitat, Name einer Strategie",
    headline: "Machtkampf bei Hallberg: Vorstandschef geht nach nur 14 Monaten",
    standfirst:
      "Der Hausgerätehersteller aus Bielefeld trennt sich von Stefan Kordes. Hinter dem Abgang steht ein " +
      "Streit mit der Eigentümerfamilie.",
    paragraphs: [
      "Die Hallberg AG trennt sich von ihrem Vorstandsvorsitzenden. Stefan Kordes verlasse das " +
        "Unternehmen „im besten gegenseitigen Einvernehmen“ zum Monatsende, teilte der Bielefelder " +
        "Hersteller von Küchengeräten am Montagabend mit. Kordes war erst im Herbst vergangenen Jahres von " +
        "einem Wettbewerber gekommen.",
      "Hinter den Kulissen tobte seit Monaten ein Streit. Kordes wollte mit seiner Strategie „Hallberg " +
        "Connect“ das Geschäft mit vernetzten Geräten massiv ausbauen und dafür ein Werk in Polen " +
        "eröffnen. Die Familie Hallberg, die 72 Prozent der Anteile hält, lehnte das ab. „Er hat das " +
        "Unternehmen behandelt wie ein Start-up. Das sind wir nicht, und das wollen wir nicht sein“, sagt " +
        "ein Familienmitglied, das nicht namentlich genannt werden will.",
      "Aufsichtsratschef Friedrich Hallberg, Enkel des Firmengründers, bemühte sich um einen " +
        "versöhnlichen Ton. „Wir danken Herrn Kordes für seinen Einsatz und wünschen ihm für die Zukunft " +
        "alles Gute“, erklärte der 68-Jährige. Bis ein Nachfolger gefunden sei, übernimmt Finanzvorständin " +
        "Claudia Rehbein die Führung kommissarisch.",
      "Kordes selbst äußerte sich auf LinkedIn. „Ich bin überzeugt, dass Hallberg ohne mutige " +
        "Investitionen in fünf Jahren ein anderes Unternehmen sein wird – und kein besseres“, schrieb er.",
      "Analysten sehen den Abgang kritisch. „Der Markt wird das als Rückschritt lesen“, sagt Julia " +
        "Kämmerer von Weserbank Research. „Die Unsicherheit an der Spitze kommt zur Unzeit, mitten in der " +
        "Absatzkrise.“ Die Aktie fiel am Dienstag um sechs Prozent.",
      "Die IG Metall forderte Klarheit für die rund 3400 Beschäftigten. „Die Leute wollen wissen, ob ihr " +
        "Standort eine Zukunft hat“, sagte Bezirksleiterin Petra Wulfhorst.",
    ],
    quotes: [
      ["im besten gegenseitigen Einvernehmen", "Die Hallberg AG"],
      [
        "Er hat das Unternehmen behandelt wie ein Start-up. Das sind wir nicht, und das wollen wir nicht " +
          "sein",
        "ein Familienmitglied",
      ],
      [
        "Wir danken Herrn Kordes für seinen Einsatz und wünschen ihm für die Zukunft alles Gute",
        "Friedrich Hallberg",
      ],
      [
        "Ich bin überzeugt, dass Hallberg ohne mutige Investitionen in fünf Jahren ein anderes " +
          "Unternehmen sein wird – und kein besseres",
        "Stefan Kordes",
      ],
      ["Der Markt wird das als Rückschritt lesen", "Julia Kämmerer"],
      ["Die Unsicherheit an der Spitze kommt zur Unzeit, mitten in der Absatzkrise.", "Julia Kämmerer"],
      ["Die Leute wollen wissen, ob ihr Standort eine Zukunft hat", "Petra Wulfhorst"],
    ],
  },
]);
