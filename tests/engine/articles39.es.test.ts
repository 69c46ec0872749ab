// A thirty-ninth round of composed Spanish news articles, in the styles of outlets and beats the
// first thirty-eight rounds did not use: Diario de Girona (wild boar ruin maize fields in the
// Empordà, agriculture, Catalunya, España), Diario de Cuenca (a UB Conquense comeback at La
// Fuensanta, sport, Castilla-La Mancha, España), Novedades Quintana Roo (sargassum covers the beaches
// of Playa del Carmen, environment/tourism, México), Diario Época (a boat driver sentenced for the
// deaths of two fishermen on the Paraná, courts, Corrientes, Argentina), El Diario de Aysén (a salmon
// processing plant closes in Puerto Aysén, labour, Chile), Pro & Contra (a record low Amazon strands
// boats in Iquitos, weather, Loreto, Perú), Diario del Otún (rural pupils walk to school without
// school transport, education, Pereira, Colombia), Publinews (the price of propane gas rises,
// consumer, Guatemala, straight quotation marks), Girón (transplanted corals survive bleaching off
// Playa Larga, science, Matanzas, Cuba) and Crónica Uno (a Caracas Metro breakdown, transport,
// Venezuela, raya dialogue lines). Every article was written for these tests, blind, before the
// engine was run on them; the speakers follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Diario de Girona, agricultura: titular con cita del payés repetida en el cuerpo " +
      "con «lamenta» invertido y segunda cita sin verbo, «añade el payés», hijo con " +
      "el mismo apellido y dos puntos, responsable sindical con «según ella» y cita " +
      "parcial y «afirmó», Departament en un comunicado con cita parcial, nombre de " +
      "un programa (no cita), delegado de caza con «dijo», vecino anónimo con cita parcial",
    todo:
      "«antes de fin de año» goes to Pesca, not El Departament d'Agricultura, Ramaderia, Pesca i " +
      "Alimentació",
    headline:
      "Los jabalíes arrasan los maizales del Empordà: «Este año hemos perdido un tercio de la cosecha»",
    paragraphs: [
      "Los payeses del Baix Empordà calculan que los jabalíes han destruido este verano " +
        "cerca de 600 hectáreas de maíz y girasol entre Torroella de Montgrí, Ullà y " +
        "Verges, la peor cifra desde que la Unió de Pagesos empezó a recoger datos.",
      "«Este año hemos perdido un tercio de la cosecha», lamenta Joaquim Puigvert Sala, " +
        "agricultor de Ullà, mientras señala los surcos revueltos de una finca junto al " +
        "Ter. «Vienen de noche, en grupos de quince o veinte, y por la mañana parece que " +
        "haya pasado un tractor».",
      "Puigvert asegura que ha instalado pastores eléctricos en todo el perímetro. «Los " +
        "saltan o los rompen. Ya no sé qué más hacer», añade el payés, que cultiva 40 " +
        "hectáreas con su hijo.",
      "Su hijo, Marc Puigvert Ferrer, cree que la solución pasa por los cazadores: «Sin " +
        "batidas durante todo el año, esto no se arregla».",
      "La responsable comarcal de la Unió de Pagesos, Montserrat Vilà Casals, pidió a la " +
        "Generalitat que agilice las indemnizaciones, que, según ella, tardan «más de un " +
        "año» en llegar. «El payés no puede hacer de banco de la Administración», afirmó.",
      "El Departament d'Agricultura, Ramaderia, Pesca i Alimentació recordó en un " +
        "comunicado que ha autorizado 140 batidas extraordinarias en la comarca desde " +
        "junio y que los pagos pendientes se abonarán «antes de fin de año».",
      "El Ayuntamiento de Torroella estudia sumarse al programa «Territori Senglar», que " +
        "financia cercados comunitarios en los municipios con más daños.",
      "El delegado en Girona de la Federació Catalana de Caça, Josep Maria Roura, " +
        "advirtió de que cada vez hay menos cazadores. «La media de edad de las colles " +
        "supera los 60 años. Pronto no quedará nadie para salir al monte», dijo.",
      "Un vecino de Verges que prefiere no dar su nombre explica que ya ha visto " +
        "jabalíes «en la misma plaza del pueblo, al lado de la iglesia».",
    ],
    quotes: [
      ["Este año hemos perdido un tercio de la cosecha", "Joaquim Puigvert Sala"],
      [
        "Vienen de noche, en grupos de quince o veinte, y por la mañana parece que " +
          "haya pasado un tractor",
        "Joaquim Puigvert Sala",
      ],
      ["Los saltan o los rompen. Ya no sé qué más hacer", "Joaquim Puigvert Sala"],
      ["Sin batidas durante todo el año, esto no se arregla", "Marc Puigvert Ferrer"],
      ["más de un año", "Montserrat Vilà Casals"],
      ["El payés no puede hacer de banco de la Administración", "Montserrat Vilà Casals"],
      ["antes de fin de año", "El Departament d'Agricultura, Ramaderia, Pesca i Alimentació"],
      [
        "La media de edad de las colles supera los 60 años. Pronto no quedará nadie " + "para salir al monte",
        "Josep Maria Roura",
      ],
      ["en la misma plaza del pueblo, al lado de la iglesia", "Un vecino de Verges"],
    ],
  },
  {
    name:
      "Diario de Cuenca, deporte: entradilla con cita del entrenador repetida en el " +
      "cuerpo con «celebró» invertido y segunda cita sin verbo, «El técnico» con cita " +
      "parcial y dos puntos, juvenil con «confesó el delantero», capitán con dos " +
      "puntos, entrenador rival con cita partida por «afirmó Lozano», pancarta (no " +
      "cita), presidente con cita parcial",
    headline: "El Conquense remonta ante el Talavera y se acerca al play-off",
    standfirst: "«Este equipo no se rinde nunca», celebra Pedro Almansa tras el 2-1 en La Fuensanta",
    paragraphs: [
      "La UB Conquense remontó este domingo un partido que tenía perdido y venció 2-1 al " +
        "CF Talavera en La Fuensanta, ante unos 2.300 espectadores, con goles de Iván " +
        "Moya y de Sergio Cañete en el minuto 89. El equipo se sitúa a dos puntos de la " +
        "promoción de ascenso.",
      "«Este equipo no se rinde nunca», celebró el entrenador, Pedro Almansa Ruiz, en la " +
        "sala de prensa. «En el descanso les dije que el partido era nuestro si seguíamos " +
        "jugando por dentro, y se lo han creído».",
      "El técnico admitió que la primera parte fue «la peor del año» y asumió parte de la " +
        "culpa: «Me equivoqué con el once. Lo digo aquí para que nadie mire a los " +
        "jugadores».",
      "Sergio Cañete, de 19 años y formado en la cantera, marcó su primer gol con el " +
        "primer equipo. «Cuando he visto entrar el balón no sabía ni hacia dónde correr», " +
        "confesó el delantero, que dedicó el tanto a su abuelo.",
      "El capitán, Iván Moya, autor del empate de cabeza, pidió calma: «No hemos hecho " +
        "nada todavía. Quedan doce finales».",
      "En el vestuario visitante, el entrenador del Talavera, Rubén Lozano Gil, se quejó " +
        "del arbitraje. «Nos han pitado un fuera de juego que no existe en el 1-1», afirmó " +
        "Lozano. «Pero no vamos a escondernos detrás del árbitro».",
      "La afición, que desplegó en el fondo sur la pancarta «Conquense hasta la muerte», " +
        "despidió al equipo con una ovación de varios minutos.",
      "El presidente del club, Enrique Saiz, anunció que el próximo partido en casa " +
        "tendrá entradas a cinco euros para «llenar La Fuensanta como en los viejos " +
        "tiempos».",
    ],
    quotes: [
      ["Este equipo no se rinde nunca", "Pedro Almansa Ruiz"],
      [
        "En el descanso les dije que el partido era nuestro si seguíamos jugando por " +
          "dentro, y se lo han creído",
        "Pedro Almansa Ruiz",
      ],
      ["la peor del año", "Pedro Almansa Ruiz"],
      ["Me equivoqué con el once. Lo digo aquí para que nadie mire a los jugadores", "Pedro Almansa Ruiz"],
      ["Cuando he visto entrar el balón no sabía ni hacia dónde correr", "Sergio Cañete"],
      ["No hemos hecho nada todavía. Quedan doce finales", "Iván Moya"],
      ["Nos han pitado un fuera de juego que no existe en el 1-1", "Rubén Lozano Gil"],
      ["Pero no vamos a escondernos detrás del árbitro", "Rubén Lozano Gil"],
      ["llenar La Fuensanta como en los viejos tiempos", "Enrique Saiz"],
    ],
  },
  {
    name:
      "Novedades Quintana Roo, medio ambiente: nivel del semáforo entre comillas (no " +
      "cita), pescador con «aseguró» invertido y segunda cita sin verbo, Semar en una " +
      "tarjeta informativa con cita parcial, hotelera con «dijo la empresaria» y luego " +
      "por el apellido con dos puntos, «Según el científico» con cita parcial, turista " +
      "anónima con dos puntos, funcionario con «admitió que» y cita parcial",
    headline: "Sargazo cubre playas de Playa del Carmen; hoteleros piden barreras permanentes",
    paragraphs: [
      "Una nueva oleada de sargazo cubrió desde el fin de semana las playas de Playa del " +
        "Carmen, Puerto Morelos y Xcalak, donde la Red de Monitoreo del Sargazo de " +
        "Quintana Roo mantiene el semáforo en rojo, el nivel de “afectación excesiva”.",
      "“Nunca habíamos visto tanto sargazo en noviembre”, aseguró Ramiro Canul Pech, " +
        "pescador de Puerto Morelos con 30 años en el oficio. “Las lanchas no pueden " +
        "salir porque el alga se mete en los motores”.",
      "La Secretaría de Marina (Semar) informó en una tarjeta informativa que retiró " +
        "1,200 toneladas del alga en la última semana y que la barrera instalada frente " +
        "a Playa del Carmen “opera al 80 por ciento de su capacidad”.",
      "La presidenta de la Asociación de Hoteles de la Riviera Maya, Adriana Solís " +
        "Bermúdez, reconoció que ya hay cancelaciones. “Los turistas llegan con fotos del " +
        "Caribe turquesa y se encuentran una playa café. Eso no lo compensa ningún " +
        "descuento”, dijo la empresaria.",
      "Solís Bermúdez pidió a los tres órdenes de gobierno un fondo permanente para " +
        "barreras: “No podemos seguir reaccionando cada año como si fuera la primera " +
        "vez”.",
      "El investigador de la Unidad Académica de Sistemas Arrecifales de la UNAM en " +
        "Puerto Morelos, Federico Alcocer Tun, explicó que el fenómeno está ligado al " +
        "calentamiento del Atlántico. Según el científico, los volúmenes de este año son " +
        "“comparables a los de 2018”, el peor registrado.",
      "En la Quinta Avenida, una turista argentina que viajó con su familia lo resumió " +
        "así: “Vinimos por el mar y estamos en la alberca”.",
      "El Ayuntamiento de Solidaridad anunció que contratará a 200 trabajadores " +
        "temporales más para la limpieza, aunque el director de Zona Federal Marítimo " +
        "Terrestre, Óscar Pool, admitió que “con rastrillos no se gana esta batalla”.",
    ],
    quotes: [
      ["Nunca habíamos visto tanto sargazo en noviembre", "Ramiro Canul Pech"],
      ["Las lanchas no pueden salir porque el alga se mete en los motores", "Ramiro Canul Pech"],
      ["opera al 80 por ciento de su capacidad", "La Secretaría de Marina"],
      [
        "Los turistas llegan con fotos del Caribe turquesa y se encuentran una playa " +
          "café. Eso no lo compensa ningún descuento",
        "Adriana Solís Bermúdez",
      ],
      ["No podemos seguir reaccionando cada año como si fuera la primera vez", "Adriana Solís Bermúdez"],
      ["comparables a los de 2018", "Federico Alcocer Tun"],
      ["Vinimos por el mar y estamos en la alberca", "una turista argentina"],
      ["con rastrillos no se gana esta batalla", "Óscar Pool"],
    ],
  },
  {
    name:
      "Diario Época, tribunales: «Según la sentencia» con cita parcial (documento), " +
      "juez con «sostuvo que» y cita parcial y «agregó el magistrado», fiscal con " +
      "«declaró» sin nombre en la frase, defensora con «dijo», viuda presentada con dos " +
      "puntos y «agregó la mujer», Prefectura en un parte con cita parcial",
    todo:
      "«Tres años no es nada. Ellos salieron a pescar…» goes to Afuera de los Tribunales, not Nilda " +
      "Ramona Fernández; «Queremos que esto sirva para que controlen el río» goes to Afuera de los " +
      "Tribunales, not Nilda Ramona Fernández",
    headline:
      "Condenan a tres años de prisión al conductor de la lancha que mató a dos " + "pescadores en el Paraná",
    paragraphs: [
      "El Tribunal Oral Penal N° 2 de Corrientes condenó ayer a tres años de prisión de " +
        "cumplimiento efectivo a Walter Gustavo Benítez Romero, de 41 años, por el choque " +
        "de una lancha deportiva contra una canoa de pescadores en el río Paraná, frente " +
        "a la costa de Santa Ana, en enero del año pasado.",
      "En el hecho murieron los hermanos Ramón y Eladio Acosta, pescadores artesanales " +
        "del barrio Molina Punta. Según la sentencia, el acusado navegaba “a más de 60 " +
        "kilómetros por hora, de noche y sin luces reglamentarias”.",
      "El juez Carlos Alberto Sotelo, que presidió el tribunal, sostuvo al leer los " +
        "fundamentos que el río “no es una ruta sin ley”. “Quien maneja una embarcación " +
        "asume la misma responsabilidad que quien maneja un auto”, agregó el magistrado.",
      "El fiscal Marcelo Ojeda Vallejos había pedido cuatro años. “La pena es menor a la " +
        "que solicitamos, pero el tribunal dio por probado todo lo que dijimos”, declaró " +
        "a ÉPOCA a la salida de la audiencia.",
      "La defensora oficial, Silvia Inés Maidana, adelantó que recurrirá el fallo ante " +
        "el Superior Tribunal de Justicia. “Mi defendido nunca se negó a asistir a las " +
        "víctimas. Él mismo llamó a Prefectura”, dijo.",
      "Afuera de los Tribunales, la viuda de Eladio Acosta, Nilda Ramona Fernández, " +
        "sostenía una foto de su marido: “Tres años no es nada. Ellos salieron a pescar " +
        "para comer y no volvieron más”.",
      "“Queremos que esto sirva para que controlen el río”, agregó la mujer.",
      "La Prefectura Naval Argentina informó en un parte que en lo que va del año labró " +
        "312 actas por exceso de velocidad en la zona del puerto de Corrientes y recordó " +
        "que el límite nocturno es de “10 nudos en zona costera”.",
    ],
    quotes: [
      ["a más de 60 kilómetros por hora, de noche y sin luces reglamentarias", "la sentencia"],
      ["no es una ruta sin ley", "Carlos Alberto Sotelo"],
      [
        "Quien maneja una embarcación asume la misma responsabilidad que quien maneja " + "un auto",
        "Carlos Alberto Sotelo",
      ],
      [
        "La pena es menor a la que solicitamos, pero el tribunal dio por probado todo " + "lo que dijimos",
        "Marcelo Ojeda Vallejos",
      ],
      [
        "Mi defendido nunca se negó a asistir a las víctimas. Él mismo llamó a Prefectura",
        "Silvia Inés Maidana",
      ],
      [
        "Tres años no es nada. Ellos salieron a pescar para comer y no volvieron más",
        "Nilda Ramona Fernández",
      ],
      ["Queremos que esto sirva para que controlen el río", "Nilda Ramona Fernández"],
      ["10 nudos en zona costera", "La Prefectura Naval Argentina"],
    ],
  },
  {
    name:
      "El Diario de Aysén, trabajo: entradilla con cita de la dirigenta repetida en el " +
      "cuerpo con «denunció» invertido y segunda cita sin verbo, empresa en una " +
      "declaración pública con dos citas parciales, seremi con «afirmó la autoridad», " +
      "alcalde con «señaló el jefe comunal», trabajadora anónima con dos puntos, " +
      "economista con cita parcial",
    headline: "Cierre de planta salmonera deja a 180 trabajadores sin empleo en Puerto Aysén",
    standfirst: "“Nos avisaron por WhatsApp, un domingo en la noche”, denuncia la presidenta del sindicato",
    paragraphs: [
      "La empresa Salmones Cisnes S.A. confirmó ayer el cierre de su planta de proceso " +
        "en Puerto Aysén, que daba empleo a 180 personas, en su mayoría mujeres de la " +
        "comuna.",
      "“Nos avisaron por WhatsApp, un domingo en la noche”, denunció la presidenta del " +
        "Sindicato de Trabajadores de la planta, Marisol Navarro Gallardo. “Hay " +
        "compañeras que llevan quince años ahí y se enteraron por el grupo del turno”.",
      "La dirigenta sostuvo que el sindicato exigirá el pago íntegro de las " +
        "indemnizaciones y que no descartan movilizaciones en el puente Presidente " +
        "Ibáñez.",
      "En una declaración pública, la compañía atribuyó la decisión a “la caída " +
        "sostenida de la biomasa cosechada en la región” y aseguró que cumplirá “todas " +
        "sus obligaciones legales y contractuales”.",
      "El seremi del Trabajo, Cristián Oyarzo Millar, dijo a El Diario de Aysén que la " +
        "Inspección del Trabajo fiscalizará el proceso. “No vamos a permitir que se " +
        "despida a nadie sin que se le pague hasta el último peso”, afirmó la autoridad.",
      "“Es el golpe más duro para la comuna en una década”, señaló el alcalde de Aysén, " +
        "Hernán Soto Vera, que pidió al Gobierno Regional un plan de reconversión " +
        "laboral.",
      "Una de las trabajadoras, de 52 años y con 14 en la línea de fileteo, contó que ya " +
        "buscó trabajo en Coyhaique: “Allá tampoco hay. Y una a mi edad no empieza de " +
        "cero así no más”.",
      "El economista Patricio Alarcón, de la Universidad de Aysén, advirtió que el cierre " +
        "tendrá un efecto “en cadena” sobre el comercio local.",
    ],
    quotes: [
      ["Nos avisaron por WhatsApp, un domingo en la noche", "Marisol Navarro Gallardo"],
      [
        "Hay compañeras que llevan quince años ahí y se enteraron por el grupo del turno",
        "Marisol Navarro Gallardo",
      ],
      ["la caída sostenida de la biomasa cosechada en la región", "Salmones Cisnes S.A."],
      ["todas sus obligaciones legales y contractuales", "Salmones Cisnes S.A."],
      [
        "No vamos a permitir que se despida a nadie sin que se le pague hasta el último " + "peso",
        "Cristián Oyarzo Millar",
      ],
      ["Es el golpe más duro para la comuna en una década", "Hernán Soto Vera"],
      ["Allá tampoco hay. Y una a mi edad no empieza de cero así no más", "Una de las trabajadoras"],
      ["en cadena", "Patricio Alarcón"],
    ],
  },
  {
    name:
      "Pro & Contra, clima: jefe del SHNA con rango antes del nombre y «indicó» " +
      "invertido, segunda cita suelta, nombre de una lancha (no cita), motorista con " +
      "«dijo que» y cita sin verbo, vendedora anónima con «contó», Diresa en un " +
      "comunicado con cita parcial, gobernador con «afirmó», «Para el climatólogo» " +
      "con cita parcial",
    todo:
      "«Estamos en alerta roja hidrológica» goes to el jefe del SHNA, not Luis Alberto Reátegui " +
      "Panduro; «El río todavía puede bajar entre 30 y 50 cent…» goes to el jefe del SHNA, not Luis " +
      "Alberto Reátegui Panduro; «La gente ya no compra por racimo, compra por mano» goes to " +
      "Paquito, not una vendedora del pasaje Paquito",
    headline: "Vaciante histórica: el Amazonas baja a 106 metros y deja varadas las lanchas en Iquitos",
    paragraphs: [
      "El río Amazonas registró ayer en Iquitos un nivel de 106,2 metros sobre el nivel " +
        "del mar, el más bajo desde que el Servicio de Hidrografía y Navegación de la " +
        "Amazonía (SHNA) lleva registros.",
      "“Estamos en alerta roja hidrológica”, indicó el jefe del SHNA, capitán de navío " +
        "Luis Alberto Reátegui Panduro. “El río todavía puede bajar entre 30 y 50 " +
        "centímetros más hasta fines de mes”.",
      "En el puerto de Masusa, las lanchas que van a Yurimaguas y Pucallpa, como la " +
        "“Doña Rosita”, permanecen ancladas lejos de la orilla. El motorista Julio César " +
        "Tapullima, de 58 años, dijo que la carga se lleva en peque-peques hasta los " +
        "barcos. “Antes el viaje a Yurimaguas era de tres días, ahora son cinco, si es " +
        "que no nos quedamos varados en una playa”.",
      "En el mercado de Belén, el racimo de plátano subió de 15 a 28 soles. “La gente ya " +
        "no compra por racimo, compra por mano”, contó una vendedora del pasaje Paquito.",
      "La Dirección Regional de Salud de Loreto (Diresa) advirtió en un comunicado que " +
        "las comunidades ribereñas podrían quedarse sin agua segura y recomendó “hervir " +
        "el agua al menos tres minutos antes de consumirla”.",
      "El gobernador regional de Loreto, Miguel Ángel Tuesta Vásquez, anunció que pedirá " +
        "al Ejecutivo la declaratoria de emergencia en 24 distritos. “Loreto no tiene " +
        "carreteras. Si el río se seca, la región se paraliza”, afirmó.",
      "Para el climatólogo del Instituto de Investigaciones de la Amazonía Peruana " +
        "(IIAP) Ronald Sangama Pinedo, la sequía es consecuencia de “un Atlántico " +
        "tropical demasiado caliente y de la deforestación en las cabeceras de cuenca”.",
    ],
    quotes: [
      ["Estamos en alerta roja hidrológica", "Luis Alberto Reátegui Panduro"],
      [
        "El río todavía puede bajar entre 30 y 50 centímetros más hasta fines de mes",
        "Luis Alberto Reátegui Panduro",
      ],
      [
        "Antes el viaje a Yurimaguas era de tres días, ahora son cinco, si es que no nos " +
          "quedamos varados en una playa",
        "Julio César Tapullima",
      ],
      ["La gente ya no compra por racimo, compra por mano", "una vendedora del pasaje Paquito"],
      [
        "hervir el agua al menos tres minutos antes de consumirla",
        "La Dirección Regional de Salud de Loreto",
      ],
      ["Loreto no tiene carreteras. Si el río se seca, la región se paraliza", "Miguel Ángel Tuesta Vásquez"],
      [
        "un Atlántico tropical demasiado caliente y de la deforestación en las " + "cabeceras de cuenca",
        "Ronald Sangama Pinedo",
      ],
    ],
  },
  {
    name:
      "Diario del Otún, educación: madre con «relató» invertido, rector con «dijo el " +
      "docente» y cita suelta con «advirtió», Secretaría en un comunicado con cita " +
      "parcial, secretaria con cita parcial, pancarta (no cita), concejal con «calificó " +
      "como», estudiante anónimo con dos puntos",
    headline:
      "Sin transporte escolar, 600 niños rurales de Pereira caminan hasta dos horas " +
      "para llegar al colegio",
    paragraphs: [
      "Desde que terminó el contrato de transporte escolar, el pasado 15 de agosto, unos " +
        "600 estudiantes de las veredas de La Florida, Altagracia y Arabia caminan hasta " +
        "dos horas por trochas para llegar a sus sedes educativas.",
      "“Mi hija sale a las cinco de la mañana con linterna. Llega al colegio mojada y " +
        "cansada”, relató Luz Dary Osorio Giraldo, madre de una niña de grado cuarto de " +
        "la vereda El Manzano.",
      "El rector de la Institución Educativa Altagracia, Jhon Fredy Cardona Ríos, " +
        "confirmó que la asistencia bajó un 30 % en tres semanas. “Los que viven más " +
        "lejos simplemente dejaron de venir”, dijo el docente.",
      "“Si esto sigue así, vamos a tener deserción antes de terminar el año”, advirtió.",
      "La Secretaría de Educación de Pereira explicó en un comunicado que el nuevo " +
        "proceso de contratación fue declarado desierto porque ningún oferente cumplió " +
        "los requisitos y que el servicio se restablecerá “en la primera semana de " +
        "octubre”.",
      "En la sesión del Concejo, la secretaria de Educación, Diana Marcela Henao " +
        "Quintero, pidió “un poco más de paciencia” a las familias. Estudiantes de grado " +
        "once asistieron con una pancarta que decía “Estudiar no debería ser una " +
        "travesía”.",
      "El concejal Andrés Felipe Grajales calificó la situación como “una vergüenza para " +
        "una ciudad que se dice educadora”.",
      "Un estudiante de grado noveno, de 14 años, lo dijo sin rodeos: “Uno llega al " +
        "salón y ya no tiene ganas de nada”.",
    ],
    quotes: [
      [
        "Mi hija sale a las cinco de la mañana con linterna. Llega al colegio mojada y cansada",
        "Luz Dary Osorio Giraldo",
      ],
      ["Los que viven más lejos simplemente dejaron de venir", "Jhon Fredy Cardona Ríos"],
      ["Si esto sigue así, vamos a tener deserción antes de terminar el año", "Jhon Fredy Cardona Ríos"],
      ["en la primera semana de octubre", "La Secretaría de Educación de Pereira"],
      ["un poco más de paciencia", "Diana Marcela Henao Quintero"],
      ["una vergüenza para una ciudad que se dice educadora", "Andrés Felipe Grajales"],
      ["Uno llega al salón y ya no tiene ganas de nada", "Un estudiante de grado noveno"],
    ],
  },
  {
    name:
      "Publinews, consumo (comillas rectas): viceministro con «reconoció» invertido y " +
      "cargo antes del nombre, retomado por el apellido con «dijo», vendedora con " +
      "«doña» y dos puntos, Diaco con cita parcial, analista con «explicó el " +
      "economista», distribuidor anónimo con cita parcial, nombre de una sección (no cita)",
    todo: "«Precios de referencia» taken for a quote",
    headline: "Precio del cilindro de gas propano sube Q15 en una semana",
    paragraphs: [
      "El cilindro de 25 libras de gas propano se vende desde este lunes en Q145 en la " +
        "capital, Q15 más que hace una semana, según el monitoreo del Ministerio de " +
        "Energía y Minas (MEM).",
      '"Es un golpe directo al bolsillo de las familias que cocinan con gas", reconoció ' +
        "el viceministro de Energía, Estuardo Paz Barrios, quien atribuyó el alza al " +
        "precio internacional del propano en la costa del golfo de Estados Unidos.",
      'Paz Barrios descartó un subsidio por ahora. "No hay espacio en el presupuesto, ' +
        'pero estamos hablando con los importadores", dijo.',
      "En un mercado de la zona 18, doña Hilda Xajil, que vende tortillas, contó que " +
        'gasta un cilindro cada cuatro días: "Si subo la tortilla, la gente se va con la ' +
        'vecina. Me toca ganar menos".',
      "La Dirección de Atención y Asistencia al Consumidor (Diaco) informó que verificará " +
        "que los expendios respeten el precio de referencia y pidió denunciar cobros " +
        '"arriba de lo publicado" al 1544.',
      "El MEM publica cada semana los precios en la sección " + '"Precios de referencia" de su sitio web.',
      "Rodrigo Mux Tzoc, analista de la Asociación de Investigación y Estudios Sociales " +
        '(Asíes), recordó que el país no produce gas. "Guatemala importa el cien por ' +
        'ciento del propano que consume. Cada vez que sube allá, sube aquí", explicó el ' +
        "economista.",
      "Un distribuidor de la zona 7, que pidió no publicar su nombre, aseguró que sus " +
        'ventas cayeron "casi a la mitad" desde el alza.',
    ],
    quotes: [
      ["Es un golpe directo al bolsillo de las familias que cocinan con gas", "Estuardo Paz Barrios"],
      [
        "No hay espacio en el presupuesto, pero estamos hablando con los importadores",
        "Estuardo Paz Barrios",
      ],
      ["Si subo la tortilla, la gente se va con la vecina. Me toca ganar menos", "Hilda Xajil"],
      ["arriba de lo publicado", "La Dirección de Atención y Asistencia al Consumidor"],
      [
        "Guatemala importa el cien por ciento del propano que consume. Cada vez que " +
          "sube allá, sube aquí",
        "Rodrigo Mux Tzoc",
      ],
      ["casi a la mitad", "Un distribuidor de la zona 7"],
    ],
  },
  {
    name:
      "Girón, ciencia: nombre de un proyecto (no cita), bióloga con «reconoció» " +
      "invertido y segunda cita sin verbo, «Según la especialista» con cita parcial, " +
      "estudio que advierte con cita parcial, buzo presentado con dos puntos y " +
      "«añadió el instructor», director que comparte apellido con el buzo con " +
      "«definió como»",
    headline: "Corales sembrados frente a Playa Larga resisten el blanqueamiento",
    paragraphs: [
      "Más del 70 por ciento de los corales de la especie Acropora palmata sembrados hace " +
        "tres años frente a Playa Larga, en la Ciénaga de Zapata, sobrevivieron al " +
        "blanqueamiento masivo del verano pasado, según un estudio del Centro de " +
        "Investigaciones Marinas de la Universidad de La Habana.",
      "La siembra forma parte del proyecto “Arrecifes para el futuro”, que desarrollan " +
        "ese centro y el Parque Nacional Ciénaga de Zapata desde 2022.",
      "“Es una noticia que no esperábamos”, reconoció la bióloga Yamilé Rodríguez " +
        "Cabrera, investigadora principal del proyecto. “En otros arrecifes del Caribe " +
        "la mortalidad superó el 80 por ciento”.",
      "La científica explicó que los fragmentos se obtuvieron de colonias que ya habían " +
        "sobrevivido a eventos de calor anteriores. Según la especialista, esa selección " +
        "fue “la clave del resultado”.",
      "El estudio, publicado en la Revista de Investigaciones Marinas, advierte, sin " +
        "embargo, que el resultado “no garantiza la supervivencia de los arrecifes” si la " +
        "temperatura del mar sigue en ascenso.",
      "Los buzos del centro de buceo de Punta Perdiz participaron como voluntarios. Uno " +
        "de ellos, Osmany Pérez Lugo, recuerda las primeras jornadas: “Sembrábamos con " +
        "las manos, amarrando cada pedacito con alambre a una estructura de cabilla”.",
      "“Ahora ves peces donde antes había arena”, añadió el instructor.",
      "El director del Parque Nacional Ciénaga de Zapata, Reinaldo Pérez Echevarría, " +
        "anunció que la siembra se extenderá a Caleta Buena y definió el sitio como “un " +
        "vivero para todo el sur de Matanzas”.",
    ],
    quotes: [
      ["Es una noticia que no esperábamos", "Yamilé Rodríguez Cabrera"],
      ["En otros arrecifes del Caribe la mortalidad superó el 80 por ciento", "Yamilé Rodríguez Cabrera"],
      ["la clave del resultado", "Yamilé Rodríguez Cabrera"],
      ["no garantiza la supervivencia de los arrecifes", "El estudio"],
      [
        "Sembrábamos con las manos, amarrando cada pedacito con alambre a una " + "estructura de cabilla",
        "Osmany Pérez Lugo",
      ],
      ["Ahora ves peces donde antes había arena", "Osmany Pérez Lugo"],
      ["un vivero para todo el sur de Matanzas", "Reinaldo Pérez Echevarría"],
    ],
  },
  {
    name:
      "Crónica Uno, transporte (rayas de diálogo): usuaria con «contó» invertido, " +
      "Metro en su cuenta de X con cita parcial, sindicalista presentado antes y dos " +
      "líneas de raya (una partida por «afirmó»), chofer anónimo con dos puntos, " +
      "organización de usuarios en un informe con cita parcial",
    todo:
      "«Hoy hay cola en toda la autopista y el gasoil…» goes to El Silencio, not Un chofer de la " +
      "ruta Caricuao–El Silencio",
    headline: "Falla en la Línea 2 del Metro de Caracas deja a miles de usuarios a pie",
    paragraphs: [
      "Una falla eléctrica en la Línea 2 del Metro de Caracas mantuvo paralizado el " +
        "servicio entre las estaciones El Silencio y Las Adjuntas durante más de cuatro " +
        "horas este martes, en plena hora pico de la mañana.",
      "“Nos sacaron caminando por el túnel, con la linterna del teléfono”, contó Carmen " +
        "Elena Rivas, de 63 años, que viajaba desde Caricuao hacia su trabajo en La " +
        "Hoyada.",
      "La Compañía Anónima Metro de Caracas informó a través de su cuenta en X que la interrupción " +
        "se debió a “una falla en el sistema de alimentación eléctrica” y que el servicio " +
        "se restableció a las 10:40 a. m.",
      "Crónica Uno conversó con el secretario general del Sindicato de Trabajadores del " +
        "Metro, Wilmer Castellanos Páez.",
      "—Los trenes de la Línea 2 tienen más de 30 años y no reciben mantenimiento mayor " +
        "desde 2015 —afirmó—. Esto va a seguir pasando.",
      "Sobre los repuestos, fue tajante:",
      "—Estamos canibalizando trenes. Se le quita una pieza a uno para que funcione otro.",
      "En la parada de Caricuao, las camionetas cobraban el doble del pasaje habitual. Un " +
        "chofer de la ruta Caricuao–El Silencio justificó el cobro: “Hoy hay cola en toda " +
        "la autopista y el gasoil no me lo regalan”.",
      "La organización Familia Metro, que agrupa a usuarios del sistema, contabilizó en " +
        "un informe 47 fallas en lo que va de año y alertó de que la situación “pone en " +
        "riesgo la vida de los usuarios”.",
    ],
    quotes: [
      ["Nos sacaron caminando por el túnel, con la linterna del teléfono", "Carmen Elena Rivas"],
      ["una falla en el sistema de alimentación eléctrica", "La Compañía Anónima Metro de Caracas"],
      [
        "Los trenes de la Línea 2 tienen más de 30 años y no reciben mantenimiento " + "mayor desde 2015",
        "Wilmer Castellanos Páez",
      ],
      ["Esto va a seguir pasando.", "Wilmer Castellanos Páez"],
      [
        "Estamos canibalizando trenes. Se le quita una pieza a uno para que funcione otro.",
        "Wilmer Castellanos Páez",
      ],
      [
        "Hoy hay cola en toda la autopista y el gasoil no me lo regalan",
        "Un chofer de la ruta Caricuao–El Silencio",
      ],
      ["pone en riesgo la vida de los usuarios", "Familia Metro"],
    ],
  },
]);
