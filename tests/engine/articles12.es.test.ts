// A twelfth round of composed Spanish news articles, in the styles of outlets and beats the first eleven
// rounds did not use: El Informador (parking meters voted in Guadalajara's council, México), Cooperativa (a
// court halts building work beside a wetland in Concón, Chile), Depor (a Lima derby, Perú), Ámbito (car
// production falls, Argentina), El Diario Montañés (health centres without a paediatrician, Cantabria),
// El Nacional (a theatre festival returns to Caracas, Venezuela), Semanario Universidad (volcanic gases at
// Rincón de la Vieja, Costa Rica), Caracol Radio (a flash flood in Útica, Colombia), Primera Hora (school
// closures in Puerto Rico, straight quotation marks) and Información (a WhatsApp scam ring caught in Elche).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "El Informador, política local: fragmento del titular repetido en el cuerpo con «dijo la " +
      "edil», alcalde tras dos puntos, «sostuvo» sin sujeto, «el munícipe», colectivo en un " +
      "comunicado, funcionario sin nombre, nombre de una aplicación (no cita)",
    headline:
      "Aprueba Cabildo de Guadalajara parquímetros virtuales en la Americana; oposición acusa " +
      "“un cobro disfrazado”",
    paragraphs: [
      "El Ayuntamiento de Guadalajara aprobó este jueves, por 12 votos a favor y 6 en contra, la " +
        "instalación de parquímetros virtuales en 48 calles de las colonias Americana, Lafayette " +
        "y Moderna, que comenzarán a operar en marzo con una tarifa de 12 pesos por hora.",
      "El presidente municipal, Raúl Esteban Villaseñor, defendió la medida durante la sesión: " +
        "“No se trata de recaudar. Hoy un vecino de la Americana da tres vueltas a la manzana " +
        "para poder llegar a su casa, y eso tiene que terminar”.",
      "El munícipe explicó que el 30 por ciento de lo recaudado se destinará a banquetas y " +
        "arbolado de las propias colonias. “Cada peso que se cobre en la calle se va a ver en la " +
        "calle”, sostuvo.",
      "La regidora Mariana Gutiérrez Lomelí votó en contra y calificó el esquema como “un cobro " +
        "disfrazado” para quienes llegan en automóvil desde otros municipios a trabajar. “Primero " +
        "que nos den un transporte público digno y luego hablamos de quitar coches”, dijo la edil.",
      "El pago se hará mediante una aplicación denominada “Parkea GDL”, que también permitirá " +
        "tramitar los tarjetones gratuitos para residentes.",
      "Vecinos agrupados en el colectivo Americana Habitable celebraron la decisión. En un " +
        "comunicado, la agrupación señaló que los parquímetros “devolverán la calle a quienes " +
        "viven en ella”.",
      "En cambio, Jorge Alberto Pulido, dueño de una cenaduría en la calle Libertad, teme perder " +
        "clientela: “La gente viene a cenar una hora y media. Si le vas a cobrar el " +
        "estacionamiento, mejor se va a Zapopan”.",
      "Un funcionario de la Dirección de Movilidad, que pidió el anonimato, reconoció a EL " +
        "INFORMADOR que la fecha de arranque “todavía está en el aire” porque la licitación de la " +
        "aplicación no ha concluido.",
    ],
    quotes: [
      ["un cobro disfrazado", "Mariana Gutiérrez Lomelí"],
      [
        "No se trata de recaudar. Hoy un vecino de la Americana da tres vueltas a la manzana " +
          "para poder llegar a su casa, y eso tiene que terminar",
        "Raúl Esteban Villaseñor",
      ],
      ["Cada peso que se cobre en la calle se va a ver en la calle", "Raúl Esteban Villaseñor"],
      [
        "Primero que nos den un transporte público digno y luego hablamos de quitar coches",
        "Mariana Gutiérrez Lomelí",
      ],
      ["devolverán la calle a quienes viven en ella", "Americana Habitable"],
      [
        "La gente viene a cenar una hora y media. Si le vas a cobrar el estacionamiento, mejor " +
          "se va a Zapopan",
        "Jorge Alberto Pulido",
      ],
      ["todavía está en el aire", "Un funcionario de la Dirección de Movilidad"],
    ],
  },
  {
    name:
      "Cooperativa, tribunales: «el tribunal de alzada» por la corte nombrada antes, resolución " +
      "que «agrega», abogada con nombre detrás del verbo y cita siguiente sin verbo, gerenta en " +
      "una declaración pública, «sostuvo el jefe comunal», lema de vecinos (no cita)",
    headline:
      "Corte de Apelaciones acoge recurso y paraliza obras de condominio junto al humedal de " + "Concón",
    paragraphs: [
      "La Corte de Apelaciones de Valparaíso acogió este miércoles el recurso de protección " +
        "presentado por vecinos de Concón y ordenó paralizar las obras de un condominio de 180 " +
        "departamentos que se construye a menos de 60 metros del humedal de la desembocadura del " +
        "río Aconcagua.",
      "En su fallo, el tribunal de alzada estableció que la inmobiliaria Costa Aconcagua SpA " +
        "inició los movimientos de tierra “sin contar con una evaluación ambiental que " +
        "considerara los efectos sobre el humedal urbano”, declarado como tal por el Ministerio " +
        "del Medio Ambiente en 2022.",
      "La resolución, redactada por el ministro Hernán Urrutia Soto, agrega que el derecho a " +
        "vivir en un medio ambiente libre de contaminación “no puede quedar supeditado a la sola " +
        "voluntad del titular del proyecto”.",
      "“Es un precedente muy importante para todos los humedales urbanos del país”, afirmó a " +
        "Cooperativa la abogada de los recurrentes, Javiera Contreras Ibáñez. “Lo que dice la " +
        "Corte es que no basta con tener un permiso de edificación”.",
      "Desde la inmobiliaria anunciaron que apelarán ante la Corte Suprema. “Contamos con todos " +
        "los permisos sectoriales y vamos a demostrarlo”, señaló en una declaración pública la " +
        "gerenta general de la empresa, Carolina Vial Errázuriz.",
      "El alcalde de Concón, Rodrigo Fuenzalida Araya, valoró el fallo, aunque advirtió que el " +
        "municipio “no tiene herramientas” para frenar proyectos que ya cuentan con permisos. " +
        "“Nosotros fiscalizamos lo que la ley nos permite fiscalizar. El resto le corresponde al " +
        "Estado”, sostuvo el jefe comunal.",
      "Los vecinos, que desde hace dos años mantienen un campamento de vigilancia bajo el lema " +
        "“El humedal no se vende”, celebraron la noticia con una caravana de bicicletas por la " +
        "avenida Borgoño.",
    ],
    quotes: [
      [
        "sin contar con una evaluación ambiental que considerara los efectos sobre el humedal " + "urbano",
        "La Corte de Apelaciones de Valparaíso",
      ],
      ["no puede quedar supeditado a la sola voluntad del titular del proyecto", "La resolución"],
      [
        "Es un precedente muy importante para todos los humedales urbanos del país",
        "Javiera Contreras Ibáñez",
      ],
      [
        "Lo que dice la Corte es que no basta con tener un permiso de edificación",
        "Javiera Contreras Ibáñez",
      ],
      ["Contamos con todos los permisos sectoriales y vamos a demostrarlo", "Carolina Vial Errázuriz"],
      ["no tiene herramientas", "Rodrigo Fuenzalida Araya"],
      [
        "Nosotros fiscalizamos lo que la ley nos permite fiscalizar. El resto le corresponde al " + "Estado",
        "Rodrigo Fuenzalida Araya",
      ],
    ],
  },
  {
    name:
      "Depor, fútbol: cita en el titular repetida en el cuerpo con «declaró el entrenador», " +
      "«añadió», técnico tras dos puntos, «lamentó el charrúa», goleador que habló con el " +
      "medio, apodo entre comillas simples y nombre de un canal (no citas)",
    headline: "“El clásico se gana con el alma”: Guillermo Salas tras el triunfo crema en Matute",
    paragraphs: [
      "Universitario de Deportes venció 2-1 a Alianza Lima en el estadio Alejandro Villanueva y " +
        "se afianzó en la punta del Torneo Clausura. Los goles crema fueron obra de Franco Saravia " +
        "y Bryan Quispe; descontó Cristian Palomino de cabeza en el minuto 84.",
      "El técnico de la ‘U’, Guillermo Salas Ríos, no ocultó su emoción en la conferencia de " +
        "prensa. “El clásico se gana con el alma”, declaró el entrenador. “Hoy mis muchachos " +
        "dejaron todo en la cancha. Esta victoria es para la hinchada”, añadió.",
      "Salas también se refirió a la expulsión de su volante Luis Alberto Chumpitaz a los 70 " +
        "minutos: “Fue una roja exagerada. El árbitro tenía que manejar el partido y no lo supo " +
        "hacer”.",
      "En la otra vereda, el DT de Alianza, el uruguayo Martín Ferreyra, reconoció que su equipo " +
        "“no estuvo a la altura” en el primer tiempo. “Regalamos 45 minutos y en un clásico eso " +
        "se paga. Con un hombre más teníamos que empatarlo”, lamentó el charrúa.",
      "Bryan Quispe, autor del 2-0, habló con Depor en la zona mixta. “Le dedico el gol a mi " +
        "abuela, que me veía desde la tribuna norte. Ella me llevó a mis primeras prácticas”, " +
        "dijo el delantero de 21 años, que marcó su primer gol en un clásico.",
      "El partido, transmitido por “L1 Max”, tuvo una asistencia de 31.000 espectadores. La " +
        "Comisión de Árbitros de la Federación Peruana de Fútbol revisará la expulsión de " +
        "Chumpitaz esta semana.",
    ],
    quotes: [
      ["El clásico se gana con el alma", "Guillermo Salas Ríos"],
      [
        "Hoy mis muchachos dejaron todo en la cancha. Esta victoria es para la hinchada",
        "Guillermo Salas Ríos",
      ],
      [
        "Fue una roja exagerada. El árbitro tenía que manejar el partido y no lo supo hacer",
        "Guillermo Salas Ríos",
      ],
      ["no estuvo a la altura", "Martín Ferreyra"],
      [
        "Regalamos 45 minutos y en un clásico eso se paga. Con un hombre más teníamos que " + "empatarlo",
        "Martín Ferreyra",
      ],
      [
        "Le dedico el gol a mi abuela, que me veía desde la tribuna norte. Ella me llevó a mis " +
          "primeras prácticas",
        "Bryan Quispe",
      ],
    ],
  },
  {
    name:
      "Ámbito, economía: asociación con sigla que «atribuyó en su informe», presidente con " +
      "fragmento y «graficó el directivo», fuentes de una empresa, sindicalista tras dos " +
      "puntos, economista con «explicó» sin sujeto, expresión entre comillas (no cita)",
    todo: "a body with its acronym in brackets that «atribuyó en su informe … a “…”» gets no speaker",
    headline:
      "La producción automotriz cayó 18% interanual en octubre " + "y las terminales adelantan suspensiones",
    paragraphs: [
      "La producción de vehículos cayó 18,4% interanual en octubre, hasta las 38.210 unidades, y " +
        "las exportaciones se hundieron 24,7%, de acuerdo con los datos difundidos este martes.",
      "La Asociación de Fábricas de Automotores (Adefa) atribuyó en su informe mensual la baja a " +
        "“la menor demanda de Brasil, principal destino de las exportaciones del sector”, que " +
        "absorbe casi el 70% de los envíos.",
      "El presidente de la entidad, Rodolfo Medina Achával, admitió que el último trimestre " +
        "“viene complicado” y que varias terminales ya acordaron suspensiones con el gremio. “No " +
        "es un problema de competitividad de las plantas argentinas, es un problema de mercado. " +
        "Cuando Brasil estornuda, nosotros nos resfriamos”, graficó el directivo.",
      "Fuentes de una de las terminales cordobesas confirmaron a Ámbito que la planta parará " +
        "diez días en noviembre y que la medida “no implica despidos por ahora”.",
      "Desde el Sindicato de Mecánicos y Afines del Transporte Automotor (SMATA), su secretario " +
        "adjunto, Walter Correa Bustos, advirtió: “Vamos a aceptar suspensiones con el 75% del " +
        "salario garantizado, pero ni un solo despido. Si tocan un puesto de trabajo, paramos " +
        "todas las plantas”.",
      "Para la economista de la consultora Abeceb Mariana Lorenzatti, la caída “era previsible” " +
        "por el llamado “efecto Brasil”. “El mercado interno aguanta, pero con el real devaluado " +
        "las exportaciones no cierran”, explicó.",
    ],
    quotes: [
      [
        "la menor demanda de Brasil, principal destino de las exportaciones del sector",
        "La Asociación de Fábricas de Automotores",
      ],
      ["viene complicado", "Rodolfo Medina Achával"],
      [
        "No es un problema de competitividad de las plantas argentinas, es un problema de " +
          "mercado. Cuando Brasil estornuda, nosotros nos resfriamos",
        "Rodolfo Medina Achával",
      ],
      ["no implica despidos por ahora", "Fuentes de una de las terminales cordobesas"],
      [
        "Vamos a aceptar suspensiones con el 75% del salario garantizado, pero ni un solo " +
          "despido. Si tocan un puesto de trabajo, paramos todas las plantas",
        "Walter Correa Bustos",
      ],
      ["era previsible", "Mariana Lorenzatti"],
      [
        "El mercado interno aguanta, pero con el real devaluado las exportaciones no cierran",
        "Mariana Lorenzatti",
      ],
    ],
  },
  {
    name:
      "El Diario Montañés, sanidad: entradilla con fragmento repetido en el cuerpo, «ha " +
      "lamentado el facultativo», consejera con «ha defendido» sin sujeto, madre con cita sin " +
      "verbo tras «cuenta que», sindicato en un comunicado, pediatra sin nombre tras dos " +
      "puntos, nombre de programa (no cita)",
    headline: "Doce centros de salud de Cantabria empiezan el invierno sin pediatra",
    standfirst:
      "El Colegio de Médicos alerta de que el déficit «ya no es coyuntural» y Sanidad promete " +
      "incentivos para las plazas de difícil cobertura.",
    paragraphs: [
      "Doce de los 42 centros de salud de Cantabria no tienen pediatra titular desde el 1 de " +
        "noviembre, según los datos facilitados por el Servicio Cántabro de Salud (SCS), y otros " +
        "siete comparten especialista con consultorios situados a más de 30 kilómetros.",
      "El presidente del Colegio Oficial de Médicos de Cantabria, Tomás Gómez Llano, ha " +
        "advertido de que el déficit «ya no es coyuntural». «Llevamos cinco años tapando huecos " +
        "con médicos de familia y con pediatras que doblan jornada. Eso no se sostiene», ha " +
        "lamentado el facultativo.",
      "La consejera de Salud, Elena Castillo Fuentes, ha reconocido en el Parlamento que la " +
        "situación es «preocupante» y ha anunciado un complemento de 600 euros mensuales para " +
        "las plazas de difícil cobertura. «No podemos obligar a nadie a venir a Reinosa o a " +
        "Potes, pero sí podemos hacer que merezca la pena», ha defendido.",
      "La medida llega tarde para muchas familias de Campoo. Lorena Ruiz Saiz, madre de dos " +
        "niños de 3 y 6 años, cuenta que la última vez tuvo que bajar a Torrelavega con el " +
        "pequeño ardiendo de fiebre. «Nos dijeron en el centro de salud que lo viera el médico " +
        "de familia, que es un encanto, pero no es pediatra. Al final acabamos en Urgencias de " +
        "Sierrallana».",
      "El Sindicato Médico de Cantabria considera en un comunicado que el complemento anunciado " +
        "«es insuficiente» y reclama que las plazas rurales puntúen doble en las oposiciones.",
      "Mientras tanto, las revisiones del programa «Niño Sano» las asume la enfermería en " +
        "buena parte de los centros afectados.",
      "Una pediatra del centro de salud de Laredo, que prefiere no dar su nombre, resume el " +
        "ambiente: «Estamos agotadas. Cuando una de nosotras coge la baja, el resto se reparte " +
        "sus cupos y nadie lo ve».",
    ],
    quotes: [
      ["ya no es coyuntural", "Tomás Gómez Llano"],
      [
        "Llevamos cinco años tapando huecos con médicos de familia y con pediatras que doblan " +
          "jornada. Eso no se sostiene",
        "Tomás Gómez Llano",
      ],
      ["preocupante", "Elena Castillo Fuentes"],
      [
        "No podemos obligar a nadie a venir a Reinosa o a Potes, pero sí podemos hacer que " +
          "merezca la pena",
        "Elena Castillo Fuentes",
      ],
      [
        "Nos dijeron en el centro de salud que lo viera el médico de familia, que es un encanto, " +
          "pero no es pediatra. Al final acabamos en Urgencias de Sierrallana",
        "Lorena Ruiz Saiz",
      ],
      ["es insuficiente", "El Sindicato Médico de Cantabria"],
      [
        "Estamos agotadas. Cuando una de nosotras coge la baja, el resto se reparte sus cupos y " +
          "nadie lo ve",
        "Una pediatra del centro de salud de Laredo",
      ],
    ],
  },
  {
    name:
      "El Nacional, cultura: directora con cita delante y verbo detrás, «según la productora», " +
      "títulos de obras (no citas), director con fragmento y «dijo a El Nacional», actriz con " +
      "«contó la joven intérprete», organización en un comunicado",
    todo:
      "«es una décima parte» goes to la productora, not Mariela Castellanos Pérez; «para que el " +
      "festival llegue a quienes no pued…» goes to Rajatabla, not La organización",
    headline: "El Festival Internacional de Teatro de Caracas vuelve tras ocho años con 40 montajes",
    paragraphs: [
      "Después de ocho años de ausencia, el Festival Internacional de Teatro de Caracas regresa " +
        "del 12 al 27 de abril con 40 montajes de once países, que se presentarán en el Teatro " +
        "Teresa Carreño, el Ateneo de Caracas y varias salas independientes de Chacao y Las " +
        "Mercedes.",
      "“Hubo un momento en que pensamos que el festival no volvería nunca. Hoy podemos decir que " +
        "el teatro venezolano sigue vivo”, afirmó la directora del festival, Mariela Castellanos " +
        "Pérez, durante la presentación de la programación.",
      "Castellanos explicó que esta edición se financió con aportes privados y de embajadas. " +
        "Según la productora, el presupuesto “es una décima parte” del de la última edición, " +
        "celebrada en 2018.",
      "Entre los platos fuertes figuran “La casa de Bernarda Alba”, en una versión de la " +
        "compañía andaluza La Zaranda, y un nuevo montaje de “El día que me quieras”, de José " +
        "Ignacio Cabrujas, a cargo del grupo Rajatabla.",
      "Para Gustavo Adolfo Lugo, director del montaje de Rajatabla, volver a Cabrujas es “una " +
        "necesidad”. “Cabrujas escribió sobre un país que esperaba algo que nunca llegaba. Casi " +
        "cincuenta años después seguimos esperando”, dijo a El Nacional.",
      "La actriz Daniela Figueroa, de 24 años, debutará en el festival con un unipersonal sobre " +
        "la migración. “Me fui a Bogotá en 2017 y regresé el año pasado. Esta obra es lo que no " +
        "le pude contar a mi mamá por teléfono”, contó la joven intérprete.",
      "Las entradas costarán entre 5 y 15 dólares. La organización indicó en un comunicado que " +
        "habrá funciones gratuitas en plazas de Petare y Catia “para que el festival llegue a " +
        "quienes no pueden pagar una entrada”.",
    ],
    quotes: [
      [
        "Hubo un momento en que pensamos que el festival no volvería nunca. Hoy podemos decir " +
          "que el teatro venezolano sigue vivo",
        "Mariela Castellanos Pérez",
      ],
      ["es una décima parte", "Mariela Castellanos Pérez"],
      ["una necesidad", "Gustavo Adolfo Lugo"],
      [
        "Cabrujas escribió sobre un país que esperaba algo que nunca llegaba. Casi cincuenta " +
          "años después seguimos esperando",
        "Gustavo Adolfo Lugo",
      ],
      [
        "Me fui a Bogotá en 2017 y regresé el año pasado. Esta obra es lo que no le pude contar " +
          "a mi mamá por teléfono",
        "Daniela Figueroa",
      ],
      ["para que el festival llegue a quienes no pueden pagar una entrada", "La organización"],
    ],
  },
  {
    name:
      "Semanario Universidad, ciencia: entradilla repetida en el cuerpo con «resumió el " +
      "vulcanólogo», «añadió», «según el investigador», observatorio que «señala en su " +
      "reporte», geoquímica tras dos puntos con «matizó», apodo de un proyecto (no cita)",
    headline: "Vulcanólogos detectan aumento de gases magmáticos en el Rincón de la Vieja",
    standfirst: "“El volcán está recargándose”, advierte investigador del OVSICORI.",
    paragraphs: [
      "Un equipo del OVSICORI-UNA registró en las últimas seis semanas un aumento sostenido en " +
        "la relación entre dióxido de carbono y dióxido de azufre en los gases del volcán Rincón " +
        "de la Vieja, en Guanacaste, un indicador que suele preceder a erupciones freáticas.",
      "“El volcán está recargándose”, resumió el vulcanólogo Mauricio Vargas Sancho, quien " +
        "coordina la red de estaciones multigás. “No significa que vaya a haber una erupción " +
        "grande mañana, pero sí que el sistema tiene más energía que hace dos meses”, añadió.",
      "Según el investigador, las estaciones instaladas en el borde del cráter activo envían " +
        "datos cada 15 minutos, lo que ha permitido “ver cambios que antes solo detectábamos con " +
        "campañas de campo”. El proyecto, conocido entre los investigadores como “la nariz " +
        "electrónica”, se financió con fondos de la Universidad Nacional.",
      "El Observatorio Vulcanológico y Sismológico de Costa Rica señala en su último reporte " +
        "técnico que la tendencia “es comparable a la observada antes de las erupciones de 2021”.",
      "La geoquímica María Fernanda Solís Chacón, coautora del reporte, matizó: “Los números " +
        "son claros, pero la interpretación siempre tiene incertidumbre. Por eso monitoreamos " +
        "todos los días, incluidos los fines de semana”.",
      "La Comisión Nacional de Prevención de Riesgos y Atención de Emergencias (CNE) mantiene la " +
        "alerta verde para Liberia y Upala. Su presidente, Rolando Quesada Mora, indicó que no se " +
        "modificará el nivel de alerta “mientras los especialistas no lo recomienden”.",
    ],
    quotes: [
      ["El volcán está recargándose", "Mauricio Vargas Sancho"],
      [
        "No significa que vaya a haber una erupción grande mañana, pero sí que el sistema tiene " +
          "más energía que hace dos meses",
        "Mauricio Vargas Sancho",
      ],
      ["ver cambios que antes solo detectábamos con campañas de campo", "Mauricio Vargas Sancho"],
      [
        "es comparable a la observada antes de las erupciones de 2021",
        "El Observatorio Vulcanológico y Sismológico de Costa Rica",
      ],
      [
        "Los números son claros, pero la interpretación siempre tiene incertidumbre. Por eso " +
          "monitoreamos todos los días, incluidos los fines de semana",
        "María Fernanda Solís Chacón",
      ],
      ["mientras los especialistas no lo recomienden", "Rolando Quesada Mora"],
    ],
  },
  {
    name:
      "Caracol Radio, emergencia: alcalde que «dijo a Caracol Radio» con fragmento y «relató " +
      "el mandatario local», entidad nombrada con «según» y «la entidad pidió», grado militar " +
      "delante del nombre, comerciante con «dijo» sin sujeto, gobernación en un comunicado, " +
      "cartel (no cita)",
    headline:
      "Creciente súbita del río Negro deja dos muertos y 150 familias damnificadas en Útica, " +
      "Cundinamarca",
    paragraphs: [
      "Dos personas muertas, una desaparecida y cerca de 150 familias damnificadas dejó la " +
        "creciente súbita del río Negro y la quebrada La Papaya, que en la madrugada de este " +
        "domingo inundó el casco urbano de Útica, en el occidente de Cundinamarca.",
      "El alcalde del municipio, Jhon Fredy Beltrán Moreno, dijo a Caracol Radio que el agua " +
        "subió “casi dos metros en menos de media hora”. “La gente estaba durmiendo. Muchos se " +
        "salvaron porque los vecinos les golpearon las puertas y los sacaron a la calle”, relató " +
        "el mandatario local.",
      "Según la Unidad Nacional para la Gestión del Riesgo de Desastres (UNGRD), las lluvias de " +
        "las últimas 48 horas superaron en un 300 % el promedio de noviembre. La entidad pidió a " +
        "los habitantes de las riberas “evacuar de manera preventiva ante cualquier aumento del " +
        "caudal”.",
      "“Seguimos buscando a un hombre de 67 años que fue arrastrado por la corriente cerca del " +
        "puente de la vía a La Vega”, señaló el capitán Álvaro Rincón Guzmán, comandante de " +
        "Bomberos de Cundinamarca.",
      "Blanca Nieves Rodríguez, comerciante de la plaza principal, perdió toda la mercancía de " +
        "su tienda. “Lo único que alcancé a sacar fue a mi nieta y los papeles. Todo lo demás se " +
        "lo llevó el río”, dijo entre lágrimas.",
      "En la iglesia, convertida en albergue, un cartel escrito a mano pedía “Colchones, agua y " +
        "pañales”.",
      "La Gobernación de Cundinamarca informó en un comunicado que enviará 20 toneladas de " +
        "ayuda humanitaria y que la vía Útica-La Vega permanecerá cerrada “hasta que los " +
        "geólogos evalúen la banca”.",
    ],
    quotes: [
      ["casi dos metros en menos de media hora", "Jhon Fredy Beltrán Moreno"],
      [
        "La gente estaba durmiendo. Muchos se salvaron porque los vecinos les golpearon las " +
          "puertas y los sacaron a la calle",
        "Jhon Fredy Beltrán Moreno",
      ],
      [
        "evacuar de manera preventiva ante cualquier aumento del caudal",
        "la Unidad Nacional para la Gestión del Riesgo de Desastres",
      ],
      [
        "Seguimos buscando a un hombre de 67 años que fue arrastrado por la corriente cerca del " +
          "puente de la vía a La Vega",
        "Álvaro Rincón Guzmán",
      ],
      [
        "Lo único que alcancé a sacar fue a mi nieta y los papeles. " + "Todo lo demás se lo llevó el río",
        "Blanca Nieves Rodríguez",
      ],
      ["hasta que los geólogos evalúen la banca", "La Gobernación de Cundinamarca"],
    ],
  },
  {
    name:
      "Primera Hora, educación (comillas rectas): titular con cita de una madre repetida en el " +
      "cuerpo y segunda cita sin verbo, secretario con nombre detrás del verbo, «el " +
      "funcionario», líder sindical con coma dentro de las comillas, lema en pancartas (no " +
      "cita), maestro sin nombre, «el DE» en declaraciones escritas",
    todo:
      "«serán evaluados para uso comunitario» goes to Un maestro de la escuela Benigno Carrión, not " +
      "El Departamento de Educación",
    headline:
      'Educación cerrará 23 escuelas y padres de Cayey protestan: "Nos están quitando la ' + 'comunidad"',
    paragraphs: [
      "El Departamento de Educación (DE) confirmó ayer el cierre de 23 escuelas públicas al " +
        "final del semestre, la mayoría en la región educativa de Caguas, por la baja en " +
        "matrícula y el deterioro de sus estructuras.",
      '"No es una decisión que se tome a la ligera. Hay escuelas con 60 estudiantes en ' +
        'edificios que fueron construidos para 500", afirmó el secretario de Educación, Luis ' +
        "Alberto Ortiz Cintrón, en una conferencia de prensa en Hato Rey.",
      "El funcionario aseguró que ningún estudiante quedará a más de 15 minutos de su nueva " +
        'escuela y que el transporte "estará garantizado desde el primer día".',
      "En Cayey, decenas de padres se manifestaron frente a la escuela elemental Benigno " +
        'Carrión, una de las que cerrará. "Nos están quitando la comunidad", dijo Yaritza ' +
        'Meléndez Colón, madre de dos estudiantes de tercer y quinto grado. "Esta escuela es el ' +
        'único sitio del barrio donde los nenes pueden jugar seguros".',
      'Los manifestantes portaban pancartas con el lema "Mi escuela no se cierra".',
      "La presidenta de la Asociación de Maestros, Glenda Rosario Santiago, sostuvo que los " +
        'cierres responden a "un plan de austeridad disfrazado de reforma". "Cada vez que ' +
        'cierran una escuela, se pierden maestros, comedores y trabajadores sociales," expresó ' +
        "la líder sindical.",
      "Un maestro de la escuela Benigno Carrión, que pidió no ser identificado por temor a " +
        'represalias, dijo a Primera Hora que la facultad se enteró del cierre "por las redes ' +
        'sociales".',
      'En declaraciones escritas, el DE indicó que los planteles cerrados "serán evaluados para ' +
        'uso comunitario" junto a los municipios.',
    ],
    quotes: [
      ["Nos están quitando la comunidad", "Yaritza Meléndez Colón"],
      [
        "No es una decisión que se tome a la ligera. Hay escuelas con 60 estudiantes en " +
          "edificios que fueron construidos para 500",
        "Luis Alberto Ortiz Cintrón",
      ],
      ["estará garantizado desde el primer día", "Luis Alberto Ortiz Cintrón"],
      [
        "Esta escuela es el único sitio del barrio donde los nenes pueden jugar seguros",
        "Yaritza Meléndez Colón",
      ],
      ["un plan de austeridad disfrazado de reforma", "Glenda Rosario Santiago"],
      [
        "Cada vez que cierran una escuela, se pierden maestros, comedores y trabajadores " + "sociales,",
        "Glenda Rosario Santiago",
      ],
      ["por las redes sociales", "Un maestro de la escuela Benigno Carrión"],
      ["serán evaluados para uso comunitario", "El Departamento de Educación"],
    ],
  },
  {
    name:
      "Información, sucesos: nombre de un timo en el titular (no cita), comandancia en un " +
      "comunicado con «según ha informado», teniente con fragmento y «ha señalado el oficial», " +
      "víctima sin nombre con comillas anidadas, instituto armado que «recuerda», pensionista " +
      "tras dos puntos",
    headline: "Cae en Elche una red que estafó 400.000 euros a mayores con el timo del «hijo en apuros»",
    paragraphs: [
      "La Guardia Civil ha desarticulado en Elche una organización dedicada a estafar a personas " +
        "mayores mediante mensajes de WhatsApp en los que los delincuentes se hacían pasar por " +
        "sus hijos. Los agentes han detenido a once personas y atribuyen a la red al menos 63 " +
        "estafas en la provincia, con un perjuicio cercano a los 400.000 euros.",
      "Según ha informado la Comandancia de Alicante en un comunicado, los detenidos " +
        "«seleccionaban a sus víctimas por la edad» y llegaban a mantener con ellas " +
        "conversaciones de varios días.",
      "El jefe del equipo de delitos tecnológicos de la Comandancia, el teniente Francisco " +
        "Javier Mira Soler, ha explicado a INFORMACIÓN que los estafadores «estudiaban los " +
        "perfiles de redes sociales de los hijos» para hacer creíbles los mensajes. «Sabían cómo " +
        "se llamaba el perro, dónde veraneaba la familia, todo. Por eso la gente picaba», ha " +
        "señalado el oficial.",
      "Una vecina de Santa Pola de 78 años perdió 21.000 euros en dos transferencias. «Me " +
        "escribió “mi hijo” diciendo que tenía que pagar una multa para que no le quitaran el " +
        "coche. Yo no lo pensé, una madre no lo piensa», relata la mujer, que prefiere no dar su " +
        "nombre.",
      "El Juzgado de Instrucción número 3 de Elche, en funciones de guardia, ha decretado " +
        "prisión provisional para cuatro de los detenidos.",
      "La Guardia Civil recuerda que ante cualquier petición de dinero por mensaje hay que " +
        "«llamar siempre al número de siempre» antes de hacer una transferencia.",
      "El presidente de la Unión Democrática de Pensionistas en Alicante, Vicente Boix Pastor, " +
        "pide a los bancos que frenen las operaciones sospechosas: «Si mi banco me llama cuando " +
        "pago en una gasolinera de Murcia, que me llame también cuando saco 10.000 euros de " +
        "golpe».",
    ],
    quotes: [
      ["seleccionaban a sus víctimas por la edad", "la Comandancia de Alicante"],
      ["estudiaban los perfiles de redes sociales de los hijos", "Francisco Javier Mira Soler"],
      [
        "Sabían cómo se llamaba el perro, dónde veraneaba la familia, todo. Por eso la gente " + "picaba",
        "Francisco Javier Mira Soler",
      ],
      [
        "Me escribió “mi hijo” diciendo que tenía que pagar una multa para que no le quitaran " +
          "el coche. Yo no lo pensé, una madre no lo piensa",
        "Una vecina de Santa Pola",
      ],
      ["llamar siempre al número de siempre", "La Guardia Civil"],
      [
        "Si mi banco me llama cuando pago en una gasolinera de Murcia, que me llame también " +
          "cuando saco 10.000 euros de golpe",
        "Vicente Boix Pastor",
      ],
    ],
  },
]);
