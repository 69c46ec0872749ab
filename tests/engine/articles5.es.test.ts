// A fifth round of composed Spanish news articles, written before the engine was run on them, in the
// styles of outlets and beats the first four rounds did not use: El Periódico (Barcelona city hall),
// Heraldo de Aragón (rural health care, straight quotation marks), El Correo (a steel plant's layoffs),
// Levante-EMV (the Albufera lagoon), 20minutos (commuter trains), Cadena SER (a minister on the radio),
// Cinco Días (a company's half-year results), Mundo Deportivo (a football match report), Olé (a coach
// backing his striker), El Observador (a teachers' strike in Uruguay), La República (a corruption trial
// in Peru) and Semana (the Colombian Senate).
// Every article is written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name: "El Periódico, Barcelona: entradilla con dos fragmentos, la concejala, celebra que, un comerciante",
    headline: "Barcelona cerrará al tráfico cuatro calles más del Poblenou a partir de enero",
    standfirst:
      "El gobierno municipal defiende que los ejes verdes «funcionan» y la oposición le acusa de decidir " +
      "«a espaldas de los vecinos».",
    paragraphs: [
      "La teniente de alcaldía de Urbanismo, Núria Castells, presentó este martes el calendario de la " +
        "segunda fase de la transformación del Poblenou, que convertirá en ejes verdes las calles de " +
        "Pere IV, Llull, Almogàvers y Sancho de Ávila. Las obras costarán 38 millones de euros.",
      "«Los datos de los dos primeros años son claros: hay un 25 % menos de coches y los comercios de " +
        "los ejes facturan más», afirmó Castells en rueda de prensa. La concejala recordó que el ruido " +
        "nocturno ha bajado «casi cuatro decibelios» en las calles ya pacificadas.",
      "El presidente del grupo municipal de Junts, Xavier Puigdollers, reprochó al gobierno municipal " +
        "que no haya consultado a los vecinos de las calles afectadas. «Se ha hecho un proceso " +
        "participativo de cartón piedra, con tres reuniones a las que nadie fue invitado», lamentó. Su " +
        "grupo pedirá en el próximo pleno que se congele el proyecto.",
      "En la calle Llull, las opiniones están divididas. Montse Ribas, que preside la asociación de " +
        "vecinos del barrio, celebra que «por fin» los niños puedan jugar en la calle, pero advierte de " +
        "que los alquileres se han disparado: «Cada vez que se planta un árbol, sube el piso. Eso " +
        "también hay que gobernarlo».",
      "En la calle Pujades, un comerciante que regenta una ferretería desde hace tres décadas es más " +
        "escéptico. «A mí me dicen que vendo más, pero los proveedores no pueden descargar y los " +
        "clientes mayores ya no vienen en coche», explica.",
      "El Ayuntamiento calcula que las obras durarán catorce meses. Castells admitió que habrá " +
        "«molestias», pero se comprometió a mantener abiertos los accesos a los garajes durante todo " +
        "el proceso.",
    ],
    quotes: [
      ["funcionan", "El gobierno municipal"],
      ["a espaldas de los vecinos", "la oposición"],
      [
        "Los datos de los dos primeros años son claros: hay un 25 % menos de coches y los comercios de " +
          "los ejes facturan más",
        "Núria Castells",
      ],
      ["casi cuatro decibelios", "Núria Castells"],
      [
        "Se ha hecho un proceso participativo de cartón piedra, con tres reuniones a las que nadie fue " +
          "invitado",
        "Xavier Puigdollers",
      ],
      ["por fin", "Montse Ribas"],
      ["Cada vez que se planta un árbol, sube el piso. Eso también hay que gobernarlo", "Montse Ribas"],
      [
        "A mí me dicen que vendo más, pero los proveedores no pueden descargar y los clientes mayores ya " +
          "no vienen en coche",
        "un comerciante",
      ],
      ["molestias", "Núria Castells"],
    ],
  },
  {
    name: 'Heraldo de Aragón, sanidad rural: comillas " ", la alcaldesa, consejero, desde el Salud',
    headline: 'Cuatro pueblos del Alto Gállego, sin médico los viernes: "Nos sentimos ciudadanos de segunda"',
    paragraphs: [
      "Los vecinos de Biescas, Yésero, Hoz de Jaca y Panticosa se quedarán sin consulta médica los " +
        "viernes a partir del 1 de marzo. Así lo ha decidido el Servicio Aragonés de Salud (Salud), que " +
        "ha reorganizado las agendas del centro de salud de Biescas por la baja de dos facultativos que " +
        "no han podido ser sustituidos.",
      '"Nos sentimos ciudadanos de segunda, y no es la primera vez que lo decimos", asegura la ' +
        "alcaldesa de Yésero, Pilar Sanclemente, que ha reunido este lunes a los cuatro ayuntamientos " +
        'afectados para enviar una carta conjunta al departamento de Sanidad. "Aquí la mitad de los ' +
        'vecinos tiene más de 70 años y la farmacia más cercana está a doce kilómetros".',
      "El consejero de Sanidad, Ignacio Lasheras, reconoció en las Cortes que la situación es " +
        '"difícil" y atribuyó el problema a la falta de especialistas en medicina familiar. "Hemos ' +
        "ofertado las plazas tres veces, con incentivos de hasta 12.000 euros anuales, y no se ha " +
        'presentado nadie", explicó durante la sesión de control.',
      "Una respuesta que no convence al Sindicato Médico de Aragón. Su secretario general, Javier " +
        'Anadón, considera que los incentivos "llegan tarde y son insuficientes" y reclama que las ' +
        'plazas rurales cuenten el doble en la carrera profesional. "Un médico joven no va a irse a un ' +
        'pueblo si eso le penaliza en las oposiciones", advirtió.',
      'En la sala de espera del centro de salud, Ángeles, de 81 años, lo vive con resignación. "Yo ya ' +
        'no conduzco. Si me pongo mala un viernes, tendré que llamar a mi hija a Zaragoza", cuenta ' +
        "mientras espera a que la llamen para tomarle la tensión.",
      'Desde el Salud aseguran que se trata de una medida "temporal" y que las urgencias seguirán ' +
        "atendiéndose en el punto de atención continuada de Sabiñánigo.",
    ],
    quotes: [
      // The headline quotes a shorter fragment than the body, so it is an entry of its own.
      ["Nos sentimos ciudadanos de segunda", "Pilar Sanclemente"],
      ["Nos sentimos ciudadanos de segunda, y no es la primera vez que lo decimos", "Pilar Sanclemente"],
      [
        "Aquí la mitad de los vecinos tiene más de 70 años y la farmacia más cercana está a doce kilómetros",
        "Pilar Sanclemente",
      ],
      ["difícil", "Ignacio Lasheras"],
      [
        "Hemos ofertado las plazas tres veces, con incentivos de hasta 12.000 euros anuales, y no se ha " +
          "presentado nadie",
        "Ignacio Lasheras",
      ],
      ["llegan tarde y son insuficientes", "Javier Anadón"],
      ["Un médico joven no va a irse a un pueblo si eso le penaliza en las oposiciones", "Javier Anadón"],
      ["Yo ya no conduzco. Si me pongo mala un viernes, tendré que llamar a mi hija a Zaragoza", "Ángeles"],
      // The article names the service in full and gives its official short form, “el Salud”, the
      // name it speaks under here.
      ["temporal", "el Salud"],
    ],
  },
  {
    name: "El Correo, industria: la empresa en un comunicado, presidente del comité, LAB, consejera, Jon",
    todo: "“señala la empresa” is not linked to the company named",
    headline: "La acería de Sestao plantea un ERTE para 300 trabajadores por la caída de pedidos",
    standfirst: "Los sindicatos rechazan la medida y convocan paros a partir del día 15.",
    paragraphs: [
      "La dirección de Aceros del Nervión comunicó ayer al comité de empresa su intención de aplicar " +
        "un expediente de regulación temporal de empleo a 300 de los 740 trabajadores de la planta de " +
        "Sestao durante seis meses. La compañía lo atribuye al desplome de los pedidos de la automoción " +
        "y al precio de la energía.",
      "«No es una decisión que tomemos a la ligera. Sin un ajuste ahora, lo que estaría en riesgo en " +
        "unos meses sería la continuidad de la acería», señala la empresa en un comunicado remitido a " +
        "la plantilla, en el que se compromete a complementar el salario de los afectados hasta el 85 %.",
      "El comité, con mayoría de ELA, rechazó la propuesta en la misma reunión. «Llevan dos años con " +
        "beneficios récord y a la primera curva quieren que la paguemos los de siempre», denunció a la " +
        "salida el presidente del comité, Iñaki Goikoetxea. Los sindicatos han convocado paros de 24 " +
        "horas los días 15, 16 y 22.",
      "LAB se sumó a las críticas y exigió a la empresa que presente «las cuentas reales» de la planta " +
        "antes de negociar. Su delegada, Ainhoa Etxebarria, cree que el expediente es «la antesala de " +
        "un cierre» y pidió la implicación de las instituciones.",
      "La consejera de Industria del Gobierno vasco, Miren Arregi, llamó a las dos partes a negociar. " +
        "«Pido altura de miras. Nadie gana con un conflicto largo en una empresa que es estratégica " +
        "para Euskadi», dijo en Vitoria, donde anunció que el Ejecutivo ofrecerá su mediación.",
      "Entre los trabajadores, la preocupación es evidente. «Mi padre trabajó aquí y yo llevo veinte " +
        "años. Hemos visto cerrar Altos Hornos y no queremos ver esto», resume Jon, operario de la " +
        "línea de laminación, a las puertas de la fábrica.",
    ],
    quotes: [
      [
        "No es una decisión que tomemos a la ligera. Sin un ajuste ahora, lo que estaría en riesgo en " +
          "unos meses sería la continuidad de la acería",
        "Aceros del Nervión",
      ],
      [
        "Llevan dos años con beneficios récord y a la primera curva quieren que la paguemos los de siempre",
        "Iñaki Goikoetxea",
      ],
      ["las cuentas reales", "LAB"],
      ["la antesala de un cierre", "Ainhoa Etxebarria"],
      [
        "Pido altura de miras. Nadie gana con un conflicto largo en una empresa que es estratégica para " +
          "Euskadi",
        "Miren Arregi",
      ],
      [
        "Mi padre trabajó aquí y yo llevo veinte años. Hemos visto cerrar Altos Hornos y no queremos ver " +
          "esto",
        "Jon",
      ],
    ],
  },
  {
    name: "Levante-EMV, medio ambiente: titular repetido, advierte la bióloga, la CHJ en una nota, calificó",
    headline: "La Albufera recibe la mitad del agua que necesita: “El lago se muere a cámara lenta”",
    paragraphs: [
      "La Albufera de València cerró el año hidrológico con 112 hectómetros cúbicos de aportaciones, " +
        "menos de la mitad de los 210 que fija como mínimo el plan del Júcar para garantizar la salud " +
        "del lago. Es el tercer año consecutivo por debajo del umbral, según los datos de la " +
        "Confederación Hidrográfica del Júcar (CHJ).",
      "“El lago se muere a cámara lenta”, advierte la bióloga de la Universitat de València Carla " +
        "Monzó, que lleva quince años midiendo la calidad de sus aguas. “Sin caudal no hay renovación, " +
        "y sin renovación la clorofila se dispara y desaparecen las praderas de algas que sostienen " +
        "todo lo demás”.",
      "La CHJ, en una nota, defiende que ha cumplido “escrupulosamente” los caudales ecológicos y " +
        "atribuye el déficit a la sequía y a la modernización del regadío, que ha reducido los retornos " +
        "de agua. “No se puede pedir al Júcar el agua que no lleva”, señala el organismo.",
      "Los arroceros lo ven de otra manera. El presidente de la Comunidad de Regantes de Sueca, Vicent " +
        "Estellés, recuerda que los campos de arroz “son parte de la Albufera, no su enemigo”. “Nos " +
        "culpan de todo, pero sin arroz este parque ya sería una urbanización”, afirma.",
      "El conseller de Medio Ambiente, Salvador Puig, anunció ayer en Les Corts un plan de 40 millones " +
        "para reutilizar agua depurada y comprar derechos de riego. “Es la mayor inversión en la " +
        "Albufera de la última década”, aseguró. La oposición lo considera insuficiente: la diputada de " +
        "Compromís Maria Ferrer lo calificó de “parche electoral”.",
      "Desde Acció Ecologista-Agró, su portavoz, Pau Sanchis, reclama que el Estado “fije por ley” un " +
        "caudal mínimo para el lago y que deje de tratarlo “como el desagüe de la huerta”.",
    ],
    quotes: [
      ["El lago se muere a cámara lenta", "Carla Monzó"],
      [
        "Sin caudal no hay renovación, y sin renovación la clorofila se dispara y desaparecen las " +
          "praderas de algas que sostienen todo lo demás",
        "Carla Monzó",
      ],
      // The fullest name the article gives the body, written out before its acronym (GUIDELINES).
      ["escrupulosamente", "la Confederación Hidrográfica del Júcar"],
      ["No se puede pedir al Júcar el agua que no lleva", "la Confederación Hidrográfica del Júcar"],
      ["son parte de la Albufera, no su enemigo", "Vicent Estellés"],
      ["Nos culpan de todo, pero sin arroz este parque ya sería una urbanización", "Vicent Estellés"],
      ["Es la mayor inversión en la Albufera de la última década", "Salvador Puig"],
      ["parche electoral", "Maria Ferrer"],
      ["fije por ley", "Pau Sanchis"],
      ["como el desagüe de la huerta", "Pau Sanchis"],
    ],
  },
  {
    name: "20minutos, transporte: usuaria con edad, cuenta a 20minutos, fuentes de Renfe, pidió paciencia",
    headline:
      'Las incidencias en Cercanías se disparan un 40 %: "Llego tarde al trabajo dos días por semana"',
    paragraphs: [
      "Las incidencias en la red de Cercanías de Madrid crecieron un 40 % el año pasado, según los " +
        "datos que el Ministerio de Transportes ha facilitado en respuesta a una pregunta parlamentaria. " +
        "Las líneas C-3 y C-4, que unen el centro con el sur de la región, concentran casi la mitad de " +
        "los retrasos.",
      'Lucía Herranz, de 34 años, coge cada mañana la C-4 en Parla. "Llego tarde al trabajo dos días ' +
        'por semana. Mi jefe ya ni me pregunta, solo me mira", cuenta a 20minutos. Como ella, miles de ' +
        "usuarios han empezado a salir de casa media hora antes.",
      "Fuentes de Renfe explican que buena parte de las incidencias se deben a obras de Adif y a robos " +
        'de cable, y aseguran que la puntualidad "mejorará de forma notable" cuando terminen los ' +
        "trabajos del túnel de Recoletos, previstos para el verano.",
      'La organización de consumidores FACUA ha pedido que se amplíen las compensaciones. "Hoy un ' +
        "viajero tiene que esperar más de 15 minutos de retraso para pedir la devolución, y el trámite " +
        'está pensado para que nadie lo haga", critica su portavoz, Elena Prieto.',
      "El secretario de Estado de Transportes, Alberto Lucena, defendió en el Senado la inversión " +
        '"sin precedentes" en Cercanías y pidió "paciencia" a los usuarios. "Estamos renovando una red ' +
        'que se quedó congelada durante una década. Las obras molestan, pero son la única salida", dijo.',
      'Otros usuarios han optado por el autobús interurbano. "Tardo más, pero al menos sé a qué hora ' +
        'llego", resume Daniel, un estudiante de Getafe que ha dejado el tren este curso.',
    ],
    quotes: [
      ["Llego tarde al trabajo dos días por semana", "Lucía Herranz"],
      [
        "Llego tarde al trabajo dos días por semana. Mi jefe ya ni me pregunta, solo me mira",
        "Lucía Herranz",
      ],
      ["mejorará de forma notable", "Fuentes de Renfe"],
      [
        "Hoy un viajero tiene que esperar más de 15 minutos de retraso para pedir la devolución, y el " +
          "trámite está pensado para que nadie lo haga",
        "Elena Prieto",
      ],
      ["sin precedentes", "Alberto Lucena"],
      ["paciencia", "Alberto Lucena"],
      [
        "Estamos renovando una red que se quedó congelada durante una década. Las obras molestan, pero " +
          "son la única salida",
        "Alberto Lucena",
      ],
      ["Tardo más, pero al menos sé a qué hora llego", "Daniel"],
    ],
  },
  {
    name: "Cadena SER, entrevista: ha asegurado en Hoy por Hoy, la ministra, ha escrito en X, la AIReF",
    headline: 'Llorente, en la SER: "No habrá subida del IVA en lo que queda de legislatura"',
    paragraphs: [
      "La ministra de Hacienda, Beatriz Llorente, ha descartado este jueves cualquier subida del IVA " +
        'antes de las próximas elecciones generales y ha defendido que la recaudación "está en máximos" ' +
        "gracias al empleo, no a los impuestos.",
      '"No habrá subida del IVA en lo que queda de legislatura. Lo digo hoy aquí y lo repetiré las ' +
        'veces que haga falta", ha asegurado en una entrevista en Hoy por Hoy, donde ha sido preguntada ' +
        "por el informe de la Comisión Europea que recomienda a España revisar los tipos reducidos.",
      "Sobre los presupuestos, la ministra ha reconocido que el Gobierno aún no tiene los apoyos " +
        'necesarios. "Estamos hablando con todos los grupos, también con los que dicen que no quieren ' +
        'hablar con nosotros", ha explicado, en referencia a Junts.',
      "La respuesta del PP no se ha hecho esperar. Su vicesecretario de Economía, Fernando Ulloa, ha " +
        'acusado a Llorente de "vivir en una realidad paralela" y ha recordado que la presión fiscal ' +
        '"ha subido cuatro puntos desde 2018". "Los españoles pagan más que nunca y reciben peores ' +
        'servicios", ha escrito en la red social X.',
      'Desde el PNV, el diputado Koldo Urrutia ha pedido "menos titulares y más números" y ha avisado ' +
        "de que su grupo no apoyará unas cuentas que no recojan las transferencias pendientes.",
      "Por su parte, la Autoridad Independiente de Responsabilidad Fiscal (AIReF) advirtió la semana " +
        'pasada de que el déficit estructural sigue "por encima de lo deseable" y de que la deuda "no ' +
        'bajará sola".',
    ],
    quotes: [
      ["No habrá subida del IVA en lo que queda de legislatura", "Beatriz Llorente"],
      ["está en máximos", "Beatriz Llorente"],
      [
        "No habrá subida del IVA en lo que queda de legislatura. Lo digo hoy aquí y lo repetiré las " +
          "veces que haga falta",
        "Beatriz Llorente",
      ],
      [
        "Estamos hablando con todos los grupos, también con los que dicen que no quieren hablar con nosotros",
        "Beatriz Llorente",
      ],
      ["vivir en una realidad paralela", "Fernando Ulloa"],
      ["ha subido cuatro puntos desde 2018", "Fernando Ulloa"],
      ["Los españoles pagan más que nunca y reciben peores servicios", "Fernando Ulloa"],
      ["menos titulares y más números", "Koldo Urrutia"],
      ["por encima de lo deseable", "la Autoridad Independiente de Responsabilidad Fiscal"],
      ["no bajará sola", "la Autoridad Independiente de Responsabilidad Fiscal"],
    ],
  },
  {
    name: "Cinco Días, resultados: entradilla sin nombre, el consejero delegado, analistas, zanjó",
    headline: "Avantel gana un 18 % más y acelera la venta de sus filiales en Latinoamérica",
    standfirst:
      "El consejero delegado asegura que la compañía está “más cerca que nunca” de cerrar su salida de " +
      "Colombia.",
    paragraphs: [
      "Avantel cerró el primer semestre con un beneficio neto de 1.240 millones de euros, un 18 % más " +
        "que un año antes, impulsado por el negocio en España y Brasil y por el ahorro del plan de bajas " +
        "voluntarias. Los ingresos se mantuvieron estables en 20.300 millones.",
      "El consejero delegado, Rafael Sotomayor, explicó durante la conferencia con analistas que la " +
        "venta de las filiales de Colombia y Ecuador está “más cerca que nunca” y que la de Perú se " +
        "cerrará “antes de fin de año”. “Nuestro perímetro será más pequeño, pero mucho más rentable”, " +
        "añadió.",
      "La deuda financiera neta bajó a 26.100 millones, aunque sigue siendo la gran preocupación del " +
        "mercado. “La generación de caja del trimestre es buena, pero no basta para cubrir dividendo e " +
        "intereses sin nuevas desinversiones”, señalan los analistas de Bankinter en una nota a clientes.",
      "El director financiero, Luis Ángel Quintana, se mostró confiado en mantener el dividendo de 0,30 " +
        "euros por acción. “Es un compromiso con nuestros accionistas y no está en discusión”, zanjó " +
        "ante la insistencia de un analista de JPMorgan.",
      "Las acciones de la compañía subieron un 3,2 % en la sesión, hasta 4,12 euros. Para Ana " +
        "Berrocal, gestora de renta variable en Abante, la reacción es “lógica”: “El mercado esperaba un " +
        "recorte de previsiones y no lo ha habido. Con eso, de momento, le basta”.",
      "Fuentes sindicales critican, en cambio, que los resultados se apoyen en el ajuste de plantilla. " +
        "“Se ha ganado más con 3.000 trabajadores menos y eso se vende como un éxito”, lamenta un " +
        "delegado de CC OO.",
    ],
    quotes: [
      ["más cerca que nunca", "Rafael Sotomayor"],
      ["antes de fin de año", "Rafael Sotomayor"],
      ["Nuestro perímetro será más pequeño, pero mucho más rentable", "Rafael Sotomayor"],
      [
        "La generación de caja del trimestre es buena, pero no basta para cubrir dividendo e intereses " +
          "sin nuevas desinversiones",
        "los analistas de Bankinter",
      ],
      ["Es un compromiso con nuestros accionistas y no está en discusión", "Luis Ángel Quintana"],
      ["lógica", "Ana Berrocal"],
      [
        "El mercado esperaba un recorte de previsiones y no lo ha habido. Con eso, de momento, le basta",
        "Ana Berrocal",
      ],
      ["Se ha ganado más con 3.000 trabajadores menos y eso se vende como un éxito", "un delegado de CC OO"],
    ],
  },
  {
    name: "Mundo Deportivo, crónica: el técnico en sala de prensa, zona mixta, el rival, avanzó, el capitán",
    headline: "Vidal no se esconde: «Hemos jugado el peor partido de la temporada»",
    paragraphs: [
      "El Barça dejó escapar dos puntos en Balaídos (1-1) en una noche en la que solo el gol de Ferran " +
        "Soler en el minuto 88 evitó la derrota. El equipo azulgrana, que llegaba tras tres victorias " +
        "seguidas, fue inferior al Celta durante buena parte del encuentro.",
      "«Hemos jugado el peor partido de la temporada y no voy a buscar excusas. El Celta ha sido mejor " +
        "y el empate es lo más positivo de la noche», reconoció Marc Vidal en la sala de prensa. El " +
        "técnico lamentó sobre todo la primera parte: «No hemos ganado un duelo. Así es imposible».",
      "En la zona mixta, Ferran Soler fue el único que se detuvo ante los periodistas. «El gol no me " +
        "vale de mucho. Veníamos a ganar y nos vamos con la sensación de haber tenido suerte», admitió " +
        "el extremo de Terrassa, que cumplía cien partidos con la camiseta azulgrana.",
      "En el banquillo local, el entrenador del Celta, Diego Barreiro, se marchó con un sabor " +
        "agridulce. «Mis jugadores han hecho un partidazo. Si el fútbol fuera justo, hoy estaríamos " +
        "hablando de otra cosa», dijo el técnico gallego, que pidió a la afición que siga «empujando " +
        "así».",
      "La nota negativa fue la lesión de Àlex Roig, que se retiró en el minuto 30 con molestias en el " +
        "isquiotibial. El central se someterá este lunes a pruebas. «No tiene buena pinta, pero " +
        "esperemos a los resultados», avanzó Vidal.",
      "El Barça recibe el miércoles al Inter en la Champions con la baja segura de Roig. «Es una final " +
        "y la vamos a jugar como tal», avisó el capitán, Joan Ferrer, antes de subir al autobús.",
    ],
    quotes: [
      // The headline quotes a shorter fragment than the body, so it is an entry of its own.
      ["Hemos jugado el peor partido de la temporada", "Marc Vidal"],
      [
        "Hemos jugado el peor partido de la temporada y no voy a buscar excusas. El Celta ha sido mejor " +
          "y el empate es lo más positivo de la noche",
        "Marc Vidal",
      ],
      ["No hemos ganado un duelo. Así es imposible", "Marc Vidal"],
      [
        "El gol no me vale de mucho. Veníamos a ganar y nos vamos con la sensación de haber tenido suerte",
        "Ferran Soler",
      ],
      [
        "Mis jugadores han hecho un partidazo. Si el fútbol fuera justo, hoy estaríamos hablando de otra " +
          "cosa",
        "Diego Barreiro",
      ],
      ["empujando así", "Diego Barreiro"],
      ["No tiene buena pinta, pero esperemos a los resultados", "Marc Vidal"],
      ["Es una final y la vamos a jugar como tal", "Joan Ferrer"],
    ],
  },
  {
    name: "Olé, fútbol argentino: tiró en la conferencia, apodos, un posteo, analizó el Profe, un hincha",
    todo: "the nickname epithet “el Profe” is not linked to the coach named before",
    headline: 'Ledesma bancó a Benítez: "Es el mejor nueve del fútbol argentino"',
    paragraphs: [
      "Después del 0-0 ante Talleres en la Bombonera, el DT de Boca, Martín Ledesma, salió a respaldar " +
        "a Nicolás Benítez, el delantero al que la gente silbó cuando fue reemplazado en el segundo " +
        'tiempo. "Es el mejor nueve del fútbol argentino, y lo digo con todas las letras. El gol va a ' +
        'llegar", tiró en la conferencia.',
      "El Chino, como lo conocen sus compañeros, lleva siete partidos sin convertir y ayer erró un mano " +
        'a mano a los 20 minutos. "Me duele que la gente se la agarre con él. Yo lo quiero en mi equipo ' +
        'siempre", insistió Ledesma, que además le apuntó al estado del campo: "Con esta cancha no se ' +
        'puede jugar por abajo".',
      "Benítez no habló en la zona mixta, pero en sus redes sociales publicó un mensaje corto: " +
        '"Trabajo y silencio. Esto se da vuelta".',
      'Del otro lado, el entrenador de Talleres, Gustavo Araujo, se fue conforme. "Vinimos a la ' +
        "Bombonera a jugarle de igual a igual y lo hicimos. Nos faltó un poco de valentía en los " +
        'últimos metros", analizó el Profe.',
      'En la platea, el malestar fue evidente. "Así no se puede pelear el campeonato. Hace tres ' +
        'partidos que no pateamos al arco", se quejó Roberto, un hincha de 62 años que no falta desde ' +
        "1978.",
      'El presidente del club, Jorge Amenábar, evitó hablar del técnico al salir del estadio: "No es ' +
        'momento de hacer declaraciones, estamos todos juntos". Boca visita el domingo a Huracán.',
    ],
    quotes: [
      // The headline quotes a shorter fragment than the body, so it is an entry of its own.
      ["Es el mejor nueve del fútbol argentino", "Martín Ledesma"],
      [
        "Es el mejor nueve del fútbol argentino, y lo digo con todas las letras. El gol va a llegar",
        "Martín Ledesma",
      ],
      ["Me duele que la gente se la agarre con él. Yo lo quiero en mi equipo siempre", "Martín Ledesma"],
      ["Con esta cancha no se puede jugar por abajo", "Martín Ledesma"],
      ["Trabajo y silencio. Esto se da vuelta", "Nicolás Benítez"],
      [
        "Vinimos a la Bombonera a jugarle de igual a igual y lo hicimos. Nos faltó un poco de valentía " +
          "en los últimos metros",
        "Gustavo Araujo",
      ],
      ["Así no se puede pelear el campeonato. Hace tres partidos que no pateamos al arco", "Roberto"],
      ["No es momento de hacer declaraciones, estamos todos juntos", "Jorge Amenábar"],
    ],
  },
  {
    name: "El Observador, educación: dijo a El Observador, el jerarca, el documento señala, el ministro",
    todo: "“El documento señala” is not linked to the report named before",
    headline:
      "Fenapes para 24 horas contra la reforma del bachillerato y el Codicen responde: “No hay vuelta atrás”",
    paragraphs: [
      "La Federación Nacional de Profesores de Educación Secundaria (Fenapes) realizará este jueves un " +
        "paro de 24 horas en todo el país en rechazo a los cambios en el bachillerato que la " +
        "Administración Nacional de Educación Pública aplicará desde marzo. La medida afectará a unos " +
        "200.000 estudiantes de liceos públicos.",
      "El secretario general del sindicato, Gabriel Olivera, dijo a El Observador que la reforma se " +
        "diseñó “sin escuchar a los docentes” y que reduce horas de Historia y Filosofía “para meter " +
        "talleres sin contenido”. “Nos están vendiendo innovación y lo que hay es un recorte con otro " +
        "nombre”, afirmó.",
      "El presidente del Consejo Directivo Central (Codicen), Andrés Pereyra, descartó cambios. “No hay " +
        "vuelta atrás. La reforma se aprobó con todos los informes técnicos y se va a aplicar”, sostuvo " +
        "el jerarca en rueda de prensa. Según Pereyra, el paro es “una decisión política” que " +
        "“perjudica a los chiquilines que menos tienen”.",
      "El informe anual del Instituto Nacional de Evaluación Educativa (INEEd) muestra que solo cuatro " +
        "de cada diez jóvenes de 21 a 23 años terminan la educación media. El documento señala que la " +
        "desvinculación “se concentra en los primeros años de bachillerato” y en los hogares de menores " +
        "ingresos.",
      "En el liceo 35 de Montevideo, la profesora de Literatura Soledad Ferreira explicó que adherirá " +
        "al paro aunque no comparte todos los reclamos del sindicato. “Hay cosas de la reforma que " +
        "están bien, pero nadie nos preguntó cómo aplicarlas en un aula con 38 alumnos”, contó.",
      "Desde el Ministerio de Educación y Cultura, el ministro Pablo Rivero pidió “bajar la pelota” y " +
        "convocó a ambas partes a una reunión la semana próxima.",
    ],
    quotes: [
      // The headline repeats part of the president's words (an entry of its own, still his words).
      ["No hay vuelta atrás", "Andrés Pereyra"],
      ["sin escuchar a los docentes", "Gabriel Olivera"],
      ["para meter talleres sin contenido", "Gabriel Olivera"],
      ["Nos están vendiendo innovación y lo que hay es un recorte con otro nombre", "Gabriel Olivera"],
      [
        "No hay vuelta atrás. La reforma se aprobó con todos los informes técnicos y se va a aplicar",
        "Andrés Pereyra",
      ],
      ["una decisión política", "Andrés Pereyra"],
      ["perjudica a los chiquilines que menos tienen", "Andrés Pereyra"],
      [
        "se concentra en los primeros años de bachillerato",
        "El informe anual del Instituto Nacional de Evaluación Educativa",
      ],
      [
        "Hay cosas de la reforma que están bien, pero nadie nos preguntó cómo aplicarlas en un aula con " +
          "38 alumnos",
        "Soledad Ferreira",
      ],
      ["bajar la pelota", "Pablo Rivero"],
    ],
  },
  {
    name: "La República, tribunales: el fiscal sostuvo, la defensa calificó de, el acusado, el juez",
    headline: "Piden 15 años de prisión para exgobernador de Áncash por hospitales sobrevalorados",
    paragraphs: [
      "La Fiscalía Anticorrupción de Huaraz pidió ayer 15 años de prisión para el exgobernador " +
        "regional de Áncash Hernán Villavicencio, acusado de colusión agravada en la construcción de " +
        "tres hospitales que costaron el doble de lo presupuestado.",
      'Durante la audiencia, el fiscal provincial Óscar Huamán sostuvo que el exfuncionario "armó un ' +
        'esquema para favorecer a empresas de su entorno" y que el perjuicio al Estado supera los 48 ' +
        'millones de soles. "Las pericias son contundentes: se pagaron obras que nunca se ejecutaron", ' +
        "afirmó ante el juez.",
      "La defensa de Villavicencio, a cargo del abogado César Moncada, calificó la acusación de " +
        '"novela sin pruebas" y anunció que pedirá la nulidad del proceso. "Mi patrocinado no firmó ' +
        'ninguno de los contratos. Se le quiere juzgar por ser gobernador, no por lo que hizo", declaró ' +
        "a la salida de la sala.",
      "El propio Villavicencio, que siguió la audiencia por videoconferencia desde el penal de " +
        'Chimbote, pidió la palabra al final de la sesión. "Soy inocente y lo voy a demostrar. Yo dejé ' +
        'hospitales, no elefantes blancos", dijo con la voz quebrada.',
      "El juez Javier Salcedo Ríos fijó para el 12 de mayo la lectura de la sentencia y advirtió a las " +
        'partes que no admitirá "más dilaciones".',
      'Fuera del juzgado, una veintena de pobladores de Huari esperaban con carteles. "Nos prometieron ' +
        'un hospital y tenemos un cascarón vacío. Mi madre murió esperando una operación", contó a La ' +
        "República Marleni Quispe, dirigente del frente de defensa de la provincia.",
    ],
    quotes: [
      ["armó un esquema para favorecer a empresas de su entorno", "Óscar Huamán"],
      ["Las pericias son contundentes: se pagaron obras que nunca se ejecutaron", "Óscar Huamán"],
      ["novela sin pruebas", "César Moncada"],
      [
        "Mi patrocinado no firmó ninguno de los contratos. Se le quiere juzgar por ser gobernador, no " +
          "por lo que hizo",
        "César Moncada",
      ],
      ["Soy inocente y lo voy a demostrar. Yo dejé hospitales, no elefantes blancos", "Hernán Villavicencio"],
      ["más dilaciones", "Javier Salcedo Ríos"],
      [
        "Nos prometieron un hospital y tenemos un cascarón vacío. Mi madre murió esperando una operación",
        "Marleni Quispe",
      ],
    ],
  },
  {
    name: "Semana, Congreso: cita al frente del titular, la senadora, el ministro desde su curul, un gremio",
    headline: "“Nos quieren imponer un pupitrazo”: la oposición abandona el debate de la reforma a la salud",
    paragraphs: [
      "La plenaria del Senado vivió este martes una de sus sesiones más tensas del año. Cuando la mesa " +
        "directiva sometió a votación el cierre del debate del artículo 12 de la reforma a la salud, " +
        "una veintena de senadores de oposición abandonó el recinto.",
      "“Nos quieren imponer un pupitrazo. No vamos a ser cómplices de que se voten 40 artículos en una " +
        "noche”, dijo la senadora del Centro Democrático Carolina Mejía Urrego antes de salir del " +
        "salón Elíptico.",
      "El ministro del Interior, Héctor Cabal, respondió desde su curul que el debate lleva “más de " +
        "seis meses” y que la oposición “no quiere discutir, quiere dilatar”. “Aquí nadie ha impedido " +
        "que hablen. Lo que no vamos a permitir es que se hunda la reforma por cansancio”, aseguró " +
        "después en diálogo con SEMANA.",
      "El senador liberal Fabio Restrepo, ponente de la iniciativa, intentó mediar. Propuso una sesión " +
        "adicional el jueves para votar los artículos restantes “con calma y con todos presentes”, una " +
        "salida que la mesa aceptó al filo de la medianoche.",
      "Por su parte, la Asociación Colombiana de Empresas de Medicina Integral (Acemi), que agrupa a " +
        "las EPS, advirtió en un comunicado que la reforma “pone en riesgo la atención de 24 millones " +
        "de afiliados” y pidió al Congreso “no legislar a las carreras”.",
      "Para la politóloga de la Universidad de los Andes Natalia Garzón, lo ocurrido “confirma que el " +
        "Gobierno no tiene las mayorías que cree tener”. “Cada votación se va a convertir en una " +
        "negociación uno a uno”, le dijo a esta revista.",
    ],
    quotes: [
      // The headline repeats part of the senator's words: they are still hers (GUIDELINES.md).
      ["Nos quieren imponer un pupitrazo", "Carolina Mejía Urrego"],
      [
        "Nos quieren imponer un pupitrazo. No vamos a ser cómplices de que se voten 40 artículos en una " +
          "noche",
        "Carolina Mejía Urrego",
      ],
      ["más de seis meses", "Héctor Cabal"],
      ["no quiere discutir, quiere dilatar", "Héctor Cabal"],
      [
        "Aquí nadie ha impedido que hablen. Lo que no vamos a permitir es que se hunda la reforma por " +
          "cansancio",
        "Héctor Cabal",
      ],
      ["con calma y con todos presentes", "Fabio Restrepo"],
      [
        "pone en riesgo la atención de 24 millones de afiliados",
        "la Asociación Colombiana de Empresas de Medicina Integral",
      ],
      ["no legislar a las carreras", "la Asociación Colombiana de Empresas de Medicina Integral"],
      ["confirma que el Gobierno no tiene las mayorías que cree tener", "Natalia Garzón"],
      ["Cada votación se va a convertir en una negociación uno a uno", "Natalia Garzón"],
    ],
  },
]);
