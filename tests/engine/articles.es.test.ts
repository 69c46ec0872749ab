// Composed Spanish news articles (El País, Clarín, La Nación, Infobae styles): each mixes the ways a
// whole article attributes its quotes, so speakers must carry across paragraphs, descriptions and
// pronouns. Every article is written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name: "El País, política: titular con cargo, «afirmó la ministra», calificó de, fuentes de La Moncloa",
    headline: "«No habrá amnistía fiscal», promete la ministra de Hacienda",
    paragraphs: [
      "La ministra de Hacienda, Teresa Montero, defendió este martes en el Congreso el proyecto de " +
        "presupuestos para 2027 y descartó cualquier medida de gracia para los grandes contribuyentes.",
      "«No habrá amnistía fiscal. Quien defraude pagará», afirmó la ministra ante el pleno, en " +
        "respuesta al portavoz del Partido Popular, Andrés Villalba.",
      "Villalba había acusado al Gobierno de «esconder la verdadera deuda» y pidió la comparecencia " +
        "urgente del presidente.",
      "«El Ejecutivo maquilla las cuentas y los españoles lo van a pagar», dijo el portavoz en los " +
        "pasillos del Congreso.",
      "Montero insistió en que el Gobierno «no va a recortar en sanidad ni en educación». «Lo hemos " +
        "dicho cien veces y lo repetimos», añadió.",
      "Desde la oposición, el líder de Vox, Ramón Égido, calificó las cuentas de «ficción contable».",
      "El presidente del Gobierno no intervino en el debate. Fuentes de La Moncloa aseguraron que el " +
        "presidente «respalda plenamente» a su ministra.",
    ],
    quotes: [
      ["No habrá amnistía fiscal", "Teresa Montero"],
      ["No habrá amnistía fiscal. Quien defraude pagará", "Teresa Montero"],
      ["esconder la verdadera deuda", "Andrés Villalba"],
      ["El Ejecutivo maquilla las cuentas y los españoles lo van a pagar", "Andrés Villalba"],
      ["no va a recortar en sanidad ni en educación", "Teresa Montero"],
      ["Lo hemos dicho cien veces y lo repetimos", "Teresa Montero"],
      ["ficción contable", "Ramón Égido"],
      ["respalda plenamente", "Fuentes de La Moncloa"],
    ],
  },
  {
    name: "Clarín, gremios: titular sin hablante, “dijo” con cargo, un comunicado, dos puntos, ‘’ anidadas",
    headline: "La CGT anuncia un paro general: “El Gobierno nos dejó sin opción”",
    paragraphs: [
      "La Confederación General del Trabajo (CGT) convocó este jueves a un paro general de 24 horas " +
        "para el próximo 15 de mayo, en rechazo a la reforma laboral que impulsa la Casa Rosada.",
      "“El Gobierno nos dejó sin opción”, dijo en conferencia de prensa el secretario general de la " +
        "central, Rubén Acosta.",
      "Acosta sostuvo que la reforma “barre con cincuenta años de derechos” y advirtió que la medida " +
        "de fuerza será “contundente”.",
      "“La reforma es imprescindible para crear empleo formal”, indicó el Ministerio de Economía en " +
        "un comunicado.",
      "El vocero presidencial, Martín Ledesma, fue más allá: “Los sindicalistas defienden sus " +
        "privilegios, no a los trabajadores”.",
      "Consultado por este diario, el economista Diego Ferrari, de la consultora Tendencias Sur, " +
        "opinó que el paro “tendrá un costo de unos 500 millones de dólares”. “Pero el problema de " +
        "fondo es la informalidad”, agregó.",
      "“No vamos a aceptar que nos digan ‘modernización’ cuando es precarización”, remató Acosta.",
    ],
    quotes: [
      // The headline repeats the body's quote: one entry, the secretary general's (GUIDELINES.md).
      ["El Gobierno nos dejó sin opción", "Rubén Acosta"],
      ["barre con cincuenta años de derechos", "Rubén Acosta"],
      ["contundente", "Rubén Acosta"],
      ["La reforma es imprescindible para crear empleo formal", "el Ministerio de Economía"],
      ["Los sindicalistas defienden sus privilegios, no a los trabajadores", "Martín Ledesma"],
      ["tendrá un costo de unos 500 millones de dólares", "Diego Ferrari"],
      ["Pero el problema de fondo es la informalidad", "Diego Ferrari"],
      ["No vamos a aceptar que nos digan ‘modernización’ cuando es precarización", "Rubén Acosta"],
    ],
  },
  {
    name: "Infobae, internacional: señaló a la agencia EFE, una cita sobre otra persona, según, escribió",
    headline: "Rusia condena a doce años de cárcel al opositor Iván Petrov",
    paragraphs: [
      "Un tribunal de Moscú condenó este lunes al opositor ruso Iván Petrov a doce años de prisión " +
        "por extremismo, en un proceso cerrado a la prensa.",
      "“Es una venganza política del Kremlin”, señaló a la agencia EFE su abogada, Olga Sokolova, " +
        "tras conocerse el fallo.",
      "El portavoz del Kremlin, Yuri Markov, afirmó que el Gobierno “no interfiere en las decisiones " +
        "judiciales”.",
      "La periodista Natalia Vólkova, amiga de Petrov desde la universidad, habló con Infobae desde " +
        "Riga. “Es una gran injusticia. Iván sabía que lo iban a detener y aun así volvió a Rusia”, " +
        "contó.",
      "Según Amnistía Internacional, el juicio “no cumplió con las mínimas garantías”.",
      "Desde Bruselas, el jefe de la diplomacia europea, Marc Dufour, pidió la “liberación inmediata” " +
        "del opositor. “Nadie debería ir a la cárcel por sus opiniones”, escribió en la red social X.",
    ],
    quotes: [
      ["Es una venganza política del Kremlin", "Olga Sokolova"],
      ["no interfiere en las decisiones judiciales", "Yuri Markov"],
      [
        "Es una gran injusticia. Iván sabía que lo iban a detener y aun así volvió a Rusia",
        "Natalia Vólkova",
      ],
      ["no cumplió con las mínimas garantías", "Amnistía Internacional"],
      ["liberación inmediata", "Marc Dufour"],
      ["Nadie debería ir a la cárcel por sus opiniones", "Marc Dufour"],
    ],
  },
  {
    name: "La Nación, tribunales: dos hermanos del mismo apellido, el fiscal sostiene, un abogado por otro",
    headline: "Caso de los seguros: el fiscal pide indagar a dos hermanos",
    paragraphs: [
      "El fiscal federal Carlos Rivas pidió este miércoles la indagatoria del exsecretario de " +
        "Finanzas Jorge Benítez y de su hermano, el empresario Pablo Benítez, por presuntas " +
        "irregularidades en la contratación de seguros del Estado.",
      "En su dictamen, de 80 páginas, el fiscal sostiene que existió “un esquema de intermediación " +
        "diseñado para desviar comisiones”.",
      "“Nunca cobré una comisión en mi vida”, dijo Jorge Benítez a este medio.",
      "Su hermano, en cambio, eligió el silencio. Su abogado, Federico Lanús, señaló que Pablo " +
        "Benítez “está a disposición de la Justicia” y que “no tiene nada que ocultar”.",
      "El juez del caso, Martín Ocampo, deberá resolver en los próximos días. Fuentes judiciales " +
        "indicaron que el magistrado “no tiene apuro”.",
      "“Benítez sabía todo”, afirmó una exempleada de la Secretaría que declaró como testigo.",
    ],
    quotes: [
      ["un esquema de intermediación diseñado para desviar comisiones", "Carlos Rivas"],
      ["Nunca cobré una comisión en mi vida", "Jorge Benítez"],
      ["está a disposición de la Justicia", "Federico Lanús"],
      ["no tiene nada que ocultar", "Federico Lanús"],
      ["no tiene apuro", "Fuentes judiciales"],
      ["Benítez sabía todo", "una exempleada de la Secretaría"],
    ],
  },
  {
    name: "El País, ciencia: titular con un informe, el informe concluye, lamenta X con aposición, para X",
    headline: "Un informe alerta de que el Mediterráneo se calienta “más rápido que nunca”",
    paragraphs: [
      "El informe anual del Instituto Español de Oceanografía, presentado este jueves en Málaga, " +
        "concluye que la temperatura media del agua subió 1,6 grados desde 1982 y que el mar se " +
        "calienta “más rápido que nunca”.",
      "“Estamos ante un punto de no retorno para muchas especies”, advirtió la coordinadora del " +
        "estudio, la bióloga marina Elena Sanz.",
      "Sanz explicó que las praderas de posidonia retroceden cada verano. “Lo que vimos en 2025 no lo " +
        "habíamos visto jamás”, añadió.",
      "El ministro de Transición Ecológica, Luis Herrero, aseguró que el Gobierno “tomará nota” de " +
        "las recomendaciones.",
      "En la lonja de Motril lo notan. “Antes salíamos y volvíamos con el barco lleno; ahora no”, " +
        "lamenta Antonio Molina, patrón de un arrastrero con 30 años de oficio.",
      "Para el oceanógrafo Jordi Puig, de la Universidad de Barcelona, que no participó en el " +
        "estudio, el documento es “riguroso pero conservador”.",
    ],
    quotes: [
      ["más rápido que nunca", "El informe anual del Instituto Español de Oceanografía"],
      ["Estamos ante un punto de no retorno para muchas especies", "Elena Sanz"],
      ["Lo que vimos en 2025 no lo habíamos visto jamás", "Elena Sanz"],
      ["tomará nota", "Luis Herrero"],
      ["Antes salíamos y volvíamos con el barco lleno; ahora no", "Antonio Molina"],
      ["riguroso pero conservador", "Jordi Puig"],
    ],
  },
]);
