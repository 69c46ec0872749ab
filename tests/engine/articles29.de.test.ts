// A twenty-ninth round of composed German news articles, in the styles of outlets and beats the first
// twenty-eight rounds (articles.de to articles28.de) did not use: Eckernförder Zeitung (science: methane
// from the seabed measured at the Boknis Eck station, a marine chemist quoted in the headline and named
// only in the body with a doctor's title and as „die 45-Jährige“, continued with no verb and closing after
// „räumt … ein“ with no verb, the study with „heißt es in der Studie“, two men in one paragraph with
// „erklärt Doktorand“ and „sieht noch einen zweiten Treiber:“, the institute's fragment with „Laut“, an
// unnamed fisher after „erinnert sich:“, a journal's and a research cutter's names), Willisauer Bote
// (Switzerland, local life, with «…» and no ß: a village inn reopened by a cooperative, its president
// quoted in the standfirst as „deren Präsidentin“ and named in the body, a quote over two paragraphs
// closed by „sagt Stirnimann“, two men in one paragraph with „erklärt der 34-jährige Pächter“ and „hebt das
// Glas:“, the statutes' fragment with „heisst es“, an unnamed senior after a colon, the inn's name),
// Vinschgerwind (South Tyrol, environment: drought and the irrigation channels of the Vinschgau, the
// regional minister's fragment in the standfirst and a quote in the body, a channel keeper as „der
// 66-Jährige“ and his nickname, the irrigation consortium's circular with „teilte … mit“, two women in one
// paragraph with „klagt“ and reported speech followed by a quote with no verb, an environmental group's
// fragment with „nennt“, an unnamed hiking guide with „sagt:“, a path's name), Allgemeine Deutsche Zeitung
// für Rumänien (Romania, culture: a restored organ in the fortified church of Hetzeldorf, the organ
// builder's fragment in the standfirst and a quote in the body with „berichtete“, the cantor with a hymn's
// title nested in her quote, two women in one paragraph with „fügte leise hinzu:“, a foundation's fragment
// in reported speech with „heißt es“, the Romanian mayor with „sagte er“, an unnamed visitor with no verb,
// a concert series' name), Schwäbische Zeitung (business: a conveyor maker in Bad Saulgau sold to a US
// investor, the company's press release with „heißt es in einer Pressemitteilung“, the owner sharing the
// company's name, split around „sagt der 61-Jährige“, the union's fragment with „Laut“, two women in one
// paragraph with „warnt sie“ and „ist vorsichtig optimistisch:“, an unnamed welder after „sagt es … so:“,
// the mayor's fragment with „sprach von“, a product line's name, closing reported speech with no marks),
// Bergedorfer Zeitung (transport: the S-Bahn to Hamburg closed for six weeks, a nurse quoted in the
// headline and named only in the body as „die 38-Jährige“, continued and closing with no verb, Deutsche
// Bahn with „teilte … mit“, the HVV's fragment with „nach Angaben“, two men in one paragraph with inverted
// „kritisiert der Grünen-Abgeordnete“ and „nimmt die Bahn in Schutz:“, an unnamed bus driver with „kennt das
// Problem:“, a slogan on a poster), Gelnhäuser Neue Zeitung (education: a daily reading time at a primary
// school, the head teacher as „die 51-Jährige“ continued with no verb, a pupil by first name with a
// fragment and „wie er zugibt“ and a quote with no verb, two women in one paragraph with „erzählt …, Mutter
// von zwei Kindern“ and „kennt auch die andere Seite:“, the school office's spokeswoman's fragment in
// reported speech, the union's chairman's fragment with „warnt vor“, a book's title and a programme's
// name), Traunsteiner Tagblatt (sport: a biathlete from Siegsdorf on her first World Cup podium in
// Ruhpolding, she with „strahlte“ and continued with no verb, the national coach split around „sagte
// Bundestrainer“, mother and sister sharing a surname in one paragraph with „gab die 56-Jährige zu“ and
// „lachte:“, the club with „schrieb der Verein“, an unnamed spectator after a colon, a nickname and a
// bedsheet banner, closing reported speech with no marks), Vorarlberger Nachrichten (Austria, courts: a
// drunk driver sentenced in Feldkirch, the accused by initial quoted in the headline and as „der
// 43-Jährige“, the expert report's fragment with „Laut Gutachten“, the injured mother with „schilderte die
// Lehrerin“, two men in one paragraph with the prosecutor's inverted „sagte Staatsanwalt“ and the defence's
// fragment in reported speech after „bat um Milde:“, the judge with „hielt sie … vor“, an unnamed friend of
// the accused after a colon, a so-called term) and Heidenheimer Zeitung (politics: a town council approving
// refugee housing in a former hotel, the mayor's fragment in the standfirst as „Der Bürgermeister“ and a
// continued quote in the body, the district office's letter with „heißt es in einem Schreiben“ and its
// fragment with „zufolge“, two women in one paragraph with „kritisierte“ and „widersprach:“, an unnamed
// resident with „rief“, a hotel's name and a placard, closing reported speech with no marks). Every article
// was written for these tests, blind, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Eckernförder Zeitung, Wissenschaft: Meereschemikerin in der Überschrift nur im Text genannt " +
      "mit Doktortitel und als die 45-Jährige, Fortsetzung ohne Verb, Studie mit „heißt es in der " +
      "Studie“, zwei Männer in einem Absatz („erklärt Doktorand“, „sieht noch einen zweiten " +
      "Treiber:“), Teilzitat mit „Laut Geomar“, ungenannter Fischer mit „erinnert sich:“, Schlusszitat " +
      "ohne Verb nach Konjunktiv, Zeitschriften- und Schiffsname",
    todo:
      "«eine der ältesten noch betriebenen Zeitreihen…» goes to Geomar, not Geomar Helmholtz-Zentrum für " +
      "Ozeanforschung Kiel",
    headline: "„Der Boden der Bucht blubbert“: Messstation vor Eckernförde zeigt mehr Methan",
    standfirst:
      "Seit 1957 wird an der Station Boknis Eck Ostseewasser untersucht. Kieler Meeresforscher haben " +
      "jetzt erstmals 15 Jahre Methan-Messungen ausgewertet.",
    paragraphs: [
      "Bei ruhiger See kann man sie manchmal sehen: feine Gasblasen, die draußen in der Eckernförder " +
        "Bucht an die Oberfläche steigen. Dr. Friederike Asmussen, Meereschemikerin am Geomar " +
        "Helmholtz-Zentrum für Ozeanforschung Kiel, fährt seit zwölf Jahren einmal im Monat zur " +
        "Station Boknis Eck hinaus. „Der Boden der Bucht blubbert“, sagt die 45-Jährige. „Und er " +
        "blubbert stärker als früher.“",
      "Die Auswertung ist in der Fachzeitschrift „Biogeosciences“ erschienen. „Die " +
        "Methankonzentration im Oberflächenwasser ist zwischen 2009 und 2023 im Mittel um ein Drittel " +
        "gestiegen“, heißt es in der Studie. Die Proben holt das Team mit dem Forschungskutter " +
        "„Littorina“ aus bis zu 28 Metern Tiefe.",
      "Als Ursache sieht die Gruppe vor allem den wärmeren Meeresboden. „Die Bakterien im Schlick " +
        "arbeiten bei elf Grad einfach schneller als bei acht Grad“, erklärt Doktorand Lasse " +
        "Thiessen. Professor Arne Jöhnk vom Leibniz-Institut für Ostseeforschung Warnemünde, der an " +
        "der Studie nicht beteiligt war, sieht noch einen zweiten Treiber: „Wo am Grund kein " +
        "Sauerstoff mehr ist, wird das Methan auch nicht mehr abgebaut.“",
      "Laut Geomar ist Boknis Eck „eine der ältesten noch betriebenen Zeitreihenstationen der Welt“. " +
        "Gemessen werden dort neben Methan auch Temperatur, Salzgehalt, Sauerstoff und Lachgas.",
      "Die Blasen kennen auch die Fischer. Ein Eckernförder Fischer, der seit 40 Jahren in der Bucht " +
        "Stellnetze setzt, erinnert sich: „Früher haben wir gedacht, da unten schnauft ein Seehund.“",
      "Für die Klimabilanz der gesamten Ostsee sei die kleine Bucht nicht entscheidend, räumt " +
        "Asmussen ein. „Aber was wir hier sehen, passiert vermutlich an vielen Küsten gleichzeitig.“",
    ],
    quotes: [
      ["Der Boden der Bucht blubbert", "Friederike Asmussen"],
      ["Und er blubbert stärker als früher.", "Friederike Asmussen"],
      [
        "Die Methankonzentration im Oberflächenwasser ist zwischen 2009 und 2023 im Mittel um ein " +
          "Drittel gestiegen",
        "Studie",
      ],
      [
        "Die Bakterien im Schlick arbeiten bei elf Grad einfach schneller als bei acht Grad",
        "Lasse Thiessen",
      ],
      ["Wo am Grund kein Sauerstoff mehr ist, wird das Methan auch nicht mehr abgebaut.", "Arne Jöhnk"],
      [
        "eine der ältesten noch betriebenen Zeitreihenstationen der Welt",
        "Geomar Helmholtz-Zentrum für Ozeanforschung Kiel",
      ],
      ["Früher haben wir gedacht, da unten schnauft ein Seehund.", "Ein Eckernförder Fischer"],
      ["Aber was wir hier sehen, passiert vermutlich an vielen Küsten gleichzeitig.", "Friederike Asmussen"],
    ],
  },
  {
    name:
      "Willisauer Bote, Lokales (Schweiz, mit «…» und ohne ß): Präsidentin der Genossenschaft im " +
      "Vorspann als „deren Präsidentin“ zitiert und im Text genannt als die 58-Jährige, Zitat über " +
      "zwei Absätze mit „sagt Stirnimann“ am Ende, zwei Männer in einem Absatz („erklärt der " +
      "34-jährige Pächter“, „hebt das Glas:“), Teilzitat der Statuten mit „heisst es“, ungenannte " +
      "Seniorin nach Doppelpunkt, Name der Beiz",
    headline: "Das «Rössli» in Ufhusen ist wieder offen",
    standfirst:
      "Zwei Jahre lang stand die letzte Beiz im Dorf leer. Jetzt führt sie eine Genossenschaft mit " +
      "312 Mitgliedern. «Ein Dorf ohne Beiz ist nur noch eine Adresse», sagt deren Präsidentin.",
    paragraphs: [
      "Am Samstagabend war in der Gaststube kein Stuhl mehr frei. Agnes Stirnimann, Präsidentin der " +
        "Genossenschaft Dorfbeiz Ufhusen, stand selber hinter dem Buffet und zapfte Bier. «Ich habe " +
        "heute mehr Hände geschüttelt als in den letzten zehn Jahren zusammen», sagte die 58-Jährige.",
      "Die früheren Wirtsleute hatten das «Rössli» im Herbst 2023 aus Altersgründen geschlossen, eine " +
        "Nachfolge fand sich nicht. Im vergangenen Frühling gründeten rund zwei Dutzend Ufhuserinnen " +
        "und Ufhuser die Genossenschaft, ein Anteilschein kostet 500 Franken. Zusammengekommen sind " +
        "480 000 Franken, genug für Küche, Lüftung und ein neues Dach.",
      "«Am Anfang haben viele gelacht. Eine Genossenschaft für eine Beiz, das sei etwas für Städter, " +
        "hat es geheissen.",
      "«Heute kommen zwei Drittel der Genossenschafter aus dem Dorf», sagt Stirnimann.",
      "Gewirtet wird von Reto Bieri, der zuvor in einem Hotel in Sörenberg gekocht hat. «Auf den " +
        "Teller kommt, was die Bauern hier produzieren», erklärt der 34-jährige Pächter. " +
        "Gemeindepräsident Franz Zemp sitzt gleich daneben am Stammtisch und hebt das Glas: «Das " +
        "Fleisch kommt vom Hof da oben, das Brot vom Beck vis-à-vis.»",
      "In den Statuten heisst es, das «Rössli» solle ein Treffpunkt «für alle Generationen und alle " +
        "Vereine» bleiben. Am Donnerstag findet deshalb wieder der Jassabend statt, am ersten Sonntag " +
        "im Monat der Frühschoppen der Musikgesellschaft.",
      "Eine Seniorin am Nebentisch, die seit über 60 Jahren im Dorf wohnt, hat die Wiedereröffnung " +
        "kaum erwarten können: «Hier habe ich meinen Mann kennengelernt. Am Jassabend, 1962.»",
    ],
    quotes: [
      ["Ein Dorf ohne Beiz ist nur noch eine Adresse", "Agnes Stirnimann"],
      ["Ich habe heute mehr Hände geschüttelt als in den letzten zehn Jahren zusammen", "Agnes Stirnimann"],
      [
        "Am Anfang haben viele gelacht. Eine Genossenschaft für eine Beiz, das sei etwas für " +
          "Städter, hat es geheissen.",
        "Agnes Stirnimann",
      ],
      ["Heute kommen zwei Drittel der Genossenschafter aus dem Dorf", "Agnes Stirnimann"],
      ["Auf den Teller kommt, was die Bauern hier produzieren", "Reto Bieri"],
      ["Das Fleisch kommt vom Hof da oben, das Brot vom Beck vis-à-vis.", "Franz Zemp"],
      ["für alle Generationen und alle Vereine", "Statuten"],
      ["Hier habe ich meinen Mann kennengelernt. Am Jassabend, 1962.", "Eine Seniorin am Nebentisch"],
    ],
  },
  {
    name:
      "Vinschgerwind, Umwelt (Südtirol): Teilzitat des Landesrats im Vorspann und ein anderes Zitat " +
      "im Text mit „sagte der Landesrat“, Waaler als der 66-Jährige und sein Spitzname, Rundschreiben " +
      "des Konsortiums mit „teilte … mit“, zwei Frauen in einem Absatz („klagt“, Konjunktiv und " +
      "Fortsetzung ohne Verb), Teilzitat der Umweltschutzgruppe mit „nennt“, ungenannter Wanderführer " +
      "mit „sagt:“, Name eines Wegs",
    todo:
      "«Die Wasserzuteilung wird für alle Mitglieder …» goes to Das Bonifizierungskonsortium " +
      "Vinschgau, not Bonifizierungskonsortium Vinschgau; «Raubbau auf Raten» goes to Die " +
      "Umweltschutzgruppe Vinschgau, not Umweltschutzgruppe Vinschgau",
    headline: "Wenn der Waal trocken bleibt",
    standfirst:
      "Im Vinschgau wird das Wasser knapp. Obstbauern, Bergbauern und Touristiker streiten um jeden " +
      "Liter. Der Landesrat verspricht eine „gerechte Lösung“.",
    paragraphs: [
      "Johann Stecher geht den Waal oberhalb von Tschars seit 23 Jahren ab, jeden Morgen um sechs, " +
        "mit Schaufel und Sichel. Im Dorf nennen ihn alle nur den „Waaler-Hans“. An diesem Morgen " +
        "steht im Graben kaum ein Fingerbreit Wasser. „So wenig hat der Waal im Mai noch nie " +
        "geführt“, sagt der 66-Jährige.",
      "Der Winter war schneearm, der Frühling trocken. Das Bonifizierungskonsortium Vinschgau hat " +
        "reagiert. „Die Wasserzuteilung wird für alle Mitglieder ab sofort um 20 Prozent gekürzt“, " +
        "teilte das Konsortium in einem Rundschreiben an die Bauern mit.",
      "Am härtesten trifft es die Höfe am Berg. „Wir oben bekommen immer als Letzte Wasser, und " +
        "heuer bekommen wir fast keines“, klagt Verena Gurschler, die in Matsch mit ihrem Mann einen " +
        "Hof mit 14 Kühen bewirtschaftet. Die Obstbäuerin Petra Thöni aus Latsch sieht sich trotzdem " +
        "nicht als Gewinnerin. Ohne Tropfbewässerung verliere sie die halbe Ernte, sagt sie. „Und " +
        "auch wir zahlen für jeden Tropfen.“",
      "Die Umweltschutzgruppe Vinschgau nennt die Entnahmen aus dem Grundwasser, die manche Betriebe " +
        "zusätzlich beantragt haben, „Raubbau auf Raten“. Sie fordert ein Wasserkataster für das " +
        "ganze Tal.",
      "Am Donnerstagabend stellte sich Landesrat Martin Kaserer im Kulturhaus in Schlanders den " +
        "Fragen von rund 200 Bäuerinnen und Bauern. „Niemand wird in diesem Sommer ohne Wasser " +
        "dastehen, das verspreche ich“, sagte der Landesrat. Bis zum Herbst soll ein Plan für neue " +
        "Speicherbecken vorliegen.",
      "Auch der Tourismus spürt die Trockenheit. Auf dem beliebten „Tscharser Waalweg“ wandern die " +
        "Gäste derzeit an einem leeren Graben entlang. Ein Wanderführer aus Naturns, der dort fast " +
        "täglich mit Gruppen unterwegs ist, sagt: „Die Gäste fragen mich, wo das Wasser ist. Was soll " +
        "ich ihnen sagen?“",
    ],
    quotes: [
      ["gerechte Lösung", "Martin Kaserer"],
      ["So wenig hat der Waal im Mai noch nie geführt", "Johann Stecher"],
      [
        "Die Wasserzuteilung wird für alle Mitglieder ab sofort um 20 Prozent gekürzt",
        "Bonifizierungskonsortium Vinschgau",
      ],
      ["Wir oben bekommen immer als Letzte Wasser, und heuer bekommen wir fast keines", "Verena Gurschler"],
      ["Und auch wir zahlen für jeden Tropfen.", "Petra Thöni"],
      ["Raubbau auf Raten", "Umweltschutzgruppe Vinschgau"],
      ["Niemand wird in diesem Sommer ohne Wasser dastehen, das verspreche ich", "Martin Kaserer"],
      ["Die Gäste fragen mich, wo das Wasser ist. Was soll ich ihnen sagen?", "Ein Wanderführer aus Naturns"],
    ],
  },
  {
    name:
      "Allgemeine Deutsche Zeitung für Rumänien, Kultur (Rumänien): Teilzitat des Orgelbauers im " +
      "Vorspann und ein Zitat im Text mit „berichtete Orgelbauer“, Kantorin mit verschachteltem " +
      "Liedtitel und „erzählte sie“, zwei Frauen in einem Absatz („fügte leise hinzu:“), Teilzitat " +
      "der Stiftung im Konjunktiv mit „heißt es“, rumänischer Bürgermeister mit „sagte er“, " +
      "ungenannter Besucher ohne Verb, Name einer Konzertreihe",
    headline: "Die Orgel von Hetzeldorf klingt wieder",
    standfirst:
      "Drei Jahre lang wurde das Instrument aus dem Jahr 1796 in der Kirchenburg restauriert. Der " +
      "Orgelbauer spricht von einem „kleinen Wunder“.",
    paragraphs: [
      "Hetzeldorf/Ațel – Die Bänke in der Kirchenburg reichten am Sonntag nicht aus, die Besucher " +
        "standen bis hinaus in den Hof. Zum ersten Mal seit mehr als dreißig Jahren erklang die Orgel " +
        "der evangelischen Kirche wieder in einem Gottesdienst. Das Konzert am Nachmittag eröffnete " +
        "zugleich die diesjährige Reihe „Orgelsommer in den Kirchenburgen“.",
      "Restauriert hat das Instrument die Orgelwerkstatt in Honigberg/Hărman. „Als wir die Orgel " +
        "geöffnet haben, lebte eine Mäusefamilie im Windkasten, und der Holzwurm hatte ganze Pfeifen " +
        "aufgefressen“, berichtete Orgelbauer Martin Rehner, der die Werkstatt leitet. Von den 612 " +
        "Pfeifen habe man mehr als die Hälfte erhalten können, so der 52-Jährige.",
      "Kantorin Heidrun Schuller spielte zur Eröffnung. „Als die Gemeinde ‚Ein feste Burg ist unser " +
        "Gott‘ angestimmt hat, hat die halbe Kirche geweint“, erzählte sie nach dem Gottesdienst. " +
        "Kuratorin Ilse Wagner, die die kleine Gemeinde mit heute noch elf Mitgliedern zusammenhält, " +
        "fügte leise hinzu: „Viele sind extra aus Deutschland angereist. Für sie ist das ein Stück " +
        "Heimat.“",
      "Finanziert wurde die Restaurierung zum größten Teil über Spenden. In einer Mitteilung der " +
        "Stiftung Kirchenburgen heißt es, die Orgel sei „Teil eines Gesamtkonzepts für die " +
        "Kirchenburg“, zu dem auch die Sicherung der Ringmauer gehöre.",
      "Auch Ioan Moldovan, Bürgermeister der Gemeinde Ațel, war gekommen. „Die Kirchenburg gehört " +
        "allen im Dorf, nicht nur den Sachsen“, sagte er in seinem Grußwort, das Pfarrer Andreas " +
        "Hartig ins Deutsche übersetzte.",
      "Ein Besucher aus Mediasch, der als Kind in Hetzeldorf konfirmiert worden war, blieb nach dem " +
        "Konzert lange in der Bank sitzen. „Ich habe diese Orgel zuletzt 1989 gehört. Damals dachte " +
        "ich, es ist das letzte Mal.“",
    ],
    quotes: [
      ["kleinen Wunder", "Martin Rehner"],
      [
        "Als wir die Orgel geöffnet haben, lebte eine Mäusefamilie im Windkasten, und der Holzwurm " +
          "hatte ganze Pfeifen aufgefressen",
        "Martin Rehner",
      ],
      [
        "Als die Gemeinde ‚Ein feste Burg ist unser Gott‘ angestimmt hat, hat die halbe Kirche geweint",
        "Heidrun Schuller",
      ],
      ["Viele sind extra aus Deutschland angereist. Für sie ist das ein Stück Heimat.", "Ilse Wagner"],
      ["Teil eines Gesamtkonzepts für die Kirchenburg", "Stiftung Kirchenburgen"],
      ["Die Kirchenburg gehört allen im Dorf, nicht nur den Sachsen", "Ioan Moldovan"],
      [
        "Ich habe diese Orgel zuletzt 1989 gehört. Damals dachte ich, es ist das letzte Mal.",
        "Ein Besucher aus Mediasch",
      ],
    ],
  },
  {
    name:
      "Schwäbische Zeitung, Wirtschaft: Pressemitteilung des Unternehmens mit „heißt es in einer " +
      "Pressemitteilung“, Inhaber mit dem Namen der Firma geteilt um „sagt der 61-Jährige“, Teilzitat " +
      "mit „Laut IG Metall“, zwei Frauen in einem Absatz („warnt sie“, „ist vorsichtig " +
      "optimistisch:“), ungenannter Schweißer mit „sagt es … so:“, Teilzitat des Bürgermeisters mit " +
      "„sprach von“, Name einer Baureihe, Schluss im Konjunktiv ohne Zeichen",
    headline: "Moser Fördertechnik geht an US-Investor",
    standfirst:
      "Nach 94 Jahren gibt die Familie das Bad Saulgauer Traditionsunternehmen ab. Die 410 " +
      "Beschäftigten sollen bleiben – vorerst.",
    paragraphs: [
      "Bad Saulgau – Der Fördertechnik-Hersteller Moser wird an den Finanzinvestor Harbor Ridge " +
        "Capital aus Boston verkauft. „Mit Harbor Ridge haben wir einen Partner gefunden, der " +
        "langfristig in den Standort investieren will“, heißt es in einer Pressemitteilung von Moser " +
        "Fördertechnik vom Dienstag. Über den Kaufpreis haben beide Seiten Stillschweigen vereinbart.",
      "Stefan Moser führt das Unternehmen in dritter Generation. „Ich habe keine Kinder, die das " +
        "machen wollen“, sagt der 61-Jährige, „und ich wollte nicht warten, bis es zu spät ist.“ Er " +
        "bleibt zunächst für zwei Jahre Geschäftsführer.",
      "Moser baut Förderbänder und Sortieranlagen für Paketzentren und Flughäfen. Vor allem die " +
        "Baureihe „Flexline“ hat sich zuletzt gut verkauft, der Umsatz lag 2024 bei rund 96 Millionen " +
        "Euro. Harbor Ridge hält bereits Beteiligungen an zwei Logistikausrüstern in den USA und in " +
        "den Niederlanden.",
      "Laut IG Metall hat der Käufer eine Standortgarantie „bis mindestens Ende 2028“ zugesagt. " +
        "Gewerkschaftssekretärin Tanja Hölz reicht das nicht. „Eine Garantie ist nur so viel wert wie " +
        "der, der sie gibt“, warnt sie. Betriebsratsvorsitzende Martina Eisele ist vorsichtig " +
        "optimistisch: „Die Belegschaft hatte heute vor allem eine Frage: Bleiben wir in Saulgau? Die " +
        "Antwort ist erst mal ja.“",
      "Ein Schweißer, der seit 27 Jahren bei Moser arbeitet, sagt es in der Mittagspause so: „Der " +
        "Senior hat uns nie hängen lassen. Jetzt hoffen wir, dass die Amerikaner das genauso sehen.“",
      "Bürgermeister Thomas Reck sprach von einem „schmerzhaften, aber nachvollziehbaren Schritt“. " +
        "Die Stadt werde alles tun, damit Moser in Bad Saulgau bleibe, sagte er.",
    ],
    quotes: [
      [
        "Mit Harbor Ridge haben wir einen Partner gefunden, der langfristig in den Standort " +
          "investieren will",
        "Moser Fördertechnik",
      ],
      ["Ich habe keine Kinder, die das machen wollen", "Stefan Moser"],
      ["und ich wollte nicht warten, bis es zu spät ist.", "Stefan Moser"],
      ["bis mindestens Ende 2028", "IG Metall"],
      ["Eine Garantie ist nur so viel wert wie der, der sie gibt", "Tanja Hölz"],
      [
        "Die Belegschaft hatte heute vor allem eine Frage: Bleiben wir in Saulgau? Die Antwort ist " +
          "erst mal ja.",
        "Martina Eisele",
      ],
      [
        "Der Senior hat uns nie hängen lassen. Jetzt hoffen wir, dass die Amerikaner das genauso " + "sehen.",
        "Ein Schweißer",
      ],
      ["schmerzhaften, aber nachvollziehbaren Schritt", "Thomas Reck"],
    ],
  },
  {
    name:
      "Bergedorfer Zeitung, Verkehr: Krankenpflegerin in der Überschrift nur im Text genannt als die " +
      "38-Jährige mit Fortsetzung und Schlusszitat ohne Verb, Deutsche Bahn mit „teilte … mit“, " +
      "Teilzitat mit „nach Angaben des HVV“, zwei Männer in einem Absatz (nachgestelltes „kritisiert " +
      "der Grünen-Abgeordnete“, „nimmt die Bahn in Schutz:“), ungenannter Busfahrer mit „kennt das " +
      "Problem:“, Slogan auf einem Plakat",
    todo:
      "«Wir erneuern in dieser Zeit Gleise, Weichen u…» goes to die Deutsche Bahn, not Deutsche " + "Bahn",
    headline: "„Ich fahre jetzt um halb sechs los“: S-Bahn-Sperrung trifft Bergedorfer Pendler",
    standfirst:
      "Sechs Wochen lang fährt zwischen Bergedorf und Hauptbahnhof keine S-Bahn. Ersatzbusse sollen " +
      "die Lücke füllen – doch schon am ersten Tag staute es sich.",
    paragraphs: [
      "Sandra Voß steht am Montag um 5.40 Uhr am Busbahnhof in Bergedorf, in der Hand einen " +
        "Kaffeebecher. Die Krankenpflegerin arbeitet im Universitätsklinikum Eppendorf, der " +
        "Frühdienst beginnt um sieben. „Ich fahre jetzt um halb sechs los“, sagt die 38-Jährige aus " +
        "Lohbrügge. „Sonst war es Viertel nach sechs.“",
      "Seit Sonnabend ist die Strecke der S 2 und S 21 zwischen Bergedorf und dem Hauptbahnhof " +
        "gesperrt. „Wir erneuern in dieser Zeit Gleise, Weichen und Signaltechnik, damit die Strecke " +
        "für die kommenden Jahrzehnte fit ist“, teilte die Deutsche Bahn mit. Die Arbeiten sollen bis " +
        "zum 14. August dauern.",
      "Die Ersatzbusse fahren nach Angaben des HVV „im Fünf-Minuten-Takt zur Hauptverkehrszeit“. Am " +
        "ersten Morgen reichte das nicht: Auf der B 5 standen die Busse zeitweise im Stau, viele " +
        "Fahrgäste wichen auf das Auto oder die Regionalbahn aus. Auf großen Plakaten am Bahnhof " +
        "prangt der Spruch „Wir bauen für Ihre Zukunft“. Viele Pendler können darüber nur lachen.",
      "In der Bezirksversammlung sorgt die Planung für Streit. „Man hätte die Sperrung nicht " +
        "ausgerechnet in die Ferien legen dürfen, in denen auch noch die A 25 gesperrt ist“, " +
        "kritisiert der Grünen-Abgeordnete Jan-Philipp Kramer. Torben Matthiesen (SPD) nimmt die Bahn " +
        "in Schutz: „Irgendwann muss gebaut werden. Einen guten Zeitpunkt gibt es dafür nie.“",
      "Ein Busfahrer, der am ZOB eine Zigarettenpause macht, kennt das Problem: „Bis Billwerder läuft " +
        "es, danach steht man.“",
      "Sandra Voß hat sich inzwischen ein E-Bike geliehen, für die trockenen Tage. „Bei Regen wird's " +
        "spannend.“",
    ],
    quotes: [
      ["Ich fahre jetzt um halb sechs los", "Sandra Voß"],
      ["Sonst war es Viertel nach sechs.", "Sandra Voß"],
      [
        "Wir erneuern in dieser Zeit Gleise, Weichen und Signaltechnik, damit die Strecke für die " +
          "kommenden Jahrzehnte fit ist",
        "Deutsche Bahn",
      ],
      ["im Fünf-Minuten-Takt zur Hauptverkehrszeit", "HVV"],
      [
        "Man hätte die Sperrung nicht ausgerechnet in die Ferien legen dürfen, in denen auch noch die " +
          "A 25 gesperrt ist",
        "Jan-Philipp Kramer",
      ],
      ["Irgendwann muss gebaut werden. Einen guten Zeitpunkt gibt es dafür nie.", "Torben Matthiesen"],
      ["Bis Billwerder läuft es, danach steht man.", "Ein Busfahrer"],
      ["Bei Regen wird's spannend.", "Sandra Voß"],
    ],
  },
  {
    name:
      "Gelnhäuser Neue Zeitung, Bildung: Schulleiterin als die 51-Jährige mit Fortsetzung ohne Verb, " +
      "Schüler mit Vornamen und Teilzitat mit „wie er zugibt“ und Zitat ohne Verb, zwei Frauen in " +
      "einem Absatz („erzählt …, Mutter von zwei Kindern“, „kennt auch die andere Seite:“), Teilzitat " +
      "der Schulamtssprecherin im Konjunktiv, Teilzitat des GEW-Vorsitzenden mit „warnt vor“, " +
      "Buchtitel und Programmname",
    todo: "«Gregs Tagebuch» taken for a quote",
    headline: "Jeden Morgen zwanzig Minuten lesen",
    standfirst:
      "Nach schwachen Ergebnissen bei den Vergleichsarbeiten hat die Grundschule in Biebergemünd eine " +
      "tägliche Lesezeit eingeführt. Die ersten Erfahrungen machen Mut.",
    paragraphs: [
      "Um 7.55 Uhr wird es still in der Klasse 3b. Emil greift nach „Gregs Tagebuch“, seine " +
        "Sitznachbarin Mia nach einem Pferdebuch, zwei Jungen teilen sich einen Comic. Seit den " +
        "Herbstferien beginnt an der Grundschule Biebergemünd jeder Schultag mit der „Lesezeit“: " +
        "zwanzig Minuten, in denen alle lesen, auch die Lehrkräfte.",
      "Schulleiterin Birgit Kaiser-Roth hat das Projekt nach den Ergebnissen der Vergleichsarbeit " +
        "VERA 3 angestoßen. „Die Zahlen waren für uns ein Weckruf“, sagt die 51-Jährige. „Fast ein " +
        "Drittel unserer Drittklässler konnte einen einfachen Text nicht sinnerfassend lesen.“",
      "Emil, neun Jahre alt, fand die Lesezeit am Anfang „voll langweilig“, wie er zugibt. „Jetzt " +
        "will ich immer weiterlesen, wenn es klingelt.“",
      "Auch zu Hause merken Eltern einen Unterschied. „Mein Sohn liest abends freiwillig, das gab es " +
        "vorher nicht“, erzählt Natascha Brehm, Mutter von zwei Kindern. Klassenlehrerin Lisa Wenzel " +
        "kennt auch die andere Seite: „Es gibt Kinder, die zu Hause kein einziges Buch haben.“ Für " +
        "sie hat die Schule eine Leseecke mit gespendeten Büchern eingerichtet.",
      "Beim Staatlichen Schulamt für den Main-Kinzig-Kreis stößt das Projekt auf Zustimmung. Es sei " +
        "„ausdrücklich erwünscht“, dass Schulen eigene Wege in der Leseförderung gingen, teilte eine " +
        "Sprecherin des Schulamts auf Anfrage mit.",
      "Kritischer sieht es die GEW. Ihr Kreisvorsitzender Rüdiger Hahn warnt vor „Symbolpolitik auf " +
        "dem Rücken der Grundschulen“. Eine Lesezeit ersetze keine zusätzlichen Lehrkräfte, so Hahn.",
    ],
    quotes: [
      ["Die Zahlen waren für uns ein Weckruf", "Birgit Kaiser-Roth"],
      [
        "Fast ein Drittel unserer Drittklässler konnte einen einfachen Text nicht sinnerfassend lesen.",
        "Birgit Kaiser-Roth",
      ],
      ["voll langweilig", "Emil"],
      ["Jetzt will ich immer weiterlesen, wenn es klingelt.", "Emil"],
      ["Mein Sohn liest abends freiwillig, das gab es vorher nicht", "Natascha Brehm"],
      ["Es gibt Kinder, die zu Hause kein einziges Buch haben.", "Lisa Wenzel"],
      ["ausdrücklich erwünscht", "eine Sprecherin des Schulamts"],
      ["Symbolpolitik auf dem Rücken der Grundschulen", "Rüdiger Hahn"],
    ],
  },
  {
    name:
      "Traunsteiner Tagblatt, Sport: Biathletin mit „strahlte“ und Fortsetzung ohne Verb, " +
      "Bundestrainer geteilt um „sagte Bundestrainer“, Mutter und Schwester mit gleichem Nachnamen " +
      "in einem Absatz („gab die 56-Jährige zu“, „lachte:“), Verein mit „schrieb der Verein“, " +
      "ungenannter Zuschauer nach Doppelpunkt, Spitzname und Bettlaken, Schluss im Konjunktiv ohne " +
      "Zeichen",
    todo: "«Wir sind unglaublich stolz auf unsere Lena» goes to Der SC Siegsdorf, not SC Siegsdorf",
    headline: "Platz drei vor der Haustür: Stadler jubelt in Ruhpolding",
    standfirst:
      "Die Siegsdorferin läuft im Sprint erstmals auf ein Weltcup-Podest. 18 000 Zuschauer in der " +
      "Chiemgau-Arena feiern sie, als hätte sie gewonnen.",
    paragraphs: [
      "Als Lena Stadler nach dem letzten Stehendanschlag fehlerfrei aus dem Schießstand lief, bebte " +
        "die Tribüne. Am Ende fehlten der 24-Jährigen vom SC Siegsdorf nur 14,3 Sekunden auf " +
        "Siegerin Karoline Haugen aus Norwegen. „Beim letzten Schuss habe ich die Leute schon gehört, " +
        "bevor die Scheibe gefallen ist“, strahlte Stadler im Ziel. „Das vergesse ich mein Leben " +
        "lang nicht.“",
      "Für die Sportsoldatin ist es das beste Ergebnis ihrer Karriere, bisher war ein fünfter Platz " +
        "in Oberhof ihre beste Platzierung. Im Weltcup nennen sie die Konkurrentinnen längst die " +
        "„Chiemgau-Rakete“, am Schießstand aber patzte sie bisher oft.",
      "„Sie hat sich das über Jahre erarbeitet“, sagte Bundestrainer Thomas Wiesholler, „und heute " +
        "hat sie am Schießstand die Nerven behalten.“ Gerade das Stehendschießen sei im Sommer ihr " +
        "großer Schwerpunkt gewesen.",
      "Auf der Tribüne hatten Familie und Freunde ein Bettlaken aufgehängt, „Lena, gib Gas!“ stand " +
        "darauf. Mutter Rosi Stadler hatte Tränen in den Augen. „Beim Stehendschießen konnte ich " +
        "nicht hinschauen“, gab die 56-Jährige zu. Lenas Schwester Anna Stadler lachte: „Sie hat die " +
        "ganze Zeit durch die Finger geschaut.“",
      "Der SC Siegsdorf kündigte noch am Nachmittag auf seiner Internetseite einen Empfang am " +
        "Rathausplatz an. „Wir sind unglaublich stolz auf unsere Lena“, schrieb der Verein.",
      "Ein Zuschauer aus Inzell, eine Kuhglocke in der Hand, war schon heiser: „So laut war's hier " +
        "seit Jahren nicht mehr.“",
      "Am Sonntag will Stadler in der Verfolgung nachlegen. Auf die Ergebnisliste schauen werde sie " +
        "vorher nicht, sagte sie.",
    ],
    quotes: [
      ["Beim letzten Schuss habe ich die Leute schon gehört, bevor die Scheibe gefallen ist", "Lena Stadler"],
      ["Das vergesse ich mein Leben lang nicht.", "Lena Stadler"],
      ["Sie hat sich das über Jahre erarbeitet", "Thomas Wiesholler"],
      ["und heute hat sie am Schießstand die Nerven behalten.", "Thomas Wiesholler"],
      ["Beim Stehendschießen konnte ich nicht hinschauen", "Rosi Stadler"],
      ["Sie hat die ganze Zeit durch die Finger geschaut.", "Anna Stadler"],
      ["Wir sind unglaublich stolz auf unsere Lena", "SC Siegsdorf"],
      ["So laut war's hier seit Jahren nicht mehr.", "Ein Zuschauer aus Inzell"],
    ],
  },
  {
    name:
      "Vorarlberger Nachrichten, Gericht (Österreich): Angeklagter mit Initial in der Überschrift " +
      "und im Text als der 43-Jährige, Teilzitat mit „Laut Gutachten“, Verletzte mit „schilderte die " +
      "Lehrerin“, zwei Männer in einem Absatz (nachgestelltes „sagte Staatsanwalt“, Teilzitat des " +
      "Verteidigers im Konjunktiv nach „bat um Milde:“), Richterin mit „hielt sie … vor“, ungenannter " +
      "Freund des Angeklagten nach Doppelpunkt, ein sogenannter Begriff",
    headline: "„Ich schäme mich jeden Tag“",
    standfirst:
      "Mit 1,6 Promille krachte ein 43-Jähriger in Rankweil in das Auto einer jungen Mutter. Am " +
      "Landesgericht Feldkirch wurde er zu 15 Monaten teilbedingter Haft verurteilt.",
    paragraphs: [
      "Feldkirch – Markus F. sitzt mit gesenktem Kopf auf der Anklagebank. Der Unterländer ist wegen " +
        "grob fahrlässiger Körperverletzung angeklagt, er bekennt sich schuldig. „Ich schäme mich " +
        "jeden Tag“, sagte der 43-Jährige. An den Unfall selbst könne er sich kaum erinnern.",
      "Im vergangenen November war F. nach einer Firmenfeier auf der L 190 bei Rankweil auf die " +
        "Gegenfahrbahn geraten und frontal in den Kleinwagen einer 31-Jährigen geprallt. Laut " +
        "Gutachten war er „deutlich über der erlaubten Geschwindigkeit von 70 km/h“ unterwegs. Die " +
        "Frau erlitt einen Beckenbruch, ihr zweijähriger Sohn im Kindersitz blieb wie durch ein " +
        "Wunder unverletzt.",
      "Julia Hämmerle sagte als Zeugin aus. „Ich habe nur noch nach hinten geschaut, ob mein Sohn " +
        "atmet“, schilderte die Lehrerin aus Sulz. Sie fahre seither nicht mehr gern in der Nacht. " +
        "Eine Entschuldigung von F. nahm sie an, ein Gespräch mit ihm lehnte sie ab.",
      "„Wer sich mit 1,6 Promille ans Steuer setzt, nimmt in Kauf, dass jemand stirbt“, sagte " +
        "Staatsanwalt Wilfried Rüscher in seinem Schlussvortrag. Verteidiger Martin Feuerstein bat " +
        "um Milde: Sein Mandant habe sich „freiwillig in Therapie begeben“ und seit dem Unfall keinen " +
        "Tropfen Alkohol mehr angerührt.",
      "Richterin Nicole Fessler verhängte 15 Monate Haft, fünf davon unbedingt. „Dass niemand " +
        "gestorben ist, verdanken Sie nicht sich selbst, sondern dem Glück“, hielt sie dem " +
        "Angeklagten vor. Den unbedingten Teil darf F. mit einer sogenannten „Fußfessel“ verbüßen. " +
        "Das Urteil ist nicht rechtskräftig.",
      "Ein Freund des Angeklagten, der die ganze Verhandlung im Zuschauerraum verfolgt hatte, sagte " +
        "nach dem Urteil vor dem Saal: „Er ist kein schlechter Mensch. Er hat einen riesengroßen " +
        "Fehler gemacht.“",
    ],
    quotes: [
      ["Ich schäme mich jeden Tag", "Markus F."],
      ["deutlich über der erlaubten Geschwindigkeit von 70 km/h", "Gutachten"],
      ["Ich habe nur noch nach hinten geschaut, ob mein Sohn atmet", "Julia Hämmerle"],
      ["Wer sich mit 1,6 Promille ans Steuer setzt, nimmt in Kauf, dass jemand stirbt", "Wilfried Rüscher"],
      ["freiwillig in Therapie begeben", "Martin Feuerstein"],
      ["Dass niemand gestorben ist, verdanken Sie nicht sich selbst, sondern dem Glück", "Nicole Fessler"],
      [
        "Er ist kein schlechter Mensch. Er hat einen riesengroßen Fehler gemacht.",
        "Ein Freund des Angeklagten",
      ],
    ],
  },
  {
    name:
      "Heidenheimer Zeitung, Politik: Teilzitat des Bürgermeisters im Vorspann nur im Text genannt " +
      "und ein Zitat mit „sagte er“ und Fortsetzung ohne Verb, Schreiben des Landratsamts mit „heißt " +
      "es in einem Schreiben“ und Teilzitat mit „zufolge“, zwei Frauen in einem Absatz („kritisierte“, " +
      "„widersprach:“), ungenannter Anwohner mit „rief“, Hotelname und Plakat, Schluss im Konjunktiv " +
      "ohne Zeichen",
    headline: "Herbrechtingen: Gemeinderat stimmt für Unterkunft im alten Hotel",
    standfirst:
      "Bis zu 60 Geflüchtete sollen ab Januar im ehemaligen Hotel „Hirsch“ wohnen. Der Bürgermeister " +
      "spricht von einer „Entscheidung mit Bauchweh“.",
    paragraphs: [
      "Nach mehr als zwei Stunden Debatte fiel die Entscheidung am Dienstagabend mit 13 zu 8 " +
        "Stimmen. Der Herbrechtinger Gemeinderat stimmt zu, dass der Landkreis das seit drei Jahren " +
        "leer stehende Hotel an der Lange Straße für fünf Jahre anmietet. Der Sitzungssaal im " +
        "Rathaus war bis auf den letzten Platz besetzt.",
      "Der Druck kommt vom Kreis. „Der Landkreis ist verpflichtet, die ihm zugewiesenen Menschen " +
        "unterzubringen, und verfügt über keine weiteren geeigneten Objekte“, heißt es in einem " +
        "Schreiben des Landratsamts Heidenheim an die Stadt. Die Turnhallen will man unbedingt " +
        "freihalten.",
      "Bürgermeister Daniel Vogt (parteilos) warb für die Lösung. „Niemand hier hat sich diesen " +
        "Standort gewünscht, ich auch nicht“, sagte er. „Aber die Alternative wären Container auf dem " +
        "Sportgelände gewesen.“",
      "„Wir haben die Anwohner viel zu spät ins Boot geholt“, kritisierte Ulrike Brenner, " +
        "Fraktionsvorsitzende der Freien Wähler. SPD-Stadträtin Gabi Lutz widersprach: „Die " +
        "Infoveranstaltung war im Juni. Eingeladen war jeder.“",
      "Vor dem Rathaus hatten rund 40 Menschen mit Plakaten protestiert, auf einem stand " +
        "„Herbrechtingen sagt Nein“. In der Bürgerfragestunde wurde es laut. „Ich habe nichts gegen " +
        "die Leute. Ich habe was dagegen, dass uns keiner fragt“, rief ein Anwohner der Lange Straße " +
        "in den Saal.",
      "Dem Landratsamt zufolge sollen in den „Hirsch“ vor allem „Familien und alleinreisende Frauen“ " +
        "einziehen. Ein Sicherheitsdienst werde in den ersten Monaten nachts vor Ort sein, versicherte " +
        "Vogt.",
    ],
    quotes: [
      ["Entscheidung mit Bauchweh", "Daniel Vogt"],
      [
        "Der Landkreis ist verpflichtet, die ihm zugewiesenen Menschen unterzubringen, und verfügt " +
          "über keine weiteren geeigneten Objekte",
        "Landratsamt Heidenheim",
      ],
      ["Niemand hier hat sich diesen Standort gewünscht, ich auch nicht", "Daniel Vogt"],
      ["Aber die Alternative wären Container auf dem Sportgelände gewesen.", "Daniel Vogt"],
      ["Wir haben die Anwohner viel zu spät ins Boot geholt", "Ulrike Brenner"],
      ["Die Infoveranstaltung war im Juni. Eingeladen war jeder.", "Gabi Lutz"],
      [
        "Ich habe nichts gegen die Leute. Ich habe was dagegen, dass uns keiner fragt",
        "ein Anwohner der Lange Straße",
      ],
      ["Familien und alleinreisende Frauen", "Landratsamt Heidenheim"],
    ],
  },
]);
