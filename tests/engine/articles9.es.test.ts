// A ninth round of composed Spanish news articles, written before the engine was run on them, in the
// styles of outlets and beats the first eight rounds did not use: El Colombiano (Medellín's council and
// the city's borrowing), La Voz del Interior (a hailstorm in Córdoba), Los Tiempos (pre-trial detention
// in a Cochabamba water-utility case), La Prensa (the Panama Canal's budget), Diario Libre (an armed
// robbery in Santo Domingo Oeste, straight quotation marks), Récord (a Liga MX draw), Agencia SINC (heat
// waves and kidney admissions), Faro de Vigo (a crowded emergency department), La Opinión (dual-language
// schools in Los Angeles) and Diario de Mallorca (a painter's retrospective at Es Baluard).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "El Colombiano, política local: concejala con cargo tras la cita, «según el funcionario», cita tras " +
      "dos puntos, «escribió el mandatario», ente de control, consigna en pancarta (no cita)",
    headline: "Concejo de Medellín aplaza otra vez el debate del cupo de endeudamiento de la Alcaldía",
    paragraphs: [
      "El Concejo de Medellín aplazó este martes, por segunda vez en un mes, la votación del cupo de " +
        "endeudamiento por 1,2 billones de pesos que pidió la Alcaldía para financiar obras de movilidad y " +
        "la terminación del hospital de Buenos Aires, en el oriente de la ciudad.",
      "“Nadie está en contra de las obras, pero no vamos a aprobar un cheque en blanco. Queremos saber " +
        "cuánto va para cada proyecto y en qué plazos”, dijo la concejala Claudia Marcela Carrasquilla, " +
        "ponente del proyecto, al término de la sesión.",
      "El secretario de Hacienda del Distrito, Óscar Hurtado Pérez, defendió la solicitud y aseguró que " +
        "la ciudad tiene “margen de sobra” para asumir la deuda. Según el funcionario, los indicadores de " +
        "solvencia están “muy por debajo del límite que fija la ley”.",
      "Hurtado advirtió además que cada mes de retraso encarece los contratos: “Si no tenemos el cupo " +
        "antes de diciembre, el hospital se queda otra vez a medio camino”.",
      "El alcalde, Federico Gutiérrez, se refirió al tema en su cuenta de X. “Medellín no puede seguir " +
        "esperando por cálculos políticos. Les pido a los concejales que piensen en la gente del oriente”, " +
        "escribió el mandatario.",
      "Desde la bancada del Pacto Histórico, el concejal Alejandro Arias calificó de “improvisada” la " +
        "propuesta y recordó que la Contraloría General de Medellín encontró sobrecostos en la primera " +
        "fase del hospital. En su informe, el ente de control señala que hubo “deficiencias graves en la " +
        "planeación y en la supervisión de la obra”.",
      "La votación quedó programada para el próximo 18 de noviembre. En las barras, un grupo de líderes " +
        "comunales del barrio Buenos Aires sostenía una pancarta con la consigna “Hospital ya”.",
    ],
    quotes: [
      [
        "Nadie está en contra de las obras, pero no vamos a aprobar un cheque en blanco. Queremos saber " +
          "cuánto va para cada proyecto y en qué plazos",
        "Claudia Marcela Carrasquilla",
      ],
      ["margen de sobra", "Óscar Hurtado Pérez"],
      ["muy por debajo del límite que fija la ley", "Óscar Hurtado Pérez"],
      [
        "Si no tenemos el cupo antes de diciembre, el hospital se queda otra vez a medio camino",
        "Óscar Hurtado Pérez",
      ],
      [
        "Medellín no puede seguir esperando por cálculos políticos. Les pido a los concejales que piensen " +
          "en la gente del oriente",
        "Federico Gutiérrez",
      ],
      ["improvisada", "Alejandro Arias"],
      [
        "deficiencias graves en la planeación y en la supervisión de la obra",
        "la Contraloría General de Medellín",
      ],
    ],
  },
  {
    name:
      "La Voz del Interior, temporal: entradilla repetida en el cuerpo, «explicó a La Voz» con cargo, " +
      "vecina con edad, empresa en un comunicado, «según el SMN»",
    todo: "«Las cuadrillas están trabajando en forma inin…» goes to la empresa, not Epec",
    headline: "Granizo en Córdoba: más de 300 evacuados y daños en al menos 14 barrios",
    standfirst:
      "Defensa Civil pidió “no salir de casa” mientras siga vigente la alerta naranja por tormentas.",
    paragraphs: [
      "Una tormenta de granizo y viento que duró menos de media hora dejó anoche más de 300 personas " +
        "evacuadas, árboles caídos y techos destruidos en al menos 14 barrios de la ciudad de Córdoba, " +
        "según el último parte de Defensa Civil de la Provincia.",
      "“Fueron 25 minutos, pero el daño es enorme. Tenemos familias que se quedaron literalmente sin " +
        "techo”, explicó a La Voz el director de Defensa Civil, Claudio Vignetta, mientras recorría Villa " +
        "El Libertador.",
      "El funcionario pidió a los vecinos “no salir de casa” mientras siga vigente la alerta naranja " +
        "emitida por el Servicio Meteorológico Nacional (SMN), que anticipa nuevas tormentas fuertes hasta " +
        "el mediodía del jueves.",
      "En barrio Ituzaingó, Marta Ledesma, de 71 años, todavía barría los vidrios de su cocina. “Sonaba " +
        "como si nos tiraran piedras. Me escondí debajo de la mesa con mi nieto y recé”, contó la mujer, " +
        "que vive sola desde hace diez años.",
      "Epec informó que unos 40.000 usuarios seguían sin luz a primera hora de la mañana. “Las cuadrillas " +
        "están trabajando en forma ininterrumpida, pero hay postes caídos que demandan más tiempo”, indicó " +
        "la empresa en un comunicado.",
      "El intendente Daniel Passerini suspendió las clases en las escuelas municipales de los barrios " +
        "afectados. “La prioridad ahora es que nadie duerma a la intemperie”, dijo. Más tarde, el jefe " +
        "comunal informó que la Municipalidad habilitó tres polideportivos como centros de evacuados.",
      "Según el SMN, el fenómeno se explica por “el choque de una masa de aire muy cálido y húmedo con un " +
        "frente frío que ingresó desde el sur”.",
    ],
    quotes: [
      [
        "Fueron 25 minutos, pero el daño es enorme. Tenemos familias que se quedaron literalmente sin techo",
        "Claudio Vignetta",
      ],
      ["no salir de casa", "Claudio Vignetta"],
      [
        "Sonaba como si nos tiraran piedras. Me escondí debajo de la mesa con mi nieto y recé",
        "Marta Ledesma",
      ],
      [
        "Las cuadrillas están trabajando en forma ininterrumpida, pero hay postes caídos que demandan más " +
          "tiempo",
        "Epec",
      ],
      ["La prioridad ahora es que nadie duerma a la intemperie", "Daniel Passerini"],
      [
        "el choque de una masa de aire muy cálido y húmedo con un frente frío que ingresó desde el sur",
        "el Servicio Meteorológico Nacional",
      ],
    ],
  },
  {
    name:
      "Los Tiempos, tribunales: fiscal con «argumentó», abogado «el jurista», calificó de, Contraloría en " +
      "su informe, «la autoridad municipal», cita de dos párrafos tras dos puntos",
    headline: "Juez dispone detención preventiva para exgerente de Semapa por la compra de tuberías",
    paragraphs: [
      "El Juzgado Anticorrupción Tercero de Cochabamba dispuso ayer la detención preventiva por seis meses " +
        "en el penal de San Sebastián para el exgerente general del Servicio Municipal de Agua Potable y " +
        "Alcantarillado (Semapa) Rodrigo Mendizábal Quiroga, investigado por la compra de 12 kilómetros de " +
        "tuberías que nunca fueron instaladas.",
      "En la audiencia, el fiscal anticorrupción Hernán Villarroel sostuvo que existe riesgo de fuga y de " +
        "obstaculización. “El imputado tiene casa en Santa Cruz, cuentas en el exterior y ha intentado " +
        "contactar a dos testigos. No hay otra medida que garantice su presencia”, argumentó.",
      "La defensa, a cargo del abogado Marcelo Siles, anunció que apelará. “Mi defendido se presentó " +
        "voluntariamente a declarar, ¿de qué riesgo de fuga hablan?”, cuestionó el jurista a la salida del " +
        "tribunal. Siles calificó la resolución de “desproporcionada” y afirmó que su cliente “solo firmó " +
        "lo que le llevaron los técnicos”.",
      "El juez Gonzalo Arnez fundamentó su decisión en una auditoría de la Contraloría General del " +
        "Estado. En su informe, la Contraloría establece un daño económico de 8,4 millones de bolivianos y " +
        "señala que las tuberías “no cumplían las especificaciones técnicas del pliego”.",
      "El alcalde de Cochabamba, Justo Vargas Ledezma, dijo que la Alcaldía se constituirá en parte " +
        "querellante. “Vamos a llegar hasta las últimas consecuencias, caiga quien caiga”, afirmó la " +
        "autoridad municipal.",
      "Para los vecinos de la zona sur, que llevan años recibiendo agua en cisternas, el caso es una " +
        "afrenta. El dirigente del distrito 9, Teófilo Choque, lo resumió así:",
      "“Nosotros pagamos 20 bolivianos por un turril de agua que a veces llega sucia. Mientras tanto, las " +
        "tuberías estaban guardadas en un galpón.",
      "“Que devuelvan la plata y que se instalen esos tubos de una vez”.",
    ],
    quotes: [
      [
        "El imputado tiene casa en Santa Cruz, cuentas en el exterior y ha intentado contactar a dos " +
          "testigos. No hay otra medida que garantice su presencia",
        "Hernán Villarroel",
      ],
      [
        "Mi defendido se presentó voluntariamente a declarar, ¿de qué riesgo de fuga hablan?",
        "Marcelo Siles",
      ],
      ["desproporcionada", "Marcelo Siles"],
      ["solo firmó lo que le llevaron los técnicos", "Marcelo Siles"],
      ["no cumplían las especificaciones técnicas del pliego", "la Contraloría General del Estado"],
      ["Vamos a llegar hasta las últimas consecuencias, caiga quien caiga", "Justo Vargas Ledezma"],
      [
        "Nosotros pagamos 20 bolivianos por un turril de agua que a veces llega sucia. Mientras tanto, las " +
          "tuberías estaban guardadas en un galpón.",
        "Teófilo Choque",
      ],
      ["Que devuelvan la plata y que se instalen esos tubos de una vez", "Teófilo Choque"],
    ],
  },
  {
    name:
      "La Prensa, economía: cita partida por el verbo, «el administrador», «según la ACP», diputado con " +
      "«planteó el legislador», gremio con comas en el nombre, fuente anónima, comillas irónicas",
    todo:
      "«para los próximos 50 años» goes to Ernesto Ábrego Solís, not La Autoridad del Canal de " + "Panamá",
    headline: "Canal de Panamá prevé ingresos récord pese a la caída de tránsitos",
    paragraphs: [
      "La Autoridad del Canal de Panamá (ACP) proyecta ingresos por 5.700 millones de dólares para el año " +
        "fiscal 2027, una cifra récord, a pesar de que el número de tránsitos diarios sigue por debajo de " +
        "los niveles previos a la sequía de 2023.",
      "“Estamos transitando menos buques, pero más grandes y con mayor carga”, explicó el administrador " +
        "del Canal, Ernesto Ábrego Solís, durante la presentación del presupuesto ante la Asamblea " +
        "Nacional, “y eso explica que los ingresos crezcan”.",
      "El administrador reconoció que el nivel del lago Gatún “todavía no es el ideal” y defendió el " +
        "proyecto de embalse en el río Indio, que según la ACP garantizará el agua “para los próximos 50 " +
        "años”.",
      "El diputado independiente Roberto Zúñiga Barsallo cuestionó el costo del embalse y la reubicación " +
        "de unas 2.000 familias de la cuenca. “Nadie discute que el Canal necesita agua. Lo que " +
        "preguntamos es quién le garantiza a esas familias una vida digna después de sacarlas de sus " +
        "tierras”, planteó el legislador.",
      "Por su parte, la Cámara de Comercio, Industrias y Agricultura de Panamá respaldó en un comunicado " +
        "el presupuesto y lo calificó de “prudente y realista”.",
      "Un ejecutivo de una naviera asiática con oficinas en la ciudad, que pidió no ser identificado, " +
        "advirtió a este diario que los peajes “están llegando a un límite” y que algunas líneas ya " +
        "evalúan rutas alternativas por el canal de Suez. “Si las tarifas siguen subiendo, los números " +
        "dejan de cerrar”, dijo.",
      "El presupuesto será discutido a partir del lunes en la Comisión de Presupuesto, que también " +
        "revisará el sistema de subastas de cupos, conocido en el sector como la “lotería” del Canal.",
    ],
    quotes: [
      ["Estamos transitando menos buques, pero más grandes y con mayor carga", "Ernesto Ábrego Solís"],
      ["y eso explica que los ingresos crezcan", "Ernesto Ábrego Solís"],
      ["todavía no es el ideal", "Ernesto Ábrego Solís"],
      ["para los próximos 50 años", "La Autoridad del Canal de Panamá"],
      [
        "Nadie discute que el Canal necesita agua. Lo que preguntamos es quién le garantiza a esas " +
          "familias una vida digna después de sacarlas de sus tierras",
        "Roberto Zúñiga Barsallo",
      ],
      ["prudente y realista", "la Cámara de Comercio, Industrias y Agricultura de Panamá"],
      ["están llegando a un límite", "Un ejecutivo de una naviera asiática"],
      ["Si las tarifas siguen subiendo, los números dejan de cerrar", "Un ejecutivo de una naviera asiática"],
    ],
  },
  {
    name:
      "Diario Libre, sucesos: comillas rectas, vocero con grado, alias entre comillas (no cita), " +
      "«precisó», madre con «dijo a Diario Libre», comerciante anónimo, Ministerio Público que imputa",
    headline: "Apresan a dos hombres por asalto a banca de lotería en Los Alcarrizos",
    paragraphs: [
      "La Policía Nacional informó este domingo el arresto de dos hombres acusados de asaltar a mano " +
        "armada una banca de lotería en el sector Pueblo Nuevo, en Los Alcarrizos, donde resultó herido de " +
        "bala un empleado de 23 años.",
      "Según el vocero de la institución, coronel Hipólito Almonte Reyes, los detenidos fueron " +
        'identificados como Yonathan Reyes Peña, alias "El Flaco", y Wilkin Batista Mota, de 27 y 31 años. ' +
        '"Ambos fueron localizados gracias a las cámaras del sistema 911 y a la colaboración de la ' +
        'comunidad", dijo el oficial.',
      "El vocero explicó que a los sospechosos se les ocupó una pistola calibre 9 milímetros y una " +
        'motocicleta sin placa. "Esa arma tenía reporte de robo desde marzo", precisó.',
      "El herido, Luis Miguel Encarnación, permanece ingresado en el hospital Vinicio Calventi. Su madre, " +
        'Altagracia Encarnación, dijo a Diario Libre que el joven "solo estaba trabajando para pagarse la ' +
        'universidad". "Mi hijo no le hace daño a nadie. Le dispararon por 6,000 pesos", lamentó entre ' +
        "lágrimas.",
      'Vecinos del sector denunciaron que los atracos se han vuelto frecuentes. "Aquí después de las ocho ' +
        'de la noche nadie sale. Nos tienen presos en nuestras propias casas", afirmó un comerciante que ' +
        "pidió reservar su nombre por temor a represalias.",
      "El Ministerio Público informó que solicitará medida de coerción contra los detenidos, a quienes " +
        'imputa "asociación de malhechores, robo agravado y tentativa de homicidio".',
    ],
    quotes: [
      [
        "Ambos fueron localizados gracias a las cámaras del sistema 911 y a la colaboración de la comunidad",
        "Hipólito Almonte Reyes",
      ],
      ["Esa arma tenía reporte de robo desde marzo", "Hipólito Almonte Reyes"],
      ["solo estaba trabajando para pagarse la universidad", "Altagracia Encarnación"],
      ["Mi hijo no le hace daño a nadie. Le dispararon por 6,000 pesos", "Altagracia Encarnación"],
      [
        "Aquí después de las ocho de la noche nadie sale. Nos tienen presos en nuestras propias casas",
        "un comerciante",
      ],
      ["asociación de malhechores, robo agravado y tentativa de homicidio", "El Ministerio Público"],
    ],
  },
  {
    name:
      "Récord, fútbol: cita del titular repetida en el cuerpo, «resumió el técnico», «el estratega» y dos " +
      "puntos, goleador por apellido, «el timonel», manta con leyenda (no cita)",
    headline: "“Nos faltó colmillo”: Cruz Azul deja ir la victoria ante Pumas en el último minuto",
    paragraphs: [
      "Cruz Azul volvió a tropezar en casa. La Máquina dominó durante 80 minutos en el Estadio Ciudad de " +
        "los Deportes, pero un remate de cabeza de Jesús Ángel Rendón en el 90+3 selló el 2-2 ante Pumas y " +
        "dejó a los celestes fuera de los puestos de Liguilla directa.",
      "“Nos faltó colmillo”, resumió en conferencia de prensa el técnico cementero, el argentino Ramiro " +
        "Echenique. “Tuvimos para matar el partido tres veces y no lo hicimos. Eso en esta liga se paga”, " +
        "añadió.",
      "El estratega evitó culpar a su arquero, Diego Arreola, que salió en falso en la jugada del empate: " +
        "“El error es de todos. Diego nos salvó dos goles en el primer tiempo”.",
      "En el vestidor universitario, el ambiente era otro. “Este equipo no se rinde nunca. Sabíamos que " +
        "íbamos a tener una más y la aprovechamos”, dijo Rendón, quien llegó a nueve anotaciones en el " +
        "torneo.",
      "Su entrenador, el uruguayo Gabriel Cabrera, reconoció que su equipo fue superado por momentos: “En " +
        "el primer tiempo no encontramos la pelota. Pero este grupo tiene carácter y lo demostró”. El " +
        "timonel auriazul añadió que el punto “sabe a victoria” por cómo se dio.",
      "La afición celeste despidió a su equipo entre abucheos, y en la cabecera sur se desplegó una manta " +
        "con la leyenda “Exigimos una final”.",
      "Cruz Azul visitará al Toluca el próximo sábado en el Nemesio Diez.",
    ],
    quotes: [
      ["Nos faltó colmillo", "Ramiro Echenique"],
      [
        "Tuvimos para matar el partido tres veces y no lo hicimos. Eso en esta liga se paga",
        "Ramiro Echenique",
      ],
      ["El error es de todos. Diego nos salvó dos goles en el primer tiempo", "Ramiro Echenique"],
      [
        "Este equipo no se rinde nunca. Sabíamos que íbamos a tener una más y la aprovechamos",
        "Jesús Ángel Rendón",
      ],
      [
        "En el primer tiempo no encontramos la pelota. Pero este grupo tiene carácter y lo demostró",
        "Gabriel Cabrera",
      ],
      ["sabe a victoria", "Gabriel Cabrera"],
    ],
  },
  {
    name:
      "Agencia SINC, ciencia: «explica a SINC» con cargo, «según la investigadora», estudio que concluye, " +
      "«para ella» y dos puntos, experto de un hospital, fuentes del ministerio, término (no cita)",
    headline: "Las olas de calor disparan los ingresos hospitalarios por enfermedad renal",
    standfirst:
      "Un análisis de más de un millón de hospitalizaciones en España muestra un aumento del 20 % durante " +
      "los episodios de temperaturas extremas.",
    paragraphs: [
      "Un equipo del Instituto de Salud Global de Barcelona (ISGlobal) ha analizado más de 1,2 millones de " +
        "ingresos hospitalarios registrados en España entre 2005 y 2022 y ha encontrado que, durante los " +
        "episodios de calor extremo, las hospitalizaciones por enfermedad renal aumentan un 20 % respecto " +
        "a los días de temperatura normal. El trabajo se publica en The Lancet Planetary Health.",
      "“Sabíamos que el calor afecta al corazón y a los pulmones, pero el riñón ha recibido mucha menos " +
        "atención. Nuestros datos muestran que es uno de los órganos más vulnerables”, explica a SINC " +
        "Laura Ortega Ruiz, investigadora de ISGlobal y primera autora del estudio.",
      "Según la investigadora, el efecto es mayor en los mayores de 75 años y en las personas que viven " +
        "solas. “La deshidratación en una persona mayor puede pasar desapercibida durante días”, advierte.",
      "Los autores describen también casos de lo que en la literatura médica se conoce como “nefropatía " +
        "por estrés térmico”, frecuente en trabajadores agrícolas. El estudio concluye que los planes de " +
        "alerta por calor deberían incluir “recomendaciones específicas para pacientes con enfermedad " +
        "renal crónica”.",
      "Para ella, la clave está en la atención primaria: “Un médico de familia que conoce a su paciente " +
        "puede ajustarle los diuréticos antes de que llegue el calor”.",
      "Ramón Peiró, nefrólogo del Hospital Universitario La Paz de Madrid que no ha participado en el " +
        "trabajo, considera que los resultados son “sólidos y coherentes con lo que vemos en urgencias " +
        "cada verano”. “El problema es que seguimos tratando el calor como una molestia y no como un " +
        "riesgo sanitario”, señala el especialista.",
      "Fuentes del Ministerio de Sanidad consultadas por SINC aseguran que el próximo plan nacional de " +
        "calor “incorporará” las conclusiones del estudio.",
    ],
    quotes: [
      [
        "Sabíamos que el calor afecta al corazón y a los pulmones, pero el riñón ha recibido mucha menos " +
          "atención. Nuestros datos muestran que es uno de los órganos más vulnerables",
        "Laura Ortega Ruiz",
      ],
      ["La deshidratación en una persona mayor puede pasar desapercibida durante días", "Laura Ortega Ruiz"],
      ["recomendaciones específicas para pacientes con enfermedad renal crónica", "El estudio"],
      [
        "Un médico de familia que conoce a su paciente puede ajustarle los diuréticos antes de que llegue " +
          "el calor",
        "Laura Ortega Ruiz",
      ],
      ["sólidos y coherentes con lo que vemos en urgencias cada verano", "Ramón Peiró"],
      [
        "El problema es que seguimos tratando el calor como una molestia y no como un riesgo sanitario",
        "Ramón Peiró",
      ],
      ["incorporará", "Fuentes del Ministerio de Sanidad"],
    ],
  },
  {
    name:
      "Faro de Vigo, sanidad: titular repetido en el cuerpo, segunda cita sin verbo, gerencia y «según el " +
      "comunicado», jefe de servicio «admite el médico», comillas anidadas, partido y su portavoz",
    headline: "Urgencias del Cunqueiro, al límite: «Hay pacientes que pasan dos noches en una camilla»",
    paragraphs: [
      "El servicio de Urgencias del Hospital Álvaro Cunqueiro atendió el lunes a 612 personas, la cifra " +
        "más alta del año, y llegó a tener 47 pacientes pendientes de cama en planta, según los datos " +
        "facilitados por el comité de empresa del área sanitaria de Vigo.",
      "«Hay pacientes que pasan dos noches en una camilla», denuncia Mónica Prieto Costas, enfermera del " +
        "servicio desde hace 14 años y delegada de la CIG-Saúde. «En un pasillo, sin intimidad ninguna. " +
        "Eso no es una asistencia digna».",
      "La gerencia del Área Sanitaria de Vigo atribuye la saturación al adelanto de la gripe, que «ha " +
        "llegado tres semanas antes que otros años», y asegura en una nota que se han abierto 30 camas " +
        "adicionales. La situación, según el comunicado, «está controlada y se revisa a diario».",
      "El jefe de Urgencias, Andrés Pazos Figueroa, reconoce que el servicio vive «semanas muy duras». " +
        "«Estamos trabajando por encima de nuestra capacidad, eso es evidente», admite el médico, que pide " +
        "calma a la población: «Quien tenga una urgencia real será atendido, como siempre».",
      "En la sala de espera, Manuel Lorenzo, vecino de Cangas de 68 años, aguardaba noticias de su mujer, " +
        "que llegó el domingo con una neumonía. «Por la mañana nos dijeron “en un rato sube a planta”. Ya " +
        "es de noche y seguimos aquí», relataba.",
      "El BNG llevará la situación al Parlamento de Galicia. Su portavoz de Sanidade, Uxía Méndez " +
        "Barreiro, reclamó a la Consellería «un plan de choque inmediato» para el área de Vigo.",
    ],
    quotes: [
      ["Hay pacientes que pasan dos noches en una camilla", "Mónica Prieto Costas"],
      ["En un pasillo, sin intimidad ninguna. Eso no es una asistencia digna", "Mónica Prieto Costas"],
      ["ha llegado tres semanas antes que otros años", "La gerencia del Área Sanitaria de Vigo"],
      ["está controlada y se revisa a diario", "La gerencia del Área Sanitaria de Vigo"],
      ["semanas muy duras", "Andrés Pazos Figueroa"],
      ["Estamos trabajando por encima de nuestra capacidad, eso es evidente", "Andrés Pazos Figueroa"],
      ["Quien tenga una urgencia real será atendido, como siempre", "Andrés Pazos Figueroa"],
      [
        "Por la mañana nos dijeron “en un rato sube a planta”. Ya es de noche y seguimos aquí",
        "Manuel Lorenzo",
      ],
      ["un plan de choque inmediato", "Uxía Méndez Barreiro"],
    ],
  },
  {
    name:
      "La Opinión, educación: entradilla repetida en el cuerpo, superintendente con «dijo», «el distrito» " +
      "que recomienda, sindicato y su vicepresidenta, madre con dos citas, lema (no cita)",
    headline: "LAUSD ampliará las clases bilingües a 40 escuelas más el próximo año",
    standfirst:
      "El superintendente asegura que el programa “cambia la vida” de los estudiantes inmigrantes; el " +
      "sindicato de maestros pide más personal.",
    paragraphs: [
      "El Distrito Escolar Unificado de Los Ángeles (LAUSD) anunció el martes que ampliará su programa de " +
        "inmersión dual en español, coreano y mandarín, que promociona bajo el lema “Dos idiomas, un " +
        "futuro”, a 40 escuelas primarias más a partir del ciclo escolar 2027-2028.",
      "El superintendente, Raúl Echeverría Duarte, aseguró durante la reunión de la Junta de Educación que " +
        "el programa “cambia la vida” de los alumnos que llegan al país sin hablar inglés. “En cinco años " +
        "leen y escriben en dos idiomas, y sus calificaciones en matemáticas también mejoran”, dijo.",
      "Según un informe presentado en la sesión, los alumnos de inmersión dual superan en un 14% a sus " +
        "compañeros en las pruebas estatales de lectura al llegar al octavo grado. El distrito recomienda " +
        "en ese informe “priorizar las escuelas con mayor proporción de estudiantes que aprenden inglés”.",
      "United Teachers Los Angeles (UTLA), el sindicato que representa a unos 35,000 maestros, respaldó la " +
        "ampliación, pero advirtió que faltan docentes certificados. “No se puede abrir un aula bilingüe " +
        "sin un maestro bilingüe. Hoy tenemos más de 300 vacantes sin cubrir”, señaló su vicepresidenta, " +
        "Marisol Arriaga.",
      "Para Ana Lucía Monterroso, madre guatemalteca de dos niños en la primaria Loren Miller, en el sur " +
        "de Los Ángeles, el programa fue decisivo. “Mi hija me corrige el inglés a mí”, contó entre risas. " +
        "“Pero también me lee cuentos en español antes de dormir, y eso para mí vale oro”.",
      "La Junta votará el presupuesto del programa, de 42 millones de dólares, el 12 de mayo. La " +
        "integrante de la Junta Rocío Villanueva advirtió que una parte depende de fondos estatales “que " +
        "no están garantizados”.",
    ],
    quotes: [
      ["cambia la vida", "Raúl Echeverría Duarte"],
      [
        "En cinco años leen y escriben en dos idiomas, y sus calificaciones en matemáticas también mejoran",
        "Raúl Echeverría Duarte",
      ],
      [
        "priorizar las escuelas con mayor proporción de estudiantes que aprenden inglés",
        "El Distrito Escolar Unificado de Los Ángeles",
      ],
      [
        "No se puede abrir un aula bilingüe sin un maestro bilingüe. Hoy tenemos más de 300 vacantes sin " +
          "cubrir",
        "Marisol Arriaga",
      ],
      ["Mi hija me corrige el inglés a mí", "Ana Lucía Monterroso"],
      [
        "Pero también me lee cuentos en español antes de dormir, y eso para mí vale oro",
        "Ana Lucía Monterroso",
      ],
      ["que no están garantizados", "Rocío Villanueva"],
    ],
  },
  {
    name:
      "Diario de Mallorca, cultura: título de exposición y de serie entre comillas (no citas), «la " +
      "artista» con edad, cita tras dos puntos, «afirmó la directora», «según Oliver», consellera",
    todo:
      "«He pintado siempre el mismo paisaje, el de De…» goes to Contemporani de Palma, not " +
      "Margalida Ferrer Sastre",
    headline: "Es Baluard rescata a Margalida Ferrer con su primera gran retrospectiva",
    paragraphs: [
      "Es Baluard Museu d'Art Modern i Contemporani de Palma inaugura este jueves «La llum que queda», la " +
        "primera gran retrospectiva de la pintora mallorquina Margalida Ferrer Sastre, que reúne 86 obras " +
        "realizadas entre 1972 y 2024, muchas de ellas nunca expuestas en público.",
      "«He pintado siempre el mismo paisaje, el de Deià, pero nunca con la misma luz», explicó ayer la " +
        "artista, de 81 años, durante la presentación a los medios. Ferrer confesó que le costó " +
        "«muchísimo» elegir las piezas: «Cada cuadro es un año de mi vida, y hay años que una prefiere no " +
        "recordar».",
      "La directora de Es Baluard, Catalina Bauzà, destacó que la muestra «salda una deuda histórica» con " +
        "las mujeres artistas de las islas. «Durante décadas se habló de la escuela de Deià como si solo " +
        "la hubieran formado hombres extranjeros», afirmó la directora.",
      "El comisario, el crítico Pere Joan Oliver, ha organizado el recorrido por décadas y no por temas. " +
        "Según Oliver, la obra de Ferrer «no se entiende sin el silencio de los años ochenta», cuando la " +
        "pintora dejó de exponer tras la muerte de su marido. De esa etapa procede la serie «Blaus», doce " +
        "lienzos que la artista nunca quiso vender.",
      "La consellera de Cultura del Consell de Mallorca, Francesca Vidal Gelabert, anunció que la " +
        "institución adquirirá tres de las obras para su colección. «Es nuestra obligación que este " +
        "patrimonio se quede en Mallorca», dijo.",
      "La exposición podrá visitarse hasta el 15 de marzo. La entrada costará 6 euros y será gratuita los " +
        "viernes por la tarde.",
    ],
    quotes: [
      [
        "He pintado siempre el mismo paisaje, el de Deià, pero nunca con la misma luz",
        "Margalida Ferrer Sastre",
      ],
      ["muchísimo", "Margalida Ferrer Sastre"],
      [
        "Cada cuadro es un año de mi vida, y hay años que una prefiere no recordar",
        "Margalida Ferrer Sastre",
      ],
      ["salda una deuda histórica", "Catalina Bauzà"],
      [
        "Durante décadas se habló de la escuela de Deià como si solo la hubieran formado hombres extranjeros",
        "Catalina Bauzà",
      ],
      ["no se entiende sin el silencio de los años ochenta", "Pere Joan Oliver"],
      ["Es nuestra obligación que este patrimonio se quede en Mallorca", "Francesca Vidal Gelabert"],
    ],
  },
]);
