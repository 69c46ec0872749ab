// A sixth round of composed German news articles, in the styles of outlets and beats the first five
// rounds (articles.de to articles5.de) did not use: Kölner Stadt-Anzeiger (a swimming pool closed: the
// city's sports officer, a swimming club's chairwoman, a father, a council opposition leader), Schwäbische
// Zeitung (a dairy farm in a drought: a farmer by his age, the farmers' association, a vet, the
// district office in a statement), Tiroler Tageszeitung (transit traffic: the governor, a mayor, an
// Italian minister as reported, a haulier, a climate researcher), Blick (a football transfer: the
// club's president, the player on Instagram, an agent, a fan after a colon), ZDFheute (a hospital
// closing: the health minister, the clinic's head, a midwife by first name, a patients' body), Badische
// Zeitung (a school's mobile phone ban: the head teacher, a pupil, a parents' council, the ministry),
// Weser-Kurier (a court: an arson trial, the prosecutor, the accused's lawyer, a fire officer as a
// witness, the judge) and Wiener Zeitung (a museum's restitution: the director, a descendant, the
// minister's office, a historian). Every article was written before the engine was run on it; the
// speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name: "Kölner Stadt-Anzeiger, Bad: Sportdezernent, Vereinsvorsitzende, ein Vater, sagte X dem KStA",
    headline: "Ossendorfbad bleibt bis zum Sommer geschlossen",
    standfirst:
      "Ein Schaden an der Lüftungsanlage legt das Bad in Köln-Ossendorf länger lahm als geplant. " +
      "Vereine und Schulen suchen nach Ausweichzeiten.",
    paragraphs: [
      "Die Kölnerinnen und Kölner müssen noch länger auf das Ossendorfbad verzichten. Wie die Kölnbäder " +
        "GmbH am Dienstag mitteilte, kann die Halle frühestens Anfang Juli wieder öffnen. Ursprünglich " +
        "war von Ostern die Rede gewesen.",
      "„Wir haben beim Öffnen der Decke Schäden gefunden, mit denen niemand rechnen konnte“, sagte " +
        "Sportdezernent Robert Voigt dem „Kölner Stadt-Anzeiger“. Die Sicherheit der Badegäste gehe vor. " +
        "Die Kosten für die Reparatur schätzt die Stadt inzwischen auf 1,4 Millionen Euro.",
      "Besonders hart trifft die Schließung die Vereine. Beim Schwimmverein Ossendorf 1921 trainieren " +
        "rund 600 Mitglieder, darunter viele Kinder. „Wir haben jetzt seit fünf Monaten kein Wasser. " +
        "Einige Gruppen mussten wir ganz auflösen“, sagt die Vorsitzende Petra Kamps. Die angebotenen " +
        "Zeiten im Agrippabad reichten nicht annähernd aus.",
      "Auch für Eltern ist die Lage schwierig. Michael Berger wartet mit seiner Tochter seit dem Herbst " +
        "auf einen Platz im Anfängerkurs. „Sie ist acht und kann immer noch nicht schwimmen. Das macht " +
        "mir ehrlich gesagt Angst“, sagt der 41-Jährige.",
      "Die Opposition im Stadtrat spricht von einem Versäumnis. Die Bäder seien über Jahre „auf Verschleiß " +
        "gefahren“ worden, kritisierte SPD-Fraktionschef Christian Joisten. Er fordert einen " +
        "Sanierungsplan für alle städtischen Hallen bis zum Jahresende.",
      "Voigt verwies auf die Haushaltslage, kündigte aber an, den Vereinen zusätzliche Zeiten in den " +
        "Schulschwimmbädern anzubieten. „Das ist keine perfekte Lösung, aber eine, die schnell hilft.“",
    ],
    quotes: [
      ["Wir haben beim Öffnen der Decke Schäden gefunden, mit denen niemand rechnen konnte", "Robert Voigt"],
      [
        "Wir haben jetzt seit fünf Monaten kein Wasser. Einige Gruppen mussten wir ganz auflösen",
        "Petra Kamps",
      ],
      [
        "Sie ist acht und kann immer noch nicht schwimmen. Das macht mir ehrlich gesagt Angst",
        "Michael Berger",
      ],
      ["auf Verschleiß gefahren", "Christian Joisten"],
      ["Das ist keine perfekte Lösung, aber eine, die schnell hilft.", "Robert Voigt"],
    ],
  },
  {
    name: "Schwäbische Zeitung, Trockenheit: Landwirt mit Alter, Bauernverband, Tierärztin, Landratsamt",
    headline: "Milchbauern im Allgäu kämpfen mit dem Futter",
    paragraphs: [
      "Auf den Wiesen rund um Leutkirch ist das Gras braun geworden. Seit sieben Wochen hat es kaum " +
        "geregnet, und der zweite Schnitt fiel bei vielen Betrieben so mager aus wie seit Jahren nicht.",
      "Josef Allgaier steht vor seinem Fahrsilo und schüttelt den Kopf. „Normalerweise reicht das bis in " +
        "den März. Dieses Jahr bin ich froh, wenn wir über Weihnachten kommen“, sagt der 57-Jährige, " +
        "der mit seinem Sohn 90 Milchkühe hält. Zukaufen könne er kaum, Heu sei in der ganzen Region knapp.",
      "Der Bauernverband Allgäu-Oberschwaben rechnet mit Einbußen von bis zu einem Drittel beim " +
        "Grundfutter. Kreisobmann Franz Schönberger fordert deshalb, Ausgleichsflächen zur Futternutzung " +
        "freizugeben. „Es kann nicht sein, dass Gras auf Brachflächen verdorrt, während im Stall das " +
        "Futter fehlt.“",
      "Die Tierärztin Anna Reisch aus Kißlegg beobachtet die Folgen bereits in den Ställen. Manche " +
        "Betriebe stellten die Rationen um, was nicht jede Kuh gut vertrage. „Wir sehen mehr " +
        "Stoffwechselprobleme als sonst im Spätsommer“, sagt sie.",
      "Das Landratsamt Ravensburg prüft den Antrag nach eigenen Angaben. Man sei sich der „angespannten " +
        "Lage“ bewusst, heißt es in einer Stellungnahme der Behörde. Eine Entscheidung solle noch in " +
        "diesem Monat fallen.",
      "Allgaier will bis dahin nicht warten. Er hat zwei Jungrinder früher verkauft als geplant. " +
        "„Weh tut das schon. Aber wenn das Futter nicht reicht, muss man rechnen.“",
    ],
    quotes: [
      [
        "Normalerweise reicht das bis in den März. Dieses Jahr bin ich froh, wenn wir über " +
          "Weihnachten kommen",
        "Josef Allgaier",
      ],
      [
        "Es kann nicht sein, dass Gras auf Brachflächen verdorrt, während im Stall das Futter fehlt.",
        "Franz Schönberger",
      ],
      ["Wir sehen mehr Stoffwechselprobleme als sonst im Spätsommer", "Anna Reisch"],
      ["angespannten Lage", "Das Landratsamt Ravensburg"],
      ["Weh tut das schon. Aber wenn das Futter nicht reicht, muss man rechnen.", "Josef Allgaier"],
    ],
  },
  {
    name: "Tiroler Tageszeitung, Transit: Landeshauptmann, Bürgermeisterin, italienischer Minister, Frächter",
    headline: "Brenner-Transit: Tirol hält an Fahrverboten fest",
    standfirst: "Trotz Drucks aus Rom und Berlin will das Land die Lkw-Blockabfertigung nicht lockern.",
    paragraphs: [
      "Im Streit um den Lkw-Verkehr über den Brenner bleibt Tirol hart. „Wir werden die Gesundheit der " +
        "Menschen im Inntal nicht auf dem Altar des freien Warenverkehrs opfern“, sagte Landeshauptmann " +
        "Anton Mattle am Montag nach einer Sitzung der Landesregierung in Innsbruck.",
      "Italiens Verkehrsminister hatte zuletzt erneut mit einer Klage vor dem Europäischen Gerichtshof " +
        "gedroht. Die Tiroler Maßnahmen seien „diskriminierend und unverhältnismäßig“, hatte er in Rom " +
        "erklärt. Mattle reagierte gelassen: Man habe die rechtliche Lage „genau geprüft“.",
      "In den Gemeinden entlang der Autobahn sieht man das ähnlich. Die Bürgermeisterin von Schönberg im " +
        "Stubaital, Christine Kapferer, berichtet von Kolonnen, die sich an Tagen mit Blockabfertigung " +
        "durch den Ort schieben. „Die Kinder gehen an manchen Tagen neben stehenden Lastwagen zur Schule. " +
        "Das ist kein Zustand.“",
      "Die Frächter sehen die Sache naturgemäß anders. Für Walter Ploner, der in Wörgl ein " +
        "Transportunternehmen mit 40 Lkw führt, sind die Fahrverbote vor allem teuer. Seine Fahrer " +
        "stünden oft stundenlang bei Kufstein im Stau, sagt er. „Am Ende zahlt das der Konsument.“",
      "Der Innsbrucker Klimaforscher Georg Kaser hält die Debatte für zu kurz gegriffen. Solange die " +
        "Schiene nicht konkurrenzfähig sei, werde sich am Verkehr wenig ändern. „Der Brennerbasistunnel " +
        "allein löst das Problem nicht, wenn die Zulaufstrecken in Deutschland fehlen“, sagte er der TT.",
    ],
    quotes: [
      [
        "Wir werden die Gesundheit der Menschen im Inntal nicht auf dem Altar des freien Warenverkehrs " +
          "opfern",
        "Anton Mattle",
      ],
      ["diskriminierend und unverhältnismäßig", "Italiens Verkehrsminister"],
      ["genau geprüft", "Anton Mattle"],
      [
        "Die Kinder gehen an manchen Tagen neben stehenden Lastwagen zur Schule. Das ist kein Zustand.",
        "Christine Kapferer",
      ],
      ["Am Ende zahlt das der Konsument.", "Walter Ploner"],
      [
        "Der Brennerbasistunnel allein löst das Problem nicht, wenn die Zulaufstrecken in Deutschland " +
          "fehlen",
        "Georg Kaser",
      ],
    ],
  },
  {
    name: "Blick, Transfer: Präsident mit «…», Spieler auf Instagram, Berater, ein Fan mit Doppelpunkt",
    headline: "YB-Star Mambimbi wechselt in die Bundesliga",
    paragraphs: [
      "Jetzt ist es offiziell: Stürmer Felix Mambimbi verlässt die Young Boys und wechselt für eine " +
        "Ablöse von rund acht Millionen Franken zum SC Freiburg. Der 24-Jährige unterschreibt einen " +
        "Vertrag bis 2029.",
      "YB-Präsident Hanspeter Kienberger gibt sich gefasst. «Natürlich verlieren wir einen wichtigen " +
        "Spieler. Aber so ist das Geschäft, und Felix hat sich diesen Schritt verdient», sagt er zu Blick. " +
        "Das Geld werde man «mit Bedacht» in die Mannschaft investieren.",
      "Mambimbi selbst verabschiedete sich am Mittwochabend auf Instagram von den Fans. «Bern wird " +
        "immer mein Zuhause bleiben. Danke für alles, Gelb-Schwarz!», schrieb er zu einem Foto aus dem " +
        "Wankdorf.",
      "Sein Berater Luca Ferretti bestätigt, dass auch andere Klubs angeklopft hätten. Freiburg sei " +
        "aber von Anfang an der Favorit gewesen. «Dort wird mit jungen Spielern geduldig gearbeitet. " +
        "Das war für uns entscheidend.»",
      "Bei den Anhängern sind die Gefühle gemischt. Vor der Geschäftsstelle treffen wir Sandro (31), " +
        "der seit seiner Kindheit ins Stadion geht. Sein Fazit: «Schade, aber wer so spielt, geht halt " +
        "irgendwann ins Ausland.»",
    ],
    quotes: [
      [
        "Natürlich verlieren wir einen wichtigen Spieler. Aber so ist das Geschäft, und Felix hat sich " +
          "diesen Schritt verdient",
        "Hanspeter Kienberger",
      ],
      ["mit Bedacht", "Hanspeter Kienberger"],
      ["Bern wird immer mein Zuhause bleiben. Danke für alles, Gelb-Schwarz!", "Felix Mambimbi"],
      ["Dort wird mit jungen Spielern geduldig gearbeitet. Das war für uns entscheidend.", "Luca Ferretti"],
      ["Schade, aber wer so spielt, geht halt irgendwann ins Ausland.", "Sandro"],
    ],
  },
  {
    name: "ZDFheute, Klinik: Gesundheitsministerin, Klinikchef, Hebamme mit Vornamen, Patientenverband",
    headline: "Kreisklinik Eschwege schließt Geburtsstation",
    standfirst:
      "Schwangere aus dem Werra-Meißner-Kreis müssen künftig bis zu 50 Kilometer weit fahren. " +
      "Die Landesregierung verteidigt die Entscheidung.",
    paragraphs: [
      "Ende März werden im Klinikum Werra-Meißner in Eschwege die letzten Kinder zur Welt kommen. " +
        "Danach schließt die Geburtshilfe, wie der Träger am Donnerstag bekannt gab. Als Grund nennt " +
        "das Haus fehlendes Personal.",
      "„Wir haben seit zwei Jahren versucht, Hebammen und Fachärzte zu finden. Es ist uns nicht " +
        "gelungen“, sagte Geschäftsführer Thomas Lang im Gespräch mit ZDFheute. Eine Geburtsstation mit " +
        "Lücken im Dienstplan könne man nicht verantworten.",
      "Hessens Gesundheitsministerin Diana Stolz (CDU) stellte sich hinter die Klinik. Qualität müsse " +
        "vor Nähe gehen, sagte sie in Wiesbaden. „Eine sichere Geburt in 40 Minuten Entfernung ist " +
        "besser als eine unsichere vor der Haustür.“",
      "Auf der Station selbst ist die Stimmung gedrückt. Die Hebamme Sabine arbeitet seit 23 Jahren in " +
        "Eschwege, ihren Nachnamen möchte sie nicht nennen. „Wir haben hier Tausende Kinder auf die " +
        "Welt gebracht. Dass das jetzt einfach aufhört, kann ich noch gar nicht glauben.“",
      "Der Patientenverband Nordhessen warnt vor den Folgen für den ländlichen Raum. Schon jetzt gebe " +
        "es Frauen, die aus Angst vor der Fahrt früher in die Klinik gingen. Man befürchte „Geburten im " +
        "Rettungswagen“, erklärte die Vorsitzende Ursula Feick.",
    ],
    quotes: [
      [
        "Wir haben seit zwei Jahren versucht, Hebammen und Fachärzte zu finden. Es ist uns nicht gelungen",
        "Thomas Lang",
      ],
      [
        "Eine sichere Geburt in 40 Minuten Entfernung ist besser als eine unsichere vor der Haustür.",
        "Diana Stolz",
      ],
      [
        "Wir haben hier Tausende Kinder auf die Welt gebracht. Dass das jetzt einfach aufhört, kann ich " +
          "noch gar nicht glauben.",
        "Sabine",
      ],
      ["Geburten im Rettungswagen", "Ursula Feick"],
    ],
  },
  {
    name: "Badische Zeitung, Schule: Schulleiterin, Schüler mit Alter, Elternbeirat, das Kultusministerium",
    headline: "Handys bleiben am Kepler-Gymnasium im Spind",
    paragraphs: [
      "Seit den Herbstferien gilt am Kepler-Gymnasium in Freiburg ein striktes Handyverbot. Von der " +
        "ersten bis zur letzten Stunde bleiben die Geräte in abschließbaren Fächern, auch in den Pausen.",
      "Schulleiterin Claudia Wehrle zieht nach sechs Wochen eine positive Bilanz. „Auf dem Schulhof " +
        "wird wieder Fußball gespielt und geredet. Das hatten wir so lange nicht mehr“, sagt sie. Auch " +
        "die Zahl der Konflikte in Klassenchats sei deutlich zurückgegangen.",
      "Nicht alle sind so begeistert. Der 16-jährige Jonas Heitzmann aus der zehnten Klasse hält das " +
        "Verbot für übertrieben. „Wir sollen lernen, verantwortungsvoll mit Medien umzugehen, und dann " +
        "nimmt man sie uns einfach weg“, sagt er. Die Schülermitverantwortung hat einen Kompromiss " +
        "vorgeschlagen: Handys in der großen Pause, nicht aber im Unterricht.",
      "Der Elternbeirat unterstützt die Schulleitung, wünscht sich aber eine Ausnahme für Kinder mit " +
        "Diabetes, die ihren Blutzucker über eine App überwachen. „Da braucht es eine klare Regel, auf " +
        "die sich die Familien verlassen können“, sagte der Vorsitzende Markus Fritz.",
      "Das Kultusministerium in Stuttgart will den Schulen die Entscheidung selbst überlassen. Ein " +
        "landesweites Verbot sei nicht geplant, teilte eine Sprecherin auf Nachfrage der BZ mit. Die " +
        "Schulen wüssten „am besten, was vor Ort funktioniert“.",
    ],
    quotes: [
      [
        "Auf dem Schulhof wird wieder Fußball gespielt und geredet. Das hatten wir so lange nicht mehr",
        "Claudia Wehrle",
      ],
      [
        "Wir sollen lernen, verantwortungsvoll mit Medien umzugehen, und dann nimmt man sie uns einfach weg",
        "Jonas Heitzmann",
      ],
      ["Da braucht es eine klare Regel, auf die sich die Familien verlassen können", "Markus Fritz"],
      ["am besten, was vor Ort funktioniert", "eine Sprecherin"],
    ],
  },
  {
    name: "Weser-Kurier, Gericht: Brandstiftung, Staatsanwalt, Verteidigerin, Feuerwehrmann als Zeuge",
    headline: "Brand in Walle: Angeklagter schweigt zum Auftakt",
    paragraphs: [
      "Vor dem Landgericht Bremen hat am Montag der Prozess gegen einen 34-jährigen Mann begonnen, der " +
        "im Februar ein Mehrfamilienhaus in Walle angezündet haben soll. Zwölf Bewohner wurden damals " +
        "verletzt, eine Frau schwer.",
      "Staatsanwalt Henning Meyer warf dem Angeklagten versuchten Mord in mehreren Fällen vor. Der Mann " +
        "habe im Treppenhaus Benzin verschüttet und angezündet, „wohl wissend, dass oben Menschen " +
        "schliefen“. Als Motiv vermutet die Anklage einen Streit mit der Vermieterin.",
      "Der Angeklagte selbst äußerte sich nicht. Seine Verteidigerin Katharina Lüdemann erklärte, ihr " +
        "Mandant bestreite die Tat. „Es gibt keinen einzigen Zeugen, der ihn an diesem Abend im Haus " +
        "gesehen hat“, sagte sie vor Journalisten in einer Verhandlungspause.",
      "Als erster Zeuge schilderte ein Feuerwehrmann den Einsatz. Als die Wehr eintraf, habe das " +
        "Treppenhaus bereits in Flammen gestanden. „Wir haben die Leute über die Drehleiter von den " +
        "Balkonen geholt. Anders ging es nicht mehr“, sagte der 45-Jährige.",
      "Die Vorsitzende Richterin Anja Kruse kündigte an, die Vermieterin am zweiten Verhandlungstag zu " +
        "hören. Ein Urteil könnte Ende des Monats fallen.",
    ],
    quotes: [
      ["wohl wissend, dass oben Menschen schliefen", "Henning Meyer"],
      ["Es gibt keinen einzigen Zeugen, der ihn an diesem Abend im Haus gesehen hat", "Katharina Lüdemann"],
      [
        "Wir haben die Leute über die Drehleiter von den Balkonen geholt. Anders ging es nicht mehr",
        "ein Feuerwehrmann",
      ],
    ],
  },
  {
    name: "Wiener Zeitung, Restitution: Museumsdirektorin, Nachfahrin, Ministerium, Historiker, meint",
    headline: "Klimt-Zeichnungen gehen an Erben zurück",
    standfirst:
      "Das Leopold Museum restituiert drei Blätter aus der Sammlung eines 1938 enteigneten Wiener " +
      "Industriellen.",
    paragraphs: [
      "Mehr als acht Jahrzehnte nach ihrer Beschlagnahme kehren drei Zeichnungen von Gustav Klimt zu " +
        "den Nachkommen ihres früheren Besitzers zurück. Der Kunstrückgabebeirat hatte im Herbst " +
        "empfohlen, die Blätter an die Erben des Industriellen Ernst Pollack zu übergeben.",
      "„Für uns ist das keine Frage des Verlusts, sondern der Gerechtigkeit“, sagte Museumsdirektorin " +
        "Helene Aigner bei der Übergabe am Mittwoch. Die Provenienzforschung des Hauses habe die Wege " +
        "der Zeichnungen über zwei Jahre lückenlos rekonstruiert.",
      "Für die Familie ist es ein bewegender Moment. Ruth Pollack-Green, eine Urenkelin des Sammlers, " +
        "war eigens aus London angereist. „Mein Großvater hat über diese Bilder nie gesprochen. Ich " +
        "glaube, es hat ihm zu sehr wehgetan“, erzählt die 72-Jährige. Was mit den Zeichnungen geschehen " +
        "soll, sei noch offen.",
      "Im Kulturministerium sprach man von einem „wichtigen Signal“. Österreich stelle sich seiner " +
        "Verantwortung, hieß es in einer Aussendung. Seit 1998 wurden aus Bundesmuseen mehr als 10.000 " +
        "Objekte zurückgegeben.",
      "Der Historiker Oliver Rathkolb mahnt dennoch zur Eile. Viele Fälle in Landesmuseen und privaten " +
        "Sammlungen seien noch gar nicht untersucht. „Die Generation, die sich noch erinnert, stirbt. " +
        "Wer jetzt nicht forscht, verliert die letzten Zeugen“, meint er.",
    ],
    quotes: [
      ["Für uns ist das keine Frage des Verlusts, sondern der Gerechtigkeit", "Helene Aigner"],
      [
        "Mein Großvater hat über diese Bilder nie gesprochen. Ich glaube, es hat ihm zu sehr wehgetan",
        "Ruth Pollack-Green",
      ],
      ["wichtigen Signal", "Kulturministerium"],
      [
        "Die Generation, die sich noch erinnert, stirbt. Wer jetzt nicht forscht, verliert die letzten " +
          "Zeugen",
        "Oliver Rathkolb",
      ],
    ],
  },
]);
