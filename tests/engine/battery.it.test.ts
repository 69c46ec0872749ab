// Italian attribution constructions, on sentences written for this battery.
import { runBattery } from "./battery.helpers.ts";

runBattery("it", [
  {
    construction: "«…», ha detto X",
    paragraphs: ["«Non alzeremo le tasse», ha detto il ministro dell'Economia, Marco Ferri."],
    expected: [["Non alzeremo le tasse", "Marco Ferri"]],
  },
  {
    construction: "secondo X",
    paragraphs: ["Secondo il sindaco Paolo Neri, la città è «pronta a ripartire»."],
    expected: [["pronta a ripartire", "Paolo Neri"]],
  },
  {
    construction: "X ha spiegato: «…»",
    paragraphs: ["La direttrice del museo, Laura Conti, ha spiegato: «È un anno da record»."],
    expected: [["È un anno da record", "Laura Conti"]],
  },
  {
    construction: "in una nota, il ministero ha affermato che «…»",
    paragraphs: [
      "In una nota, il ministero della Salute ha affermato che il vaccino è «sicuro ed efficace».",
    ],
    expected: [["sicuro ed efficace", "il ministero della Salute"]],
  },
  {
    construction: "«… — ha detto X — …»: an incise between dashes inside the marks",
    paragraphs: ["«È un giorno triste — ha detto il sindaco Paolo Neri — ma la città ripartirà»."],
    expected: [["È un giorno triste — ha detto il sindaco Paolo Neri — ma la città ripartirà", "Paolo Neri"]],
  },
  {
    construction: "X ha detto che «…» with a one-word name opening the sentence",
    paragraphs: ["Draghi ha detto che l'Europa «non si piegherà»."],
    expected: [["non si piegherà", "Draghi"]],
  },
  {
    construction: "X, citando Y, ha scritto che «…»: the cited source speaks",
    paragraphs: ["Il quotidiano, citando fonti del governo, ha scritto che l'accordo è «molto vicino»."],
    expected: [["molto vicino", "fonti del governo"]],
  },
  {
    construction: "«…», ha detto il leghista: a party epithet for the person named before",
    paragraphs: ["Il senatore Paolo Ferri ha parlato a Pontida.", "«Non molleremo», ha detto il leghista."],
    expected: [["Non molleremo", "Paolo Ferri"]],
  },
  {
    construction: "«…». Così ha detto X: the speaker named right after a quote standing alone",
    paragraphs: ["«L'economia ha toccato il fondo». Così ha detto il ministro Marco Ferri."],
    expected: [["L'economia ha toccato il fondo", "Marco Ferri"]],
  },
  {
    construction: "X è stata chiara nel dire che «…»: an infinitive after a preposition",
    paragraphs: ["La sindaca Rosa Quaranta è stata chiara nel dire che il porto «non è in vendita»."],
    expected: [["non è in vendita", "Rosa Quaranta"]],
  },
  {
    construction: "Disse che «…»: a sentence opening on its verb, the subject left out",
    paragraphs: [
      "«Bisogna aspettare la perizia», ha detto il giudice Paolo Rossi. La pm Marta Gallo non era " +
        "d'accordo. Disse che il caso «resta aperto».",
    ],
    expected: [
      ["Bisogna aspettare la perizia", "Paolo Rossi"],
      ["resta aperto", "Marta Gallo"],
    ],
  },
  {
    construction: "«…», ha detto il capo dello Stato: an epithet of the president's office",
    paragraphs: [
      "Il presidente Ernesto Valli è arrivato a Napoli.",
      "«Siamo pronti», ha detto il capo dello Stato.",
    ],
    expected: [["Siamo pronti", "Ernesto Valli"]],
  },
  {
    construction: "la legge prevede che «…»: a document verb with a document subject",
    paragraphs: ["Il decreto prevede che i comuni «possano assumere personale a tempo determinato»."],
    expected: [["possano assumere personale a tempo determinato", "Il decreto"]],
  },
  {
    construction: "Il caso X: «…» as an intertitle: the topic noun makes X the topic, not the speaker",
    paragraphs: [
      "L'ex assessore Paolo Bianchi è accusato di corruzione dalla procura.",
      ["intertitle", "Il caso Bianchi: «Nessuno sapeva nulla di quei contratti»"],
      "«Nessuno in Comune sapeva nulla di quei contratti», ha spiegato l'avvocata Laura Conti.",
    ],
    expected: [
      ["Nessuno sapeva nulla di quei contratti", "Laura Conti"],
      ["Nessuno in Comune sapeva nulla di quei contratti", "Laura Conti"],
    ],
  },
]);
