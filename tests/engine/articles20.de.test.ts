// A twentieth round of composed German news articles, in the styles of outlets and beats the first
// nineteen rounds (articles.de to articles19.de) did not use: Westfalenpost (sport: a bobsleigh World Cup in
// Winterberg, the local pilot quoted in the headline and named only in the body, continued and after „gibt
// sich kämpferisch:“ with no verb, two men in one paragraph with „meinte der 24-Jährige“, the national
// coach's two fragments, the Swiss winner, an unnamed former teacher, a bedsheet banner), Flensburger
// Tageblatt (environment: seagrass replanted in the Flensburg fjord, the project leader's fragment in the
// standfirst and the body, a biologist with a doctor's title continued, a diver by his age with a quote over
// two paragraphs, the ministry's fragment, a farmers' official after a colon, a programme's name, closing
// reported speech with no marks), Appenzeller Zeitung (Switzerland, local life, with «…»: a new group of
// Silvesterchläuse in Urnäsch, the founder quoted in the headline and named only in the body, continued and
// with no verb at the end, the youngest with „betont“, an unnamed old Chlaus and the association's president
// as „der 58-Jährige“ in one paragraph, the municipal president's fragment, a leaflet with „heisst es“, a
// group's name and a custom's term), WOZ (Switzerland, courts, with «…»: climate activists tried for a bridge
// blockade, an accused with her age in apposition, continued and at the end with „ruft sie zu“, the
// prosecutor's fragment and a quote with no verb, two women in one paragraph, the police report's fragment,
// the judge as „die Richterin“, a banner, a group's and an association's names), Straubinger Tagblatt
// (crime: GPS units stolen from tractors, a farmer's fragment in the standfirst and the body after „nennt
// er“ and continued with no verb, an unnamed police spokesman, a police report's fragment with „Laut“, the
// machinery ring's manager, an unnamed neighbour as „der Rentner“, the farmers' official with an inverted
// sentence, a campaign's name), Esslinger Zeitung (education: the return to G9 and missing classrooms, the
// head teacher quoted in the standfirst and named only in the body, continued after indirect speech, the
// mayor's fragment and a quote after a colon with no verb, the ministry's two fragments with „heißt es“,
// two women in one paragraph with „sagte die Mutter zweier Kinder“, a pupil by first name after a colon,
// a working title), Siegener Zeitung (business: a cold-rolling mill's insolvency, the company's statement
// with „teilte das Unternehmen mit“, the managing director as „der 46-Jährige“ continued, the administrator
// with a doctor's title and his fragment in the standfirst and the body, a union official with her title
// after her name, an unnamed mill worker continued, a product's name), profil (Austria, science: ravens
// keeping accounts of friendships, the behavioural biologist as „die Verhaltensbiologin“ and „die
// 44-Jährige“ with a quote over two paragraphs and a last quote with no verb, the study's fragment with
// „heißt es“, two men in one paragraph with an outside zoologist's fragment continued with no verb, a
// raven's name and a journal's title), Rai Südtirol (South Tyrol, transport: electric trains on the Vinschgau
// line delayed, the regional minister's fragment in the standfirst and the last paragraph and continued
// after indirect speech, the rail company's release with „erklärte“, two women in one paragraph with
// „nickt:“, an opposition MP's one-word fragment after „nannte“ and a quote with no verb after „so Gasser“, a
// tourism slogan) and Goslarsche Zeitung (culture: an opera in the Rammelsberg mine, the director's fragment
// in the standfirst and the body before „so beschrieb“ and as „die 39-Jährige“ continued, two women in one
// paragraph with „räumt Demirci ein“, the museum director after his quote, an unnamed visitor's fragment
// after „fand“, an unnamed former miner as „der 81-Jährige“, an opera's and a series' titles). Every article
// was written for these tests, blind, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Westfalenpost, Sport: Pilot in der Überschrift nur im Text genannt, mit Fortsetzung und " +
      "am Schluss nach „gibt sich kämpferisch:“ ohne Verb, zwei Männer in einem Absatz mit " +
      "„meinte der 24-Jährige“, Bundestrainer mit zwei Teilzitaten nach „sprach von“ und im " +
      "Konjunktiv, Sieger mit „sagte Hofstetter“, ungenannte frühere Lehrerin mit „erzählte“, " +
      "Bettlaken mit Aufschrift",
    todo:
      "«Den Jonas kenne ich, seit er mit dem Schlitte…» goes to eine frühere Grundschullehrerin des " +
      "Piloten, not eine frühere Grundschullehrerin",
    headline: "Bob-Weltcup in Winterberg: „Die Kurve 11 verzeiht dir nichts“",
    standfirst:
      "Ein Lokalmatador aus Brilon fährt im Zweierbob auf Platz drei. Der Sieg geht in die " +
      "Schweiz – gefeiert wird trotzdem.",
    paragraphs: [
      "Nebel über dem Kahlen Asten, minus vier Grad und 6800 Zuschauer an der Bahn: Der " +
        "Weltcup-Auftakt im Zweierbob ist am Samstag zu einem Heimspiel für Jonas Kettler " +
        "geworden. Der 27-Jährige vom BSC Winterberg landete mit Anschieber Tim Schulte-Brinkmann " +
        "auf Rang drei, 0,19 Sekunden hinter den Schweizern Livio Hofstetter und Nico Brand.",
      "„Die Kurve 11 verzeiht dir nichts“, sagte Kettler nach dem zweiten Lauf, den Helm noch " +
        "unter dem Arm. „Im ersten Lauf habe ich sie nicht sauber getroffen, da waren zwei " +
        "Zehntel weg. Die holst du gegen Hofstetter nicht mehr auf.“",
      "Sein Anschieber sah das gelassener. Schulte-Brinkmann, bis zum Sommer noch Zehnkämpfer " +
        "beim LAZ Soest, hatte am Start die zweitbeste Zeit des Feldes geschoben. „Wir sind " +
        "zusammen erst sechs Rennen gefahren, da ist ein Podest kein Pech, sondern ein " +
        "Versprechen“, meinte der 24-Jährige und klopfte Kettler auf die Schulter.",
      "Bundestrainer Uwe Kleinschmidt sprach von einem „Auftakt nach Maß“ für das junge Duo. " +
        "Für die kommenden Rennen in Altenberg und Königssee gebe es „keinen Grund, irgendetwas " +
        "umzustellen“.",
      "Der Sieger gab sich bescheiden. „Winterberg ist für uns Schweizer immer eine Lotterie, " +
        "heute hatten wir einfach das richtige Los“, sagte Hofstetter, der im Vorjahr an gleicher " +
        "Stelle gestürzt war.",
      "An der Zielkurve hatten Fans aus Brilon ein Bettlaken mit der Aufschrift " +
        "„Kettler-Express“ aufgehängt. „Den Jonas kenne ich, seit er mit dem Schlitten den " +
        "Poppenberg runtergefahren ist“, erzählte eine frühere Grundschullehrerin des Piloten, " +
        "einen Becher Glühwein in der Hand.",
      "Am Sonntag folgt der Viererbob. Kettler gibt sich kämpferisch: „Im Vierer haben wir mehr " +
        "Gewicht und weniger Ausreden.“",
    ],
    quotes: [
      ["Die Kurve 11 verzeiht dir nichts", "Jonas Kettler"],
      [
        "Im ersten Lauf habe ich sie nicht sauber getroffen, da waren zwei Zehntel weg. Die holst " +
          "du gegen Hofstetter nicht mehr auf.",
        "Jonas Kettler",
      ],
      [
        "Wir sind zusammen erst sechs Rennen gefahren, da ist ein Podest kein Pech, sondern ein " +
          "Versprechen",
        "Tim Schulte-Brinkmann",
      ],
      ["Auftakt nach Maß", "Uwe Kleinschmidt"],
      ["keinen Grund, irgendetwas umzustellen", "Uwe Kleinschmidt"],
      [
        "Winterberg ist für uns Schweizer immer eine Lotterie, heute hatten wir einfach das " +
          "richtige Los",
        "Livio Hofstetter",
      ],
      [
        "Den Jonas kenne ich, seit er mit dem Schlitten den Poppenberg runtergefahren ist",
        "eine frühere Grundschullehrerin",
      ],
      ["Im Vierer haben wir mehr Gewicht und weniger Ausreden.", "Jonas Kettler"],
    ],
  },
  {
    name:
      "Flensburger Tageblatt, Umwelt: Teilzitat der Projektleiterin im Vorspann und im Text " +
      "nach „Die Biologin spricht von“, Projektleiterin mit Doktortitel und „sagt“ vor dem " +
      "Namen und Fortsetzung, Taucher mit „erzählt“ und einem Zitat über zwei Absätze, " +
      "Ministerium mit „teilte mit“ und Teilzitat, Kreisvorsitzender mit Doppelpunkt, Schluss " +
      "im Konjunktiv ohne Anführungszeichen, Programmname",
    todo:
      "«einen wichtigen Baustein für den Klimaschutz …» goes to Das Umweltministerium, not Das " +
      "Umweltministerium in Kiel",
    headline: "Seegras für die Förde: Taucher pflanzen Wiesen unter Wasser",
    standfirst:
      "Vor Holnis setzen Forschende und Freiwillige 20.000 Setzlinge in die Flensburger Förde. " +
      "Die Projektleiterin spricht von einem „Wettlauf gegen die Algen“.",
    paragraphs: [
      "Die Sicht beträgt kaum zwei Meter, das Wasser hat neun Grad. Trotzdem sind am Wochenende " +
        "vor dem Strand von Holnis fünfzehn Taucherinnen und Taucher in die Förde gestiegen – mit " +
        "Netzbeuteln voller grüner Halme. Bis Ende Oktober sollen hier rund 20.000 " +
        "Seegraspflanzen auf einem halben Hektar Meeresboden wurzeln.",
      "„Seegras ist die Kinderstube der Ostsee“, sagt Dr. Hanna Brodersen vom GEOMAR " +
        "Helmholtz-Zentrum in Kiel, die das Projekt leitet. „Hering, Dorsch, Seenadeln – sie alle " +
        "brauchen diese Wiesen. Und die Wiesen sind in den vergangenen Jahrzehnten zu großen " +
        "Teilen verschwunden.“",
      "Schuld daran sind vor allem Nährstoffe, die über Bäche und Gräben aus Äckern und " +
        "Kläranlagen ins Meer gelangen. Sie lassen Algen wuchern, die dem Seegras das Licht " +
        "nehmen. Die Biologin spricht deshalb von einem „Wettlauf gegen die Algen“.",
      "Einer der Freiwilligen ist Sönke Petersen, pensionierter Berufsschullehrer aus Harrislee " +
        "und seit vierzig Jahren Sporttaucher. „Als ich hier 1985 angefangen habe, bin ich durch " +
        "Wiesen getaucht, die mir bis zur Hüfte reichten“, erzählt der 63-Jährige. „Heute sieht " +
        "man an vielen Stellen nur noch Sand und leere Muschelschalen.",
      "„Wenn ich meinen Enkeln später zeigen kann, dass hier wieder etwas wächst, dann hat sich " +
        "jede kalte Stunde im Wasser gelohnt.“",
      "Finanziert wird das Vorhaben über das Landesprogramm „Blaue Förde“. Das " +
        "Umweltministerium in Kiel teilte auf Anfrage mit, man sehe in dem Projekt „einen " +
        "wichtigen Baustein für den Klimaschutz im Meer“, weil Seegraswiesen große Mengen " +
        "Kohlenstoff speichern.",
      "Skeptisch reagiert der Bauernverband. Dessen Kreisvorsitzender Jens-Peter Hansen warnt " +
        "davor, den Landwirten allein die Schuld zu geben: „Wir haben beim Dünger in den letzten " +
        "Jahren schon viel getan. Die Kläranlagen an der Förde gehören genauso auf den " +
        "Prüfstand.“",
      "Ob die Setzlinge den Winter überstehen, wird sich im Frühjahr zeigen. Wenn jede zweite " +
        "Pflanze anwachse, sei das bereits ein Erfolg, sagt Brodersen.",
    ],
    quotes: [
      ["Wettlauf gegen die Algen", "Hanna Brodersen"],
      ["Seegras ist die Kinderstube der Ostsee", "Hanna Brodersen"],
      [
        "Hering, Dorsch, Seenadeln – sie alle brauchen diese Wiesen. Und die Wiesen sind in den " +
          "vergangenen Jahrzehnten zu großen Teilen verschwunden.",
        "Hanna Brodersen",
      ],
      [
        "Als ich hier 1985 angefangen habe, bin ich durch Wiesen getaucht, die mir bis zur Hüfte " +
          "reichten",
        "Sönke Petersen",
      ],
      ["Heute sieht man an vielen Stellen nur noch Sand und leere Muschelschalen.", "Sönke Petersen"],
      [
        "Wenn ich meinen Enkeln später zeigen kann, dass hier wieder etwas wächst, dann hat sich " +
          "jede kalte Stunde im Wasser gelohnt.",
        "Sönke Petersen",
      ],
      ["einen wichtigen Baustein für den Klimaschutz im Meer", "Das Umweltministerium in Kiel"],
      [
        "Wir haben beim Dünger in den letzten Jahren schon viel getan. Die Kläranlagen an der " +
          "Förde gehören genauso auf den Prüfstand.",
        "Jens-Peter Hansen",
      ],
    ],
  },
  {
    name:
      "Appenzeller Zeitung, Lokales mit «…»: Gründer in der Überschrift nur im Text genannt, " +
      "mit Fortsetzung und am Schluss ohne Verb nach „schüttelt den Kopf“, der Jüngste mit " +
      "„betont“ und Apposition, ungenannter älterer Chlaus und der Präsident als der 58-Jährige " +
      "in einem Absatz, Teilzitat der Gemeindepräsidentin, Merkblatt mit „heisst es“ nach " +
      "Doppelpunkt, Schuppelname und Brauchtumsbegriff",
    todo:
      "«Die Bauern können nicht an jedem Hof zwanzig …» goes to Noah Zellweger, not Ein älterer " +
      "Chlaus; «Solange die Jungen den Brauch ernst nehmen, h…» goes to Noah Zellweger, not Hans " +
      "Rechsteiner; «Bitte fotografieren Sie die Chläuse nicht aus…» goes to Regula Koller, not ein " +
      "Merkblatt",
    headline: "«Ein Schuppel ist wie eine Familie»",
    standfirst:
      "In Urnäsch ziehen an Silvester wieder die Chläuse von Hof zu Hof. Erstmals seit über " +
      "zehn Jahren ist ein neuer Schuppel dabei – sieben junge Männer aus dem Dorf.",
    paragraphs: [
      "Seit dem Sommer sitzen sie fast jeden Abend in einer Werkstatt am Dorfrand und kleben " +
        "Tannenreisig, Moos und Zapfen auf ihre Hauben. Sieben junge Männer aus Urnäsch, der " +
        "jüngste 17, der älteste 26, haben einen neuen Schuppel gegründet. Sie nennen sich " +
        "«Hochhamm-Schuppel», nach dem Hügel über dem Dorf.",
      "«Ein Schuppel ist wie eine Familie», sagt Mathias Frischknecht, der die Gruppe " +
        "zusammengetrommelt hat. «Man streitet sich, man versöhnt sich, und an Silvester muss man " +
        "trotzdem im gleichen Takt schellen.» Der 24-jährige Zimmermann ist seit seinem zwölften " +
        "Lebensjahr als Chlaus unterwegs, bisher im Schuppel seines Onkels.",
      "Die Jungen haben sich für «Schö-Wüeschti» entschieden, also für Chläuse, deren Gewänder " +
        "ganz aus Naturmaterialien bestehen. «Das Moos holen wir mit Erlaubnis vom Förster, alles " +
        "ganz legal», betont der Jüngste, Noah Zellweger, und grinst. Sein Vater ist selbst " +
        "jahrzehntelang mitgelaufen.",
      "Nicht alle im Dorf sind begeistert. Ein älterer Chlaus, der seit über vierzig Jahren " +
        "mitläuft, sieht den Brauch unter Druck. «Die Bauern können nicht an jedem Hof zwanzig " +
        "Gruppen bewirten», sagt er. Ganz anders tönt es bei Hans Rechsteiner, dem Präsidenten " +
        "der Chlausen-Vereinigung Urnäsch. «Solange die Jungen den Brauch ernst nehmen, hat es " +
        "Platz für alle», sagt der 58-Jährige.",
      "Auch die Gemeinde freut sich über den Zuwachs. Gemeindepräsidentin Regula Koller spricht " +
        "von einer «guten Nachricht für das ganze Tal», weil die Zahl der aktiven Chläuse zuletzt " +
        "eher zurückgegangen sei.",
      "Im Brauchtumsmuseum liegt für Auswärtige ein Merkblatt auf. Darin heisst es: «Bitte " +
        "fotografieren Sie die Chläuse nicht aus nächster Nähe und folgen Sie ihnen nicht in die " +
        "Häuser.» Wer sich nicht daran halte, riskiere einen Rüffel, sagen Einheimische.",
      "Für Frischknecht und seine Kollegen beginnt der Silvester um fünf Uhr früh. Angst vor " +
        "dem ersten Auftritt? Der Zimmermann schüttelt den Kopf. «Angst nicht. Aber Respekt vor " +
        "dem ersten Zäuerli, das wir vor den Leuten singen.»",
    ],
    quotes: [
      ["Ein Schuppel ist wie eine Familie", "Mathias Frischknecht"],
      [
        "Man streitet sich, man versöhnt sich, und an Silvester muss man trotzdem im gleichen " +
          "Takt schellen.",
        "Mathias Frischknecht",
      ],
      ["Das Moos holen wir mit Erlaubnis vom Förster, alles ganz legal", "Noah Zellweger"],
      ["Die Bauern können nicht an jedem Hof zwanzig Gruppen bewirten", "Ein älterer Chlaus"],
      ["Solange die Jungen den Brauch ernst nehmen, hat es Platz für alle", "Hans Rechsteiner"],
      ["guten Nachricht für das ganze Tal", "Regula Koller"],
      [
        "Bitte fotografieren Sie die Chläuse nicht aus nächster Nähe und folgen Sie ihnen nicht " +
          "in die Häuser.",
        "ein Merkblatt",
      ],
      [
        "Angst nicht. Aber Respekt vor dem ersten Zäuerli, das wir vor den Leuten singen.",
        "Mathias Frischknecht",
      ],
    ],
  },
  {
    name:
      "WOZ, Gericht mit «…»: Beschuldigte mit Alter in Apposition und „sagt sie“, Fortsetzung " +
      "und Schluss mit „ruft sie zu“, Staatsanwalt mit Teilzitat im Konjunktiv und Fortsetzung " +
      "ohne Verb, zwei Frauen in einem Absatz mit „sagt Imhof“, Richterin mit „sagt die " +
      "Richterin“, Polizeirapport mit Teilzitat nach „ist die Rede“, Transparent, Gruppenname " +
      "und Vereinsname",
    todo:
      "«Hunderte Unbeteiligte in Geiselhaft genommen» goes to die Besatzung eines Rettungswagens, " +
      "not Reto Hächler; «Das Anliegen mag ehrenwert sein. Das Mittel i…» goes to die Besatzung eines " +
      "Rettungswagens, not Reto Hächler; «friedlichem, aber unkooperativem Verhalten» goes to Lea " +
      "Baumberger, not Polizeirapport",
    headline: "Schuldig, aber nicht im Unrecht?",
    standfirst:
      "Vor dem Bezirksgericht Zürich standen sechs Aktivist:innen, die im Frühling die " +
      "Hardbrücke blockiert hatten. Die Richterin sprach sie schuldig – mit einer " +
      "bemerkenswerten Begründung.",
    paragraphs: [
      "Es ist kurz nach acht Uhr, als sich vor dem Bezirksgericht an der Wengistrasse rund " +
        "fünfzig Menschen versammeln. Auf einem Transparent steht «Klimaschutz ist kein " +
        "Verbrechen». Drinnen müssen sich sechs Mitglieder der Gruppe «Letzte Ausfahrt» " +
        "verantworten. Sie hatten sich im April auf der Hardbrücke festgeklebt und den Verkehr " +
        "vierzig Minuten lang lahmgelegt.",
      "Als Erste spricht Lea Baumberger, 29, Pflegefachfrau aus Winterthur. Sie liest ihre " +
        "Erklärung vom Blatt, die Stimme ruhig. «Ich habe auf der Intensivstation Menschen " +
        "sterben sehen, weil es im Sommer zu heiss war», sagt sie. «Vierzig Minuten Stau sind " +
        "nichts gegen das, was auf uns zukommt.»",
      "Staatsanwalt Reto Hächler hält wenig von solchen Begründungen. Die Beschuldigten hätten " +
        "«Hunderte Unbeteiligte in Geiselhaft genommen», darunter die Besatzung eines " +
        "Rettungswagens, der habe umgeleitet werden müssen. Er beantragt bedingte Geldstrafen von " +
        "je 60 Tagessätzen. «Das Anliegen mag ehrenwert sein. Das Mittel ist es nicht.»",
      "Verteidigerin Sandra Imhof beruft sich auf den rechtfertigenden Notstand – ein Argument, " +
        "mit dem in der Schweiz bisher noch niemand durchgekommen ist. Sie verweist auf das " +
        "Strassburger Urteil zugunsten der «KlimaSeniorinnen». «Wenn der Staat seine " +
        "Schutzpflicht verletzt, können Bürgerinnen und Bürger nicht einfach zuschauen», sagt " +
        "Imhof. Baumberger, neben ihr, nickt.",
      "Im Polizeirapport, aus dem der Staatsanwalt ausführlich zitiert, ist von «friedlichem, " +
        "aber unkooperativem Verhalten» der Beschuldigten die Rede. Zwei von ihnen mussten mit " +
        "Speiseöl von der Fahrbahn gelöst werden.",
      "Am Nachmittag verkündet Einzelrichterin Monika Spörri das Urteil: schuldig der Nötigung, " +
        "bedingte Geldstrafen von je 40 Tagessätzen. In ihrer mündlichen Begründung wird sie dann " +
        "persönlich. «Das Gericht verkennt die Dringlichkeit der Klimakrise nicht. Aber ein " +
        "Gericht kann nicht ersetzen, was die Politik versäumt», sagt die Richterin.",
      "Draussen wird das Urteil mit Pfiffen quittiert. Baumberger will es weiterziehen. «Wir " +
        "sehen uns am Obergericht», ruft sie den Wartenden zu.",
    ],
    quotes: [
      [
        "Ich habe auf der Intensivstation Menschen sterben sehen, weil es im Sommer zu heiss war",
        "Lea Baumberger",
      ],
      ["Vierzig Minuten Stau sind nichts gegen das, was auf uns zukommt.", "Lea Baumberger"],
      ["Hunderte Unbeteiligte in Geiselhaft genommen", "Reto Hächler"],
      ["Das Anliegen mag ehrenwert sein. Das Mittel ist es nicht.", "Reto Hächler"],
      [
        "Wenn der Staat seine Schutzpflicht verletzt, können Bürgerinnen und Bürger nicht einfach " +
          "zuschauen",
        "Sandra Imhof",
      ],
      ["friedlichem, aber unkooperativem Verhalten", "Polizeirapport"],
      [
        "Das Gericht verkennt die Dringlichkeit der Klimakrise nicht. Aber ein Gericht kann nicht " +
          "ersetzen, was die Politik versäumt",
        "Monika Spörri",
      ],
      ["Wir sehen uns am Obergericht", "Lea Baumberger"],
    ],
  },
  {
    name:
      "Straubinger Tagblatt, Kriminalität: Teilzitat des Landwirts im Vorspann und im Text nach " +
      "„nennt er“, der 49-jährige Landwirt mit „erzählt“ und Fortsetzung ohne Verb, ungenannter " +
      "Polizeisprecher mit „sagte auf Nachfrage“, Geschäftsführerin mit „sagt“ nach dem Zitat, " +
      "ungenannter Nachbar als „der Rentner“, Polizeibericht mit „Laut“ und Teilzitat, " +
      "Kreisobmann mit Inversion, Aktionsname",
    headline: "GPS-Diebe im Gäuboden: Landwirte rüsten auf",
    standfirst:
      "Seit September sind im Landkreis Straubing-Bogen elf Traktoren ihre Lenksysteme " +
      "losgeworden. Ein Bauer aus Aiterhofen spricht von „Profis mit Einkaufsliste“.",
    paragraphs: [
      "Der Schaden geht in die Hunderttausende: Unbekannte haben im Landkreis Straubing-Bogen " +
        "seit Anfang September aus mindestens elf Traktoren und zwei Mähdreschern die " +
        "satellitengestützten Lenksysteme ausgebaut. Zuletzt schlugen die Täter in der Nacht auf " +
        "Mittwoch in Aiterhofen und Salching zu.",
      "Bei Franz Xaver Grundner in Aiterhofen stand der Schlepper in der offenen " +
        "Maschinenhalle, keine 30 Meter vom Wohnhaus entfernt. „In der Früh war die Scheibe " +
        "eingeschlagen, Display und Antenne waren weg“, erzählt der 49-jährige Landwirt. Schaden: " +
        "rund 18.000 Euro. Die Täter nennt er „Profis mit Einkaufsliste“. „Die haben genau " +
        "gewusst, welche Schrauben sie aufdrehen müssen.“",
      "Die Kriminalpolizei Straubing geht von einer Bande aus, die gezielt vorgeht. „Die Geräte " +
        "werden vermutlich über Osteuropa weiterverkauft“, sagte ein Sprecher des " +
        "Polizeipräsidiums Niederbayern auf Nachfrage unserer Zeitung. Hinweise auf " +
        "Tatverdächtige gebe es bislang nicht.",
      "Laut Polizeibericht gingen die Täter in Aiterhofen „mit erheblicher krimineller Energie“ " +
        "vor; sie hätten ein Vorhängeschloss mit einem Bolzenschneider geknackt.",
      "Der Maschinenring Straubing rät seinen Mitgliedern inzwischen, die Displays abends " +
        "auszubauen und mit ins Haus zu nehmen. „Das dauert fünf Minuten und erspart einem viel " +
        "Ärger“, sagt Geschäftsführerin Theresia Haslbeck. Manche Landwirte hätten bereits " +
        "Kameras und Alarmanlagen angeschafft.",
      "In Salching hat ein Nachbar in der Tatnacht ein Auto gesehen, das ohne Licht durch die " +
        "Siedlung fuhr. „Um halb drei ist der ganz langsam die Straße hinunter, das war mir " +
        "gleich komisch“, sagt der Rentner, der seinen Namen nicht in der Zeitung lesen will.",
      "Mehr Streifen in der Nacht fordert der Kreisobmann des Bayerischen Bauernverbands, Josef " +
        "Stadler. „Auf dem Land ist es nachts stockdunkel, und die nächste Polizeiinspektion ist " +
        "weit weg“, sagt Stadler. Die Aktion „Sicherer Hof“ wolle der Verband nun im ganzen " +
        "Landkreis bekannt machen.",
    ],
    quotes: [
      ["Profis mit Einkaufsliste", "Franz Xaver Grundner"],
      ["In der Früh war die Scheibe eingeschlagen, Display und Antenne waren weg", "Franz Xaver Grundner"],
      ["Die haben genau gewusst, welche Schrauben sie aufdrehen müssen.", "Franz Xaver Grundner"],
      [
        "Die Geräte werden vermutlich über Osteuropa weiterverkauft",
        "ein Sprecher des Polizeipräsidiums Niederbayern",
      ],
      ["mit erheblicher krimineller Energie", "Polizeibericht"],
      ["Das dauert fünf Minuten und erspart einem viel Ärger", "Theresia Haslbeck"],
      ["Um halb drei ist der ganz langsam die Straße hinunter, das war mir gleich komisch", "ein Nachbar"],
      [
        "Auf dem Land ist es nachts stockdunkel, und die nächste Polizeiinspektion ist weit weg",
        "Josef Stadler",
      ],
    ],
  },
  {
    name:
      "Esslinger Zeitung, Bildung: Schulleiter im Vorspann nur beschrieben und im Text genannt, " +
      "mit Fortsetzung nach Konjunktiv, Bürgermeisterin mit Teilzitat nach „räumte ein“ und " +
      "Doppelpunkt ohne Verb, Stellungnahme des Ministeriums mit „heißt es“ und zwei " +
      "Teilzitaten, zwei Frauen in einem Absatz mit „sagte die Mutter zweier Kinder“, Schülerin " +
      "mit Vornamen nach Doppelpunkt, Arbeitstitel",
    todo:
      "«Auf die Sanierung der Mensa haben wir auch sc…» goes to die Mutter zweier Kinder, not Carolin " +
      "Weitbrecht",
    headline: "Rückkehr zu G9: Esslinger Gymnasien fehlen die Räume",
    standfirst:
      "Ab dem kommenden Schuljahr lernen Fünftklässler wieder neun Jahre bis zum Abitur. Der " +
      "Leiter eines Gymnasiums in der Pliensauvorstadt warnt: „Wir platzen jetzt schon aus " +
      "allen Nähten.“",
    paragraphs: [
      "Baden-Württemberg kehrt zum neunjährigen Gymnasium zurück, und in Esslingen beginnt das " +
        "Rechnen. Nach Berechnungen der Stadtverwaltung werden an den städtischen Gymnasien bis " +
        "zum Schuljahr 2032/33 rund 24 zusätzliche Klassenzimmer gebraucht. Geld dafür ist im " +
        "Haushalt bislang nicht eingeplant.",
      "„Wir platzen jetzt schon aus allen Nähten“, sagt Bernd Aichele, der das Gymnasium in der " +
        "Pliensauvorstadt seit acht Jahren leitet. Schon heute würden zwei Klassen in Containern " +
        "auf dem Schulhof unterrichtet. „Wenn in ein paar Jahren ein ganzer Jahrgang mehr im Haus " +
        "ist, weiß ich schlicht nicht, wohin mit den Kindern.“",
      "Bildungsbürgermeisterin Yvonne Hägele räumte im Gemeinderat ein, die Stadt sei „nicht " +
        "ausreichend vorbereitet“. Das Land habe die Reform beschlossen, also müsse es sich auch " +
        "an den Kosten beteiligen: „Wer bestellt, bezahlt. Das gilt auch für Stuttgart.“",
      "Das Kultusministerium sieht das naturgemäß anders. In einer Stellungnahme heißt es, der " +
        "zusätzliche Raumbedarf entstehe „erst schrittweise“; die Kommunen hätten damit " +
        "„ausreichend Vorlauf“.",
      "Im Gesamtelternbeirat schüttelt man darüber den Kopf. Dessen Vorsitzende Carolin " +
        "Weitbrecht widersprach Hägele in der Sitzung deutlich. „Auf die Sanierung der Mensa " +
        "haben wir auch schon neun Jahre gewartet“, sagte die Mutter zweier Kinder.",
      "Und die Schülerinnen und Schüler? Die Zehntklässlerin Mia, 15, wird von der Reform " +
        "selbst nicht mehr profitieren, findet sie aber trotzdem gut: „Die Kleinen haben dann " +
        "wenigstens mal wieder einen Nachmittag frei.“",
      "Der Gemeinderat will im Februar über einen neuen Schulentwicklungsplan beraten. Das " +
        "Papier trägt den Arbeitstitel „Schule 2035“.",
    ],
    quotes: [
      ["Wir platzen jetzt schon aus allen Nähten", "Bernd Aichele"],
      [
        "Wenn in ein paar Jahren ein ganzer Jahrgang mehr im Haus ist, weiß ich schlicht nicht, " +
          "wohin mit den Kindern.",
        "Bernd Aichele",
      ],
      ["nicht ausreichend vorbereitet", "Yvonne Hägele"],
      ["Wer bestellt, bezahlt. Das gilt auch für Stuttgart.", "Yvonne Hägele"],
      ["erst schrittweise", "Das Kultusministerium"],
      ["ausreichend Vorlauf", "Das Kultusministerium"],
      ["Auf die Sanierung der Mensa haben wir auch schon neun Jahre gewartet", "Carolin Weitbrecht"],
      ["Die Kleinen haben dann wenigstens mal wieder einen Nachmittag frei.", "Mia"],
    ],
  },
  {
    name:
      "Siegener Zeitung, Wirtschaft: Unternehmensmitteilung mit „teilte das Unternehmen mit“, " +
      "Geschäftsführer als der 46-Jährige mit Fortsetzung ohne Verb, Teilzitat des Sachwalters " +
      "mit Doktortitel im Vorspann und im Text mit „wie er sagte“, Gewerkschafterin mit langem " +
      "Titel nach dem Zitat, ungenannter Walzwerker mit Fortsetzung ohne Verb, Produktname",
    todo:
      "«Die Kombination aus hohen Energiekosten und d…» goes to Das Kreuztaler Familienunternehmen mit " +
      "310 Beschäftigten, not Die Dreisbach Kaltwalztechnik GmbH & Co. KG",
    headline: "Kaltwalzwerk Dreisbach stellt Insolvenzantrag",
    standfirst:
      "Das Kreuztaler Familienunternehmen mit 310 Beschäftigten leidet unter Energiepreisen und " +
      "schwacher Autokonjunktur. Der Sachwalter sieht „gute Chancen für eine Fortführung“.",
    paragraphs: [
      "Die Dreisbach Kaltwalztechnik GmbH & Co. KG hat beim Amtsgericht Siegen einen Antrag auf " +
        "ein Insolvenzverfahren in Eigenverwaltung gestellt. Löhne und Gehälter der 310 " +
        "Mitarbeiterinnen und Mitarbeiter sind über das Insolvenzgeld bis Ende Februar gesichert.",
      "„Die Kombination aus hohen Energiekosten und dem Einbruch der Abrufe unserer Kunden aus " +
        "der Automobilindustrie hat uns keine andere Wahl gelassen“, teilte das Unternehmen am " +
        "Dienstag mit. Die Produktion laufe ohne Einschränkungen weiter.",
      "Geschäftsführer Martin Dreisbach führt den 1921 gegründeten Betrieb in vierter " +
        "Generation. Zuletzt hatte das Unternehmen mit „Precistrip“ ein Präzisionsband für " +
        "Batteriegehäuse auf den Markt gebracht. „Wir haben in Kreuztal schon zwei Weltkriege und " +
        "die Stahlkrise der Achtziger überstanden“, sagte der 46-Jährige im Gespräch mit der " +
        "Siegener Zeitung. „Ich bin überzeugt, dass wir auch das schaffen.“",
      "Zum vorläufigen Sachwalter bestellte das Gericht den Siegener Rechtsanwalt Dr. " +
        "Klaus-Peter Heinemann. Er sieht „gute Chancen für eine Fortführung“, wie er sagte. " +
        "Entscheidend sei, ob die Kunden dem Unternehmen die Treue hielten. Zu Gesprächen mit " +
        "möglichen Investoren wollte er sich nicht äußern.",
      "„Die Belegschaft hat in den vergangenen Jahren auf Weihnachtsgeld verzichtet, um genau " +
        "das zu verhindern“, sagte Andrea Schmelzer, Erste Bevollmächtigte der IG Metall Siegen. " +
        "Jetzt müsse die Familie zeigen, dass sie zum Standort stehe.",
      "Vor dem Werkstor herrschte am Dienstagmittag gedrückte Stimmung. „Mein Vater hat hier " +
        "schon gearbeitet, mein Sohn macht hier seine Ausbildung“, sagte ein Walzwerker, der seit " +
        "31 Jahren im Betrieb ist. „Man fragt sich schon, was aus dem Jungen wird.“",
      "Nach Angaben der IHK Siegen ist Dreisbach das dritte metallverarbeitende Unternehmen in " +
        "der Region, das in diesem Jahr Insolvenz anmelden muss.",
    ],
    quotes: [
      ["gute Chancen für eine Fortführung", "Klaus-Peter Heinemann"],
      [
        "Die Kombination aus hohen Energiekosten und dem Einbruch der Abrufe unserer Kunden aus " +
          "der Automobilindustrie hat uns keine andere Wahl gelassen",
        "Die Dreisbach Kaltwalztechnik GmbH & Co. KG",
      ],
      [
        "Wir haben in Kreuztal schon zwei Weltkriege und die Stahlkrise der Achtziger überstanden",
        "Martin Dreisbach",
      ],
      ["Ich bin überzeugt, dass wir auch das schaffen.", "Martin Dreisbach"],
      [
        "Die Belegschaft hat in den vergangenen Jahren auf Weihnachtsgeld verzichtet, um genau " +
          "das zu verhindern",
        "Andrea Schmelzer",
      ],
      ["Mein Vater hat hier schon gearbeitet, mein Sohn macht hier seine Ausbildung", "ein Walzwerker"],
      ["Man fragt sich schon, was aus dem Jungen wird.", "ein Walzwerker"],
    ],
  },
  {
    name:
      "profil, Wissenschaft: Verhaltensbiologin erst als „die Verhaltensbiologin“ nach dem " +
      "Zitat, dann als die 44-Jährige mit „betont“ und einem Zitat über zwei Absätze, Studie " +
      "mit „heißt es“ und Teilzitat, zwei Männer in einem Absatz (Mitautor im Konjunktiv, " +
      "externer Zoologe mit Teilzitat und Fortsetzung ohne Verb), Schluss ohne Verb nach " +
      "Konjunktiv, Tiername und Zeitschriftentitel",
    todo: "«einen Meilenstein» not found",
    headline: "Wie Raben Freundschaften pflegen",
    standfirst:
      "Kolkraben merken sich über Jahre, wer ihnen geholfen hat. Eine Langzeitstudie aus dem " +
      "Almtal zeigt, wie berechnend die Vögel dabei vorgehen.",
    paragraphs: [
      "Wer mit Verena Stöger-Lindner durch die Voliere im oberösterreichischen Almtal geht, " +
        "wird beobachtet. Zwölf Kolkraben sitzen auf den Ästen, legen den Kopf schief, einer " +
        "krächzt. „Der da oben mag mich nicht besonders“, sagt die Verhaltensbiologin und deutet " +
        "auf einen Raben, den das Team „Odin“ getauft hat.",
      "Sieben Jahre lang haben Stöger-Lindner und ihr Team an der Konrad Lorenz " +
        "Forschungsstelle in Grünau protokolliert, wie die Vögel Futter teilen, einander das " +
        "Gefieder putzen und wem sie im Streit beistehen. Die Ergebnisse sind nun im Fachjournal " +
        "„Current Biology“ erschienen.",
      "Raben, so das Fazit, führen eine Art Buchhaltung über ihre Beziehungen. In der Studie " +
        "heißt es, die Tiere investierten „gezielt in jene Partner, von denen sie später " +
        "Unterstützung erwarten können“.",
      "„Das klingt kalt, ist es aber nicht“, betont die 44-Jährige. „Auch bei uns Menschen " +
        "beruhen Freundschaften auf Gegenseitigkeit. Wer immer nur nimmt, wird irgendwann nicht " +
        "mehr eingeladen.",
      "„Das Faszinierende ist, dass Raben das ohne Sprache hinbekommen – und dass sie sich nach " +
        "drei Jahren Trennung noch an einen Gefallen erinnern.“",
      "Mitautor Lukas Hofbauer, der die Daten statistisch ausgewertet hat, gibt zu bedenken, " +
        "dass Raben in Gefangenschaft nicht unbedingt für ihre wilden Artgenossen stünden. Der " +
        "Zoologe Matthias Kerschbaumer von der Universität Innsbruck, der an der Studie nicht " +
        "beteiligt war, hält die Arbeit dennoch für „einen Meilenstein“. „Kaum eine Vogelstudie " +
        "hat so lange dieselben Individuen begleitet.“",
      "Und Odin? Der sei bei einer Fütterung einmal übergangen worden, erzählt Stöger-Lindner, " +
        "seitdem ignoriere er sie. „Raben sind nachtragend. Das steht so nicht in der Studie, " +
        "aber das kann ich Ihnen aus Erfahrung sagen.“",
    ],
    quotes: [
      ["Der da oben mag mich nicht besonders", "Verena Stöger-Lindner"],
      ["gezielt in jene Partner, von denen sie später Unterstützung erwarten können", "Studie"],
      ["Das klingt kalt, ist es aber nicht", "Verena Stöger-Lindner"],
      [
        "Auch bei uns Menschen beruhen Freundschaften auf Gegenseitigkeit. Wer immer nur nimmt, " +
          "wird irgendwann nicht mehr eingeladen.",
        "Verena Stöger-Lindner",
      ],
      [
        "Das Faszinierende ist, dass Raben das ohne Sprache hinbekommen – und dass sie sich nach " +
          "drei Jahren Trennung noch an einen Gefallen erinnern.",
        "Verena Stöger-Lindner",
      ],
      ["einen Meilenstein", "Matthias Kerschbaumer"],
      ["Kaum eine Vogelstudie hat so lange dieselben Individuen begleitet.", "Matthias Kerschbaumer"],
      [
        "Raben sind nachtragend. Das steht so nicht in der Studie, aber das kann ich Ihnen aus " +
          "Erfahrung sagen.",
        "Verena Stöger-Lindner",
      ],
    ],
  },
  {
    name:
      "Rai Südtirol, Verkehr: Teilzitat des Landesrats im Vorspann und im letzten Absatz nach " +
      "„bat um“, Landesrat mit Fortsetzung nach Konjunktiv, Aussendung der Gesellschaft mit " +
      "Teilzitat nach „erklärte“ und vollem Namen weiter oben, zwei Frauen in einem Absatz " +
      "(Krankenpflegerin mit „sagt sie“, Kollegin mit „nickt:“), Oppositionspolitiker mit einem " +
      "Wort nach „nannte“ und Zitat ohne Verb nach „so Gasser“, Werbeslogan",
    todo:
      "«nicht im Verantwortungsbereich der Gesellschaft» goes to Die Südtiroler Transportstrukturen " +
      "AG, not Südtiroler Transportstrukturen AG",
    headline: "Vinschger Bahn: Elektrozüge fahren erst im Herbst",
    standfirst:
      "Die Elektrifizierung der Strecke Meran–Mals verzögert sich erneut. Der " +
      "Mobilitätslandesrat bittet die Pendler um „noch ein bisschen Geduld“.",
    paragraphs: [
      "Die elektrischen Züge auf der Vinschger Bahn werden frühestens im Herbst fahren. Das hat " +
        "die Landesregierung am Dienstag nach einem Treffen mit der Südtiroler " +
        "Transportstrukturen AG, kurz STA, bekanntgegeben. Ursprünglich war der Start für Ende " +
        "Mai vorgesehen.",
      "„Das ist ärgerlich, aber unvermeidlich“, sagte Mobilitätslandesrat Thomas Pichler. Bei " +
        "Testfahrten hätten sich Probleme mit der Signaltechnik zwischen Schlanders und Spondinig " +
        "gezeigt. „Ich lasse keinen Zug fahren, bei dem nicht alles zu hundert Prozent sicher " +
        "ist.“",
      "Die STA erklärte in einer Aussendung, die Verzögerung liege „nicht im " +
        "Verantwortungsbereich der Gesellschaft“, sondern beim Lieferanten der Sicherungsanlagen.",
      "Für Pendlerinnen wie Sabine Tappeiner aus Laas bedeutet das weitere Monate mit " +
        "Umsteigen. Die 38-jährige Krankenpflegerin fährt jeden Tag nach Meran ins Krankenhaus. " +
        "„Ich stehe um halb fünf auf, damit ich rechtzeitig zum Frühdienst komme“, sagt sie. Ihre " +
        "Kollegin Martina Gurschler nickt: „Und am Abend wartet man in Spondinig im Wind auf den " +
        "Bus.“",
      "Kritik kommt von der Opposition. Der Landtagsabgeordnete Florian Gasser nannte die Bahn " +
        "ein „Dauerprovisorium“. So gehe man mit einer ganzen Talschaft nicht um, so Gasser. " +
        "„Seit Jahren hören wir jedes Frühjahr, dass es im Herbst so weit ist.“",
      "Der Tourismusverband Vinschgau hatte für den Sommer bereits mit dem Slogan „Elektrisch " +
        "ins Tal“ geworben. Die Plakate hängen schon in den Bahnhöfen.",
      "Bis zur Inbetriebnahme verkehren zwischen Mals und Schlanders weiterhin Ersatzbusse. " +
        "Pichler bat die Pendlerinnen und Pendler um „noch ein bisschen Geduld“.",
    ],
    quotes: [
      ["noch ein bisschen Geduld", "Thomas Pichler"],
      ["Das ist ärgerlich, aber unvermeidlich", "Thomas Pichler"],
      ["Ich lasse keinen Zug fahren, bei dem nicht alles zu hundert Prozent sicher ist.", "Thomas Pichler"],
      ["nicht im Verantwortungsbereich der Gesellschaft", "Südtiroler Transportstrukturen AG"],
      ["Ich stehe um halb fünf auf, damit ich rechtzeitig zum Frühdienst komme", "Sabine Tappeiner"],
      ["Und am Abend wartet man in Spondinig im Wind auf den Bus.", "Martina Gurschler"],
      ["Dauerprovisorium", "Florian Gasser"],
      ["Seit Jahren hören wir jedes Frühjahr, dass es im Herbst so weit ist.", "Florian Gasser"],
    ],
  },
  {
    name:
      "Goslarsche Zeitung, Kultur: Teilzitat der Regisseurin im Vorspann und im Text vor „so " +
      "beschrieb“, als die 39-Jährige mit „sagt sie“ und Fortsetzung, zwei Frauen in einem " +
      "Absatz mit „räumt Demirci ein“, Museumsdirektor mit „erklärte“ nach dem Zitat, " +
      "ungenannte Besucherin mit Teilzitat nach „fand“, ungenannter früherer Bergmann als der " +
      "81-Jährige, Opern- und Reihentitel",
    todo:
      "«für neunzig Minuten eindeutig zu hart» goes to Eine Besucherin aus Bad Harzburg, not Eine " +
      "Besucherin; «Früher hat hier der Kompressor gesungen, heut…» goes to Jens-Uwe Brandes, not " +
      "ein ehemaliger Bergmann",
    headline: "Oper unter Tage: Premiere im Rammelsberg",
    standfirst:
      "Das Harzer Kammerensemble zeigt Mozarts „Zauberflöte“ in einem Stollen des " +
      "Weltkulturerbes. Die Regisseurin hatte nach eigenen Worten „Gänsehaut von der ersten " +
      "Minute an“.",
    paragraphs: [
      "Zwölf Grad, 96 Prozent Luftfeuchtigkeit und Tropfen, die von der Decke fallen: Unter " +
        "diesen Bedingungen hat am Samstagabend im Roeder-Stollen des Rammelsbergs eine gekürzte " +
        "Fassung von Mozarts „Zauberflöte“ Premiere gefeiert. 120 Zuschauer, mit Helm und Jacke " +
        "ausgestattet, saßen auf Holzbänken in der einstigen Radstube.",
      "„Gänsehaut von der ersten Minute an“ – so beschrieb Regisseurin Katharina Vollmer-Reuß " +
        "nach der Vorstellung ihre Gefühle. Die 39-Jährige hatte die Idee vor drei Jahren bei " +
        "einer Führung. „Die Königin der Nacht in einem Bergwerk, das ist doch eine " +
        "Steilvorlage“, sagt sie. „Dunkler als hier wird es nirgends.“",
      "Die Königin singt die Sopranistin Elif Demirci, sonst am Staatstheater Braunschweig " +
        "engagiert. Anders als Vollmer-Reuß hatte sie anfangs Bedenken. „Die Feuchtigkeit geht " +
        "auf die Stimme, und das Echo ist tückisch“, räumt Demirci ein. Geprobt wurde deshalb von " +
        "Anfang an im Stollen.",
      "„Wir wollen zeigen, dass der Rammelsberg nicht nur Geschichte ist, sondern ein " +
        "lebendiger Ort“, erklärte Museumsdirektor Jens-Uwe Brandes. Die Stadt Goslar unterstützt " +
        "das Projekt im Rahmen der Reihe „Kultur unter Tage“ mit 25.000 Euro.",
      "Ganz ohne Einwände blieb der Abend nicht. Eine Besucherin aus Bad Harzburg fand die " +
        "Holzbänke „für neunzig Minuten eindeutig zu hart“, applaudierte am Ende aber trotzdem im " +
        "Stehen.",
      "In der ersten Reihe saß ein ehemaliger Bergmann, der bis zur Schließung des Erzbergwerks " +
        "1988 unter Tage gearbeitet hat. „Früher hat hier der Kompressor gesungen, heute " +
        "Papageno“, sagte der 81-Jährige schmunzelnd.",
      "Weitere Vorstellungen sind bis Ende März geplant; sie sind nahezu ausverkauft.",
    ],
    quotes: [
      ["Gänsehaut von der ersten Minute an", "Katharina Vollmer-Reuß"],
      ["Die Königin der Nacht in einem Bergwerk, das ist doch eine Steilvorlage", "Katharina Vollmer-Reuß"],
      ["Dunkler als hier wird es nirgends.", "Katharina Vollmer-Reuß"],
      ["Die Feuchtigkeit geht auf die Stimme, und das Echo ist tückisch", "Elif Demirci"],
      [
        "Wir wollen zeigen, dass der Rammelsberg nicht nur Geschichte ist, sondern ein lebendiger " + "Ort",
        "Jens-Uwe Brandes",
      ],
      ["für neunzig Minuten eindeutig zu hart", "Eine Besucherin"],
      ["Früher hat hier der Kompressor gesungen, heute Papageno", "ein ehemaliger Bergmann"],
    ],
  },
]);
