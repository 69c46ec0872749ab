// A thirty-first round of composed Spanish news articles, in the styles of outlets and beats the first
// thirty rounds did not use: Segre (Lleida's council passes its 2027 budget), La Opinión de Tenerife (a
// former Arona councillor tried for taking kickbacks on building permits), Diario de Querétaro (a French
// landing-gear maker expands its plant, México), La Crónica del Quindío (a late Deportes Quindío win in
// Armenia, Colombia, straight quotation marks), Juventud Rebelde (a young singer-songwriter's first album,
// La Habana, Cuba), Málaga Hoy (a drought-tolerance gene found in avocado rootstocks by the IHSM La
// Mayora), La Opinión Austral (bronchiolitis overwhelms the children's emergency ward, Río Gallegos,
// Argentina), El Occidental (three men arrested for robbing delivery riders in Zapopan, México, straight
// quotation marks), Diario del Sur (forty Pasto schools start term without school meals, Colombia) and El
// Centro (charges against a fruit company over a fish kill in the río Claro, Talca, Chile).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Segre, política: subtítulo con cita parcial del alcalde descrito allí y nombrado solo en el " +
      "cuerpo y repetida en él con «defendió», segunda cita con «afirmó», dos hombres en un párrafo " +
      "con «acusó … de» y cita parcial y «lamentó Roig», cita partida por «explicó la concejala» " +
      "invertido, informe de la Intervención con «advierte de que» y cita parcial, nombre de una " +
      "campaña (no cita)",
    headline: "La Paeria aprueba el presupuesto de 2027 con el apoyo de ERC",
    standfirst:
      "El alcalde defiende unas cuentas «pensadas para los barrios» frente a una oposición que " +
      "denuncia la subida del IBI",
    paragraphs: [
      "El pleno de la Paeria aprobó ayer el presupuesto municipal de 2027, de 212 millones de euros, " +
        "con los votos del PSC y de ERC, mientras que Junts, el PP y Vox votaron en contra.",
      "El alcalde de Lleida, Ramon Bosch Vidal, defendió unas cuentas «pensadas para los barrios» y " +
        "destacó que la inversión crece un 18 % respecto a este año. «No es un presupuesto de " +
        "escaparate, es un presupuesto de aceras, de escuelas y de autobuses», afirmó durante su " +
        "intervención.",
      "El portavoz de ERC, Marc Tarragó Pujol, justificó el apoyo de su grupo por el acuerdo para " +
        "alargar la línea 4 de autobús hasta La Bordeta, mientras que el líder de Junts, Xavier Roig " +
        "Bertran, acusó al gobierno municipal de «hacer trampas con la deuda». «Han vendido como " +
        "inversión lo que son facturas pendientes del año pasado», lamentó Roig.",
      "«Votamos que no», explicó la concejala del PP Marta Pinós Serra, «porque el IBI vuelve a " +
        "subir y nadie nos ha explicado por qué».",
      "El informe de la Intervención municipal, incorporado al expediente, advierte de que el nivel " +
        "de endeudamiento «se sitúa todavía por debajo del límite legal, pero con poco margen».",
      "Las cuentas incluyen además 400.000 euros para la campaña «Viu l'Eix», de dinamización del " +
        "Eix Comercial, y una partida para reformar el pabellón del Onze de Setembre.",
    ],
    quotes: [
      ["pensadas para los barrios", "Ramon Bosch Vidal"],
      [
        "No es un presupuesto de escaparate, es un presupuesto de aceras, de escuelas y de autobuses",
        "Ramon Bosch Vidal",
      ],
      ["hacer trampas con la deuda", "Xavier Roig Bertran"],
      ["Han vendido como inversión lo que son facturas pendientes del año pasado", "Xavier Roig Bertran"],
      ["Votamos que no", "Marta Pinós Serra"],
      ["porque el IBI vuelve a subir y nadie nos ha explicado por qué", "Marta Pinós Serra"],
      [
        "se sitúa todavía por debajo del límite legal, pero con poco margen",
        "El informe de la Intervención municipal",
      ],
    ],
  },
  {
    name:
      "La Opinión de Tenerife, tribunales: nombre de un caso (no cita), escrito de acusación con " +
      "«sostiene que» y cita parcial, acusado con «declaró» y segunda cita sin verbo, dos hombres " +
      "en un párrafo con pregunta del fiscal («le preguntó el fiscal») y respuesta con cita anidada " +
      "(«respondió el constructor»), abogada con cita parcial tras «es», vecino anónimo con dos " +
      "puntos",
    todo:
      "«En mano y en un sobre. Él me dijo: “Aquí no, …» goes to Álvaro Méndez Rivero, not Óscar Delgado " +
      "Perdomo; «Aquí todos sabíamos cómo se conseguían las li…» goes to un vecino de Los Cristianos, " +
      "not un vecino",
    headline: "Juzgan a un exconcejal de Arona por cobrar comisiones a cambio de licencias",
    paragraphs: [
      "La Audiencia Provincial de Santa Cruz de Tenerife comenzó ayer a juzgar al exconcejal de " +
        "Urbanismo de Arona Domingo Hernández Alonso, para quien la Fiscalía Anticorrupción pide seis " +
        "años de prisión por cobrar presuntamente 180.000 euros en comisiones a cambio de licencias " +
        "de obra, en la causa conocida como «caso Mirador».",
      "El escrito de acusación sostiene que el acusado «exigía un porcentaje fijo de cada licencia» " +
        "a través de una sociedad pantalla radicada en Las Palmas de Gran Canaria.",
      "Hernández, de 61 años, negó todos los cargos. «Yo nunca he cobrado un euro que no fuera mi " +
        "sueldo», declaró ante el tribunal. «Esa sociedad era de mi cuñado y yo no tenía ni firma».",
      "El empresario Óscar Delgado Perdomo, que confesó los pagos durante la instrucción, ratificó " +
        "ayer su declaración ante el fiscal anticorrupción Álvaro Méndez Rivero. «¿Le entregó usted " +
        "el dinero en mano?», le preguntó el fiscal. «En mano y en un sobre. Él me dijo: “Aquí no, " +
        "en el coche”», respondió el constructor.",
      "Para la abogada defensora, Nieves Cabrera Trujillo, el testimonio de Delgado es «el de " +
        "alguien que ha pactado con la Fiscalía para salvarse».",
      "A la salida, un vecino de Los Cristianos que siguió la sesión desde el público resumía el " +
        "sentir de muchos: «Aquí todos sabíamos cómo se conseguían las licencias».",
      "El juicio continuará el lunes con la declaración de los peritos de la Agencia Tributaria.",
    ],
    quotes: [
      ["exigía un porcentaje fijo de cada licencia", "El escrito de acusación"],
      ["Yo nunca he cobrado un euro que no fuera mi sueldo", "Domingo Hernández Alonso"],
      ["Esa sociedad era de mi cuñado y yo no tenía ni firma", "Domingo Hernández Alonso"],
      ["¿Le entregó usted el dinero en mano?", "Álvaro Méndez Rivero"],
      ["En mano y en un sobre. Él me dijo: “Aquí no, en el coche”", "Óscar Delgado Perdomo"],
      ["el de alguien que ha pactado con la Fiscalía para salvarse", "Nieves Cabrera Trujillo"],
      ["Aquí todos sabíamos cómo se conseguían las licencias", "un vecino"],
    ],
  },
  {
    name:
      "Diario de Querétaro, negocios: titular con cita del directivo nombrado solo en el cuerpo y " +
      "repetida en él con «expresó el directivo francés» y segunda cita sin verbo, apodo de la " +
      "región y nombre de una estrategia (no citas), dos mujeres en un párrafo con «destacó que» " +
      "y cita parcial y «aseguró la rectora», comunicado con «De acuerdo con» y cita parcial, " +
      "consultor anónimo con «advirtió»",
    todo:
      "«operando a plena capacidad en el segundo seme…» goes to América, not un comunicado de la " +
      "empresa; «El Bajío se está quedando con inversiones que…» goes to un consultor del Clúster " +
      "Aeroespacial de Querétaro, not un consultor",
    headline: "“Querétaro es ya nuestra segunda casa”: Aéronov ampliará su planta con 85 mdd",
    paragraphs: [
      "La empresa francesa Aéronov, fabricante de componentes para trenes de aterrizaje, invertirá " +
        "85 millones de dólares en la ampliación de su planta en el Parque Aeroespacial de Querétaro, " +
        "con lo que generará 600 empleos directos en los próximos tres años.",
      "El director general de la compañía para América, Laurent Mercier, hizo el anuncio en Palacio " +
        "de Gobierno. “Querétaro es ya nuestra segunda casa”, expresó el directivo francés, quien " +
        "llegó al estado en 2009. “Aquí encontramos ingenieros que en Europa ya no conseguimos”.",
      "La titular de la Secretaría de Desarrollo Sustentable (Sedesu), Gabriela Ruiz Olvera, destacó " +
        "que la inversión “confirma la vocación aeroespacial del estado”, y la rectora de la " +
        "Universidad Aeronáutica en Querétaro (UNAQ), Mónica Ledesma Pacheco, anunció 200 lugares más " +
        "en sus ingenierías. “Vamos a formar desde el primer semestre a los técnicos que esta planta " +
        "necesita”, aseguró la rectora.",
      "De acuerdo con un comunicado de la empresa, la nueva nave, de 22 mil metros cuadrados, estará " +
        "“operando a plena capacidad en el segundo semestre de 2028”.",
      "El anuncio se enmarca en la estrategia “Querétaro Conecta”, con la que el gobierno estatal " +
        "busca consolidar a la entidad como el “Silicon Valley aeroespacial” de México.",
      "“El Bajío se está quedando con inversiones que antes iban a Asia, pero la falta de agua y de " +
        "energía eléctrica puede frenar esa ola”, advirtió un consultor del Clúster Aeroespacial de " +
        "Querétaro que pidió omitir su nombre.",
    ],
    quotes: [
      ["Querétaro es ya nuestra segunda casa", "Laurent Mercier"],
      ["Aquí encontramos ingenieros que en Europa ya no conseguimos", "Laurent Mercier"],
      ["confirma la vocación aeroespacial del estado", "Gabriela Ruiz Olvera"],
      [
        "Vamos a formar desde el primer semestre a los técnicos que esta planta necesita",
        "Mónica Ledesma Pacheco",
      ],
      ["operando a plena capacidad en el segundo semestre de 2028", "un comunicado de la empresa"],
      [
        "El Bajío se está quedando con inversiones que antes iban a Asia, pero la falta de agua y de " +
          "energía eléctrica puede frenar esa ola",
        "un consultor",
      ],
    ],
  },
  {
    name:
      "La Crónica del Quindío, fútbol (comillas rectas): goleador con «contó Murillo», técnico con " +
      "«reconoció que» y cita parcial y «Y añadió:» con dos puntos, apodo del club (no cita), " +
      "técnico rival con «se quejó» invertido, hincha anónimo con «dijo», club con «informó … que» " +
      "y cita parcial",
    headline: "Deportes Quindío le ganó 2-1 a Real Cartagena y sigue soñando con los cuadrangulares",
    paragraphs: [
      "Con un cabezazo de Yeison Murillo en el minuto 88, Deportes Quindío derrotó anoche 2-1 a Real " +
        "Cartagena en el estadio Centenario de Armenia y llegó a 24 puntos, a uno de la zona de " +
        "clasificación a los cuadrangulares del Torneo BetPlay.",
      '"Sabíamos que el empate no nos servía de nada; el profe nos pidió meter gente en el área ' +
        'hasta el final", contó Murillo, de 22 años, en la zona mixta.',
      'El técnico Hernán Darío Giraldo reconoció que el equipo "sufrió más de la cuenta" en el ' +
        'segundo tiempo. Y añadió: "Nos faltó pausa con el balón. Cuando ganamos 1-0 nos echamos ' +
        'atrás, y eso no puede volver a pasar".',
      '"El arbitraje nos condicionó todo el partido", se quejó el entrenador visitante, Arturo ' +
        "Palomino, que reclamó un penal sobre su delantero en el primer tiempo.",
      'En las tribunas, la hinchada del "Milagroso" celebró hasta mucho después del pitazo final. ' +
        '"Hace rato no salía uno del Centenario con esta alegría", dijo un hincha que viajó desde ' +
        "Calarcá con sus dos hijos.",
      "Deportes Quindío informó en sus redes sociales que la boletería para el partido del domingo " +
        'ante Boyacá Chicó "estará disponible desde el jueves en taquillas y en línea".',
    ],
    quotes: [
      [
        "Sabíamos que el empate no nos servía de nada; el profe nos pidió meter gente en el área " +
          "hasta el final",
        "Yeison Murillo",
      ],
      ["sufrió más de la cuenta", "Hernán Darío Giraldo"],
      [
        "Nos faltó pausa con el balón. Cuando ganamos 1-0 nos echamos atrás, y eso no puede volver a pasar",
        "Hernán Darío Giraldo",
      ],
      ["El arbitraje nos condicionó todo el partido", "Arturo Palomino"],
      ["Hace rato no salía uno del Centenario con esta alegría", "un hincha"],
      ["estará disponible desde el jueves en taquillas y en línea", "Deportes Quindío"],
    ],
  },
  {
    name:
      "Juventud Rebelde, cultura: título de un disco (no cita), cantautora con cita que sigue en el " +
      "párrafo siguiente y «confesó la joven», productor con «aseguró que» y cita parcial, dos " +
      "hombres en un párrafo con «bromeó el pianista», asociación con «informó que» y cita parcial, " +
      "estudiante anónima con «comentó»",
    todo:
      "«Hacía tiempo que no salía de un concierto tar…» goes to una estudiante de Periodismo de la " +
      "Universidad de La Habana, not una estudiante",
    headline: "Ariadna Leyva presenta “Malecón adentro”, su primer disco",
    paragraphs: [
      "La cantautora Ariadna Leyva Cruz, de 27 años, presentó este viernes en la sala Avellaneda del " +
        "Teatro Nacional su primer fonograma, “Malecón adentro”, producido por la EGREM y grabado en " +
        "los estudios Abdala.",
      "Para Leyva, el disco es un retrato de su ciudad. “Estas canciones las escribí en guaguas, en " +
        "colas, en la azotea de mi casa. Son crónicas de una muchacha de Centro Habana que mira el " +
        "mar todos los días.",
      "“Quería que el disco sonara a La Habana tal como es, con sus ruidos y sus silencios”, confesó " +
        "la joven, graduada del Conservatorio Amadeo Roldán.",
      "El productor musical Yasser Hechavarría, quien ha trabajado con varias generaciones de " +
        "trovadores, aseguró que Leyva tiene “una voz que no se parece a la de nadie”.",
      "En el concierto participaron como invitados el tresero Rolando Fajardo y el pianista " +
        "Alejandro Vidal Mena. “Ariadna nos trajo las canciones casi terminadas; nosotros solo les " +
        "pusimos la ropa”, bromeó el pianista.",
      "La Asociación Hermanos Saíz, que apoyó la producción, informó que el disco “estará disponible " +
        "en las plataformas digitales a partir del 15 de diciembre”.",
      "“Hacía tiempo que no salía de un concierto tarareando”, comentó a la salida una estudiante de " +
        "Periodismo de la Universidad de La Habana.",
    ],
    quotes: [
      [
        "Estas canciones las escribí en guaguas, en colas, en la azotea de mi casa. Son crónicas de " +
          "una muchacha de Centro Habana que mira el mar todos los días.",
        "Ariadna Leyva Cruz",
      ],
      [
        "Quería que el disco sonara a La Habana tal como es, con sus ruidos y sus silencios",
        "Ariadna Leyva Cruz",
      ],
      ["una voz que no se parece a la de nadie", "Yasser Hechavarría"],
      [
        "Ariadna nos trajo las canciones casi terminadas; nosotros solo les pusimos la ropa",
        "Alejandro Vidal Mena",
      ],
      [
        "estará disponible en las plataformas digitales a partir del 15 de diciembre",
        "La Asociación Hermanos Saíz",
      ],
      ["Hacía tiempo que no salía de un concierto tarareando", "una estudiante"],
    ],
  },
  {
    name:
      "Málaga Hoy, ciencia: titular con cita de la investigadora nombrada solo en el cuerpo y " +
      "repetida en él con «resume la bióloga» en presente, título de una revista (no cita), cita " +
      "parcial tras «explica que» y segunda cita sin verbo, agricultor con dos puntos, cita partida " +
      "por «advierte Sánchez» invertido, «Según la Junta» con cita parcial, nombre de una variedad " +
      "(no cita)",
    headline:
      "«Podremos regar un 30 % menos»: La Mayora halla el gen que ayuda al aguacate a resistir la sequía",
    paragraphs: [
      "Un equipo del Instituto de Hortofruticultura Subtropical y Mediterránea La Mayora (IHSM), " +
        "centro mixto de la Universidad de Málaga y el CSIC, ha identificado un gen que permite a " +
        "algunos patrones de aguacate soportar largos periodos de sequía sin perder cosecha. El " +
        "trabajo se publica esta semana en la revista «Plant Physiology».",
      "La investigadora principal, Lucía Gámez Ortega, explica que el gen actúa «como un " +
        "interruptor» que cierra los poros de la hoja cuando el suelo se seca. «Podremos regar un " +
        "30 % menos», resume la bióloga, de 44 años. «Si conseguimos incorporarlo a los patrones " +
        "comerciales, el árbol ni siquiera lo notará».",
      "El hallazgo llega en plena crisis hídrica en la Axarquía. El presidente de la asociación de " +
        "productores Axarquía Tropical, Antonio Moyano Ruiz, lo recibe con cautela: «Bienvenido sea, " +
        "pero un árbol nuevo tarda cinco años en dar fruto y nosotros no tenemos cinco años».",
      "«Esto no es una solución para mañana», advierte Sánchez, el coautor del estudio, «sino una " +
        "herramienta para la próxima década». Rafael Sánchez Pino, investigador del CSIC, trabaja " +
        "ya con viveros de Vélez-Málaga para probar los primeros patrones en campo.",
      "Según la Junta de Andalucía, la superficie de aguacate en regadío de la comarca «se ha " +
        "reducido un 40 % desde 2022» por las restricciones de agua.",
      "El grupo ha empezado por la variedad «Hass», la más cultivada en la provincia, y prevé " +
        "extender los ensayos a la «Lamb Hass» el próximo año.",
    ],
    quotes: [
      ["Podremos regar un 30 % menos", "Lucía Gámez Ortega"],
      ["como un interruptor", "Lucía Gámez Ortega"],
      [
        "Si conseguimos incorporarlo a los patrones comerciales, el árbol ni siquiera lo notará",
        "Lucía Gámez Ortega",
      ],
      [
        "Bienvenido sea, pero un árbol nuevo tarda cinco años en dar fruto y nosotros no tenemos " +
          "cinco años",
        "Antonio Moyano Ruiz",
      ],
      ["Esto no es una solución para mañana", "Rafael Sánchez Pino"],
      ["sino una herramienta para la próxima década", "Rafael Sánchez Pino"],
      ["se ha reducido un 40 % desde 2022", "la Junta de Andalucía"],
    ],
  },
  {
    name:
      "La Opinión Austral, salud: bajada con cita de la jefa de servicio descrita allí y nombrada " +
      "solo en el cuerpo y repetida en él con «admitió» y segunda cita sin verbo, ministerio con " +
      "«informó mediante un parte que» y cita parcial, dos mujeres en un párrafo con «se quejó " +
      "Barría», delegado gremial con «sostuvo que» y cita parcial, nombre de una campaña (no cita), " +
      "«recomendó la pediatra»",
    headline: "Bronquiolitis: la guardia pediátrica del Hospital Regional, al límite",
    standfirst: "“Tenemos chicos esperando cama en sillas”, admitió la jefa de Pediatría",
    paragraphs: [
      "La guardia pediátrica del Hospital Regional Río Gallegos atiende desde hace dos semanas más " +
        "del doble de las consultas habituales por el pico de infecciones respiratorias, en su " +
        "mayoría bronquiolitis en menores de dos años.",
      "La jefa del servicio de Pediatría, Natalia Quiroga, reconoció la situación. “Tenemos chicos " +
        "esperando cama en sillas”, admitió. “Los doce lugares de internación están ocupados y " +
        "tuvimos que habilitar el gimnasio de kinesiología”.",
      "El Ministerio de Salud de Santa Cruz informó mediante un parte que “no se registran " +
        "fallecimientos” y que la guardia se reforzó con cuatro profesionales del Hospital de Río " +
        "Turbio.",
      "Yanina Cárdenas llegó a las seis de la mañana con su hija de ocho meses y a las once todavía " +
        "esperaba. A su lado, Sofía Barría contaba que era su tercera consulta en la semana. “Te " +
        "dicen que vuelvas si tiene fiebre, y vuelve a tener fiebre”, se quejó Barría.",
      "Desde ATE, el delegado hospitalario Marcos Vera sostuvo que la falta de personal “no es de " +
        "este invierno, es de hace años”.",
      "La cartera sanitaria recordó que sigue vigente la campaña “Invierno sin bronquiolitis” y que " +
        "la vacuna contra el virus sincicial respiratorio está disponible para embarazadas. Quiroga, " +
        "por su parte, pidió a las familias consultar primero en los centros de salud barriales. " +
        "“Ventilar los ambientes y no fumar dentro de la casa sigue siendo lo más importante”, " +
        "recomendó la pediatra.",
    ],
    quotes: [
      ["Tenemos chicos esperando cama en sillas", "Natalia Quiroga"],
      [
        "Los doce lugares de internación están ocupados y tuvimos que habilitar el gimnasio de kinesiología",
        "Natalia Quiroga",
      ],
      ["no se registran fallecimientos", "El Ministerio de Salud de Santa Cruz"],
      ["Te dicen que vuelvas si tiene fiebre, y vuelve a tener fiebre", "Sofía Barría"],
      ["no es de este invierno, es de hace años", "Marcos Vera"],
      [
        "Ventilar los ambientes y no fumar dentro de la casa sigue siendo lo más importante",
        "Natalia Quiroga",
      ],
    ],
  },
  {
    name:
      "El Occidental, policiaca (comillas rectas): nombre de un operativo (no cita), «De acuerdo con " +
      "la Fiscalía» con cita parcial, comisario con «dijo el mando policial», alias (no cita), " +
      "repartidor anónimo con «relató el joven», colectivo con «exigió en un pronunciamiento» y " +
      "cita parcial, cita partida por «reconoció el comisario» invertido",
    todo:
      "«Trabajamos con miedo; ya no aceptamos pedidos…» goes to Un repartidor de 24 años, not un " +
      "repartidor",
    headline: "Detienen a tres por asaltar a repartidores de aplicaciones en Zapopan",
    paragraphs: [
      "Elementos de la Comisaría de Seguridad de Zapopan detuvieron a tres hombres señalados de " +
        "asaltar a repartidores de aplicaciones en las colonias Las Águilas y Ciudad Granja, como " +
        'parte del operativo "Ruta Segura".',
      'De acuerdo con la Fiscalía del Estado, los detenidos "citaban a las víctimas con pedidos ' +
        'falsos y las despojaban de su motocicleta a punta de pistola".',
      "El comisario de Zapopan, Héctor Javier Beltrán Ocampo, explicó que la captura fue posible " +
        'gracias a las cámaras del C5. "Los ubicamos por una moto robada que traía el GPS encendido; ' +
        'ni siquiera se molestaron en quitarlo", dijo el mando policial.',
      'Entre los detenidos está Brandon "N", alias "El Pelón", de 23 años, quien ya había sido ' +
        "procesado por robo de vehículo en 2023.",
      "Un repartidor de 24 años, que perdió su moto en marzo, acudió a la Comisaría a reconocer a " +
        'los detenidos. "Trabajamos con miedo; ya no aceptamos pedidos después de las diez de la ' +
        'noche", relató el joven.',
      "El colectivo Repartidores Unidos GDL exigió en un pronunciamiento " +
        '"que las plataformas compartan con la policía la ubicación de los pedidos sospechosos".',
      '"No es un caso aislado", reconoció el comisario, "tenemos identificadas al menos otras dos ' +
        'células que operan igual en Tlaquepaque".',
    ],
    quotes: [
      [
        "citaban a las víctimas con pedidos falsos y las despojaban de su motocicleta a punta de pistola",
        "la Fiscalía del Estado",
      ],
      [
        "Los ubicamos por una moto robada que traía el GPS encendido; ni siquiera se molestaron en quitarlo",
        "Héctor Javier Beltrán Ocampo",
      ],
      ["Trabajamos con miedo; ya no aceptamos pedidos después de las diez de la noche", "un repartidor"],
      [
        "que las plataformas compartan con la policía la ubicación de los pedidos sospechosos",
        "Repartidores Unidos GDL",
      ],
      ["No es un caso aislado", "Héctor Javier Beltrán Ocampo"],
      [
        "tenemos identificadas al menos otras dos células que operan igual en Tlaquepaque",
        "Héctor Javier Beltrán Ocampo",
      ],
    ],
  },
  {
    name:
      "Diario del Sur, educación: secretaria con «aseguró que» y cita parcial y «sostuvo la " +
      "funcionaria», rector con «explicó el directivo», contraloría en una carta con «advirtió … " +
      "que» y cita parcial, madre con cita sin verbo, lema de un plantón (no cita), presidente del " +
      "sindicato con «afirmó su presidente»",
    headline: "Sin refrigerios arrancó el segundo semestre en 40 colegios de Pasto",
    paragraphs: [
      "Más de 18.000 estudiantes de 40 instituciones educativas oficiales de Pasto regresaron ayer " +
        "a clases sin el Programa de Alimentación Escolar (PAE), porque el contrato con el nuevo " +
        "operador todavía no ha sido firmado.",
      "La secretaria de Educación municipal, Diana Marcela Erazo Bravo, aseguró que el retraso " +
        "obedece a “un error en los pliegos que obligó a repetir la licitación”. “Los niños tendrán " +
        "su refrigerio a más tardar el 4 de agosto; eso se lo garantizo a los padres”, sostuvo la " +
        "funcionaria.",
      "En la Institución Educativa Ciudad de Pasto, el rector Jairo Benavides Ortiz contó que dos " +
        "estudiantes se desmayaron durante la formación. “Para muchos de estos muchachos, el " +
        "refrigerio del colegio es la única comida segura del día”, explicó el directivo.",
      "La Contraloría Municipal advirtió en una carta dirigida al alcalde que la interrupción del " +
        "servicio “podría constituir un incumplimiento de las metas del Plan de Desarrollo”.",
      "Rosa Elvira Chamorro, madre de dos niñas de primaria del barrio Lorenzo de Aldana, madruga a " +
        "vender arepas en la plaza del Potrerillo. “Ahora tengo que mandarlas con algo de la casa, " +
        "y no siempre hay”.",
      "El Sindicato del Magisterio de Nariño (Simana) convocó un plantón frente a la Alcaldía para " +
        "el jueves, bajo el lema “Con hambre no se aprende”. “No vamos a permitir que los niños " +
        "paguen los errores de la administración”, afirmó su presidente, Luis Alfonso Ordóñez.",
    ],
    quotes: [
      ["un error en los pliegos que obligó a repetir la licitación", "Diana Marcela Erazo Bravo"],
      [
        "Los niños tendrán su refrigerio a más tardar el 4 de agosto; eso se lo garantizo a los padres",
        "Diana Marcela Erazo Bravo",
      ],
      [
        "Para muchos de estos muchachos, el refrigerio del colegio es la única comida segura del día",
        "Jairo Benavides Ortiz",
      ],
      ["podría constituir un incumplimiento de las metas del Plan de Desarrollo", "La Contraloría Municipal"],
      ["Ahora tengo que mandarlas con algo de la casa, y no siempre hay", "Rosa Elvira Chamorro"],
      ["No vamos a permitir que los niños paguen los errores de la administración", "Luis Alfonso Ordóñez"],
    ],
  },
  {
    name:
      "El Centro, medio ambiente: superintendencia con «En la resolución, … sostiene que» y cita " +
      "parcial, jefe regional con «advirtió que» y cita parcial, dos hombres en un párrafo con " +
      "«sostuvo el gerente», «Según el pescador» con cita parcial, bióloga con cita sin verbo, " +
      "nombres de un lugar y de una campaña (no citas), vecina anónima con «dijo», empresa en una " +
      "declaración pública con «afirmó que» y cita parcial",
    todo:
      "«Mis nietos se bañaban aquí todos los veranos;…» goes to una vecina del sector Las Rastras, " +
      "not una vecina",
    headline: "SMA formula cargos contra frutícola por mortandad de peces en el río Claro",
    paragraphs: [
      "La Superintendencia del Medio Ambiente (SMA) formuló cargos contra la empresa Frutícola Los " +
        "Maitenes por la descarga de riles que, según el organismo, provocó en enero la muerte de " +
        "miles de peces en el río Claro, a la altura de Talca.",
      "En la resolución, la SMA sostiene que la planta “descargó riles sin tratamiento durante al " +
        "menos once días” y califica la infracción como grave.",
      "El jefe de la oficina regional de la SMA, Cristián Muñoz Vergara, advirtió que la sanción " +
        "“puede llegar a la clausura de la planta” si se acreditan los hechos.",
      "Muñoz y el gerente de la empresa, Patricio Letelier Rojas, coincidieron el lunes en un " +
        "seminario en la Universidad de Talca. “Vamos a colaborar con la investigación, pero la " +
        "mortandad pudo tener otras causas, como el calor”, sostuvo el gerente.",
      "Según el pescador Heriberto Sepúlveda, presidente del sindicato de pescadores del río, el " +
        "agua “bajaba blanca y con olor a vinagre” la mañana en que aparecieron los primeros peces " +
        "muertos.",
      "La bióloga Javiera Contreras, del Centro de Ecología de la Universidad de Talca, tomó " +
        "muestras ese mismo día. “Encontramos oxígeno disuelto casi nulo en un tramo de cuatro " +
        "kilómetros. Eso no lo explica el calor.”",
      "En el sector del “Pozo Azul”, donde los vecinos levantaron la campaña “Río Claro Vivo”, el " +
        "balneario sigue cerrado. “Mis nietos se bañaban aquí todos los veranos; este año no los " +
        "dejo ni acercarse”, dijo una vecina del sector Las Rastras.",
      "La empresa, en una declaración pública, afirmó que sus sistemas de tratamiento “cumplen con " +
        "toda la normativa vigente” y que presentará un programa de cumplimiento.",
    ],
    quotes: [
      ["descargó riles sin tratamiento durante al menos once días", "La Superintendencia del Medio Ambiente"],
      ["puede llegar a la clausura de la planta", "Cristián Muñoz Vergara"],
      [
        "Vamos a colaborar con la investigación, pero la mortandad pudo tener otras causas, como el calor",
        "Patricio Letelier Rojas",
      ],
      ["bajaba blanca y con olor a vinagre", "Heriberto Sepúlveda"],
      [
        "Encontramos oxígeno disuelto casi nulo en un tramo de cuatro kilómetros. Eso no lo explica " +
          "el calor.",
        "Javiera Contreras",
      ],
      ["Mis nietos se bañaban aquí todos los veranos; este año no los dejo ni acercarse", "una vecina"],
      ["cumplen con toda la normativa vigente", "Frutícola Los Maitenes"],
    ],
  },
]);
