// Spanish attribution constructions, on sentences written for this battery.
import { runBattery } from "./battery.helpers.ts";

runBattery("es", [
  {
    construction:
      "En un comunicado, el club «condena firmemente estos comportamientos».: las palabras entre comillas " +
      "que abren con un verbo y cierran la oración son el predicado de su sujeto, que habla",
    paragraphs: [
      "«Es injusto», dijo el entrenador Pablo Roy.",
      "En un comunicado, el club «condena firmemente estos comportamientos».",
      "En su resolución, el comité de competición «sanciona con tres partidos al defensa».",
    ],
    expected: [
      ["Es injusto", "Pablo Roy"],
      ["condena firmemente estos comportamientos", "el club"],
      ["sanciona con tres partidos al defensa", "el comité de competición"],
    ],
  },
  {
    construction:
      "El alcalde no ocultó su malestar: «…»: el sujeto de la oración que cierran los dos puntos habla, " +
      "sin verbo de habla, y no quien habló antes; no una cosa (`La derrota le dolió:`)",
    paragraphs: [
      "«Es una buena noticia», dijo la consejera Marta Ruiz.",
      "El alcalde no ocultó su malestar: «Nos han dejado solos».",
      "Al salir del pleno, el portavoz de la oposición se mostraba molesto: «Nos han ignorado».",
      "«Lo dimos todo», dijo el entrenador Iván Mora.",
      "La derrota le dolió especialmente: «No se puede encajar así».",
    ],
    expected: [
      ["Es una buena noticia", "Marta Ruiz"],
      ["Nos han dejado solos", "El alcalde"],
      ["Nos han ignorado", "el portavoz de la oposición"],
      ["Lo dimos todo", "Iván Mora"],
      ["No se puede encajar así", "Iván Mora"],
    ],
  },
  {
    construction:
      "En el mercado Central, Lucía, 40 años, recogía sus cajas: «…»: el nombre tras un sustantivo de " +
      "lugar (mercado, parada, estación) es el del lugar, no el de quien habla",
    paragraphs: [
      "En el mercado Central, Lucía, 40 años, recogía sus cajas: «Vuelvo a pie.»",
      "En la parada Colón, Andrés esperaba su autobús desde las siete: «Ya no pasa ninguno.»",
    ],
    expected: [
      ["Vuelvo a pie.", "Lucía"],
      ["Ya no pasa ninguno.", "Andrés"],
    ],
  },
  {
    construction: "afirmó el padre tras `Su hijo, Pablo Ruiz` (una familia distinguida por su parentesco)",
    paragraphs: [
      "«Lo perdimos todo», dijo el pescador Juan Ruiz. Su hijo, Pablo Ruiz, de 30 años, heredará la " +
        "barca. «No volverá la sardina», afirmó el padre.",
      "«No nos vamos», aseguró Carmen Soto. Su hermana, Lucía Soto, vive en Vigo. «Tiene razón», " +
        "dijo la hermana.",
      "Su padre, que murió en 1990, construyó la casa. «Estaría orgulloso», dijo Pablo Ruiz.",
    ],
    expected: [
      ["Lo perdimos todo", "Juan Ruiz"],
      ["No volverá la sardina", "Juan Ruiz"],
      ["No nos vamos", "Carmen Soto"],
      ["Tiene razón", "Lucía Soto"],
      ["Estaría orgulloso", "Pablo Ruiz"],
    ],
  },
  {
    construction:
      "dijo el jubilado tras dos personas del mismo apellido sin parentesco: el género del sustantivo " +
      "dice cuál",
    paragraphs: [
      "«Lo perdimos todo», contó Rosa Leyva, de 61 años.",
      "Su vecino Tomás Leyva, sin parentesco con ella, levantó la voz. «No nos vamos a ir», dijo el " +
        "jubilado.",
    ],
    expected: [
      ["Lo perdimos todo", "Rosa Leyva"],
      ["No nos vamos a ir", "Tomás Leyva"],
    ],
  },
  {
    construction: "lamentó la sexagenaria: el hombre del mismo apellido, cuya edad cuadraría, no es ella",
    paragraphs: [
      "«Se llevaron hasta las gallinas», relató Ernesto Ibarra, de 68 años.",
      "Su vecina Carmen Ibarra, sin parentesco con él, perdió la cosecha. «Nadie nos avisó», lamentó " +
        "la sexagenaria.",
    ],
    expected: [
      ["Se llevaron hasta las gallinas", "Ernesto Ibarra"],
      ["Nadie nos avisó", "Carmen Ibarra"],
    ],
  },
  {
    construction:
      "sostuvo la edil tras «El edil explicó»: la misma descripción en el otro género es la otra persona " +
      "del mismo apellido; en el mismo género, la misma (casi acierto)",
    paragraphs: [
      "“Vamos a cumplir”, afirmó el alcalde, Ramón Quintero Ávila.",
      "El edil explicó que la obra durará un año. “Habrá más luz y más bancas”.",
      "La regidora Mónica Quintero Salas, sin parentesco con el alcalde, votó en contra y calificó el " +
        "proyecto de “un capricho”. “Nadie preguntó a los vecinos”, sostuvo la edil.",
    ],
    expected: [
      ["Vamos a cumplir", "Ramón Quintero Ávila"],
      ["Habrá más luz y más bancas", "Ramón Quintero Ávila"],
      ["un capricho", "Mónica Quintero Salas"],
      ["Nadie preguntó a los vecinos", "Mónica Quintero Salas"],
    ],
  },
  {
    construction: "replicó la tesorera tras «El tesorero añadió»: dos tesoreros del mismo apellido",
    paragraphs: [
      "“Cerramos el año con superávit”, dijo el tesorero del club, Julián Arce Molina.",
      "El tesorero añadió que no habrá nuevas cuotas. “Las cuentas están sanas”.",
      "La tesorera de la peña, Beatriz Arce Ruiz, sin parentesco con él, habló de “un espejismo”. " +
        "“Faltan los pagos de la liga”, replicó la tesorera.",
    ],
    expected: [
      ["Cerramos el año con superávit", "Julián Arce Molina"],
      ["Las cuentas están sanas", "Julián Arce Molina"],
      ["un espejismo", "Beatriz Arce Ruiz"],
      ["Faltan los pagos de la liga", "Beatriz Arce Ruiz"],
    ],
  },
  {
    construction: "«…», dijo X",
    paragraphs: ["«No vamos a subir los impuestos», dijo el ministro de Hacienda, Carlos Ruiz."],
    expected: [["No vamos a subir los impuestos", "Carlos Ruiz"]],
  },
  {
    construction: "«…», afirmó X after an earlier mention",
    paragraphs: [
      "La alcaldesa de Sevilla, Elena Márquez, presentó ayer el nuevo plan de transporte.",
      "«Es la mayor inversión de la década», afirmó Márquez.",
    ],
    expected: [["Es la mayor inversión de la década", "Elena Márquez"]],
  },
  {
    construction: "«…», señaló X, with a role before the name",
    paragraphs: ["«Los datos son preocupantes», señaló la epidemióloga Ana Torres en rueda de prensa."],
    expected: [["Los datos son preocupantes", "Ana Torres"]],
  },
  {
    construction: "X dijo que «…», X a member named after «La integrante de la Junta» without a comma",
    paragraphs: [
      "El miembro del consejo escolar Tomás Arrieta dijo que el calendario es «demasiado ajustado».",
      "«No hay dinero para todo», advirtió la integrante de la Junta Directiva Elena Soler.",
    ],
    expected: [
      ["demasiado ajustado", "Tomás Arrieta"],
      ["No hay dinero para todo", "Elena Soler"],
    ],
  },
  {
    construction:
      "X, del Instituto Y, que …, consideró que «…»: the person speaks, not the body of the apposition",
    paragraphs: [
      "La geóloga Marta Quiroga, del Instituto Andino, que no firmó el informe, consideró que el riesgo es " +
        "«muy bajo».",
    ],
    expected: [["muy bajo", "Marta Quiroga"]],
  },
  {
    construction: "«…», agregó: the speaker of the previous quote",
    paragraphs: [
      "«Hemos cumplido lo prometido», dijo el presidente regional, Javier Lozano.",
      "«Ahora toca seguir trabajando», agregó.",
    ],
    expected: [
      ["Hemos cumplido lo prometido", "Javier Lozano"],
      ["Ahora toca seguir trabajando", "Javier Lozano"],
    ],
  },
  {
    construction: "según X",
    paragraphs: ["Según el portavoz de la policía, Raúl Medina, el detenido «actuó solo»."],
    expected: [["actuó solo", "Raúl Medina"]],
  },
  {
    construction:
      "«…», según X, el doctor Y.: la aposición que cierra la frase, título incluido, nombra la fuente",
    paragraphs: ["Los ingresos siguen «en franco descenso», según el jefe de servicio, el doctor Iván Rey."],
    expected: [["en franco descenso", "Iván Rey"]],
  },
  {
    construction: "para X",
    paragraphs: [
      "El economista Pablo Herrera analizó las cifras del paro.",
      "Para Herrera, la reforma laboral «no ha dado los frutos esperados».",
    ],
    expected: [["no ha dado los frutos esperados", "Pablo Herrera"]],
  },
  {
    construction: "X dijo que «…»",
    paragraphs: ["La directora del museo, Lucía Fernández, dijo que la muestra «rompe todos los récords»."],
    expected: [["rompe todos los récords", "Lucía Fernández"]],
  },
  {
    construction: "X: «…»",
    paragraphs: ["El seleccionador Luis Campos fue claro: «Vamos a por el título»."],
    expected: [["Vamos a por el título", "Luis Campos"]],
  },
  {
    construction: "X aseguró: «…»",
    paragraphs: ["El líder de la oposición, Miguel Soto, aseguró: «No apoyaremos estos presupuestos»."],
    expected: [["No apoyaremos estos presupuestos", "Miguel Soto"]],
  },
  {
    construction: "a quote continued over paragraphs",
    paragraphs: [
      "La jueza Carmen Vidal explicó su decisión ante los periodistas.",
      "«La ley es igual para todos.",
      "«Nadie está por encima de ella», insistió Vidal.",
    ],
    expected: [
      ["La ley es igual para todos.", "Carmen Vidal"],
      ["Nadie está por encima de ella", "Carmen Vidal"],
    ],
  },
  {
    construction: "“…”, explicó X, with curly marks",
    paragraphs: ["“El incendio está controlado”, explicó el jefe de bomberos, Tomás Gil."],
    expected: [["El incendio está controlado", "Tomás Gil"]],
  },
  {
    construction: "«…», en palabras de X",
    paragraphs: ["El acuerdo «cambia las reglas del juego», en palabras del sindicalista Andrés Pardo."],
    expected: [["cambia las reglas del juego", "Andrés Pardo"]],
  },
  {
    construction: "«…», ha declarado X (perfect tense)",
    paragraphs: ["«Estamos muy orgullosos del equipo», ha declarado la entrenadora Sara Molina."],
    expected: [["Estamos muy orgullosos del equipo", "Sara Molina"]],
  },
  {
    construction: "X, que afirmó que «…»",
    paragraphs: ["Habló también el rector, Manuel Ortega, que afirmó que la universidad «no cerrará»."],
    expected: [["no cerrará", "Manuel Ortega"]],
  },
  {
    construction: "«…», informó X (a bare acronym speaks)",
    paragraphs: ["«Las negociaciones han fracasado», informó EFE en un despacho desde Ginebra."],
    expected: [["Las negociaciones han fracasado", "EFE"]],
  },
  {
    construction: "un portavoz del Ministerio de X dijo que «…» (the body's name is not a person's)",
    paragraphs: ["Un portavoz del Ministerio de Sanidad indicó que los datos son «todavía provisionales»."],
    expected: [["todavía provisionales", "Un portavoz del Ministerio de Sanidad"]],
  },
  {
    construction: "«…», afirmó el mandatario (an epithet for the office named before)",
    paragraphs: [
      "El presidente Andrés Salcedo habló ayer en la capital.",
      "«Nadie nos va a quitar la democracia», afirmó el mandatario.",
    ],
    expected: [["Nadie nos va a quitar la democracia", "Andrés Salcedo"]],
  },
  {
    construction: "«…», dijo la gobernante (a member of the government, named before by her office)",
    paragraphs: [
      "La ministra de Cultura, Elena Solís, inauguró el museo el lunes.",
      "«Abriremos todas las salas antes de Navidad», dijo la gobernante.",
    ],
    expected: [["Abriremos todas las salas antes de Navidad", "Elena Solís"]],
  },
  {
    construction:
      "según la economista de MX Research, Nombre Apellido, (a body's name opening with an acronym)",
    paragraphs: ["Según la economista de RT Research, Laura Ibarra, la subida de tasas «era inevitable»."],
    expected: [["era inevitable", "Laura Ibarra"]],
  },
  {
    construction: "La Embajada de X en Y informó que «…» (a preposition inside a body's name)",
    paragraphs: ["La Embajada de Chile en Perú informó que los detenidos «recibirán asistencia consular»."],
    expected: [["recibirán asistencia consular", "La Embajada de Chile en Perú"]],
  },
  {
    construction: "El Ministerio de X … la cartera aseguró que «…» (“la cartera”: the ministry just named)",
    paragraphs: [
      "El Ministerio de Educación aplazó el examen nacional. En un comunicado, la cartera aseguró " +
        "que la nueva fecha «se anunciará pronto».",
    ],
    expected: [["se anunciará pronto", "El Ministerio de Educación"]],
  },
  {
    construction: "a standfirst repeating a body quote takes the speaker the body gives it",
    paragraphs: [
      ["standfirst", "La ministra Ana Gil recibió ayer a los sindicatos. «El acuerdo está cerca»"],
      "A la salida, el líder sindical Jorge Prieto habló con la prensa.",
      "«El acuerdo está cerca. Nadie quiere una huelga en verano.»",
    ],
    expected: [
      ["El acuerdo está cerca", "Jorge Prieto"],
      ["El acuerdo está cerca. Nadie quiere una huelga en verano.", "Jorge Prieto"],
    ],
  },
  {
    construction: "Fuentes del Ministerio de X dijeron que «…» (a described source opening the sentence)",
    paragraphs: ["Fuentes del Ministerio de Defensa dijeron que la misión fue «un éxito sin precedentes»."],
    expected: [["un éxito sin precedentes", "Fuentes del Ministerio de Defensa"]],
  },
  {
    construction: "X aseguró que «…» with a one-word name opening the sentence",
    paragraphs: ["Zapatero aseguró que el pacto «no tiene marcha atrás»."],
    expected: [["no tiene marcha atrás", "Zapatero"]],
  },
  {
    construction: "«… —dijo X—, …»: an incise between dashes inside the marks",
    paragraphs: ["«No vamos a rendirnos —afirmó el entrenador Luis Campos—, vamos a pelear cada balón»."],
    expected: [
      ["No vamos a rendirnos —afirmó el entrenador Luis Campos—, vamos a pelear cada balón", "Luis Campos"],
    ],
  },
  {
    construction: "X, citando a Y, aseguró que «…»: the cited source speaks",
    paragraphs: [
      "La agencia Reuters, citando a dos diplomáticos europeos, aseguró que la cumbre «está casi cerrada».",
      "«No habrá más prórrogas», informó la cadena, citando al ministro Jorge Prieto.",
    ],
    expected: [
      ["está casi cerrada", "dos diplomáticos europeos"],
      ["No habrá más prórrogas", "Jorge Prieto"],
    ],
  },
  {
    construction: "«…», dijo la peronista: a party epithet for the person named before",
    paragraphs: [
      "La senadora Marta Lucero habló ayer en el Congreso.",
      "«No vamos a votar este ajuste», dijo la peronista.",
    ],
    expected: [["No vamos a votar este ajuste", "Marta Lucero"]],
  },
  {
    construction: "«…», dijo X: the first word of a compound surname (Fernández de Kirchner)",
    paragraphs: [
      "La exministra Lucía Fernández de Arriaga presentó ayer su libro.",
      "«Escribí lo que viví», dijo Fernández.",
    ],
    expected: [["Escribí lo que viví", "Lucía Fernández de Arriaga"]],
  },
  {
    construction: "«…». Así lo afirmó X / X lo dijo: the neuter «lo» is the verb's object",
    paragraphs: [
      "«La economía ya tocó fondo». Así lo afirmó el ministro de Economía, Tomás Ibarra.",
      "«Lo peor ya pasó». La ministra de Trabajo, Rocío Vera, lo dijo ante los empresarios.",
    ],
    expected: [
      ["La economía ya tocó fondo", "Tomás Ibarra"],
      ["Lo peor ya pasó", "Rocío Vera"],
    ],
  },
  {
    construction: "X fue tajante al asegurar que «…»: an infinitive after a preposition",
    paragraphs: ["La alcaldesa Rosa Quiroga fue tajante al asegurar que el puerto «no se vende»."],
    expected: [["no se vende", "Rosa Quiroga"]],
  },
  {
    construction: "—… —dijo X—. …: dialogue dashes, an epithet of the office answering",
    paragraphs: [
      "El seleccionador Andrés Ferro atendió a la prensa tras la derrota.",
      "—No vamos a rendirnos —dijo Ferro—. Quedan diez partidos.",
      "—¿Y el descenso? —le preguntó una periodista.",
      "—No pienso en eso —respondió el seleccionador.",
    ],
    expected: [
      ["No vamos a rendirnos", "Andrés Ferro"],
      ["Quedan diez partidos.", "Andrés Ferro"],
      ["¿Y el descenso?", "una periodista"],
      ["No pienso en eso", "Andrés Ferro"],
    ],
  },
  {
    construction: "Aseguró que «…»: a sentence opening on its verb, the subject left out",
    paragraphs: [
      "«Hay que esperar al peritaje», dijo el juez Pablo Roda. La fiscal Marta Gil discrepó. " +
        "Aseguró que la causa «sigue abierta».",
    ],
    expected: [
      ["Hay que esperar al peritaje", "Pablo Roda"],
      ["sigue abierta", "Marta Gil"],
    ],
  },
  {
    construction: "«…», dijo en X, donde anunció que …: the relative clause and its «que» are no speaker",
    paragraphs: [
      "El alcalde de Gijón, Tomás Rivas, visitó ayer el puerto.",
      "«Esta obra no puede esperar más», dijo en la lonja, donde anunció que el Ayuntamiento pagará " +
        "la mitad.",
    ],
    expected: [["Esta obra no puede esperar más", "Tomás Rivas"]],
  },
  {
    construction: "«…», ha afirmado en una entrevista, donde ha sido preguntada por …: a relative clause",
    paragraphs: [
      "La consejera de Educación, Lucía Prado, respondió a los sindicatos.",
      "«Las aulas estarán listas en septiembre», ha afirmado en una entrevista en Radio Norte, donde ha " +
        "sido preguntada por el informe del Banco de España.",
    ],
    expected: [["Las aulas estarán listas en septiembre", "Lucía Prado"]],
  },
  {
    construction: "«…», ha afirmado en X, donde … un informe que recomienda …: no speech verb past «donde»",
    paragraphs: [
      "El consejero de Hacienda, Andrés Vidal, cerró la puerta a nuevas subidas.",
      "«No habrá más impuestos esta legislatura», ha afirmado en una entrevista en Onda Sur, donde ha sido " +
        "preguntado por un estudio que recomienda a la Junta revisar los tramos del IRPF.",
    ],
    expected: [["No habrá más impuestos esta legislatura", "Andrés Vidal"]],
  },
  {
    construction: "X ha explicado que Y responde a «…» y ha subrayado que «…»: the joined verb is X's",
    paragraphs: [
      "La portavoz de la plataforma, Marta Gil, ha explicado que la protesta responde a «un abandono de " +
        "años» y ha subrayado que «nadie en el barrio se siente escuchado».",
    ],
    expected: [
      ["un abandono de años", "Marta Gil"],
      ["nadie en el barrio se siente escuchado", "Marta Gil"],
    ],
  },
  {
    construction: "X no habló, pero en su blog escribió: «…» (a place after a preposition is no subject)",
    paragraphs: [
      "«Hemos hecho lo que pedían», dijo la directora del centro, Elena Ruiz. El consejero Luis Mena no " +
        "respondió a la prensa, pero en su blog escribió: «Nadie se rinde aquí».",
    ],
    expected: [
      ["Hemos hecho lo que pedían", "Elena Ruiz"],
      ["Nadie se rinde aquí", "Luis Mena"],
    ],
  },
  {
    construction: "la Asociación … de X de Y (SIGLAS), que …, advirtió que «…»: a body's name with two «de»",
    paragraphs: [
      "Por su parte, la Asociación Española de Fabricantes de Juguetes Educativos (Afaje), que agrupa a " +
        "90 empresas, advirtió en un comunicado que el decreto «pone en peligro miles de empleos» y pidió " +
        "«reglas claras».",
    ],
    expected: [
      ["pone en peligro miles de empleos", "la Asociación Española de Fabricantes de Juguetes Educativos"],
      ["reglas claras", "la Asociación Española de Fabricantes de Juguetes Educativos"],
    ],
  },
  {
    construction:
      "dijo la concejala del Grupo Municipal X Y Z: a body ending on an adjective, then three names",
    paragraphs: [
      "«No firmaremos este presupuesto», dijo la concejala del Grupo Municipal Ana Pérez Soler antes " +
        "de salir del pleno.",
    ],
    expected: [["No firmaremos este presupuesto", "Ana Pérez Soler"]],
  },
  {
    construction: "el exalcalde provincial de Lugar X Y: an office with an adjective, then its place",
    paragraphs: [
      "La fiscal pidió ocho años para el exalcalde provincial de Cusco Rubén Quispe. «Nunca cobré una " +
        "coima», dijo Quispe.",
    ],
    expected: [["Nunca cobré una coima", "Rubén Quispe"]],
  },
  {
    construction:
      "Para X, ocupación de … en …, la subida es «…»: a bare occupation in apposition to a viewpoint",
    paragraphs: [
      "Las tarifas subirán en marzo. Para Jorge Salas, analista de transporte en una consultora de " +
        "Bilbao, la subida es «razonable».",
    ],
    expected: [["razonable", "Jorge Salas"]],
  },
  {
    construction: "X explicó durante la reunión con Y que … «…»: a setting between the verb and its «que»",
    paragraphs: [
      "El alcalde, Pablo Roca, explicó durante la reunión con comerciantes que la reforma de las plazas " +
        "de Gijón y Avilés está «casi terminada».",
    ],
    expected: [["casi terminada", "Pablo Roca"]],
  },
  {
    construction: "La acusación, a cargo de la abogada X, calificó … de «…»: who acts for the subject speaks",
    paragraphs: [
      "La acusación particular, a cargo de la abogada Elena Soto, calificó los hechos de «crueldad " +
        "extrema» al término de la vista.",
    ],
    expected: [["crueldad extrema", "Elena Soto"]],
  },
  {
    construction:
      "Un grupo lo considera …: X lo calificó de «…» (the clause after the colon has its own verb)",
    paragraphs: [
      "Los comerciantes lo consideran tardío: la presidenta de la asociación Lucía Díaz lo calificó de " +
        "«tomadura de pelo».",
    ],
    expected: [["tomadura de pelo", "Lucía Díaz"]],
  },
  {
    construction: "SIGLAS se sumó a … y pidió a X «…»: a body's initials, the subject of both verbs",
    paragraphs: ["UGT se sumó a la protesta y pidió a la dirección «un calendario claro» antes del verano."],
    expected: [["un calendario claro", "UGT"]],
  },
  {
    construction:
      "X presentó … . «…», aseguró. (the subject left out: the sentence before's, not a later one)",
    paragraphs: [
      "«El puerto crecerá», dijo el alcalde, Tomás Rivas.",
      "La consejera de Vivienda, Elena Sáez, presentó ayer en el Parlamento un plan de 300 pisos. «Es el " +
        "mayor esfuerzo de la legislatura», aseguró. Los constructores lo ven tarde: su presidente Luis " +
        "Mora lo calificó de «anuncio vacío».",
    ],
    expected: [
      ["El puerto crecerá", "Tomás Rivas"],
      ["Es el mayor esfuerzo de la legislatura", "Elena Sáez"],
      ["anuncio vacío", "Luis Mora"],
    ],
  },
  {
    construction: "«…», remarcó el jefe de Estado: an epithet of the president's office",
    paragraphs: [
      "El presidente Ernesto Valdés visitó Rosario.",
      "«No hay plata», remarcó el jefe de Estado.",
    ],
    expected: [["No hay plata", "Ernesto Valdés"]],
  },
  {
    construction: "not quotes: a film title and a newspaper name",
    paragraphs: ["La película «Mar adentro» se estrenó en 2004, recuerda el diario «El País»."],
    expected: [],
  },
  {
    construction: "not a quote: a single term in marks",
    paragraphs: ["El llamado «efecto rebote» preocupa a los economistas."],
    expected: [],
  },
  {
    construction: "La Constitución manda «…»: a document verb with a document subject",
    paragraphs: [
      "El debate sobre las tierras volvió al Congreso.",
      "La Constitución manda «garantizar el acceso a la vivienda digna» a todos los ciudadanos.",
    ],
    expected: [["garantizar el acceso a la vivienda digna", "La Constitución"]],
  },
  {
    construction: "el informe establece que «…»: a document verb after the document's complement",
    paragraphs: ["El informe de la auditoría establece que los fondos «fueron desviados sin control»."],
    expected: [["fueron desviados sin control", "El informe de la auditoría"]],
  },
  {
    construction: "el informe de X muestra que «…»: what a report finds is its statement",
    paragraphs: ["El informe de la Contraloría muestra que el gasto «se duplicó en diez años»."],
    expected: [["se duplicó en diez años", "El informe de la Contraloría"]],
  },
  {
    construction: "negative: images that «muestran» are no document that speaks",
    paragraphs: ["Las imágenes muestran «a un hombre encapuchado» frente a la tienda."],
    expected: [],
  },
  {
    construction: "el borrador, al que …, establece que «…»: an incise between the document and its verb",
    paragraphs: [
      "El borrador, al que ha tenido acceso este diario, establece que la jornada «no podrá superar las " +
        "17 horas».",
    ],
    expected: [["no podrá superar las 17 horas", "El borrador"]],
  },
  {
    construction: "negative: a person noun before an incise and a document verb is no speaker of it",
    paragraphs: [
      "El ministro, que llegó tarde a la reunión, manda «una señal clara» a los mercados, escribió la " +
        "columnista Rosa Vidal.",
    ],
    expected: [["una señal clara", "Rosa Vidal"]],
  },
  {
    construction: "a person noun before a document verb is no speaker of it",
    paragraphs: ["El ministro manda «una señal clara» a los mercados, escribió la columnista Rosa Vidal."],
    expected: [["una señal clara", "Rosa Vidal"]],
  },
  {
    construction: "el dirigente campesino: a qualified office is not someone's office qualified otherwise",
    paragraphs: [
      "Rafael Duarte, el dirigente sindical portuario, convocó una huelga para el lunes.",
      "«Nadie nos va a escuchar», lamentó el dirigente campesino de la zona.",
      "«La huelga sigue», insistió el dirigente sindical.",
    ],
    expected: [
      ["Nadie nos va a escuchar", "el dirigente campesino de la zona"],
      ["La huelga sigue", "Rafael Duarte"],
    ],
  },
  {
    construction: "Tras asegurar que «…», X …: the subject after the infinitive clause",
    paragraphs: [
      "La fiscal Ana Ruiz compareció ante la prensa junto al alcalde, Tomás Prieto.",
      "Tras asegurar que «la investigación avanza con rapidez», Prieto pidió paciencia a las familias.",
    ],
    expected: [["la investigación avanza con rapidez", "Tomás Prieto"]],
  },
  {
    construction: "El caso X: «…» as an intertitle: the topic noun makes X the topic, not the speaker",
    paragraphs: [
      "El exministro Julio Ortega está acusado de cohecho.",
      ["intertitle", "El caso Ortega: «Nadie sabía nada de los contratos»"],
      "«En el ministerio nadie sabía nada de los contratos», explicó la abogada Laura Conde.",
    ],
    expected: [
      ["Nadie sabía nada de los contratos", "Laura Conde"],
      ["En el ministerio nadie sabía nada de los contratos", "Laura Conde"],
    ],
  },
  {
    construction: "el senador after a paragraph about the Senate's president: not an earlier senator",
    paragraphs: [
      "El senador Marcos Téllez, que buscará la reelección, visitó Rosario el viernes.",
      "El presidente del Senado, Jorge Amaral, empezó la semana con un viaje a la capital. " +
        "El senador criticó el recorte y dijo que la medida es «un error histórico».",
    ],
    expected: [["un error histórico", "Jorge Amaral"]],
  },
  {
    construction: "el legislador opening a paragraph: the office holder the paragraph before named last",
    paragraphs: [
      "El legislador Marcos Téllez presentó un proyecto sobre transporte el mes pasado.",
      "Otra propuesta en debate es la del diputado Renato Farías, que pide más fondos para las rutas.",
      "El legislador exige que el Gobierno «cumpla lo que prometió».",
    ],
    expected: [["cumpla lo que prometió", "Renato Farías"]],
  },
  {
    construction: "el comunicado after a speaker issued one: the words are the speaker's",
    paragraphs: [
      "La alcaldesa Marta Ruiz calificó la obra de «prioritaria» en un comunicado el lunes.",
      "Las máquinas llegarán «antes del verano», según el comunicado, difundido por su partido.",
    ],
    expected: [
      ["prioritaria", "Marta Ruiz"],
      ["antes del verano", "Marta Ruiz"],
    ],
  },
  {
    construction: "Para X, de …, que …, Y es «…»: the viewpoint's appositions stand between it and the quote",
    paragraphs: [
      "Para la historiadora Inés Baró, de la Universidad de Granada, que dirigió la excavación, " +
        "el hallazgo es «excepcional».",
    ],
    expected: [["excepcional", "Inés Baró"]],
  },
  {
    construction: "el exsecretario de X Nombre: a former holder's title keeps the department out of the name",
    paragraphs: [
      "La jueza citó al exsecretario de Transporte Luis Arce y a dos empresarios.",
      "«Todo se hizo según la ley», dijo Luis Arce.",
    ],
    expected: [["Todo se hizo según la ley", "Luis Arce"]],
  },
  {
    construction: "«…», escribió en la red social X: the platform's one-letter name is no speaker",
    paragraphs: [
      "La ministra de Exteriores, Lucía Robles, condenó el ataque.",
      "«Exigimos una investigación independiente», escribió en la red social X.",
    ],
    expected: [["Exigimos una investigación independiente", "Lucía Robles"]],
  },
  {
    construction: "«…», comentó after a sentence that quotes one person and names another",
    paragraphs: [
      "La economista Nuria Calvo presentó su estudio sobre el puerto.",
      "Según la economista, el tráfico «se ha reducido a la mitad», y explicó que el alcalde Pedro Sanz " +
        "autorizó «obras sin ningún control».",
      "«Es una pérdida que no se recupera en décadas», comentó.",
    ],
    expected: [
      ["se ha reducido a la mitad", "Nuria Calvo"],
      ["obras sin ningún control", "Nuria Calvo"],
      ["Es una pérdida que no se recupera en décadas", "Nuria Calvo"],
    ],
  },
  {
    construction: "«…», comentó after a photo caption: the photographer's credit is no one the article names",
    paragraphs: [
      "«El turismo volverá en verano», afirmó la consejera de Turismo, Elena Pardo.",
      "Turistas en la playa de Benidorm (EFE/Juan Mora)",
      "«Las reservas ya superan las de 2019», comentó.",
    ],
    expected: [
      ["El turismo volverá en verano", "Elena Pardo"],
      ["Las reservas ya superan las de 2019", "Elena Pardo"],
    ],
  },
  {
    construction: "«…», añadió el capitán / aseguró la responsable: a role noun for the speaker just quoted",
    paragraphs: [
      "«Hemos sufrido mucho», reconoció el delantero Iker Salaberri tras el partido.",
      "«Pero el equipo nunca dejó de creer», añadió el capitán.",
      "«Hemos reforzado las plantillas», dijo la directora del hospital, Lucía Ferrer.",
      "«No habrá cierres este verano», aseguró la responsable.",
    ],
    expected: [
      ["Hemos sufrido mucho", "Iker Salaberri"],
      ["Pero el equipo nunca dejó de creer", "Iker Salaberri"],
      ["Hemos reforzado las plantillas", "Lucía Ferrer"],
      ["No habrá cierres este verano", "Lucía Ferrer"],
    ],
  },
  {
    construction: "a body's name joining its complement by y: el Ministerio de Industria y Turismo",
    paragraphs: [
      "El Ministerio de Industria y Turismo informó en un comunicado que las ayudas «llegarán en marzo».",
      "«Nadie quedará fuera», añadió el Ministerio de Cultura y Deporte.",
      "Según el Ministerio de Sanidad y Fernando Simón, la campaña fue «un éxito».",
    ],
    expected: [
      ["llegarán en marzo", "El Ministerio de Industria y Turismo"],
      ["Nadie quedará fuera", "el Ministerio de Cultura y Deporte"],
      ["un éxito", "el Ministerio de Sanidad"],
    ],
  },
  {
    construction: "en un comunicado, el consistorio: the town council named before",
    paragraphs: [
      "El Ayuntamiento de Zaragoza cerrará el mercado central durante un mes.",
      "En un comunicado, el consistorio explica que las obras «no pueden esperar más».",
    ],
    expected: [["no pueden esperar más", "El Ayuntamiento de Zaragoza"]],
  },
  {
    construction: "X cree que «…»: belief reported as speech",
    paragraphs: [
      "«La negociación sigue abierta», dijo la ministra de Trabajo, Rosa Vidal.",
      "El sindicato no firmará. Su secretario general, Andrés Bravo, cree que el texto «no protege a nadie».",
    ],
    expected: [
      ["La negociación sigue abierta", "Rosa Vidal"],
      ["no protege a nadie", "Andrés Bravo"],
    ],
  },
  {
    construction:
      "titular «…»: el Pleno pide cerrar el trasvase, las mismas palabras en el cuerpo con «proclamó» sin " +
      "sujeto tras la frase de quien las dice: un verbo que sigue con su propio complemento tras los dos " +
      "puntos dice otra cosa, y la cita es de quien habla en el cuerpo",
    paragraphs: [
      ["headline", "«No vamos a pagar el agua de otros»: el Pleno pide cerrar el trasvase"],
      "El Pleno del Ayuntamiento de Toledo aprobó ayer una moción sobre el trasvase.",
      "El portavoz socialista, Andrés Villalba Moreno, que defendió la moción, recordó que el río «lleva " +
        "años pagando la factura». «No vamos a pagar el agua de otros», proclamó desde la tribuna.",
    ],
    expected: [
      ["lleva años pagando la factura", "Andrés Villalba Moreno"],
      ["No vamos a pagar el agua de otros", "Andrés Villalba Moreno"],
    ],
  },
  {
    construction:
      "negativo: titular «…», advierte el alcalde, y en el cuerpo las mismas palabras tras «insistió» sin " +
      "sujeto después de otra persona: el titular nombra al que habla",
    paragraphs: [
      ["headline", "«No vamos a pagar el agua de otros», advierte el alcalde de Toledo"],
      "El alcalde de Toledo, Carlos Velázquez, habló ayer en el Pleno. La portavoz socialista, Ana Ruiz, " +
        "le respondió. «No vamos a pagar el agua de otros», insistió.",
    ],
    expected: [["No vamos a pagar el agua de otros", "Carlos Velázquez"]],
  },
  {
    construction: "Ministro responde: «…»: a headline's office without article is the person the body names",
    paragraphs: [
      ["headline", "Ministro responde a la oposición: «No vamos a dimitir»"],
      "El ministro de Economía, Tomás Paredes, descartó ayer dejar el cargo pese a la moción de censura.",
    ],
    expected: [["No vamos a dimitir", "Tomás Paredes"]],
  },
  {
    construction:
      "titular la oposición denuncia «…», las mismas palabras en el cuerpo tras el verbo de una persona " +
      "nombrada: la entrada toma el nombre",
    paragraphs: [
      ["headline", "Presupuestos: la oposición denuncia «un atropello»"],
      "El portavoz socialista, Elías Castaño, denunció «un atropello» y anunció una moción de censura.",
    ],
    expected: [["un atropello", "Elías Castaño"]],
  },
  {
    construction:
      "titular la farmacéutica avisa: «…», las mismas palabras abren en el cuerpo una cita sin verbo de la " +
      "titular nombrada: la entrada toma el nombre",
    paragraphs: [
      ["headline", "Robada por tercera vez, la farmacéutica avisa: «esta vez, cierro»"],
      "«Sabían exactamente dónde buscar», relata la titular, Nadia Belkacem, de 52 años.",
      "«Esta vez, cierro. No voy a esperar a que haya un muerto.",
    ],
    expected: [
      ["esta vez, cierro", "Nadia Belkacem"],
      ["Sabían exactamente dónde buscar", "Nadia Belkacem"],
      ["Esta vez, cierro. No voy a esperar a que haya un muerto.", "Nadia Belkacem"],
    ],
  },
  {
    construction: "una vecina que prefiere no dar su nombre relata: «…»: the relative clause's antecedent",
    paragraphs: [
      "Una vecina que prefiere no dar su nombre relata lo ocurrido: «Se oyó un golpe y luego gritos».",
    ],
    expected: [["Se oyó un golpe y luego gritos", "Una vecina"]],
  },
  {
    construction:
      "una fuente consultada por este diario: the participle and its agent are no part of the source",
    paragraphs: [
      "Una fuente del Ministerio consultada por este diario señaló que la ministra «no piensa dimitir».",
    ],
    expected: [["no piensa dimitir", "Una fuente del Ministerio"]],
  },
  {
    construction: "«…», relata una vecina de 47 años: the age is no part of the description",
    paragraphs: [
      "«Hemos pedido ayuda», dijo el alcalde Tomás Ruiz.",
      "«El agua entró en minutos», relata una vecina de 47 años.",
    ],
    expected: [
      ["Hemos pedido ayuda", "Tomás Ruiz"],
      ["El agua entró en minutos", "una vecina"],
    ],
  },
  {
    construction: "ha declarado a EFE que …, aunque «…»: a long reported clause after whom it was told to",
    paragraphs: [
      "El alcalde de Lorca, Fulgencio Gil, ha declarado a EFE que varias familias han pasado la noche " +
        "en el polideportivo municipal tras la riada, aunque «nadie ha resultado herido».",
    ],
    expected: [["nadie ha resultado herido", "Fulgencio Gil"]],
  },
  {
    construction: "Según X, descrito largamente, …: a source phrase opening the sentence governs its quote",
    paragraphs: [
      "Según el portavoz de la Consejería de Sanidad de la Junta de Andalucía, Manuel Ortega Ruiz, el " +
        "hospital abrirá «en los próximos días».",
    ],
    expected: [["en los próximos días", "Manuel Ortega Ruiz"]],
  },
  {
    construction: "X, autor de …, … «…», explicó el capitán (one name, an author's apposition, a role)",
    paragraphs: [
      "«Ganamos bien», dijo el entrenador Luis Pardo.",
      "Vidal, autor del segundo gol, habló con la prensa en zona mixta. «El equipo creyó siempre», " +
        "explicó el capitán.",
    ],
    expected: [
      ["Ganamos bien", "Luis Pardo"],
      ["El equipo creyó siempre", "Vidal"],
    ],
  },
  {
    construction:
      "El presidente del Consejo de Ministros, X, … «…», afirmó el premier (the premier named before)",
    paragraphs: [
      "El presidente del Consejo de Ministros, Luis Vargas, descartó ayer dejar el cargo.",
      "«No vamos a renunciar», afirmó el premier tras la sesión.",
    ],
    expected: [["No vamos a renunciar", "Luis Vargas"]],
  },
  {
    construction: "el viceministro Julio Ochoa: a month capitalised inside a sentence is a first name",
    paragraphs: [
      "Desde el Ministerio de Hacienda, el viceministro Julio Ochoa afirmó que el Ejecutivo «respeta la " +
        "decisión del Congreso».",
    ],
    expected: [["respeta la decisión del Congreso", "Julio Ochoa"]],
  },
  {
    construction: "el supervisor, el regulador: a noun for the body named before, which keeps its form",
    paragraphs: [
      ["headline", "La Comisión Nacional de la Energía avisa de «cortes» en verano"],
      "La Comisión Nacional de la Energía publicó ayer su balance anual. En él, el regulador sostiene " +
        "que la red eléctrica sufre «una tensión sin precedentes».",
    ],
    expected: [
      ["cortes", "La Comisión Nacional de la Energía"],
      ["una tensión sin precedentes", "La Comisión Nacional de la Energía"],
    ],
  },
  {
    construction:
      "La ministra, acompañada del alcalde X, aseguró: the participle's apposition names no speaker",
    paragraphs: [
      "La ministra, acompañada del alcalde Juan Pérez, aseguró que el plan de vivienda está «financiado».",
    ],
    expected: [["financiado", "La ministra"]],
  },
  {
    construction: "X evitaron … y se limitaron a recordar que «…»: a plural preterite ends the subject",
    paragraphs: [
      "Fuentes de la Consejería de Educación prefirieron no entrar en detalles y se limitaron a recordar " +
        "que el calendario escolar «no se toca».",
    ],
    expected: [["no se toca", "Fuentes de la Consejería de Educación"]],
  },
  {
    construction: "X recomienda a … «…» y no descarta «…»: verbs of advice and of ruling out report speech",
    paragraphs: [
      "La Agencia de Seguridad Vial recomienda a los conductores «evitar la autopista» durante el " +
        "puente y no descarta «cortes puntuales» en los accesos a la capital.",
    ],
    expected: [
      ["evitar la autopista", "La Agencia de Seguridad Vial"],
      ["cortes puntuales", "La Agencia de Seguridad Vial"],
    ],
  },
  {
    construction: "X envió una carta en la que pide «…»: the relative on a document speaks for its sender",
    paragraphs: [
      "«Nada cambia», dijo el alcalde Juan Soto.",
      "La Xunta ha remitido una carta a los alcaldes en la que pide «máxima prudencia».",
      "El sindicato difundió un vídeo en el que insta a los trabajadores a «no ceder».",
    ],
    expected: [
      ["Nada cambia", "Juan Soto"],
      ["máxima prudencia", "La Xunta"],
      ["no ceder", "El sindicato"],
    ],
  },
  {
    construction: "Para X, director de …, el Gobierno «…»: an office's apposition keeps the viewpoint",
    paragraphs: [
      "Para Marta Iglesias, directora de la Fundación Agua y Territorio, el Ejecutivo «actuó tarde» en " +
        "las cuencas del sur.",
    ],
    expected: [["actuó tarde", "Marta Iglesias"]],
  },
  {
    construction: "Fuentes del Ministerio de X y Y Z: a body named as a complement keeps two words after «y»",
    paragraphs: [
      "Fuentes del Ministerio de Transportes y Movilidad Sostenible han explicado que la obra estará " +
        "«lista en otoño».",
      "El Ministerio de Sanidad y Ana Roldán firmaron ayer el acuerdo. «Es un paso histórico», dijo Roldán.",
    ],
    expected: [
      ["lista en otoño", "Fuentes del Ministerio de Transportes y Movilidad Sostenible"],
      ["Es un paso histórico", "Ana Roldán"],
    ],
  },
  {
    construction:
      "«relata la mujer» tras «una enfermera jubilada»: la descripción definida repite a la persona descrita",
    paragraphs: [
      "Una enfermera jubilada esperó nueve horas en urgencias del hospital. El personal atendió antes a " +
        "otros tres pacientes.",
      "«Nadie me dijo cuánto iba a tardar», relata la mujer, que volvió a casa sin ver a un médico.",
    ],
    expected: [["Nadie me dijo cuánto iba a tardar", "Una enfermera"]],
  },
  {
    construction:
      "«afirmó el alcalde» tras «una enfermera jubilada»: un cargo que no se le dio es otra persona",
    paragraphs: [
      "Una enfermera jubilada esperó nueve horas en urgencias del hospital. El personal atendió antes a " +
        "otros tres pacientes.",
      "«Hacemos lo que podemos con el personal que tenemos», afirmó el alcalde, que visitó el hospital " +
        "el viernes.",
    ],
    expected: [["Hacemos lo que podemos con el personal que tenemos", "el alcalde"]],
  },
  {
    construction:
      "«La autoridad considera» tras «la CNMC»: un organismo nombrado por sus siglas y luego por lo " +
      "que es",
    paragraphs: [
      "Tras el apagón, la CNMC abrió el martes un expediente a la eléctrica.",
      "La autoridad considera que los hechos son «de extrema gravedad».",
    ],
    expected: [["de extrema gravedad", "la CNMC"]],
  },
  {
    construction: "«La agencia habla» tras «según la AFP»: la agencia de noticias citada no es el organismo",
    paragraphs: [
      "Según la AFP, el ministro abandonó la reunión antes del final.",
      "La agencia habla de un ambiente «muy tenso» entre los participantes.",
    ],
    expected: [["muy tenso", "La agencia"]],
  },
  {
    construction: "X de la Y, X de los Y: a surname opened by a particle and an article, not a prize's name",
    paragraphs: [
      "La concejala de Cultura, Marina de la Fuente, ha asegurado que el festival «ha vuelto a batir " +
        "su récord de público».",
      "Su homólogo de Deportes, Andrés de los Ríos, ha pedido «más pistas cubiertas».",
      "La escritora galardonada con el premio Nobel de la Paz, Inés Robledo, pidió «no mirar hacia " +
        "otro lado».",
    ],
    expected: [
      ["ha vuelto a batir su récord de público", "Marina de la Fuente"],
      ["más pistas cubiertas", "Andrés de los Ríos"],
      ["no mirar hacia otro lado", "Inés Robledo"],
    ],
  },
  {
    construction: "el exalcalde de Lugar Nombre Apellido, a surname that is also a title (Rey, Fiscal)",
    paragraphs: [
      "La Audiencia juzgará en marzo al exalcalde de Almendralejo Tomás Rey por la venta de un solar.",
      "Rey, que dejó el cargo en 2019, niega los hechos. «Todo se hizo con informes favorables», afirmó.",
    ],
    expected: [["Todo se hizo con informes favorables", "Tomás Rey"]],
  },
  {
    construction: "«…», dijo Nombre Apellido, vecina de la urbanización Lugar Largo: the place is no speaker",
    paragraphs: [
      "«Llevamos tres días sin luz y nadie nos da una fecha», contó Rosa Quintero, vecina de la " +
        "urbanización Monte Alto del Pinar.",
    ],
    expected: [["Llevamos tres días sin luz y nadie nos da una fecha", "Rosa Quintero"]],
  },
  {
    construction: "La revelación del Mundial fue la portera X. «…», explicó: the copula names the subject",
    paragraphs: [
      "El torneo terminó ayer en Sídney.",
      "La revelación del Mundial fue la portera Ana Beltrán, autora de dos paradas decisivas. «Hoy me " +
        "salía todo», explicó en la zona mixta.",
      "El nuevo Defensor del Pueblo es el jurista Tomás Aranda. «Vamos a abrir la institución a los " +
        "jóvenes», afirmó.",
    ],
    expected: [
      ["Hoy me salía todo", "Ana Beltrán"],
      ["Vamos a abrir la institución a los jóvenes", "Tomás Aranda"],
    ],
  },
  {
    construction:
      "la socióloga de la Universidad de X Nombre Apellido: an occupation, its body, then the person",
    paragraphs: [
      "«El alquiler se come ya la mitad del sueldo», advierte la socióloga de la Universidad de Oviedo " +
        "Lucía Prendes.",
      "Para el politólogo del Colegio de México Andrés Villar, la reforma «llega tarde y mal».",
    ],
    expected: [
      ["El alquiler se come ya la mitad del sueldo", "Lucía Prendes"],
      ["llega tarde y mal", "Andrés Villar"],
    ],
  },
  {
    construction:
      "Nombre, de 74 años, lo vive… «…», dice mientras…: the subject before, its clitic, a bare verb",
    paragraphs: [
      "«El mercado no cerrará este año», aseguró el concejal de Comercio, Íñigo Sáez.",
      "En el puesto de frutas, Rosario, de 74 años, lo vive sin rencor. «Aquí he criado a mis tres " +
        "hijos», dice mientras ordena las naranjas.",
    ],
    expected: [
      ["El mercado no cerrará este año", "Íñigo Sáez"],
      ["Aquí he criado a mis tres hijos", "Rosario"],
    ],
  },
  {
    construction: "un ganadero … es más pesimista. «…», explica: a speaker described by trade, after another",
    paragraphs: [
      "La consejera de Agricultura, Begoña Urrutia, defendió ayer las nuevas ayudas. «Llegarán antes " +
        "del verano», prometió.",
      "En la feria de Tineo, un ganadero que cría vacas desde hace cuarenta años es más pesimista. «Con " +
        "estos precios no aguanta nadie», explica.",
    ],
    expected: [
      ["Llegarán antes del verano", "Begoña Urrutia"],
      ["Con estos precios no aguanta nadie", "un ganadero"],
    ],
  },
  {
    construction:
      "según la acusación, que ejerce la abogada X, «…»: the relative names who speaks for the source",
    paragraphs: [
      "Según la acusación popular, que ejerce la abogada Carmen Llorente, el contrato fue «un regalo " +
        "a los amigos del alcalde».",
    ],
    expected: [["un regalo a los amigos del alcalde", "Carmen Llorente"]],
  },
  {
    construction:
      "titular; “…”, denuncian usuarios: a bare plural after the headline's verb speaks, not the body",
    paragraphs: [
      ["headline", "El tren de Cercanías vuelve a fallar; “llevamos dos horas parados”, denuncian usuarios"],
      "“Llevamos dos horas parados y sin información”, contó Pilar Esteban, que iba a su trabajo.",
    ],
    expected: [
      ["llevamos dos horas parados", "usuarios"],
      ["Llevamos dos horas parados y sin información", "Pilar Esteban"],
    ],
  },
  {
    construction:
      "«La compañía asegura» tras «directora de ventas de Nimbo»: un nombre en el que alguien ejerce " +
      "un cargo de empresa es una empresa",
    paragraphs: [
      "Nimbo ha presentado hoy en Madrid su nuevo portátil.",
      "«Queremos llegar a todos», explica Ana Ruiz, directora de ventas de Nimbo en España.",
      "La compañía asegura que la batería dura «más de dos días».",
    ],
    expected: [
      ["Queremos llegar a todos", "Ana Ruiz"],
      ["más de dos días", "Nimbo"],
    ],
  },
  {
    construction: "«La empresa asegura» tras «la alcaldesa de Toledo»: una ciudad no es la empresa",
    paragraphs: [
      "La alcaldesa de Toledo, Marta Gil, inauguró ayer el puente.",
      "La empresa asegura que la obra costó «menos de lo previsto».",
    ],
    expected: [["menos de lo previsto", "La empresa"]],
  },
  {
    construction:
      "«asegura la compañía» tras «la empresa Ventora»: un organismo nombrado tras su clase es de esa clase",
    paragraphs: [
      "El parque eólico, promovido por la empresa Ventora, abrirá en mayo.",
      "«Las obras avanzan bien», asegura la compañía en un comunicado.",
    ],
    expected: [["Las obras avanzan bien", "Ventora"]],
  },
  {
    construction: "«…», sostuvo el jerarca: a noun for any office holder is the official just named",
    paragraphs: [
      "La directora de la Agencia de Vivienda, Lucía Fernández, defendió el nuevo plan. «No vamos a dar " +
        "marcha atrás», sostuvo la jerarca ante los periodistas.",
    ],
    expected: [["No vamos a dar marcha atrás", "Lucía Fernández"]],
  },
  {
    construction:
      "El presidente del Servicio … (Senad), X,: the body's initials in parentheses end the office before " +
      "the name",
    paragraphs: [
      "El portavoz de los inspectores, Tomás Ibarra, criticó el nuevo reglamento.",
      "El presidente del Servicio Nacional de Aduanas (Senad), Raúl Quintero, defendió la norma. «Se va " +
        "a aplicar tal como está», sostuvo el jerarca.",
    ],
    expected: [["Se va a aplicar tal como está", "Raúl Quintero"]],
  },
  {
    construction:
      "X fue el único que habló. «…», admitió el delantero de Getafe: the first name tells the " +
      "description's gender agrees with the player just named",
    paragraphs: [
      "El Leganés cayó en casa por la mínima. En el vestuario, Iker Sanz fue el único que atendió a la " +
        "prensa. «Nos ha faltado pegada arriba», admitió el delantero de Getafe.",
    ],
    expected: [["Nos ha faltado pegada arriba", "Iker Sanz"]],
  },
  {
    construction:
      "X, named without a role; «…», dijo la investigadora de la Universidad de León: her first name " +
      "settles it",
    paragraphs: [
      "Marta Quiroga lleva diez años midiendo el retroceso de los glaciares pirenaicos.",
      "«Lo que perdemos en un verano tardó siglos en formarse», dijo la investigadora de la Universidad " +
        "de León.",
    ],
    expected: [["Lo que perdemos en un verano tardó siglos en formarse", "Marta Quiroga"]],
  },
  {
    construction:
      "X, acusado de …; paragraphs later «…», replicó el acusado: the one person the article gave that " +
      "noun, not the speaker just quoted",
    paragraphs: [
      "La Audiencia juzga desde este martes a Sergio Llamas, acusado de desviar fondos de la cooperativa.",
      "El fiscal Tomás Prieto pidió seis años de cárcel. «Las cuentas no mienten», dijo el fiscal.",
      "Al final de la sesión, el acusado replicó: «Yo no me he llevado nada».",
    ],
    expected: [
      ["Las cuentas no mienten", "Tomás Prieto"],
      ["Yo no me he llevado nada", "Sergio Llamas"],
    ],
  },
  {
    construction:
      "titular «X aprueba…: «…»» que repite la cita del cuerpo: la cita es de quien la dice en el cuerpo",
    paragraphs: [
      ["headline", "El Ayuntamiento aprueba el plan de tráfico: «La ciudad no puede esperar»"],
      "«La ciudad no puede esperar más», ha asegurado la concejala de Movilidad, Irene Sáez.",
    ],
    expected: [
      ["La ciudad no puede esperar", "Irene Sáez"],
      ["La ciudad no puede esperar más", "Irene Sáez"],
    ],
  },
  {
    construction:
      "titular hecho solo de una cita; la entradilla presenta quién habla: «un colectivo … denuncia»",
    paragraphs: [
      ["headline", "«Las matronas ya no podemos atender los partos con seguridad»"],
      [
        "standfirst",
        "En una carta abierta, un colectivo de 80 matronas denuncia el cierre de los paritorios rurales.",
      ],
      "La carta se publicó el lunes.",
    ],
    expected: [
      ["Las matronas ya no podemos atender los partos con seguridad", "un colectivo de 80 matronas"],
    ],
  },
  {
    construction:
      "La ministra X …; «…», dijo la secretaria de Estado: the minister's office in other words, as Latin " +
      "American papers write it",
    paragraphs: [
      "La ministra de Vivienda, Elisa Carvajal, presentó este lunes el plan de arriendo protegido.",
      "«Ninguna familia va a quedar fuera por su historial de deudas», dijo la secretaria de Estado en " +
        "un punto de prensa.",
    ],
    expected: [["Ninguna familia va a quedar fuera por su historial de deudas", "Elisa Carvajal"]],
  },
  {
    construction:
      "titular «Un estudio advierte de que …» que el cuerpo nombra entero: el nombre más completo",
    paragraphs: [
      ["headline", "Un estudio advierte de que los glaciares pirenaicos desaparecen “en una década”"],
      "El estudio del Instituto Pirenaico de Ecología concluye que los glaciares se pierden “en una década”.",
    ],
    expected: [["en una década", "El estudio del Instituto Pirenaico de Ecología"]],
  },
  {
    construction:
      "«La embajada de Francia en Lima indicó»: un organismo en minúscula, nombrado por su país y su sede, " +
      "no se corta en la sede",
    paragraphs: ["La embajada de Francia en Lima indicó que el visado será «gratuito para los estudiantes»."],
    expected: [["gratuito para los estudiantes", "La embajada de Francia en Lima"]],
  },
  {
    construction:
      "«El presidente de la comunidad San Roque, Pedro Gil, dijo»: el nombre tras el organismo es el " +
      "organismo; quien habla es el nombre en aposición",
    paragraphs: ["El presidente de la comunidad San Roque, Pedro Gil, dijo que el agua es «escasa»."],
    expected: [["escasa", "Pedro Gil"]],
  },
  {
    construction:
      "«calificó de «…» las medidas anunciadas»: un participio sin auxiliar es un adjetivo, no el verbo " +
      "de quien habla",
    paragraphs: ["La portavoz, Eva Soler, calificó de «tardías» las ayudas anunciadas por el Gobierno."],
    expected: [["tardías", "Eva Soler"]],
  },
  {
    construction:
      "«En una entrevista en Radio Norte, ha defendido»: el marco de la entrevista que abre la oración " +
      "no es el sujeto; habla quien se nombró antes",
    paragraphs: [
      "La consejera de Sanidad, Lucía Ferrer, ha visitado hoy el nuevo hospital. En una entrevista en " +
        "Radio Norte, ha defendido que las obras van «a buen ritmo».",
    ],
    expected: [["a buen ritmo", "Lucía Ferrer"]],
  },
  {
    construction:
      "«las plazas, que según el sindicato son «…»»: el verbo de la oración que sigue a la fuente no es " +
      "parte de ella",
    paragraphs: ["El plan crea nuevas plazas de enfermería, que según el sindicato son «muy pocas»."],
    expected: [["muy pocas", "el sindicato"]],
  },
  {
    construction:
      "«La Fiscalía General del Estado informó»: un título tras el nombre del organismo lo califica; no " +
      "abre un nombre de persona",
    paragraphs: ["La Fiscalía General del Estado informó que la causa sigue «bajo secreto»."],
    expected: [["bajo secreto", "La Fiscalía General del Estado"]],
  },
  {
    construction:
      "«…», dijo la Policía Nacional de Honduras / la Dirección General de Migración: el sustantivo del " +
      "organismo (también de persona: policía) abre su nombre y el título que sigue lo califica; ante un " +
      "nombre de pila, en cambio, el título sí se separa",
    paragraphs: [
      "«No hubo heridos», dijo la Policía Nacional de Honduras en un comunicado.",
      "«Los pasaportes saldrán en diez días», informó la Dirección General de Migración.",
      "«Se reforzará la frontera», añadió la Dirección Nacional de Aduanas.",
      "«El paso sigue cerrado», precisó el General Mario Quesada.",
    ],
    expected: [
      ["No hubo heridos", "la Policía Nacional de Honduras"],
      ["Los pasaportes saldrán en diez días", "la Dirección General de Migración"],
      ["Se reforzará la frontera", "la Dirección Nacional de Aduanas"],
      ["El paso sigue cerrado", "Mario Quesada"],
    ],
  },
  {
    construction:
      "«…», insistió Gómez: una persona con dos apellidos nombrada después por el primero es la misma",
    paragraphs: [
      "El director del hospital, Tomás Gómez Herrera, visitó ayer la nueva unidad de quemados.",
      "Una enfermera explicó que la planta «abrirá en marzo».",
      "«Necesitamos más personal para las noches», insistió Gómez.",
    ],
    expected: [
      ["abrirá en marzo", "Una enfermera"],
      ["Necesitamos más personal para las noches", "Tomás Gómez Herrera"],
    ],
  },
  {
    construction: "X “Apodo” Y … dijo Y: un apodo entre comillas dentro del nombre no es parte de él",
    paragraphs: [
      "El gol de Martín “Tano” Giraldo en el último minuto le dio el título al equipo local.",
      "«Soñaba con esto desde niño», dijo Giraldo en el vestuario.",
    ],
    expected: [["Soñaba con esto desde niño", "Martín Giraldo"]],
  },
  {
    construction:
      "«…», afirmó el estratega: el entrenador recién nombrado, por un sustantivo de la prensa deportiva",
    paragraphs: [
      "El técnico del Deportivo, Ramón Ibarra, destacó el orden defensivo de su equipo tras el " +
        "descanso. «Hoy hemos competido de verdad», afirmó el estratega.",
    ],
    expected: [["Hoy hemos competido de verdad", "Ramón Ibarra"]],
  },
  {
    construction:
      "«la Fiscalía General de Justicia» y luego «la fiscalía estatal»: un nombre que abre con el " +
      "sustantivo del organismo y sigue con un adjetivo en mayúscula es un organismo, no una persona",
    paragraphs: [
      "La Fiscalía General de Justicia abrió una carpeta por la desaparición de dos jornaleros.",
      "Consultada por este diario, la fiscalía estatal respondió que el caso «sigue abierto».",
    ],
    expected: [["sigue abierto", "La Fiscalía General de Justicia"]],
  },
  {
    construction:
      "X ha avanzado que … «…»: «avanzar» como verbo de declaración (anticipar lo que se hará), con el " +
      "inciso «a su juicio» antes de la cita",
    paragraphs: [
      "El sindicato de pilotos pidió más descansos entre vuelos. Su secretario general, Tomás Urrutia, " +
        "ha avanzado que convocarán paros en agosto porque, a su juicio, la aerolínea «no ha movido ni " +
        "una coma».",
      "La consejera de Movilidad, Begoña Arrieta, avanzó que el tranvía llegará al aeropuerto en 2027: " +
        "«Las obras empiezan en primavera».",
    ],
    expected: [
      ["no ha movido ni una coma", "Tomás Urrutia"],
      ["Las obras empiezan en primavera", "Begoña Arrieta"],
    ],
  },
  {
    construction:
      "Organismo (SIGLA) + verbo … y exigió «…»: la sigla entre paréntesis tras el nombre completo del " +
      "sujeto no corta el sujeto que comparten los verbos coordinados",
    paragraphs: [
      "El portavoz municipal, Andrés Collado, defendió el nuevo calendario de recogida de basuras.",
      "La Coordinadora de Usuarios del Transporte Público (Cotrap) se sumó a las quejas de los " +
        "comerciantes y exigió «contenedores que no huelan a media mañana».",
      "La Asociación Española de Fabricantes de Muebles (Anefam) rechazó el nuevo canon y recordó que " +
        "el sector «ya paga por cada tonelada».",
    ],
    expected: [
      ["contenedores que no huelan a media mañana", "La Coordinadora de Usuarios del Transporte Público"],
      ["ya paga por cada tonelada", "La Asociación Española de Fabricantes de Muebles"],
    ],
  },
  {
    construction:
      "En la escuela / el liceo / el hospital + nombre de persona, …, X describió …: un centro que lleva " +
      "el nombre de una persona no es esa persona, y la cita siguiente es de quien habla en la frase",
    paragraphs: [
      "El consejero de Salud, Fermín Olabarria, aseguró que las listas de espera bajarán este año.",
      "En el hospital Severo Ochoa, donde faltan seis anestesistas desde el verano, el jefe de cirugía, " +
        "Marcos Iriarte, describió otra realidad. «Operamos por las tardes con personal prestado», contó.",
      "En la escuela Gabriela Mistral, donde las clases empiezan a las ocho, la directora, Ximena Rojas, " +
        "pidió más auxiliares. «Tenemos 38 niños por sala», lamentó.",
      "En el liceo Arturo Prat, donde estudian 900 alumnos, el orientador, Tomás Vidal, hizo cuentas. " +
        "«Aquí no se puede estudiar», resumió.",
    ],
    expected: [
      ["Operamos por las tardes con personal prestado", "Marcos Iriarte"],
      ["Tenemos 38 niños por sala", "Ximena Rojas"],
      ["Aquí no se puede estudiar", "Tomás Vidal"],
    ],
  },
  {
    construction:
      "X ha advertido en 'Programa' de que …: el nombre de un programa entre comillas simples tras el " +
      "verbo de declaración y «en» no es una cita",
    paragraphs: [
      "El presidente de la patronal hotelera, Ignacio Berrocal, ha advertido en 'Hoy por hoy' de que " +
        "faltan camareros para el verano. «Este año abriremos con media plantilla», ha asegurado.",
    ],
    expected: [["Este año abriremos con media plantilla", "Ignacio Berrocal"]],
  },
  {
    construction:
      "«la dependencia» (México: un organismo público) tras el organismo nombrado: es ese organismo",
    paragraphs: [
      "El Instituto Mexicano del Seguro Social cerró ayer dos guarderías por fallas eléctricas.",
      "En un comunicado, la dependencia aseguró que las inspecciones «seguirán toda la semana».",
    ],
    expected: [["seguirán toda la semana", "El Instituto Mexicano del Seguro Social"]],
  },
  {
    construction:
      "«según la corporación» (México: una policía) tras la secretaría nombrada: es esa secretaría",
    paragraphs: [
      "La Secretaría de Seguridad Pública Municipal detuvo a tres hombres por el robo de autos.",
      "Según la corporación, los detenidos “operaban en centros comerciales y estacionamientos”.",
    ],
    expected: [
      ["operaban en centros comerciales y estacionamientos", "La Secretaría de Seguridad Pública Municipal"],
    ],
  },
  {
    construction: "«la corporación aseguró» (España: el pleno municipal) tras el ayuntamiento nombrado",
    paragraphs: [
      "El Ayuntamiento de Ferrol aprobó ayer el presupuesto de 2027.",
      "En un comunicado, la corporación aseguró que “no habrá subida de impuestos el próximo año”.",
    ],
    expected: [["no habrá subida de impuestos el próximo año", "El Ayuntamiento de Ferrol"]],
  },
  {
    construction: "«según la corporación» sin organismo nombrado antes (negativo): queda como está escrita",
    paragraphs: [
      "Vecinos de la colonia Juárez denunciaron una ola de robos de autos.",
      "Según la corporación, los detenidos “operaban en centros comerciales y estacionamientos”.",
    ],
    expected: [["operaban en centros comerciales y estacionamientos", "la corporación"]],
  },
  {
    construction:
      "«la dependencia detalló que “…”» tras «El Instituto Nacional de Migración»: el organismo público " +
      "nombrado justo antes",
    paragraphs: [
      "El Instituto Nacional de Migración anunció el cierre de dos albergues en Tapachula.",
      "En una tarjeta informativa, la dependencia detalló que los migrantes “serán trasladados a Oaxaca”.",
    ],
    expected: [["serán trasladados a Oaxaca", "El Instituto Nacional de Migración"]],
  },
  {
    construction:
      "«El organismo aseguró» tras «La Comisión … instaló … en Boca del Río» y el Ayuntamiento de Boca del " +
      "Río después: la ciudad tras «en» es un lugar, no el organismo que habla",
    paragraphs: [
      "La Comisión Nacional del Agua instaló dos plantas potabilizadoras en Boca del Río. El organismo " +
        "aseguró que el suministro «quedará garantizado hasta mayo».",
      "«No hay desabasto», aseguró por su parte la directora de Servicios Públicos del Ayuntamiento de " +
        "Boca del Río, Ana Lara Pérez.",
    ],
    expected: [
      ["quedará garantizado hasta mayo", "La Comisión Nacional del Agua"],
      ["No hay desabasto", "Ana Lara Pérez"],
    ],
  },
  {
    construction:
      "«Según la dependencia» tras «… de la colonia Independencia»: el nombre de una colonia no es un " +
      "organismo, y el vecino de la colonia sigue hablando",
    paragraphs: [
      "La Secretaría de Salud fumigó ayer 300 viviendas de la colonia Independencia, en Monterrey. Según " +
        "la dependencia, los casos de dengue «bajaron a la mitad» en un mes.",
      "«Todavía hay criaderos en los patios», comentó un vecino de la colonia Independencia.",
    ],
    expected: [
      ["bajaron a la mitad", "La Secretaría de Salud"],
      ["Todavía hay criaderos en los patios", "un vecino de la colonia Independencia"],
    ],
  },
  {
    construction:
      "«Según la dependencia» tras «desde una casa de la colonia República»: ni la casa (sin nombre) ni " +
      "la colonia son el organismo nombrado antes",
    paragraphs: [
      "La Fiscalía General del Estado de Coahuila detuvo a cinco personas que operaban desde una casa de " +
        "la colonia República. Según la dependencia, la red tenía «más de 300 víctimas».",
    ],
    expected: [["más de 300 víctimas", "La Fiscalía General del Estado de Coahuila"]],
  },
  {
    construction:
      "«la dependencia aseguró» tras «El Departamento de Educación cerró …»: un departamento del " +
      "gobierno es un organismo, y la dependencia es él",
    paragraphs: [
      "El Departamento de Educación cerró tres escuelas en Ponce tras el huracán.",
      "En un comunicado, la dependencia aseguró que los estudiantes «serán reubicados antes del lunes».",
    ],
    expected: [["serán reubicados antes del lunes", "El Departamento de Educación"]],
  },
  {
    construction:
      "«Desde la seccional X de AGMER recordaron que «…»» tras «el departamento Islas del Ibicuy»: la " +
      "seccional de un gremio habla, no el lugar que comparte una palabra con su nombre",
    paragraphs: [
      "Los alumnos viajan cada mañana en lancha por el departamento Islas del Ibicuy.",
      "Desde la seccional Islas de AGMER recordaron que otras escuelas de la zona «siguen dependiendo de " +
        "la buena voluntad de los vecinos» para trasladar a sus alumnos.",
    ],
    expected: [["siguen dependiendo de la buena voluntad de los vecinos", "la seccional Islas de AGMER"]],
  },
  {
    construction:
      "«…» tras «El director del departamento de Cardiología del hospital, X, explicó que»: la persona " +
      "nombrada habla, no el departamento",
    paragraphs: [
      "El director del departamento de Cardiología del hospital, Luis Pardo, explicó que «la lista de " +
        "espera se ha reducido a la mitad».",
    ],
    expected: [["la lista de espera se ha reducido a la mitad", "Luis Pardo"]],
  },
  {
    construction:
      "«la dependencia informó» tras «presentó la denuncia en la Fiscalía Anticorrupción»: con su " +
      "artículo tras «en», el organismo sigue siendo el que habla",
    paragraphs: [
      "El abogado de las familias presentó la denuncia en la Fiscalía Anticorrupción. Ayer, la " +
        "dependencia informó que el caso «sigue abierto».",
    ],
    expected: [["sigue abierto", "la Fiscalía Anticorrupción"]],
  },
  {
    construction:
      "«…», explicó la oceanógrafa del Cicese X: un especialista nombrado por su ciencia y su institución, " +
      "sin coma, antes del nombre",
    paragraphs: [
      "“El arrecife se blanquea más rápido de lo previsto”, explicó la oceanógrafa del Cicese Lucía Ortega.",
    ],
    expected: [["El arrecife se blanquea más rápido de lo previsto", "Lucía Ortega"]],
  },
  {
    construction: "«…», explicó la sismóloga: el especialista nombrado antes por su ciencia",
    paragraphs: [
      "La sismóloga Carmen Ríos estudia la falla de Acambay desde 2010.",
      "“La falla sigue activa y hay que vigilarla”, explicó la sismóloga.",
    ],
    expected: [["La falla sigue activa y hay que vigilarla", "Carmen Ríos"]],
  },
  {
    construction:
      "El XVII Encuentro de Guitarra X arrancó … del guitarrista Y; «…», advirtió el guitarrista: el " +
      "nombre del homenajeado en el título de un festival no es una persona que hable",
    paragraphs: [
      "El XVII Encuentro de Guitarra Paco de Lucía arrancó anoche con el estreno de un espectáculo del " +
        "guitarrista Juan Manuel Ruiz Cortés. «Esto es un sueño», advirtió el guitarrista.",
    ],
    expected: [["Esto es un sueño", "Juan Manuel Ruiz Cortés"]],
  },
  {
    construction:
      "El Certamen de Poesía X premió al poeta Y / el Memorial X reunió al exportero Y: el título del " +
      "certamen o del memorial lleva un nombre que no habla",
    paragraphs: [
      "El XX Certamen de Poesía Miguel Hernández premió ayer al poeta alicantino Raúl Ortega Sempere.",
      "«No esperaba ganar con un libro tan triste», confesó el poeta.",
      "El Memorial Luis Aragonés reunió en Madrid a los veteranos del club y al exportero Pedro Ruiz. " +
        "«Esto es como volver a casa», dijo el exportero.",
    ],
    expected: [
      ["No esperaba ganar con un libro tan triste", "Raúl Ortega Sempere"],
      ["Esto es como volver a casa", "Pedro Ruiz"],
    ],
  },
  {
    construction:
      "«…», dijo X tras «en el encuentro del sábado» en minúscula: el nombre tras el sustantivo del evento " +
      "sigue siendo de una persona",
    paragraphs: ["En el encuentro del sábado, Juan Pérez marcó dos goles. «Fue mi noche», dijo Juan Pérez."],
    expected: [["Fue mi noche", "Juan Pérez"]],
  },
  {
    construction:
      "Festival: «Título» abre…: the body's film title in apposition, so no quote in the headline",
    paragraphs: [
      ["headline", "Festival de Huelva: «Salitre» abre el certamen"],
      "La película de apertura, «Salitre», narra la vida de una familia de salineros. «Rodamos durante " +
        "tres inviernos», dijo la directora Ana Luque.",
    ],
    expected: [["Rodamos durante tres inviernos", "Ana Luque"]],
  },
  {
    construction:
      "negative: a headline's capitalised word after a colon, no title in the body, stays a quote",
    paragraphs: [
      ["headline", "Puerto de Huelva: «Aguantaremos» avisan los estibadores"],
      "Los estibadores bloquean el muelle desde el lunes, convocados por la plataforma «Puerto Vivo».",
    ],
    expected: [["Aguantaremos", "los estibadores"]],
  },
  {
    construction:
      "«el tribunal» antes y después de nombrar el tribunal («La Audiencia Provincial de Zaragoza»): el " +
      "nombrado después de la primera descripción",
    paragraphs: [
      "El tribunal rechazó ayer el recurso de la empresa constructora.",
      "La Audiencia Provincial de Zaragoza confirmó así la multa impuesta en 2023 a la firma.",
      "Según el tribunal, las obras «pusieron en riesgo a los vecinos».",
    ],
    expected: [["pusieron en riesgo a los vecinos", "La Audiencia Provincial de Zaragoza"]],
  },
  {
    construction: "«según el tribunal» sin ningún tribunal nombrado: la descripción tal como está escrita",
    paragraphs: [
      "El juicio terminó ayer en Zaragoza.",
      "Según el tribunal, las obras «pusieron en riesgo a los vecinos».",
    ],
    expected: [["pusieron en riesgo a los vecinos", "el tribunal"]],
  },
  {
    construction: "«según el tribunal» tras dos tribunales nombrados: el nombrado en último lugar",
    paragraphs: [
      "La Audiencia Provincial de Zaragoza confirmó la multa. El Tribunal Supremo aún debe pronunciarse.",
      "Según el tribunal, las obras «pusieron en riesgo a los vecinos».",
    ],
    expected: [["pusieron en riesgo a los vecinos", "El Tribunal Supremo"]],
  },
  {
    construction:
      "«según la cartera» tras un ministerio y un lugar con artículo en su nombre («Puerto La Cruz»): el " +
      "ministerio",
    paragraphs: [
      "El Ministerio de Pesca evaluará los daños en la playa de Puerto La Cruz, donde el oleaje arrastró " +
        "redes. Según la cartera, la arena «volverá en pocas semanas».",
    ],
    expected: [["volverá en pocas semanas", "El Ministerio de Pesca"]],
  },
  {
    construction: "titular que repite palabra por palabra una cita parcial del cuerpo: una sola entrada",
    paragraphs: [
      ["headline", "Vecinos de Triana piden un semáforo “antes del próximo accidente”"],
      "Los vecinos reclamaron un semáforo en la avenida. Su portavoz, Julia Roldán, pidió que se instale " +
        "«antes del próximo accidente».",
    ],
    expected: [["antes del próximo accidente", "Julia Roldán"]],
  },
  {
    construction:
      "entradilla «El ayuntamiento asegura … “…”» repetida en el cuerpo: habla quien dice el cuerpo",
    paragraphs: [
      ["standfirst", "El ayuntamiento asegura que el mercado abrirá “en primavera”."],
      "La concejala de Comercio, Elena Márquez, afirmó que el mercado abrirá “en primavera” tras las obras.",
    ],
    expected: [["en primavera", "Elena Márquez"]],
  },
  {
    construction: "titular con un fragmento más corto de la cita del cuerpo: entrada propia",
    paragraphs: [
      ["headline", "“Nos sentimos olvidados”: protesta vecinal en Triana"],
      "«Llevamos años pidiendo lo mismo. Nos sentimos olvidados por todos», dijo la portavoz vecinal, " +
        "Julia Roldán.",
    ],
    expected: [
      ["Nos sentimos olvidados", "Julia Roldán"],
      ["Llevamos años pidiendo lo mismo. Nos sentimos olvidados por todos", "Julia Roldán"],
    ],
  },
  {
    construction:
      "«…», explica a EFE X, con su cargo: la agencia a la que habla no rige el nombre que la sigue; " +
      "habla la persona, no su cargo",
    paragraphs: [
      "La sequía afecta ya a cuarenta municipios de la provincia.",
      "«El agua ya no llega a los pozos», explica a EFE Marta Gil, hidróloga de la Universidad de Granada.",
    ],
    expected: [["El agua ya no llega a los pozos", "Marta Gil"]],
  },
  {
    construction:
      "«…», dijo un analista de BBVA Research (negativo): una sigla que abre el nombre de la entidad",
    paragraphs: ["«La demanda sigue fuerte», dijo un analista de BBVA Research."],
    expected: [["La demanda sigue fuerte", "un analista de BBVA Research"]],
  },
  {
    construction:
      "«La entrenadora elogió a su delantera, X, …: «…»»: habla el sujeto descrito, no la persona " +
      "nombrada en el complemento",
    paragraphs: [
      "La entrenadora elogió a su delantera, Ana Ruiz, autora de dos goles: «Hoy ha sido la mejor " +
        "del campo».",
    ],
    expected: [["Hoy ha sido la mejor del campo", "La entrenadora"]],
  },
  {
    construction:
      "«Un vecino de 70 años que … miraba …. «…»»: el complemento hasta la relativa es la descripción " +
      "del sujeto nuevo, que habla en vez del hombre citado antes",
    paragraphs: [
      "«Es una buena noticia», opinó el secretario de Movilidad, Pablo Ortiz.",
      "Un vecino de 70 años que ha vivido siempre en el barrio miraba el andén lleno. «Hoy vendí en " +
        "una hora lo que vendía en un mes».",
    ],
    expected: [
      ["Es una buena noticia", "Pablo Ortiz"],
      ["Hoy vendí en una hora lo que vendía en un mes", "Un vecino de 70 años"],
    ],
  },
  {
    construction:
      "«Un aficionado / una vendedora / un hincha … miraba …. «…»»: sustantivos de la calle como personas " +
      "que hablan",
    paragraphs: [
      "«Jalisco merece una noche grande», dijo el promotor Alfonso Lemus.",
      "Un aficionado esperaba en la puerta del estadio. «Lo vi pelear de niño y ya pegaba así».",
      "Una vendedora recogía su puesto. «Hoy no vendí nada».",
    ],
    expected: [
      ["Jalisco merece una noche grande", "Alfonso Lemus"],
      ["Lo vi pelear de niño y ya pegaba así", "Un aficionado"],
      ["Hoy no vendí nada", "Una vendedora"],
    ],
  },
  {
    construction: "«Un vecino, X, lo resume así: «…»» (negativo): el nombre en aposición al sujeto habla",
    paragraphs: ["Un vecino, Juan Pérez, lo resume así: «Aquí nadie duerme»."],
    expected: [["Aquí nadie duerme", "Juan Pérez"]],
  },
  {
    construction:
      "«Una persona cercana a la negociación ha dicho …», luego «añadió la persona»: la fuente anónima " +
      "conserva su adjetivo y su complemento",
    paragraphs: [
      "Una persona cercana a la negociación ha dicho que el acuerdo está listo. «Se firmará el lunes», " +
        "añadió la persona.",
    ],
    expected: [["Se firmará el lunes", "Una persona cercana a la negociación"]],
  },
  {
    construction:
      "«Según la Aemet, el episodio se explica por «…»»: un verbo de habla reflexivo con su agente es " +
      "una pasiva refleja; la fuente de «según» habla, no el sujeto",
    paragraphs: ["Según la Aemet, el episodio se explica por «una dana muy lenta sobre el Mediterráneo»."],
    expected: [["una dana muy lenta sobre el Mediterráneo", "la Aemet"]],
  },
  {
    construction:
      "«La ministra lo explica por escrito: «…»» (negativo): un clítico no reflexivo, el sujeto habla",
    paragraphs: ["La ministra lo explica por escrito en una carta: «No habrá recortes en sanidad»."],
    expected: [["No habrá recortes en sanidad", "La ministra"]],
  },
  {
    construction:
      "«Entre ellos, X, maestra jubilada: «…»»: el pronombre tras la preposición es el grupo; habla la " +
      "persona nombrada",
    paragraphs: [
      "«Ha sido una noche larga», dijo el alcalde, Pedro Sanz.",
      "Cientos de vecinos esperaban fuera. Entre ellos, Rosa, maestra jubilada: «Nunca había visto " +
        "algo así».",
    ],
    expected: [
      ["Ha sido una noche larga", "Pedro Sanz"],
      ["Nunca había visto algo así", "Rosa"],
    ],
  },
  {
    construction:
      "«…», reconoció el vasco, tras un nombre: una descripción definida que el léxico no conoce, sujeto " +
      "del verbo de habla, es la persona nombrada antes",
    paragraphs: [
      "El portero suplente, Íker Lasa, jugó los noventa minutos. «Hemos sufrido hasta el final», " +
        "reconoció el vasco.",
    ],
    expected: [["Hemos sufrido hasta el final", "Íker Lasa"]],
  },
  {
    construction: "«…», avanzó la edil, tras «La concejala de Cultura, X»: otro nombre para el mismo cargo",
    paragraphs: [
      "La concejala de Cultura, Pilar Ibarra, presentó el programa de fiestas. «Habrá conciertos todas " +
        "las noches», avanzó la edil.",
    ],
    expected: [["Habrá conciertos todas las noches", "Pilar Ibarra"]],
  },
  {
    construction: "«…», respondió la compañía (negativo): el nombre de una empresa sigue siendo la empresa",
    paragraphs: [
      "El alcalde, Luis Moya, criticó la subida de la tarifa. «El coste de la energía se ha duplicado», " +
        "respondió la compañía.",
    ],
    expected: [["El coste de la energía se ha duplicado", "la compañía"]],
  },
  {
    construction:
      "«…», dijo una vecina (negativo): una primera mención indefinida no es nadie nombrado antes",
    paragraphs: [
      "El alcalde, Luis Moya, visitó el barrio inundado. «Hemos perdido todos los muebles», dijo una vecina.",
    ],
    expected: [["Hemos perdido todos los muebles", "una vecina"]],
  },
  {
    construction:
      "«…», señaló el forense, sin nadie nombrado antes: la descripción habla tal como está escrita",
    paragraphs: ["«Necesitamos más medios», señaló el forense."],
    expected: [["Necesitamos más medios", "el forense"]],
  },
  {
    construction:
      "«…», explicaron desde el equipo de gobierno (negativo): tras una preposición, la fuente no es la " +
      "persona nombrada antes",
    paragraphs: [
      "El alcalde, Luis Moya, anunció el plan de obras. «Las calles estarán listas en mayo», explicaron " +
        "desde el equipo de gobierno.",
    ],
    expected: [["Las calles estarán listas en mayo", "el equipo de gobierno"]],
  },
  {
    construction:
      "titular «…», promete la regidora, repetido en el cuerpo que la nombra: la entrada toma el nombre",
    paragraphs: [
      ["headline", "«No vamos a cerrar», promete la regidora"],
      "El mercado seguirá abierto. «No vamos a cerrar», aseguró la regidora de Comercio, Nuria Pons.",
    ],
    expected: [["No vamos a cerrar", "Nuria Pons"]],
  },
  {
    construction:
      "«El jefe de Estudios en Aguas del Igeomin, X, alertó que …»: las mayúsculas y la preposición del " +
      "complemento del cargo nombran el organismo; habla el nombre tras la última coma",
    paragraphs: [
      "El jefe de Estudios en Aguas Subterráneas del Igeomin, Tomás Quiroga Peña, alertó que el acuífero " +
        "«se está vaciando más rápido de lo previsto».",
    ],
    expected: [["se está vaciando más rápido de lo previsto", "Tomás Quiroga Peña"]],
  },
  {
    construction:
      "«La secretaria general de la Sociedad de … y Emergencias (semCAT), X, …, aunque ha pedido «…»»: " +
      "la conjunción y la sigla entre paréntesis quedan dentro del nombre del organismo",
    paragraphs: [
      "La secretaria general de la Sociedad Española de Medicina de Catástrofes y Emergencias (semCAT), " +
        "Inés Salgado, ha respaldado el acuerdo, aunque ha pedido «más tiempo para aplicarlo».",
    ],
    expected: [["más tiempo para aplicarlo", "Inés Salgado"]],
  },
  {
    construction:
      "«El director general de la ONU dijo que …» (negativo): sin nombre detrás, el cargo es la descripción",
    paragraphs: ["El director general de la ONU dijo que la ayuda «llegará esta semana»."],
    expected: [["llegará esta semana", "El director general de la ONU"]],
  },
  {
    construction:
      "«La concejala del Partido Verde X acusó …», sin coma: el nombre de la persona empieza en su nombre " +
      "de pila, tras el del partido",
    paragraphs: [
      "La concejala del Partido Verde Lucía Gómez Prieto acusó al alcalde de «mentir a los vecinos».",
    ],
    expected: [["mentir a los vecinos", "Lucía Gómez Prieto"]],
  },
  {
    construction: "«El regidor de Acción Ciudadana X calificó …»: «regidor» es un cargo",
    paragraphs: [
      "El regidor de Acción Ciudadana Raúl Castañeda Ortiz calificó el plan de «pura improvisación».",
    ],
    expected: [["pura improvisación", "Raúl Castañeda Ortiz"]],
  },
  {
    construction: "«cuestionó la jurista»: la abogada nombrada en la frase anterior",
    paragraphs: [
      "La defensa, a cargo de la abogada Lucía Barrios, recurrirá el auto. «Mi clienta nunca se negó a " +
        "declarar», cuestionó la jurista ante la prensa.",
    ],
    expected: [["Mi clienta nunca se negó a declarar", "Lucía Barrios"]],
  },
  {
    construction: "«El timonel visitante añadió que …»: el entrenador nombrado justo antes",
    paragraphs: [
      "Su entrenador, el chileno Marcelo Ríos, aceptó el empate: «No merecimos más». El timonel " +
        "visitante añadió que el equipo «está vivo».",
    ],
    expected: [
      ["No merecimos más", "Marcelo Ríos"],
      ["está vivo", "Marcelo Ríos"],
    ],
  },
  {
    construction: "«explicó el artista» en el párrafo siguiente al pintor nombrado con su oficio",
    paragraphs: [
      "La muestra reúne cuarenta obras del pintor sevillano Tomás Aguilar Ruiz.",
      "«Nunca quise vender estos cuadros», explicó el artista durante la visita.",
    ],
    expected: [["Nunca quise vender estos cuadros", "Tomás Aguilar Ruiz"]],
  },
  {
    construction: "«una pancarta con la consigna “…”»: el lema de una pancarta no es una cita",
    paragraphs: [
      "Frente a la alcaldía, decenas de vecinos sostenían una pancarta con la consigna “Agua para " +
        "todos”. “Llevamos tres semanas sin servicio”, dijo Rosa Quintero, vecina del barrio.",
    ],
    expected: [["Llevamos tres semanas sin servicio", "Rosa Quintero"]],
  },
  {
    construction: "«carteles que decían “…”»: lo que dicen los carteles no es una cita",
    paragraphs: [
      "Los manifestantes portaban carteles que decían “Fuera corruptos” y marcharon hasta el Congreso. " +
        "“No nos vamos a cansar”, afirmó el dirigente estudiantil Tomás Ibarra.",
    ],
    expected: [["No nos vamos a cansar", "Tomás Ibarra"]],
  },
  {
    construction: "«lo que … se conoce como “…”»: un término mencionado no es una cita",
    paragraphs: [
      "Los médicos observan cada invierno lo que en la jerga hospitalaria se conoce como “efecto " +
        "pasillo”, la acumulación de camillas en los corredores. “Es agotador”, admitió la enfermera " +
        "Lucía Paredes.",
    ],
    expected: [["Es agotador", "Lucía Paredes"]],
  },
  {
    construction: "«bajo el tema “…”, explicó X»: el tema de una campaña no es una cita",
    paragraphs: [
      "La campaña de reciclaje se desarrollará bajo el tema “separar es cuidar”, explicó la concejala " +
        "Marta Robles. “Queremos llegar a todos los hogares”, añadió.",
    ],
    expected: [["Queremos llegar a todos los hogares", "Marta Robles"]],
  },
  {
    construction: "«la asociación de vecinos “…” reclama»: el nombre de una asociación no es una cita",
    paragraphs: [
      "Desde hace meses, la asociación de vecinos “Barrio Vivo” reclama más iluminación. “Por la noche " +
        "nadie se atreve a salir”, contó su presidenta, Elena Sanz.",
    ],
    expected: [["Por la noche nadie se atreve a salir", "Elena Sanz"]],
  },
  {
    construction: "«Con una pancarta en la mano, X …. “…”, dijo»: una cita real cerca de una pancarta queda",
    paragraphs: [
      "Con una pancarta en la mano, la vecina Rosa Quintero habló con los periodistas. “Queremos el " +
        "hospital ya”, dijo.",
    ],
    expected: [["Queremos el hospital ya", "Rosa Quintero"]],
  },
  {
    construction: "«aseguró que el programa “…” de …»: tras «que» y el sujeto, la cita es su predicado",
    paragraphs: ["La ministra aseguró que el programa “cambia la vida” de miles de familias."],
    expected: [["cambia la vida", "La ministra"]],
  },
  {
    construction: "«dijo que la campaña “…” empezará»: el nombre de la campaña en mayúsculas no es una cita",
    paragraphs: ["El alcalde dijo que la campaña “Barrio Limpio” empezará en marzo."],
    expected: [],
  },
  {
    construction:
      "el Nombre (SIGLA) …, luego «según la SIGLA»: el cuerpo nombrado por su sigla lleva el nombre " +
      "que el artículo escribió antes, con su artículo",
    paragraphs: [
      "La alerta fue emitida por la Agencia Nacional de Seguridad Vial (ANSV) el lunes.",
      "Según la ANSV, las rutas del norte están «en condiciones críticas».",
    ],
    expected: [["en condiciones críticas", "la Agencia Nacional de Seguridad Vial"]],
  },
  {
    construction:
      "La Contraloría X … Según el ente de control, «…»: «el ente» es el organismo nombrado antes, con " +
      "el artículo con que el texto lo escribe",
    paragraphs: [
      "La Contraloría General de Antioquia auditó el contrato del puente. Según el ente de control, la " +
        "obra tuvo «sobrecostos evidentes».",
    ],
    expected: [["sobrecostos evidentes", "La Contraloría General de Antioquia"]],
  },
  {
    construction:
      "Un ente independiente calificó … «…» (negativo): un ente indefinido es otro, no el nombrado",
    paragraphs: [
      "La Contraloría General de Antioquia auditó el contrato. Un ente independiente calificó la obra de " +
        "«impecable».",
    ],
    expected: [["impecable", "Un ente independiente"]],
  },
  {
    construction:
      "la Contraloría General de X …, luego la Contraloría señala que «…»: el nombre corto es el del " +
      "organismo nombrado antes cuyo nombre abre con ese sustantivo",
    paragraphs: [
      "El juez citó una auditoría de la Contraloría General de Tarija. En su informe, la Contraloría " +
        "señala que las obras «no tenían permisos».",
    ],
    expected: [["no tenían permisos", "la Contraloría General de Tarija"]],
  },
  {
    construction:
      "la Contraloría General de X …, luego la Fiscalía señala que «…» (negativo): otro sustantivo, otro " +
      "organismo",
    paragraphs: [
      "El juez citó una auditoría de la Contraloría General de Tarija. En su escrito, la Fiscalía " +
        "señala que las obras «no tenían permisos».",
    ],
    expected: [["no tenían permisos", "la Fiscalía"]],
  },
  {
    construction:
      "«Según X, el ayuntamiento asumirá los costes «…»»: un verbo de la lista cuyo sujeto no es una " +
      "persona y que lleva un objeto forma parte de lo que cuenta X",
    paragraphs: [
      "Según la concejala Marta Ruiz Peña, el ayuntamiento asumirá los costes «hasta el último euro».",
    ],
    expected: [["hasta el último euro", "Marta Ruiz Peña"]],
  },
  {
    construction:
      "«Según X, el detenido admitió que «…»» (negativo): un verbo que introduce las palabras con «que» " +
      "se las da a su sujeto",
    paragraphs: ["Según la policía, el detenido admitió que «no recordaba nada» de la noche."],
    expected: [["no recordaba nada", "el detenido"]],
  },
  {
    construction:
      "«El alcalde de la ciudad lo defiende: «…»»: el pronombre átono tras el nombre abre el verbo; " +
      "la descripción acaba antes",
    paragraphs: ["La ciudad cierra el puerto. El alcalde de la ciudad lo defiende: «No hay otra opción.»"],
    expected: [["No hay otra opción.", "El alcalde de la ciudad"]],
  },
  {
    construction:
      "La aseguradora X informó … La empresa prometió «…»: el sustantivo de oficio ante el nombre dice que " +
      "es una empresa, y «la empresa» es ella, no el organismo nombrado antes",
    paragraphs: [
      "Protección Civil recomendó no circular por la ruta 40 durante la tarde.",
      "La aseguradora Seguros Andinos recibió más de 300 denuncias por granizo. La empresa prometió pagar " +
        "«en un plazo de diez días».",
    ],
    expected: [["en un plazo de diez días", "Seguros Andinos"]],
  },
  {
    construction: "«…», aseguró la compañía, tras «la constructora X» nombrada como complemento",
    paragraphs: [
      "La Diputación de Lugo adjudicó ayer a la constructora Hormigones Gallegos la obra del puente.",
      "«Empezaremos en marzo», aseguró la compañía.",
    ],
    expected: [["Empezaremos en marzo", "Hormigones Gallegos"]],
  },
  {
    construction:
      "«…», aseguró la compañía (negativo): un organismo público nombrado antes no es una empresa",
    paragraphs: [
      "La Diputación de Lugo adjudicó ayer la obra del puente.",
      "«Empezaremos en marzo», aseguró la compañía.",
    ],
    expected: [["Empezaremos en marzo", "la compañía"]],
  },
  {
    construction: "la gama «…»: el nombre de una línea de productos no es una cita",
    paragraphs: [
      "«El mercado ha cambiado», dijo Inés Prado al anunciar que retirará la gama «Sol andino» en " +
        "marzo.",
    ],
    expected: [["El mercado ha cambiado", "Inés Prado"]],
  },
  {
    construction: "«…», dijo a «Diario»: el nombre del medio tras el verbo no es una cita",
    paragraphs: ["«No pudimos salvar nada», dijo Lucía Ferrer a «Crónica» el domingo."],
    expected: [["No pudimos salvar nada", "Lucía Ferrer"]],
  },
  {
    construction: "el «Retrato de …»: un título que abre con el nombre de la obra no es una cita",
    paragraphs: [
      "«Es una joya», afirmó Ana Ruiz. El museo expondrá el «Retrato de una dama con abanico» hasta " +
        "abril.",
    ],
    expected: [["Es una joya", "Ana Ruiz"]],
  },
  {
    construction: "la alerta roja «…»: el nombre de un nivel de alerta no es una cita",
    paragraphs: [
      "«Hay que evitar la costa», dijo Marta Gil tras decretarse la alerta roja «lluvias intensas» en la " +
        "provincia.",
    ],
    expected: [["Hay que evitar la costa", "Marta Gil"]],
  },
  {
    construction: "un apodo con mayúscula tras «llaman» no es una cita; la cita tras los dos puntos, sí",
    paragraphs: [
      "El arquero Matías Olmedo, al que en el vestuario llaman “Pulpo”, atajó dos penales en la definición.",
      "“Fue la noche más feliz de mi carrera”, dijo Olmedo.",
    ],
    expected: [["Fue la noche más feliz de mi carrera", "Matías Olmedo"]],
  },
  {
    construction: "un alias entre comillas tras «alias» no es una cita",
    paragraphs: [
      "Según la Fiscalía, Wilmer Cárdenas, alias “el Tuerto”, coordinaba los cobros desde la cárcel.",
    ],
    expected: [],
  },
  {
    construction: "un verbo que califica en minúscula (negativo): lo que alguien llamó algo es su cita",
    paragraphs: ["La ministra Marta Ruiz calificó la reforma como “un error histórico”."],
    expected: [["un error histórico", "Marta Ruiz"]],
  },
  {
    construction: "el nombre de un buque entre comillas tras su sustantivo no es una cita",
    paragraphs: [
      "El buque “Hespérides” zarpó de Cartagena. “Será una campaña larga”, explicó la investigadora Ana " +
        "Mora.",
    ],
    expected: [["Será una campaña larga", "Ana Mora"]],
  },
  {
    construction: "una cita breve tras un sustantivo de habla (negativo): sigue siendo cita",
    paragraphs: ["La alcaldesa Rosa Prieto reiteró su mensaje “nadie se queda atrás”."],
    expected: [["nadie se queda atrás", "Rosa Prieto"]],
  },
  {
    construction: "lo que un juez «determinó» entre comillas es su fallo, una cita",
    paragraphs: [
      "El juez Ramiro Díaz determinó que la sanción era “desproporcionada” y ordenó reintegrar al " +
        "trabajador.",
    ],
    expected: [["desproporcionada", "Ramiro Díaz"]],
  },
  {
    construction: "«determinaron» con un sujeto que no es un tribunal (negativo): no es una cita",
    paragraphs: ["Los técnicos determinaron que el puente estaba “en riesgo” tras la crecida."],
    expected: [],
  },
  {
    construction: "«…», anunciados en A, B y C: los lugares que enumera la preposición no hablan",
    paragraphs: [
      "Según la meteoróloga Ana Ruiz, hubo granizos «como pelotas de golf», anunciados en Getafe, Leganés " +
        "y Parla por la tarde.",
    ],
    expected: [["como pelotas de golf", "Ana Ruiz"]],
  },
  {
    construction: "del barrio San Martín: el nombre tras un sustantivo de lugar no es una persona",
    paragraphs: [
      "Desde el lunes, el agua llega cortada. En la esquina del barrio San Martín, Lucía Paredes esperaba " +
        "el camión cisterna. «Llevamos cuatro días sin poder lavar la ropa», dijo la mujer, de 41 años.",
    ],
    expected: [["Llevamos cuatro días sin poder lavar la ropa", "Lucía Paredes"]],
  },
  {
    construction: "un organismo cuyo nombre une dos complementos con la preposición repetida tras «y»",
    paragraphs: [
      "La Confederación de la Industria y del Transporte reclamó «un calendario realista» para la reforma.",
      "El Ministerio de Cultura y de Deportes calificó la obra de «prioritaria».",
    ],
    expected: [
      ["un calendario realista", "La Confederación de la Industria y del Transporte"],
      ["prioritaria", "El Ministerio de Cultura y de Deportes"],
    ],
  },
  {
    construction: "un organismo y una persona unidos por «y» (negativo): siguen siendo dos",
    paragraphs: ["El Ministerio de Cultura y Lucía Ferrer dijeron que la obra era «prioritaria»."],
    expected: [["prioritaria", "Lucía Ferrer"]],
  },
  {
    construction: "el nombre de una empresa que acaba en su forma jurídica (S.A.): entero, y es un organismo",
    paragraphs: ["En un comunicado, Constructora Andina S.A. calificó el fallo de «injusto»."],
    expected: [["injusto", "Constructora Andina S.A."]],
  },
  {
    construction: "un organismo cuyo nombre enumera sus ramos con comas y «y»: se lee entero",
    paragraphs: [
      "Por su parte, la Cámara de Turismo, Hostelería y Transporte de Cádiz respaldó el plan y lo " +
        "calificó de «suficiente».",
    ],
    expected: [["suficiente", "la Cámara de Turismo, Hostelería y Transporte de Cádiz"]],
  },
  {
    construction: "un organismo, una coma y dos personas (negativo): la coma cierra el organismo",
    paragraphs: ["La Cámara de Turismo, Elena Ortiz y Pablo Ruiz firmaron la carta, que pide «un pacto»."],
    expected: [["un pacto", "Elena Ortiz"]],
  },
  {
    construction: "«La Federación» en el titular: la forma corta es el organismo que el texto nombra entero",
    paragraphs: [
      ["headline", "La Federación pide «calma» a los arroceros"],
      "La Federación Nacional de Arroceros informó el lunes que la cosecha caerá un 8 % por la sequía.",
    ],
    expected: [["calma", "La Federación Nacional de Arroceros"]],
  },
  {
    construction: "«La Federación» en el titular (negativo): sin organismo nombrado en el texto, queda así",
    paragraphs: [
      ["headline", "La Federación pide «calma» a los arroceros"],
      "Los productores del Tolima temen otra mala cosecha por la sequía.",
    ],
    expected: [["calma", "La Federación"]],
  },
  {
    construction: "«El instituto» dos párrafos después del nombre entero: el organismo nombrado",
    paragraphs: [
      "El Instituto Nacional de Estadística publicó el martes el índice de precios de octubre.",
      "Los sindicatos reclamaron una subida de los salarios.",
      "El instituto precisó que el dato es «provisional» y se revisará en diciembre.",
    ],
    expected: [["provisional", "El Instituto Nacional de Estadística"]],
  },
  {
    construction: "«El instituto» tras «un instituto de …» (negativo): un organismo sin nombre no da nombre",
    paragraphs: [
      "Un instituto de Valencia publicó el martes un estudio sobre el paro juvenil.",
      "Los sindicatos reclamaron más formación.",
      "El instituto precisó que los datos son «preocupantes» en el sur.",
    ],
    expected: [["preocupantes", "El instituto"]],
  },
  {
    construction: "«El distrito» tras «El Distrito Escolar …»: el distrito escolar es un organismo",
    paragraphs: [
      "El Distrito Escolar de San Diego aprobó el jueves su presupuesto para el próximo curso.",
      "Las familias pidieron más autobuses escolares.",
      "El distrito aseguró que habrá «rutas nuevas» en enero.",
    ],
    expected: [["rutas nuevas", "El Distrito Escolar de San Diego"]],
  },
  {
    construction: "«El distrito» en la cita tras «el distrito de Comas» (negativo): habla quien se nombra",
    paragraphs: [
      "El alcalde de Lima, Renzo Castillo, visitó el distrito de Comas el sábado.",
      "«El distrito necesita más patrullas», dijo Castillo.",
    ],
    expected: [["El distrito necesita más patrullas", "Renzo Castillo"]],
  },
  {
    construction:
      "una fuente sin nombre conserva el complemento que nombra su organismo, antes de una relativa",
    paragraphs: [
      "Un técnico en el ministerio, que pidió no ser identificado, calificó el plan de «inviable».",
    ],
    expected: [["inviable", "Un técnico en el ministerio"]],
  },
  {
    construction:
      "«…», reconoció el técnico de …: un entrenador cuyo nombre de pila no dice el género, citado antes, " +
      "es quien habla, y también en la cita que sigue",
    paragraphs: [
      "«Hemos regalado el primer tiempo», dijo Quim Ortells, entrenador del Alzira, tras caer ante el " +
        "Ontinyent.",
      "«Así no se puede competir», reconoció el técnico de Lliria. «Tenemos que mejorar atrás»",
    ],
    expected: [
      ["Hemos regalado el primer tiempo", "Quim Ortells"],
      ["Así no se puede competir", "Quim Ortells"],
      ["Tenemos que mejorar atrás", "Quim Ortells"],
    ],
  },
  {
    construction:
      "«…», contó la joven: la estudiante nombrada antes, aunque su nombre de pila no diga el género",
    paragraphs: [
      "Yaritza Olmos, estudiante de un liceo de Cartago, ganó el concurso nacional de ciencias. «Nunca " +
        "pensé que llegaría tan lejos», contó la joven.",
    ],
    expected: [["Nunca pensé que llegaría tan lejos", "Yaritza Olmos"]],
  },
  {
    construction: "«…», dijo una vecina: una descripción indefinida es otra persona, no la nombrada antes",
    paragraphs: [
      "Yaritza Olmos, estudiante de un liceo de Cartago, ganó el concurso nacional de ciencias. «Todo el " +
        "barrio está orgulloso», dijo una vecina.",
    ],
    expected: [["Todo el barrio está orgulloso", "una vecina"]],
  },
  {
    construction:
      "«…», escribió el mandatario: el gobernador nombrado antes, por un nombre de cualquier cargo electo",
    paragraphs: [
      "El gobernador, Rodrigo Salcedo Vera, respondió en sus redes. «No vamos a subir los peajes», " +
        "escribió el mandatario.",
    ],
    expected: [["No vamos a subir los peajes", "Rodrigo Salcedo Vera"]],
  },
  {
    construction:
      "«…», dijo el mandatario: una mujer nombrada antes no es el mandatario, que habla tal como se " +
      "escribe",
    paragraphs: [
      "La comerciante Marta Ibáñez Soto cerró su tienda por las obras. «No vamos a subir los peajes», " +
        "dijo el mandatario.",
    ],
    expected: [["No vamos a subir los peajes", "el mandatario"]],
  },
  {
    construction: "titular «El alcalde de Cuenca defiende …: «…»» repetido en el cuerpo: el alcalde nombrado",
    paragraphs: [
      ["headline", "El alcalde de Cuenca defiende la nueva tasa: «No hay otra salida»"],
      "El Pleno aprobó este martes la tasa de basuras, que el alcalde, Ramiro Sanz Vidal, justificó por " +
        "el coste de la planta.",
      "«No hay otra salida», ha insistido el regidor ante los vecinos.",
    ],
    expected: [["No hay otra salida", "Ramiro Sanz Vidal"]],
  },
  {
    construction: "titular «El alcalde de Cuenca …» (negativo): el cuerpo solo nombra a un concejal",
    paragraphs: [
      ["headline", "El alcalde de Cuenca defiende la nueva tasa: «No hay otra salida»"],
      "El concejal de Hacienda, Ramiro Sanz Vidal, presentó este martes la tasa de basuras ante el Pleno.",
    ],
    expected: [["No hay otra salida", "El alcalde de Cuenca"]],
  },
  {
    construction: "«Según un asesor, …», luego «contó él»: la fuente de la frase es el antecedente",
    paragraphs: [
      "La alcaldesa Marta Gil dejó el partido el lunes. Según un asesor, la decisión venía de lejos. " +
        "«Ya no la escuchaban», contó él.",
    ],
    expected: [["Ya no la escuchaban", "un asesor"]],
  },
  {
    construction: "una vecina … contó que …, luego «…», dijo la mujer: la misma desconocida",
    paragraphs: [
      "En la sala de espera del hospital, una vecina de Cataño contó que llevaba toda la noche allí. " +
        "«Aquí nadie te explica nada», dijo la mujer.",
    ],
    expected: [["Aquí nadie te explica nada", "una vecina de Cataño"]],
  },
  {
    construction:
      "cargo, organismo con su propio complemento y nombre completo sin comas: habla la persona, no el cargo",
    paragraphs: [
      "La presidenta de la Comisión para la Igualdad Carmen Ortega Vidal calificó la ley de «un avance».",
    ],
    expected: [["un avance", "Carmen Ortega Vidal"]],
  },
  {
    construction:
      "cargo y organismo con su complemento, sin nombre detrás: habla el cargo descrito (negativo)",
    paragraphs: ["El portavoz de la Oficina contra la Corrupción dijo que el caso era «muy grave»."],
    expected: [["muy grave", "El portavoz de la Oficina contra la Corrupción"]],
  },
  {
    construction: "dos nombres y dos apellidos, luego el primer apellido solo: es la misma persona",
    paragraphs: [
      "El fiscal Luis Alberto Medina Roca presentó la acusación contra los cuatro detenidos.",
      "«Hay pruebas de sobra», agregó Medina.",
    ],
    expected: [["Hay pruebas de sobra", "Luis Alberto Medina Roca"]],
  },
  {
    construction:
      "nombre y primer apellido en la entradilla, nombre completo con dos nombres y dos apellidos en el " +
      "cuerpo, luego el primer apellido solo: es una sola persona, por su nombre completo",
    paragraphs: [
      "El tribunal dio por probado que Mauricio Larín desvió los fondos.",
      "El tribunal condenó a Mauricio Ernesto Larín Portillo, exalcalde de Ilopango, a ocho años.",
      "Al salir, Larín se limitó a decir: «Soy inocente».",
    ],
    expected: [["Soy inocente", "Mauricio Ernesto Larín Portillo"]],
  },
  {
    construction:
      "nombre y primer apellido de un hombre, luego otro hombre con el mismo nombre y otros apellidos: " +
      "dos personas (negativo)",
    paragraphs: [
      "La defensa citó a Mauricio Larín y a Mauricio Ernesto Paz Portillo como testigos.",
      "«No vi nada», declaró Mauricio Ernesto Paz Portillo.",
    ],
    expected: [["No vi nada", "Mauricio Ernesto Paz Portillo"]],
  },
  {
    construction:
      "«…», admitió la parlamentaria de PARTIDO Nombre Apellido Apellido: un nombre de pila vasco " +
      "abre el nombre de la parlamentaria tras el de su partido",
    paragraphs: [
      "La ley salió adelante con los votos de EH Bildu y Geroa Bai.",
      "«No es perfecta», admitió la parlamentaria de Geroa Bai Ane Etxarri Lizarraga.",
    ],
    expected: [["No es perfecta", "Ane Etxarri Lizarraga"]],
  },
  {
    construction: "un apellido que es el segundo de una persona y el único de otra: habla la otra (negativo)",
    paragraphs: [
      "La jueza Marta Elena Ruiz Paredes abrió la sesión. El abogado Jorge Paredes pidió la palabra.",
      "«Es un error», dijo Paredes.",
    ],
    expected: [["Es un error", "Jorge Paredes"]],
  },
  {
    construction:
      "«Respuesta del acusado:» antes de la cita: habla el acusado (con el artículo que lleva «del»), la " +
      "frase no es un nombre",
    paragraphs: ["La vista se reanudó por la tarde. Respuesta del acusado: «No sabía nada»."],
    expected: [["No sabía nada", "el acusado"]],
  },
  {
    construction: "«La empresa» tres párrafos después de «la empresa X S.L.»: la empresa nombrada así",
    paragraphs: [
      "El Ayuntamiento adjudicó el servicio de autobuses a la empresa Transportes Olmedo S.L. " +
        "por cuatro años.",
      "El concejal de Movilidad, Andrés Pino, defendió la decisión en el pleno.",
      "Los vecinos de Benimaclet llevan meses quejándose de las frecuencias.",
      "La empresa aseguró que habrá «más líneas nocturnas» a partir de junio.",
    ],
    expected: [["más líneas nocturnas", "Transportes Olmedo S.L."]],
  },
  {
    construction: "el gerente de la empresa con nombre (negativo): habla la persona, no la empresa",
    paragraphs: [
      "El Ayuntamiento adjudicó el servicio de autobuses a la empresa Transportes Olmedo S.L.",
      "Los vecinos de Benimaclet llevan meses quejándose de las frecuencias.",
      "El gerente de la empresa, Luis Gómez Vera, prometió «autobuses nuevos» para el verano.",
    ],
    expected: [["autobuses nuevos", "Luis Gómez Vera"]],
  },
  {
    construction: "«La empresa» dos párrafos después de «La Constructora X S.A.»: el nombre con su artículo",
    paragraphs: [
      "La Constructora Almagro S.A. perdió la licitación del puente.",
      "Los vecinos celebraron la noticia.",
      "La empresa anunció que presentará «un recurso» ante el tribunal.",
    ],
    expected: [["un recurso", "La Constructora Almagro S.A."]],
  },
  {
    construction: "«la Municipalidad» tras «la Municipalidad de X»: el gobierno local por su oficina",
    paragraphs: [
      "Las obras del mercado las paga la Municipalidad de Arequipa con fondos propios.",
      "En un comunicado, la Municipalidad aseguró que el mercado abrirá «antes de Navidad».",
    ],
    expected: [["antes de Navidad", "la Municipalidad de Arequipa"]],
  },
  {
    construction: "«la Alcaldía» en el mismo párrafo que «la Alcaldía de X» y otro organismo",
    paragraphs: [
      "El parque lo financian la Alcaldía de Medellín y el Ministerio de Cultura. La Alcaldía " +
        "prometió que el parque tendrá «sombra para todos» cuando abra.",
    ],
    expected: [["sombra para todos", "La Alcaldía de Medellín"]],
  },
  {
    construction: "la intendencia sin nombre (negativo): un intendente con nombre habla, no la intendencia",
    paragraphs: [
      "La Intendencia de Canelones cerró la playa. El intendente, Marcos Rivero Sosa, dijo que la " +
        "medida es «temporal».",
    ],
    expected: [["temporal", "Marcos Rivero Sosa"]],
  },
  {
    construction: "«El organismo» tras «el balance del Servicio X»: el nombre tras «del» es del organismo",
    paragraphs: [
      "Las lluvias dejaron 900 damnificados, según el último balance del Servicio Nacional de Geología.",
      "El organismo pidió a los vecinos «no acercarse a las laderas» durante el fin de semana.",
    ],
    expected: [["no acercarse a las laderas", "Servicio Nacional de Geología"]],
  },
  {
    construction: "el abogado del Banco X, con nombre (negativo): habla la persona nombrada",
    paragraphs: [
      "El abogado del Banco Regional del Sur, Pablo Ruiz Mena, dijo que la demanda es «infundada».",
    ],
    expected: [["infundada", "Pablo Ruiz Mena"]],
  },
  {
    construction: "«El DT del equipo» tras una cita de X: la sigla de un cargo es una persona, X",
    paragraphs: [
      "«Vamos a pelear hasta el final», aseguró Martín Olaizola tras el empate en Rosario.",
      "El DT del equipo rosarino también se refirió a la lesión de su arquero: «Va a estar unas tres " +
        "semanas afuera».",
    ],
    expected: [
      ["Vamos a pelear hasta el final", "Martín Olaizola"],
      ["Va a estar unas tres semanas afuera", "Martín Olaizola"],
    ],
  },
  {
    construction: "«La AFA de Rosario» tras una cita de X (negativo): la sigla de un organismo no es X",
    paragraphs: [
      "«Vamos a pelear hasta el final», aseguró Martín Olaizola tras el empate en Rosario.",
      "La AFA de Rosario respondió a las críticas en un comunicado: «No hubo ninguna irregularidad " +
        "en el sorteo».",
    ],
    expected: [
      ["Vamos a pelear hasta el final", "Martín Olaizola"],
      ["No hubo ninguna irregularidad en el sorteo", "La AFA de Rosario"],
    ],
  },
  {
    construction: "«lamentó el volante» tras «El capitán X»: el puesto en el equipo describe al capitán",
    paragraphs: [
      "El capitán Nicolás Berardi salió lesionado en el segundo tiempo. «Nos faltó tranquilidad», " +
        "lamentó el volante.",
    ],
    expected: [["Nos faltó tranquilidad", "Nicolás Berardi"]],
  },
  {
    construction: "una consultora nombrada y, sin coma, el nombre de quien trabaja en ella",
    paragraphs: [
      "Para el analista de la consultora Ecolatina Martín Berasategui, el dato “no sorprende”.",
      "La economista de la consultora Equilibra Lucía Ferrante dijo que la inflación “seguirá bajando”.",
    ],
    expected: [
      ["no sorprende", "Martín Berasategui"],
      ["seguirá bajando", "Lucía Ferrante"],
    ],
  },
  {
    construction: "negativo: un centro que lleva el nombre de una persona no se parte en cuerpo y persona",
    paragraphs: [
      "En el liceo Juan Pablo Duarte, la directora, Marta Gil, lo resumió: “Faltan aulas y faltan maestros”.",
    ],
    expected: [["Faltan aulas y faltan maestros", "Marta Gil"]],
  },
  {
    construction: "un oficio tras el sustantivo de un organismo forma parte de su nombre",
    paragraphs: ["El Colegio Médico de Valparaíso advirtió en un comunicado que la medida “llega tarde”."],
    expected: [["llega tarde", "El Colegio Médico de Valparaíso"]],
  },
  {
    construction: "dos adjetivos unidos por «y» tras el sustantivo de un organismo califican su nombre",
    paragraphs: [
      "El Instituto Meteorológico y Oceanográfico de Chile advirtió que el oleaje “será peligroso”.",
    ],
    expected: [["será peligroso", "El Instituto Meteorológico y Oceanográfico de Chile"]],
  },
  {
    construction: "negativo: un organismo y una persona unidos por «y» son dos sujetos",
    paragraphs: [
      "La Universidad Nacional y Roberto Salas firmaron el convenio. “Es un paso histórico”, dijo Salas.",
    ],
    expected: [["Es un paso histórico", "Roberto Salas"]],
  },
  {
    construction: "«para» y su artículo continúan el nombre de un organismo",
    paragraphs: [
      "“Hay que salir de la zona”, advirtió la Agencia Nacional para la Superación de la Pobreza Extrema.",
    ],
    expected: [["Hay que salir de la zona", "la Agencia Nacional para la Superación de la Pobreza Extrema"]],
  },
  {
    construction: "negativo: «para» ante un infinitivo termina el nombre del organismo",
    paragraphs: ["“Necesitamos agua y mantas”, dijo la Cruz Roja para tranquilizar a las familias."],
    expected: [["Necesitamos agua y mantas", "la Cruz Roja"]],
  },
  {
    construction: "un lugar en aposición tras la descripción de una persona no es quien habla",
    paragraphs: ["Ana Ruiz, una panadera de Almazán, Soria, dijo que la harina “está por las nubes”."],
    expected: [["está por las nubes", "Ana Ruiz"]],
  },
  {
    construction: "lo que pide un letrero escrito a mano: palabras del letrero, no una cita",
    paragraphs: ["Un letrero escrito a mano en la puerta pedía «Silencio, por favor»."],
    expected: [],
  },
  {
    construction: "una palabra que alguien se niega a usar (`se niega a hablar de «…»`) no es su cita",
    paragraphs: ["El ministro se niega a hablar de «recesión» pese a los datos del trimestre."],
    expected: [],
  },
  {
    construction: "el parecido: de lo que alguien habla entre comillas es su cita",
    paragraphs: ["El ministro Andrés Gil habló de «un trimestre difícil» ante los empresarios."],
    expected: [["un trimestre difícil", "Andrés Gil"]],
  },
  {
    construction:
      "«El munícipe explicó» y cita con «afirmó» sin sujeto: el munícipe es el presidente municipal " +
      "nombrado antes",
    paragraphs: [
      "El presidente municipal de Zapopan, Héctor Manuel Ramírez, presentó ayer el plan de bacheo. El " +
        "munícipe explicó que costará 40 millones de pesos. «Cada bache tapado es una queja menos», " +
        "afirmó.",
    ],
    expected: [["Cada bache tapado es una queja menos", "Héctor Manuel Ramírez"]],
  },
  {
    construction: "«sostuvo el jefe comunal» tras «El alcalde de X, Y»: el jefe comunal es el alcalde",
    paragraphs: [
      "El alcalde de Quilpué, Mauricio Vergara Soto, criticó el proyecto inmobiliario. «No vamos a " +
        "firmar nada sin consultar a los vecinos», sostuvo el jefe comunal.",
    ],
    expected: [["No vamos a firmar nada sin consultar a los vecinos", "Mauricio Vergara Soto"]],
  },
  {
    construction:
      "«advirtió la líder sindical» tras «La presidenta de la Federación …, X»: la líder es quien la preside",
    paragraphs: [
      "La presidenta de la Federación de Enfermeras, Rosa Elvira Pagán, sostuvo que el recorte es «un " +
        "golpe a la salud pública». «No aceptaremos ni un despido más», advirtió la líder sindical.",
    ],
    expected: [
      ["un golpe a la salud pública", "Rosa Elvira Pagán"],
      ["No aceptaremos ni un despido más", "Rosa Elvira Pagán"],
    ],
  },
  {
    construction:
      "«respondió la líder sindical» tras un ministro nombrado (negativo): sin antecedente que encaje, " +
      "habla como está escrita",
    paragraphs: [
      "El ministro de Hacienda, Carlos Ruiz Beltrán, presentó el presupuesto. «Es un recorte " +
        "inaceptable», respondió la líder sindical.",
    ],
    expected: [["Es un recorte inaceptable", "la líder sindical"]],
  },
  {
    construction: "«dijo una vecina» tras un alcalde nombrado (negativo): una primera mención no es él",
    paragraphs: [
      "El alcalde Mauricio Vergara Soto recorrió la zona inundada. «Nadie nos avisó a tiempo», dijo una " +
        "vecina.",
    ],
    expected: [["Nadie nos avisó a tiempo", "una vecina"]],
  },
  {
    construction:
      "«La Secretaría de Economía y Comercio Exterior afirmó»: dos palabras tras «y» sin nombre de pila " +
      "siguen el nombre del organismo",
    paragraphs: [
      "La Secretaría de Economía y Comercio Exterior afirmó que la medida “dará certidumbre a los " +
        "exportadores”.",
    ],
    expected: [["dará certidumbre a los exportadores", "La Secretaría de Economía y Comercio Exterior"]],
  },
  {
    construction:
      "«de Protección y Defensa ante Catástrofes»: la preposición tras «y» sigue dentro del nombre",
    paragraphs: [
      "El Instituto Nacional de Protección y Defensa ante Catástrofes informó que “la alerta sigue vigente”.",
    ],
    expected: [["la alerta sigue vigente", "El Instituto Nacional de Protección y Defensa ante Catástrofes"]],
  },
  {
    construction:
      "«…», ha afirmado el regidor, tras «el alcalde, X»: el alcalde por su otro nombre en España",
    paragraphs: [
      "El alcalde de Cáceres, Tomás Herrera Vidal, presentó ayer los presupuestos municipales.",
      "«Son las cuentas más sociales de la legislatura», ha afirmado el regidor.",
    ],
    expected: [["Son las cuentas más sociales de la legislatura", "Tomás Herrera Vidal"]],
  },
  {
    construction: "«…», dijo la regidora, tras «la regidora X» (negativa): el cargo en sus propias palabras",
    paragraphs: [
      "La regidora Paola Ríos Zamudio votó en contra del dictamen en la sesión de cabildo.",
      "«No vamos a aprobar un aumento sin consultar a los vecinos», dijo la regidora.",
    ],
    expected: [["No vamos a aprobar un aumento sin consultar a los vecinos", "Paola Ríos Zamudio"]],
  },
  {
    construction:
      "«…», dijo el regidor, tras una concejala nombrada (negativa): otro cargo, habla como está escrito",
    paragraphs: [
      "La concejala de Urbanismo, Marta Pineda Ruiz, defendió el nuevo plan de aparcamientos.",
      "«El plan llega tarde y mal», dijo el regidor.",
    ],
    expected: [["El plan llega tarde y mal", "el regidor"]],
  },
  {
    construction:
      "«Un vecino de Puerto Lumbreras … lamenta el hombre»: el lugar tras «de» no es una persona, y la " +
      "descripción entera es la del hablante",
    paragraphs: [
      "El ayuntamiento ha cerrado el paseo marítimo por obras. Un vecino de Puerto Lumbreras de 64 años " +
        "pasea cada mañana por la zona. «Ahora tengo que dar una vuelta enorme», lamenta el hombre.",
    ],
    expected: [["Ahora tengo que dar una vuelta enorme", "Un vecino de Puerto Lumbreras"]],
  },
  {
    construction:
      "«Una vecina de Rosa Blanco … contó la mujer»: la persona tras «de» es otra que la descrita",
    paragraphs: [
      "Una vecina de Rosa Blanco, la concejala, presenció la discusión. «Oímos gritos toda la noche», " +
        "contó la mujer.",
    ],
    expected: [["Oímos gritos toda la noche", "Una vecina de Rosa Blanco"]],
  },
  {
    construction:
      "«Pilar Rubio, vecina de Santa Pola» (negativo): el nombre antes de la descripción sigue siéndolo",
    paragraphs: [
      "Pilar Rubio, vecina de Santa Pola, abrió su tienda hace veinte años. «Nunca había visto tan " +
        "poca gente en agosto», dice Rubio.",
    ],
    expected: [["Nunca había visto tan poca gente en agosto", "Pilar Rubio"]],
  },
  {
    construction: "apellido como sujeto y otra persona en el objeto antes de los dos puntos: habla el sujeto",
    paragraphs: [
      "La entrenadora Marta Iglesias Soto celebró el ascenso del equipo.",
      "Iglesias también habló de la lesión de su delantera Paula Quiroga Ruiz: «Nos faltó nuestra " +
        "mejor jugadora toda la segunda vuelta».",
    ],
    expected: [["Nos faltó nuestra mejor jugadora toda la segunda vuelta", "Marta Iglesias Soto"]],
  },
  {
    construction: "«X preguntó a la ministra:» (negativo): habla el sujeto, no la persona del objeto",
    paragraphs: [
      "La alumna Lucía Herrera Gil preguntó a la ministra Ana Beltrán: «¿Por qué no tenemos " +
        "calefacción?».",
    ],
    expected: [["¿Por qué no tenemos calefacción?", "Lucía Herrera Gil"]],
  },
  {
    construction: "lo que un grupo en general (`los ornitólogos`) llama el «…»: un término, no una cita",
    paragraphs: [
      "Al amanecer, los mirlos empiezan lo que los ornitólogos llaman el «coro del alba», un concierto " +
        "previo al sol.",
    ],
    expected: [],
  },
  {
    construction: "lo que un grupo llama «una …» (negativo): un juicio sigue siendo su cita",
    paragraphs: [
      "Los huelguistas de la fábrica Morel rechazan lo que sus delegados llaman «una provocación de la " +
        "dirección».",
    ],
    expected: [["una provocación de la dirección", "sus delegados"]],
  },
  {
    construction:
      "«La comisión vecinal» tras «la Real Comisión Nacional» (negativo): un sustantivo que puede " +
      "llevar un adjetivo detrás no se toma por el organismo nombrado",
    paragraphs: [
      "La denuncia llegó a la Real Comisión Nacional el lunes.",
      "La comisión vecinal calificó el texto de «inaceptable».",
    ],
    expected: [["inaceptable", "La comisión vecinal"]],
  },
  {
    construction:
      "«la agrupación» tras «el colectivo X»: el sustantivo de un colectivo u otra agrupación es el " +
      "organismo de ese tipo nombrado poco antes",
    paragraphs: [
      "Los comerciantes reunidos en el colectivo Mercado Vivo rechazaron el plan de reforma. En una " +
        "asamblea, la agrupación advirtió que el cierre «dejará sin trabajo a cien familias».",
    ],
    expected: [["dejará sin trabajo a cien familias", "Mercado Vivo"]],
  },
  {
    construction:
      "«la agrupación» tras un ministerio (negativo): un organismo de otro tipo no es la agrupación",
    paragraphs: [
      "El Ministerio de Obras Públicas presentó ayer el trazado de la autopista. La agrupación " +
        "criticó que el proyecto «no escucha a nadie».",
    ],
    expected: [["no escucha a nadie", "La agrupación"]],
  },
  {
    construction:
      "«el tribunal» tras «la Corte de Apelaciones»: un organismo que su complemento nombra está " +
      "nombrado, y el sustantivo de su tipo lo retoma",
    paragraphs: [
      "La Corte de Apelaciones acogió el martes el recurso de los pescadores.",
      "En su resolución, el tribunal señaló que la obra «vulnera el derecho a un medio ambiente sano».",
    ],
    expected: [["vulnera el derecho a un medio ambiente sano", "La Corte de Apelaciones"]],
  },
  {
    construction: "«…» en una frase que sigue, y luego «, según» con la fuente tras la coma",
    paragraphs: [
      "La inflación sigue «muy por encima de lo deseable» en los alimentos, según el gobernador del " +
        "banco central, Pablo Hernández.",
    ],
    expected: [["muy por encima de lo deseable", "Pablo Hernández"]],
  },
  {
    construction: "un programa «bautizado» con un nombre (no es cita)",
    paragraphs: ["La alcaldía lanzó un programa bautizado «Barrios Vivos» para recuperar plazas."],
    expected: [],
  },
  {
    construction: "el título de un artículo tras «con el título» (no es cita)",
    paragraphs: [
      "El estudio aparece en la revista «Geología Hoy» con el título «Fallas activas del valle central».",
    ],
    expected: [],
  },
  {
    construction: "negativo: lo bautizó como «…», dijo X: quien bautiza habla, y es cita",
    paragraphs: ["El alcalde lo bautizó como «un milagro», dijo el concejal Tomás Rey."],
    expected: [["un milagro", "Tomás Rey"]],
  },
  {
    construction: "El reglamento, …, prevé que «…»: un documento que abre la frase habla tras su inciso",
    paragraphs: [
      "El reglamento, aprobado en marzo por el pleno municipal, prevé que los comercios «cierren a " +
        "medianoche».",
    ],
    expected: [["cierren a medianoche", "El reglamento"]],
  },
  {
    construction: "un título en mayúscula de frase («Los Años perdidos») tras «ganó con» (no es cita)",
    paragraphs: ["La directora ganó con «Los Años perdidos» el premio del público."],
    expected: [],
  },
  {
    construction:
      "negativo: Según X, «El Gobierno miente»: una oración entera tras la coma sigue siendo cita",
    paragraphs: ["Según la portavoz del sindicato, Ana Ruiz, «El Gobierno miente»."],
    expected: [["El Gobierno miente", "Ana Ruiz"]],
  },
  {
    construction:
      "nombrada en el inciso dentro de las comillas, luego «insistió la investigadora» en el párrafo " +
      "siguiente, tras una consejería citada: la descripción es ella",
    paragraphs: [
      "«Cuando vimos las redes, supimos que algo pasaba, recuerda Lucía Paredes, bióloga del instituto. " +
        "No quedaba un solo pez.»",
      "Según la consejería, la zona quedará «cerrada a la pesca hasta otoño». El episodio fue «el peor " +
        "en veinte años», insistió la investigadora.",
    ],
    expected: [
      [
        "Cuando vimos las redes, supimos que algo pasaba, recuerda Lucía Paredes, bióloga del instituto. " +
          "No quedaba un solo pez.",
        "Lucía Paredes",
      ],
      ["cerrada a la pesca hasta otoño", "la consejería"],
      ["el peor en veinte años", "Lucía Paredes"],
    ],
  },
  {
    construction:
      "cargo con el organismo antes del nombre («La jueza del Tribunal Supremo X»), luego «escribió la " +
      "jueza» tras otra fuente: la descripción es ella",
    paragraphs: [
      "La jueza del Tribunal Supremo Marta Ibáñez rechazó el recurso el lunes. Según la defensa, la " +
        "decisión es «un error grave». «No hay base legal para suspender la obra», escribió la jueza.",
    ],
    expected: [
      ["un error grave", "la defensa"],
      ["No hay base legal para suspender la obra", "Marta Ibáñez"],
    ],
  },
  {
    construction:
      "dos juezas con su organismo antes del nombre, luego «escribió la jueza»: la nombrada más cerca",
    paragraphs: [
      "La jueza del Tribunal Supremo Marta Ibáñez rechazó el recurso el lunes. En enero, la jueza de la " +
        "Audiencia Provincial Elena Ruiz lo había admitido. Según la defensa, la decisión es «un error " +
        "grave». «No había base legal para suspender la obra», escribió la jueza.",
    ],
    expected: [
      ["un error grave", "la defensa"],
      ["No había base legal para suspender la obra", "Elena Ruiz"],
    ],
  },
  {
    construction:
      "«El fiscal de la Audiencia Nacional X» (semejante): el cargo ya se leía, «afirmó el fiscal» es él",
    paragraphs: [
      "El fiscal de la Audiencia Nacional Pedro Salas pidió cárcel para los dos acusados. Según la " +
        "defensa, la petición es «desproporcionada». «Las pruebas son abrumadoras», afirmó el fiscal.",
    ],
    expected: [
      ["desproporcionada", "la defensa"],
      ["Las pruebas son abrumadoras", "Pedro Salas"],
    ],
  },
  {
    construction:
      "«Una enfermera que trabajaba …, y que pidió …, denunció …: «…»»: la relativa sin coma tras el " +
      "sustantivo dice más de la persona; la descripción que la identifica termina antes",
    paragraphs: [
      "Una enfermera que trabajaba en el turno de noche, y que pidió no ser identificada, denunció " +
        "la falta de personal: «Estamos agotadas y nadie nos escucha».",
    ],
    expected: [["Estamos agotadas y nadie nos escucha", "Una enfermera"]],
  },
  {
    construction:
      "«Una enfermera del hospital comarcal, que pidió …» (negativo): el complemento con «de» sigue " +
      "en la descripción; solo la relativa queda fuera",
    paragraphs: [
      "Una enfermera del hospital comarcal, que pidió no ser identificada, denunció la falta de " +
        "personal: «Estamos agotadas y nadie nos escucha».",
    ],
    expected: [["Estamos agotadas y nadie nos escucha", "Una enfermera del hospital comarcal"]],
  },
  {
    construction:
      "«Una comerciante del mercado, que solo dio su nombre como Rosa, contó:»: la relativa que da un " +
      "nombre nombra a la hablante descrita antes de ella",
    paragraphs: [
      "Una comerciante del mercado, que solo dio su nombre como Rosa, contó: «Los precios se " +
        "duplicaron desde que cerraron el puente».",
    ],
    expected: [["Los precios se duplicaron desde que cerraron el puente", "Rosa"]],
  },
  {
    construction:
      "«Una comerciante del mercado, que pidió que no se publicara su nombre, contó:» (negativo): sin " +
      "nombre escrito, la descripción habla",
    paragraphs: [
      "Una comerciante del mercado, que pidió que no se publicara su nombre, contó: «Los precios se " +
        "duplicaron desde que cerraron el puente».",
    ],
    expected: [["Los precios se duplicaron desde que cerraron el puente", "Una comerciante del mercado"]],
  },
  {
    construction:
      "«La Corte de Apelaciones de Temuco» y luego «el tribunal»: el nombre del organismo sigue por " +
      "cada complemento con mayúscula que se le une con «de», entero como está escrito",
    paragraphs: [
      "La Corte de Apelaciones de Temuco rechazó el recurso del municipio. En su fallo, el tribunal " +
        "estimó que la obra «no vulnera ningún derecho».",
    ],
    expected: [["no vulnera ningún derecho", "La Corte de Apelaciones de Temuco"]],
  },
  {
    construction:
      "«La Corte de Apelaciones de la ciudad» (negativo): un complemento en minúscula no es del nombre",
    paragraphs: [
      "La Corte de Apelaciones de la ciudad rechazó el recurso del municipio. En su fallo, el tribunal " +
        "estimó que la obra «no vulnera ningún derecho».",
    ],
    expected: [["no vulnera ningún derecho", "La Corte de Apelaciones"]],
  },
  {
    construction:
      "«El banco central» tras «el Banco de Chile»: una descripción que califica el sustantivo con " +
      "palabras que el nombre no tiene dice qué es el organismo, que habla con su nombre",
    paragraphs: [
      "La inflación bajó en marzo, según los datos publicados el lunes por el Banco de Chile.",
      "El banco central advirtió en su informe que la tarea «no está terminada».",
    ],
    expected: [["no está terminada", "el Banco de Chile"]],
  },
  {
    construction:
      "negativo: «El banco central» sin banco nombrado (solo un ayuntamiento) queda como está escrito",
    paragraphs: [
      "El Ayuntamiento de Soria aprobó el presupuesto el lunes.",
      "El banco central advirtió a su vez que los tipos «seguirán altos».",
    ],
    expected: [["seguirán altos", "El banco central"]],
  },
  {
    construction:
      "«Según ha informado X en un comunicado, …»: el verbo de habla tras «según», con su auxiliar, " +
      "dice cómo habló la fuente, que va detrás",
    paragraphs: ["Según ha informado la Guardia Civil en un comunicado, los detenidos «actuaban de noche»."],
    expected: [["actuaban de noche", "la Guardia Civil"]],
  },
  {
    construction: "«Según ha explicado el alcalde, Juan Pérez, …»: el nombre en aposición sigue hablando",
    paragraphs: ["Según ha explicado el alcalde, Juan Pérez, la obra «estará lista en mayo»."],
    expected: [["estará lista en mayo", "Juan Pérez"]],
  },
  {
    construction:
      "«Según la Policía Local, …» (negativo): sin verbo tras «según», la fuente es la de siempre",
    paragraphs: ["Según la Policía Local, los detenidos «actuaban de noche»."],
    expected: [["actuaban de noche", "la Policía Local"]],
  },
  {
    construction:
      "«el jefe comunal» tras «el intendente X»: el epíteto del alcalde nombra también al intendente, " +
      "el mismo cargo en Argentina (officeKinds)",
    paragraphs: [
      "El intendente de Villa Regina, Raúl Ferreyra, visitó la escuela inundada. «La vamos a reabrir " +
        "el lunes», aseguró el jefe comunal.",
    ],
    expected: [["La vamos a reabrir el lunes", "Raúl Ferreyra"]],
  },
  {
    construction:
      "«la oficial» tras «la teniente X»: un oficial es quien tenga uno de sus grados (officeKinds)",
    paragraphs: ["La teniente Carla Ibáñez encabezó el rescate. «No hubo heridos», informó la oficial."],
    expected: [["No hubo heridos", "Carla Ibáñez"]],
  },
  {
    construction:
      "«el oficial» con un alcalde más cerca y un coronel antes: gana el del cargo que el oficial abarca",
    paragraphs: [
      "El coronel Luis Peña y el alcalde Mario Soto recorrieron la zona. «La ruta sigue cortada», " +
        "explicó el oficial.",
    ],
    expected: [["La ruta sigue cortada", "Luis Peña"]],
  },
  {
    construction: "negativo: «el oficial» tras un concejal nombrado es otra persona, queda como está escrito",
    paragraphs: ["El concejal Tomás Ruiz visitó el barrio. «Faltan bomberos», dijo el oficial."],
    expected: [["Faltan bomberos", "el oficial"]],
  },
  {
    construction:
      "«La delegada sindical» tras «X, delegada de UGT»: «delegado» es un sustantivo de persona, y la " +
      "descripción vuelve a la delegada nombrada",
    paragraphs: [
      "«Faltan enfermeras», denunció Rosa Lema, delegada de UGT en el centro de salud.",
      "La delegada sindical explica que las bajas no se cubren. «Estamos agotadas», añade.",
    ],
    expected: [
      ["Faltan enfermeras", "Rosa Lema"],
      ["Estamos agotadas", "Rosa Lema"],
    ],
  },
  {
    construction:
      "«en el estadio X» es un lugar, nadie que hable: «dijo el lanzador de 24 años» vuelve al " +
      "pelotero nombrado antes del estadio",
    paragraphs: [
      "El relevista Wander Ortiz cerró el noveno inning en el estadio Luis Aparicio de Maracaibo. " +
        "«Solo pensé en tirar strikes», dijo el lanzador de 24 años.",
    ],
    expected: [["Solo pensé en tirar strikes", "Wander Ortiz"]],
  },
  {
    construction:
      "negativo: «el lanzador» tras una alcaldesa nombrada es otra persona, queda como está escrito",
    paragraphs: ["La alcaldesa Ana Soto inauguró el estadio. «Fue una fiesta», dijo el lanzador."],
    expected: [["Fue una fiesta", "el lanzador"]],
  },
  {
    construction:
      "«La organización Doctors for Peace denunció»: un organismo con nombre en inglés conserva su " +
      "preposición («for») entre palabras en mayúscula en un texto en español",
    paragraphs: [
      "La organización Doctors for Peace denunció en un comunicado que los hospitales de la zona " +
        "«ya no tienen anestesia».",
    ],
    expected: [["ya no tienen anestesia", "Doctors for Peace"]],
  },
  {
    construction:
      "«El Consejo de Estado de Colombia» (negativo): la preposición propia del español sigue " +
      "uniendo el nombre como antes",
    paragraphs: ["El Consejo de Estado de Colombia advirtió que la norma «vulnera la autonomía local»."],
    expected: [["vulnera la autonomía local", "El Consejo de Estado de Colombia"]],
  },
  {
    construction:
      "«Según el documento, X verbo … «…»»: la fuente al frente de la frase da la cita, no el sujeto de la " +
      "oración que sigue a su coma",
    paragraphs: [
      "Según la auditoría, Tomás Lerma ocultó las pérdidas con «una contabilidad paralela» durante tres " +
        "ejercicios.",
    ],
    expected: [["una contabilidad paralela", "la auditoría"]],
  },
  {
    construction: "«Según el atestado, …» con «más adelante» al final: el adverbio no es un verbo de habla",
    paragraphs: [
      "Según el atestado, los ladrones entraron por el tejado y «forzaron la caja fuerte» antes de huir " +
        "tres calles más adelante.",
    ],
    expected: [["forzaron la caja fuerte", "el atestado"]],
  },
  {
    construction: "«Según X, el informe describe «…»» (negativo): un documento no habla por sí, la fuente sí",
    paragraphs: ["Según la concejala de Urbanismo, el informe municipal describe «un barrio abandonado»."],
    expected: [["un barrio abandonado", "la concejala de Urbanismo"]],
  },
  {
    construction:
      "«Según el portavoz, X, …» (negativo): el nombre entre dos comas es la aposición de la fuente",
    paragraphs: ["Según el portavoz, Juan Pérez, la obra acumula «un retraso serio»."],
    expected: [["un retraso serio", "Juan Pérez"]],
  },
  {
    construction:
      "«Un grupo de la Fundación X» y luego «según la Fundación»: tras un indeterminado, el complemento " +
      "nombra el organismo del que es parte, que la forma corta retoma",
    paragraphs: [
      "Un grupo de la Fundación Ecológica del Ebro ha plantado 3.000 árboles en la ribera.",
      "Según la Fundación, se trata de «la mayor repoblación de la comarca».",
    ],
    expected: [["la mayor repoblación de la comarca", "la Fundación Ecológica del Ebro"]],
  },
  {
    construction: "«…», explicó la empresa, tras una cooperativa nombrada con su sigla",
    paragraphs: [
      "La Cooperativa Agrícola San Isidro (CASI) anunció ayer el cierre de su almacén. «No podemos " +
        "seguir perdiendo dinero», explicó la empresa.",
    ],
    expected: [["No podemos seguir perdiendo dinero", "La Cooperativa Agrícola San Isidro"]],
  },
  {
    construction:
      "«aseguró el presidente y consejero delegado, X»: dos cargos unidos por «y» son del nombrado " +
      "después, y la continuación sin verbo también",
    paragraphs: [
      "«Seguiremos el caso», dijo el presidente del sindicato, Marcos Leal.",
      "«La planta se queda aquí», aseguró el presidente y consejero delegado, Pablo Ortiz, en una " +
        "llamada. «No se moverá ninguna línea».",
    ],
    expected: [
      ["Seguiremos el caso", "Marcos Leal"],
      ["La planta se queda aquí", "Pablo Ortiz"],
      ["No se moverá ninguna línea", "Pablo Ortiz"],
    ],
  },
  {
    construction:
      "«demasiado para Inés, 17 años, …» y una cita sin verbo: una edad hace persona del nombre tras «para»",
    paragraphs: [
      "«Todo irá bien», prometió el alcalde, Pablo Ruiz.",
      "Treinta kilómetros son demasiado para Inés, 17 años, aprendiz de panadera. «No tengo coche. Voy " +
        "a tener que dejarlo».",
    ],
    expected: [
      ["Todo irá bien", "Pablo Ruiz"],
      ["No tengo coche. Voy a tener que dejarlo", "Inés"],
    ],
  },
  {
    construction:
      "«Su capitán, X, de 24 años, se consuela con «…»»: quien nombra la frase de la cita antes de ella " +
      "viene tras las frases anteriores",
    paragraphs: [
      "«Lo dimos todo», dijo el entrenador Pablo Ruiz.",
      "Su capitán, Marcos León, de 24 años, se consuela con «la mejor carrera de mi vida».",
    ],
    expected: [
      ["Lo dimos todo", "Pablo Ruiz"],
      ["la mejor carrera de mi vida", "Marcos León"],
    ],
  },
  {
    construction:
      "«Sentada frente a un aula de la escuela X B, Y, …»: el nombre de la frase inicial con " +
      "preposición no es el sujeto nombrado tras su coma",
    paragraphs: [
      "«Faltan aulas», dijo el ministro, Pablo Kaboré.",
      "Sentada frente a un aula de la escuela Kaya Centro B, Awa Ouédraogo, llegada de Djibo, espera " +
        "inscribir a su hija. «Allí todo está cerrado», confiesa.",
    ],
    expected: [
      ["Faltan aulas", "Pablo Kaboré"],
      ["Allí todo está cerrado", "Awa Ouédraogo"],
    ],
  },
  {
    construction:
      "«leyó una carta del hijo de la víctima:»: las palabras son del autor de la carta, no del abogado " +
      "que la lee",
    paragraphs: [
      "El abogado de la familia, Pablo Ruiz, leyó una carta del hijo de la víctima: «Mi madre volvía " +
        "del trabajo».",
    ],
    expected: [["Mi madre volvía del trabajo", "el hijo de la víctima"]],
  },
  {
    construction: "«leyó una declaración:» (negativo): sin autor nombrado, habla quien lee",
    paragraphs: [
      "El abogado de la familia, Pablo Ruiz, leyó una declaración: «La familia espera una disculpa».",
    ],
    expected: [["La familia espera una disculpa", "Pablo Ruiz"]],
  },
  {
    construction:
      "«dijo la magistrada» dos párrafos después de «la jueza …, Nombre»: una magistrada es la jueza " +
      "nombrada (officeKinds)",
    paragraphs: [
      "La jueza federal de Rosario, Mariela Quintana Sosa, suspendió la obra del puerto.",
      "La empresa constructora anunció que apelará la medida.",
      "«No se puede dragar sin un estudio ambiental», dijo la magistrada en su resolución.",
    ],
    expected: [["No se puede dragar sin un estudio ambiental", "Mariela Quintana Sosa"]],
  },
  {
    construction:
      "«dijo la magistrada» (negativo) con una jueza y una fiscal nombradas: ninguna es la sola magistrada",
    paragraphs: [
      "La jueza Mariela Quintana Sosa y la fiscal Laura Benítez visitaron el puerto.",
      "La empresa constructora anunció que apelará la medida.",
      "«No se puede dragar sin un estudio ambiental», dijo la magistrada en su resolución.",
    ],
    expected: [["No se puede dragar sin un estudio ambiental", "la magistrada"]],
  },
  {
    construction: "«agregó el portavoz» tras «Nombre, vocero de X»: portavoz y vocero son un mismo cargo",
    paragraphs: [
      "«El puente seguirá cerrado», dijo Marcos Villalba, vocero de la Dirección de Vialidad. «No hay " +
        "fecha de reapertura», agregó el portavoz.",
    ],
    expected: [
      ["El puente seguirá cerrado", "Marcos Villalba"],
      ["No hay fecha de reapertura", "Marcos Villalba"],
    ],
  },
  {
    construction:
      "«conocido en el barrio como «el Pulpo»», con un verbo de decir en la frase: un participio que " +
      "nombra con un complemento antes de «como» da un apodo, no una cita",
    paragraphs: [
      "El nuevo portero, conocido en su barrio como «el Pulpo», declaró ayer que se queda hasta 2029.",
      "«Aquí quiero ganar títulos», dijo Iván Serrano tras la firma.",
    ],
    expected: [["Aquí quiero ganar títulos", "Iván Serrano"]],
  },
  {
    construction:
      "«calificó la decisión de “un error”» (negativo): lo que alguien califica sigue siendo cita",
    paragraphs: ["La portavoz del PSOE, Marta Gil, calificó la decisión de «un error» y pidió su retirada."],
    expected: [["un error", "Marta Gil"]],
  },
  {
    construction: "«un cartel en el que se leía «…»»: leer da las palabras de un cartel, no una cita",
    paragraphs: [
      "Los vecinos colgaron del puente un cartel en el que se leía «Queremos el tren de vuelta». «Llevamos " +
        "seis años esperando», dijo la portavoz vecinal, Nuria Campos.",
    ],
    expected: [["Llevamos seis años esperando", "Nuria Campos"]],
  },
  {
    construction: "«X lee «…»» (negativo): quien lee en voz alta sin cartel delante dice una cita",
    paragraphs: ["En el pleno, el concejal Hugo Marín leyó la moción y concluyó: «No vamos a ceder»."],
    expected: [["No vamos a ceder", "Hugo Marín"]],
  },
  {
    construction:
      "«El texto recoge que …, aunque … «…»»: un documento que recoge da las palabras de su oración, " +
      "por lejos que queden",
    paragraphs: [
      "El texto recoge que las multas por acceder sin autorización serán altas, aunque los primeros " +
        "seis meses serán «exclusivamente informativos».",
    ],
    expected: [["exclusivamente informativos", "El texto"]],
  },
  {
    construction:
      "«El informe final establece que …»: un modificador en minúscula entre el documento y su verbo",
    paragraphs: [
      "El informe final establece que las multas por acceder sin autorización serán altas, aunque los " +
        "primeros seis meses serán «exclusivamente informativos».",
    ],
    expected: [["exclusivamente informativos", "El informe final"]],
  },
  {
    construction:
      "«El decreto aprobado recoge el programa «…»» (negativo): el nombre de un programa no es cita",
    paragraphs: ["El decreto aprobado recoge el programa «Barrios Vivos» como prioridad del gobierno local."],
    expected: [],
  },
  {
    construction:
      "el Nombre (Sigla) …, luego «la Sigla advirtió “…”»: una sigla escrita como palabra toma las " +
      "primeras letras de las palabras del nombre, y el cuerpo lleva el nombre escrito antes",
    paragraphs: [
      "La Coordinadora Nacional para la Reducción de Desastres (Conred) activó la alerta naranja.",
      "La Conred advirtió que el caudal del río “sigue subiendo” en la costa.",
    ],
    expected: [["sigue subiendo", "La Coordinadora Nacional para la Reducción de Desastres"]],
  },
  {
    construction:
      "al Nombre (SIGLA) …, luego «el SIGLA informó que “…”»: tras «al» el nombre toma el artículo con " +
      "que se escribe la sigla",
    paragraphs: [
      "El juez ordenó al Instituto Provincial de Vivienda (IPV) reparar las casas.",
      "El IPV informó que las obras “empezarán en marzo” en todo el barrio.",
    ],
    expected: [["empezarán en marzo", "El Instituto Provincial de Vivienda"]],
  },
  {
    construction:
      "«la Sigla advirtió “…”» (negativo): una sigla-palabra que el artículo no desarrolla queda como " +
      "escrita",
    paragraphs: [
      "Las lluvias siguen en el sur.",
      "La Conred advirtió que el caudal del río “sigue subiendo”.",
    ],
    expected: [["sigue subiendo", "La Conred"]],
  },
  {
    construction: "Una X, que …, se mostró indignada: «…»: the relative clause on que describes the speaker",
    paragraphs: [
      "El concejal Andrés Molina defendió la obra: «Es una mejora necesaria».",
      "Una vecina, que pidió no ser identificada, se mostró indignada: «Nadie nos avisó del corte de agua».",
    ],
    expected: [
      ["Es una mejora necesaria", "Andrés Molina"],
      ["Nadie nos avisó del corte de agua", "Una vecina"],
    ],
  },
  {
    construction: "Un X de la zona, que …, lo tiene claro: «…»: the description keeps its complement",
    paragraphs: [
      "«La obra acabará en marzo», aseguró el concejal Andrés Molina.",
      "Un taxista de la zona, que prefiere no dar su nombre, lo tiene claro: «Aquí ya no se puede trabajar».",
    ],
    expected: [
      ["La obra acabará en marzo", "Andrés Molina"],
      ["Aquí ya no se puede trabajar", "Un taxista de la zona"],
    ],
  },
  {
    construction: "negative: El puente, que …, seguirá cerrado, según X: «…»: the source named after speaks",
    paragraphs: [
      "El puente, que cerró en enero, seguirá cerrado hasta el verano, según el ingeniero Luis Peña: «No " +
        "hay fecha de apertura».",
    ],
    expected: [["No hay fecha de apertura", "Luis Peña"]],
  },
  {
    construction:
      "…, informó X, que calificó … de «…»: the relative clause on que goes on about the inverted subject",
    paragraphs: [
      "El tráfico estará cortado en la avenida del Puerto hasta el jueves, informó el Ayuntamiento de " +
        "Gijón, que calificó las obras de «imprescindibles».",
    ],
    expected: [["imprescindibles", "el Ayuntamiento de Gijón"]],
  },
  {
    construction: "…, dijo el alcalde, que pidió «…»: a description as the inverted subject",
    paragraphs: ["Las obras terminarán en abril, dijo el alcalde, que pidió «paciencia» a los vecinos."],
    expected: [["paciencia", "el alcalde"]],
  },
  {
    construction: "negative: X dijo, tras …, que el acusado «…»: que after a comma opens what X says",
    paragraphs: [
      "La jueza Marta Ibáñez dijo, tras la audiencia en el barrio Centro, que el acusado «no tiene arraigo».",
    ],
    expected: [["no tiene arraigo", "Marta Ibáñez"]],
  },
  {
    construction:
      "…, dijo la directora: an office alone, no one holding it, is the article's subject given no office",
    paragraphs: [
      "El primer documental de la cordobesa Julieta Ferrán se estrenó anoche en el teatro San Martín.",
      "«Tardamos cinco años en terminarlo», dijo la directora tras la función.",
    ],
    expected: [["Tardamos cinco años en terminarlo", "Julieta Ferrán"]],
  },
  {
    construction:
      "negative: …, dijo la alcaldesa: the article's subject given another role is not the office",
    paragraphs: [
      "La vecina Rosa Medina perdió su casa en la inundación.",
      "«Vamos a reconstruir el barrio», dijo la alcaldesa.",
    ],
    expected: [["Vamos a reconstruir el barrio", "la alcaldesa"]],
  },
  {
    construction:
      "La jueza en lo X y Y de Z, N, …; then escribió la magistrada: a court's name with lo is her role",
    paragraphs: [
      "La jueza en lo Contencioso Administrativo de Mendoza, Silvia Quiroga, suspendió la obra.",
      "El municipio apelará la medida.",
      "«El daño sería irreparable», escribió la magistrada en la resolución.",
    ],
    expected: [["El daño sería irreparable", "Silvia Quiroga"]],
  },
  {
    construction: "…, dijo un X de una Y: the noun's complement with an indefinite is the speaker's",
    paragraphs: ["“Los precios seguirán subiendo”, dijo un economista de una consultora porteña."],
    expected: [["Los precios seguirán subiendo", "un economista de una consultora porteña"]],
  },
  {
    construction: "negative: …, dijo un X a una radio: whom they told is no part of the speaker",
    paragraphs: ["“Los precios seguirán subiendo”, dijo un economista a una radio local."],
    expected: [["Los precios seguirán subiendo", "un economista"]],
  },
  {
    construction:
      "…, dijo el ganador ante los micrófonos de X: where the words were said is no part of the speaker",
    paragraphs: [
      "Pablo Ruiz ganó el domingo la maratón de Rosario.",
      "“Estoy feliz”, dijo el ganador ante los micrófonos de una radio local.",
    ],
    expected: [["Estoy feliz", "Pablo Ruiz"]],
  },
  {
    construction:
      "Un X que volvía del … lo explicó así: «…»: a relative clause on que ending in a complement stands " +
      "between the unnamed speaker and the verb",
    paragraphs: [
      "El concejal Iván Ríos defendió el nuevo horario de los autobuses. Un usuario que volvía del trabajo " +
        "lo explicó así: «Llevo una hora esperando».",
    ],
    expected: [["Llevo una hora esperando", "Un usuario"]],
  },
  {
    construction: "negative: X explicó que técnicos de … avisaron: «…»: a que-clause opening on its subject",
    paragraphs: [
      "La consejera Rosa Prieto explicó que técnicos de la Junta avisaron hace meses: «El muro no aguanta».",
    ],
    expected: [["El muro no aguanta", "Rosa Prieto"]],
  },
  {
    construction:
      "El organismo aplaza …: «…» sobre «…», dijo Y. «<mismas palabras>»: el párrafo da las palabras del " +
      "titular a quien cita",
    paragraphs: [
      ["headline", "El Cabildo aplaza la subida del agua: «Nadie debe pagar dos veces»"],
      "El Cabildo aplazó ayer la subida de la tarifa del agua.",
      "La consejera Marta Almeida pidió una nueva auditoría. «No tenemos las cifras», dijo Almeida. " +
        "«Nadie debe pagar dos veces».",
    ],
    expected: [
      ["No tenemos las cifras", "Marta Almeida"],
      ["Nadie debe pagar dos veces", "Marta Almeida"],
    ],
  },
  {
    construction: "El sindicato X calificó … de «…»: the body goes by its name, not by its kind before it",
    paragraphs: ["El sindicato UGT calificó la oferta de «insuficiente» tras la reunión."],
    expected: [["insuficiente", "UGT"]],
  },
  {
    construction:
      "negative: El sindicato de pilotos calificó … de «…»: a body named by no name stays as written",
    paragraphs: ["El sindicato de pilotos calificó la oferta de «insuficiente»."],
    expected: [["insuficiente", "El sindicato de pilotos"]],
  },
  {
    construction: "ha ganado … con «…», una historia …: el título de la obra, no una cita de la autora",
    paragraphs: [
      "El poeta Mario Ledesma ha ganado el certamen con «La casa blanca junto al puerto viejo», una " +
        "historia sobre su infancia.",
    ],
    expected: [],
  },
  {
    construction: "el comité «…» en mayúscula es su nombre; bajo el mensaje «…», el de la campaña",
    paragraphs: [
      "El comité «Vecinos por un barrio limpio» presentará alegaciones, informó su portavoz, Elena Ruiz.",
      "El ayuntamiento lanzó la campaña de reciclaje bajo el mensaje «Tu barrio, tu responsabilidad».",
    ],
    expected: [],
  },
  {
    construction: "negativo: el comité «…» en minúscula es lo que dice",
    paragraphs: ["El comité «no aceptará recortes», advirtió su portavoz, Elena Ruiz."],
    expected: [["no aceptará recortes", "Elena Ruiz"]],
  },
  {
    construction: "Ella calcula que … «…»: calcular da una estimación dicha",
    paragraphs: [
      "La cardióloga Rosa Martín dirige el estudio. Ella calcula que la dieta evita «cientos de infartos» " +
        "al año.",
    ],
    expected: [["cientos de infartos", "Rosa Martín"]],
  },
  {
    construction:
      "Una jardinera, que …, es más escéptica. «…», dijo: la jardinera descrita, no el concejal " +
      "nombrado antes",
    paragraphs: [
      "El concejal Pablo Roldán calificó la prohibición de «muy necesaria».",
      "Una jardinera, que pidió no ser identificada, es más escéptica. «Necesitamos más personal», " +
        "dijo.",
    ],
    expected: [
      ["muy necesaria", "Pablo Roldán"],
      ["Necesitamos más personal", "Una jardinera"],
    ],
  },
  {
    construction:
      "Un X que … fue menos optimista: «…»: una relativa sin comas entre el sujeto y la cópula antes " +
      "de los dos puntos, no la analista citada antes",
    paragraphs: [
      "La analista Marta Gil calificó las cifras de «algo flojas».",
      "Un trabajador que votó en contra del plan fue menos indulgente: «El consejo ya no tiene excusas».",
    ],
    expected: [
      ["algo flojas", "Marta Gil"],
      ["El consejo ya no tiene excusas", "Un trabajador"],
    ],
  },
  {
    construction:
      "El X que … era Y: «…» (negativo): un sujeto que no nombra a nadie antes de los dos puntos no habla",
    paragraphs: ["El ambiente que reinaba en la sala era tenso: «Sin devoluciones»."],
    expected: [["Sin devoluciones", null]],
  },
  {
    construction: "X, que …, que …, dijo: «…»: una relativa tras otra, quien habla está antes de la primera",
    paragraphs: ["La vecina Ana Ruiz, que vive en el barrio, que conoce a los dos, dijo: «Nadie vio nada»."],
    expected: [["Nadie vio nada", "Ana Ruiz"]],
  },
  {
    construction:
      "Un X que … desde hace tres décadas lo explica así: «…»: una relativa larga sin comas antes del " +
      "verbo, quien habla es su antecedente",
    paragraphs: [
      "Un agricultor que cultiva en el valle desde hace tres décadas lo explica así: «Sin agua no hay " +
        "cosecha».",
    ],
    expected: [["Sin agua no hay cosecha", "Un agricultor"]],
  },
  {
    construction: "Un X que … desde hace tres décadas lo resume: (a long relative clause before the verb)",
    paragraphs: [
      "Un taxista de Puerto Madryn que maneja por la costa desde hace dos décadas lo resume así: " +
        "«Nunca vi tantas ballenas».",
    ],
    expected: [["Nunca vi tantas ballenas", "Un taxista de Puerto Madryn"]],
  },
  {
    construction: "El CEO X dijo (an office written in capitals before the name)",
    paragraphs: ["CEO Ramiro Ocampo dijo a la prensa: «No habrá despidos»."],
    expected: [["No habrá despidos", "Ramiro Ocampo"]],
  },
  {
    construction: "X de Y replicó (a compound surname alone, though the full name ends on a second surname)",
    paragraphs: [
      "«La obra se retrasará dos meses», admitió el concejal Iñigo Martínez de Pisón Arrieta.",
      "Martínez de Pisón replicó después a la oposición: «No hay sobrecostes».",
    ],
    expected: [
      ["La obra se retrasará dos meses", "Iñigo Martínez de Pisón Arrieta"],
      ["No hay sobrecostes", "Iñigo Martínez de Pisón Arrieta"],
    ],
  },
  {
    construction: "negative: a surname alone that is only the last of the full name's words stays linked",
    paragraphs: [
      "«La obra se retrasará dos meses», admitió el concejal Iñigo Martínez de Pisón Arrieta.",
      "Arrieta replicó después a la oposición: «No hay sobrecostes».",
    ],
    expected: [
      ["La obra se retrasará dos meses", "Iñigo Martínez de Pisón Arrieta"],
      ["No hay sobrecostes", "Iñigo Martínez de Pisón Arrieta"],
    ],
  },
  {
    construction: "El Juzgado N.º 5 de X informó (a number sign inside a body's name)",
    paragraphs: [
      "La UFI N.º 2 de Quilmes, a cargo del expediente, informó que se investiga un «homicidio culposo».",
    ],
    expected: [["homicidio culposo", "La UFI N.º 2 de Quilmes"]],
  },
  {
    construction: "Según la Consejería (a body's noun alone after its full name)",
    paragraphs: [
      "La Consejería de Educación abrió el plazo de matrícula. Según la Consejería, la demanda es «la " +
        "más alta de la década».",
    ],
    expected: [["la más alta de la década", "la Consejería de Educación"]],
  },
  {
    construction: "Un X que … fue tajante: (a restrictive relative clause, then a copula, before the colon)",
    paragraphs: [
      "El concejal Luis Prado Gil defendió la obra. Un comerciante que vio caer el andamio fue tajante: " +
        "«Nadie nos avisó de nada».",
    ],
    expected: [["Nadie nos avisó de nada", "Un comerciante"]],
  },
  {
    construction:
      "negative: X dijo que … respondió: (a complementiser after a verb opens no relative clause)",
    paragraphs: ["La alcaldesa Rosa Vidal Gil dijo que la obra seguirá y respondió: «No vamos a parar»."],
    expected: [["No vamos a parar", "Rosa Vidal Gil"]],
  },
  {
    construction:
      "«…», confesó el veterano: a given name written with an accent its list lacks (`Wálter`) tells " +
      "the gender the plain one does, so the description means the man named before",
    paragraphs: [
      "El torneo de ajedrez lo ganó Wálter Pérez Quiroga, de Cochabamba.",
      "«No esperaba llegar a la final», confesó el veterano.",
    ],
    expected: [["No esperaba llegar a la final", "Wálter Pérez Quiroga"]],
  },
  {
    construction:
      "«…», contó la víctima, X. «…», recordó el joven: «la víctima» is feminine whoever it is, so " +
      "the given name tells the man's gender and the description means him",
    paragraphs: [
      "Un cadete de 19 años fue asaltado el sábado en Quilmes.",
      "«Me apuntaron al pecho», contó la víctima, Martín Aguirre, desde su casa. «Pensé que no " +
        "volvía más», recordó el joven.",
    ],
    expected: [
      ["Me apuntaron al pecho", "Martín Aguirre"],
      ["Pensé que no volvía más", "Martín Aguirre"],
    ],
  },
  {
    construction: "La ordenanza de X establece que «…»: an ordinance speaks as the document it is",
    paragraphs: [
      "La ordenanza de limpieza establece que los comercios deberán «retirar sus residuos cada noche».",
    ],
    expected: [["retirar sus residuos cada noche", "La ordenanza de limpieza"]],
  },
  {
    construction:
      "El Centro de X, Y y Z (sigla) pronosticó que «…» after a quoted mayor: a forecast verb, and a " +
      "«Centro» whose name lists its fields with commas, speaks as the body",
    paragraphs: [
      "«Hay que evacuar», dijo el alcalde Pedro Ruiz.",
      "El Centro de Estudios Hídricos, Costeros y Marinos (Cehcom) pronosticó que el oleaje «se mantendrá " +
        "alto hasta el domingo».",
    ],
    expected: [
      ["Hay que evacuar", "Pedro Ruiz"],
      ["se mantendrá alto hasta el domingo", "El Centro de Estudios Hídricos, Costeros y Marinos"],
    ],
  },
  {
    construction:
      "En el centro de X, Y pronosticó que «…» (negative): «centro» in lower case is a place, and the " +
      "person forecasts",
    paragraphs: [
      "«Hay que evacuar», dijo el alcalde Pedro Ruiz.",
      "En el centro de la ciudad, Marta Gil pronosticó que el tráfico «será un caos» el lunes.",
    ],
    expected: [
      ["Hay que evacuar", "Pedro Ruiz"],
      ["será un caos", "Marta Gil"],
    ],
  },
  {
    construction:
      "La ordenanza del Consejo de X y Y establece que «…» after a quoted official: the «y» inside the " +
      "body's name leaves the document the subject",
    paragraphs: [
      "«Vamos a revisarlo», dijo el consejero Luis Pardo.",
      "La ordenanza del Consejo de Aguas y Riegos establece que los regantes tendrán «un turno cada " +
        "quince días» en verano.",
    ],
    expected: [
      ["Vamos a revisarlo", "Luis Pardo"],
      ["un turno cada quince días", "La ordenanza del Consejo de Aguas y Riegos"],
    ],
  },
  {
    construction:
      "La ley de X no cambia y Y advierte que «…» (negative): a «y» after a lower-case word joins " +
      "clauses, and the person after it speaks, not the document",
    paragraphs: [
      "«Vamos a revisarlo», dijo el consejero Luis Pardo.",
      "La ley de Costas no cambia y Marta Gil advierte que las playas tendrán «un horario nuevo» en agosto.",
    ],
    expected: [
      ["Vamos a revisarlo", "Luis Pardo"],
      ["un horario nuevo", "Marta Gil"],
    ],
  },
  {
    construction:
      "Un informe de la calificadora X advierte que «…»: the document speaks, not the author its " +
      "complement names",
    paragraphs: [
      "Un informe de la calificadora Fitch Ratings advierte que la deuda del grupo «podría superar su " +
        "capacidad de pago».",
    ],
    expected: [["podría superar su capacidad de pago", "Un informe de la calificadora Fitch Ratings"]],
  },
  {
    construction:
      "El patrocinador del premio, la Fundación X, destacó que «…»: habla la entidad nombrada en aposición",
    paragraphs: [
      "El patrocinador del premio, la Fundación Ortega, destacó que la lista es «la más diversa de su " +
        "historia».",
    ],
    expected: [["la más diversa de su historia", "la Fundación Ortega"]],
  },
  {
    construction: "«…», reconoció el directivo: el ejecutivo nombrado antes, descrito por su cargo",
    paragraphs: [
      "El gerente general de la cooperativa, Ramiro Benítez Olmedo, presentó el balance anual.",
      "«Fue el peor año desde la crisis de 2001», reconoció el directivo.",
    ],
    expected: [["Fue el peor año desde la crisis de 2001", "Ramiro Benítez Olmedo"]],
  },
  {
    construction:
      "negativo: «…», dijo un directivo del club: un desconocido introducido queda como se escribe",
    paragraphs: ["El equipo no cobra desde marzo. «No hay plata para pagar», dijo un directivo del club."],
    expected: [["No hay plata para pagar", "un directivo del club"]],
  },
  {
    construction:
      "«…», afirmó el titular del X: el cargo nombrado antes en el organismo escrito con su sigla entre " +
      "paréntesis",
    paragraphs: [
      "El director del Instituto Nacional de Estadística (Inde), Raúl Ferreyra Soto, presentó el informe. " +
        "«La pobreza bajó dos puntos», afirmó el titular del Inde.",
    ],
    expected: [["La pobreza bajó dos puntos", "Raúl Ferreyra Soto"]],
  },
  {
    construction: "«…», dijo el comisionado de X (sigla), nombre; luego «…», insistió el titular de la sigla",
    paragraphs: [
      "«Las presas aguantan», dijo el comisionado de la Agencia de Gestión Hídrica (Agehi), Tomás " +
        "Villeda Paz. «Nadie debe acercarse al cauce», insistió el titular de Agehi.",
    ],
    expected: [
      ["Las presas aguantan", "Tomás Villeda Paz"],
      ["Nadie debe acercarse al cauce", "Tomás Villeda Paz"],
    ],
  },
  {
    construction:
      "negativo: «…», dijo el titular del X: una sigla nunca escrita entera queda como se escribe",
    paragraphs: ["La reunión terminó sin acuerdo. «No hay fondos», dijo el titular del Inde."],
    expected: [["No hay fondos", "el titular del Inde"]],
  },
  {
    construction:
      "la empresa X, luego «la empresa» en una subordinada, luego «precisó la empresa» cuatro párrafos " +
      "después del nombre: la descripción que designaba a la empresa la mantiene al alcance",
    paragraphs: [
      "La empresa Vireo anunció una pérdida de 90 millones de euros.",
      "Su presidente dijo que la empresa recortará costes.",
      "El precio del níquel cayó un tercio.",
      "Los analistas esperaban una pérdida menor.",
      "«Tenemos caja para tres años», precisó la empresa en un comunicado.",
    ],
    expected: [["Tenemos caja para tres años", "Vireo"]],
  },
  {
    construction:
      "la compañía X, luego «precisó la empresa» cuatro párrafos después, nada entre medias (negativo): " +
      "fuera de alcance, otro nombre que el que la presentó, la descripción queda como está escrita",
    paragraphs: [
      "La compañía Vireo anunció una pérdida de 90 millones de euros.",
      "Su presidente dijo que los costes bajarán.",
      "El precio del níquel cayó un tercio.",
      "Los analistas esperaban una pérdida menor.",
      "«Tenemos caja para tres años», precisó la empresa en un comunicado.",
    ],
    expected: [["Tenemos caja para tres años", "la empresa"]],
  },
  {
    construction:
      "la fundación Dar al-Kutub …, luego «la fundación sostiene»: la partícula unida por guion sigue " +
      "el nombre",
    paragraphs: [
      "La muestra llega de la mano de la fundación Dar al-Kutub. En un comunicado, la fundación sostiene " +
        "que los manuscritos son «un patrimonio de todos».",
    ],
    expected: [["un patrimonio de todos", "Dar al-Kutub"]],
  },
  {
    construction:
      "X Y, entomóloga en el Museo …, que no firmó …, califica … de «…»: a word the lexicon lacks before " +
      "a preposition, after the name's comma, opens a description of the person named, who speaks",
    paragraphs: [
      "Lucía Ferrer, entomóloga en el Museo Nacional de Ciencias Naturales, que no firmó el trabajo, " +
        "califica el hallazgo de «muy sólido».",
    ],
    expected: [["muy sólido", "Lucía Ferrer"]],
  },
  {
    construction:
      "El alcalde de X, candidato a la reelección, que …, prometió «…»: the office opening the sentence " +
      "speaks, not the apposition's complement",
    paragraphs: [
      "El alcalde de Sevilla, candidato a la reelección, que visitó la obra el martes, prometió " +
        "«plazos cumplidos».",
    ],
    expected: [["plazos cumplidos", "El alcalde de Sevilla"]],
  },
  {
    construction:
      "Los precios, advierte X Y, seguirán «…»: a verb and a name set off by commas inside the clause " +
      "are an incise, and the name speaks the fragment, not the clause's subject",
    paragraphs: ["Los precios, advierte Ramón Ortiz, seguirán «subiendo sin freno»."],
    expected: [["subiendo sin freno", "Ramón Ortiz"]],
  },
  {
    construction: "un grupo llama a una cosa el «…» (verbo, objeto, artículo): un término, no una cita",
    paragraphs: [
      "En la costa, los pescadores llaman a este viento el «hacedor de viudas», un nombre que según el " +
        "capitán del puerto se ha ganado.",
    ],
    expected: [],
  },
  {
    construction: "eran «…», como llaman en el oficio a los …: un término explicado, no una cita",
    paragraphs: [
      "Dos de los detenidos eran «mulas», como llaman en el oficio a los correos que transportan la droga.",
    ],
    expected: [],
  },
  {
    construction: "negativo: una «…», como él mismo la llamó: la palabra de alguien sigue siendo su cita",
    paragraphs: ["El alcalde, Juan Pérez, habló de una «traición», como él mismo la llamó ante el pleno."],
    expected: [["traición", "Juan Pérez"]],
  },
  {
    construction: "El lema de este año, «…», sonará: en aposición al sustantivo de un lema, no una cita",
    paragraphs: [
      "La campaña de vacunación comenzó el lunes, según explicó la directora, Ana Morales.",
      "El lema de este año, «Un gesto para todos, una vida salvada», también sonará en la radio.",
    ],
    expected: [],
  },
  {
    construction:
      "X Y, luego «…», contó el volante: un sustantivo que el léxico no conoce, con un artículo " +
      "que dice un género, describe al nombrado antes, cuyo nombre de pila ninguna lista conoce",
    paragraphs: [
      "Neftalí Rojas abrió el marcador con un zurdazo desde fuera del área. «Le pegué con el alma», contó " +
        "el volante al final del partido.",
    ],
    expected: [["Le pegué con el alma", "Neftalí Rojas"]],
  },
  {
    construction:
      "negativo: un lugar tras preposición, luego «…», contó el volante: nadie nombrado, la " +
      "descripción queda",
    paragraphs: [
      "En San Ramón el local abrió el marcador con un zurdazo desde fuera del área. «Le pegué " +
        "con el alma», contó el volante al final del partido.",
    ],
    expected: [["Le pegué con el alma", "el volante"]],
  },
  {
    construction:
      "negativo: «…», señala la sentencia tras un nombre sin cargo: un documento que el léxico " +
      "conoce no es persona",
    paragraphs: [
      "Osei Pryce perdió la apelación el martes. «El inquilino tuvo todas las oportunidades de pagar», " +
        "señala la sentencia.",
    ],
    expected: [["El inquilino tuvo todas las oportunidades de pagar", "la sentencia"]],
  },
  {
    construction:
      "sujeto de la nota nombrado, un párrafo sin nombres, luego «el acusado» y «dijo»: la descripción es " +
      "el nombrado",
    paragraphs: [
      "Durante tres años, Tomás Quiroga firmó escrituras sin tener título alguno.",
      "Según la acusación, cobró más de cuatro millones de pesos en honorarios.",
      "Ante el tribunal, el acusado reconoció los hechos. «Me daba vergüenza decir que había fracasado», " +
        "dijo.",
    ],
    expected: [["Me daba vergüenza decir que había fracasado", "Tomás Quiroga"]],
  },
  {
    construction:
      "dos goleadores, el último con un nombre de pila que ninguna lista conoce, luego «contó el " +
      "volante»: el último nombrado, no el anterior cuyo nombre dice el género",
    paragraphs: [
      "Al comienzo del segundo tiempo, Lucas Ferreyra descontó de cabeza.",
      "Poco después, Neftalí Rojas empató con un zurdazo. «Le pegué con el alma», contó el volante.",
    ],
    expected: [["Le pegué con el alma", "Neftalí Rojas"]],
  },
  {
    construction: "según un comunicado del Ministerio de …: habla el ministerio, con su nombre entero",
    paragraphs: [
      "La carretera estará reparada «antes de agosto», según un comunicado del Ministerio de Obras " +
        "Públicas.",
    ],
    expected: [["antes de agosto", "Ministerio de Obras Públicas"]],
  },
  {
    construction: "un nombre de organismo con «y» y tres palabras detrás: el nombre sigue tras la conjunción",
    paragraphs: [
      "«El agua potable llegará el lunes a las veredas», anunció la Secretaría de Agua y Saneamiento " +
        "Básico Rural.",
    ],
    expected: [
      ["El agua potable llegará el lunes a las veredas", "la Secretaría de Agua y Saneamiento Básico Rural"],
    ],
  },
  {
    construction: "negativo: un organismo y una persona con nombre de pila unidos por «y» quedan separados",
    paragraphs: ["«Fue un acuerdo justo», dijeron el Ministerio de Trabajo y Marta Ruiz Gil."],
    expected: [["Fue un acuerdo justo", "el Ministerio de Trabajo"]],
  },
  {
    construction: "según el estudio publicado en …: el participio y su complemento no son la descripción",
    paragraphs: [
      "Según el estudio publicado en la revista «Science», los corales «resisten mejor de lo esperado».",
    ],
    expected: [["resisten mejor de lo esperado", "el estudio"]],
  },
  {
    construction: "negativo: un participio sin complemento antes del verbo dice qué documento es",
    paragraphs: ["El reglamento aprobado establece que los bares cerrarán «a la una de la madrugada»."],
    expected: [["a la una de la madrugada", "El reglamento aprobado"]],
  },
  {
    construction: "«El documento» tras un estudio nombrado justo antes: el estudio habla",
    paragraphs: [
      "El estudio se presentó el lunes en Madrid. El documento concluye que los jóvenes leen «más que " +
        "hace diez años».",
    ],
    expected: [["más que hace diez años", "El estudio"]],
  },
  {
    construction: "negativo: «el documento» tras «su comunicado» (un posesivo) queda como está escrito",
    paragraphs: [
      "El banco publicó su comunicado el jueves. De acuerdo con el documento, la inflación «sigue bajando».",
    ],
    expected: [["sigue bajando", "el documento"]],
  },
  {
    construction: "X reivindicó un cine «…»: dos palabras tras un verbo de reivindicación, sus palabras",
    paragraphs: ["La directora Ana Ruiz reivindicó un cine «sin artificios» en la gala del sábado."],
    expected: [["sin artificios", "Ana Ruiz"]],
  },
  {
    construction: "X reprochó al Gobierno un presupuesto «…»: una palabra tras un verbo de reproche",
    paragraphs: ["La diputada Marta Gil reprochó al Gobierno un presupuesto «irreal»."],
    expected: [["irreal", "Marta Gil"]],
  },
  {
    construction: "negativo: la compañía reivindica el título de «Pase Libertad»: un nombre en mayúsculas",
    paragraphs: ["La compañía reivindica el título de «Pase Libertad» para su nueva oferta."],
    expected: [],
  },
  {
    construction:
      "«…», contó sin sujeto tras «La artista, que grabó … junto al pianista X, admitió»: " +
      "la relativa no es el sujeto",
    paragraphs: [
      "La cantante Lucía Prieto presentó el disco el viernes.",
      "La artista, que grabó el álbum junto al pianista Tomás Urrutia, admitió que fue un año difícil. " +
        "«Hubo semanas en que no escribí nada», contó.",
    ],
    expected: [["Hubo semanas en que no escribí nada", "Lucía Prieto"]],
  },
  {
    construction:
      "negativo: «La directora del museo, Ana Lobo, reconoció …» y «…», explicó: el nombre en aposición",
    paragraphs: [
      "El museo reabrió el lunes.",
      "La directora del museo, Ana Lobo, reconoció que las obras se alargaron. " +
        "«Fueron meses muy duros», explicó.",
    ],
    expected: [["Fueron meses muy duros", "Ana Lobo"]],
  },
  {
    construction:
      "negativo: «…», dijo X, luego una mujer por su nombre, y «…», añadió él: el nombre la descarta",
    paragraphs: [
      "«Estamos listos», dijo el entrenador Tomás Berri. La capitana Laura Gil entrenó sola el viernes. " +
        "«El equipo está en forma», añadió él.",
    ],
    expected: [
      ["Estamos listos", "Tomás Berri"],
      ["El equipo está en forma", "Tomás Berri"],
    ],
  },
  {
    construction: "la banda, autodenominada “…”: un nombre que se da un grupo, no una cita",
    paragraphs: [
      "La policía detuvo a seis personas de la banda, autodenominada “Los Halcones”, que estafaba a " +
        "jubilados.",
    ],
    expected: [],
  },
  {
    construction: "repetirá la jornada “…”: el nombre de una jornada, no una cita",
    paragraphs: [
      "El ayuntamiento repetirá en agosto la jornada “Playa sin plástico”, anunció la concejala Marta Gil.",
    ],
    expected: [],
  },
  {
    construction: "un cartel … advierte del “…”: las palabras de un cartel, no una cita",
    paragraphs: [
      "La playa sigue cerrada. Un cartel junto a la escalera advierte del “peligro de desprendimientos”.",
    ],
    expected: [],
  },
  {
    construction: "un apodo para …: “…”: un apodo tras los dos puntos, no una cita",
    paragraphs: ["Los vecinos ya tienen un apodo para la nueva torre: “el palillo”."],
    expected: [],
  },
  {
    construction:
      "Para X, la película “…”: el punto de vista da el predicado en minúscula tras el nombre de una obra",
    paragraphs: ["Para la directora Lucía Ferrer, la película “habla de todos los que se fueron”."],
    expected: [["habla de todos los que se fueron", "Lucía Ferrer"]],
  },
  {
    construction: "“…” pasó por …, donde X subrayó “…”: el título y la cita que introduce el verbo",
    paragraphs: [
      "La película “Tierra seca” se estrena el jueves en Sevilla.",
      "Antes, “Tierra seca” pasó por el Festival de Málaga, donde la presidenta del jurado, Elena " +
        "Ríos, subrayó “la mirada paciente de la cámara”.",
    ],
    expected: [["la mirada paciente de la cámara", "Elena Ríos"]],
  },
  {
    construction:
      "X dijo que la obra fue “…” (negativo): una cita parcial de una palabra tras un verbo de habla",
    paragraphs: ["La alcaldesa Rosa Méndez dijo que la obra fue “necesaria”."],
    expected: [["necesaria", "Rosa Méndez"]],
  },
  {
    construction:
      "Una cajera, que …, recogía …, luego «…», dijo ella: an unnamed person just introduced as the " +
      "subject is whom the pronoun means, not the woman quoted before",
    paragraphs: [
      "La sindicalista Marta Gil habló de «un día negro». Una cajera, que trabaja en la tienda desde hace " +
        "doce años, recogía sus cosas. «No sé qué voy a hacer», dijo ella.",
    ],
    expected: [
      ["un día negro", "Marta Gil"],
      ["No sé qué voy a hacer", "Una cajera"],
    ],
  },
  {
    construction:
      "Un jubilado de 71 años, que …, miraba …, luego «…», dijo él: an unnamed person with an age, just " +
      "introduced as the subject, is whom the pronoun means",
    paragraphs: [
      "El alcalde Pablo Roda defendió el proyecto. «La obra avanza», dijo.",
      "Un jubilado de 71 años, que vive en el barrio desde siempre, miraba las grúas. «Ya no reconozco mi " +
        "calle», dijo él.",
    ],
    expected: [
      ["La obra avanza", "Pablo Roda"],
      ["Ya no reconozco mi calle", "Un jubilado de 71 años"],
    ],
  },
  {
    construction:
      "negative: X visitó la obra con un obrero, «…», dijo: an unnamed person in passing is not who speaks",
    paragraphs: ["El alcalde Pablo Roda visitó la obra con un obrero. «Vamos según lo previsto», dijo."],
    expected: [["Vamos según lo previsto", "Pablo Roda"]],
  },
  {
    construction:
      "«El informe técnico»: un documento con un adjetivo que también es oficio no es una persona",
    paragraphs: [
      "Habrá más autobuses en las líneas de Sant Josep y Santa Gertrudis.",
      "El informe técnico que acompaña al plan advierte de que la red viaria «está saturada en verano».",
    ],
    expected: [["está saturada en verano", "El informe técnico"]],
  },
  {
    construction: "negativo: «El autor del informe» es una persona y sigue siendo la nombrada antes",
    paragraphs: [
      "Pedro Gil Mas firmó el estudio con otros dos ingenieros.",
      "El autor del informe advierte de que la red viaria «está saturada en verano».",
    ],
    expected: [["está saturada en verano", "Pedro Gil Mas"]],
  },
  {
    construction: "Una vecina de X cuyo hijo …: la relativa con «cuyo» no es parte de la descripción",
    paragraphs: [
      "Una vecina de Triana cuyo hijo fue hospitalizado dijo que tuvo miedo. «Pasamos mucho miedo», contó.",
    ],
    expected: [["Pasamos mucho miedo", "Una vecina de Triana"]],
  },
  {
    construction: "Un estudiante de X llegado de Y dijo: el participio que dice de dónde llega se deja fuera",
    paragraphs: ["Un estudiante de arquitectura llegado de Maracaibo dijo: «Nunca había visto algo así.»"],
    expected: [["Nunca había visto algo así.", "Un estudiante de arquitectura"]],
  },
  {
    construction: "negativo: Un abogado de Madrid dijo: sin participio, la descripción sigue entera",
    paragraphs: ["Un abogado de Madrid dijo: «Es ilegal.»"],
    expected: [["Es ilegal.", "Un abogado de Madrid"]],
  },
  {
    construction:
      "la analista de la consultora X Nombre Apellido, de un nombre que solo la lista ampliada conoce",
    paragraphs: [
      "«La inflación no cederá antes del verano», advirtió la economista de la consultora Ecolatina " +
        "Ainara Quispe.",
    ],
    expected: [["La inflación no cederá antes del verano", "Ainara Quispe"]],
  },
  {
    construction: "la costurera tras una mujer nombrada sin cargo (Ainara Quispe)",
    paragraphs: [
      "El taller de Ainara Quispe quedó bajo el agua tras la tormenta.",
      "«Lo perdimos todo en una noche», relató la costurera.",
    ],
    expected: [["Lo perdimos todo en una noche", "Ainara Quispe"]],
  },
  {
    construction: "negativo: el economista no es la mujer que dirige la consultora (Ainara Quispe)",
    paragraphs: [
      "La consultora Ecolatina, que dirige Ainara Quispe, publicó su informe.",
      "«La inflación no cederá antes del verano», advirtió el economista.",
    ],
    expected: [["La inflación no cederá antes del verano", "el economista"]],
  },
  {
    construction:
      "«…», aseguró el portavoz tras un pie de foto que nombra un buque: un pie de foto no es el texto",
    paragraphs: [
      "El Ministerio de Defensa publicó imágenes de las maniobras navales.",
      ["caption", "El buque escuela Juan Sebastián Elcano, durante las maniobras (EFE)"],
      "«No hay ningún riesgo para la población», aseguró el portavoz a la prensa.",
    ],
    expected: [["No hay ningún riesgo para la población", "el portavoz"]],
  },
  {
    construction: "negativo: el alcalde nombrado en el texto antes de un pie de foto sigue siendo el alcalde",
    paragraphs: [
      "El alcalde de Vigo, Abel Caballero, visitó el puerto el lunes.",
      ["caption", "Vista del puerto de Vigo (EFE)"],
      "«Es una obra necesaria», aseguró el alcalde.",
    ],
    expected: [["Es una obra necesaria", "Abel Caballero"]],
  },
  {
    construction:
      "El ministro de X básica, media y superior, Nombre Apellido, …; luego «El ministro dijo:»: los " +
      "calificativos coordinados del cargo no cortan la descripción",
    paragraphs: [
      "El ministro de Educación básica, media y técnica, Gustavo Ibarra Solís, publicó el calendario.",
      "El ministro dijo: «Las clases empiezan el 3 de marzo.»",
    ],
    expected: [["Las clases empiezan el 3 de marzo.", "Gustavo Ibarra Solís"]],
  },
  {
    construction:
      "«La ejecutiva» tras «su presidenta ejecutiva, Nombre»: el sustantivo de quien dirige una " +
      "empresa remite a la persona nombrada, sea cual sea su cargo",
    paragraphs: [
      "«Vamos a abrir 30 tiendas», afirmó la gerenta general de la cadena, Mónica Salazar Vega.",
      "La ejecutiva explicó que la empresa «ya tiene cerrados los primeros contratos».",
      "«No habrá despidos», dijo el director ejecutivo de Ferrovial, Ignacio Madridejos.",
      "El ejecutivo añadió: «Crecemos con prudencia».",
    ],
    expected: [
      ["Vamos a abrir 30 tiendas", "Mónica Salazar Vega"],
      ["ya tiene cerrados los primeros contratos", "Mónica Salazar Vega"],
      ["No habrá despidos", "Ignacio Madridejos"],
      ["Crecemos con prudencia", "Ignacio Madridejos"],
    ],
  },
  {
    construction:
      "«la almeriense», «el argentino»: un gentilicio como descripción remite a la persona nombrada; " +
      "dentro del nombre de un organismo («la Sociedad Argentina de Pediatría») no es un gentilicio",
    paragraphs: [
      "La muestra reúne 50 fotografías de Carmen Ortiz Navarro, tomadas en los pueblos de la sierra.",
      "La almeriense, de 58 años, recordó que muchos vecinos «nunca habían posado para nadie».",
      "«Es el partido de mi vida», dijo Lucas Ferreyra tras el entrenamiento. El argentino añadió " +
        "que el equipo «está más unido que nunca».",
      "La Sociedad Argentina de Pediatría advirtió que los casos «siguen en aumento».",
    ],
    expected: [
      ["nunca habían posado para nadie", "Carmen Ortiz Navarro"],
      ["Es el partido de mi vida", "Lucas Ferreyra"],
      ["está más unido que nunca", "Lucas Ferreyra"],
      ["siguen en aumento", "La Sociedad Argentina de Pediatría"],
    ],
  },
  {
    construction:
      "«en el espacio Doña Nombre», «Parque Natural X»: un lugar nombrado por alguien, con su " +
      "tratamiento, o que abre con su sustantivo en mayúscula, no es quien habla",
    paragraphs: [
      "El ayuntamiento inauguró en el espacio Doña Rosita una muestra de Elena Pardo Gil sobre el " +
        "Parque Natural Sierra de Cazorla.",
      "«Quería mostrar lo que se pierde», explicó la autora.",
    ],
    expected: [["Quería mostrar lo que se pierde", "Elena Pardo Gil"]],
  },
  {
    construction:
      "«La autoridad explicó», «afirmó la autoridad municipal»: tras un cargo nombrado, el sustantivo " +
      "de quien ejerce un cargo público remite a esa persona, aunque su género gramatical sea otro; " +
      "tras un organismo («la CNMC»), al organismo",
    paragraphs: [
      "«Cerraremos el paso», anunció el delegado provincial de Obras Públicas, Ramiro Tapia Sosa.",
      "La autoridad explicó que el corte durará dos días. «No hay otra opción», aseguró.",
      "El intendente de Rosario, Pablo Javkin, dijo que el municipio apelará. «Iremos hasta el final», " +
        "afirmó la autoridad municipal.",
    ],
    expected: [
      ["Cerraremos el paso", "Ramiro Tapia Sosa"],
      ["No hay otra opción", "Ramiro Tapia Sosa"],
      ["Iremos hasta el final", "Pablo Javkin"],
    ],
  },
  {
    construction:
      "Un guarda del parque con treinta años de servicio lo resume así: «…»: the «con» complement " +
      "describes the person, who speaks; the years are no speaker",
    paragraphs: [
      "La laguna de Santa Olalla se secó en agosto.",
      "Un guarda del parque con treinta años de servicio lo resume así: «Nunca la había visto así».",
    ],
    expected: [["Nunca la había visto así", "Un guarda del parque"]],
  },
  {
    construction:
      "La Conselleria indicó, cinco párrafos después de la Conselleria de Sanidad: el nombre del organismo " +
      "en mayúscula, solo, es el organismo de ese nombre citado antes, aunque lejos",
    paragraphs: [
      "La Conselleria de Sanidad confirmó ayer once casos de legionelosis.",
      "Los vecinos siguen preocupados.",
      "El alcalde visitó la zona.",
      "Los colegios siguen abiertos.",
      "Varios comercios cerraron antes.",
      "La Conselleria indicó en un comunicado que los análisis «confirman la presencia de la bacteria».",
    ],
    expected: [["confirman la presencia de la bacteria", "La Conselleria de Sanidad"]],
  },
  {
    construction:
      "un vecino que … en marzo comentó: «…» tras otra persona citada: la preposición y el adverbio de " +
      "tiempo entre el sujeto y el verbo no lo ocultan",
    paragraphs: [
      "«Ya nadie salía de noche», reconoció el alcalde de Lampa, Tomás Rivas Ortega. En la población Los " +
        "Aromos, un vecino que perdió su auto en marzo comentó: «Por fin vamos a poder dormir».",
      "Una comerciante que abrió su local desde ayer dijo: «Esperamos que no vuelvan».",
      "El concejal de siempre, Mario Pinto, también habló con la prensa. «Hay que seguir», dijo Pinto.",
    ],
    expected: [
      ["Ya nadie salía de noche", "Tomás Rivas Ortega"],
      ["Por fin vamos a poder dormir", "un vecino"],
      ["Esperamos que no vuelvan", "Una comerciante"],
      ["Hay que seguir", "Mario Pinto"],
    ],
  },
  {
    construction:
      "titular «los productores advierten: “…”» con las mismas palabras dichas en el cuerpo por una " +
      "persona: " +
      "hablan por su boca, la entrada es suya; un fragmento de una cita más larga sigue siendo del titular",
    paragraphs: [
      ["headline", "Cae la cosecha de aceituna y los productores advierten: “Así no salen las cuentas”"],
      "Marta Ruiz Ortega, presidenta de la cooperativa San Isidro, fue clara: “Así no salen las cuentas”.",
    ],
    expected: [["Así no salen las cuentas", "Marta Ruiz Ortega"]],
  },
  {
    construction:
      "«…, según X.» cerrando la frase y luego una cita sin verbo: X habló, la cita es suya y no del que " +
      "habló antes",
    paragraphs: [
      "El entrenador Gustavo Ferrero habló tras el partido. «Fue un mal día», dijo.",
      "El capitán Sebastián Gómez pidió revisar un penalti. «Era clarísimo», añadió Gómez.",
      "El equipo necesita cambios urgentes, según Ferrero. «Hay que trabajar más.»",
    ],
    expected: [
      ["Fue un mal día", "Gustavo Ferrero"],
      ["Era clarísimo", "Sebastián Gómez"],
      ["Hay que trabajar más.", "Gustavo Ferrero"],
    ],
  },
  {
    construction:
      "La Consejería de Educación, Cultura, Deportes y Juventud informó: el complemento del nombre de " +
      "un organismo enumera sus áreas con comas, por largo que sea, y sigue siendo un solo nombre",
    paragraphs: [
      "La Consejería de Educación, Cultura, Deportes y Juventud informó que el curso será «normal».",
      "El Ministerio de Agricultura, Pesca, Alimentación y Medio Ambiente afirmó que la campaña será " +
        "«excepcional».",
    ],
    expected: [
      ["normal", "La Consejería de Educación, Cultura, Deportes y Juventud"],
      ["excepcional", "El Ministerio de Agricultura, Pesca, Alimentación y Medio Ambiente"],
    ],
  },
  {
    construction:
      "«la capitana la definió como «…»»: tras un nombre o un sustantivo de persona, «la»/«las» es el " +
      "pronombre objeto del verbo de ese sujeto, no un artículo; un nombre tras preposición no cambia nada",
    paragraphs: [
      "La base Irene Marín Lacasa anotó los tiros libres ante la capitana, Marta Aznar Bielsa. «Me " +
        "temblaban las piernas», confesó Marín, mientras que la capitana la definió como «una jugadora " +
        "que no tiene miedo a nada».",
      "La jueza Ana López habló tras la vista. «No hay pruebas», dijo López. El fiscal Pedro Ruiz las " +
        "calificó de «pruebas más que suficientes».",
      "Tras la reunión con Pedro Ruiz la pregunta seguía abierta. «Nadie sabe qué pasará», dijo la " +
        "concejala Ana López.",
    ],
    expected: [
      ["Me temblaban las piernas", "Irene Marín Lacasa"],
      ["una jugadora que no tiene miedo a nada", "Marta Aznar Bielsa"],
      ["No hay pruebas", "Ana López"],
      ["pruebas más que suficientes", "Pedro Ruiz"],
      ["Nadie sabe qué pasará", "Ana López"],
    ],
  },
  {
    construction:
      "«El uniformado agregó que … “…”» tras «…, detalló el jefe de la unidad, coronel X»: el sujeto de " +
      "un verbo " +
      "cuya subordinada lleva la cita se lee como quien la dice, una descripción de quien se nombró antes",
    paragraphs: [
      '"Actuaban de noche y siempre armados", detalló el jefe de la Brigada Sur, coronel Mario Ibarra Soto.',
      'El uniformado agregó que los detenidos "cambiaban de vehículo cada semana" y que tenían un taller.',
    ],
    expected: [
      ["Actuaban de noche y siempre armados", "Mario Ibarra Soto"],
      ["cambiaban de vehículo cada semana", "Mario Ibarra Soto"],
    ],
  },
  {
    construction:
      "«La juzgadora añadió que … “…”» en la misma frase que sigue a «dijo la jueza X»: la jueza, no el " +
      "acusado " +
      "que la subordinada nombra",
    paragraphs: [
      "“Los hechos están probados”, dijo la jueza Lucía Herrera Campos al leer el fallo. La juzgadora " +
        "añadió que Ortiz usó “el dinero público como propio” durante años.",
    ],
    expected: [
      ["Los hechos están probados", "Lucía Herrera Campos"],
      ["el dinero público como propio", "Lucía Herrera Campos"],
    ],
  },
  {
    construction:
      "«El oficial agregó que … “…”» tras «explicó el comandante de la Policía, general X»: el general " +
      "es un " +
      "oficial (officeKinds)",
    paragraphs: [
      '"La banda vigilaba los cajeros", explicó el comandante de la Policía Metropolitana, general Raúl ' +
        "Ortega Díaz.",
      'El oficial agregó que uno de los asaltos "dejó dos heridos" en el centro.',
    ],
    expected: [
      ["La banda vigilaba los cajeros", "Raúl Ortega Díaz"],
      ["dejó dos heridos", "Raúl Ortega Díaz"],
    ],
  },
  {
    construction:
      "«El panadero reconoce que … «…»» un párrafo después de «X, de 70 años, …»: un oficio que el " +
      "léxico no " +
      "tiene, sujeto de la cita, es quien se nombró antes",
    paragraphs: [
      "Tomás Gil Peña, de 70 años, reabrió el horno que fundó su padre.",
      "El panadero reconoce que el barrio «ya no compra como antes».",
    ],
    expected: [["ya no compra como antes", "Tomás Gil Peña"]],
  },
  {
    construction:
      "negativo: «El club confirmó en un comunicado que X sufre «…»» tras un técnico nombrado: el club " +
      "(organisationNouns) habla, no el técnico",
    paragraphs: [
      "«Jugamos bien», dijo el técnico Andrés Molina.",
      "El club confirmó en un comunicado que el lateral Iker Sanz sufre «una rotura de fibras».",
    ],
    expected: [
      ["Jugamos bien", "Andrés Molina"],
      ["una rotura de fibras", "El club"],
    ],
  },
  {
    construction:
      "negativo: «La constructora explicó que las obras «…»» tras una persona nombrada: una empresa por su " +
      "oficio (organisationNouns) sigue siendo ella, no la persona",
    paragraphs: [
      "Marta Vidal Roca, de 45 años, vive junto a la obra.",
      "La constructora explicó que los trabajos «terminarán en marzo».",
    ],
    expected: [["terminarán en marzo", "La constructora"]],
  },
  {
    construction:
      "«El veterano panadero admite, eso sí, que … «…»»: unas pocas palabras entre comas entre el verbo " +
      "y su " +
      "«que» no cierran la subordinada; quien habla es el sujeto, quien se nombró antes",
    paragraphs: [
      "Tomás Gil Peña, de 70 años, reabrió el horno que fundó su padre. El veterano panadero admite, eso " +
        "sí, que el barrio «ya no compra como antes».",
    ],
    expected: [["ya no compra como antes", "Tomás Gil Peña"]],
  },
  {
    construction:
      "«el primero … el segundo», «dijo la primera»: el ordinal cuenta a los nombrados juntos antes, en su " +
      "orden",
    paragraphs: [
      "El alcalde Tomás Reyes se reunió con el gobernador Luis Adame. El primero calificó la reunión de " +
        "«muy útil». El segundo fue más tajante: «Estamos lejos.»",
      "La consejera Ana Gil y la alcaldesa Rosa Pardo visitaron la obra. «Llegamos a tiempo», dijo la " +
        "primera. La segunda pidió «más fondos».",
    ],
    expected: [
      ["muy útil", "Tomás Reyes"],
      ["Estamos lejos.", "Luis Adame"],
      ["Llegamos a tiempo", "Ana Gil"],
      ["más fondos", "Rosa Pardo"],
    ],
  },
  {
    construction:
      "«…», relata el primero: el ordinal que el léxico escribe con un adverbio (primero) tras el verbo, " +
      "la pareja nombrada una frase cada uno; «dijo el martes el alcalde» sigue siendo una fecha",
    paragraphs: [
      "Juan Pérez, de 58 años, perdió cuatro novillas. Su vecino Marcos Gil sufrió el robo de un toro. " +
        "«Encontrábamos los cadáveres por la mañana», relata el primero.",
      "El alcalde Tomás Reyes recibió al concejal Luis Adame. «Todo llegó tarde», dijo el martes el " +
        "alcalde.",
    ],
    expected: [
      ["Encontrábamos los cadáveres por la mañana", "Juan Pérez"],
      ["Todo llegó tarde", "Tomás Reyes"],
    ],
  },
  {
    construction:
      "«El veterano marinero pide … «…»» tras «El patrón mayor de la cofradía, X»: un oficio (marinero) " +
      "que no es un cargo se refiere a quien se acaba de nombrar",
    paragraphs: [
      "El patrón mayor de la cofradía de Bueu, Ramón Lemos Gil, sale cada noche a faenar. El veterano " +
        "marinero pide a la Xunta «más ciencia y menos papeles».",
    ],
    expected: [["más ciencia y menos papeles", "Ramón Lemos Gil"]],
  },
  {
    construction:
      "entradilla «“…”, advierte pediatra del hospital» y las mismas palabras en el cuerpo, dichas por " +
      "quien se nombra: es ella",
    paragraphs: [
      ["headline", "Crecen las picaduras de alacrán en Morelos"],
      ["standfirst", "“Cada minuto cuenta”, advierte pediatra del Hospital General"],
      "La jefa de Urgencias del Hospital General, Lucía Campos Ruiz, atiende a diez niños por semana. " +
        "“Cada minuto cuenta. Hay que llegar pronto”, advirtió la especialista.",
    ],
    expected: [
      ["Cada minuto cuenta", "Lucía Campos Ruiz"],
      ["Cada minuto cuenta. Hay que llegar pronto", "Lucía Campos Ruiz"],
    ],
  },
  {
    construction:
      "negativo: entradilla «“…”, advierte un pediatra» y otras palabras en el cuerpo de una persona " +
      "nombrada: la entradilla sigue siendo del pediatra",
    paragraphs: [
      ["headline", "Crecen las picaduras de alacrán en Morelos"],
      ["standfirst", "“Cada minuto cuenta”, advierte un pediatra"],
      "La jefa de Urgencias del Hospital General, Lucía Campos Ruiz, atiende a diez niños por semana. " +
        "“Hay que llegar pronto al hospital”, advirtió la especialista.",
    ],
    expected: [
      ["Cada minuto cuenta", "un pediatra"],
      ["Hay que llegar pronto al hospital", "Lucía Campos Ruiz"],
    ],
  },
  {
    construction:
      "entradilla «“…”, dijo el exfuncionario» y el cuerpo «a Orlando Salcedo, exfuncionario de …»: " +
      "habla el nombrado",
    paragraphs: [
      ["standfirst", "“Me dejé llevar por la ambición”, dijo el exfuncionario ante la jueza."],
      "Una jueza condenó el martes a Orlando Salcedo Briceño, exfuncionario de Finanzas, por lavar dinero.",
    ],
    expected: [["Me dejé llevar por la ambición", "Orlando Salcedo Briceño"]],
  },
  {
    construction: "entradilla «“…”, dijo un exfuncionario» y el cuerpo «el exfuncionario Orlando Salcedo»",
    paragraphs: [
      ["standfirst", "“Me dejé llevar por la ambición”, dijo un exfuncionario ante la jueza."],
      "Una jueza condenó el martes al exfuncionario Orlando Salcedo Briceño por lavar dinero.",
    ],
    expected: [["Me dejé llevar por la ambición", "Orlando Salcedo Briceño"]],
  },
  {
    construction:
      "negativo: entradilla «“…”, dijo un exfuncionario» y dos exfuncionarios nombrados en el cuerpo",
    paragraphs: [
      ["standfirst", "“Me dejé llevar por la ambición”, dijo un exfuncionario ante la jueza."],
      "La jueza condenó a Orlando Salcedo, exfuncionario de Finanzas, y a Luis Prieto, exfuncionario de " +
        "Energía.",
    ],
    expected: [["Me dejé llevar por la ambición", "un exfuncionario"]],
  },
  {
    construction:
      "«El presidente de la Asociación de Vecinos de la Zona Norte, Ana Pérez Gil, exigió «…»»: el oficio " +
      "de personas que rige la partícula tras el nombre de la entidad (Asociación de Usuarios, de " +
      "Vecinos) es de sus socios, no un título; el nombre sigue hasta la coma",
    paragraphs: [
      "La presidenta de la Asociación de Vecinos de la Zona Norte, Ana Pérez Gil, exigió «reglas claras».",
      "El presidente de la Asociación de Usuarios de la Zona Libre, Abdul Karim Hassan Pitty, pidió " +
        "«menos trámites».",
    ],
    expected: [
      ["reglas claras", "Ana Pérez Gil"],
      ["menos trámites", "Abdul Karim Hassan Pitty"],
    ],
  },
  {
    construction:
      "«la Asociación de Mototaxistas Señor de los Milagros, X, pidió»: un tratamiento seguido de " +
      "partícula dentro del nombre de una entidad nombra al santo o la imagen, no a una persona; " +
      "negativo: «la señora de la Fuente» sigue siendo una persona",
    paragraphs: [
      "El presidente de la Asociación de Mototaxistas Señor de los Milagros, Wilber Chumpitaz Lázaro, " +
        "pidió más patrullaje: «Nosotros salimos a trabajar, no a morir».",
      "«No vimos nada», dijo la señora de la Fuente.",
    ],
    expected: [
      ["Nosotros salimos a trabajar, no a morir", "Wilber Chumpitaz Lázaro"],
      ["No vimos nada", "la señora de la Fuente"],
    ],
  },
  {
    construction:
      "«el biólogo de la Universidad Michoacana de San Nicolás de Hidalgo Gerardo Maldonado Ceja», «el " +
      "concejal de San Pedro de la Paz Jaime Ulloa Rivas»: un nombre de pila dentro del nombre de la " +
      "entidad o del lugar no abre el de la persona; el que sigue a la partícula y a otra palabra sí; " +
      "negativo: «María del Carmen Ruiz Soto» es un solo nombre",
    paragraphs: [
      "«Es una señal de alivio», advirtió el biólogo de la Universidad Michoacana de San Nicolás de " +
        "Hidalgo Gerardo Maldonado Ceja.",
      "Escuchó el veredicto junto al concejal de San Pedro de la Paz Jaime Ulloa Rivas. Ulloa pidió " +
        "«fiscalizar de verdad».",
      "«Seguiremos», dijo la portavoz del Frente Amplio María del Carmen Ruiz Soto.",
    ],
    expected: [
      ["Es una señal de alivio", "Gerardo Maldonado Ceja"],
      ["fiscalizar de verdad", "Jaime Ulloa Rivas"],
      ["Seguiremos", "María del Carmen Ruiz Soto"],
    ],
  },
  {
    construction:
      "«El biólogo marino de la Universidad de Los Lagos Pablo Andrés Gallardo lo planteó así: «…»», «la " +
      "concejala popular de San Pedro de la Paz Ana Ruiz»: un adjetivo entre el cargo y su complemento " +
      "lo califica, y el nombre de pila tras la entidad o el lugar abre el de su titular; negativo: «el " +
      "ministro habló de la Universidad de Chile» no nombra a nadie tras la entidad",
    paragraphs: [
      "La dirigenta Rosa Paillamanque exigió «una consulta indígena».",
      "El biólogo marino de la Universidad de Los Lagos Pablo Andrés Gallardo lo planteó así: «Cada " +
        "fuga es un experimento».",
      "La investigadora principal del Instituto de Los Andes Marta Ríos Soto lo resumió: «Falta agua».",
      "La concejala popular de San Pedro de la Paz Ana Ruiz Lagos replicó: «No es verdad».",
      "El ministro habló de la Universidad de Chile y dijo: «Habrá fondos».",
    ],
    expected: [
      ["una consulta indígena", "Rosa Paillamanque"],
      ["Cada fuga es un experimento", "Pablo Andrés Gallardo"],
      ["Falta agua", "Marta Ríos Soto"],
      ["No es verdad", "Ana Ruiz Lagos"],
      ["Habrá fondos", "El ministro"],
    ],
  },
  {
    construction:
      "«Según el informe de la Policía Local incorporado al expediente, … «…»»: el participio tras el " +
      "complemento que nombra al autor del documento abre una cláusula; el documento es el que habla",
    paragraphs: [
      "Según el informe de la Policía Local incorporado al expediente, la muralla registra «una " +
        "ocupación del 140 %».",
      "Según el estudio de la universidad publicado ayer, el barrio tiene «demasiados coches».",
    ],
    expected: [
      ["una ocupación del 140 %", "el informe de la Policía Local"],
      ["demasiados coches", "el estudio de la universidad"],
    ],
  },
  {
    construction:
      "«La certificación aprobada establece que … «…»», «El informe de monitoreo atribuye la recuperación " +
      "a «…»»: una certificación es un documento, y un documento que atribuye algo lo dice",
    paragraphs: [
      "La certificación aprobada establece que los estudiantes «no verán afectado su costo neto».",
      "El biólogo Juan Pérez Gil habló ayer. El informe de monitoreo atribuye la recuperación a " +
        "«condiciones climáticas favorables».",
    ],
    expected: [
      ["no verán afectado su costo neto", "La certificación aprobada"],
      ["condiciones climáticas favorables", "El informe de monitoreo"],
    ],
  },
  {
    construction:
      "«El vicepresidente primero y diputado de Cultura, X,» y luego «prometió el diputado de Toro»: dos " +
      "cargos unidos por «y» son de una persona, y la descripción que nombra uno de ellos la retoma",
    paragraphs: [
      "El vicepresidente primero y diputado de Cultura, Emilio Fernández Ramos, defendió el plan. «No " +
        "vamos a dejar que se apague ni una chimenea», prometió el diputado de Toro.",
    ],
    expected: [["No vamos a dejar que se apague ni una chimenea", "Emilio Fernández Ramos"]],
  },
  {
    construction:
      "«El vicepresidente de la Diputación, X,» y luego «prometió el diputado de Toro»: otro cargo, otra " +
      "persona (negativo)",
    paragraphs: [
      "El vicepresidente de la Diputación, Emilio Fernández Ramos, defendió el plan. «No vamos a dejar " +
        "que se apague ni una chimenea», prometió el diputado de Toro.",
    ],
    expected: [["No vamos a dejar que se apague ni una chimenea", "el diputado de Toro"]],
  },
  {
    construction:
      "«Esta última no se inmutó. «…», respondió»: el pronombre que abre la frase sin cita es el sujeto " +
      "que el verbo sin sujeto retoma, no la primera nombrada",
    paragraphs: [
      "La concejala Marta Gil preguntó a la alcaldesa, Ana Roda, por el retraso de las obras. Esta " +
        "última no se inmutó. «Antes del verano, como estaba previsto», respondió.",
    ],
    expected: [["Antes del verano, como estaba previsto", "Ana Roda"]],
  },
  {
    construction:
      "«La Fiscalía pide «…»» en la entradilla: el nombre corto es el del organismo que el texto nombra",
    paragraphs: [
      ["standfirst", "La Fiscalía pide «prudencia» tras el hallazgo."],
      "La Fiscalía General del Estado de Jalisco confirmó el hallazgo el martes.",
    ],
    expected: [["prudencia", "La Fiscalía General del Estado de Jalisco"]],
  },
  {
    construction: "la Gerencia Regional de Salud …, luego «Según la Gerencia, «…»»: el nombre completo",
    paragraphs: [
      "La Gerencia Regional de Salud cerró el consultorio en agosto.",
      "Según la Gerencia, el cierre es «temporal y necesario».",
    ],
    expected: [["temporal y necesario", "la Gerencia Regional de Salud"]],
  },
  {
    construction: "dos Gerencias nombradas, luego «la Gerencia» (negativo): la nombrada en último lugar",
    paragraphs: [
      "La Gerencia Regional de Salud cerró el consultorio. La Gerencia de Servicios Sociales abrió otro.",
      "Según la Gerencia, el cambio es «temporal».",
    ],
    expected: [["temporal", "la Gerencia de Servicios Sociales"]],
  },
  {
    construction:
      "«respondió X» with a title's word as the first surname (`Beatriz Rey Feijóo`, `Ana Papa Ruiz`)",
    paragraphs: [
      "La concejala Beatriz Rey Feijóo le respondió desde su escaño: «La foto la hacen ustedes cada " +
        "vez que vienen».",
      "Su compañera Ana Papa Ruiz añadió: «No vamos a votar eso nunca más».",
    ],
    expected: [
      ["La foto la hacen ustedes cada vez que vienen", "Beatriz Rey Feijóo"],
      ["No vamos a votar eso nunca más", "Ana Papa Ruiz"],
    ],
  },
  {
    construction:
      "«El rey Felipe», «el papa Francisco»: a title before the given name stays a title (negativo)",
    paragraphs: ["El rey Felipe dijo en su mensaje: «España es un gran país y lo seguirá siendo»."],
    expected: [["España es un gran país y lo seguirá siendo", "Felipe"]],
  },
  {
    construction:
      "«en San Rafael Abajo de Desamparados», «en Santa Ana»: a saint's word before a given name opens a " +
      "place, no person, and «recalcó el oficial» is the comisionado",
    paragraphs: [
      "Dos jóvenes asaltaron la pulpería, en San Rafael Abajo de Desamparados, el pasado sábado.",
      "El comisionado Alonso Picado Ureña, jefe de la Fuerza Pública, aseguró que se reforzaron los " +
        "patrullajes. «La gente tiene que denunciar», recalcó el oficial.",
      "Otro robo se produjo en Santa Ana de Escazú. «Nadie vio nada», contó una vecina.",
    ],
    expected: [
      ["La gente tiene que denunciar", "Alonso Picado Ureña"],
      ["Nadie vio nada", "una vecina"],
    ],
  },
  {
    construction:
      "«Según el jefe de la Delegación del OIJ en Desamparados, X,»: the office's territory after its " +
      "body, then the holder in apposition",
    paragraphs: [
      "Según el jefe de la Delegación Regional del OIJ en Desamparados, Marvin Jiménez Araya, los " +
        "detenidos «tienen al menos otros cuatro asaltos» en la zona.",
      "Según el portavoz del sindicato en Madrid, Juan Pérez Soto, los trabajadores «no van a " +
        "aceptar ese acuerdo» por ahora.",
    ],
    expected: [
      ["tienen al menos otros cuatro asaltos", "Marvin Jiménez Araya"],
      ["no van a aceptar ese acuerdo", "Juan Pérez Soto"],
    ],
  },
  {
    construction: "«Según el director de la Policía en Madrid, los detenidos «…»»: no name after (negativo)",
    paragraphs: [
      "Según el director de la Policía en Madrid, los detenidos «no van a salir en libertad» pronto.",
    ],
    expected: [["no van a salir en libertad", "el director de la Policía"]],
  },
  {
    construction: "«el geofísico X … Según el académico, …»: an academic's noun for the scientist just named",
    paragraphs: [
      "«Lo que vemos es la corteza relajándose», explicó el geofísico Matías Sandoval Riquelme. Según el " +
        "académico, la playa «ganó unos 40 metros desde 2010».",
      "«Los datos son claros», dijo la geofísica Ana Soto. Para la académica, el riesgo es «muy bajo».",
    ],
    expected: [
      ["Lo que vemos es la corteza relajándose", "Matías Sandoval Riquelme"],
      ["ganó unos 40 metros desde 2010", "Matías Sandoval Riquelme"],
      ["Los datos son claros", "Ana Soto"],
      ["muy bajo", "Ana Soto"],
    ],
  },
  {
    construction:
      "«…», dijo ante la jueza X: the name after the preposition's noun is whom they spoke to, the " +
      "speaker the subject before",
    paragraphs: [
      "Antes de conocer su pena, Salcedo, de 61 años, pidió la palabra. «Me dejé llevar por la " +
        "ambición», dijo con la voz quebrada ante la jueza Kathleen M. Ruiz.",
      "El acusado Pedro Gil habló al final. «Pido perdón a todos», declaró ante el juez Mario Díaz.",
    ],
    expected: [
      ["Me dejé llevar por la ambición", "Salcedo"],
      ["Pido perdón a todos", "Pedro Gil"],
    ],
  },
  {
    construction: "«…», dijo a la prensa el ministro X: the speaker after the addressee (negativo)",
    paragraphs: ["«No habrá recortes», dijo a la prensa el ministro Carlos Ruiz."],
    expected: [["No habrá recortes", "Carlos Ruiz"]],
  },
  {
    construction: "Un funcionario que pidió el anonimato dijo que … «…»: el objeto de la relativa no habla",
    paragraphs: [
      "Un funcionario de la Secretaría de Economía que pidió el anonimato dijo a REFORMA que las " +
        "pláticas están “prácticamente congeladas” hasta el año próximo.",
      "Una funcionaria del ministerio que solicitó el anonimato afirmó que la medida es «un error grave».",
    ],
    expected: [
      ["prácticamente congeladas", "Un funcionario de la Secretaría de Economía"],
      ["un error grave", "Una funcionaria del ministerio"],
    ],
  },
  {
    construction: "X dijo que un funcionario que pidió … calificó de «…» / aseguró que pidió «…» (negativos)",
    paragraphs: [
      "Juan Pérez dijo que un funcionario que pidió el anonimato calificó la medida de «un error grave».",
      "La ministra Ana Ruiz aseguró que pidió a la empresa una explicación «sin demora».",
    ],
    expected: [
      ["un error grave", "Juan Pérez"],
      ["sin demora", "Ana Ruiz"],
    ],
  },
  {
    construction:
      "«…», defendió desde la tribuna, sin sujeto: el verbo en singular habla por la persona nombrada " +
      "antes; la tribuna es donde estaba",
    paragraphs: [
      "El portavoz del Grupo Popular, Tomás Ferrer Alcaide, abrió el debate. «No se puede cerrar una " +
        "comarca con un decreto», defendió desde la tribuna.",
      "La consejera, Ana Beltrán Ruiz, respondió después. «Hay un plan», dijo desde el atril.",
    ],
    expected: [
      ["No se puede cerrar una comarca con un decreto", "Tomás Ferrer Alcaide"],
      ["Hay un plan", "Ana Beltrán Ruiz"],
    ],
  },
  {
    construction:
      "«…», proclamó desde la tribuna la consejera X: el sujeto tras el lugar; «…», señalan desde la " +
      "consejería (negativo): en plural, la fuente es la consejería",
    paragraphs: [
      "«Hoy cambia todo», proclamó desde la tribuna la consejera de Salud, Ana Beltrán Ruiz.",
      "El portavoz, Tomás Ferrer Alcaide, pidió la palabra. «El plan llega tarde», señalan desde la " +
        "consejería de Hacienda.",
    ],
    expected: [
      ["Hoy cambia todo", "Ana Beltrán Ruiz"],
      ["El plan llega tarde", "la consejería de Hacienda"],
    ],
  },
  {
    construction:
      "En conversación con Y, aseguró que «…», sin sujeto: la frase con preposición que abre la oración " +
      "no es el sujeto; habla la persona nombrada antes (con, tras, durante, una carta con relativo)",
    paragraphs: [
      "La poeta Mercedes Almonte Ureña recibió la noticia en su casa. En conversación con este diario, " +
        "aseguró que escribe «para los que nunca salen en los libros».",
      "El alcalde Pedro Ruiz Gil visitó la obra por la mañana. Tras la reunión con los vecinos, afirmó " +
        "que el puente estaba «en ruinas».",
      "La fotógrafa Carme Vidal Pazos nunca expuso en un museo. En una carta a su hermana, que se " +
        "muestra en una vitrina, escribía: «Dicen que lo mío no es arte».",
      "La jueza Lucía Prieto Sanz leyó el fallo. Durante la vista, con la voz quebrada, explicó que no " +
        "había «pruebas suficientes».",
    ],
    expected: [
      ["para los que nunca salen en los libros", "Mercedes Almonte Ureña"],
      ["en ruinas", "Pedro Ruiz Gil"],
      ["Dicen que lo mío no es arte", "Carme Vidal Pazos"],
      ["pruebas suficientes", "Lucía Prieto Sanz"],
    ],
  },
  {
    construction:
      "En conversación con Y, la ministra X dijo que «…»; Según el fiscal, X, … «…» (negativos): el " +
      "sujeto tras la coma, la fuente de «según»",
    paragraphs: [
      "En conversación con este diario, la ministra de Cultura, Elena Soto Paz, dijo que el premio " +
        "«salda una deuda».",
      "Según el fiscal del caso, Andrés Molina Rey, el acusado «mintió desde el primer día».",
    ],
    expected: [
      ["salda una deuda", "Elena Soto Paz"],
      ["mintió desde el primer día", "Andrés Molina Rey"],
    ],
  },
  {
    construction:
      "la Fiscalía federal para el Distrito X afirmó que «…»: un adjetivo tras el sustantivo del " +
      "organismo, antes de la preposición de su nombre",
    paragraphs: [
      "En un comunicado, la Fiscalía federal para el Distrito Norte de Texas afirmó que el fallo es " +
        "“ejemplar”.",
      "La Oficina regional para el Desarrollo Rural sostuvo que las ayudas llegarán «antes del verano».",
    ],
    expected: [
      ["ejemplar", "la Fiscalía federal para el Distrito Norte de Texas"],
      ["antes del verano", "La Oficina regional para el Desarrollo Rural"],
    ],
  },
  {
    construction:
      "el Consejo Regulador de la DOP X recordó que «…», la UGT Metal; el diputado del PP X (negativo): " +
      "una sigla tras el artículo abre el nombre del organismo",
    paragraphs: [
      "El Consejo Regulador de la DOP Idiazábal recordó que el queso es «un patrimonio».",
      "En su nota, la UGT Metal advierte de que el convenio es «papel mojado».",
      "El diputado del PP Juan Pérez dijo que era «un error».",
    ],
    expected: [
      ["un patrimonio", "El Consejo Regulador de la DOP Idiazábal"],
      ["papel mojado", "la UGT Metal"],
      ["un error", "Juan Pérez"],
    ],
  },
  {
    construction:
      "Un viticultor de X que … recibió la noticia con cautela: «…» (an unnamed subject, no speech verb)",
    paragraphs: [
      "El presidente de la cooperativa, Andrés Cabrera Ruiz, celebró el acuerdo con la bodega.",
      "Un viticultor de Masdache que vende su uva a la cooperativa recibió la noticia con cautela: «Ojalá " +
        "se note en el precio del kilo».",
      "La consejera Marta Ríos Ortega anunció nuevas ayudas para el puerto.",
      "Un marinero de la naviera con treinta años en la línea lo resumía a pie de muelle: «Con este " +
        "levante no cruza nadie».",
      "El alcalde Rubén Soto Vidal defendió la obra.",
      "Una vecina de Triana recibió el anuncio con escepticismo: «Llevamos diez años oyendo lo mismo».",
    ],
    expected: [
      ["Ojalá se note en el precio del kilo", "Un viticultor de Masdache"],
      ["Con este levante no cruza nadie", "Un marinero de la naviera"],
      ["Llevamos diez años oyendo lo mismo", "Una vecina de Triana"],
    ],
  },
  {
    construction:
      "En X, un vecino de la calle Y, que pidió no dar su nombre, se mostraba molesto: «…» (a setting, " +
      "then an unnamed subject whose relative clause between commas comes before its verb)",
    paragraphs: [
      "La concejala de Movilidad, Lucía Prieto Sanz, presentó el nuevo calendario de obras.",
      "A la salida del mercado, un pescadero de la plaza de Abastos, que pidió no ser identificado, se " +
        "mostraba molesto: «Nos enteramos de las obras por la radio».",
      "El alcalde Rubén Soto Vidal defendió la obra ante el pleno.",
      "En Triana, una vecina de la calle Pureza, que lleva treinta años en el barrio, lo tiene claro: " +
        "«Aquí el tráfico nunca ha sido un problema».",
      "El portavoz de la oposición criticó los plazos.",
      "En el pleno, el concejal Jaime Ortiz Lara, que votó en contra, fue tajante: «Es un parche».",
    ],
    expected: [
      ["Nos enteramos de las obras por la radio", "un pescadero de la plaza de Abastos"],
      ["Aquí el tráfico nunca ha sido un problema", "una vecina de la calle Pureza"],
      ["Es un parche", "Jaime Ortiz Lara"],
    ],
  },
  {
    construction:
      "una enfermera del hospital X Y esperaba desde las seis: «…», un recolector de algas: the name of " +
      "the place the description's noun names is not the subject, whose verb follows it",
    paragraphs: [
      "El gerente de la empresa de autobuses, Ignacio Mora Gil, descartó suspender el plan.",
      "En la parada de la avenida Goyeneche, una cocinera del hospital Carlos Monge esperaba desde las " +
        "seis: «Hoy llego tarde otra vez».",
      "El director regional, Tomás Rivas Peña, pidió calma a los usuarios.",
      "Un conserje del colegio San Fermín lo vio de otra manera: «Aquí nadie nos preguntó nada».",
      "La seremi Paula Ruiz Soto calificó el estudio de «alerta».",
      "En Cobija, una recolectora de algas que vive del mar lo ha notado: «Cada año hay menos».",
    ],
    expected: [
      ["Hoy llego tarde otra vez", "una cocinera del hospital Carlos Monge"],
      ["Aquí nadie nos preguntó nada", "Un conserje del colegio San Fermín"],
      ["alerta", "Paula Ruiz Soto"],
      ["Cada año hay menos", "una recolectora de algas"],
    ],
  },
  {
    construction:
      "X habló con un vecino de Triana: «…» (negative: an indefinite object, the named subject speaks)",
    paragraphs: [
      "El alcalde Rubén Soto Vidal habló con un vecino de Triana: «Tendrán el parque en primavera».",
    ],
    expected: [["Tendrán el parque en primavera", "Rubén Soto Vidal"]],
  },
  {
    construction:
      "«Entre ellas está la de X, madre de …» / «llegó a la familia de X, que …» / «alegró a X, de 38 " +
      "años,», luego «…», reconoce sin sujeto: habla la persona que la frase anterior presenta tras una " +
      "preposición, no el organismo nombrado antes",
    paragraphs: [
      "La Consejería de Educación ha confirmado que el aula de Infantil seguirá abierta el próximo curso.",
      "La noticia llegó el viernes. Entre ellas está la de Lucía Moreno Lafuente, madre de dos niños de " +
        "3 y 5 años, que se mudó al pueblo en 2022. «Si cerraban el aula, nos teníamos que ir», reconoce.",
      "El Ayuntamiento celebró la decisión en un pleno extraordinario.",
      "El anuncio llegó el viernes a la familia de Nerea Gil Sastre, que vive en la aldea desde 2019. " +
        "«Por fin podemos hacer planes», cuenta.",
      "La Diputación provincial aprobó el plan de caminos rurales el lunes.",
      "La decisión alegró a Hugo Prieto Sanz, de 38 años, ganadero de la comarca. «Era lo que " +
        "pedíamos», admitió.",
    ],
    expected: [
      ["Si cerraban el aula, nos teníamos que ir", "Lucía Moreno Lafuente"],
      ["Por fin podemos hacer planes", "Nerea Gil Sastre"],
      ["Era lo que pedíamos", "Hugo Prieto Sanz"],
    ],
  },
  {
    construction:
      "«Entre las familias está la de X, cuyo hijo Y, de 19 años, …», luego «…», dijo: habla la primera " +
      "persona presentada; la que nombra su descripción no",
    paragraphs: [
      "La Fiscalía del Estado identificó el martes a doce de las víctimas.",
      "Entre las familias que recibieron noticias está la de Rosa Elena Treviño, cuyo hijo Iván, de 19 " +
        "años, desapareció en 2022. «Ahora sí puedo enterrarlo», dijo.",
    ],
    expected: [["Ahora sí puedo enterrarlo", "Rosa Elena Treviño"]],
  },
  {
    construction:
      "negativos del verbo sin sujeto: un organismo sujeto de la frase anterior habla aunque presente a " +
      "una persona tras una preposición; de dos personas habla el sujeto, no el complemento; un lugar o " +
      "una escuela tras una preposición no es nadie",
    paragraphs: [
      "La Consejería de Sanidad comunicó el viernes el cierre del consultorio a la familia de Marta Ruiz " +
        "Pardo, que vive en la aldea. «No había médico disponible», explicó.",
      "La alcaldesa, Ana Gómez Vidal, visitó a Jorge Salas Rey, de 70 años, en su casa. «Le ayudaremos " +
        "con la mudanza», aseguró.",
      "El concejal Tomás Lago Ferrer habló con los vecinos. El autobús llegó por la tarde a Lucena del " +
        "Puerto, que celebró la noticia. «Es un primer paso», añadió.",
      "El director Iván Costa Gil recibió a las familias. La noticia llegó a la escuela Coral Way, que " +
        "abrió en 1990. «Hay plazas para todos», dijo.",
    ],
    expected: [
      ["No había médico disponible", "La Consejería de Sanidad"],
      ["Le ayudaremos con la mudanza", "Ana Gómez Vidal"],
      ["Es un primer paso", "Tomás Lago Ferrer"],
      ["Hay plazas para todos", "Iván Costa Gil"],
    ],
  },
  {
    construction:
      "El agente X mostró … «…», expuso ante el juez: «exponer» es verbo de habla y el sujeto de la frase " +
      "anterior habla, no el organismo que citó el párrafo antes",
    paragraphs: [
      "La Fiscalía Anticorrupción sostuvo que el exfuncionario autorizó pagos que «nunca se justificaron». " +
        "El agente del Ministerio Público, Luis Ortega Rey, mostró los contratos. «Las obras no existían», " +
        "expuso ante el juez.",
    ],
    expected: [
      ["nunca se justificaron", "La Fiscalía Anticorrupción"],
      ["Las obras no existían", "Luis Ortega Rey"],
    ],
  },
  {
    construction:
      "«Entre ellas está la de X, madre de …. Se mudó …. «…», reconoce»: la persona presentada tras una " +
      "preposición es la última mencionada, aunque la frase de antes no tenga sujeto escrito",
    paragraphs: [
      "La Consejería de Educación ha confirmado que el aula de Infantil seguirá abierta el próximo curso.",
      "La noticia llegó el viernes. Entre ellas está la de Lucía Moreno Lafuente, madre de dos niños. Se " +
        "mudó al pueblo en 2022. «Si cerraban el aula, nos teníamos que ir», reconoce.",
    ],
    expected: [["Si cerraban el aula, nos teníamos que ir", "Lucía Moreno Lafuente"]],
  },
  {
    construction:
      "según informó el X, que calificó … de «…»: the source's verb after según is no noun " +
      "(negatives: según and a noun, según and a verb before a comma)",
    paragraphs: [
      "Las rutas se cerraron, según explicó el Ayuntamiento de Ceuta, que calificó el cierre de " +
        "«inevitable».",
      "Según informó la Policía Local, el conductor estaba «muy nervioso».",
      "Según el informe, la situación es «grave».",
    ],
    expected: [
      ["inevitable", "el Ayuntamiento de Ceuta"],
      ["muy nervioso", "la Policía Local"],
      ["grave", "el informe"],
    ],
  },
  {
    construction:
      "dos personas con su cargo en un párrafo y «precisó el gerente»: la descripción es de quien tiene " +
      "ese cargo, no de la última nombrada",
    paragraphs: [
      "El gerente de la compañía, Hernán Pulido Gómez, y el jefe de logística, Camilo Rozo Díaz, " +
        "coincidieron en que el problema es la carga aérea. «Pagamos un 30 % más por kilo», precisó el " +
        "gerente.",
      "La jefa de planta, Marta Ruiz Soto, y la gerente de la cooperativa, Inés Vera Gil, visitaron " +
        "la fábrica. «Necesitamos otra línea», explicó la gerente.",
      "La gerente de la cooperativa, Inés Vera Gil, y la jefa de planta, Marta Ruiz Soto, visitaron " +
        "la fábrica. «No hay repuestos», lamentó la gerente.",
    ],
    expected: [
      ["Pagamos un 30 % más por kilo", "Hernán Pulido Gómez"],
      ["Necesitamos otra línea", "Inés Vera Gil"],
      ["No hay repuestos", "Inés Vera Gil"],
    ],
  },
  {
    construction: "«aseguró el gerente» tras un alcalde y un concejal (negativo): nadie es gerente",
    paragraphs: [
      "El alcalde, Luis Mata Pérez, y el concejal de Obras, Pablo Ruiz Gil, recorrieron el barrio. «Esto " +
        "estará listo en mayo», aseguró el gerente.",
    ],
    expected: [["Esto estará listo en mayo", "el gerente"]],
  },
  {
    construction:
      "«confesó la religiosa» tras una priora y otra mujer en un párrafo: la religiosa es quien tiene un " +
      "cargo de su orden (negativo: sin nadie de una orden, la última nombrada)",
    paragraphs: [
      "La restauradora Rocío Valdivia Zegarra dirigió los trabajos durante dos años.",
      "La priora del convento, sor Ana Chávez Ríos, y Valdivia encontraron juntas el lienzo. «Rezábamos " +
        "delante de un cuadro que no veíamos», confesó la religiosa.",
      "El abad del monasterio, fray Tomás Ortega Gil, y el alcalde Pedro Núñez Soto firmaron el convenio. " +
        "«El claustro seguirá abierto», aseguró el religioso.",
    ],
    expected: [
      ["Rezábamos delante de un cuadro que no veíamos", "Ana Chávez Ríos"],
      ["El claustro seguirá abierto", "Tomás Ortega Gil"],
    ],
  },
  {
    construction:
      "«la Procuraduría Federal de Protección al Ambiente»: el nombre del organismo sigue tras «al» o " +
      "«a la» después de un sustantivo que los rige (negativo: «el Ministerio de Salud al Congreso» son dos)",
    paragraphs: [
      "La Procuraduría Federal de Protección al Ambiente (Profepa) clausuró un predio en Boca del Río.",
      "En un comunicado, la dependencia señaló que se constató «la remoción de manglar».",
      "Tras la audiencia, la Oficina de Atención a la Víctima pidió «una reparación integral».",
      "El proyecto que presentó ayer el Ministerio de Salud al Congreso Nacional prevé «un control " +
        "estricto», señaló el ministerio.",
    ],
    expected: [
      ["la remoción de manglar", "La Procuraduría Federal de Protección al Ambiente"],
      ["una reparación integral", "la Oficina de Atención a la Víctima"],
      ["un control estricto", "el Ministerio de Salud"],
    ],
  },
  {
    construction:
      "«X, en cambio, la considera «…»»: tras un inciso corto entre comas después del sujeto, «la» es el " +
      "pronombre del verbo y el sujeto habla (negativos: «Según el portavoz, la denuncia «…»» es un " +
      "sustantivo; un lugar antes del inciso no habla)",
    paragraphs: [
      "La Asociación Hotelera advirtió en un comunicado de que la propuesta «penaliza a la isla».",
      "El GOB Menorca, en cambio, la considera «un paso tímido pero necesario».",
      "La portavoz de los vecinos, por su parte, las califica de «parches».",
      "Según el alcalde, la denuncia «no tiene fundamento».",
      "En Mahón, por ejemplo, la denuncia «no prosperó», dijo la concejala Ana Ruiz Gil.",
    ],
    expected: [
      ["penaliza a la isla", "La Asociación Hotelera"],
      ["un paso tímido pero necesario", "El GOB Menorca"],
      ["parches", "La portavoz de los vecinos"],
      ["no tiene fundamento", "el alcalde"],
      ["no prosperó", "Ana Ruiz Gil"],
    ],
  },
  {
    construction:
      "«contestó el acusado» tras la jueza que pregunta, el acusado nombrado con otro cargo: él, pues " +
      "acusado no es ningún cargo",
    paragraphs: [
      "Ramón Figueroa Pizarro, exdirector de Finanzas de Loíza, se declaró culpable este martes de fraude.",
      '"¿Entiende usted que renuncia a un juicio por jurado?", le preguntó la jueza Marisol Cintrón ' +
        'Acevedo. "Sí, Su Señoría", contestó el acusado.',
    ],
    expected: [
      ["¿Entiende usted que renuncia a un juicio por jurado?", "Marisol Cintrón Acevedo"],
      ["Sí, Su Señoría", "Ramón Figueroa Pizarro"],
    ],
  },
  {
    construction: "«dijo el acusado» tras un exdirector nombrado: el exdirector",
    paragraphs: [
      "Ramón Figueroa Pizarro, exdirector de Finanzas de Loíza, se declaró culpable este martes de fraude.",
      '"Lo siento mucho", dijo el acusado ante la sala.',
    ],
    expected: [["Lo siento mucho", "Ramón Figueroa Pizarro"]],
  },
  {
    construction: "«contestó el acusado» con solo la jueza nombrada (negativo): la descripción queda",
    paragraphs: [
      "La jueza Marisol Cintrón Acevedo abrió la vista este martes.",
      '"Sí, Su Señoría", contestó el acusado.',
    ],
    expected: [["Sí, Su Señoría", "el acusado"]],
  },
  {
    construction:
      "«En la meta, una aficionada con la bandera de X gritaba: «…»»: tras un complemento inicial, la " +
      "persona sin nombre habla, no la cosa que lleva (negativo: el nombre tras el cargo habla)",
    paragraphs: [
      "«Nos vamos a Primera», dijo el entrenador Pablo Ruiz.",
      "A la salida del estadio, un hincha con la bufanda del Cádiz resumía: «Esto no lo olvido».",
      "En la Gran Vía, junto a la Puerta del Sol, una vendedora con el delantal de Zara dijo: " +
        "«Esto no para».",
      "En la meta, el alcalde Luis Mora con la bandera de Paraíso gritaba: «¡Ese es el nuestro!».",
    ],
    expected: [
      ["Nos vamos a Primera", "Pablo Ruiz"],
      ["Esto no lo olvido", "un hincha"],
      ["Esto no para", "una vendedora"],
      ["¡Ese es el nuestro!", "Luis Mora"],
    ],
  },
  {
    construction:
      "«El director deportivo del equipo, X, hacía cuentas: «…»»: el adjetivo tras el cargo no es un " +
      "verbo, y el nombre en aposición habla (negativo: un verbo tras la aposición)",
    paragraphs: [
      "El ciclista Juan Pérez ganó la etapa.",
      "El director deportivo del equipo, Tomás Arrieta, ya hacía cuentas: «Nos quedan seis etapas».",
      "El gerente comercial de la firma, Luis Mora Gil, hacía números: «Vamos a cerrar el año en verde».",
      "El ministro de Hacienda, Carlos Ruiz, habló de la crisis con la asesora Ana Gil: «No habrá recortes».",
    ],
    expected: [
      ["Nos quedan seis etapas", "Tomás Arrieta"],
      ["Vamos a cerrar el año en verde", "Luis Mora Gil"],
      ["No habrá recortes", "Carlos Ruiz"],
    ],
  },
  {
    construction:
      "«A la salida, entre aplausos que …, una espectadora no dejaba de sonreír. «…», comentó»: la " +
      "relativa cierra el complemento inicial y el sujeto de la frase anterior habla",
    paragraphs: [
      "La Universidad Veracruzana informó en un comunicado que la obra «se grabará en otoño».",
      "A la salida, entre aplausos que llenaban la explanada, una espectadora no dejaba de sonreír. " +
        "«Nunca había oído algo así», comentó.",
      "El club anunció su nuevo fichaje. Tras el partido que cerró la temporada, un aficionado del Betis " +
        "se quedó en la grada. «Volveremos», dijo.",
      "La alcaldesa Ana Ruiz inauguró el puente. «Es un día grande», dijo, recordando que la obra costó, " +
        "según el Ayuntamiento, diez millones.",
    ],
    expected: [
      ["se grabará en otoño", "La Universidad Veracruzana"],
      ["Nunca había oído algo así", "una espectadora"],
      ["Volveremos", "un aficionado del Betis"],
      ["Es un día grande", "Ana Ruiz"],
    ],
  },
  {
    construction:
      "«X … . «…», resumió emocionada»: el participio tras el verbo dice cómo habló el sujeto de la frase " +
      "anterior, no es un sujeto propio (negativo: un nombre tras el verbo habla)",
    paragraphs: [
      "«Es un día histórico», afirmó el alcalde Alfonso Teijeiro. La vecina Manuela Pita Bouza, de 72 " +
        "años, viajaba a su lado. «Volvemos a tener ría», resumió emocionada.",
      "«Hay que ir rápido», dijo el delegado Pablo Gil. Un jubilado miraba el mar desde el paseo. " +
        "«Ya tocaba», comentó aliviado.",
      "«Vamos bien», insistió Gil. La concejala Ana Ruiz Soto visitó la obra. «Esto va lento», " +
        "contestó preocupada, y se marchó.",
      "La concejala Ana Ruiz Soto volvió a la obra. «No hay prisa», contestó Alvarado.",
    ],
    expected: [
      ["Es un día histórico", "Alfonso Teijeiro"],
      ["Volvemos a tener ría", "Manuela Pita Bouza"],
      ["Hay que ir rápido", "Pablo Gil"],
      ["Ya tocaba", "Un jubilado"],
      ["Vamos bien", "Pablo Gil"],
      ["Esto va lento", "Ana Ruiz Soto"],
      ["No hay prisa", "Alvarado"],
    ],
  },
  {
    construction:
      "«El convenio … establece que … «…»»: un convenio o un contrato es un documento que habla, no el " +
      "último que habló (negativo: el convenio como objeto no habla)",
    paragraphs: [
      "«Ahora toca», advirtió el alcalde Óscar Doval Seijas.",
      "El convenio colectivo del metal establece que la jornada «no podrá superar las 38 horas».",
      "El contrato con la concesionaria prevé que el servicio «funcione todo el año».",
      "Doval firmó ayer el convenio con la Xunta. «Es un buen acuerdo», dijo el alcalde.",
    ],
    expected: [
      ["Ahora toca", "Óscar Doval Seijas"],
      ["no podrá superar las 38 horas", "El convenio colectivo del metal"],
      ["funcione todo el año", "El contrato con la concesionaria"],
      ["Es un buen acuerdo", "Óscar Doval Seijas"],
    ],
  },
  {
    construction:
      "El Colegio de X de A Coruña recordó que «…»: un artículo gallego en mayúscula abre el nombre del " +
      "lugar dentro del de la entidad (negativos: «A» al abrir la frase y «a» preposición en minúscula)",
    paragraphs: [
      "El Colegio de Abogados de A Coruña recordó en un comunicado que el condenado «causó baja en 2022».",
      "La Diputación de A Coruña, que financia la obra, aseguró que el puente «estará listo en mayo».",
      "El Concello de O Grove presentó el plan, asegurando que el paseo «no perderá plazas».",
      "«Nadie nos avisó», dijo Marta Souto, vecina de As Pontes.",
      "A Julio Bermúdez le preocupa la obra. «No está en plazo», lamentó el concejal.",
      "«Llegamos tarde», dijo el entrenador a Pedro Ruiz tras el partido.",
    ],
    expected: [
      ["causó baja en 2022", "El Colegio de Abogados de A Coruña"],
      ["estará listo en mayo", "La Diputación de A Coruña"],
      ["no perderá plazas", "El Concello de O Grove"],
      ["Nadie nos avisó", "Marta Souto"],
      ["No está en plazo", "el concejal"],
      ["Llegamos tarde", "el entrenador"],
    ],
  },
  {
    construction:
      "El Ministerio de X, Y Z y W aseguró que «…»: un campo de dos palabras en la lista del nombre de un " +
      "ministerio (negativo: un nombre de pila abre a una persona, otro sujeto)",
    paragraphs: [
      "El Ministerio de Educación, Formación Profesional y Deportes aseguró que la reforma «está en marcha».",
      "La Consejería de Medio Ambiente, Vivienda y Agricultura defendió que el plan «no tiene marcha atrás».",
      "«No hubo aviso», dijo la Secretaría de Hacienda, Crédito Público y Presupuestos.",
      "El Ministerio de Sanidad, Ana Ruiz y Luis Gil firmaron el acuerdo. «Es un buen día», dijo Gil.",
    ],
    expected: [
      ["está en marcha", "El Ministerio de Educación, Formación Profesional y Deportes"],
      ["no tiene marcha atrás", "La Consejería de Medio Ambiente, Vivienda y Agricultura"],
      ["No hubo aviso", "la Secretaría de Hacienda, Crédito Público y Presupuestos"],
      ["Es un buen día", "Luis Gil"],
    ],
  },
  {
    construction:
      "… el Torneo Federal A. Nombre Apellido …: la letra de un torneo cierra la frase ante un nombre " +
      "de pila (negativo: la inicial de un segundo nombre tras un nombre de pila)",
    paragraphs: [
      "El equipo subió al Torneo Federal A. Lucas Maximiliano Figueroa marcó el gol del ascenso.",
      "El club jugará la Primera B. Marta Ríos, su presidenta, habló con la prensa.",
      "José A. Pérez dirigió el partido.",
      "«Le pegué con el alma», contó Figueroa. «Fue un año duro», dijo Ríos. «Me equivoqué», admitió Pérez.",
    ],
    expected: [
      ["Le pegué con el alma", "Lucas Maximiliano Figueroa"],
      ["Fue un año duro", "Marta Ríos"],
      ["Me equivoqué", "José A. Pérez"],
    ],
  },
  {
    construction:
      "La X de Y, A, y la presidenta de la Asociación de Comerciantes, B: «…», advirtió la comerciante: el " +
      "miembro del cuerpo que preside es B; la especialidad tras el cargo (negativo: otro cargo)",
    paragraphs: [
      "El presidente del gremio de taxistas, Pedro Mora, y el portavoz del PP, Luis Gil, visitaron la " +
        "obra. «Nos arruina el verano», advirtió el taxista.",
      "La presidenta de la Cofradía de Pescadores, Eva Lago, y la concejala Ana Ruiz hablaron. «El " +
        "puerto se muere», lamentó la pescadora.",
      "La ministra de Salud, Marta Vidal, y la pediatra intensivista Laura Ortega, jefa del servicio, " +
        "recorrieron el hospital. «Es un gran día», explicó la intensivista.",
      "La presidenta de la Asociación de Vecinos, Rosa Paz, visitó la obra con el concejal Tomás Gil. «Es " +
        "pronto», dijo el concejal.",
    ],
    expected: [
      ["Nos arruina el verano", "Pedro Mora"],
      ["El puerto se muere", "Eva Lago"],
      ["Es un gran día", "Laura Ortega"],
      ["Es pronto", "Tomás Gil"],
    ],
  },
  {
    construction:
      "el alcalde de X, A, junto al alcalde de Y, B: «…», advirtió el regidor de Y (adjetivo): el regidor " +
      "es el alcalde cuyo cargo nombra el lugar de su adjetivo, aunque el otro se nombró último",
    paragraphs: [
      "«Es un día histórico», afirmó el alcalde de Moaña, Javier Bas, que viajó en la lancha junto al " +
        "alcalde de Pontevedra, Miguel Lores. «Ahora toca usarlo», advirtió el regidor pontevedrés.",
      "La alcaldesa de Sevilla, Ana Ruiz, visitó la obra con el alcalde de Huelva, Pedro Mora. «Es un gran " +
        "día», dijo la regidora sevillana.",
    ],
    expected: [
      ["Es un día histórico", "Javier Bas"],
      ["Ahora toca usarlo", "Miguel Lores"],
      ["Es un gran día", "Ana Ruiz"],
    ],
  },
  {
    construction:
      "la alcaldesa de X, A, y la de Y, B: el cargo elidido tras la conjunción es el de antes, con su " +
      "complemento (negativo: un sustantivo que no es cargo)",
    paragraphs: [
      "Asistieron la alcaldesa de Cogolludo, Pilar Sanz, y la de Valverde de los Arroyos, Elena Monje. " +
        "«En verano bebemos de cisternas», lamentó la alcaldesa de Valverde.",
      "El ministro de Sanidad, Luis Gil, y el de Hacienda, Pedro Mora, firmaron el acuerdo. «Es un buen " +
        "día», dijo el ministro de Hacienda.",
      "El coche de Ana, un Seat, y la de su hermano, Tomás Ruiz, estaban allí. «Fue un susto», dijo Ruiz.",
    ],
    expected: [
      ["En verano bebemos de cisternas", "Elena Monje"],
      ["Es un buen día", "Pedro Mora"],
      ["Fue un susto", "Tomás Ruiz"],
    ],
  },
  {
    construction:
      "El jefe de X, subcomisionado Y Z, detalló: «…»: el grado de un adjunto (sub-, vice-) es un cargo " +
      "ante el nombre en aposición (negativo: la descripción sin nombre habla tal cual)",
    paragraphs: [
      "El jefe de la delegación de Soyapango, subcomisionado Julio César Ventura, detalló: «Había 300».",
      "La portavoz del ministerio, viceministra Rosa Elena Pardo, aseguró: «No habrá recortes».",
      "La jefa de la unidad, inspectora Marta Gil Rubio, explicó: «Los seguíamos desde marzo».",
      "El jefe de la delegación de Usulután explicó: «Seguimos buscando a otros dos».",
    ],
    expected: [
      ["Había 300", "Julio César Ventura"],
      ["No habrá recortes", "Rosa Elena Pardo"],
      ["Los seguíamos desde marzo", "Marta Gil Rubio"],
      ["Seguimos buscando a otros dos", "El jefe de la delegación de Usulután"],
    ],
  },
  {
    construction:
      "«…», afirmó la diputada, tras la jefa de la fracción X, nombrada: quien encabeza una fracción o " +
      "una bancada es diputada (negativo: otro cargo, el ministro, no es el jefe de la bancada)",
    paragraphs: [
      "La jefa de la fracción oficialista, Marianela Solís Arce, recordó que el proyecto obliga a las " +
        "empresas. «Hay más de 30.000 familias sin seguro», afirmó la diputada.",
      "El jefe del bloque radical, Mario Negri, votó en contra. «Es una ley a medida», sostuvo el diputado.",
      "El jefe de la bancada socialista, Pedro Gil, escuchó al Gobierno. «No hay acuerdo», dijo el ministro.",
    ],
    expected: [
      ["Hay más de 30.000 familias sin seguro", "Marianela Solís Arce"],
      ["Es una ley a medida", "Mario Negri"],
      ["No hay acuerdo", "el ministro"],
    ],
  },
  {
    construction:
      "Y, el apellido de dos personas de una familia, es la persona de la que trata la nota, nombrada " +
      "primero, no el pariente presentado después (negativo: dos nombradas juntas, la más reciente)",
    paragraphs: [
      "La ushuaiense Micaela Ojeda, de 23 años, ganó el sábado la prueba de 42 kilómetros.",
      "Su padre, Raúl Ojeda, que fue pistero, lo resumió así: «Nació con los esquís puestos».",
      "Ojeda viajará en julio a Europa. «Ahora el sueño son los Juegos», dijo.",
    ],
    expected: [
      ["Nació con los esquís puestos", "Raúl Ojeda"],
      ["Ahora el sueño son los Juegos", "Micaela Ojeda"],
    ],
  },
  {
    construction:
      "«…», opina un analista de la consultora X Y: el nombre de la entidad tras su clase completa al " +
      "sustantivo de persona, como «un analista de X Y» (negativo: la entidad que habla por sí misma)",
    paragraphs: [
      "«Es la mayor operación del año», opina un analista de la consultora Avanza Finanzas.",
      "«Nadie lo esperaba», dijo una trabajadora de la empresa Lumitec Iluminación.",
      "«Las cuentas cuadran», aseguró la consultora Avanza Finanzas en un informe.",
    ],
    expected: [
      ["Es la mayor operación del año", "un analista de la consultora Avanza Finanzas"],
      ["Nadie lo esperaba", "una trabajadora de la empresa Lumitec Iluminación"],
      ["Las cuentas cuadran", "Avanza Finanzas"],
    ],
  },
  {
    construction:
      "«…», comentó un jubilado del reparto X: el reparto (Cuba), el fraccionamiento (México) o la " +
      "vereda (Colombia) es un lugar, no quien habla",
    paragraphs: [
      "«Valió la pena esperar», comentó a la salida un jubilado del reparto Kilo-12.",
      "«Aquí no llega el agua», dijo una vecina del fraccionamiento Las Palmas.",
      "«Perdimos la cosecha», contó un campesino de la vereda San Isidro.",
    ],
    expected: [
      ["Valió la pena esperar", "un jubilado del reparto Kilo-12"],
      ["Aquí no llega el agua", "una vecina del fraccionamiento Las Palmas"],
      ["Perdimos la cosecha", "un campesino de la vereda San Isidro"],
    ],
  },
  {
    construction:
      "«…», preguntó el fiscal tras «el fiscal anticorrupción X»: lo que el cargo combate o un gentilicio " +
      "entre el cargo y el nombre siguen siendo el cargo (negativo: otro cargo no es él)",
    paragraphs: [
      "El testigo declaró ante el fiscal anticorrupción Álvaro Méndez Rivero. «¿Cobró usted?», le " +
        "preguntó el fiscal.",
      "Firmó el acta la jueza antidroga Marta Gil Sanz. «No hay más diligencias», dijo la jueza.",
      "El testigo señaló al fiscal Luis Pardo Ramos. «Es falso», respondió el empresario.",
    ],
    expected: [
      ["¿Cobró usted?", "Álvaro Méndez Rivero"],
      ["No hay más diligencias", "Marta Gil Sanz"],
      ["Es falso", "el empresario"],
    ],
  },
  {
    construction:
      "El escrito de acusación sostiene que el acusado «…»: un escrito o una querella hablan como un " +
      "informe, no el sujeto de la subordinada (negativo: «en su escrito describe» sin sujeto es de quien " +
      "firma el escrito)",
    paragraphs: [
      "El exconcejal Domingo Hernández Alonso negó los cargos.",
      "El escrito de acusación sostiene que el acusado «exigía un porcentaje fijo».",
      "La querella afirma que Hernández «cobraba en mano».",
      "La fiscal del caso, Inmaculada Rivas, pide nueve años. En su escrito describe un sistema " +
        "«organizado desde la propia Alcaldía».",
    ],
    expected: [
      ["exigía un porcentaje fijo", "El escrito de acusación"],
      ["cobraba en mano", "La querella"],
      ["organizado desde la propia Alcaldía", "Inmaculada Rivas"],
    ],
  },
  {
    construction:
      "El colectivo X Y GDL exigió «…»: la sigla tras el nombre de una entidad lo cierra (negativo: tras " +
      "el nombre de una persona, la sigla no es suya)",
    paragraphs: [
      "El colectivo Repartidores Unidos GDL exigió en un pronunciamiento «que las plataformas compartan " +
        "la ubicación».",
      "La asociación Madres Buscadoras MTY pidió «más búsquedas en campo».",
      "«Es grave», dijo el abogado Lwazi Dube SC.",
    ],
    expected: [
      ["que las plataformas compartan la ubicación", "Repartidores Unidos GDL"],
      ["más búsquedas en campo", "Madres Buscadoras MTY"],
      ["Es grave", "Lwazi Dube"],
    ],
  },
  {
    construction:
      "«La empresa afirmó» párrafos después de «la empresa Frutícola Los Maitenes», la única empresa " +
      "nombrada; con dos empresas nombradas, la descripción tal cual",
    paragraphs: [
      "La Superintendencia del Medio Ambiente (SMA) formuló cargos contra la empresa Frutícola Los " +
        "Maitenes por la descarga de riles.",
      "El río Claro amaneció con miles de peces muertos.",
      "Los vecinos llevan semanas esperando respuestas.",
      "Los pescadores piden una indemnización.",
      "La empresa, en una declaración pública, afirmó que sus sistemas “cumplen con toda la normativa " +
        "vigente”.",
    ],
    expected: [["cumplen con toda la normativa vigente", "Frutícola Los Maitenes"]],
  },
  {
    construction: "«La empresa afirmó» lejos de dos empresas nombradas: ninguna de las dos",
    paragraphs: [
      "La Superintendencia formuló cargos contra la empresa Frutícola Los Maitenes y la empresa " +
        "Agrícola San Pedro.",
      "El río Claro amaneció con miles de peces muertos.",
      "Los vecinos llevan semanas esperando respuestas.",
      "Los pescadores piden una indemnización.",
      "La empresa, en una declaración pública, afirmó que sus sistemas “cumplen con toda la normativa " +
        "vigente”.",
    ],
    expected: [["cumplen con toda la normativa vigente", "La empresa"]],
  },
  {
    construction:
      "«señaló el club» tras «El CD Tenerife»; «indicó el consorcio» tras «El consorcio Metro " +
      "Andino»: el cuerpo nombrado por su forma de club o por el mismo sustantivo",
    paragraphs: [
      "El CD Tenerife destituyó a su entrenador. «Le agradecemos su trabajo», señaló el club.",
      "El consorcio Metro Andino ganó la licitación. «La línea abrirá en mayo», indicó el consorcio.",
    ],
    expected: [
      ["Le agradecemos su trabajo", "El CD Tenerife"],
      ["La línea abrirá en mayo", "Metro Andino"],
    ],
  },
  {
    construction:
      "«La importadora … describe» tras «la importadora japonesa Sakura Wine Trading»: una nacionalidad " +
      "entre el sustantivo del cuerpo y su nombre deja el nombre al cuerpo",
    paragraphs: [
      "La bodega cerró un acuerdo con la importadora japonesa Sakura Wine Trading para distribuir sus " +
        "vinos en Tokio.",
      "La importadora, en un comunicado, describe el vino como “una rareza que el consumidor japonés " +
        "busca”.",
      "La empresa chilena Frutícola Los Maitenes fue sancionada. «Cumplimos la ley», afirmó la empresa.",
    ],
    expected: [
      ["una rareza que el consumidor japonés busca", "Sakura Wine Trading"],
      ["Cumplimos la ley", "Frutícola Los Maitenes"],
    ],
  },
  {
    construction:
      "«…», denunció el concejal socialista de Lugo X: el adjetivo de un partido entre el cargo y su " +
      "lugar, el nombre tras el lugar es la persona; tras «un militante», el lugar queda en la descripción",
    paragraphs: [
      "«Se castiga a los más frágiles», denunció el concejal socialista de Lugo Pablo Ruiz.",
      "«Nada cambia», lamenta un militante ecologista de Vigo.",
    ],
    expected: [
      ["Se castiga a los más frágiles", "Pablo Ruiz"],
      ["Nada cambia", "un militante ecologista de Vigo"],
    ],
  },
  {
    construction:
      "«…, nos explica X. …»: an incise inside the marks may open on the clitics of whom it was told to",
    paragraphs: [
      "La alcaldesa, Ana Ruiz, recibió al prefecto Pablo Gil. «Nos falta de todo», dijo él.",
      "«Nada está hecho, nos explica la alcaldesa. Hay que actuar rápido».",
      "«Lo intentaremos —le respondió Pablo Gil—. Pero no antes del verano».",
    ],
    expected: [
      ["Nos falta de todo", "Pablo Gil"],
      ["Nada está hecho, nos explica la alcaldesa. Hay que actuar rápido", "Ana Ruiz"],
      ["Lo intentaremos —le respondió Pablo Gil—. Pero no antes del verano", "Pablo Gil"],
    ],
  },
  {
    construction: "El informe la describe como «…»: a document or a body as the subject before a clitic",
    paragraphs: [
      "El alcalde, Raúl Lamas, se mostró aliviado.",
      "El informe forense la describe como «una persona aislada, con una adicción grave».",
      "El ministerio lo calificó de «proyecto prioritario».",
    ],
    expected: [
      ["una persona aislada, con una adicción grave", "El informe forense"],
      ["proyecto prioritario", "El ministerio"],
    ],
  },
  {
    construction:
      "La sentencia es tajante: «…»: un documento con cópula y modo antes de los dos puntos habla (no la " +
      "acusada nombrada antes; negativo: «El problema es sencillo:» no nombra a nadie)",
    paragraphs: [
      "La Audiencia condenó a Encarnación Ruiz Priego. Durante el juicio, Ruiz sostuvo que el dinero " +
        "eran «anticipos». La sentencia es tajante: «Ningún testigo ha corroborado tales autorizaciones».",
      "El fallo fue muy claro: «La acusada no supo explicar las transferencias».",
      "El presidente Antonio Cano celebró la condena. El problema es sencillo: «Hay socios que lo " +
        "han perdido todo».",
    ],
    expected: [
      ["anticipos", "Encarnación Ruiz Priego"],
      ["Ningún testigo ha corroborado tales autorizaciones", "La sentencia"],
      ["La acusada no supo explicar las transferencias", "El fallo"],
      ["Hay socios que lo han perdido todo", "Antonio Cano"],
    ],
  },
  {
    construction:
      "un aporte del Ministerio de X bonaerense … la cartera: el adjetivo de lugar tras el nombre del " +
      "organismo es de su nombre",
    paragraphs: [
      "La sala se financió con un aporte del Ministerio de Salud bonaerense. Según la cartera " +
        "sanitaria, la obra «acompaña la descentralización de la atención».",
    ],
    expected: [["acompaña la descentralización de la atención", "Ministerio de Salud bonaerense"]],
  },
  {
    construction: "El Ministerio de X provincial … la cartera: también el adjetivo de nivel de gobierno",
    paragraphs: [
      "El Ministerio de Minería provincial autorizó la exploración. En un comunicado, la cartera " +
        "aseguró que los controles «son permanentes».",
    ],
    expected: [["son permanentes", "El Ministerio de Minería provincial"]],
  },
  {
    construction: "negativo: sin adjetivo tras el nombre, el organismo se llama como se escribió",
    paragraphs: [
      "La obra se financió con un aporte del Ministerio de Salud. Según la cartera, la sala " +
        "«cambia la atención del interior».",
    ],
    expected: [["cambia la atención del interior", "Ministerio de Salud"]],
  },
  {
    construction:
      "X y el coleccionista Y … el coleccionista: un nombre en -ista ante el nombre es su oficio, al que " +
      "remite la descripción (no al otro nombrado en la frase)",
    paragraphs: [
      "El director Fernando Macías Delgado y el coleccionista Rubén Alvarado Luévano recorrieron la " +
        "sala. «Hoy regresa a casa», expresó Macías, mientras que el coleccionista pidió que el estado " +
        "«no deje salir ni una plancha más».",
    ],
    expected: [
      ["Hoy regresa a casa", "Fernando Macías Delgado"],
      ["no deje salir ni una plancha más", "Rubén Alvarado Luévano"],
    ],
  },
  {
    construction: "El alcalde X y el ebanista Y … «…», contó el ebanista",
    paragraphs: [
      "El alcalde Juan Pérez Gómez y el ebanista Luis Ruiz Soto inauguraron el taller. «Aquí aprendí " +
        "todo», contó el ebanista.",
    ],
    expected: [["Aquí aprendí todo", "Luis Ruiz Soto"]],
  },
  {
    construction:
      "El último informe de X advierte que «…»: «informe» tras un determinante y un calificativo es el " +
      "nombre del documento que habla, no un verbo con sujeto «El último»",
    paragraphs: [
      "La concejala Elena Palomo Rubio defendió la moción. El último informe de la Confederación " +
        "Hidrográfica del Tajo advierte que el río está «en estado deficiente».",
      "Un nuevo informe advierte que el embalse «no llegará al verano».",
    ],
    expected: [
      ["en estado deficiente", "El último informe de la Confederación Hidrográfica del Tajo"],
      ["no llegará al verano", "Un nuevo informe"],
    ],
  },
  {
    construction:
      "X Y Z (dos apellidos) y «Su hija, Pilar Y» … «…», bromea Y: el primer apellido a solas es del " +
      "padre, no de la pariente presentada por el parentesco",
    paragraphs: [
      "Julián Martínez Saiz colgará el mandil el 31 de diciembre tras 62 años de oficio.",
      "Su hija, Pilar Martínez, cuenta que le han ofrecido traspasar el local.",
      "«Yo me jubilo», bromea Martínez, «pero las botas de los vecinos no».",
    ],
    expected: [
      ["Yo me jubilo", "Julián Martínez Saiz"],
      ["pero las botas de los vecinos no", "Julián Martínez Saiz"],
    ],
  },
  {
    construction: "Su padre, X Y, … «…», dijo Y: sin otro de la familia, el apellido es del pariente",
    paragraphs: [
      "El incendio empezó en la cocina del restaurante.",
      "Su padre, Raúl Ojeda, llegó a los pocos minutos. «No quedó nada», dijo Ojeda.",
    ],
    expected: [["No quedó nada", "Raúl Ojeda"]],
  },
  {
    construction:
      "el único sitio del Casco Antiguo … «…», recuerda el zapatero de 81 años: la edad no es de un " +
      "nombre escrito solo tras «del», que es un lugar",
    paragraphs: [
      "Julián Martínez Saiz colgará el mandil. Su taller ha sido el único sitio del Casco Antiguo " +
        "donde poner unas medias suelas.",
      "«Empecé con catorce años», recuerda el zapatero de 81 años, que ya no sube la cuesta.",
    ],
    expected: [["Empecé con catorce años", "Julián Martínez Saiz"]],
  },
  {
    construction:
      "«…», comenta un voluntario de la limpieza del domingo: «del» más un día es complemento del " +
      "nombre, no un adverbio de tiempo; «dijo un vecino el domingo» sí lo es",
    paragraphs: [
      "«Te agachas y la arena brilla», comenta un voluntario de la limpieza del domingo, que retiró " +
        "300 kilos de residuos.",
      "«No había tanto plástico», dijo una vecina el domingo.",
    ],
    expected: [
      ["Te agachas y la arena brilla", "un voluntario de la limpieza del domingo"],
      ["No había tanto plástico", "una vecina"],
    ],
  },
  {
    construction:
      "“Ascensor Polanco” se llama el primer disco de X: un nombre ante «se llama» no es cita; «Eso se " +
      "llama corrupción» dentro de las comillas sí",
    paragraphs: [
      "“Ascensor Polanco” se llama el primer disco de Los Cerros Tristes, el cuarteto de Valparaíso.",
      "«Plan Calor» se denomina la estrategia del ministerio.",
      "«Eso se llama corrupción», dijo el diputado Juan Pérez.",
    ],
    expected: [["Eso se llama corrupción", "Juan Pérez"]],
  },
  {
    construction:
      "«…». Gómez teme que …: una cita sola es de quien la frase siguiente tiene por sujeto, también por " +
      "el apellido y con un verbo que rige «que»",
    paragraphs: [
      "La investigadora Alicia Herrera Ulibarri lo explicó: «No es basura de aquí». Ella y su compañera " +
        "May Gómez llevan diez años midiendo la misma playa.",
      "«Cada año hay más pellets, y son más pequeños». Gómez teme que acaben en la cadena alimentaria.",
    ],
    expected: [
      ["No es basura de aquí", "Alicia Herrera Ulibarri"],
      ["Cada año hay más pellets, y son más pequeños", "May Gómez"],
    ],
  },
  {
    construction:
      "El Comité de X, que agrupa a …, rechaza que … «…»: tras la coma que cierra el inciso, la palabra " +
      "ante «que» es el verbo; tras un sustantivo («una gestora madrileña que sigue») abre una relativa",
    paragraphs: [
      "El Comité de Gestión de Cítricos, que agrupa a los exportadores, rechaza que el problema esté en " +
        "la venta y apunta a naranjas que llegan «sin cumplir las mismas exigencias». Su director, " +
        "Bernardo Alfonso, insistió ayer en ello.",
      "Un analista de una gestora madrileña que sigue el valor avisa de que «no será barato».",
    ],
    expected: [
      ["sin cumplir las mismas exigencias", "El Comité de Gestión de Cítricos"],
      ["no será barato", "Un analista de una gestora madrileña"],
    ],
  },
  {
    construction:
      "un triple de X Y … «…», bromeó el alero lituano, de 24 años, que …: la edad entre comas es del " +
      "descrito, y le basta a un nombre; sin nadie nombrado, el descrito habla como se escribe",
    paragraphs: [
      "El Baskonia ganó con un triple de Rokas Jankauskas a falta de 1,2 segundos.",
      "«Lo he tirado mil veces», bromeó el alero lituano, de 24 años, que terminó con 19 puntos.",
      "La grúa tardó dos horas en llegar. «No vimos a nadie», dijo un vecino, de 70 años, que vive enfrente.",
    ],
    expected: [
      ["Lo he tirado mil veces", "Rokas Jankauskas"],
      ["No vimos a nadie", "un vecino"],
    ],
  },
  {
    construction:
      "Desde el gremio Frutas de Chile advirtieron que … «…» (a body's name after its kind noun, as named)",
    paragraphs: [
      "Desde el gremio Frutas de Chile advirtieron en un comunicado que la oferta «podría superar los 140 " +
        "millones de cajas».",
      "La Federación Nacional de Cafeteros pidió calma. El gremio recomendó «no entrar en pánico».",
    ],
    expected: [
      ["podría superar los 140 millones de cajas", "Frutas de Chile"],
      ["no entrar en pánico", "La Federación Nacional de Cafeteros"],
    ],
  },
  {
    construction: "negative: «dijo un diputado del grupo Compromís» (a person's noun heads the phrase)",
    paragraphs: ["«Es injusto», dijo un diputado del grupo Compromís."],
    expected: [["Es injusto", "un diputado del grupo Compromís"]],
  },
  {
    construction: "«…», informó el Valencia CF (a club's initials for its kind end its name)",
    paragraphs: ["«Vamos a recurrir», informó el Valencia CF en un comunicado."],
    expected: [["Vamos a recurrir", "el Valencia CF"]],
  },
  {
    construction:
      "`Consultado por X, un responsable, que …,`: tras un participio y su agente al inicio de la " +
      "frase, la descripción es el sujeto, no una aposición al nombre",
    paragraphs: [
      "Consultado por Radio Caracol, un responsable del ministerio, que pidió el anonimato, aseguró " +
        "que los insumos están «en camino».",
      "Consultado este martes por Radio Caracol, un médico del hospital, que pidió el anonimato, " +
        "aseguró que las camas están «todas ocupadas».",
    ],
    expected: [
      ["en camino", "un responsable del ministerio"],
      ["todas ocupadas", "un médico del hospital"],
    ],
  },
  {
    construction:
      "`Para la geóloga, estas grietas revelan «…»`: una cosa como sujeto de un verbo de habla deja la " +
      "cita al punto de vista; un documento habla (negativo)",
    paragraphs: [
      "La geóloga Ana Ruiz dirige el estudio. Para la geóloga, estas grietas revelan «un deslizamiento en " +
        "curso».",
      "Para el alcalde, el informe señala «un retroceso de los servicios».",
    ],
    expected: [
      ["un deslizamiento en curso", "Ana Ruiz"],
      ["un retroceso de los servicios", "el informe"],
    ],
  },
  {
    construction:
      "a described newcomer with a place beside them before the verb (`Un compañero a su lado advierte`): " +
      "the partial quote is the newcomer's, not the one quoted before",
    paragraphs: [
      "Petra Kemper trabaja en la planta desde hace 22 años. «Lo vimos venir», dijo la operaria. Un " +
        "compañero a su lado advierte de «una larga incertidumbre hasta el verano».",
    ],
    expected: [
      ["Lo vimos venir", "Petra Kemper"],
      ["una larga incertidumbre hasta el verano", "Un compañero"],
    ],
  },
  {
    construction:
      "a quote standing alone after a sentence about a named person, then a sentence naming another " +
      "who brings in their own words after a colon: the first quote stays with the first person",
    paragraphs: [
      "Tomás Reyes vende fruta en la avenida desde 1994. «Aquí la gente pasa delante de nosotros». Su " +
        "vecino, el quesero Pablo Bender, se muestra más optimista: «Habrá sombra».",
    ],
    expected: [
      ["Aquí la gente pasa delante de nosotros", "Tomás Reyes"],
      ["Habrá sombra", "Pablo Bender"],
    ],
  },
  {
    construction:
      "una descripción indefinida leída hasta un participio cuya preposición queda fuera " +
      "(consultado en, instalada en) termina antes del participio; negativo: un participio con su " +
      "complemento sigue",
    paragraphs: [
      "«No hay autobús después de las ocho», dice un vecino consultado en la plaza.",
      "«Las obras duran demasiado», lamenta una comerciante instalada en el mercado desde hace " +
        "veinte años.",
      "«Queremos respuestas», dice un concejal encargado de Movilidad.",
    ],
    expected: [
      ["No hay autobús después de las ocho", "un vecino"],
      ["Las obras duran demasiado", "una comerciante"],
      ["Queremos respuestas", "un concejal encargado de Movilidad"],
    ],
  },
  {
    construction:
      "un sujeto sin nombre, un inciso sin verbo entre comas, luego su verbo y dos puntos (`Un espectador " +
      "de Inzell, con un cencerro en la mano, estaba afónico:`): habla el sujeto; negativo: un " +
      "nombre en el inciso",
    paragraphs: [
      "«Estamos orgullosos», escribió el club.",
      "Un espectador de Inzell, con un cencerro en la mano, estaba ya afónico: «Hacía años que no se oía " +
        "tanto ruido aquí.»",
      "La alcaldesa Ana Ruiz piensa en el aparcamiento: «Aquí paran autobuses». Un vecino, camino del " +
        "trabajo, niega con la cabeza: «Es demasiado».",
      "Un espectador de Inzell, Pedro Gil, estaba afónico: «Qué día».",
    ],
    expected: [
      ["Estamos orgullosos", "el club"],
      ["Hacía años que no se oía tanto ruido aquí.", "Un espectador de Inzell"],
      ["Aquí paran autobuses", "Ana Ruiz"],
      ["Es demasiado", "Un vecino"],
      ["Qué día", "Pedro Gil"],
    ],
  },
  {
    construction:
      "el punto de vista de un organismo al abrir la frase (`Para CCOO, es «…»`): lo sostiene el " +
      "organismo; negativo: un grupo de personas, decide el verbo tras la cita",
    paragraphs: [
      "El sindicalista Luc Reuter criticó las esperas.",
      "Para CCOO, es «un escándalo para un país rico».",
      "Para los niños, la oferta es «gratuita y abierta a todos», dijo Reuter.",
    ],
    expected: [
      ["un escándalo para un país rico", "CCOO"],
      ["gratuita y abierta a todos", "Luc Reuter"],
    ],
  },
  {
    construction:
      "`habló con Ana Dolores X`: tras un verbo de decir y `con`, un nombre de pila abre el nombre de la " +
      "persona (dos nombres de pila), no el medio; negativo: `indicó a Clarín Pablo Ruiz`",
    paragraphs: [
      "Este periódico conversó con Luis Alberto Quintero, de 58 años, que perdió la cosecha.",
      "—Todo se lo llevó la helada —contó.",
      "En Guaymallén, la radio habló con María Teresa Ocampo, vecina del barrio Belgrano.",
      "—Llevamos tres días sin luz —lamentó.",
      "«Nadie vino a vernos», indicó a Clarín Pablo Ruiz.",
    ],
    expected: [
      ["Todo se lo llevó la helada", "Luis Alberto Quintero"],
      ["Llevamos tres días sin luz", "María Teresa Ocampo"],
      ["Nadie vino a vernos", "Pablo Ruiz"],
    ],
  },
  {
    construction:
      "«Pablo y Diego Ferrer»: dos nombres de pila unidos ante un solo apellido son dos nombres " +
      "completos, y «Su hermano Pablo» es Pablo Ferrer",
    paragraphs: [
      "Los hermanos Pablo y Diego Ferrer ganaron la regata del domingo.",
      "«Remamos por el pueblo», dijo Diego Ferrer.",
      "Su hermano Pablo explicó que la final fue dura. «No dormimos nada», dijo el joven de 24 años.",
    ],
    expected: [
      ["Remamos por el pueblo", "Diego Ferrer"],
      ["No dormimos nada", "Pablo Ferrer"],
    ],
  },
  {
    construction:
      "`un pescador de la ciénaga Grande de X`: el nombre tras un accidente geográfico en minúscula " +
      "(río, laguna, ciénaga) es un lugar, no quien habla",
    paragraphs: [
      "«El agua bajó dos metros», dijo un lanchero del río San Juan mientras amarraba.",
      "«No quedan peces», lamentó una vecina de la laguna Verde de Tumbes.",
    ],
    expected: [
      ["El agua bajó dos metros", "un lanchero del río San Juan"],
      ["No quedan peces", "una vecina de la laguna Verde de Tumbes"],
    ],
  },
  {
    construction:
      "`X niega … la empresa asegura que «…»`: una empresa nombrada por su oficio en plural (Aguas de …, " +
      "Bodegas …) es una empresa, y «la empresa» la retoma",
    paragraphs: [
      "Bodegas de Toro rechaza las quejas. La empresa sostiene que «las uvas se pagan a tiempo».",
      "Aguas de Manizales culpa a la lluvia. En una nota, la empresa afirmó que «la red está al día».",
    ],
    expected: [
      ["las uvas se pagan a tiempo", "Bodegas de Toro"],
      ["la red está al día", "Aguas de Manizales"],
    ],
  },
  {
    construction:
      "`asegura que «…» y que Y responde a «…»`: una segunda subordinada unida por `y que` sigue lo que " +
      "dice el sujeto del verbo; negativo: `y Y responde a «…»` sin `que`, con sujeto propio",
    paragraphs: [
      "El ministro Raúl Pinto afirmó que «el puerto abrirá en marzo» y que las demoras obedecen a " +
        "«trámites ambientales».",
      "La fiscal Inés Lara dijo que «hay pruebas suficientes», y que el acusado tendrá «un juicio justo».",
    ],
    expected: [
      ["el puerto abrirá en marzo", "Raúl Pinto"],
      ["trámites ambientales", "Raúl Pinto"],
      ["hay pruebas suficientes", "Inés Lara"],
      ["un juicio justo", "Inés Lara"],
    ],
  },
  {
    construction:
      "`El alcalde de Villanueva del Fresno, X, y el de Olivenza, Y … celebró el primero`: el lugar donde " +
      "alguien ejerce su cargo no es una de las personas que cuentan «el primero» y «el segundo»",
    paragraphs: [
      "El alcalde de Villanueva del Fresno, Jorge Lara Gil, y el de Olivenza, Pedro Sanz Mora, firmaron " +
        "ayer el convenio. «Es un día histórico», celebró el primero.",
    ],
    expected: [["Es un día histórico", "Jorge Lara Gil"]],
  },
  {
    construction: "`El concejal de Castro del Río, X, y el de Baena, Y … criticó el segundo`",
    paragraphs: [
      "El concejal de Castro del Río, Andrés Mena Luque, y el de Baena, Rafael Toro Gil, visitaron la " +
        "obra. «Llega con dos años de retraso», criticó el segundo.",
    ],
    expected: [["Llega con dos años de retraso", "Rafael Toro Gil"]],
  },
  {
    construction:
      "`Sombrero en mano, un agricultor espera.` y una cita sola: un nombre que sigue una preposición de " +
      "lugar abre un decorado, y el recién llegado tras la coma habla después",
    paragraphs: [
      "«El mercado seguirá cerrado», dijo el portavoz municipal Julián Ortega.",
      "Sombrero en mano frente a la verja, un agricultor espera noticias de su puesto. «Conduje dos " +
        "horas para nada.»",
    ],
    expected: [
      ["El mercado seguirá cerrado", "Julián Ortega"],
      ["Conduje dos horas para nada.", "un agricultor"],
    ],
  },
  {
    construction: "`X e Y, vecinos de Castro del Río, … dijo el segundo`: el pueblo no cuenta",
    paragraphs: [
      "Marta Gil Ruiz y Pedro Sanz Mora, vecinos de Castro del Río, firmaron la queja. " +
        "«Nadie nos escucha», dijo el segundo.",
    ],
    expected: [["Nadie nos escucha", "Pedro Sanz Mora"]],
  },
  {
    construction:
      "«La diputada Marta Gil (PSOE, Sevilla), portavoz de la comisión, calificó»: la coma entre " +
      "paréntesis no cierra el sintagma; habla la diputada, no su provincia",
    paragraphs: [
      "La diputada Marta Gil (PSOE, Sevilla), portavoz de la comisión, calificó la medida de «insuficiente».",
      "El senador Luis Prado (PP, Ourense), presidente de la ponencia, habló de «un paso atrás».",
    ],
    expected: [
      ["insuficiente", "Marta Gil"],
      ["un paso atrás", "Luis Prado"],
    ],
  },
  {
    construction:
      "entradilla «explica su directora», el cuerpo nombra a alguien y lo retoma como «La directora de la " +
      "cooperativa»: habla la persona nombrada",
    paragraphs: [
      [
        "standfirst",
        "La cooperativa abre una segunda tienda. “No podíamos esperar más”, explica su directora.",
      ],
      "El nuevo local abrirá en marzo en Tudela.",
      "Detrás del mostrador, Itziar Goñi ordenaba las cajas. La directora de la cooperativa ha " +
        "preparado el proyecto durante tres años.",
    ],
    expected: [["No podíamos esperar más", "Itziar Goñi"]],
  },
  {
    construction: "entradilla «resume su presidente», el cuerpo «X sonreía. El presidente del club …»",
    paragraphs: [
      [
        "standfirst",
        "El club reunió a 400 exjugadores el sábado. “Somos una familia”, resume su presidente.",
      ],
      "En la tribuna, Mario Delgado sonreía. El presidente del club recibía a los veteranos.",
    ],
    expected: [["Somos una familia", "Mario Delgado"]],
  },
  {
    construction:
      "«X anunció … », informó la empresa: a company whose name begins like a document word " +
      "(Cartagena, Cartaojal) is still the company «la empresa» takes up",
    paragraphs: [
      "Aguas de Cartagena anunció cortes de suministro en cuatro barrios.",
      "«El servicio volverá el jueves», informó la empresa.",
      "Bodegas Cartaojal cerrará su almacén de Écija.",
      "«No podemos competir con los precios de las plataformas», explicó la empresa en un comunicado.",
    ],
    expected: [
      ["El servicio volverá el jueves", "Aguas de Cartagena"],
      ["No podemos competir con los precios de las plataformas", "Bodegas Cartaojal"],
    ],
  },
  {
    construction:
      "«la economista agraria de la Universidad X Ana Torres»: un adjetivo en -ario/-aria tras el oficio " +
      "deja el nombre tras la institución",
    paragraphs: [
      "Para la economista agraria de la Universidad de Talca Ana Torres Vidal, el problema es serio: " +
        "«No hay competencia».",
      "El médico sanitario del Hospital Regional Pedro Soto Rosas advirtió: «Faltan camas».",
      "El ingeniero portuario de la Empresa Portuaria Sur Luis Vega Mora dijo que el muelle está " +
        "«al límite».",
    ],
    expected: [
      ["No hay competencia", "Ana Torres Vidal"],
      ["Faltan camas", "Pedro Soto Rosas"],
      ["al límite", "Luis Vega Mora"],
    ],
  },
  {
    construction: "«el bolero “…”», «el son “…”»: el género de una canción ante su título lo nombra",
    paragraphs: [
      "En la gala, Marina Pardo interpretó el bolero «Noche en Mompox», el paseo «Mi tierra guajira» " +
        "y el son «Amanecer en el río».",
      "«Fue la mejor noche de mi vida», dijo Marina Pardo.",
    ],
    expected: [["Fue la mejor noche de mi vida", "Marina Pardo"]],
  },
  {
    construction: "«son» sin artículo es verbo: las palabras entre comillas tras él son una cita",
    paragraphs: ["La vecina Rosa Lema dijo que los precios son «abusivos»."],
    expected: [["abusivos", "Rosa Lema"]],
  },
  {
    construction: "«El sacerdote» / «el párroco» retoma al padre nombrado antes y habla sin verbo",
    paragraphs: [
      "La misa la presidió el padre Tomás Iriarte Sanz, rector de la basílica.",
      "El sacerdote pidió calma a los fieles. «Hay sitio para todos».",
      "El párroco Julián Ochoa Ruiz llegó más tarde. El capellán de la cárcel, Andrés Pino, también.",
      "«Vinimos a rezar», dijo el párroco.",
    ],
    expected: [
      ["Hay sitio para todos", "Tomás Iriarte Sanz"],
      ["Vinimos a rezar", "Julián Ochoa Ruiz"],
    ],
  },
  {
    construction:
      "«Una vecina del barrio X nos lo explicó …» y una cita suelta: los pronombres del verbo no son del " +
      "sujeto descrito",
    paragraphs: [
      "Una vecina del barrio de Gracia nos lo explicó en la puerta del mercado.",
      "«Aquí ya no se puede vivir».",
      "Al final de la jornada, un conductor de la línea 12 le contó a este diario sus horarios.",
      "«Salgo de casa a las cuatro».",
    ],
    expected: [
      ["Aquí ya no se puede vivir", "Una vecina del barrio de Gracia"],
      ["Salgo de casa a las cuatro", "un conductor de la línea 12"],
    ],
  },
  {
    construction:
      "«dice su marido», «admite su padre» tras una familia del mismo apellido: el otro miembro, del " +
      "género del nombre, no el último nombrado",
    paragraphs: [
      "Lucía y Andrés Robles abrieron la librería en 2019. «Nadie creía en una librería de barrio», " +
        "recuerda Lucía Robles.",
      "«Cada mes es una pequeña victoria», dice su marido.",
      "Marta Iglesias dirige hoy el taller que fundó Ramón Iglesias en 1975. «Cambiamos las máquinas, no " +
        "el oficio», explica Marta Iglesias.",
      "«Ella sabe más que yo», admite su padre.",
    ],
    expected: [
      ["Nadie creía en una librería de barrio", "Lucía Robles"],
      ["Cada mes es una pequeña victoria", "Andrés Robles"],
      ["Cambiamos las máquinas, no el oficio", "Marta Iglesias"],
      ["Ella sabe más que yo", "Ramón Iglesias"],
    ],
  },
  {
    construction: "negativo: «su madre» de una familia que no nombra a ninguna mujer queda sin nombre",
    paragraphs: [
      "Diego Salas y su hermano Pablo Salas reparan bicicletas en Triana. «Aquí no se tira nada», dice " +
        "Diego Salas.",
      "Su madre los ayuda los sábados. «Siempre fueron mañosos», asegura su madre.",
    ],
    expected: [
      ["Aquí no se tira nada", "Diego Salas"],
      ["Siempre fueron mañosos", "su madre"],
    ],
  },
  {
    construction:
      "`el astrónomo del Instituto de Astrofísica de Canarias Jorge Hernández Pérez`: a scientist's noun " +
      "before the body and the name is the office, so the holder is the name after the body",
    paragraphs: [
      "“Es un objeto muy raro”, afirmó el astrónomo del Observatorio de Calar Alto Tomás Ruiz Ferrer.",
      "“Habrá que esperar a la cosecha”, dijo la agrónoma de la Cooperativa del Segura Nuria Gil Mora.",
    ],
    expected: [
      ["Es un objeto muy raro", "Tomás Ruiz Ferrer"],
      ["Habrá que esperar a la cosecha", "Nuria Gil Mora"],
    ],
  },
  {
    construction:
      "`la Gobernación del estado Zulia informó que`: a country's division named bare after its noun " +
      "(`estado`, `municipio`, `provincia`) completes the body's name; the office before a comma " +
      "keeps its holder",
    paragraphs: [
      "La Gobernación del estado Zulia aseguró en un comunicado que el servicio está “restablecido”.",
      "La Defensa Civil de la provincia Duarte informó que el río sigue “desbordado”.",
      "El municipio Iribarren explicó que la obra estará lista “antes de diciembre”.",
      "La alcaldesa del municipio Palavecino, Elsa Castillo, dijo que las obras “ya empezaron”.",
    ],
    expected: [
      ["restablecido", "La Gobernación del estado Zulia"],
      ["desbordado", "La Defensa Civil de la provincia Duarte"],
      ["antes de diciembre", "El municipio Iribarren"],
      ["ya empezaron", "Elsa Castillo"],
    ],
  },
  {
    construction:
      "`Sedapal, en un comunicado, informó que`: a lone name opening the sentence is the speech verb's " +
      "subject past a prepositional phrase between commas; an adverb opening it is no name",
    paragraphs: [
      "Aguasur, en un comunicado, sostuvo que el corte será “breve”.",
      "Ecopetrol, por medio de un comunicado, aseguró que el derrame está “contenido”.",
      "El ministro Pablo Arce visitó la planta. Ayer, en una rueda de prensa, dijo que la obra está " +
        "“terminada”.",
    ],
    expected: [
      ["breve", "Aguasur"],
      ["contenido", "Ecopetrol"],
      ["terminada", "Pablo Arce"],
    ],
  },
  {
    construction:
      "`en una nota en la que pide a los fieles vivir la Navidad «…»`: `que` after a preposition and a " +
      "gendered article is a relative, and the document's sender speaks, not the object before the " +
      "quote; the neuter `lo que dijo X` keeps its subject after the verb",
    paragraphs: [
      "La Diócesis de Cádiz apoyó el cambio en una nota en la que pide a los fieles pasar la Navidad " +
        "«con sobriedad».",
      "La federación envió una circular en la que recomienda a los clubes jugar la Copa del Rey «con " +
        "prudencia».",
      "Según lo que dijo el ministro Pablo Arce, la obra está «terminada».",
    ],
    expected: [
      ["con sobriedad", "La Diócesis de Cádiz"],
      ["con prudencia", "La federación"],
      ["terminada", "Pablo Arce"],
    ],
  },
  {
    construction:
      "`En la población Arturo Prat, Rosa Ulloa, de 54 años, …: «…»`: a Chilean neighbourhood's noun " +
      "before a person's name makes it the place's, and the person named after it speaks",
    paragraphs: [
      "En la población Arturo Prat, Rosa Ulloa, de 54 años, perdió su casa: “No quedó nada”.",
      "En la villa Manuel Rodríguez, Pedro Soto, de 70 años, achicaba agua: “Nunca había visto algo así”.",
      "En el campamento Violeta Parra, Marta Rojas cuidaba a sus hijos: “Tenemos miedo”.",
    ],
    expected: [
      ["No quedó nada", "Rosa Ulloa"],
      ["Nunca había visto algo así", "Pedro Soto"],
      ["Tenemos miedo", "Marta Rojas"],
    ],
  },
  {
    construction:
      "dijo la empresa tras un nombre que una palabra de oficio hace de empresa («Transportes Ruiz», " +
      "«Seguros Almansa»), más allá de una persona nombrada entre ambos",
    paragraphs: [
      "Transportes Ruiz despidió a 40 conductores. El alcalde, Pedro Gil, pidió diálogo.",
      "«No había otra salida», dijo la empresa.",
      "El Ayuntamiento de Teruel multó a Seguros Almansa por la obra.",
      "«Cumplimos la normativa», defendió la empresa.",
    ],
    expected: [
      ["No había otra salida", "Transportes Ruiz"],
      ["Cumplimos la normativa", "Seguros Almansa"],
    ],
  },
  {
    construction:
      "«la empresa Conservas del Atlántico», luego «la compañía»: el nombre tras el sustantivo de su " +
      "clase sigue por su partícula; el consistorio es el ayuntamiento, no la empresa (casi acierto)",
    paragraphs: [
      "La empresa Conservas del Atlántico cerrará su planta de Vigo.",
      "«No hay alternativa», señaló la compañía.",
      "La compañía Lácteos de la Sierra subirá sus precios. El ganadero Julián Ortega lo celebra.",
      "«Los costes se han duplicado», explicó la empresa.",
      "Seguros Almansa recurrió la multa del Ayuntamiento de Teruel.",
      "«La licencia está caducada», sostuvo el consistorio.",
    ],
    expected: [
      ["No hay alternativa", "Conservas del Atlántico"],
      ["Los costes se han duplicado", "Lácteos de la Sierra"],
      ["La licencia está caducada", "Ayuntamiento de Teruel"],
    ],
  },
  {
    construction:
      "«aseguró la operadora» tras una empresa nombrada antes («Telecable Norte S.A.»), no tras la " +
      "persona nombrada entre ambas ni tras la comisión de la misma frase (casi acierto)",
    paragraphs: [
      "Telecable Norte S.A. sufrió una caída de red el lunes. El usuario Marcos Gil se quejó.",
      "«Ya está resuelto», aseguró la operadora.",
      "La Comisión Nacional de Mercados multó a Redes Unidas S.A. por la caída.",
      "«Vamos a recurrir», aseguró la operadora.",
    ],
    expected: [
      ["Ya está resuelto", "Telecable Norte S.A."],
      ["Vamos a recurrir", "Redes Unidas S.A."],
    ],
  },
  {
    construction:
      "«resume Álvaro Soto Peña, el mayor de los dos» … «admite el menor de los hermanos»: un orden de " +
      "nacimiento en aposición distingue a dos de una familia, y el orden opuesto nombra al otro",
    paragraphs: [
      "Los hermanos Álvaro y Rubén Soto Peña abrieron el bar en marzo. «Aquí se ha bebido media " +
        "historia», resume Álvaro Soto Peña, el mayor de los dos.",
      "Rubén Soto Peña, que trabajaba de cocinero en Madrid, y su hermano Álvaro reconocen que no fue " +
        "fácil. «Nos dijeron que estábamos locos», admite el menor de los hermanos.",
      "Las hermanas Carmen y Lucía Vidal Roca heredaron la bodega. «No sabíamos nada de vino», reconoce " +
        "Carmen Vidal Roca, la mayor.",
      "Lucía Vidal Roca, que estudió Enología en Logroño, y su hermana Carmen la reflotaron. «Probamos " +
        "todo», cuenta la pequeña.",
    ],
    expected: [
      ["Aquí se ha bebido media historia", "Álvaro Soto Peña"],
      ["Nos dijeron que estábamos locos", "Rubén Soto Peña"],
      ["No sabíamos nada de vino", "Carmen Vidal Roca"],
      ["Probamos todo", "Lucía Vidal Roca"],
    ],
  },
  {
    construction:
      "«el agricultor Luis Costa Pardo … dice Costa» tras «la ministra Ana Costa Ruiz … dijo Costa»: el " +
      "apellido solo abrevia al del mismo apellido nombrado completo justo antes en su párrafo",
    paragraphs: [
      "La ministra Ana Costa Ruiz anunció la ayuda el lunes. «Es dinero para las regiones», dijo Costa.",
      "La oposición la considera escasa.",
      "En Lalín, el agricultor Luis Costa Pardo no está convencido. «No arreglará las carreteras», dice " +
        "Costa.",
      "La entrenadora Julia Baeza Gil presentó su lista. «Estamos preparadas», dijo Baeza.",
      "En el otro equipo, el capitán Marcos Baeza Ortiz está lesionado. «Volveré pronto», asegura Baeza.",
    ],
    expected: [
      ["Es dinero para las regiones", "Ana Costa Ruiz"],
      ["No arreglará las carreteras", "Luis Costa Pardo"],
      ["Estamos preparadas", "Julia Baeza Gil"],
      ["Volveré pronto", "Marcos Baeza Ortiz"],
    ],
  },
  {
    construction:
      "negativo: el apellido solo en un párrafo que no nombra a nadie más de ese apellido sigue con quien " +
      "nombraba, aunque un homónimo se nombrara completo antes",
    paragraphs: [
      "La ministra Ana Costa Ruiz anunció la ayuda el lunes. «Es dinero para las regiones», dijo Costa.",
      "En Lalín, el agricultor Luis Costa Pardo sigue sin estar convencido.",
      "En rueda de prensa, Costa añadió: «Cada región tendrá su parte.»",
    ],
    expected: [
      ["Es dinero para las regiones", "Ana Costa Ruiz"],
      ["Cada región tendrá su parte.", "Ana Costa Ruiz"],
    ],
  },
  {
    construction:
      "«dice Ibáñez padre», «asegura Ibáñez hijo»: el apellido seguido de un nombre de parentesco nombra " +
      "al miembro de la familia que el artículo presentó con ese parentesco, o al otro",
    paragraphs: [
      "Ramón Ibáñez, de 64 años, abrió el taller mecánico en 1990. Su hijo, Pablo Ibáñez, de 31, se sumó " +
        "en 2015.",
      "«Lo perdimos todo en la riada», dice Ibáñez padre. «Vamos a reconstruir», asegura Ibáñez hijo.",
      "Rosa Quintero atiende la farmacia con su madre, Elena Quintero, desde 2018.",
      "«La gente no ha dejado de venir», cuenta Quintero hija.",
    ],
    expected: [
      ["Lo perdimos todo en la riada", "Ramón Ibáñez"],
      ["Vamos a reconstruir", "Pablo Ibáñez"],
      ["La gente no ha dejado de venir", "Rosa Quintero"],
    ],
  },
  {
    construction:
      "«El patrón Iker Salaberria – conocido en el puerto como «el Almirante» – aseguró que …»: un inciso " +
      "entre guiones se sitúa entre el sujeto y el verbo de habla",
    paragraphs: [
      "El patrón Iker Salaberria – conocido en el puerto como «el Almirante» desde su primera campaña – " +
        "aseguró que el rescate fue «la noche más dura de mi vida».",
      "La alcaldesa, Marta Olaizola – exprofesora del instituto – calificó el proyecto de «disparate».",
    ],
    expected: [
      ["la noche más dura de mi vida", "Iker Salaberria"],
      ["disparate", "Marta Olaizola"],
    ],
  },
  {
    construction:
      "dijo el técnico / la magistrada tras el entrenador / la jueza, con otro nombrado después: el " +
      "sinónimo del cargo es de quien lo tiene; un jubilado nunca nombrado sigue siendo él mismo " +
      "(casi acierto)",
    paragraphs: [
      "El entrenador Jorge Ríos felicitó al delantero Pablo Núñez.",
      "«Estuvo brillante», dijo el técnico.",
      "La jueza Ana Robles escuchó al fiscal Tomás Gil.",
      "«No hay pruebas suficientes», dijo la magistrada.",
      "«Nadie nos avisó», dijo un jubilado.",
    ],
    expected: [
      ["Estuvo brillante", "Jorge Ríos"],
      ["No hay pruebas suficientes", "Ana Robles"],
      ["Nadie nos avisó", "un jubilado"],
    ],
  },
  {
    construction:
      "El Ayuntamiento informó … y luego «…», señala el comunicado: el organismo que anuncia " +
      "emitió el comunicado que se retoma en los dos párrafos siguientes",
    paragraphs: [
      "El Ayuntamiento de Soria informó el lunes del cierre del puente de piedra.",
      "«Las obras durarán seis semanas», señala el comunicado.",
      "La compañía aseguró el martes que no habrá despidos en la planta.",
      "La plantilla espera novedades. «La producción se mantendrá», añade el comunicado.",
    ],
    expected: [
      ["Las obras durarán seis semanas", "El Ayuntamiento de Soria"],
      ["La producción se mantendrá", "La compañía"],
    ],
  },
  {
    construction:
      "casi aciertos: «el comunicado del sindicato» es otro; el de una alcaldesa es suyo; unos vecinos " +
      "que reclaman no emiten comunicados, que habla tal cual",
    paragraphs: [
      "El Ayuntamiento de Soria informó el lunes del cierre del puente.",
      "«Nadie nos consultó», señala el comunicado del sindicato de conductores.",
      "La alcaldesa, Marta Gil, anunció el cierre en un comunicado.",
      "«Nadie perderá su empleo», señala el comunicado.",
      "Los vecinos del barrio reclamaron el lunes más autobuses.",
      "Las obras siguen. «Habrá un servicio alternativo», señala el comunicado.",
    ],
    expected: [
      ["Nadie nos consultó", "el comunicado del sindicato de conductores"],
      ["Nadie perderá su empleo", "Marta Gil"],
      ["Habrá un servicio alternativo", "el comunicado"],
    ],
  },
  {
    construction:
      "«…», dijo la SIGLA (negative): el nombre cuyas iniciales coinciden por azar cede al que el artículo " +
      "desarrolla entre paréntesis, y la sigla de un partido tras una persona no toma su nombre",
    paragraphs: [
      "El Consejo Nacional Electoral aprobó el calendario. La Confederación Nacional de Empresarios (CNE) " +
        "lo criticó.",
      "«Es una mala noticia», dijo la CNE.",
      "La senadora Paula Rivas (PR) votó en contra.",
      "«No lo apoyaremos», dijo el PR.",
    ],
    expected: [
      ["Es una mala noticia", "La Confederación Nacional de Empresarios"],
      ["No lo apoyaremos", "el PR"],
    ],
  },
  {
    construction:
      "dijo la alcaldesa tras «Presidenta municipal X» (México) al abrir la frase, y dijo el presidente " +
      "municipal tras «el alcalde Y»: un cargo con dos nombres; un vecino nunca nombrado sigue siendo él " +
      "mismo (casi acierto)",
    paragraphs: [
      "Presidenta municipal Ana Ruiz recibió al diputado Luis Peña.",
      "«Vamos a invertir», dijo la alcaldesa.",
      "«Nadie nos avisó», dijo un vecino.",
      "El gobernador Tomás Vega recibió al alcalde Jorge Ortiz.",
      "«Faltan recursos», dijo el presidente municipal.",
    ],
    expected: [
      ["Vamos a invertir", "Ana Ruiz"],
      ["Nadie nos avisó", "un vecino"],
      ["Faltan recursos", "Jorge Ortiz"],
    ],
  },
  {
    construction:
      "dijo la teniente de alcalde tras «la concejal X»: la concejal, no el capitán nombrado con ella",
    paragraphs: [
      "La concejal Marta Gil habló con el capitán Luis Peña.",
      "«Faltan patrullas», dijo la teniente de alcalde.",
    ],
    expected: [["Faltan patrullas", "Marta Gil"]],
  },
  {
    construction:
      "dijo la teniente de alcalde tras «el teniente X» (del ejército) y «la concejal Y»: la concejal " +
      "(casi acierto)",
    paragraphs: [
      "El teniente Raúl Soto se reunió con la concejal Elena Mora.",
      "«Pediremos más agentes», dijo la teniente de alcalde.",
    ],
    expected: [["Pediremos más agentes", "Elena Mora"]],
  },
]);
