// A second round of composed German news articles, in the styles of outlets and beats the first
// round (articles.de.test.ts) did not use: Die Zeit, Welt, taz, NZZ (Switzerland), Der Standard
// (Austria), Deutsche Welle; parliament, the central bank, football, a flood. Every article is written
// for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name: "NZZ, Bundesrat: die Bundesrätin sagte vor den Medien, so die Vorsteherin, kritisierte, teilte mit",
    headline: "Bundesrat will Armeebudget erhöhen – Linke spricht von «Aufrüstung»",
    paragraphs: [
      "Der Bundesrat will die Ausgaben für die Armee bis 2030 auf ein Prozent des " +
        "Bruttoinlandprodukts erhöhen. Das hat die Landesregierung am Mittwoch in Bern beschlossen.",
      "«Die Sicherheitslage in Europa hat sich grundlegend verändert», sagte Verteidigungsministerin " +
        "Viola Amherd vor den Medien.",
      "Die Schweiz könne sich nicht länger darauf verlassen, dass andere für ihre Sicherheit sorgten, " +
        "so die Vorsteherin des VBS. Die Erhöhung sei «massvoll und notwendig».",
      "Die SP-Nationalrätin Franziska Roth kritisierte den Entscheid scharf. «Das ist Aufrüstung auf " +
        "Kosten der Entwicklungshilfe», sagte sie.",
      "Die Eidgenössische Finanzkontrolle teilte mit, die Beschaffungsprojekte der Armee wiesen " +
        "«erhebliche Mängel» auf.",
    ],
    quotes: [
      // The headline's word is the Nationalrätin's, quoted in the body (lefigaro-1's gold: «avancée»).
      ["Aufrüstung", "Franziska Roth"],
      ["Die Sicherheitslage in Europa hat sich grundlegend verändert", "Viola Amherd"],
      ["massvoll und notwendig", "Viola Amherd"],
      ["Das ist Aufrüstung auf Kosten der Entwicklungshilfe", "Franziska Roth"],
      ["erhebliche Mängel", "Die Eidgenössische Finanzkontrolle"],
    ],
  },
  {
    name: "Der Standard, Nationalrat: der Kanzler, die Klubobfrau, meinte, laut Aussendung, der Abgeordnete",
    headline: "Budgetdebatte im Nationalrat: Opposition ortet „Pleite mit Ansage“",
    paragraphs: [
      "Im Nationalrat ist am Mittwoch die Debatte über das Doppelbudget 2027/2028 eröffnet worden. " +
        "Finanzminister Markus Brunner verteidigte den Sparkurs der Regierung.",
      "„Wir müssen jetzt gegensteuern, sonst drohen uns Strafzahlungen aus Brüssel“, sagte Brunner " +
        "zu Beginn seiner Rede.",
      "Die Klubobfrau der Grünen, Sigrid Maurer, warf der Regierung vor, bei den Ärmsten zu sparen. " +
        "Das Budget sei eine „Pleite mit Ansage“, meinte Maurer.",
      "Laut einer Aussendung des Fiskalrats ist das Defizit „deutlich höher als erwartet“.",
      "Der FPÖ-Abgeordnete Hubert Fuchs sprach von einem „Offenbarungseid“. Die Regierung habe " +
        "„jahrelang über ihre Verhältnisse gelebt“, sagte Fuchs.",
    ],
    quotes: [
      // The headline repeats the Klubobfrau's words: one entry, hers (GUIDELINES.md).
      ["Wir müssen jetzt gegensteuern, sonst drohen uns Strafzahlungen aus Brüssel", "Markus Brunner"],
      ["Pleite mit Ansage", "Sigrid Maurer"],
      ["deutlich höher als erwartet", "einer Aussendung des Fiskalrats"],
      ["Offenbarungseid", "Hubert Fuchs"],
      ["jahrelang über ihre Verhältnisse gelebt", "Hubert Fuchs"],
    ],
  },
  {
    name: "Die Zeit, Geldpolitik: EZB-Präsidentin, erklärte in Frankfurt, Ökonomen, sagte der Chefvolkswirt",
    headline: "EZB senkt Leitzins: „Der Kampf gegen die Inflation ist nicht vorbei“",
    paragraphs: [
      "Die Europäische Zentralbank (EZB) hat den Leitzins zum dritten Mal in Folge gesenkt, auf nun " +
        "2,75 Prozent.",
      "„Der Kampf gegen die Inflation ist nicht vorbei“, sagte EZB-Präsidentin Christine Lagarde am " +
        "Donnerstag in Frankfurt. Man werde „von Sitzung zu Sitzung“ entscheiden.",
      "Ökonomen hatten mit dem Schritt gerechnet. „Die Zinssenkung war überfällig“, sagte der " +
        "Chefvolkswirt der Commerzbank, Jörg Krämer. Die Konjunktur in der Eurozone sei „schwach wie " +
        "lange nicht“.",
      "Kritischer äußerte sich Clemens Fuest, Präsident des Ifo-Instituts: Die EZB riskiere, " +
        "„die Glaubwürdigkeit zu verspielen, die sie mühsam zurückgewonnen hat“.",
      "Bundesbank-Präsident Joachim Nagel trug die Entscheidung nach Angaben aus Notenbankkreisen mit.",
    ],
    quotes: [
      // The headline repeats Lagarde's words: one entry, hers (GUIDELINES.md).
      ["Der Kampf gegen die Inflation ist nicht vorbei", "Christine Lagarde"],
      ["von Sitzung zu Sitzung", "Christine Lagarde"],
      ["Die Zinssenkung war überfällig", "Jörg Krämer"],
      ["schwach wie lange nicht", "Jörg Krämer"],
      ["die Glaubwürdigkeit zu verspielen, die sie mühsam zurückgewonnen hat", "Clemens Fuest"],
    ],
  },
  {
    name: "Deutsche Welle, Hochwasser: Einsatzleiter, eine Anwohnerin erzählt, der Bürgermeister, sagte er",
    headline: "Hochwasser in Bayern: „So etwas haben wir noch nie erlebt“",
    paragraphs: [
      "Nach tagelangem Starkregen stehen in Teilen Bayerns ganze Ortschaften unter Wasser. Im Landkreis " +
        "Passau mussten mehr als 2000 Menschen ihre Häuser verlassen.",
      "„So etwas haben wir noch nie erlebt“, sagt Renate Huber, die seit 40 Jahren in Vilshofen " +
        "wohnt. Ihr Keller sei innerhalb von einer Stunde vollgelaufen.",
      "Der Einsatzleiter der Feuerwehr, Stefan Gruber, sprach von einer „extrem angespannten Lage“. " +
        "Die Pegel würden bis zum Abend weiter steigen, sagte er.",
      "Vilshofens Bürgermeister Florian Gams kritisierte den schleppenden Ausbau des Hochwasserschutzes. " +
        "„Wir warten seit zehn Jahren auf die Genehmigung für den Damm“, sagte der CSU-Politiker.",
      "Der Deutsche Wetterdienst warnte vor weiteren „ergiebigen Regenfällen“ bis Sonntag.",
    ],
    quotes: [
      ["So etwas haben wir noch nie erlebt", "Renate Huber"],
      ["extrem angespannten Lage", "Stefan Gruber"],
      ["Wir warten seit zehn Jahren auf die Genehmigung für den Damm", "Florian Gams"],
      ["ergiebigen Regenfällen", "Der Deutsche Wetterdienst"],
    ],
  },
]);
