// An eleventh round of composed Spanish news articles, in the styles of outlets and beats the first ten
// rounds did not use: Hoy (a property-tax rise in Mérida's council, Extremadura), La Hora (a former hospital
// director sentenced for fraud, Guatemala), BioBioChile (a frontal system floods Talcahuano, Chile), TyC
// Sports (a disputed penalty after a Racing defeat, Argentina), El Economista (falling remittances, México),
// La Gaceta (a measles case in Tucumán, Argentina), la diaria (a theatre reopens with a play on Barrio Sur's
// tenements, Uruguay), Diario de Burgos (a human tooth found at Atapuerca), Última Hora (a teachers' strike
// in Paraguay, straight quotation marks) and Correo (an extortion gang caught in Trujillo, Perú).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Hoy, política local: titular repetido en el cuerpo, «ha insistido el regidor», cita " +
      "sin verbo que sigue, «ha señalado la edil», concejal con cita tras dos puntos, " +
      "federación vecinal en una nota, fuentes del Gobierno local, palabra entre comillas y " +
      "nombre de plan (no citas)",
    headline:
      "El alcalde de Mérida defiende la subida del IBI: «No hay otra forma de pagar los " + "autobuses»",
    paragraphs: [
      "El Pleno del Ayuntamiento de Mérida aprobó este jueves, con los votos del equipo de " +
        "Gobierno, una subida del 4,5 % del Impuesto sobre Bienes Inmuebles (IBI) para 2027, " +
        "la primera en ocho años, que el alcalde, Julián Carrasco Montaño, justificó por el " +
        "aumento del coste del transporte urbano.",
      "«No hay otra forma de pagar los autobuses», ha insistido el regidor, que recordó que " +
        "la concesionaria reclama al Ayuntamiento 1,2 millones de euros por la revisión de " +
        "precios del contrato. «O subimos el impuesto o recortamos líneas, y yo no voy a dejar " +
        "a los barrios sin autobús».",
      "La portavoz del Grupo Popular, Inmaculada Gil Pozo, acusó al Gobierno local de «meter " +
        "la mano en el bolsillo» de los emeritenses y anunció que su grupo presentará " +
        "alegaciones. «Hace seis meses nos prometieron que no habría subidas. La palabra del " +
        "alcalde vale lo que vale», ha señalado la edil.",
      "Desde Vox, el concejal Rubén Ortega Santiago votó en contra y pidió auditar el " +
        "contrato antes de tocar los impuestos: «Que nos enseñen las cuentas de la empresa. " +
        "Hasta entonces, ni un euro más».",
      "El llamado «rescate» de la concesionaria, como se conoce en los pasillos del " +
        "consistorio al acuerdo de revisión de precios, se votará en un pleno extraordinario " +
        "en enero.",
      "La Federación de Asociaciones Vecinales de Mérida, por su parte, considera en una " +
        "nota que la subida «llega en el peor momento para muchas familias» y reclama " +
        "bonificaciones para los pensionistas.",
      "Fuentes del equipo de Gobierno aseguraron a este diario que esas bonificaciones " +
        "«están estudiándose» y que se incluirán en las ordenanzas fiscales «si los informes " +
        "técnicos lo permiten». Las obras del plan «Mérida Avanza», financiadas con fondos " +
        "europeos, no se verán afectadas.",
    ],
    quotes: [
      ["No hay otra forma de pagar los autobuses", "Julián Carrasco Montaño"],
      [
        "O subimos el impuesto o recortamos líneas, y yo no voy a dejar a los barrios sin " + "autobús",
        "Julián Carrasco Montaño",
      ],
      ["meter la mano en el bolsillo", "Inmaculada Gil Pozo"],
      [
        "Hace seis meses nos prometieron que no habría subidas. La palabra del alcalde vale lo " + "que vale",
        "Inmaculada Gil Pozo",
      ],
      ["Que nos enseñen las cuentas de la empresa. Hasta entonces, ni un euro más", "Rubén Ortega Santiago"],
      ["llega en el peor momento para muchas familias", "La Federación de Asociaciones Vecinales de Mérida"],
      ["están estudiándose", "Fuentes del equipo de Gobierno"],
      ["si los informes técnicos lo permiten", "Fuentes del equipo de Gobierno"],
    ],
  },
  {
    name:
      "La Hora, tribunales: entradilla con «su defensa» y abogado nombrado en el cuerpo, " +
      "«expresó la juzgadora», «según la sentencia», fiscal que «dijo a La Hora», cita en " +
      "dos párrafos tras dos puntos, leyenda de una pancarta (no cita)",
    headline: "Condenan a 12 años de prisión a exdirector del Hospital Roosevelt por compra de " + "insumos",
    standfirst: "Su defensa calificó el fallo de “una sentencia política” y anunció que apelará.",
    paragraphs: [
      "El Tribunal Décimo de Sentencia Penal condenó este martes a 12 años de prisión " +
        "inconmutables a Héctor Leonel Samayoa Barrios, exdirector del Hospital Roosevelt, por " +
        "los delitos de fraude y peculado en la compra de insumos médicos durante 2021.",
      "Al leer el fallo, la jueza presidenta, Claudia Marisol Xitumul, señaló que el " +
        "tribunal tuvo por acreditado que el exfuncionario autorizó las compras “con pleno " +
        "conocimiento” del sobreprecio. “No se trata de un error de trámite. Se trata de " +
        "dinero que debió llegar a los pacientes”, expresó la juzgadora.",
      "Según la sentencia, los guantes, jeringas y catéteres se adquirieron a un precio " +
        "“hasta cuatro veces mayor que el de referencia” a dos empresas que no tenían " +
        "experiencia en el sector salud.",
      "El fiscal de la Fiscalía contra la Corrupción Édgar Rolando Pac se dio por satisfecho " +
        "con la condena, aunque el Ministerio Público había pedido 15 años. “Es un mensaje " +
        "claro para quienes administran los hospitales públicos”, dijo a La Hora.",
      "El abogado defensor, Mario René Cifuentes, calificó el fallo de “una sentencia " +
        "política” y adelantó que presentará un recurso de apelación especial. A su juicio, el " +
        "tribunal ignoró las pruebas de descargo:",
      "“Mi patrocinado firmó lo que los técnicos le pusieron en el escritorio. Aquí hay " +
        "comités de compras, hay auditores, y ninguno de ellos está sentado en el banquillo.",
      "“Vamos a llegar hasta la Corte de Constitucionalidad si es necesario”.",
      "Afuera de la Torre de Tribunales, un grupo de pacientes renales sostenía una pancarta " +
        "con la leyenda “La salud no se roba”. Una de ellas, Sandra Elizabeth Chávez, de 46 " +
        "años, dijo que durante meses tuvo que comprar sus propios insumos para la " +
        "hemodiálisis. “Ojalá que esta vez el dinero sí llegue”, expresó.",
    ],
    quotes: [
      ["una sentencia política", "Mario René Cifuentes"],
      ["con pleno conocimiento", "Claudia Marisol Xitumul"],
      [
        "No se trata de un error de trámite. Se trata de dinero que debió llegar a los " + "pacientes",
        "Claudia Marisol Xitumul",
      ],
      ["hasta cuatro veces mayor que el de referencia", "la sentencia"],
      ["Es un mensaje claro para quienes administran los hospitales públicos", "Édgar Rolando Pac"],
      [
        "Mi patrocinado firmó lo que los técnicos le pusieron en el escritorio. Aquí hay " +
          "comités de compras, hay auditores, y ninguno de ellos está sentado en el banquillo.",
        "Mario René Cifuentes",
      ],
      ["Vamos a llegar hasta la Corte de Constitucionalidad si es necesario", "Mario René Cifuentes"],
      ["Ojalá que esta vez el dinero sí llegue", "Sandra Elizabeth Chávez"],
    ],
  },
  {
    name:
      "BioBioChile, temporal: titular con fragmento distinto de la cita del cuerpo, «el " +
      "organismo», «detalló el delegado presidencial regional» con nombre detrás, «enfatizó» " +
      "sin sujeto, meteoróloga tras dos puntos, vecino sin nombre, municipio en redes " +
      "sociales, término entre comillas (no cita)",
    todo:
      "«no transitar por zonas anegadas ni cruzar cau…» goes to Servicio Nacional de Prevención y " +
      "Respuesta, not el Servicio Nacional de Prevención y Respuesta ante Desastres",
    headline:
      "Sistema frontal deja más de 3 mil damnificados en el Biobío: “Nunca habíamos visto el " +
      "estero así”",
    paragraphs: [
      "Más de 3.200 personas damnificadas y 640 viviendas con daños dejó hasta la tarde de " +
        "este lunes el sistema frontal que afecta a la región del Biobío, según el último " +
        "balance del Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred).",
      "El organismo informó que se mantiene la Alerta Roja en las comunas de Talcahuano, " +
        "Hualpén, Penco y Tomé, donde el desborde de esteros y canales obligó a evacuar a unas " +
        "400 familias, y pidió a la población “no transitar por zonas anegadas ni cruzar " +
        "cauces a pie”.",
      "“Tenemos 12 albergues habilitados y equipos de las Fuerzas Armadas apoyando la " +
        "evacuación en los sectores más complicados”, detalló el delegado presidencial " +
        "regional, Patricio Sanhueza Riquelme, en un punto de prensa en Concepción.",
      "La autoridad agregó que el Ministerio de Obras Públicas mantiene cortada la ruta a " +
        "Florida por un socavón y que no se descartan nuevas evacuaciones durante la noche. " +
        "“Le pedimos a la gente que haga caso a los llamados. Si les dicen que salgan, tienen " +
        "que salir”, enfatizó.",
      "De acuerdo con la Dirección Meteorológica de Chile, el fenómeno conocido como “río " +
        "atmosférico” dejará hasta 90 milímetros adicionales hasta el miércoles. La " +
        "meteoróloga de turno, Francisca Órdenes, explicó a BioBioChile que lo más complejo es " +
        "la intensidad: “No es solo cuánta agua cae, sino en cuánto tiempo. En algunas " +
        "estaciones registramos 30 milímetros en una hora”.",
      "En la población Santa Clara de Talcahuano, Jacqueline Muñoz Fierro recorría su casa " +
        "con el barro hasta los tobillos. “Vivo aquí hace 30 años y nunca habíamos visto el " +
        "estero así. Salimos con el agua a la cintura”, relató la dueña de casa.",
      "Un vecino que ayudaba a sacar muebles, y que prefirió no dar su nombre, reclamó por " +
        "la limpieza del cauce: “Llevamos años pidiendo que lo draguen. Esto se veía venir”.",
      "El municipio de Talcahuano, en tanto, informó en sus redes sociales que las clases " +
        "seguirán suspendidas el martes en 14 establecimientos “por razones de seguridad y " +
        "porque varios de ellos funcionan como albergues”.",
    ],
    quotes: [
      ["Nunca habíamos visto el estero así", "Jacqueline Muñoz Fierro"],
      [
        "no transitar por zonas anegadas ni cruzar cauces a pie",
        "el Servicio Nacional de Prevención y Respuesta ante Desastres",
      ],
      [
        "Tenemos 12 albergues habilitados y equipos de las Fuerzas Armadas apoyando la " +
          "evacuación en los sectores más complicados",
        "Patricio Sanhueza Riquelme",
      ],
      [
        "Le pedimos a la gente que haga caso a los llamados. Si les dicen que salgan, tienen " + "que salir",
        "Patricio Sanhueza Riquelme",
      ],
      [
        "No es solo cuánta agua cae, sino en cuánto tiempo. En algunas estaciones registramos " +
          "30 milímetros en una hora",
        "Francisca Órdenes",
      ],
      [
        "Vivo aquí hace 30 años y nunca habíamos visto el estero así. Salimos con el agua a la " + "cintura",
        "Jacqueline Muñoz Fierro",
      ],
      ["Llevamos años pidiendo que lo draguen. Esto se veía venir", "Un vecino"],
      [
        "por razones de seguridad y porque varios de ellos funcionan como albergues",
        "El municipio de Talcahuano",
      ],
    ],
  },
  {
    name:
      "TyC Sports, fútbol: titular repetido en el cuerpo con «disparó», cita sin verbo que " +
      "sigue, «el DT» con cita tras dos puntos, «opinó el entrenador» con nombre detrás, " +
      "goleador con apodo entre comillas (no cita), «ironizó el volante», dirigente sin " +
      "nombre",
    todo: "the quote after a relative clause's colon («…, que habló…: “…”») goes to the previous speaker",
    headline: "Furia de Iturbe tras la derrota de Racing: “Nos sacaron un penal clarísimo”",
    paragraphs: [
      "Racing perdió 2-1 ante Estudiantes en el Cilindro y quedó a cinco puntos de la punta " +
        "de la Zona A. Pero después del partido todo giró alrededor de la jugada del minuto " +
        "88, cuando Facundo Leiva cayó en el área tras un contacto con Ezequiel Benítez y el " +
        "árbitro Maximiliano Ramírez Olmos ordenó seguir sin consultar al VAR.",
      "“Nos sacaron un penal clarísimo”, disparó Sebastián Iturbe apenas se sentó en la " +
        "conferencia de prensa. “Lo vio toda la cancha menos el que tenía que verlo. Y el VAR, " +
        "¿para qué está?”",
      "El DT de la Academia también apuntó contra el rendimiento de su equipo en el primer " +
        "tiempo: “Regalamos 45 minutos. Contra un rival como Estudiantes eso se paga”.",
      "“Para mí no es penal, Benítez va a la pelota”, opinó el entrenador de Estudiantes, " +
        "Alejandro Gaitán, que destacó el carácter de su equipo para dar vuelta el resultado.",
      "El autor del gol del triunfo fue Tomás Albarracín, al que todos en el club llaman " +
        "“Chino”, que habló en zona mixta con TyC Sports: “Estoy muy feliz. Venía de una " +
        "lesión larga y me tocó entrar y hacer el gol. Se lo dedico a mi viejo”.",
      "En Racing, el capitán Facundo Leiva fue el más moderado. “No voy a hablar del árbitro " +
        "porque después te suspenden. Que lo miren en la tele y saquen sus conclusiones”, " +
        "ironizó el volante.",
      "Desde el club, según pudo saber TyC Sports, evalúan presentar una queja formal ante " +
        "la Liga Profesional. Un dirigente de la comisión directiva lo resumió así: “Siempre " +
        "nos pasa lo mismo con este árbitro”.",
      "Racing visitará el próximo domingo a Huracán, mientras que Estudiantes recibirá a " +
        "Talleres en UNO.",
    ],
    quotes: [
      ["Nos sacaron un penal clarísimo", "Sebastián Iturbe"],
      ["Lo vio toda la cancha menos el que tenía que verlo. Y el VAR, ¿para qué está?", "Sebastián Iturbe"],
      ["Regalamos 45 minutos. Contra un rival como Estudiantes eso se paga", "Sebastián Iturbe"],
      ["Para mí no es penal, Benítez va a la pelota", "Alejandro Gaitán"],
      [
        "Estoy muy feliz. Venía de una lesión larga y me tocó entrar y hacer el gol. Se lo " +
          "dedico a mi viejo",
        "Tomás Albarracín",
      ],
      [
        "No voy a hablar del árbitro porque después te suspenden. Que lo miren en la tele y " +
          "saquen sus conclusiones",
        "Facundo Leiva",
      ],
      ["Siempre nos pasa lo mismo con este árbitro", "Un dirigente de la comisión directiva"],
    ],
  },
  {
    name:
      "El Economista, economía: entradilla con la entidad y analista nombrada en el cuerpo, " +
      "«el banco central» en su reporte, «explicó en entrevista con El Economista» con " +
      "nombre detrás, «la especialista», verbo invertido con nombre y «para quien», " +
      "secretario estatal tras dos puntos, nota de Hacienda, nombre de tarjeta (no cita)",
    headline: "Remesas caen 4.6% en el primer semestre; acumulan cinco meses a la baja",
    standfirst:
      "Para Grupo Financiero Cumbre, el flujo “ya tocó piso” y podría repuntar en el último " + "trimestre.",
    paragraphs: [
      "Los ingresos por remesas a México sumaron 29,412 millones de dólares en el primer " +
        "semestre del año, una caída de 4.6% frente al mismo periodo de 2025, informó este " +
        "martes el Banco de México (Banxico).",
      "En junio, el flujo se ubicó en 5,018 millones de dólares, su quinto descenso mensual " +
        "consecutivo. El banco central explicó en su reporte que la baja obedece a “una " +
        "reducción en el número de operaciones”, mientras que el monto promedio por envío se " +
        "mantuvo prácticamente sin cambios, en 391 dólares.",
      "“Lo que vemos es que menos personas están enviando dinero, no que envíen menos”, " +
        "explicó en entrevista con El Economista Gabriela Ortiz Leyva, directora de Análisis " +
        "Económico de Grupo Financiero Cumbre.",
      "La especialista consideró que el flujo “ya tocó piso” y que podría repuntar en el " +
        "último trimestre del año, cuando tradicionalmente se intensifican los envíos por las " +
        "fiestas decembrinas.",
      "“El impuesto de 1% a los envíos en efectivo y el endurecimiento migratorio no van a " +
        "desaparecer en el corto plazo”, advirtió Raúl Echeverría Tapia, economista en jefe de " +
        "la consultora Prospecta Análisis, para quien 2026 cerrará con una caída “de entre 3 y " +
        "5 por ciento”.",
      "Por entidad, Michoacán, Jalisco y Guanajuato concentraron 31% de los ingresos. En " +
        "Michoacán, el secretario de Desarrollo Económico estatal, Fernando Villaseñor Gaytán, " +
        "reconoció que los municipios de la meseta purépecha ya resienten la baja: “Hay " +
        "comunidades donde la remesa es el único ingreso. Ahí se nota en el comercio, en la " +
        "construcción, en todo”.",
      "La Secretaría de Hacienda y Crédito Público (SHCP) sostuvo, en una nota informativa, " +
        "que la baja “no compromete la estabilidad del consumo”, pues las remesas representan " +
        "alrededor de 3.5% del PIB. El gobierno federal promueve desde el año pasado la " +
        "tarjeta “Finabien Paisano” para abaratar los envíos.",
    ],
    quotes: [
      ["ya tocó piso", "Gabriela Ortiz Leyva"],
      ["una reducción en el número de operaciones", "el Banco de México"],
      [
        "Lo que vemos es que menos personas están enviando dinero, no que envíen menos",
        "Gabriela Ortiz Leyva",
      ],
      [
        "El impuesto de 1% a los envíos en efectivo y el endurecimiento migratorio no van a " +
          "desaparecer en el corto plazo",
        "Raúl Echeverría Tapia",
      ],
      ["de entre 3 y 5 por ciento", "Raúl Echeverría Tapia"],
      [
        "Hay comunidades donde la remesa es el único ingreso. Ahí se nota en el comercio, en " +
          "la construcción, en todo",
        "Fernando Villaseñor Gaytán",
      ],
      ["no compromete la estabilidad del consumo", "La Secretaría de Hacienda y Crédito Público"],
    ],
  },
  {
    name:
      "La Gaceta, salud: «informó la ministra» con nombre detrás, «la funcionaria» y " +
      "«sostuvo», boletín que «advierte» como «el documento», jefe de servicio con fragmento " +
      "y «lamentó el médico», madre con pregunta, sociedad científica en un comunicado, lema " +
      "de campaña (no cita)",
    todo:
      "«favorece la reintroducción del virus en comun…» goes to El documento, not el Boletín " +
      "Epidemiológico Nacional",
    headline: "Confirman un caso de sarampión en Tucumán y refuerzan la vacunación en las escuelas",
    paragraphs: [
      "El Ministerio de Salud Pública de la provincia confirmó ayer un caso de sarampión en " +
        "un niño de 4 años de Banda del Río Salí que no tenía el esquema de vacunación " +
        "completo. Es el primer caso registrado en Tucumán desde 2019.",
      "“El chico está internado en el Hospital del Niño Jesús, evoluciona bien y no reviste " +
        "gravedad”, informó la ministra de Salud, Mariana Costilla Terán, en una conferencia " +
        "de prensa en Casa de Gobierno.",
      "La funcionaria explicó que se identificaron 58 contactos estrechos, entre familiares, " +
        "compañeros del jardín y personal de salud, y que todos están bajo seguimiento. " +
        "“Ninguno presenta síntomas por ahora, pero el período de incubación es de hasta 21 " +
        "días, así que vamos a estar muy atentos”, sostuvo.",
      "Según el Boletín Epidemiológico Nacional publicado el lunes, la cobertura de la " +
        "segunda dosis de la vacuna triple viral en la provincia fue del 71% el año pasado, " +
        "cuando la meta es del 95%. El documento advierte que la baja cobertura “favorece la " +
        "reintroducción del virus en comunidades con bolsones de susceptibles”.",
      "El jefe de Infectología del Hospital del Niño Jesús, Gustavo Ledesma, remarcó que la " +
        "vacuna “es segura y es la única herramienta que tenemos”. “Después de la pandemia " +
        "mucha gente dejó de venir a los controles. Hoy estamos pagando eso”, lamentó el " +
        "médico.",
      "Desde hoy, brigadas sanitarias recorrerán las escuelas y los CAPS de Banda del Río " +
        "Salí con la campaña “Vacunate, no te la juegues”. En la puerta del CAPS del barrio " +
        "San Cayetano, Romina Herrera esperaba con sus dos hijos. “¿Cómo no voy a venir? Si a " +
        "uno le dicen que hay sarampión en el barrio, corre”, dijo la mujer, de 29 años.",
      "La Sociedad Argentina de Pediatría (SAP) recordó en un comunicado que los síntomas " +
        "iniciales son “fiebre alta, tos, conjuntivitis y manchas rojas en la piel” y pidió " +
        "consultar ante cualquier sospecha.",
    ],
    quotes: [
      [
        "El chico está internado en el Hospital del Niño Jesús, evoluciona bien y no reviste " + "gravedad",
        "Mariana Costilla Terán",
      ],
      [
        "Ninguno presenta síntomas por ahora, pero el período de incubación es de hasta 21 " +
          "días, así que vamos a estar muy atentos",
        "Mariana Costilla Terán",
      ],
      [
        "favorece la reintroducción del virus en comunidades con bolsones de susceptibles",
        "el Boletín Epidemiológico Nacional",
      ],
      ["es segura y es la única herramienta que tenemos", "Gustavo Ledesma"],
      [
        "Después de la pandemia mucha gente dejó de venir a los controles. Hoy estamos pagando " + "eso",
        "Gustavo Ledesma",
      ],
      ["¿Cómo no voy a venir? Si a uno le dicen que hay sarampión en el barrio, corre", "Romina Herrera"],
      ["fiebre alta, tos, conjuntivitis y manchas rojas en la piel", "La Sociedad Argentina de Pediatría"],
    ],
  },
  {
    name:
      "la diaria, cultura: título de obra entre comillas (no cita) dos veces, «dijo Pereyra " +
      "a la diaria», «la dramaturga» con «recordó», cita con comillas simples anidadas, " +
      "director de comparsa con fragmento, actriz tras dos puntos, Intendencia en un " +
      "comunicado",
    headline: "El Galpón vuelve a la sala grande con una obra sobre los conventillos de Barrio Sur",
    paragraphs: [
      "Después de dos años de obras de reparación en el techo, la sala Atahualpa de El " +
        "Galpón reabre el viernes con el estreno de “Conventillo Mediomundo”, una pieza " +
        "escrita y dirigida por Verónica Pereyra Silva sobre las familias que vivieron en el " +
        "célebre conventillo de Barrio Sur hasta su demolición, en 1978.",
      "“Queríamos volver con algo que fuera nuestro, bien montevideano, y que hablara de lo " +
        "que la ciudad decidió olvidar”, dijo Pereyra a la diaria durante uno de los ensayos " +
        "generales.",
      "La dramaturga pasó casi un año entrevistando a antiguos vecinos y a sus " +
        "descendientes. “Nadie me cerró la puerta. Al contrario, todos querían que alguien les " +
        "preguntara”, recordó.",
      "Una de las entrevistadas fue Nilda Martínez, que vivió en el conventillo hasta los 12 " +
        "años y estará en la platea el día del estreno. “Mi madre decía ‘acá somos pobres pero " +
        "no tristes’, y eso es lo que espero ver en el escenario”, contó la mujer, de 61 años.",
      "El elenco reúne a 14 actores y a la comparsa Sinfonía de Ansina, que toca en vivo en " +
        "cada función. Su director, Julio César Bentancor, explicó que el candombe “no es un " +
        "adorno” de la obra. “Los tambores cuentan la historia tanto como los actores. Cuando " +
        "se cae el conventillo, se calla la cuerda”, señaló.",
      "La actriz Lucía Techera, que interpreta a la dueña de la pensión, reconoció que fue " +
        "uno de los procesos más exigentes de su carrera: “Tenés que cantar, bailar y sostener " +
        "un texto larguísimo. Terminamos cada ensayo destruidos, pero felices”.",
      "La reapertura de la sala costó 11 millones de pesos, financiados en partes iguales " +
        "por la Intendencia de Montevideo y el Ministerio de Educación y Cultura. En un " +
        "comunicado, la Intendencia celebró el regreso de “una sala imprescindible para el " +
        "teatro independiente” y confirmó que habrá funciones gratuitas para los vecinos de " +
        "Barrio Sur y Palermo.",
      "“Conventillo Mediomundo” estará en cartel los viernes, sábados y domingos hasta el 30 " +
        "de noviembre. Las entradas cuestan 650 pesos, con descuentos para socios de El Galpón " +
        "y estudiantes.",
    ],
    quotes: [
      [
        "Queríamos volver con algo que fuera nuestro, bien montevideano, y que hablara de lo " +
          "que la ciudad decidió olvidar",
        "Verónica Pereyra Silva",
      ],
      [
        "Nadie me cerró la puerta. Al contrario, todos querían que alguien les preguntara",
        "Verónica Pereyra Silva",
      ],
      [
        "Mi madre decía ‘acá somos pobres pero no tristes’, y eso es lo que espero ver en el " + "escenario",
        "Nilda Martínez",
      ],
      ["no es un adorno", "Julio César Bentancor"],
      [
        "Los tambores cuentan la historia tanto como los actores. Cuando se cae el " +
          "conventillo, se calla la cuerda",
        "Julio César Bentancor",
      ],
      [
        "Tenés que cantar, bailar y sostener un texto larguísimo. Terminamos cada ensayo " +
          "destruidos, pero felices",
        "Lucía Techera",
      ],
      ["una sala imprescindible para el teatro independiente", "la Intendencia de Montevideo"],
    ],
  },
  {
    name:
      "Diario de Burgos, ciencia: entradilla repetida en el cuerpo, «los investigadores " +
      "estiman», «ha detallado el paleontólogo», apellido con cita tras dos puntos, " +
      "investigadora con «ha reconocido», «según el equipo», apodo de un fósil (no cita), " +
      "fundación en una nota, voluntario con edad",
    todo:
      "a quote after «que los investigadores estiman» goes to a place named earlier in the " +
      "sentence; «según el equipo» is given as the speaker with «según» and not linked back " +
      "to the team named before",
    headline:
      "Atapuerca cierra la campaña con un diente humano de más de un millón de años en la " +
      "Sima del Elefante",
    standfirst:
      "El codirector del yacimiento lo considera «uno de los hallazgos más importantes de la " +
      "última década».",
    paragraphs: [
      "Los trabajos de excavación en la sierra de Atapuerca concluyeron ayer con la " +
        "presentación de un molar humano hallado el pasado 14 de julio en el nivel TE7 de la " +
        "Sima del Elefante, con una antigüedad que los investigadores estiman «entre 1,1 y 1,3 " +
        "millones de años».",
      "El codirector del Equipo Investigador de Atapuerca (EIA), Ignacio Marcos Arranz, ha " +
        "calificado el molar como «uno de los hallazgos más importantes de la última década». " +
        "«Es un diente muy desgastado, de un individuo adulto, y tiene rasgos que no habíamos " +
        "visto en ningún otro fósil de la sierra», ha detallado el paleontólogo en la " +
        "presentación, celebrada en el Museo de la Evolución Humana.",
      "Marcos ha evitado, no obstante, atribuirlo a una especie concreta hasta que concluyan " +
        "los análisis: «Sería una irresponsabilidad ponerle nombre ahora. Primero hay que " +
        "estudiar la morfología interna con microtomografía, y eso lleva meses».",
      "La investigadora del CENIEH Elena Sáiz Gutiérrez, que ha coordinado la excavación en " +
        "la Sima del Elefante, ha recordado que el nivel no había dado restos humanos desde " +
        "2022. «Cada campaña en ese nivel es una lotería. Llevábamos tres veranos sin un solo " +
        "resto humano», ha reconocido.",
      "Junto al molar han aparecido herramientas de sílex y huesos de ciervo con marcas de " +
        "corte, lo que, según el equipo, indica que los homínidos «procesaban la carne de los " +
        "animales en el propio yacimiento».",
      "En la Sima de los Huesos, donde en 1992 apareció el cráneo conocido como «Miguelón», " +
        "la campaña ha permitido recuperar una treintena de restos más. Unos 280 " +
        "investigadores y estudiantes han participado este año en los trabajos.",
      "La Fundación Atapuerca ha informado en una nota de que las visitas a los yacimientos " +
        "han superado este verano las 70.000 personas, «una cifra récord que confirma el " +
        "interés social por la evolución humana».",
      "Entre los voluntarios estaba Pablo Ruiz, estudiante de Biología en la Universidad de " +
        "Burgos. «Cuando oí que había aparecido un diente humano se me puso la piel de " +
        "gallina. Esto no se olvida», ha contado el joven burgalés, de 22 años.",
    ],
    quotes: [
      ["uno de los hallazgos más importantes de la última década", "Ignacio Marcos Arranz"],
      ["entre 1,1 y 1,3 millones de años", "los investigadores"],
      [
        "Es un diente muy desgastado, de un individuo adulto, y tiene rasgos que no habíamos " +
          "visto en ningún otro fósil de la sierra",
        "Ignacio Marcos Arranz",
      ],
      [
        "Sería una irresponsabilidad ponerle nombre ahora. Primero hay que estudiar la " +
          "morfología interna con microtomografía, y eso lleva meses",
        "Ignacio Marcos Arranz",
      ],
      [
        "Cada campaña en ese nivel es una lotería. Llevábamos tres veranos sin un solo resto " + "humano",
        "Elena Sáiz Gutiérrez",
      ],
      ["procesaban la carne de los animales en el propio yacimiento", "el Equipo Investigador de Atapuerca"],
      ["una cifra récord que confirma el interés social por la evolución humana", "La Fundación Atapuerca"],
      [
        "Cuando oí que había aparecido un diente humano se me puso la piel de gallina. Esto no " +
          "se olvida",
        "Pablo Ruiz",
      ],
    ],
  },
  {
    name:
      "Última Hora, educación (comillas rectas): «afirmó la secretaria general» con nombre " +
      "detrás, «la sindicalista» con fragmento, viceministro con coma dentro de las " +
      "comillas, nombre de programa (no cita), madre con nombre detrás del verbo, ministerio " +
      "en un comunicado, director sin nombre tras dos puntos",
    headline: "Docentes anuncian huelga por reajuste salarial y el MEC advierte con descuentos",
    paragraphs: [
      "La Federación de Educadores del Paraguay (FEP) y otros dos gremios docentes " +
        "anunciaron ayer una huelga de 48 horas para el próximo martes y miércoles en reclamo " +
        "del reajuste salarial del 16% prometido para este año, que no figura en el proyecto " +
        "de Presupuesto 2027 remitido al Congreso.",
      '"El Gobierno se comprometió por escrito y ahora nos dice que no hay plata. Los ' +
        'docentes no vamos a seguir esperando", afirmó la secretaria general de la FEP, Silvia ' +
        "Benítez Duarte, en conferencia de prensa en la sede del gremio, en Asunción.",
      'La sindicalista aseguró que la medida tendrá "una adhesión de más del 80%" y no ' +
        "descartó una huelga por tiempo indefinido si el Ejecutivo no incluye el reajuste en " +
        "el Presupuesto.",
      "Desde el Ministerio de Educación y Ciencias (MEC), el viceministro de Educación " +
        'Básica, Rodrigo Ayala Cáceres, recordó que los días no trabajados "serán descontados ' +
        'conforme a la ley" y pidió a los gremios volver a la mesa de diálogo. "La puerta está ' +
        'abierta, pero no con los alumnos como rehenes," dijo el viceministro a Última Hora.',
      "Según el MEC, unos 1,2 millones de alumnos del sector oficial podrían quedarse sin " +
        'clases. Los comedores escolares del programa "Hambre Cero" seguirán funcionando ' +
        "durante la medida de fuerza, aclaró la cartera.",
      '"Otra vez los chicos pierden clases. Entendemos el reclamo, pero que se arreglen ' +
        'entre adultos", expresó Gloria Fernández, madre de dos estudiantes de la Escuela ' +
        "Básica N.º 1.025 de Luque.",
      "El Ministerio de Economía y Finanzas (MEF) señaló en un comunicado que el reajuste " +
        '"está sujeto a la disponibilidad de recursos" y que se analizará durante el ' +
        "tratamiento del Presupuesto en el Congreso.",
      "Un director de un colegio de Fernando de la Mora, que pidió reserva de su nombre, " +
        'adelantó que la mayoría de sus docentes se plegará: "Acá cobran 3,8 millones de ' +
        "guaraníes y muchos tienen dos o tres trabajos. Nadie quiere hacer huelga, pero no les " +
        'dejan opción".',
    ],
    quotes: [
      [
        "El Gobierno se comprometió por escrito y ahora nos dice que no hay plata. Los " +
          "docentes no vamos a seguir esperando",
        "Silvia Benítez Duarte",
      ],
      ["una adhesión de más del 80%", "Silvia Benítez Duarte"],
      ["serán descontados conforme a la ley", "Rodrigo Ayala Cáceres"],
      ["La puerta está abierta, pero no con los alumnos como rehenes,", "Rodrigo Ayala Cáceres"],
      [
        "Otra vez los chicos pierden clases. Entendemos el reclamo, pero que se arreglen entre " + "adultos",
        "Gloria Fernández",
      ],
      ["está sujeto a la disponibilidad de recursos", "El Ministerio de Economía y Finanzas"],
      [
        "Acá cobran 3,8 millones de guaraníes y muchos tienen dos o tres trabajos. Nadie " +
          "quiere hacer huelga, pero no les dejan opción",
        "Un director de un colegio de Fernando de la Mora",
      ],
    ],
  },
  {
    name:
      "Correo, policiales: nombre de banda en el titular y alias entre comillas (no citas), " +
      "entradilla con «el jefe policial» repetida en el cuerpo con «el alto oficial», " +
      "«agregó Zárate», fiscal con fragmento y «la representante del Ministerio Público», " +
      "mototaxista sin nombre, «dijo el burgomaestre»",
    todo:
      "«Hay audios, hay capturas de pantalla y hay te…» goes to la representante del Ministerio " +
      "Público, not Rosa Elvira Alayo; «Me mandaron una foto de mi hija saliendo del …» goes to Un " +
      "mototaxista del paradero de la avenida Sánchez Carrión, not Un mototaxista",
    headline: "Caen “Los Injertos del Norte”, banda que extorsionaba a mototaxistas en Trujillo",
    standfirst:
      "“Les cobraban hasta 20 soles diarios por trabajar”, reveló el jefe policial de La " + "Libertad.",
    paragraphs: [
      "Un total de nueve presuntos integrantes de la organización criminal “Los Injertos del " +
        "Norte” fueron capturados la madrugada de ayer en allanamientos simultáneos en los " +
        "distritos de El Porvenir, La Esperanza y Florencia de Mora, en Trujillo.",
      "El jefe de la Región Policial La Libertad, general PNP Víctor Hugo Zárate Paredes, " +
        "detalló que la banda tenía en la mira a unos 300 mototaxistas de seis paraderos. “Les " +
        "cobraban hasta 20 soles diarios por trabajar”, reveló el alto oficial en conferencia " +
        "de prensa.",
      "“Al que no pagaba le quemaban la mototaxi o le disparaban a la vivienda. Tenemos " +
        "registrados por lo menos 14 atentados de este tipo en lo que va del año”, agregó " +
        "Zárate.",
      "En los operativos se incautaron dos pistolas, un revólver, 23 celulares y cuadernos " +
        "con anotaciones de los pagos. Según la Policía, el presunto cabecilla, Jhonatan Ríos " +
        "Vásquez, alias “el Flaco”, dirigía la organización desde el penal El Milagro, donde " +
        "cumple condena por robo agravado.",
      "La fiscal provincial Rosa Elvira Alayo, de la Fiscalía Especializada contra la " +
        "Criminalidad Organizada, informó que pedirá 36 meses de prisión preventiva porque los " +
        "detenidos “representan un peligro real para los testigos”. “Hay audios, hay capturas " +
        "de pantalla y hay testigos protegidos. Es un caso sólido”, aseguró la representante " +
        "del Ministerio Público.",
      "Un mototaxista del paradero de la avenida Sánchez Carrión, que por temor pidió no ser " +
        "identificado, contó a Correo que dejó de trabajar dos semanas tras recibir amenazas. " +
        "“Me mandaron una foto de mi hija saliendo del colegio. Ahí dije basta y pagué”, " +
        "relató.",
      "El alcalde de El Porvenir, Segundo Mendoza Lázaro, saludó la captura, pero pidió que " +
        "la presencia policial sea permanente. “Esta es una buena noticia, pero la semana que " +
        "viene aparece otra banda. Necesitamos comisarías con patrulleros, no operativos de un " +
        "día”, dijo el burgomaestre.",
    ],
    quotes: [
      ["Les cobraban hasta 20 soles diarios por trabajar", "Víctor Hugo Zárate Paredes"],
      [
        "Al que no pagaba le quemaban la mototaxi o le disparaban a la vivienda. Tenemos " +
          "registrados por lo menos 14 atentados de este tipo en lo que va del año",
        "Víctor Hugo Zárate Paredes",
      ],
      ["representan un peligro real para los testigos", "Rosa Elvira Alayo"],
      [
        "Hay audios, hay capturas de pantalla y hay testigos protegidos. Es un caso sólido",
        "Rosa Elvira Alayo",
      ],
      ["Me mandaron una foto de mi hija saliendo del colegio. Ahí dije basta y pagué", "Un mototaxista"],
      [
        "Esta es una buena noticia, pero la semana que viene aparece otra banda. Necesitamos " +
          "comisarías con patrulleros, no operativos de un día",
        "Segundo Mendoza Lázaro",
      ],
    ],
  },
]);
