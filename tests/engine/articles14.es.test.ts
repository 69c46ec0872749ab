// A fourteenth round of composed Spanish news articles, in the styles of outlets and beats the first
// thirteen rounds did not use: Deia (a low-emission zone voted in Bilbao's council), El Tribuno (a judge
// orders a health insurer to pay for a child's therapy, Salta, Argentina), Estadio Deportivo (a Betis
// draw and the coach's press conference, Sevilla), El Financiero (Banco de México cuts its rate, México),
// RPP (a whooping-cough alert, Perú), La Capital (a Rosario film premieres at home, Argentina), El
// Mostrador (a planet found by a Chilean team, Chile), Soy502 (an eruption of the Volcán de Fuego,
// Guatemala), Diario Córdoba (university entrance exam results, straight quotation marks) and Montevideo
// Portal (a robbery at a currency exchange, Uruguay).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Deia, política local: cita del titular repetida en el cuerpo, alcalde con verbo " +
      "pospuesto y después «el regidor», «añadió» sin sujeto, concejala de la oposición con " +
      "dos puntos, ordenanza que «recoge», comerciante anónimo, lema de una pancarta (no " +
      "cita)",
    headline: "Bilbao aprueba su zona de bajas emisiones: «No es una medida contra nadie»",
    paragraphs: [
      "El pleno del Ayuntamiento de Bilbao aprobó ayer de forma definitiva la ordenanza de " +
        "la zona de bajas emisiones (ZBE), que a partir del 1 de junio impedirá la entrada al " +
        "centro de la villa a los vehículos sin etiqueta ambiental. La norma salió adelante " +
        "con los votos de PNV y PSE-EE y el rechazo de EH Bildu, PP y Elkarrekin.",
      "«No es una medida contra nadie», defendió el alcalde, Aitor Goikoetxea Larrea, " +
        "durante el debate. «Es una medida a favor de la salud de las vecinas y vecinos de " +
        "Bilbao, que respiran cada día un aire que incumple los límites europeos en varias " +
        "calles», insistió el regidor.",
      "Goikoetxea recordó que la ZBE afectará a unos 18.000 turismos censados en la villa. " +
        "«Hemos ampliado las moratorias para personas con rentas bajas y para el pequeño " +
        "comercio», añadió.",
      "La portavoz de EH Bildu, Nerea Etxeberria Uribe, fue especialmente crítica con el " +
        "calendario: «Se ha hecho tarde, mal y sin escuchar a los barrios. Otxarkoaga y " +
        "Zorrotza no tienen el mismo transporte público que Abando».",
      "El texto aprobado recoge que las multas por acceder sin autorización serán de 200 " +
        "euros, aunque los primeros seis meses tendrán un carácter «exclusivamente " +
        "informativo».",
      "A las puertas del consistorio, una veintena de personas se concentraron con una " +
        "pancarta en la que se leía «Bilbao no se vende», convocadas por una plataforma " +
        "vecinal de Rekalde.",
      "Un comerciante de la calle Autonomía, que prefirió no dar su nombre, se mostró " +
        "preocupado: «Mis clientes vienen de Barakaldo y de Sestao en coches viejos. Si no " +
        "pueden aparcar aquí, se irán al centro comercial».",
    ],
    quotes: [
      ["No es una medida contra nadie", "Aitor Goikoetxea Larrea"],
      [
        "Es una medida a favor de la salud de las vecinas y vecinos de Bilbao, que respiran " +
          "cada día un aire que incumple los límites europeos en varias calles",
        "Aitor Goikoetxea Larrea",
      ],
      [
        "Hemos ampliado las moratorias para personas con rentas bajas y para el pequeño " + "comercio",
        "Aitor Goikoetxea Larrea",
      ],
      [
        "Se ha hecho tarde, mal y sin escuchar a los barrios. Otxarkoaga y Zorrotza no tienen " +
          "el mismo transporte público que Abando",
        "Nerea Etxeberria Uribe",
      ],
      ["exclusivamente informativo", "El texto aprobado"],
      [
        "Mis clientes vienen de Barakaldo y de Sestao en coches viejos. Si no pueden aparcar " +
          "aquí, se irán al centro comercial",
        "Un comerciante de la calle Autonomía",
      ],
    ],
  },
  {
    name:
      "El Tribuno, tribunales: fallo que «sostiene» con cita parcial, jueza que «escribió» " +
      "con nombre delante, madre con verbo antepuesto y dos puntos, «la mujer» como " +
      "referencia, abogado con cita interrumpida, obra social que «informó en un " +
      "comunicado»",
    todo:
      "«escribió la magistrada» is not resolved to the judge named two paragraphs earlier (her " +
      "role, a court named with «en lo Civil y Comercial», is not read)",
    headline: "Una jueza ordenó a la obra social provincial cubrir la terapia de un niño con " + "autismo",
    paragraphs: [
      "La jueza de Primera Instancia en lo Civil y Comercial de 5ª Nominación de Salta, " +
        "Gabriela Fernández Arias, hizo lugar a un amparo y ordenó al Instituto Provincial de " +
        "Salud de Salta (IPSS) que cubra de manera integral el tratamiento de un niño de 6 " +
        "años con trastorno del espectro autista.",
      "El fallo sostiene que la obra social incurrió en una «demora injustificada e " +
        "incompatible con el interés superior del niño» al rechazar durante ocho meses los " +
        "pedidos de la familia.",
      "«La salud de un niño no puede quedar supeditada a trámites administrativos que se " +
        "repiten una y otra vez», escribió la magistrada en la resolución, que fija un plazo " +
        "de cinco días para que el IPSS garantice las sesiones de fonoaudiología y terapia " +
        "ocupacional.",
      "La madre del chico, Lorena Guaymás, contó a El Tribuno que tuvo que pagar las " +
        "sesiones con préstamos. «Llegamos a deber más de 900 mil pesos. Hubo meses en que " +
        "elegía entre la terapia y la comida», relató la mujer, que vive en el barrio " +
        "Castañares.",
      "El abogado de la familia, Martín Aráoz Cornejo, celebró la decisión. «Es un " +
        "precedente muy importante», afirmó, «porque hay decenas de familias en Salta " +
        "esperando lo mismo».",
      "Desde el IPSS informaron en un comunicado que la resolución «será cumplida en los " +
        "plazos establecidos» y que el organismo analiza si apelará.",
    ],
    quotes: [
      ["demora injustificada e incompatible con el interés superior del niño", "El fallo"],
      [
        "La salud de un niño no puede quedar supeditada a trámites administrativos que se " +
          "repiten una y otra vez",
        "Gabriela Fernández Arias",
      ],
      [
        "Llegamos a deber más de 900 mil pesos. Hubo meses en que elegía entre la terapia y " + "la comida",
        "Lorena Guaymás",
      ],
      ["Es un precedente muy importante", "Martín Aráoz Cornejo"],
      ["porque hay decenas de familias en Salta esperando lo mismo", "Martín Aráoz Cornejo"],
      ["será cumplida en los plazos establecidos", "el Instituto Provincial de Salud de Salta"],
    ],
  },
  {
    name:
      "Estadio Deportivo, fútbol: cita de la entradilla repetida en el cuerpo, técnico con " +
      "«explicó el preparador» y «reconoció» sin sujeto, capitán con verbo antepuesto y dos " +
      "puntos, cita que sigue en un segundo párrafo, mote entre comillas (no cita), nombre " +
      "de un programa (no cita)",
    headline: "El Betis se deja dos puntos en el descuento ante el Getafe",
    standfirst: "«Nos ha faltado matar el partido», lamentó Ramón Zubiría tras el 1-1 en La Cartuja",
    paragraphs: [
      "El Real Betis no pudo pasar del empate (1-1) ante el Getafe en La Cartuja, en un " +
        "partido que tenía controlado hasta que Borja Castell igualó en el minuto 93 el gol " +
        "que había marcado Iker Salvatierra al filo del descanso.",
      "«Nos ha faltado matar el partido», lamentó en sala de prensa Ramón Zubiría, técnico " +
        "verdiblanco. «Hemos tenido tres ocasiones clarísimas en la segunda parte y cuando no " +
        "las metes, en Primera lo pagas», explicó el preparador vasco.",
      "Zubiría defendió los cambios que hizo en el tramo final. «Los jugadores llegaban con " +
        "molestias y no quería arriesgar a nadie antes del jueves», reconoció, en referencia " +
        "al partido de Conference League ante el Brann noruego.",
      "El capitán, Jesús Ortega Mármol, se mostró autocrítico en zona mixta: «Un equipo que " +
        "quiere estar arriba no puede conceder eso en el último minuto. Nos vamos con una " +
        "sensación muy amarga.",
      "«Ahora toca levantarse rápido, porque el jueves nos jugamos mucho en Europa».",
      "Por el Getafe, el autor del empate, conocido en el vestuario como «el Tanque», habló " +
        "para el programa «Tiempo de Juego» de la COPE. «Hemos creído hasta el final y eso es " +
        "lo que nos pide el míster», aseguró Castell.",
    ],
    quotes: [
      ["Nos ha faltado matar el partido", "Ramón Zubiría"],
      [
        "Hemos tenido tres ocasiones clarísimas en la segunda parte y cuando no las metes, en " +
          "Primera lo pagas",
        "Ramón Zubiría",
      ],
      [
        "Los jugadores llegaban con molestias y no quería arriesgar a nadie antes del jueves",
        "Ramón Zubiría",
      ],
      [
        "Un equipo que quiere estar arriba no puede conceder eso en el último minuto. Nos " +
          "vamos con una sensación muy amarga.",
        "Jesús Ortega Mármol",
      ],
      ["Ahora toca levantarse rápido, porque el jueves nos jugamos mucho en Europa", "Jesús Ortega Mármol"],
      ["Hemos creído hasta el final y eso es lo que nos pide el míster", "Borja Castell"],
    ],
  },
  {
    name:
      "El Financiero, economía: institución que «señaló en su comunicado», «de acuerdo con " +
      "el documento» con cita parcial, gobernadora con verbo pospuesto, analista " +
      "introducido con «Para …», economista con «advirtió la especialista», fuente anónima, " +
      "nombre de una encuesta (no cita)",
    todo:
      "the sentence-initial determiner of a body's name is dropped («Banco de México» for " +
      "«El Banco de México»)",
    headline: "Banxico recorta la tasa a 7.25% y anticipa una pausa en el ciclo de bajas",
    paragraphs: [
      "El Banco de México (Banxico) redujo este jueves su tasa de interés de referencia en " +
        "25 puntos base, a 7.25 por ciento, en una decisión dividida de cuatro votos contra " +
        "uno.",
      "“La Junta de Gobierno considera que el entorno inflacionario permite continuar con " +
        "el ciclo de recortes, aunque a un ritmo más gradual”, señaló el banco central en su " +
        "comunicado de política monetaria.",
      "De acuerdo con el documento, la inflación subyacente “mantiene una tendencia " +
        "descendente”, pero los servicios siguen mostrando “presiones persistentes”.",
      "“No estamos en piloto automático; cada decisión dependerá de los datos”, afirmó la " +
        "gobernadora, Elena Ruiz Montaño, en un foro organizado por la Asociación de Bancos " +
        "de México horas después del anuncio.",
      "Para Gabriel Lozano Treviño, economista en jefe de Grupo Financiero Altamira, el " +
        "mensaje fue más cauteloso de lo esperado. “El banco central está abriendo la puerta " +
        "a una pausa en marzo, algo que el mercado no tenía en el escenario base”, comentó a " +
        "El Financiero.",
      "Sofía Carranza, directora de análisis de Monex, coincidió en parte. “Con el peso por " +
        "arriba de los 19 por dólar, Banxico no tiene mucho margen”, advirtió la " +
        "especialista.",
      "Un funcionario de la Secretaría de Hacienda, que pidió el anonimato, dijo que la " +
        "decisión “va en línea” con las proyecciones del Paquete Económico. Los analistas " +
        "consultados en la “Encuesta Citibanamex de Expectativas” prevén que la tasa cierre " +
        "el año en 6.75 por ciento.",
    ],
    quotes: [
      [
        "La Junta de Gobierno considera que el entorno inflacionario permite continuar con el " +
          "ciclo de recortes, aunque a un ritmo más gradual",
        "El Banco de México",
      ],
      ["mantiene una tendencia descendente", "el documento"],
      ["presiones persistentes", "el documento"],
      ["No estamos en piloto automático; cada decisión dependerá de los datos", "Elena Ruiz Montaño"],
      [
        "El banco central está abriendo la puerta a una pausa en marzo, algo que el mercado " +
          "no tenía en el escenario base",
        "Gabriel Lozano Treviño",
      ],
      ["Con el peso por arriba de los 19 por dólar, Banxico no tiene mucho margen", "Sofía Carranza"],
      ["va en línea", "Un funcionario de la Secretaría de Hacienda"],
    ],
  },
  {
    name:
      "RPP, salud: ministerio que «informó» con cita parcial, epidemióloga con «explicó a " +
      "RPP» y después «la especialista», cita interrumpida por «indicó», pediatra con verbo " +
      "antepuesto y dos puntos, madre con nombre, alerta epidemiológica que «precisa», " +
      "nombre de una campaña (no cita)",
    headline: "Minsa emite alerta por aumento de casos de tos ferina en cinco regiones",
    paragraphs: [
      "El Ministerio de Salud (Minsa) emitió una alerta epidemiológica ante el incremento " +
        "de casos de tos ferina en Lima, Cusco, Loreto, Junín y Piura, que suman 412 " +
        "contagios confirmados en lo que va del año, frente a 96 en el mismo periodo de 2025.",
      "La alerta precisa que la mayoría de los afectados son menores de un año que “no " +
        "recibieron o no completaron el esquema de vacunación”.",
      "La epidemióloga Rosa Villanueva Chávez, del Centro Nacional de Epidemiología, " +
        "explicó a RPP que la enfermedad es especialmente peligrosa en lactantes. “En un bebé " +
        "de dos meses la tos puede provocar apneas y llevarlo a la unidad de cuidados " +
        "intensivos en cuestión de horas”, sostuvo la especialista.",
      "“Los padres deben revisar el carné de vacunación”, indicó Villanueva, “y acudir al " +
        "centro de salud más cercano aunque el niño no tenga síntomas”.",
      "En el Instituto Nacional de Salud del Niño de Breña, el pediatra Julio César Tapia " +
        "advirtió: “Estamos recibiendo casos de niños que llegan morados después de un acceso " +
        "de tos. Es una enfermedad que se previene con una vacuna gratuita”.",
      "Karina Huamán, madre de un bebé de tres meses internado en ese hospital, pidió a " +
        "otras familias no confiarse. “Pensé que era un resfrío. Si lo traía dos días " +
        "después, no sé qué hubiera pasado”, dijo entre lágrimas.",
      "El Minsa recordó que las vacunas se aplican de forma gratuita en todos los " +
        "establecimientos del país dentro de la campaña “Vacúnate, Perú”.",
    ],
    quotes: [
      ["no recibieron o no completaron el esquema de vacunación", "La alerta"],
      [
        "En un bebé de dos meses la tos puede provocar apneas y llevarlo a la unidad de " +
          "cuidados intensivos en cuestión de horas",
        "Rosa Villanueva Chávez",
      ],
      ["Los padres deben revisar el carné de vacunación", "Rosa Villanueva Chávez"],
      ["y acudir al centro de salud más cercano aunque el niño no tenga síntomas", "Rosa Villanueva Chávez"],
      [
        "Estamos recibiendo casos de niños que llegan morados después de un acceso de tos. Es " +
          "una enfermedad que se previene con una vacuna gratuita",
        "Julio César Tapia",
      ],
      ["Pensé que era un resfrío. Si lo traía dos días después, no sé qué hubiera pasado", "Karina Huamán"],
    ],
  },
  {
    name:
      "La Capital, cultura: título de la película y de una novela (no citas), directora con " +
      "verbo pospuesto y luego pronombre implícito, «contó la cineasta», actor introducido " +
      "con «Para …» y cita parcial, productor con dos puntos, secretaria de Cultura con " +
      "«dijo» antepuesto, espectadora anónima",
    todo:
      "a film title in headline and lead is taken as a quote; «dijo la directora» and " +
      "«contó la cineasta» stay descriptions instead of the director named before; an " +
      "unnamed «Una espectadora … lo resumió así:» gets the previous sentence's speaker",
    headline: "“El río no vuelve” se estrena en Rosario: “Es una película sobre los que se " + "quedaron”",
    paragraphs: [
      "La ópera prima de la rosarina Valeria Ponce Cabral, “El río no vuelve”, tuvo anoche " +
        "su estreno en su ciudad con dos funciones a sala llena en el cine El Cairo, después " +
        "de su paso por el Festival de Mar del Plata, donde ganó el premio a mejor película " +
        "argentina.",
      "“Es una película sobre los que se quedaron”, dijo la directora antes de la " +
        "proyección. “Todos en Rosario tenemos a alguien que se fue a Buenos Aires o a " +
        "España, y yo quería mirar a los que no se fueron”, agregó.",
      "El guion, basado libremente en la novela “Puerto Gaboto” de Hugo Sarrazín, sigue a " +
        "tres hermanos que heredan una isla en el Paraná. “Filmamos con la bajante del río, y " +
        "eso se volvió parte de la historia”, contó la cineasta.",
      "Para Franco Rinaldi, que interpreta al hermano mayor, rodar en las islas fue “una " +
        "experiencia física, casi de supervivencia”. “Había días en que no llegaba la lancha " +
        "y comíamos lo que pescábamos”, recordó entre risas.",
      "El productor Damián Ferreyra detalló que el rodaje costó 180 millones de pesos y que " +
        "buena parte llegó de fondos provinciales: “Sin el apoyo de Santa Fe esta película no " +
        "existía”.",
      "La secretaria de Cultura de la Municipalidad, Andrea Gamboa, dijo que la ciudad " +
        "quiere “que el cine rosarino se vea primero en Rosario”. Una espectadora que salía " +
        "de la primera función lo resumió así: “Me vi en cada plano”.",
    ],
    quotes: [
      ["Es una película sobre los que se quedaron", "Valeria Ponce Cabral"],
      [
        "Todos en Rosario tenemos a alguien que se fue a Buenos Aires o a España, y yo quería " +
          "mirar a los que no se fueron",
        "Valeria Ponce Cabral",
      ],
      ["Filmamos con la bajante del río, y eso se volvió parte de la historia", "Valeria Ponce Cabral"],
      ["una experiencia física, casi de supervivencia", "Franco Rinaldi"],
      ["Había días en que no llegaba la lancha y comíamos lo que pescábamos", "Franco Rinaldi"],
      ["Sin el apoyo de Santa Fe esta película no existía", "Damián Ferreyra"],
      ["que el cine rosarino se vea primero en Rosario", "Andrea Gamboa"],
      ["Me vi en cada plano", "Una espectadora"],
    ],
  },
  {
    name:
      "El Mostrador, ciencia: astrónoma con verbo pospuesto y luego «la investigadora», " +
      "«según el estudio» con cita parcial, coautor con «agrega» y nombre detrás, cita en " +
      "dos párrafos, observatorio que «destacó en una declaración», nombre de la revista y " +
      "apodo del planeta (no citas)",
    headline:
      "Astrónomos chilenos descubren un planeta gigante que orbita una estrella enana a 40 " + "años luz",
    paragraphs: [
      "Un equipo liderado por investigadores de la Universidad de Chile descubrió un " +
        "planeta del tamaño de Saturno que orbita una enana roja a 40 años luz de la Tierra, " +
        "un tipo de sistema que los modelos de formación planetaria consideraban muy " +
        "improbable. El hallazgo fue publicado este martes en la revista “The Astronomical " +
        "Journal”.",
      "“Las estrellas tan pequeñas no deberían tener material suficiente para formar un " +
        "planeta así”, explica Camila Errázuriz Soto, astrónoma del Departamento de " +
        "Astronomía y autora principal del trabajo. “Es como encontrar una ballena en una " +
        "pecera”, añade la investigadora.",
      "Según el estudio, el planeta, bautizado informalmente por el equipo como “Ballena”, " +
        "completa una vuelta a su estrella cada 3,1 días y tiene una temperatura superficial " +
        "de “unos 400 grados Celsius”.",
      "“Usamos datos del satélite TESS y después confirmamos la señal con espectrógrafos en " +
        "La Silla y en Las Campanas”, agrega el coautor Tomás Figueroa Henríquez, estudiante " +
        "de doctorado. “Fueron casi dos años de observaciones.",
      "“Sin los cielos del norte de Chile esto simplemente no habría sido posible”.",
      "El Observatorio Europeo Austral (ESO) destacó en una declaración que el " +
        "descubrimiento “obliga a revisar cómo se forman los planetas gigantes alrededor de " +
        "estrellas de baja masa”.",
    ],
    quotes: [
      [
        "Las estrellas tan pequeñas no deberían tener material suficiente para formar un " + "planeta así",
        "Camila Errázuriz Soto",
      ],
      ["Es como encontrar una ballena en una pecera", "Camila Errázuriz Soto"],
      ["unos 400 grados Celsius", "el estudio"],
      [
        "Usamos datos del satélite TESS y después confirmamos la señal con espectrógrafos en " +
          "La Silla y en Las Campanas",
        "Tomás Figueroa Henríquez",
      ],
      ["Fueron casi dos años de observaciones.", "Tomás Figueroa Henríquez"],
      [
        "Sin los cielos del norte de Chile esto simplemente no habría sido posible",
        "Tomás Figueroa Henríquez",
      ],
      [
        "obliga a revisar cómo se forman los planetas gigantes alrededor de estrellas de baja " + "masa",
        "El Observatorio Europeo Austral",
      ],
    ],
  },
  {
    name:
      "Soy502, desastre: institución que «informó» en boletín con cita parcial, vocero con " +
      "nombre y «agregó el portavoz», pobladora con verbo antepuesto y dos puntos, alcalde " +
      "con «declaró» pospuesto y «el jefe edil», socorristas anónimos, nombre de un " +
      "albergue (no cita)",
    headline: "Volcán de Fuego registra nueva erupción; evacúan a más de 1,200 personas",
    paragraphs: [
      "El Volcán de Fuego inició la madrugada de este domingo su quinta erupción del año, " +
        "con columnas de ceniza de hasta 5 mil metros sobre el nivel del mar y flujos " +
        "piroclásticos en las barrancas Las Lajas y Ceniza, informó el Instituto Nacional de " +
        "Sismología, Vulcanología, Meteorología e Hidrología (Insivumeh).",
      "En su boletín de las 6:00 horas, el Insivumeh advirtió que la actividad “podría " +
        "incrementarse en las próximas horas” y recomendó a la aviación tomar precauciones.",
      "La Coordinadora Nacional para la Reducción de Desastres (Conred) activó la alerta " +
        "roja institucional y trasladó a 1,243 personas de las comunidades de Sangre de " +
        "Cristo, El Porvenir y La Trinidad. “La evacuación es preventiva y se ha hecho de " +
        "forma ordenada”, dijo Rodolfo Cifuentes, vocero de la Conred. “Pedimos a la " +
        "población que no regrese a sus casas hasta que nosotros lo indiquemos”, agregó el " +
        "portavoz.",
      "Doña Marta Ajú, vecina de El Porvenir, relató: “Escuchamos retumbos desde las dos de " +
        "la mañana y vimos que caía arena sobre los techos. Agarramos a los patojos y nos " +
        "salimos”.",
      "“Tenemos tres albergues abiertos y suficientes víveres para una semana”, declaró el " +
        "alcalde de Escuintla, Edgar Morales Pineda. El jefe edil pidió donaciones de agua " +
        "pura y mascarillas.",
      "Socorristas de los Bomberos Voluntarios que trabajan en la zona indicaron que la " +
        "ceniza “está cubriendo los cultivos de café y de maíz”. El albergue principal " +
        "funciona en la escuela “Nuestra Señora de Guadalupe” del casco urbano.",
    ],
    quotes: [
      [
        "podría incrementarse en las próximas horas",
        "el Instituto Nacional de Sismología, Vulcanología, Meteorología e Hidrología",
      ],
      ["La evacuación es preventiva y se ha hecho de forma ordenada", "Rodolfo Cifuentes"],
      [
        "Pedimos a la población que no regrese a sus casas hasta que nosotros lo indiquemos",
        "Rodolfo Cifuentes",
      ],
      [
        "Escuchamos retumbos desde las dos de la mañana y vimos que caía arena sobre los " +
          "techos. Agarramos a los patojos y nos salimos",
        "Marta Ajú",
      ],
      ["Tenemos tres albergues abiertos y suficientes víveres para una semana", "Edgar Morales Pineda"],
      ["está cubriendo los cultivos de café y de maíz", "Socorristas de los Bomberos Voluntarios"],
    ],
  },
  {
    name:
      "Diario Córdoba, educación (comillas rectas): consejera con «atribuyó … al» y cita " +
      "parcial, rectora con verbo pospuesto y «añadió la rectora», alumna con nombre y " +
      "edad, director de instituto con dos puntos, sindicato que «denuncia en una nota», " +
      "adjetivo entre comillas (no cita)",
    todo:
      'a partial quote after «atribuyó el resultado al "…"» is missed; «El sindicato CCOO» ' +
      "keeps the common noun before the union's name",
    headline: "El 94,2% de los alumnos cordobeses aprueba la PAU, la mejor cifra en una década",
    paragraphs: [
      "Un total de 5.318 estudiantes de la provincia, el 94,2% de los presentados, superó " +
        "la Prueba de Acceso a la Universidad (PAU) en la convocatoria ordinaria, según los " +
        "datos publicados ayer por la Universidad de Córdoba (UCO), la tasa más alta de los " +
        "últimos diez años.",
      "La consejera de Universidad, Investigación e Innovación, Pilar Romero Ledesma, " +
        'atribuyó el resultado al "esfuerzo enorme" de alumnos y profesores en un curso ' +
        "marcado por el cambio de modelo del examen, que por primera vez incluía preguntas " +
        '"competenciales".',
      '"Estos datos demuestran que el nuevo modelo no ha perjudicado a nadie, como algunos ' +
        'temían", afirmó la rectora de la UCO, Inmaculada Lucena Prieto, en la presentación ' +
        'de las notas. "Ahora el reto es que esos alumnos encuentren plaza en la titulación ' +
        'que quieren", añadió la rectora.',
      "Lucía Montilla, de 18 años y alumna del IES Séneca, obtuvo un 13,86 sobre 14, una de " +
        'las mejores notas de Andalucía. "No me lo esperaba para nada. Quiero estudiar ' +
        'Medicina aquí, en Córdoba", contó a este periódico.',
      'El director del IES Góngora, Francisco Javier Luque, aseguró: "El cambio nos obligó ' +
        "a rehacer toda la programación de segundo de Bachillerato en pocos meses, y aun así " +
        'los chicos han respondido".',
      'El sindicato CCOO denuncia en una nota que los docentes correctores han cobrado "las ' +
        'mismas tarifas que en 2019" pese a haber corregido más exámenes que nunca.',
    ],
    quotes: [
      ["esfuerzo enorme", "Pilar Romero Ledesma"],
      [
        "Estos datos demuestran que el nuevo modelo no ha perjudicado a nadie, como algunos " + "temían",
        "Inmaculada Lucena Prieto",
      ],
      [
        "Ahora el reto es que esos alumnos encuentren plaza en la titulación que quieren",
        "Inmaculada Lucena Prieto",
      ],
      ["No me lo esperaba para nada. Quiero estudiar Medicina aquí, en Córdoba", "Lucía Montilla"],
      [
        "El cambio nos obligó a rehacer toda la programación de segundo de Bachillerato en " +
          "pocos meses, y aun así los chicos han respondido",
        "Francisco Javier Luque",
      ],
      ["las mismas tarifas que en 2019", "CCOO"],
    ],
  },
  {
    name:
      "Montevideo Portal, policiales: jefatura que «informó» con cita parcial, comisario " +
      "con nombre delante y «explicó el jerarca», empleada anónima con dos puntos, cita " +
      "interrumpida por «dijo», fiscal con «según la fiscal» y nombre, ministerio que " +
      "«señaló en un comunicado», apodo de una banda (no cita)",
    headline: "Rapiñaron una casa de cambio en Pocitos y se llevaron más de 40.000 dólares",
    paragraphs: [
      "Dos delincuentes armados rapiñaron este lunes una casa de cambio ubicada en la " +
        "avenida Brasil, en el barrio Pocitos, y se llevaron más de 40.000 dólares y unos " +
        "300.000 pesos uruguayos, informó la Jefatura de Policía de Montevideo, que calificó " +
        "el hecho como un golpe “planificado al detalle”.",
      "El jefe de la Zona Operacional I, comisario general Washington Viera, dijo que los " +
        "delincuentes ingresaron haciéndose pasar por clientes. “Sabían a qué hora llegaba la " +
        "remesa y cuántos funcionarios había adentro”, explicó el jerarca.",
      "Una de las empleadas, que pidió reserva de su nombre, contó a Montevideo Portal lo " +
        "que vivió: “Me pusieron el arma en la cabeza y me hicieron abrir la caja fuerte. " +
        "Pensé que no salía de ahí”.",
      "“Estamos analizando las cámaras de la zona”, dijo Viera, “y no descartamos que " +
        "tengan relación con otros dos episodios de este año”. La Policía investiga si se " +
        "trata de la misma banda conocida como “los del Audi”, que actuó en Carrasco en " +
        "marzo.",
      "La fiscal de Flagrancia de 8.º turno, Daniela Rodríguez Corbo, quedó a cargo de la " +
        "investigación. Según la fiscal, hay “elementos suficientes” para pensar que los " +
        "delincuentes contaron con información interna.",
      "El Ministerio del Interior señaló en un comunicado que se reforzará el patrullaje en " +
        "la zona y pidió a las empresas del rubro “revisar sus protocolos de traslado de " +
        "valores”.",
    ],
    quotes: [
      ["planificado al detalle", "la Jefatura de Policía de Montevideo"],
      ["Sabían a qué hora llegaba la remesa y cuántos funcionarios había adentro", "Washington Viera"],
      [
        "Me pusieron el arma en la cabeza y me hicieron abrir la caja fuerte. Pensé que no " + "salía de ahí",
        "Una de las empleadas",
      ],
      ["Estamos analizando las cámaras de la zona", "Washington Viera"],
      ["y no descartamos que tengan relación con otros dos episodios de este año", "Washington Viera"],
      ["elementos suficientes", "Daniela Rodríguez Corbo"],
      ["revisar sus protocolos de traslado de valores", "El Ministerio del Interior"],
    ],
  },
]);
