// A second round of composed Spanish news articles, in the styles of outlets and beats the first
// round (articles.es.test.ts) did not use: El Mundo and ABC (Spain), El Tiempo (Colombia), La Jornada
// (México), BBC Mundo; courts, football, the central bank, a local disaster. Every article is written
// for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name: "El Mundo, tribunales: el fiscal sostuvo, según la defensa, el magistrado, el acusado replicó",
    headline: "El fiscal pide ocho años para el exalcalde de Marbella: «Cobró por cada licencia»",
    paragraphs: [
      "La Fiscalía Anticorrupción pidió este lunes ocho años de prisión para el exalcalde de " +
        "Marbella Julián Moreno, acusado de cobrar comisiones por la concesión de licencias de obra.",
      "«Cobró por cada licencia que firmó durante cuatro años», sostuvo el fiscal Alberto Cuesta en " +
        "su informe final ante la Audiencia Provincial de Málaga.",
      "Según la defensa, que ejerce el abogado Ignacio Ruiz, no existe «ni una sola prueba documental» " +
        "de los pagos.",
      "«Mi cliente ha sido condenado en los periódicos antes que en los tribunales», lamentó Ruiz.",
      "El presidente del tribunal, el magistrado Luis Castaño, recordó a las partes que la sentencia " +
        "se conocerá «en las próximas semanas».",
      "En su turno de última palabra, el acusado replicó: «Nunca he cogido un euro que no fuera mío».",
    ],
    quotes: [
      ["Cobró por cada licencia", "Alberto Cuesta"],
      ["Cobró por cada licencia que firmó durante cuatro años", "Alberto Cuesta"],
      ["ni una sola prueba documental", "Ignacio Ruiz"],
      ["Mi cliente ha sido condenado en los periódicos antes que en los tribunales", "Ignacio Ruiz"],
      ["en las próximas semanas", "Luis Castaño"],
      ["Nunca he cogido un euro que no fuera mío", "Julián Moreno"],
    ],
  },
  {
    name: "El Tiempo, desastre local: titular con cita, relató a, el alcalde aseguró, la UNGRD, agregó",
    headline: "Deslizamiento en Antioquia deja 14 muertos: “El cerro se vino encima”, dice sobreviviente",
    paragraphs: [
      "Al menos 14 personas murieron y una veintena están desaparecidas tras el deslizamiento de " +
        "tierra que sepultó la madrugada de este domingo varias viviendas del barrio La Esperanza, en " +
        "el municipio de Salgar (Antioquia).",
      "“El cerro se vino encima. Escuchamos un ruido muy fuerte y salimos corriendo con los niños”, " +
        "relató a EL TIEMPO Rosalba Quintero, de 47 años, quien perdió su casa.",
      "El alcalde de Salgar, Hernán Ospina, aseguró que las familias habían sido advertidas del " +
        "riesgo. “Muchas no quisieron salir porque no tenían a dónde ir”, agregó el mandatario.",
      "La Unidad Nacional para la Gestión del Riesgo de Desastres (UNGRD) informó en un comunicado " +
        "que “los organismos de socorro trabajan sin descanso en la zona”.",
      "El gobernador de Antioquia, Camilo Restrepo, llegó al lugar al mediodía y prometió “ayuda " +
        "inmediata” para los damnificados.",
      "“Vamos a reubicar a todas las familias que viven en zona de alto riesgo”, dijo Restrepo.",
    ],
    quotes: [
      ["El cerro se vino encima", "Rosalba Quintero"],
      [
        "El cerro se vino encima. Escuchamos un ruido muy fuerte y salimos corriendo con los niños",
        "Rosalba Quintero",
      ],
      ["Muchas no quisieron salir porque no tenían a dónde ir", "Hernán Ospina"],
      [
        "los organismos de socorro trabajan sin descanso en la zona",
        "La Unidad Nacional para la Gestión del Riesgo de Desastres",
      ],
      ["ayuda inmediata", "Camilo Restrepo"],
      ["Vamos a reubicar a todas las familias que viven en zona de alto riesgo", "Camilo Restrepo"],
    ],
  },
  {
    name: "La Jornada, economía: Banxico en un comunicado, la gobernadora, analistas, a decir de, consideró",
    headline: "Banxico recorta la tasa de interés a 8.5 por ciento",
    paragraphs: [
      "El Banco de México (Banxico) redujo este jueves su tasa de interés de referencia en un cuarto " +
        "de punto, a 8.5 por ciento, la quinta baja consecutiva del año.",
      "En su comunicado, la Junta de Gobierno señaló que “el balance de riesgos para la inflación " +
        "se ha moderado”, aunque advirtió que la incertidumbre externa “sigue siendo elevada”.",
      "La gobernadora del banco central, Victoria Salcedo, explicó en conferencia que el recorte " +
        "“no compromete la meta de inflación”.",
      "“Seguiremos actuando con cautela y en función de los datos”, afirmó Salcedo.",
      "A decir de Gabriela Siller, directora de análisis económico de Banco Base, la decisión " +
        "“era ampliamente esperada por el mercado”.",
      "El economista en jefe de Monex, Andrés Lozano, consideró que Banxico “tiene margen para uno o " +
        "dos recortes más antes de fin de año”. “El peso ha resistido bien”, añadió.",
    ],
    quotes: [
      ["el balance de riesgos para la inflación se ha moderado", "la Junta de Gobierno"],
      ["sigue siendo elevada", "la Junta de Gobierno"],
      ["no compromete la meta de inflación", "Victoria Salcedo"],
      ["Seguiremos actuando con cautela y en función de los datos", "Victoria Salcedo"],
      ["era ampliamente esperada por el mercado", "Gabriela Siller"],
      ["tiene margen para uno o dos recortes más antes de fin de año", "Andrés Lozano"],
      ["El peso ha resistido bien", "Andrés Lozano"],
    ],
  },
  {
    name: "ABC, fútbol: el técnico en rueda de prensa, el capitán, el club en un comunicado, reconoció",
    headline: "Ancelotti, tras la derrota en Bilbao: «No hemos estado a la altura»",
    paragraphs: [
      "El Real Madrid cayó este sábado en San Mamés (2-0) y se aleja a cinco puntos del liderato.",
      "«No hemos estado a la altura. El Athletic fue mejor en todo», reconoció Carlo Ancelotti en " +
        "la rueda de prensa posterior al partido.",
      "El técnico italiano evitó señalar a ningún jugador. «La responsabilidad es mía», insistió.",
      "El capitán, Dani Carvajal, fue más duro ante los micrófonos de Movistar: «Hay que mirarse al " +
        "espejo. Así no se gana una Liga».",
      "En el otro vestuario, el entrenador del Athletic, Ernesto Valverde, elogió a su equipo. " +
        "«Hemos jugado con mucha personalidad», dijo.",
      "El club blanco confirmó en un comunicado que el central Éder Militão sufre «una lesión " +
        "muscular en el bíceps femoral de la pierna derecha».",
    ],
    quotes: [
      ["No hemos estado a la altura", "Carlo Ancelotti"],
      ["No hemos estado a la altura. El Athletic fue mejor en todo", "Carlo Ancelotti"],
      ["La responsabilidad es mía", "Carlo Ancelotti"],
      ["Hay que mirarse al espejo. Así no se gana una Liga", "Dani Carvajal"],
      ["Hemos jugado con mucha personalidad", "Ernesto Valverde"],
      ["una lesión muscular en el bíceps femoral de la pierna derecha", "El club blanco"],
    ],
  },
]);
