// A twenty-sixth round of composed German news articles, in the styles of outlets and beats the first
// twenty-five rounds (articles.de to articles25.de) did not use: Badische Zeitung (education: all-day
// schooling in Freiburg without rooms, a head teacher quoted in the headline and as „die 56-Jährige“, the
// schools mayor with „versichert sie“, an unnamed ministry spokeswoman's fragment, two women in one
// paragraph with „erzählt die Mutter von zwei Kindern“ and „Die Rektorin nickt:“, the head split around
// „sagt Schwörer-Kaltenbach“, the GEW's fragment with „warnte … vor“, a note on a door), Ludwigsburger
// Kreiszeitung (sport: SGV Freiberg losing the Oberliga top match, the coach's fragment in the standfirst,
// two men in one paragraph with „räumte … ein“ and „nahm ihn in Schutz:“, the scorer as „der 23-Jährige“,
// the other coach's fragment with „spottete er“, an unnamed fan after „brachte es auf den Punkt:“, a
// nickname and a banner), Emder Zeitung (transport: the Borkum catamaran out of service, an island
// electrician quoted in the headline and named in the body, a quote over two paragraphs, the AG Ems's
// release with „heißt es in einer Mitteilung“, its spokesman after „Boomgaarden:“, the island mayor's
// fragment with „sprach von“, an unnamed ticket clerk, two ships' names), Westfälischer Anzeiger (crime: a
// shock call in Hamm, an unnamed pensioner in the standfirst and as „die 84-Jährige“ with a continuation,
// two women in one paragraph, the police spokesman with „warnt“ in reported speech and split around „sagt
// Sommer“, the prosecutors' fragment with „Laut Staatsanwaltschaft Dortmund“, the police with „betont die
// Polizei Hamm“, a campaign's name), Wormser Zeitung (culture: the Nibelungen festival's premiere, a
// play's title in the headline, the director split around „erklärt Regisseur“, the lead actress over two
// paragraphs after „erzählt:“, the intendant with „freut sich“, the mayor's fragment with „nannte“, an
// unnamed spectator's fragment, a term in marks), Die Glocke (business: a kitchen maker in
// Rheda-Wiedenbrück on short time, a fitter quoted in the standfirst and named in the body, the managing
// director's letter with „schreibt … in einem Brief“ and later as „der 61-Jährige“ with a quote without a
// verb, the works council chair after „Strothmann:“, an unnamed union secretary's and an unnamed fitter's
// fragments, the paper's own name and a product line), Iserlohner Kreisanzeiger (local life: the last
// corner shop in Letmathe closing, the owner quoted in the standfirst as „die Inhaberin“, after „Sie
// erzählt:“ and with no verb, two women in one paragraph, the district mayor's fragment with „nannte“, an
// unnamed neighbour after „meint:“, a nickname in the headline and a sign), Jungfrau Zeitung (Switzerland,
// politics, with «…» and no ß: Lauterbrunnen's fee for day visitors, the council's message with „heisst es
// in der Botschaft“, the municipal president with „hielt … fest“, a hotelier split around „sagte
// Hotelier“, two men in one paragraph with „doppelte nach:“, an unnamed voter's fragment with „fand, es
// sei“, a campaign's name), Pinzgauer Nachrichten (Austria, environment: the Obersulzbachkees retreating,
// the glacier measurer quoted in the headline and as „der 67-Jährige“ with a continuation, the ÖAV's
// glacier report with „heißt es im Gletscherbericht des ÖAV“, father and son sharing a surname in one
// paragraph with „sagt der Vater“ and „Der Junior widerspricht:“, the park director's fragment with „hält
// fest“, an unnamed mountain guide, a mountain's epithet) and Brixner (South Tyrol, health: waiting times
// in Brixen's emergency room, a patient quoted in the headline and named in the body, the Primar with
// „erklärt der Primar“, the Sanitätsbetrieb with „teilt … mit“, two women in one paragraph with „sagt die
// 72-Jährige“ and „räumt ein:“, the Landesrat's fragment with „kündigte … an“, an unnamed nurse after
// „sagt:“, a triage term in marks). Every article was written for these tests, blind, before the engine
// was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Badische Zeitung, Bildung: Rektorin in der Überschrift und im Text als die 56-Jährige, " +
      "Schulbürgermeisterin mit „versichert sie“, Teilzitat einer ungenannten " +
      "Ministeriumssprecherin, zwei Frauen in einem Absatz („erzählt die Mutter von zwei " +
      "Kindern“, „nickt:“), Rektorin geteilt um „sagt Schwörer-Kaltenbach“, Teilzitat der GEW " +
      "mit „warnte … vor“, Schild an einer Tür",
    todo:
      "«So sieht es an vielen Schulen aus.» goes to Jana Ruf, not Birgit Schwörer-Kaltenbach; " +
      "«Verwahranstalten mit Mittagessen» goes to Die Gewerkschaft Erziehung und Wissenschaft, not " +
      "Gewerkschaft Erziehung und Wissenschaft",
    headline: "Ganztag an der Grundschule: „Wir wissen nicht, wo die Kinder essen sollen“",
    standfirst:
      "Ab dem Herbst 2026 haben Erstklässler einen Anspruch auf Betreuung bis in den " +
      "Nachmittag. An vielen Freiburger Schulen fehlen dafür Räume, Personal und Geld.",
    paragraphs: [
      "Die Mensa der Schönbergschule in St. Georgen ist eigentlich der alte Werkraum. Auf einem " +
        "Zettel an der Tür steht mit Filzstift „Speisesaal“, drinnen stehen sechs Tische zwischen " +
        "Hobelbänken. Rektorin Birgit Schwörer-Kaltenbach zuckt mit den Schultern. „Wir wissen " +
        "nicht, wo die Kinder essen sollen“, sagt die 56-Jährige. Schon jetzt essen 90 Kinder in " +
        "drei Schichten.",
      "Nach Zahlen der Stadtverwaltung fehlen an 14 der 33 Freiburger Grundschulen geeignete " +
        "Räume für den Ganztag. Schulbürgermeisterin Sabine Hügle kennt die Liste. „Wir bauen so " +
        "schnell, wie es Haushalt und Handwerker zulassen“, versichert sie. Für den Übergang " +
        "setze die Stadt an sechs Standorten auf Container.",
      "In Stuttgart sieht man die Verantwortung bei den Kommunen. Eine Sprecherin des " +
        "Kultusministeriums verwies auf die Fördermittel von Bund und Land. Die Schulträger " +
        "hätten „genug Vorlauf gehabt“, sagte sie.",
      "Jana Ruf sitzt im Elternbeirat der Schönbergschule und hat zwei Kinder an der Schule. " +
        "„Meine Tochter isst um halb zwölf, weil danach schon die nächste Gruppe kommt“, erzählt " +
        "die Mutter von zwei Kindern. Die Rektorin nickt: „So sieht es an vielen Schulen aus.“",
      "Dabei geht es Schwörer-Kaltenbach um mehr als Tische und Stühle. „Ganztag heißt nicht, " +
        "Kinder bis vier Uhr aufzubewahren“, sagt Schwörer-Kaltenbach, „es heißt, ihnen einen Ort " +
        "zu geben, an dem sie lernen und spielen können.“ Dafür brauche es Fachkräfte, die es auf " +
        "dem Markt kaum gebe.",
      "Die Gewerkschaft Erziehung und Wissenschaft (GEW) warnte in einer Pressemitteilung vor " +
        "„Verwahranstalten mit Mittagessen“. Der Gemeinderat will im Dezember über ein " +
        "Sonderprogramm für den Schulbau beraten.",
    ],
    quotes: [
      ["Wir wissen nicht, wo die Kinder essen sollen", "Birgit Schwörer-Kaltenbach"],
      ["Wir bauen so schnell, wie es Haushalt und Handwerker zulassen", "Sabine Hügle"],
      ["genug Vorlauf gehabt", "Eine Sprecherin des Kultusministeriums"],
      ["Meine Tochter isst um halb zwölf, weil danach schon die nächste Gruppe kommt", "Jana Ruf"],
      ["So sieht es an vielen Schulen aus.", "Birgit Schwörer-Kaltenbach"],
      ["Ganztag heißt nicht, Kinder bis vier Uhr aufzubewahren", "Birgit Schwörer-Kaltenbach"],
      [
        "es heißt, ihnen einen Ort zu geben, an dem sie lernen und spielen können.",
        "Birgit Schwörer-Kaltenbach",
      ],
      ["Verwahranstalten mit Mittagessen", "Gewerkschaft Erziehung und Wissenschaft"],
    ],
  },
  {
    name:
      "Ludwigsburger Kreiszeitung, Sport: Teilzitat des Trainers im Vorspann, im Text mit " +
      "„sagte SGV-Trainer“ nachgestellt, zwei Männer in einem Absatz („räumte Haag ein“, „nahm " +
      "ihn in Schutz:“), Torschütze als der 23-Jährige mit „meinte“, gegnerischer Trainer mit " +
      "Teilzitat und „spottete er“, ungenannter Fan nach „brachte es auf den Punkt:“, Spitzname " +
      "und Transparent",
    todo: "«zwei Geschenke» not found",
    headline: "SGV Freiberg verliert das Spitzenspiel in Nöttingen",
    standfirst:
      "Beim 1:2 beim FC Nöttingen kassieren die Freiberger beide Gegentore nach Standards. Ihr " +
      "Trainer ärgert sich über „zwei Geschenke“.",
    paragraphs: [
      "Lange sah es in Remchingen nach einem Punkt für den SGV Freiberg aus. Kevin Ofori, den " +
        "sie in Freiberg nur „Turbo“ rufen, hatte die Gäste in der 34. Minute in Führung " +
        "gebracht. Doch nach der Pause drehte der FC Nöttingen das Spiel mit zwei Kopfballtoren " +
        "nach Eckbällen.",
      "„Wir bekommen zwei Tore nach ruhenden Bällen, das darf in so einem Spiel einfach nicht " +
        "passieren“, sagte SGV-Trainer Markus Lämmle nach dem Abpfiff. Seine Mannschaft bleibt " +
        "mit 31 Punkten Dritter der Oberliga, der Rückstand auf Nöttingen wächst auf fünf Zähler.",
      "„Beim zweiten Tor muss ich rauskommen, das nehme ich auf meine Kappe“, räumte Torhüter " +
        "Niklas Haag ein. Innenverteidiger Timo Weller nahm ihn in Schutz: „Der Ball wird zweimal " +
        "abgefälscht, den hält keiner.“",
      "Ofori selbst war trotz seines neunten Saisontores nicht nach Feiern zumute. „Wir haben " +
        "gezeigt, dass wir hier mithalten können, aber davon kaufen wir uns nichts“, meinte der " +
        "23-Jährige.",
      "Nöttingens Trainer Dirk Kern hatte die Gäste stärker erwartet. Freiberg habe „viel " +
        "Ballbesitz, aber wenig Ideen“ gehabt, spottete er.",
      "Im Gästeblock hing ein Transparent mit der Aufschrift „Freiberg gibt niemals auf“. Ein " +
        "mitgereister Fan brachte es nach dem Schlusspfiff auf den Punkt: „Wer aufsteigen will, " +
        "darf so ein Spiel nicht verlieren.“ Am Samstag empfängt der SGV die Stuttgarter Kickers.",
    ],
    quotes: [
      ["zwei Geschenke", "Markus Lämmle"],
      [
        "Wir bekommen zwei Tore nach ruhenden Bällen, das darf in so einem Spiel einfach nicht " +
          "passieren",
        "Markus Lämmle",
      ],
      ["Beim zweiten Tor muss ich rauskommen, das nehme ich auf meine Kappe", "Niklas Haag"],
      ["Der Ball wird zweimal abgefälscht, den hält keiner.", "Timo Weller"],
      ["Wir haben gezeigt, dass wir hier mithalten können, aber davon kaufen wir uns nichts", "Kevin Ofori"],
      ["viel Ballbesitz, aber wenig Ideen", "Dirk Kern"],
      ["Wer aufsteigen will, darf so ein Spiel nicht verlieren.", "Ein mitgereister Fan"],
    ],
  },
  {
    name:
      "Emder Zeitung, Verkehr: Inselhandwerker in der Überschrift nur im Text genannt, Zitat " +
      "über zwei Absätze, Mitteilung der AG Ems mit „heißt es in einer Mitteilung“, " +
      "Reedereisprecher nach „Boomgaarden:“ und als der Sprecher im Konjunktiv, Teilzitat des " +
      "Bürgermeisters mit „sprach von“, ungenannter Schaltermitarbeiter mit „sagt er“, Namen " +
      "zweier Schiffe",
    headline: "Borkum-Fähre fällt aus: „Wir stehen hier seit sechs Uhr“",
    standfirst:
      "Wegen eines Schadens an der Ruderanlage fährt der Katamaran nach Borkum seit Montag " +
      "nicht. Im Außenhafen stauen sich Pendler und Lieferwagen.",
    paragraphs: [
      "Der Katamaran „Nordlicht“ liegt seit Montag in der Werft, die Autofähre „Ostfriesland“ " +
        "muss die Verbindung zwischen Emden und Borkum allein bedienen. Statt in einer Stunde " +
        "sind Fahrgäste jetzt mehr als zwei Stunden unterwegs, und die Plätze für Fahrzeuge sind " +
        "knapp.",
      "Gerd Ubben ist Elektriker auf Borkum und holt zweimal in der Woche Material vom " +
        "Festland. Am Mittwoch stand er mit seinem Transporter in der Warteschlange am " +
        "Außenhafen. „Wir stehen hier seit sechs Uhr“, sagte er kurz vor zehn. „Wenn ich heute " +
        "nicht mehr rüberkomme, steht auf der Insel eine Baustelle still.",
      "„Und die Kunden dort haben kein Verständnis dafür, dass ihr Material noch in Emden " + "liegt.“",
      "„Die Sicherheit unserer Fahrgäste hat oberste Priorität“, heißt es in einer Mitteilung " +
        "der AG Ems. Die Reederei hat zusätzliche Fahrten der „Ostfriesland“ eingeplant und " +
        "bittet Tagesgäste, auf die Anreise über Eemshaven auszuweichen. Sprecher Hero " +
        "Boomgaarden: „Wir rechnen damit, dass der Katamaran Ende nächster Woche wieder fährt.“ " +
        "Ein Ersatzteil müsse aus Norwegen kommen, sagte der Sprecher.",
      "Auf Borkum ist der Ärger groß. Inselbürgermeister Arno Tammen sprach von einer „Zumutung " +
        "für alle, die auf dem Festland arbeiten oder zum Arzt müssen“. Er habe die Reederei " +
        "gebeten, Berufspendlern Vorrang zu geben.",
      "Den Unmut bekommt zuerst das Personal am Fahrkartenschalter zu spüren. Ein Mitarbeiter " +
        "am Schalter, seit elf Jahren bei der Reederei, nimmt es mit Humor. „Die Leute schimpfen, " +
        "aber ändern kann ich es auch nicht“, sagt er.",
    ],
    quotes: [
      ["Wir stehen hier seit sechs Uhr", "Gerd Ubben"],
      ["Wenn ich heute nicht mehr rüberkomme, steht auf der Insel eine Baustelle still.", "Gerd Ubben"],
      [
        "Und die Kunden dort haben kein Verständnis dafür, dass ihr Material noch in Emden liegt.",
        "Gerd Ubben",
      ],
      ["Die Sicherheit unserer Fahrgäste hat oberste Priorität", "AG Ems"],
      ["Wir rechnen damit, dass der Katamaran Ende nächster Woche wieder fährt.", "Hero Boomgaarden"],
      ["Zumutung für alle, die auf dem Festland arbeiten oder zum Arzt müssen", "Arno Tammen"],
      ["Die Leute schimpfen, aber ändern kann ich es auch nicht", "Ein Mitarbeiter am Schalter"],
    ],
  },
  {
    name:
      "Westfälischer Anzeiger, Blaulicht: ungenannte Rentnerin im Vorspann und als die " +
      "84-Jährige, Fortsetzung ohne Verb, zwei Frauen in einem Absatz (Bankangestellte mit " +
      "„erinnert sich Kötter“, Rentnerin mit „sagt die Seniorin“), Polizeisprecher mit „warnt“ " +
      "im Konjunktiv ohne Zeichen und geteilt um „sagt Sommer“, Teilzitat mit „Laut " +
      "Staatsanwaltschaft“, Polizei mit „betont die Polizei“, Name einer Präventionskampagne",
    todo:
      "«Ohne die junge Frau wäre alles weg» goes to Sabine Kötter, not Eine Rentnerin aus " +
      "Bockum-Hövel; «Kein Polizist wird Sie jemals am Telefon um G…» goes to die Polizei Hamm, not " +
      "Polizei Hamm",
    headline: "Schockanruf in Bockum-Hövel: Bankangestellte verhindert Betrug",
    standfirst:
      "Eine Seniorin wollte 38.000 Euro für ihre angeblich verhaftete Tochter abheben. „Ich war " +
      "völlig durcheinander“, sagt die Rentnerin heute.",
    paragraphs: [
      "Der Anruf kam an einem Dienstagvormittag. Am Telefon weinte eine Frau, die sich als " +
        "Tochter ausgab, dann übernahm ein angeblicher Polizeibeamter: Die Tochter habe einen " +
        "tödlichen Unfall verursacht und komme nur gegen eine Kaution frei.",
      "Eine Rentnerin aus Bockum-Hövel, die ihren Namen nicht in der Zeitung lesen möchte, " +
        "glaubte die Geschichte. „Ich war völlig durcheinander“, sagt die 84-Jährige. „Die Stimme " +
        "klang genau wie meine Tochter, ich habe keine Sekunde gezweifelt.“",
      "Dass das Geld nie bei den Tätern ankam, ist Sabine Kötter zu verdanken. Die " +
        "Bankangestellte der Sparkasse wunderte sich über den hohen Betrag. „Sie hatte einen " +
        "Zettel mit einer Adresse in der Hand und zitterte“, erinnert sich Kötter. Sie rief die " +
        "Polizei. „Ohne die junge Frau wäre alles weg“, sagt die Seniorin.",
      "Diese Banden arbeiteten mit Drehbüchern und enormem Druck, warnt Polizeisprecher Dirk " +
        "Sommer. Allein im Oktober seien in Hamm 46 solcher Anrufe angezeigt worden. „Die Täter“, " +
        "sagt Sommer, „suchen sich gezielt alte Vornamen aus dem Telefonbuch.“",
      "Einen Abholer haben die Ermittler inzwischen gefasst. Laut Staatsanwaltschaft Dortmund " +
        "sitzt ein 22-Jähriger aus Gelsenkirchen „wegen dringenden Tatverdachts des " +
        "gewerbsmäßigen Betrugs“ in Untersuchungshaft. Die Hintermänner werden in der Türkei " +
        "vermutet.",
      "„Kein Polizist wird Sie jemals am Telefon um Geld oder Wertsachen bitten“, betont die " +
        "Polizei Hamm in einer Mitteilung. Mit der Kampagne „Leg einfach auf!“ will sie im " +
        "Dezember in Seniorentreffs und Kirchengemeinden aufklären.",
    ],
    quotes: [
      ["Ich war völlig durcheinander", "Eine Rentnerin aus Bockum-Hövel"],
      [
        "Die Stimme klang genau wie meine Tochter, ich habe keine Sekunde gezweifelt.",
        "Eine Rentnerin aus Bockum-Hövel",
      ],
      ["Sie hatte einen Zettel mit einer Adresse in der Hand und zitterte", "Sabine Kötter"],
      ["Ohne die junge Frau wäre alles weg", "Eine Rentnerin aus Bockum-Hövel"],
      ["Die Täter", "Dirk Sommer"],
      ["suchen sich gezielt alte Vornamen aus dem Telefonbuch.", "Dirk Sommer"],
      ["wegen dringenden Tatverdachts des gewerbsmäßigen Betrugs", "Staatsanwaltschaft Dortmund"],
      ["Kein Polizist wird Sie jemals am Telefon um Geld oder Wertsachen bitten", "Polizei Hamm"],
    ],
  },
  {
    name:
      "Wormser Zeitung, Kultur: Stücktitel in der Überschrift, Regisseur geteilt um „erklärt " +
      "Regisseur“, Hauptdarstellerin mit Zitat über zwei Absätze nach „erzählt:“, Intendant mit " +
      "„freut sich“, Teilzitat des Oberbürgermeisters mit „nannte“, ungenannte Zuschauerin mit " +
      "Teilzitat, erwähnter Begriff und Stücktitel",
    todo:
      "«Bei den Proben hat es fast jeden Abend geregn…» goes to Nibelungen-Festspiele, not Lea Kurz; " +
      "«Aber wenn dann der Dom hinter einem angestrah…» goes to Nibelungen-Festspiele, not Lea Kurz; " +
      "«Ausverkauft bis zur letzten Vorstellung» not found; «Hagen» taken for a quote",
    headline: "Nibelungen-Festspiele: „Hagen“ feiert umjubelte Premiere vor dem Dom",
    standfirst:
      "Das neue Stück erzählt die Sage aus der Sicht des Mörders. Das Publikum dankte mit zehn " +
      "Minuten Applaus.",
    paragraphs: [
      "Als am Freitagabend kurz vor Mitternacht die letzten Scheinwerfer am Kaiserdom " +
        "erloschen, standen 1400 Zuschauer auf der Tribüne im Heylshofpark. „Hagen“, das neue " +
        "Stück der Nibelungen-Festspiele, stellt nicht Siegfried in den Mittelpunkt, sondern " +
        "seinen Mörder.",
      "„Hagen ist für viele der Inbegriff der Treue bis in den Tod“, erklärt Regisseur Jonas " +
        "Wiesmann, „wir wollten wissen, was diese Treue einen Menschen kostet.“ Dafür hat der " +
        "44-Jährige die Bühne in einen Bunker aus Beton verwandelt. Der Begriff " +
        "„Nibelungentreue“, im Ersten Weltkrieg zur Kriegsparole verklärt, zieht sich als " +
        "Leitmotiv durch den ganzen Abend.",
      "Für Hauptdarstellerin Lea Kurz, die die Kriemhild spielt, war es das erste Mal in Worms. " +
        "Sie erzählt: „Bei den Proben hat es fast jeden Abend geregnet. Irgendwann haben wir " +
        "aufgehört, die Kostüme zu trocknen.",
      "„Aber wenn dann der Dom hinter einem angestrahlt wird, vergisst man jeden Tropfen.“",
      "„Ausverkauft bis zur letzten Vorstellung“, freut sich Intendant Thomas Reuß. Schon im " +
        "Vorverkauf seien mehr als 20.000 Karten abgesetzt worden, ein Rekord für die Festspiele.",
      "Oberbürgermeister Martin Thelen nannte die Festspiele bei der Premierenfeier ein " +
        "„Aushängeschild, um das uns andere Städte beneiden“. Nicht alle waren so begeistert. " +
        "Eine Zuschauerin aus Mannheim fand den Abend „zu laut, aber nie langweilig“. Gespielt " +
        "wird bis zum 4. August.",
    ],
    quotes: [
      ["Hagen ist für viele der Inbegriff der Treue bis in den Tod", "Jonas Wiesmann"],
      ["wir wollten wissen, was diese Treue einen Menschen kostet.", "Jonas Wiesmann"],
      [
        "Bei den Proben hat es fast jeden Abend geregnet. Irgendwann haben wir aufgehört, die " +
          "Kostüme zu trocknen.",
        "Lea Kurz",
      ],
      ["Aber wenn dann der Dom hinter einem angestrahlt wird, vergisst man jeden Tropfen.", "Lea Kurz"],
      ["Ausverkauft bis zur letzten Vorstellung", "Thomas Reuß"],
      ["Aushängeschild, um das uns andere Städte beneiden", "Martin Thelen"],
      ["zu laut, aber nie langweilig", "Eine Zuschauerin aus Mannheim"],
    ],
  },
  {
    name:
      "Die Glocke, Wirtschaft: Mitarbeiterin in der Überschrift nur im Text genannt, Brief des " +
      "Geschäftsführers mit „schreibt … in einem Brief“, Zeitungsname in Zeichen, " +
      "Betriebsratsvorsitzende nach „Strothmann:“, der Firmenchef als der 61-Jährige mit " +
      "Konjunktiv und Zitat ohne Verb, „Laut IG Metall“ ohne Zeichen, Teilzitat eines " +
      "ungenannten Gewerkschaftssekretärs, ungenannter Monteur mit „fürchtet“, Produktname",
    headline: "Küchenhersteller Westhoff schickt 400 Beschäftigte in Kurzarbeit",
    standfirst:
      "Ab Januar wird in Rheda-Wiedenbrück nur noch vier Tage die Woche produziert. Eine " +
      "Monteurin sagt: „Wir haben das kommen sehen.“",
    paragraphs: [
      "Die Westhoff Küchen GmbH führt ab dem 1. Januar Kurzarbeit für rund 400 der 650 " +
        "Beschäftigten ein. „Die Auftragslage hat sich seit dem Sommer dramatisch " +
        "verschlechtert“, schreibt Geschäftsführer Ansgar Westhoff in einem Brief an die " +
        "Belegschaft, der der „Glocke“ vorliegt.",
      "Besonders betroffen ist die Serie „Vario Line“, mit der das Familienunternehmen vor fünf " +
        "Jahren in den Markt für günstigere Einbauküchen eingestiegen war. Die Neubauzahlen seien " +
        "eingebrochen, der Export nach Frankreich stocke.",
      "Betriebsratsvorsitzende Melanie Strothmann hat der Vereinbarung zugestimmt, allerdings " +
        "nur befristet bis Ende März. Strothmann: „Kurzarbeit ist besser als Entlassungen. Aber " +
        "sie darf kein Dauerzustand werden.“",
      "Laut IG Metall stockt das Unternehmen das Kurzarbeitergeld auf 85 Prozent des Nettolohns " +
        "auf. Das sei „für die Branche ordentlich“, sagte ein Gewerkschaftssekretär.",
      "Ansgar Westhoff führt das Unternehmen seit 1998 in zweiter Generation. Einen " +
        "Stellenabbau schließe er derzeit aus, sagte der 61-Jährige im Gespräch mit der „Glocke“. " +
        "„Wir haben Finanzkrise und Corona überstanden. Wir werden auch das überstehen.“",
      "In der Frühstückspause vor Halle 3 ist die Stimmung gedrückt. Petra Kemper montiert seit " +
        "22 Jahren Arbeitsplatten. „Wir haben das kommen sehen“, sagt die 54-Jährige. „Seit " +
        "Oktober stehen bei uns die Bänder mittags still.“ Ein Monteur neben ihr fürchtet „eine " +
        "Hängepartie bis zum Sommer“.",
    ],
    quotes: [
      ["Wir haben das kommen sehen", "Petra Kemper"],
      ["Die Auftragslage hat sich seit dem Sommer dramatisch verschlechtert", "Ansgar Westhoff"],
      [
        "Kurzarbeit ist besser als Entlassungen. Aber sie darf kein Dauerzustand werden.",
        "Melanie Strothmann",
      ],
      ["für die Branche ordentlich", "ein Gewerkschaftssekretär"],
      ["Wir haben Finanzkrise und Corona überstanden. Wir werden auch das überstehen.", "Ansgar Westhoff"],
      ["Seit Oktober stehen bei uns die Bänder mittags still.", "Petra Kemper"],
      ["eine Hängepartie bis zum Sommer", "Ein Monteur"],
    ],
  },
  {
    name:
      "Iserlohner Kreisanzeiger, Lokales: Inhaberin im Vorspann nur als „die Inhaberin“, im " +
      "Text nach „Sie erzählt:“ und im nächsten Absatz ohne Verb, Stammkundin und Inhaberin als " +
      "zwei Frauen in einem Absatz („sagt Hövel“, Inhaberin ohne Verb), Teilzitat des " +
      "Bezirksbürgermeisters mit „nannte“, ungenannter Nachbar nach „meint:“, Spitzname und " +
      "Schild",
    todo: "«Tante Inge» taken for a quote",
    headline: "Nach 52 Jahren: „Tante Inge“ schließt ihren Laden in Letmathe",
    standfirst:
      "Zum Jahresende gibt Ingrid Brinkschulte ihr Lebensmittelgeschäft an der Hagener Straße " +
      "auf. „Irgendwann muss Schluss sein“, sagt die Inhaberin.",
    paragraphs: [
      "Im Schaufenster hängt seit Montag ein Schild: „Wir schließen – danke für 52 Jahre“. Wer " +
        "den kleinen Laden an der Hagener Straße betritt, wird trotzdem begrüßt wie immer, mit " +
        "Namen und der Frage nach der Familie. In Letmathe kennen alle die Inhaberin nur als " +
        "„Tante Inge“.",
      "Ingrid Brinkschulte ist 78 Jahre alt. 1972 hat sie das Geschäft von ihren " +
        "Schwiegereltern übernommen. „Irgendwann muss Schluss sein“, sagt sie. Ihre Knie machten " +
        "nicht mehr mit, einen Nachfolger gebe es nicht. Sie erzählt: „Früher gab es in dieser " +
        "Straße drei Bäcker, zwei Metzger und uns.“",
      "„Heute sind wir die Letzten, und bald gibt es hier nur noch den Paketshop.“ Sie schaut " +
        "aus dem Fenster auf die leere Straße.",
      "Renate Hövel kauft seit vierzig Jahren bei Brinkschulte ein, jeden Morgen Brötchen, " +
        "samstags die Zeitung. „Hier bekomme ich auch mal was angeschrieben, wenn die Rente noch " +
        "nicht da ist“, sagt Hövel. Die Inhaberin lacht. „Und bezahlt hat sie immer.“",
      "Bezirksbürgermeister Klaus Pahlke nannte den Laden „ein Stück Letmathe, das man nicht " +
        "ersetzen kann“. Die Stadt wolle versuchen, im Erdgeschoss wieder einen Nahversorger " +
        "anzusiedeln.",
      "Ein Nachbar, der gerade mit einer Tüte Kartoffeln aus der Tür kommt, meint: „Dann muss " +
        "ich wohl für jedes Brot mit dem Auto fahren.“ Am 30. Dezember ist der letzte " +
        "Verkaufstag.",
    ],
    quotes: [
      ["Irgendwann muss Schluss sein", "Ingrid Brinkschulte"],
      ["Früher gab es in dieser Straße drei Bäcker, zwei Metzger und uns.", "Ingrid Brinkschulte"],
      ["Heute sind wir die Letzten, und bald gibt es hier nur noch den Paketshop.", "Ingrid Brinkschulte"],
      ["Hier bekomme ich auch mal was angeschrieben, wenn die Rente noch nicht da ist", "Renate Hövel"],
      ["Und bezahlt hat sie immer.", "Ingrid Brinkschulte"],
      ["ein Stück Letmathe, das man nicht ersetzen kann", "Klaus Pahlke"],
      ["Dann muss ich wohl für jedes Brot mit dem Auto fahren.", "Ein Nachbar"],
    ],
  },
  {
    name:
      "Jungfrau Zeitung, Politik (Schweiz, mit «…», ohne ß): Botschaft des Gemeinderats mit " +
      "„heisst es in der Botschaft“, Gemeindepräsidentin mit „hielt … fest“ nachgestellt, " +
      "Hotelier geteilt um „sagte Brawand“, zwei Männer in einem Absatz („doppelte nach:“), " +
      "Teilzitat einer ungenannten Stimmbürgerin, Name einer Initiative",
    headline: "Lauterbrunnen führt eine Gebühr für Tagesgäste ein",
    standfirst:
      "Die Gemeindeversammlung hat am Freitagabend mit 312 zu 188 Stimmen Ja gesagt. Ab Sommer " +
      "zahlen Tagesausflügler fünf Franken.",
    paragraphs: [
      "Die Mehrzweckhalle in Lauterbrunnen war so voll wie seit Jahren nicht mehr. Rund 500 " +
        "Stimmberechtigte diskutierten fast drei Stunden über die Gebühr, die Tagesgäste künftig " +
        "beim Parkieren oder an der Bahnstation entrichten sollen.",
      "«Die Infrastruktur im Tal ist für eine Dorfbevölkerung gebaut, nicht für eine Million " +
        "Besucher pro Jahr», heisst es in der Botschaft des Gemeinderats. Die Einnahmen von " +
        "geschätzt 2,5 Millionen Franken sollen in Toiletten, Abfallentsorgung und " +
        "Verkehrslenkung fliessen.",
      "«Wir wollen niemanden aussperren, aber wer kommt, soll sich an den Kosten beteiligen», " +
        "hielt Gemeindepräsidentin Therese von Allmen vor der Abstimmung fest.",
      "Gegen die Vorlage stellte sich vor allem das Gewerbe. «Eine Gebühr am Dorfeingang ist " +
        "das falsche Signal», sagte Hotelier Ueli Brawand, «die Gäste fragen sich dann, ob sie " +
        "überhaupt willkommen sind.» Landwirt Christian Feuz doppelte nach: «Die Kühe stehen auch " +
        "im Stau, und niemand fragt sie.»",
      "Eine ältere Stimmbürgerin aus Wengen fand, es sei «höchste Zeit, dass sich das Tal " +
        "wehrt», und erntete dafür langen Applaus. Die Befürworter hatten sich im Vorfeld unter " +
        "dem Namen «Lauterbrunnen bleibt lebendig» zusammengeschlossen.",
      "Der Kanton muss die Gebühr noch genehmigen. Von Allmen zeigte sich nach der Versammlung " +
        "zuversichtlich: «Wir haben die Vorlage mit Bern eng abgesprochen.»",
    ],
    quotes: [
      [
        "Die Infrastruktur im Tal ist für eine Dorfbevölkerung gebaut, nicht für eine Million " +
          "Besucher pro Jahr",
        "Gemeinderat",
      ],
      [
        "Wir wollen niemanden aussperren, aber wer kommt, soll sich an den Kosten beteiligen",
        "Therese von Allmen",
      ],
      ["Eine Gebühr am Dorfeingang ist das falsche Signal", "Ueli Brawand"],
      ["die Gäste fragen sich dann, ob sie überhaupt willkommen sind.", "Ueli Brawand"],
      ["Die Kühe stehen auch im Stau, und niemand fragt sie.", "Christian Feuz"],
      ["höchste Zeit, dass sich das Tal wehrt", "Eine ältere Stimmbürgerin aus Wengen"],
      ["Wir haben die Vorlage mit Bern eng abgesprochen.", "Therese von Allmen"],
    ],
  },
  {
    name:
      "Pinzgauer Nachrichten, Umwelt (Österreich): Gletschermesser in der Überschrift und als " +
      "der 67-Jährige mit Fortsetzung ohne Verb, Gletscherbericht mit „heißt es im " +
      "Gletscherbericht des ÖAV“, Vater und Sohn mit gleichem Nachnamen in einem Absatz („sagt " +
      "der Vater“, „Der Junior widerspricht:“), Teilzitat der Nationalparkdirektorin mit „hält " +
      "fest“, ungenannter Bergführer, Beiname eines Berges",
    headline: "Obersulzbachkees: „So schnell war der Rückgang noch nie“",
    standfirst:
      "Fast 80 Meter hat der Gletscher unter dem Großvenediger im vergangenen Jahr verloren. " +
      "Für die Hütten im Tal wird der Zustieg zum Problem.",
    paragraphs: [
      "Seit 31 Jahren steigt Hannes Wieser jeden September zur Zunge des Obersulzbachkees auf " +
        "und misst, wie weit sich das Eis zurückgezogen hat. Heuer waren es 78 Meter. „So schnell " +
        "war der Rückgang noch nie“, sagt der 67-Jährige aus Neukirchen. „Wo ich als junger " +
        "Messer noch auf Eis gestanden bin, wachsen heute Weiden.“",
      "Das Obersulzbachkees ist kein Einzelfall. „Alle gemessenen Gletscher in Österreich sind " +
        "im Berichtsjahr zurückgegangen“, heißt es im Gletscherbericht des ÖAV, der am Freitag " +
        "veröffentlicht wurde. Am Großvenediger, den die Pinzgauer gern die „Weltalte Majestät“ " +
        "nennen, sei die Eisdicke seit 2000 um ein Viertel geschrumpft.",
      "Auf der Kürsinger Hütte spürt man das jeden Tag. Seit der Gletscher zurückgeht, ist der " +
        "alte Weg über das Eis zu gefährlich geworden. „Wir mussten heuer zweimal den Steig " +
        "verlegen“, sagt Hüttenwirt Sepp Rieder. Sein Sohn Florian Rieder, 34, soll die Hütte " +
        "übernehmen. „In zehn Jahren kommt hier niemand mehr über den Gletscher herauf“, sagt der " +
        "Vater. Der Junior widerspricht: „Dann kommen die Leute eben wegen der Aussicht und nicht " +
        "wegen des Eises.“",
      "Nationalparkdirektorin Barbara Pichler hält fest, der Schutz der Gletscher sei „keine " +
        "Aufgabe, die wir hier im Tal lösen können“. Der Nationalpark Hohe Tauern setze auf " +
        "Information und auf sichere Wege.",
      "Ein Bergführer aus Bramberg, der seit Jahrzehnten Gäste auf den Venediger führt, sieht " +
        "es nüchtern. „Früher war der Gletscher das Ziel, heute ist er das Hindernis“, sagt er.",
    ],
    quotes: [
      ["So schnell war der Rückgang noch nie", "Hannes Wieser"],
      ["Wo ich als junger Messer noch auf Eis gestanden bin, wachsen heute Weiden.", "Hannes Wieser"],
      ["Alle gemessenen Gletscher in Österreich sind im Berichtsjahr zurückgegangen", "ÖAV"],
      ["Wir mussten heuer zweimal den Steig verlegen", "Sepp Rieder"],
      ["In zehn Jahren kommt hier niemand mehr über den Gletscher herauf", "Sepp Rieder"],
      ["Dann kommen die Leute eben wegen der Aussicht und nicht wegen des Eises.", "Florian Rieder"],
      ["keine Aufgabe, die wir hier im Tal lösen können", "Barbara Pichler"],
      ["Früher war der Gletscher das Ziel, heute ist er das Hindernis", "Ein Bergführer aus Bramberg"],
    ],
  },
  {
    name:
      "Brixner, Gesundheit (Südtirol): Patientin in der Überschrift nur im Text genannt, Primar " +
      "mit „erklärt der Primar“ und Konjunktiv, Sanitätsbetrieb mit „teilt … mit“, zwei Frauen " +
      "in einem Absatz (Patientin mit „sagt die 72-Jährige“, Pflegekoordinatorin nach „räumt " +
      "ein:“), Teilzitat des Landesrats mit „kündigte … an“, ungenannte Krankenpflegerin, " +
      "erwähnter Begriff",
    todo:
      "«Seit Jahresbeginn sind in Brixen sechs Stelle…» goes to der Südtiroler Sanitätsbetrieb, not " +
      "Südtiroler Sanitätsbetrieb",
    headline: "Notaufnahme Brixen: „Sieben Stunden auf dem Gang“",
    standfirst:
      "Die Wartezeiten in der Ersten Hilfe des Krankenhauses Brixen sind im Herbst auf einen " +
      "Rekordwert gestiegen. Der Sanitätsbetrieb sucht nach Lösungen.",
    paragraphs: [
      "Mit einem gebrochenen Handgelenk kam Rosa Kerschbaumer aus Vahrn an einem Samstag im " +
        "Oktober in die Notaufnahme. Nach Hause ging sie kurz vor Mitternacht. „Sieben Stunden " +
        "auf dem Gang“, sagt die 72-Jährige. „Und ich war noch nicht einmal die, der es am " +
        "schlechtesten ging.“",
      "Der Primar der Ersten Hilfe, Markus Oberhofer, kennt solche Geschichten. „An manchen " +
        "Tagen behandeln wir 180 Patienten mit einem Team, das für 120 gedacht ist“, erklärt der " +
        "Primar. Ein großer Teil gehöre eigentlich zum Hausarzt. Wer bei der Triage den " +
        "sogenannten „weißen Kodex“ bekommt, muss mit den längsten Wartezeiten rechnen.",
      "„Seit Jahresbeginn sind in Brixen sechs Stellen in der Pflege unbesetzt“, teilt der " +
        "Südtiroler Sanitätsbetrieb auf Anfrage mit. Man versuche, mit Prämien Personal aus " +
        "Nordtirol und Bayern anzuwerben.",
      "Kerschbaumer hat sich nach ihrem Besuch schriftlich beschwert. „Niemand hat mir gesagt, " +
        "wie lange es noch dauert“, sagt die 72-Jährige. Pflegekoordinatorin Evi Gasser räumt " +
        "ein: „Die Kommunikation im Wartebereich ist unsere größte Baustelle.“",
      "Landesrat Stefan Pircher kündigte im Landtag „eine spürbare Entlastung noch vor dem " +
        "Winter“ an. Eine Ambulanz für leichte Fälle soll ab Dezember abends und am Wochenende " +
        "öffnen.",
      "Auf der Station glaubt man erst daran, wenn es so weit ist. Eine Krankenpflegerin, die " +
        "nicht genannt werden will, sagt: „Wir haben schon viele Pläne gesehen. Was fehlt, sind " +
        "Leute.“",
    ],
    quotes: [
      ["Sieben Stunden auf dem Gang", "Rosa Kerschbaumer"],
      ["Und ich war noch nicht einmal die, der es am schlechtesten ging.", "Rosa Kerschbaumer"],
      [
        "An manchen Tagen behandeln wir 180 Patienten mit einem Team, das für 120 gedacht ist",
        "Markus Oberhofer",
      ],
      [
        "Seit Jahresbeginn sind in Brixen sechs Stellen in der Pflege unbesetzt",
        "Südtiroler Sanitätsbetrieb",
      ],
      ["Niemand hat mir gesagt, wie lange es noch dauert", "Rosa Kerschbaumer"],
      ["Die Kommunikation im Wartebereich ist unsere größte Baustelle.", "Evi Gasser"],
      ["eine spürbare Entlastung noch vor dem Winter", "Stefan Pircher"],
      ["Wir haben schon viele Pläne gesehen. Was fehlt, sind Leute.", "Eine Krankenpflegerin"],
    ],
  },
]);
