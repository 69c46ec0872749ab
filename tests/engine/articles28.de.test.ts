// A twenty-eighth round of composed German news articles, in the styles of outlets and beats the first
// twenty-seven rounds (articles.de to articles27.de) did not use: Norddeutsche Neueste Nachrichten (science:
// noctilucent clouds measured by lidar in Kühlungsborn, the physicist quoted in the headline and named only
// in the body with a doctor's title and as „die 47-Jährige“, continued with no verb, the authors writing,
// two men in one paragraph with „erklärt Doktorand“ and „mahnt zur Vorsicht:“, the institute's fragment
// with „spricht … von“, an amateur astronomer with „sagt er“, a journal's title and a term), Urner
// Wochenblatt (Switzerland, transport, with «…» and no ß: the Axenstrasse closed by a rockfall, a joiner
// quoted in the standfirst as „ein Gewerbler“ and named in the body as „der 52-Jährige“, split around „sagt
// Arnold“, the federal roads office's fragment in reported speech, the cantonal minister with „betont“, two
// women in one paragraph with „sagt die Pflegefachfrau“ and „lacht:“, an unnamed geologist after a colon, a
// project's and a steamer's names), Salzkammergut Zeitung (Austria, environment: whitefish vanishing from
// the Attersee, the fishers' fragment in the standfirst, a fisher as „der 58-Jährige“ continued with no
// verb, an institute writing in its report, two men in one paragraph with „rechnet er vor“ and „winkt ab:“,
// the regional minister's fragment with „stellte … in Aussicht“, an unnamed innkeeper after a colon, a
// campaign's name, closing reported speech with no marks), Die Weinstraße (South Tyrol, local life: the
// Egetmann parade in Tramin short of young people, the association's chairman quoted in the headline and
// named only in the body, continued with no verb, a pupil as „der Maturant“, aunt and niece sharing a
// surname in one paragraph with „erzählt die 71-Jährige“ and „schmunzelt:“, the mayor's fragment with
// „nennt“, the government commissariat's letter with „heißt es in einem Schreiben“, an unnamed villager, a
// mask's and a figure's names), Argentinisches Tageblatt (Argentina, sport: a German-Argentine rowing club
// winning a regatta in Tigre, the stroke's fragment in the standfirst and other quotes in the body continued
// with no verb, the coach as „der 61-Jährige“, two men in one paragraph with „räumte Kapitän … ein“ and
// „widersprach:“, the president's fragment in reported speech, an unnamed old member after a colon, a
// regatta's and a boat's names), junge Welt (business, with »…«: a strike at a packaging maker in
// Neumünster, a machine operator quoted in the headline and named only in the body, continued with no verb,
// a union secretary with „erklärte … gegenüber jW“ and continued, a management notice with „heißt es:“, two
// women in one paragraph with „sagt Wittorf“ and „nickt:“, an unnamed agency worker with „ruft:“, a
// so-called term), Saale-Zeitung (health: waiting for physiotherapy around Bad Kissingen, a patient as „die
// 68-Jährige“ and closing with no verb, a practice owner with „sagt er“ continued with no verb, a
// professional association's fragment with „warnt … vor“, an unnamed insurer's spokesman, two women in one
// paragraph with „sagt die 29-Jährige“ and „kann das verstehen:“, a programme's name), Elmshorner
// Nachrichten (crime: outboard motors stolen from the marina on the Krückau, a boat owner quoted in the
// standfirst as „ein Vereinsmitglied“ and named in the body as „der 63-Jährige“, the police spokeswoman
// split around „sagt Polizeisprecherin“, the police report's fragment with „Laut“, two men in one paragraph
// with „sagt Kähler“ and „hält wenig davon:“, an unnamed resident, a boat's and a campaign's names),
// Hanauer Anzeiger (courts: a scaffolder fined for undeclared work, the judge's fragment in the standfirst
// and a different quote in the body, the indictment's fragment with „ist … die Rede“, the accused by initial
// with „sagte der 51-Jährige“, an unnamed customs investigator, two men in one paragraph with the
// prosecutor's „sagte er“ and the defence's fragment in reported speech after „hielt dagegen:“, a so-called
// term) and Coburger Tageblatt (politics: a budget freeze after a slump in business tax, the treasurer's
// letter with „schreibt … in einem Schreiben“, the mayor with a quote over two paragraphs and „sagte der
// 55-Jährige“, two men in one paragraph with „sagte … Oesterlein“ and „ließ das nicht stehen:“, the Greens'
// leader's fragment with „warnte davor“, an unnamed spokeswoman of the district government, a youth
// centre's name, closing reported speech with no marks). Every article was written for these tests, blind,
// before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Norddeutsche Neueste Nachrichten, Wissenschaft: Physikerin in der Überschrift nur im Text " +
      "genannt mit Doktortitel und als die 47-Jährige, Fortsetzung ohne Verb, Autorinnen und Autoren " +
      "mit „schreiben“, zwei Männer in einem Absatz („erklärt Doktorand“, „mahnt zur Vorsicht:“), " +
      "Teilzitat des Instituts mit „spricht … von“, Hobbyastronom mit „sagt er“, Schlusszitat ohne " +
      "Verb nach Konjunktiv, Zeitschriftentitel und ein Fachkürzel",
    todo:
      "«Fieberthermometer der oberen Atmosphäre» goes to Das Leibniz-Institut für Atmosphärenphysik, " +
      "not Leibniz-Institut für Atmosphärenphysik",
    headline: "„Die Wolken sind heller geworden“: Kühlungsborner Forscher messen leuchtende Nachtwolken",
    standfirst:
      "Seit 30 Jahren beobachtet das Leibniz-Institut für Atmosphärenphysik die Wolken in 83 " +
      "Kilometern Höhe. Eine neue Auswertung zeigt einen deutlichen Trend.",
    paragraphs: [
      "In klaren Juninächten leuchten über der Ostsee manchmal silbrig-blaue Schleier, lange nach " +
        "Sonnenuntergang. Dr. Katrin Lübbe leitet am Leibniz-Institut für Atmosphärenphysik (IAP) in " +
        "Kühlungsborn die Lidar-Gruppe, die diese Wolken seit 1994 mit Laserstrahlen vermisst. „Die " +
        "Wolken sind heller geworden“, sagt die 47-Jährige. „Und wir sehen sie häufiger als noch in " +
        "den Neunzigern.“",
      "Die Auswertung von 30 Sommern ist jetzt in der Fachzeitschrift „Journal of Geophysical " +
        "Research: Atmospheres“ erschienen. „Die Helligkeit der Wolken hat über den gesamten Zeitraum " +
        "signifikant zugenommen“, schreiben die Autorinnen und Autoren.",
      "Als Ursache vermutet das Team vor allem den steigenden Methangehalt der Atmosphäre. „Mehr " +
        "Methan bedeutet mehr Wasserdampf dort oben, und Wasserdampf ist der Rohstoff dieser Wolken“, " +
        "erklärt Doktorand Jonas Wendt. Der Greifswalder Physiker Tobias Marquardt, der nicht an der " +
        "Studie beteiligt war, mahnt zur Vorsicht: „Ein Teil des Trends kann auch mit dem Sonnenzyklus " +
        "zusammenhängen.“",
      "Das IAP selbst spricht in einer Mitteilung von einem „Fieberthermometer der oberen " +
        "Atmosphäre“. Die Messungen in Kühlungsborn werden durch eine zweite Station auf der " +
        "norwegischen Insel Andøya ergänzt.",
      "Auch Uwe Pahl aus Rerik kennt die Wolken gut. Der Hobbyastronom fotografiert sie seit 2004 " +
        "vom Strand aus, in Fachkreisen werden sie schlicht „NLC“ genannt. „In manchen Nächten kann " +
        "man bei ihrem Licht Zeitung lesen“, sagt er.",
      "Ob die hellen Wolken ein Klimasignal seien, will Lübbe noch nicht abschließend beurteilen. " +
        "„Dafür brauchen wir noch zehn Jahre Messungen. Mindestens.“",
    ],
    quotes: [
      ["Die Wolken sind heller geworden", "Katrin Lübbe"],
      ["Und wir sehen sie häufiger als noch in den Neunzigern.", "Katrin Lübbe"],
      [
        "Die Helligkeit der Wolken hat über den gesamten Zeitraum signifikant zugenommen",
        "die Autorinnen und Autoren",
      ],
      [
        "Mehr Methan bedeutet mehr Wasserdampf dort oben, und Wasserdampf ist der Rohstoff dieser " +
          "Wolken",
        "Jonas Wendt",
      ],
      ["Ein Teil des Trends kann auch mit dem Sonnenzyklus zusammenhängen.", "Tobias Marquardt"],
      ["Fieberthermometer der oberen Atmosphäre", "Leibniz-Institut für Atmosphärenphysik"],
      ["In manchen Nächten kann man bei ihrem Licht Zeitung lesen", "Uwe Pahl"],
      ["Dafür brauchen wir noch zehn Jahre Messungen. Mindestens.", "Katrin Lübbe"],
    ],
  },
  {
    name:
      "Urner Wochenblatt, Verkehr (Schweiz, mit «…» und ohne ß): Schreiner im Vorspann als Gewerbler " +
      "zitiert und im Text genannt als der 52-Jährige, Teilzitat des Astra im Konjunktiv mit „teilte " +
      "… mit“, Schreiner geteilt um „sagt Arnold“, Baudirektor mit nachgestelltem „betont“, zwei " +
      "Frauen in einem Absatz („sagt die Pflegefachfrau“, „lacht:“), ungenannter Geologe nach " +
      "Doppelpunkt, Projektname und Schiffsname",
    todo: "«weiterhin in Bewegung» goes to das Bundesamt für Strassen, not Bundesamt für Strassen",
    headline: "Axenstrasse erneut gesperrt – Sisikon ist wieder abgeschnitten",
    standfirst:
      "Nach einem Felssturz bleibt die Strasse zwischen Flüelen und Sisikon mindestens eine Woche " +
      "zu. «Wir sind das gewohnt, aber nicht mehr lange», sagt ein Gewerbler.",
    paragraphs: [
      "Am Dienstagnachmittag lösten sich oberhalb der Axenstrasse rund 200 Kubikmeter Gestein. " +
        "Verletzt wurde niemand, die Strasse ist seither gesperrt. Die Felswand sei «weiterhin in " +
        "Bewegung», teilte das Bundesamt für Strassen (Astra) am Mittwoch mit.",
      "Beat Arnold führt in Sisikon eine Schreinerei mit sechs Angestellten. Es ist nicht die erste " +
        "Sperrung, die er erlebt. «Wir sind das gewohnt, aber nicht mehr lange», sagt der 52-Jährige.",
      "«Meine Leute fahren jetzt über Brunnen und Luzern nach Altdorf», sagt Arnold, «das ist eine " +
        "Stunde statt einer Viertelstunde.» Zwei Aufträge im Urner Talboden hat er bereits verschoben.",
      "Der Kanton sieht sich in seiner Forderung bestätigt. Das Projekt «Neue Axenstrasse» mit zwei " +
        "Tunneln ist seit Jahren durch Einsprachen blockiert. «Jede Sperrung zeigt, wie dringend wir " +
        "diesen Tunnel brauchen», betont der Urner Baudirektor Martin Herger.",
      "Wer kann, weicht aufs Wasser aus. Die Schifffahrtsgesellschaft setzt zusätzliche Kurse ein, " +
        "am Morgen fährt sogar der Dampfer «Uri». Monika Gisler pendelt seit Mittwoch mit dem Schiff " +
        "zur Arbeit ins Spital Altdorf. «Eigentlich ist es der schönste Arbeitsweg der Schweiz», sagt " +
        "die Pflegefachfrau. Neben ihr an der Reling steht Claudia Imhof, Lehrerin in Flüelen, und " +
        "lacht: «Bei Föhnsturm sagst du das nicht mehr.»",
      "Wann die Strasse wieder aufgeht, ist offen. Ein Geologe des Kantons, der die Wand täglich mit " +
        "einer Drohne überfliegt, will sich auf kein Datum festlegen: «Solange es regnet, machen wir " +
        "nicht auf.»",
    ],
    quotes: [
      ["Wir sind das gewohnt, aber nicht mehr lange", "Beat Arnold"],
      ["weiterhin in Bewegung", "Bundesamt für Strassen"],
      ["Meine Leute fahren jetzt über Brunnen und Luzern nach Altdorf", "Beat Arnold"],
      ["das ist eine Stunde statt einer Viertelstunde.", "Beat Arnold"],
      ["Jede Sperrung zeigt, wie dringend wir diesen Tunnel brauchen", "Martin Herger"],
      ["Eigentlich ist es der schönste Arbeitsweg der Schweiz", "Monika Gisler"],
      ["Bei Föhnsturm sagst du das nicht mehr.", "Claudia Imhof"],
      ["Solange es regnet, machen wir nicht auf.", "Ein Geologe des Kantons"],
    ],
  },
  {
    name:
      "Salzkammergut Zeitung, Umwelt (Österreich): Teilzitat der Berufsfischer im Vorspann, Fischer " +
      "als der 58-Jährige mit Fortsetzung ohne Verb, Institut mit „schreibt … in seinem " +
      "Fischereibericht“, zwei Männer in einem Absatz („rechnet er vor“, „winkt ab:“), Teilzitat der " +
      "Landesrätin mit „stellte … in Aussicht“, ungenannte Wirtin nach Doppelpunkt, Aktionsname, " +
      "Schluss im Konjunktiv ohne Zeichen",
    todo:
      "«Der Rückgang der Reinanke hängt eng mit der a…» goes to das Institut für Gewässerökologie und " +
      "Fischereiwirtschaft, not Institut für Gewässerökologie und Fischereiwirtschaft",
    headline: "Reinanken im Attersee: Fischer schlagen Alarm",
    standfirst:
      "Der Ertrag ist in fünf Jahren um zwei Drittel eingebrochen. Die Berufsfischer sprechen von " +
      "einer „schwarzen Saison“.",
    paragraphs: [
      "Johann Hemetsberger fischt in vierter Generation auf dem Attersee. 2019 hat er noch rund " +
        "4.000 Kilo Reinanken aus dem See geholt, heuer waren es keine 1.300. „Die Netze kommen halb " +
        "leer herauf“, sagt der 58-Jährige. „Und die Fische, die drin sind, sind mager.“",
      "Die Fachleute kennen das Problem. „Der Rückgang der Reinanke hängt eng mit der abnehmenden " +
        "Nährstoffkonzentration im See zusammen“, schreibt das Institut für Gewässerökologie und " +
        "Fischereiwirtschaft in Scharfling in seinem aktuellen Fischereibericht. Seit dem Bau der " +
        "Ringkanalisation in den Siebzigerjahren ist der Attersee einer der saubersten Seen des Landes.",
      "Nicht alle wollen das als einzige Erklärung gelten lassen. Alois Pachinger, Obmann des " +
        "Fischereireviers Attersee, sieht auch die Kormorane als Problem. „Ein Kormoran frisst am Tag " +
        "ein halbes Kilo Fisch“, rechnet er vor. Hemetsberger winkt ab: „Der Kormoran ist nicht " +
        "schuld, der See ist einfach zu sauber geworden.“",
      "Das Land Oberösterreich will den Betrieben helfen. Agrarlandesrätin Gertraud Aigner stellte " +
        "am Montag „eine Überbrückungshilfe noch vor dem Winter“ in Aussicht. Zusätzlich soll die " +
        "Aktion „Fisch vom Heimatsee“ Gastronomen dazu bringen, heimische Arten auf die Karte zu " +
        "setzen.",
      "Dort wird es schon jetzt knapp. Eine Wirtin in Nußdorf, die seit Jahrzehnten Reinanken aus " +
        "dem See serviert, muss inzwischen Fisch aus dem Bodensee zukaufen: „Die Gäste merken den " +
        "Unterschied, ich auch.“",
      "Ans Aufhören denkt Hemetsberger trotzdem nicht. Solange sein Sohn mit ihm hinausfahre, mache " +
        "er weiter, sagt er.",
    ],
    quotes: [
      ["schwarzen Saison", "Die Berufsfischer"],
      ["Die Netze kommen halb leer herauf", "Johann Hemetsberger"],
      ["Und die Fische, die drin sind, sind mager.", "Johann Hemetsberger"],
      [
        "Der Rückgang der Reinanke hängt eng mit der abnehmenden Nährstoffkonzentration im See " + "zusammen",
        "Institut für Gewässerökologie und Fischereiwirtschaft",
      ],
      ["Ein Kormoran frisst am Tag ein halbes Kilo Fisch", "Alois Pachinger"],
      ["Der Kormoran ist nicht schuld, der See ist einfach zu sauber geworden.", "Johann Hemetsberger"],
      ["eine Überbrückungshilfe noch vor dem Winter", "Gertraud Aigner"],
      ["Die Gäste merken den Unterschied, ich auch.", "Eine Wirtin in Nußdorf"],
    ],
  },
  {
    name:
      "Die Weinstraße, Lokales (Südtirol): Obmann in der Überschrift nur im Text genannt mit " +
      "Fortsetzung ohne Verb, Maturant mit Alter in der Apposition und „sagt der Maturant“, Tante " +
      "und Nichte mit gleichem Nachnamen in einem Absatz („erzählt die 71-Jährige“, „schmunzelt:“), " +
      "Teilzitat des Bürgermeisters mit „nennt“, Schreiben des Regierungskommissariats mit „heißt es " +
      "in einem Schreiben“, ungenannte Traminerin nach Doppelpunkt, Maskenname und Figurenname",
    headline: "Egetmann-Umzug: „Ohne die Jungen gibt es keinen Umzug“",
    standfirst:
      "Am Faschingsdienstag zieht der Egetmann wieder durch Tramin. Hinter den Kulissen suchen die " +
      "Organisatoren händeringend Nachwuchs – und Geld für die Sicherheit.",
    paragraphs: [
      "Seit Wochen wird in den Stadeln geschnitzt, genäht und geprobt. Mehrere hundert Mitwirkende " +
        "braucht der Umzug, der nur in ungeraden Jahren stattfindet. „Ohne die Jungen gibt es keinen " +
        "Umzug“, sagt Florian Pomella, Obmann des Egetmann-Vereins. „Und die Jungen studieren heute in " +
        "Innsbruck oder Wien und kommen nur am Wochenende heim.“",
      "Besonders gefragt sind kräftige Burschen für die „Schnappviecher“, die schweren Holzmasken " +
        "mit klapperndem Maul. Ein Schnappviech wiegt bis zu 15 Kilo. Am Ende des Umzugs steht, wie " +
        "seit jeher, die Hochzeit des „Egetmann Hansl“.",
      "Lukas Dissertori, 19 Jahre alt, trägt heuer zum ersten Mal eines. „Mein Vater hat es " +
        "getragen, mein Großvater auch, da fragt man nicht lange“, sagt der Maturant.",
      "In der Nähstube im Vereinshaus sitzen an diesem Abend fünf Frauen. Maria Kofler näht seit " +
        "1985 Kostüme für den Umzug. „Früher waren wir zu zwölft, heute sind wir zu fünft“, erzählt " +
        "die 71-Jährige. Ihre Nichte Sabine Kofler, die heuer zum ersten Mal mithilft, schmunzelt: " +
        "„Dafür haben wir jetzt eine Nähmaschine, die nicht von 1960 ist.“",
      "Bürgermeister Thomas Roner nennt den Umzug „das Herz des Dorfes“. Die Gemeinde hat ihren " +
        "Beitrag auf 25.000 Euro erhöht, denn die Auflagen sind gestiegen. „Für Veranstaltungen dieser " +
        "Größenordnung ist ein Sicherheitskonzept mit Sanitäts- und Ordnungsdienst vorgeschrieben“, " +
        "heißt es in einem Schreiben des Regierungskommissariats in Bozen.",
      "Eine Traminerin, die seit ihrer Kindheit keinen Umzug verpasst hat, macht sich trotzdem keine " +
        "Sorgen: „Am Ende ist der Egetmann noch immer fertig geworden, irgendwie.“",
    ],
    quotes: [
      ["Ohne die Jungen gibt es keinen Umzug", "Florian Pomella"],
      [
        "Und die Jungen studieren heute in Innsbruck oder Wien und kommen nur am Wochenende heim.",
        "Florian Pomella",
      ],
      ["Mein Vater hat es getragen, mein Großvater auch, da fragt man nicht lange", "Lukas Dissertori"],
      ["Früher waren wir zu zwölft, heute sind wir zu fünft", "Maria Kofler"],
      ["Dafür haben wir jetzt eine Nähmaschine, die nicht von 1960 ist.", "Sabine Kofler"],
      ["das Herz des Dorfes", "Thomas Roner"],
      [
        "Für Veranstaltungen dieser Größenordnung ist ein Sicherheitskonzept mit Sanitäts- und " +
          "Ordnungsdienst vorgeschrieben",
        "Regierungskommissariat in Bozen",
      ],
      ["Am Ende ist der Egetmann noch immer fertig geworden, irgendwie.", "Eine Traminerin"],
    ],
  },
  {
    name:
      "Argentinisches Tageblatt, Sport (Argentinien): Teilzitat des Schlagmanns im Vorspann und " +
      "andere Zitate im Text mit Fortsetzung ohne Verb, Trainer als der 61-Jährige mit „meinte“, " +
      "zwei Männer in einem Absatz („räumte Kapitän … ein“, „widersprach:“), Teilzitat der " +
      "Präsidentin im Konjunktiv mit „dankte“, ungenannter älterer Herr nach Doppelpunkt, Regatta- " +
      "und Bootsname",
    headline: "Teutonia-Achter gewinnt auf dem Río Luján",
    standfirst:
      "Nach elf Jahren holen die Ruderer aus Tigre wieder den Pokal der „Regata del Delta“. Ihr " +
      "Schlagmann spricht von einem „Sieg für den ganzen Verein“.",
    paragraphs: [
      "Am Sonntagvormittag, bei leichtem Gegenwind und Sonnenschein, siegte der Achter des " +
        "Ruderclubs Teutonia über 2000 Meter mit einer Bootslänge Vorsprung vor dem Buenos Aires " +
        "Rowing Club. Für den 1890 von deutschen Einwanderern gegründeten Verein ist es der erste Sieg " +
        "in diesem Rennen seit 2014.",
      "„Wir haben im Winter jeden Morgen um fünf Uhr trainiert, bei Nebel und bei Kälte“, sagte " +
        "Schlagmann Martín Hoffmann nach dem Rennen. „Dieser Pokal gehört auch den Leuten, die uns das " +
        "Frühstück gemacht haben.“",
      "Trainer Jorge Echeverría hatte die Mannschaft im Frühjahr neu zusammengestellt, mit vier " +
        "Ruderern unter 21 Jahren. „Auf den letzten 500 Metern hat man gesehen, wer mehr im Tank hat“, " +
        "meinte der 61-Jährige.",
      "Beim Rowing Club war die Enttäuschung groß. „Wir sind zu schnell angegangen“, räumte Kapitän " +
        "Ignacio Ferreyra ein. Sein Teamkollege Santiago Blanco widersprach: „Wir sind nicht zu " +
        "schnell angegangen, wir waren einfach nicht gut genug.“",
      "Gerudert wurde im neuen Boot, das auf den Namen „Delta II“ getauft ist. Vereinspräsidentin " +
        "Ingrid Bauer dankte bei der Siegerehrung den Mitgliedern, die „jeden Peso für das neue Boot " +
        "zusammengelegt“ hätten.",
      "Am Steg des Clubhauses wurde bis in den Nachmittag gefeiert. Ein älterer Herr, nach eigenen " +
        "Angaben seit 1958 Mitglied, wischte sich die Augen: „Das erlebe ich vielleicht nicht noch " +
        "einmal.“",
    ],
    quotes: [
      ["Sieg für den ganzen Verein", "Martín Hoffmann"],
      ["Wir haben im Winter jeden Morgen um fünf Uhr trainiert, bei Nebel und bei Kälte", "Martín Hoffmann"],
      ["Dieser Pokal gehört auch den Leuten, die uns das Frühstück gemacht haben.", "Martín Hoffmann"],
      ["Auf den letzten 500 Metern hat man gesehen, wer mehr im Tank hat", "Jorge Echeverría"],
      ["Wir sind zu schnell angegangen", "Ignacio Ferreyra"],
      ["Wir sind nicht zu schnell angegangen, wir waren einfach nicht gut genug.", "Santiago Blanco"],
      ["jeden Peso für das neue Boot zusammengelegt", "Ingrid Bauer"],
      ["Das erlebe ich vielleicht nicht noch einmal.", "Ein älterer Herr"],
    ],
  },
  {
    name:
      "junge Welt, Wirtschaft (mit »…«): Maschinenführerin in der Überschrift nur im Text genannt " +
      "als die 44-Jährige mit Fortsetzung ohne Verb, Gewerkschaftssekretär mit „erklärte … gegenüber " +
      "jW“ und Fortsetzung, Aushang der Geschäftsführung mit „heißt es:“, zwei Frauen in einem " +
      "Absatz („sagt Wittorf“, „nickt:“), ungenannter Leiharbeiter mit „ruft“, ein sogenannter " +
      "Begriff, Schluss ohne Zeichen",
    todo:
      "«Ein Flächentarifvertrag würde die Wettbewerbs…» goes to Geschäftsführung am Werkstor, not " +
      "Geschäftsführung",
    headline: "»Wir sind keine Leute zweiter Klasse«",
    standfirst:
      "Seit 14 Tagen streiken die Beschäftigten des Verpackungsherstellers Nordpack in Neumünster " +
      "für einen Tarifvertrag. Die Geschäftsführung setzt auf Leiharbeiter.",
    paragraphs: [
      "Vor dem Werkstor im Gewerbegebiet Süd brennt ein Feuer in einer Tonne, daneben stehen " +
        "Thermoskannen auf einem Klapptisch. Maschinenführerin Derya Aksoy ist seit sechs Uhr auf dem " +
        "Streikposten. »Wir sind keine Leute zweiter Klasse«, sagt die 44-Jährige. »Aber genau so " +
        "behandelt man uns hier.«",
      "Nach Angaben der IG BCE verdienen die rund 230 Beschäftigten bis zu 600 Euro im Monat weniger " +
        "als in tarifgebundenen Betrieben der Branche. »Das Unternehmen verdient gut, die " +
        "Auftragsbücher sind voll«, erklärte Gewerkschaftssekretär Malte Brodersen am Montag gegenüber " +
        "jW. »Es gibt keinen Grund, den Kolleginnen und Kollegen einen Tarifvertrag zu verweigern.«",
      "Eine Anfrage dieser Zeitung ließ die Geschäftsführung unbeantwortet. In einem Aushang der " +
        "Geschäftsführung am Werkstor heißt es: »Ein Flächentarifvertrag würde die " +
        "Wettbewerbsfähigkeit des Standorts gefährden.« Seit Beginn des Streiks lässt das Unternehmen " +
        "sogenannte »Springer« aus einem Hamburger Verleihbetrieb die Maschinen bedienen.",
      "Neben Aksoy steht ihre Kollegin Jana Wittorf, seit 19 Jahren im Betrieb. »Meine Tochter " +
        "verdient als Azubi bei der Konkurrenz fast so viel wie ich«, sagt Wittorf. Aksoy nickt: »Und " +
        "dann wundern sie sich, dass keiner mehr anfangen will.«",
      "Gegen Mittag fährt ein Kleinbus mit Leiharbeitern durch das Tor. Die Streikenden pfeifen. Ein " +
        "Leiharbeiter kurbelt das Fenster herunter und ruft: »Ich muss auch meine Miete zahlen!«",
      "Die IG BCE kündigte an, den Streik ab Donnerstag auf die Spätschicht auszuweiten.",
    ],
    quotes: [
      ["Wir sind keine Leute zweiter Klasse", "Derya Aksoy"],
      ["Aber genau so behandelt man uns hier.", "Derya Aksoy"],
      ["Das Unternehmen verdient gut, die Auftragsbücher sind voll", "Malte Brodersen"],
      [
        "Es gibt keinen Grund, den Kolleginnen und Kollegen einen Tarifvertrag zu verweigern.",
        "Malte Brodersen",
      ],
      ["Ein Flächentarifvertrag würde die Wettbewerbsfähigkeit des Standorts gefährden.", "Geschäftsführung"],
      ["Meine Tochter verdient als Azubi bei der Konkurrenz fast so viel wie ich", "Jana Wittorf"],
      ["Und dann wundern sie sich, dass keiner mehr anfangen will.", "Derya Aksoy"],
      ["Ich muss auch meine Miete zahlen!", "Ein Leiharbeiter"],
    ],
  },
  {
    name:
      "Saale-Zeitung, Gesundheit: Patientin als die 68-Jährige mit „erzählt“ und Schlusszitat ohne " +
      "Verb, Praxisinhaber mit „sagt er“ und Fortsetzung ohne Verb, Teilzitat eines Berufsverbands " +
      "mit „warnt … vor“, ungenannter Kassensprecher mit „teilte … auf Anfrage mit“, zwei Frauen in " +
      "einem Absatz („sagt die 29-Jährige“, „kann das verstehen:“), Programmname",
    headline: "Sechs Wochen warten auf die Krankengymnastik",
    standfirst:
      "In Bad Kissingen und Umgebung fehlen Physiotherapeuten. Patienten mit Rezept werden " +
      "vertröstet, viele Praxen nehmen niemanden mehr auf.",
    paragraphs: [
      "Seit ihrer Knieoperation im Oktober hat Renate Hüttner zwölf Einheiten Krankengymnastik " +
        "verordnet bekommen. Einen Termin hat sie bis heute nicht. „Ich habe elf Praxen angerufen, elf " +
        "Mal hieß es Aufnahmestopp“, erzählt die 68-Jährige aus Oerlenbach.",
      "Michael Schüßler betreibt am Kurgarten eine Praxis mit acht Therapeuten, zwei Stellen sind " +
        "seit einem Jahr unbesetzt. „Ich könnte morgen zwei Leute einstellen, wenn ich sie finden " +
        "würde“, sagt er. „Die Kurkliniken zahlen einfach mehr.“",
      "Das Problem ist nicht auf die Rhön beschränkt. Der Berufsverband Physio Deutschland warnt in " +
        "einem Positionspapier vor einem „Versorgungskollaps auf dem Land“. Bundesweit seien Tausende " +
        "Stellen unbesetzt.",
      "Die Krankenkassen verweisen auf die gestiegene Vergütung. „Die Preise für Heilmittel sind in " +
        "den vergangenen fünf Jahren um mehr als 40 Prozent gestiegen“, teilte ein Sprecher der AOK " +
        "Bayern auf Anfrage mit.",
      "Lena Markert hat vor einem Jahr von einer Praxis in Hammelburg in eine Rehaklinik gewechselt. " +
        "„In der Klinik habe ich feste Zeiten und kein Wochenende“, sagt die 29-Jährige. Ihre frühere " +
        "Chefin Sabine Gräf kann das verstehen: „Ich würde ihr gern mehr zahlen. Die Kassen geben es " +
        "nicht her.“",
      "Das Landratsamt will über das Programm „Gesundheitsregion plus“ an Schulen für den Beruf " +
        "werben. Renate Hüttner hat inzwischen doch einen Termin, über eine Bekannte. „Man braucht " +
        "halt Beziehungen, sogar fürs Knie.“",
    ],
    quotes: [
      ["Ich habe elf Praxen angerufen, elf Mal hieß es Aufnahmestopp", "Renate Hüttner"],
      ["Ich könnte morgen zwei Leute einstellen, wenn ich sie finden würde", "Michael Schüßler"],
      ["Die Kurkliniken zahlen einfach mehr.", "Michael Schüßler"],
      ["Versorgungskollaps auf dem Land", "Physio Deutschland"],
      [
        "Die Preise für Heilmittel sind in den vergangenen fünf Jahren um mehr als 40 Prozent " + "gestiegen",
        "ein Sprecher der AOK Bayern",
      ],
      ["In der Klinik habe ich feste Zeiten und kein Wochenende", "Lena Markert"],
      ["Ich würde ihr gern mehr zahlen. Die Kassen geben es nicht her.", "Sabine Gräf"],
      ["Man braucht halt Beziehungen, sogar fürs Knie.", "Renate Hüttner"],
    ],
  },
  {
    name:
      "Elmshorner Nachrichten, Blaulicht: Bootseigner im Vorspann als Vereinsmitglied zitiert und im " +
      "Text genannt als der 63-Jährige mit Fortsetzung ohne Verb, Polizeisprecherin geteilt um „sagt " +
      "Polizeisprecherin“, Teilzitat mit „Laut Polizeibericht“, zwei Männer in einem Absatz („sagt " +
      "Kähler“, „hält wenig davon:“), ungenannter Anwohner mit „sagt der Mann“, Bootsname und " +
      "Kampagnenname",
    headline: "Außenborder-Diebe schlagen im Yachthafen zu",
    standfirst:
      "Zwölf Motoren in einer Nacht: Bootseigner an der Krückau sind fassungslos. „Die wussten " +
      "genau, was sie wollten“, sagt ein Vereinsmitglied.",
    paragraphs: [
      "In der Nacht zu Sonnabend haben Unbekannte im Elmshorner Yachthafen an der Krückau zwölf " +
        "Außenbordmotoren von Booten abmontiert. Den Schaden schätzt die Polizei auf mehr als 40.000 " +
        "Euro.",
      "Jörn Tiedemann entdeckte den Diebstahl am Morgen, als er nach seiner Jolle „Möwe II“ sehen " +
        "wollte. Der Motor war weg, das Schloss durchtrennt. „Die wussten genau, was sie wollten“, " +
        "sagt der 63-Jährige. „Die billigen Motoren haben sie hängen lassen.“",
      "„Wir gehen von einer professionell organisierten Tätergruppe aus“, sagt Polizeisprecherin " +
        "Jana Lüders von der Polizeidirektion Bad Segeberg, „die Motoren werden oft noch in derselben " +
        "Nacht ins Ausland gebracht.“ Laut Polizeibericht waren die Täter mit „mindestens einem " +
        "Transporter und einem Schlauchboot“ unterwegs.",
      "Im Hafen wird nun über Schutz diskutiert. Hafenmeister Uwe Kähler will Kameras aufstellen " +
        "lassen. „Wir haben hier keinen Zaun, keinen Wachdienst, nichts“, sagt Kähler. Der Vorsitzende " +
        "des Segelclubs, Hauke Sievers, hält wenig davon: „Eine Kamera hält keinen ab, der mit dem " +
        "Schlauchboot kommt.“",
      "Ein Anwohner hat in der Nacht gegen drei Uhr ein Motorboot auf dem Fluss gehört. „Ich dachte, " +
        "das sind Angler“, sagt der Mann, der seinen Namen nicht in der Zeitung lesen möchte.",
      "Die Polizei rät Bootseignern, ihre Motoren zu codieren und sich an der Kampagne „Motor weg? " +
        "Nicht mit uns!“ zu beteiligen. Hinweise nimmt die Kriminalpolizei Elmshorn entgegen.",
    ],
    quotes: [
      ["Die wussten genau, was sie wollten", "Jörn Tiedemann"],
      ["Die billigen Motoren haben sie hängen lassen.", "Jörn Tiedemann"],
      ["Wir gehen von einer professionell organisierten Tätergruppe aus", "Jana Lüders"],
      ["die Motoren werden oft noch in derselben Nacht ins Ausland gebracht.", "Jana Lüders"],
      ["mindestens einem Transporter und einem Schlauchboot", "Polizeibericht"],
      ["Wir haben hier keinen Zaun, keinen Wachdienst, nichts", "Uwe Kähler"],
      ["Eine Kamera hält keinen ab, der mit dem Schlauchboot kommt.", "Hauke Sievers"],
      ["Ich dachte, das sind Angler", "Ein Anwohner"],
    ],
  },
  {
    name:
      "Hanauer Anzeiger, Gericht: Teilzitat der Richterin im Vorspann und ein anderes Zitat im Text " +
      "mit „sagte die Vorsitzende Richterin“, Teilzitat der Anklageschrift mit „ist … die Rede“, " +
      "Angeklagter mit Initial und „sagte der 51-Jährige“, ungenannter Zollermittler mit „berichtete " +
      "der Beamte“, zwei Männer in einem Absatz (Staatsanwalt mit „sagte er“, Teilzitat des " +
      "Verteidigers im Konjunktiv mit „hielt dagegen:“), ein sogenannter Begriff",
    todo:
      "«System aus Scheinrechnungen und Barlohnzahlungen» not found; «Ich wollte die Firma retten " +
      "und habe alles nu…» goes to Der Angeklagte, not Enver K.",
    headline: "Schwarzarbeit am Bau: Bewährungsstrafe für Gerüstbauer",
    standfirst:
      "Der Unternehmer aus Maintal hat die Sozialkassen um rund 380.000 Euro geprellt. Die Richterin " +
      "spricht von einem „Betrug an allen Beitragszahlern“.",
    paragraphs: [
      "Über vier Jahre beschäftigte Enver K. in seinem Gerüstbaubetrieb bis zu 14 Arbeiter, die " +
        "meisten davon gar nicht oder nur als Minijobber angemeldet. Unterwegs waren sie in " +
        "sogenannten „Kolonnen“. Das Schöffengericht am Amtsgericht Hanau verurteilte den 51-Jährigen " +
        "am Donnerstag zu zwei Jahren Haft auf Bewährung.",
      "In der Anklageschrift ist von einem „System aus Scheinrechnungen und Barlohnzahlungen“ die " +
        "Rede. Über eine Firma in Offenbach, die nur auf dem Papier existierte, soll K. Rechnungen für " +
        "Arbeiten eingekauft haben, die nie erbracht wurden.",
      "Der Angeklagte räumte die Vorwürfe über seinen Verteidiger ein. Dann sprach er selbst. „Ich " +
        "wollte die Firma retten und habe alles nur schlimmer gemacht“, sagte der 51-Jährige mit " +
        "leiser Stimme.",
      "Ein Ermittler der Finanzkontrolle Schwarzarbeit schilderte die Durchsuchung im Frühjahr 2023. " +
        "„Wir haben in der Werkstatt einen Schuhkarton mit Lohnzetteln gefunden, handschriftlich, ohne " +
        "Namen“, berichtete der Beamte.",
      "Staatsanwalt Jochen Rauch hatte zwei Jahre und sechs Monate ohne Bewährung gefordert. „Hier " +
        "ist über Jahre systematisch betrogen worden“, sagte er. Verteidiger Markus Eckert hielt " +
        "dagegen: Sein Mandant habe den Schaden „zu einem erheblichen Teil“ bereits beglichen und den " +
        "Betrieb inzwischen sauber aufgestellt.",
      "„Sie haben sich einen Wettbewerbsvorteil verschafft, den ehrliche Betriebe nie hatten“, sagte " +
        "die Vorsitzende Richterin Claudia Hofmann-Wenzel in der Urteilsbegründung. Als " +
        "Bewährungsauflage muss K. den restlichen Schaden in monatlichen Raten zurückzahlen. Das " +
        "Urteil ist noch nicht rechtskräftig.",
    ],
    quotes: [
      ["Betrug an allen Beitragszahlern", "Claudia Hofmann-Wenzel"],
      ["System aus Scheinrechnungen und Barlohnzahlungen", "Anklageschrift"],
      ["Ich wollte die Firma retten und habe alles nur schlimmer gemacht", "Enver K."],
      [
        "Wir haben in der Werkstatt einen Schuhkarton mit Lohnzetteln gefunden, handschriftlich, " +
          "ohne Namen",
        "Ein Ermittler der Finanzkontrolle Schwarzarbeit",
      ],
      ["Hier ist über Jahre systematisch betrogen worden", "Jochen Rauch"],
      ["zu einem erheblichen Teil", "Markus Eckert"],
      [
        "Sie haben sich einen Wettbewerbsvorteil verschafft, den ehrliche Betriebe nie hatten",
        "Claudia Hofmann-Wenzel",
      ],
    ],
  },
  {
    name:
      "Coburger Tageblatt, Politik: Brief der Kämmerin mit „schreibt … in einem Schreiben“, " +
      "Oberbürgermeister mit einem Zitat über zwei Absätze und „sagte der 55-Jährige“, zwei Männer " +
      "in einem Absatz („sagte Oesterlein“, „ließ das nicht stehen:“), Teilzitat der " +
      "Grünen-Fraktionschefin mit „warnte davor“, ungenannte Sprecherin der Regierung von " +
      "Oberfranken, Name eines Jugendzentrums, Schluss im Konjunktiv ohne Zeichen",
    headline: "Haushaltssperre: Coburg zieht die Notbremse",
    standfirst:
      "Weil die Gewerbesteuer um fast 40 Millionen Euro einbricht, stoppt die Stadt alle nicht " +
      "zwingenden Ausgaben. Der Stadtrat stritt am Donnerstag über die Folgen.",
    paragraphs: [
      "Die Nachricht kam per Brief, und sie kam kurz vor Sitzungsbeginn. „Die Lage ist ernst, aber " +
        "sie ist nicht hoffnungslos“, schreibt Kämmerin Birgit Stöhr in einem Schreiben an alle " +
        "Stadtratsmitglieder, das dem Tageblatt vorliegt. Grund für den Einbruch sind Rückzahlungen an " +
        "den größten Steuerzahler der Stadt.",
      "Oberbürgermeister Andreas Pfadenhauer (SPD) verteidigte die Sperre zu Beginn der Sitzung. " +
        "„Wir können kein Geld ausgeben, das wir nicht haben. Das wäre verantwortungslos gegenüber den " +
        "nächsten Generationen.",
      "„Deshalb werden wir jedes Projekt noch einmal anfassen, auch die, die uns allen am Herzen " +
        "liegen“, sagte der 55-Jährige.",
      "Die Opposition sah sich bestätigt. „Seit Jahren warnen wir davor, sich auf einen einzigen " +
        "Steuerzahler zu verlassen“, sagte CSU-Fraktionschef Jürgen Oesterlein. Pfadenhauer ließ das " +
        "nicht stehen: „Dann hätten Sie auch nicht jeder Ausgabe zustimmen dürfen.“",
      "Offen ist unter anderem, ob der Umbau des Jugendzentrums „Die Kiste“ wie geplant im Frühjahr " +
        "beginnt. Grünen-Fraktionsvorsitzende Anja Bräutigam warnte davor, ausgerechnet bei Kultur und " +
        "Jugend „den Rotstift zuerst anzusetzen“.",
      "Die Bezirksregierung in Bayreuth prüft als Rechtsaufsicht den Nachtragshaushalt. „Wir stehen " +
        "mit der Stadt in engem Austausch“, teilte eine Sprecherin der Regierung von Oberfranken mit. " +
        "Eine Entscheidung werde es frühestens im Januar geben.",
    ],
    quotes: [
      ["Die Lage ist ernst, aber sie ist nicht hoffnungslos", "Birgit Stöhr"],
      [
        "Wir können kein Geld ausgeben, das wir nicht haben. Das wäre verantwortungslos gegenüber " +
          "den nächsten Generationen.",
        "Andreas Pfadenhauer",
      ],
      [
        "Deshalb werden wir jedes Projekt noch einmal anfassen, auch die, die uns allen am Herzen " +
          "liegen",
        "Andreas Pfadenhauer",
      ],
      [
        "Seit Jahren warnen wir davor, sich auf einen einzigen Steuerzahler zu verlassen",
        "Jürgen Oesterlein",
      ],
      ["Dann hätten Sie auch nicht jeder Ausgabe zustimmen dürfen.", "Andreas Pfadenhauer"],
      ["den Rotstift zuerst anzusetzen", "Anja Bräutigam"],
      ["Wir stehen mit der Stadt in engem Austausch", "eine Sprecherin der Regierung von Oberfranken"],
    ],
  },
]);
