// A tenth round of composed Spanish news articles, in the styles of outlets and beats the first nine
// rounds did not use: CRHoy.com (San José's rubbish collection contract, Costa Rica), Primicias (pre-trial
// detention of a former prefect in Ecuador), Superdeporte (a Valencia draw at Mestalla), Portafolio
// (Colombian coffee exports), Redacción Médica (a doctors' strike over the Estatuto Marco), Diario de
// Cádiz (the Carnival contest at the Gran Teatro Falla), Andina (glacier loss in the Cordillera Blanca,
// Perú), Diario de Cuyo (a Zonda windstorm in San Juan, Argentina), El Diario de Hoy (national exam
// results in El Salvador, straight quotation marks) and El Siglo de Torreón (an armed robbery of a bank
// customer in Torreón, México).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "CRHoy.com, política local: titular con fragmento distinto, «manifestó el jerarca " +
      "municipal», empresa en un comunicado, la edil, «doña» vecina, frase en una manta (no " +
      "cita)",
    headline: "Alcalde de San José rompe con la recolectora de basura: “Se acabó la paciencia”",
    paragraphs: [
      "El alcalde de San José, Diego Miranda Castro, anunció este lunes que la Municipalidad " +
        "rescindirá el contrato con la empresa Recolectora Capitalina S.A., encargada de " +
        "recoger los residuos en seis distritos del cantón, tras tres semanas de atrasos en las " +
        "rutas.",
      "“Se acabó la paciencia. Les dimos dos prórrogas y en Hatillo y San Sebastián hay " +
        "bolsas acumuladas desde hace diez días”, manifestó el jerarca municipal en conferencia " +
        "de prensa.",
      "Según Miranda, el municipio asumirá el servicio con camiones propios y alquilados “a " +
        "partir del próximo lunes” y no cobrará a los vecinos ningún recargo por la emergencia.",
      "La empresa respondió por medio de un comunicado en el que atribuye los atrasos a “la " +
        "falta de pago de tres facturas por parte del municipio” y anuncia que acudirá a los " +
        "tribunales. “Hemos cumplido el contrato en condiciones muy difíciles y con una flota " +
        "que la Municipalidad conocía”, añade la compañía.",
      "La regidora del Frente Amplio Marcela Jiménez Rojas cuestionó la decisión y acusó al " +
        "alcalde de “improvisar”. “¿Con qué camiones? ¿Con qué choferes? La gente merece " +
        "respuestas, no anuncios”, dijo la edil a CRHoy.com.",
      "Vecinos de Hatillo 2 colgaron el fin de semana una manta con la frase “San José huele " +
        "mal” frente al edificio del Concejo Municipal.",
      "Doña Rosa Elena Vargas, vecina del barrio desde hace 40 años, contó que los perros " +
        "rompen las bolsas cada noche. “Uno ya no sabe qué hacer. Aquí los ratones pasan como " +
        "si nada”, relató.",
    ],
    quotes: [
      ["Se acabó la paciencia", "Diego Miranda Castro"],
      [
        "Se acabó la paciencia. Les dimos dos prórrogas y en Hatillo y San Sebastián hay " +
          "bolsas acumuladas desde hace diez días",
        "Diego Miranda Castro",
      ],
      ["a partir del próximo lunes", "Diego Miranda Castro"],
      ["la falta de pago de tres facturas por parte del municipio", "Recolectora Capitalina S.A."],
      [
        "Hemos cumplido el contrato en condiciones muy difíciles y con una flota que la " +
          "Municipalidad conocía",
        "Recolectora Capitalina S.A.",
      ],
      ["improvisar", "Marcela Jiménez Rojas"],
      [
        "¿Con qué camiones? ¿Con qué choferes? La gente merece respuestas, no anuncios",
        "Marcela Jiménez Rojas",
      ],
      ["Uno ya no sabe qué hacer. Aquí los ratones pasan como si nada", "Rosa Elena Vargas"],
    ],
  },
  {
    name:
      "Primicias, tribunales: entradilla repetida en el cuerpo, «la magistrada», fiscal con " +
      "verbo tras la cita, defensor con fragmentos, comunicado citado en dos párrafos (cita " +
      "abierta)",
    headline: "Jueza dicta prisión preventiva contra el exprefecto de Los Ríos por peculado",
    standfirst:
      "La jueza consideró que existe “riesgo de fuga”; la defensa del exfuncionario apelará " + "la medida.",
    paragraphs: [
      "La jueza de la Corte Nacional de Justicia Gabriela Andrade Loor ordenó la madrugada de " +
        "este 12 de marzo de 2026 la prisión preventiva del exprefecto de Los Ríos Marcos Troya " +
        "Zambrano, procesado por el presunto peculado de USD 4,3 millones en la contratación de " +
        "vías rurales.",
      "La audiencia de formulación de cargos se extendió durante 11 horas. Al final, la " +
        "magistrada aceptó el pedido de la Fiscalía al considerar que existe “riesgo de fuga”, " +
        "pues el procesado tiene residencia en Estados Unidos y salió del país dos veces desde " +
        "que se inició la investigación.",
      "El fiscal Esteban Quiroz Mena sostuvo que los contratos se adjudicaron “a empresas " +
        "creadas pocas semanas antes de cada concurso” y que al menos tres de ellas tenían como " +
        "socios a familiares de funcionarios de la Prefectura.",
      "“No estamos ante errores administrativos. Estamos ante un esquema diseñado para sacar " +
        "dinero público”, afirmó Quiroz durante su intervención, según la transmisión oficial " +
        "de la audiencia.",
      "El abogado de Troya, Francisco Benítez, calificó la medida de “desproporcionada” y " +
        "anunció que apelará ante la Sala Penal. Para el defensor, su cliente “siempre ha " +
        "comparecido” cuando fue llamado.",
      "“Mi defendido vino desde Miami por voluntad propia para esta audiencia. ¿Qué clase de " +
        "prófugo hace eso?”, preguntó Benítez a los periodistas a la salida del edificio de la " +
        "Corte, en el norte de Quito.",
      "La actual prefecta de Los Ríos, Johanna Ortiz Villavicencio, señaló en un comunicado " +
        "que la institución se presentará como acusación particular:",
      "“La Prefectura ha entregado a la Fiscalía toda la documentación que nos fue requerida.",
      "“Queremos que se recupere hasta el último dólar que salió de las arcas de la " + "provincia”.",
    ],
    quotes: [
      ["riesgo de fuga", "Gabriela Andrade Loor"],
      ["a empresas creadas pocas semanas antes de cada concurso", "Esteban Quiroz Mena"],
      [
        "No estamos ante errores administrativos. Estamos ante un esquema diseñado para sacar " +
          "dinero público",
        "Esteban Quiroz Mena",
      ],
      ["desproporcionada", "Francisco Benítez"],
      ["siempre ha comparecido", "Francisco Benítez"],
      [
        "Mi defendido vino desde Miami por voluntad propia para esta audiencia. ¿Qué clase de " +
          "prófugo hace eso?",
        "Francisco Benítez",
      ],
      [
        "La Prefectura ha entregado a la Fiscalía toda la documentación que nos fue " + "requerida.",
        "Johanna Ortiz Villavicencio",
      ],
      [
        "Queremos que se recupere hasta el último dólar que salió de las arcas de la " + "provincia",
        "Johanna Ortiz Villavicencio",
      ],
    ],
  },
  {
    name:
      "Superdeporte, fútbol: titular repetido en el cuerpo, «admitió el técnico de Sueca», " +
      "cita sin verbo que sigue, apodo entre comillas simples (no cita), «lamentó el " +
      "lateral», título de documental (no cita)",
    headline: "Segarra, tras el empate en Mestalla: «Nos falta colmillo arriba»",
    paragraphs: [
      "El Valencia no pasó del empate (1-1) ante el Celta en un Mestalla que despidió a los " +
        "suyos con pitos tras un segundo tiempo en el que los de Toni Segarra remataron 14 " +
        "veces sin premio.",
      "«Nos falta colmillo arriba», admitió el técnico de Sueca en la sala de prensa. " +
        "«Generamos más que nadie en la Liga en las últimas cuatro jornadas y sumamos tres " +
        "puntos de doce. Eso no es mala suerte, es algo que tenemos que trabajar».",
      "Preguntado por los silbidos, el preparador valenciano fue tajante: «La afición tiene " +
        "todo el derecho a pitar. Yo, en su lugar, también estaría enfadado».",
      "El gol local lo firmó Iker Martí, el ‘Pichón’, que volvió a marcar tres meses después. " +
        "El extremo de Paterna atendió a los medios en zona mixta: «Estoy contento por el gol, " +
        "pero no sirve de nada si no ganamos en casa».",
      "Por el Celta, el entrenador Óscar Vázquez celebró el punto. «Venir aquí y competir así " +
        "es para estar orgullosos», señaló el gallego, que reconoció que su equipo «sufrió " +
        "demasiado» en la segunda parte.",
      "Quien no ocultó su enfado fue el capitán, Jaume Albiol. «No podemos regalar el gol " +
        "como lo regalamos. Es la tercera vez esta temporada», lamentó el lateral, que pidió " +
        "«cabeza fría» antes de visitar el Sánchez-Pizjuán.",
      "El Valencia, que estrenará el jueves en su plataforma el documental «Nuestra casa», " +
        "sobre la reforma del estadio, es decimotercero con 21 puntos.",
    ],
    quotes: [
      ["Nos falta colmillo arriba", "Toni Segarra"],
      [
        "Generamos más que nadie en la Liga en las últimas cuatro jornadas y sumamos tres " +
          "puntos de doce. Eso no es mala suerte, es algo que tenemos que trabajar",
        "Toni Segarra",
      ],
      ["La afición tiene todo el derecho a pitar. Yo, en su lugar, también estaría enfadado", "Toni Segarra"],
      ["Estoy contento por el gol, pero no sirve de nada si no ganamos en casa", "Iker Martí"],
      ["Venir aquí y competir así es para estar orgullosos", "Óscar Vázquez"],
      ["sufrió demasiado", "Óscar Vázquez"],
      ["No podemos regalar el gol como lo regalamos. Es la tercera vez esta temporada", "Jaume Albiol"],
      ["cabeza fría", "Jaume Albiol"],
    ],
  },
  {
    name:
      "Portafolio, economía: titular repetido en el cuerpo con gremio en un comunicado, verbo " +
      "invertido con cargo y nombre detrás, «la experta», banco central en su informe, " +
      "exportador sin nombre, lema publicitario (no cita)",
    headline: "Exportaciones de café caen 12 % y la Federación pide “no entrar en pánico”",
    paragraphs: [
      "Las exportaciones de café de Colombia cayeron 12 % en volumen durante el primer " +
        "semestre, hasta 5,1 millones de sacos de 60 kilos, según cifras divulgadas este jueves " +
        "por la Federación Nacional de Cafeteros (FNC).",
      "En un comunicado, el gremio atribuyó la caída a “un invierno más intenso de lo " +
        "previsto en las zonas productoras del Eje Cafetero y el Huila” y pidió a los " +
        "productores “no entrar en pánico”, pues los precios internos se mantienen en niveles " +
        "históricamente altos.",
      "“La cosecha no se perdió, se retrasó”, aseguró a Portafolio el gerente general de la " +
        "entidad, Germán Ocampo Restrepo, quien estima que buena parte del volumen se " +
        "recuperará “entre septiembre y diciembre”.",
      "Para Camila Duarte, analista de materias primas de la comisionista Valores Andinos, el " +
        "problema es otro. “El mercado internacional ya descontó la menor oferta de Colombia. " +
        "Lo que preocupa es que Brasil y Vietnam vienen con cosechas récord”, sostuvo.",
      "La experta agregó que el precio en la bolsa de Nueva York podría corregir “hasta un 15 " +
        "%” antes de fin de año si se confirman esos pronósticos.",
      "El Banco de la República, en su más reciente Informe de Política Monetaria, advierte " +
        "de que el menor ingreso cafetero “podría presionar la tasa de cambio en el corto " +
        "plazo”.",
      "Un exportador de Manizales que pidió no ser citado con su nombre resumió el ánimo del " +
        "sector: “Nadie está quebrando, pero nadie está invirtiendo”.",
      "El grano, que el gremio promociona en el exterior con el lema “Tierra de café”, sigue " +
        "siendo uno de los principales productos de exportación del país.",
    ],
    quotes: [
      ["no entrar en pánico", "la Federación Nacional de Cafeteros"],
      [
        "un invierno más intenso de lo previsto en las zonas productoras del Eje Cafetero y " + "el Huila",
        "la Federación Nacional de Cafeteros",
      ],
      ["La cosecha no se perdió, se retrasó", "Germán Ocampo Restrepo"],
      ["entre septiembre y diciembre", "Germán Ocampo Restrepo"],
      [
        "El mercado internacional ya descontó la menor oferta de Colombia. Lo que preocupa es " +
          "que Brasil y Vietnam vienen con cosechas récord",
        "Camila Duarte",
      ],
      ["hasta un 15 %", "Camila Duarte"],
      ["podría presionar la tasa de cambio en el corto plazo", "El Banco de la República"],
      ["Nadie está quebrando, pero nadie está invirtiendo", "Un exportador de Manizales"],
    ],
  },
  {
    name:
      "Redacción Médica, sanidad: entradilla repetida con comité, «ha explicado a Redacción " +
      "Médica» con cargo y nombre detrás, cita tras dos puntos, fuentes del ministerio, el " +
      "borrador que establece, campaña (no cita)",
    todo:
      "a document that speaks («El borrador, al que …, establece») keeps its bare description, not " +
      "the fuller «el borrador del Estatuto Marco» (read as a person's name) written before",
    headline: "Los sindicatos médicos convocan una huelga indefinida contra el Estatuto Marco",
    standfirst:
      "El Comité de Huelga denuncia que el borrador del Ministerio de Sanidad «perpetúa las " +
      "guardias de 24 horas».",
    paragraphs: [
      "El Comité de Huelga, que integran la Confederación Estatal de Sindicatos Médicos " +
        "(CESM) y el Sindicato Médico Andaluz (SMA), ha registrado este martes la convocatoria " +
        "de una huelga indefinida a partir del 16 de febrero contra el borrador del Estatuto " +
        "Marco que prepara el Ministerio de Sanidad.",
      "Según el comité, el texto «perpetúa las guardias de 24 horas» y no reconoce a los " +
        "facultativos una categoría profesional propia. «Llevamos dos años negociando y el " +
        "ministerio no ha movido ni una coma en lo que de verdad nos importa», ha explicado a " +
        "Redacción Médica el secretario general de CESM, Álvaro Cabanillas Ruiz.",
      "Cabanillas ha recordado que un médico puede encadenar «hasta 17 horas de guardia tras " +
        "una jornada ordinaria» y ha advertido de que el paro afectará a consultas y quirófanos " +
        "programados: «Los servicios mínimos los fijarán las comunidades, pero la actividad no " +
        "urgente se va a resentir, y mucho».",
      "Fuentes del Ministerio de Sanidad consultadas por este periódico aseguran que la mesa " +
        "de negociación «sigue abierta» y que el departamento presentará una nueva propuesta " +
        "sobre la jornada antes de fin de mes.",
      "El borrador, al que ha tenido acceso Redacción Médica, establece en su artículo 48 que " +
        "la jornada de guardia «no podrá superar las 17 horas continuadas, salvo causa " +
        "justificada».",
      "La presidenta de la Sociedad Española de Medicina de Familia y Comunitaria (semFYC), " +
        "Lucía Barrionuevo, ha mostrado su apoyo a la convocatoria, aunque ha pedido «no " +
        "olvidar a los pacientes». «Ningún médico quiere hacer huelga. Nos han empujado a " +
        "ella», ha lamentado.",
      "Los residentes se sumarán a los paros dentro de la campaña «Médicos al límite», que la " +
        "Asociación MIR España lanzó en octubre en las redes sociales.",
    ],
    quotes: [
      ["perpetúa las guardias de 24 horas", "El Comité de Huelga"],
      [
        "Llevamos dos años negociando y el ministerio no ha movido ni una coma en lo que de " +
          "verdad nos importa",
        "Álvaro Cabanillas Ruiz",
      ],
      ["hasta 17 horas de guardia tras una jornada ordinaria", "Álvaro Cabanillas Ruiz"],
      [
        "Los servicios mínimos los fijarán las comunidades, pero la actividad no urgente se " +
          "va a resentir, y mucho",
        "Álvaro Cabanillas Ruiz",
      ],
      ["sigue abierta", "Fuentes del Ministerio de Sanidad"],
      [
        "no podrá superar las 17 horas continuadas, salvo causa justificada",
        "el borrador del Estatuto Marco",
      ],
      ["no olvidar a los pacientes", "Lucía Barrionuevo"],
      ["Ningún médico quiere hacer huelga. Nos han empujado a ella", "Lucía Barrionuevo"],
    ],
  },
  {
    name:
      "Diario de Cádiz, cultura: nombres de agrupaciones entre comillas (no citas), " +
      "entradilla con otro fragmento, «explicó el autor», director que bromea tras dos " +
      "puntos, presidente del jurado, vecina, fundación en una nota",
    headline: "La comparsa «Los del Vapor» pone en pie al Falla en los cuartos del COAC",
    standfirst:
      "Su autor, Manuel Jesús Lebrero, asegura que el repertorio habla «de los barrios que se " +
      "quedan sin gente».",
    paragraphs: [
      "La comparsa «Los del Vapor», de Manuel Jesús Lebrero, puso anoche al Gran Teatro Falla " +
        "en pie con un pasodoble dedicado a los vecinos del barrio de Santa María que han " +
        "tenido que marcharse por la subida de los alquileres.",
      "«Este año queríamos hablar de los barrios que se quedan sin gente, de las casas de " +
        "vecinos que ahora son apartamentos turísticos», explicó el autor a Diario de Cádiz a " +
        "la salida del teatro, todavía con el tipo puesto.",
      "Lebrero, que lleva 22 años concursando, reconoció que el grupo ha ensayado «como " +
        "nunca». «El Falla no perdona. Si sales a medio gas, el público te lo nota en la " +
        "primera letra», afirmó.",
      "La chirigota «Que me quiten lo bailao», otra de las favoritas del concurso, también " +
        "pasó el corte. Su director, Paco Rendón, bromeó con el jurado: «Si no nos pasan a " +
        "semifinales, nos vamos a cantar a la puerta de la casa del presidente».",
      "El presidente del jurado, José Antonio Vallejo Ríos, evitó valorar las actuaciones y " +
        "se limitó a señalar que el nivel de este año es «altísimo». El jurado dará a conocer " +
        "el viernes la lista de semifinalistas.",
      "Entre el público, la gaditana Carmen Galán, de 71 años, no podía contener las " +
        "lágrimas. «Mi madre vivió en la calle Botica toda su vida. Lo que han cantado es " +
        "verdad, todo es verdad», dijo.",
      "La Fundación Municipal de Cultura informó en una nota de que las entradas para la " +
        "final «se pondrán a la venta el 2 de febrero a través de la web del Falla y no en " +
        "taquilla».",
    ],
    quotes: [
      ["de los barrios que se quedan sin gente", "Manuel Jesús Lebrero"],
      [
        "Este año queríamos hablar de los barrios que se quedan sin gente, de las casas de " +
          "vecinos que ahora son apartamentos turísticos",
        "Manuel Jesús Lebrero",
      ],
      ["como nunca", "Manuel Jesús Lebrero"],
      [
        "El Falla no perdona. Si sales a medio gas, el público te lo nota en la primera letra",
        "Manuel Jesús Lebrero",
      ],
      [
        "Si no nos pasan a semifinales, nos vamos a cantar a la puerta de la casa del " + "presidente",
        "Paco Rendón",
      ],
      ["altísimo", "José Antonio Vallejo Ríos"],
      [
        "Mi madre vivió en la calle Botica toda su vida. Lo que han cantado es verdad, todo " + "es verdad",
        "Carmen Galán",
      ],
      [
        "se pondrán a la venta el 2 de febrero a través de la web del Falla y no en taquilla",
        "La Fundación Municipal de Cultura",
      ],
    ],
  },
  {
    name:
      "Andina, ciencia: «de acuerdo con el informe», «manifestó a la Agencia Andina», «el " +
      "especialista», «añadió» sin sujeto con cita tras dos puntos, dirigente comunal, nombre " +
      "de programa (no cita), ministerio en un comunicado",
    headline: "Cordillera Blanca perdió el 56 % de su superficie glaciar en seis décadas",
    paragraphs: [
      "Los glaciares de la Cordillera Blanca, en Áncash, perdieron el 56 % de su superficie " +
        "entre 1962 y 2024, según el inventario nacional presentado hoy por el Instituto " +
        "Nacional de Investigación en Glaciares y Ecosistemas de Montaña (Inaigem).",
      "De acuerdo con el informe, el retroceso “se ha acelerado de manera significativa en la " +
        "última década” y 14 lagunas de origen glaciar presentan “un nivel de peligro alto” " +
        "para las poblaciones ubicadas aguas abajo.",
      "El director de Investigación en Glaciares del Inaigem, Ricardo Villanueva Ramírez, " +
        "precisó que la pérdida no es uniforme. “En los nevados por debajo de los 5000 metros " +
        "prácticamente ya no hay acumulación de nieve; estamos viendo glaciares que se " +
        "fragmentan en dos o tres cuerpos”, manifestó a la Agencia Andina.",
      "El especialista refirió que el nevado Pastoruri, uno de los más visitados del país, " +
        "“podría desaparecer antes de 2050” si se mantiene la tendencia.",
      "Añadió que el instituto instalará este año cinco nuevas estaciones de monitoreo: " +
        "“Necesitamos datos en tiempo real para alertar a las comunidades con horas, no con " +
        "minutos, de anticipación”.",
      "En la comunidad campesina de Cátac, el presidente comunal, Teodoro Huerta Jamanca, " +
        "sostuvo que los pastores ya sienten la falta de agua. “Antes el puquial daba agua todo " +
        "el año. Ahora en agosto se seca y los animales tienen que caminar horas”, relató en " +
        "quechua, según la traducción de un intérprete.",
      "El inventario forma parte del programa “Glaciares y Agua”, que el Inaigem ejecuta con " +
        "apoyo de la cooperación suiza.",
      "El Ministerio del Ambiente (Minam) saludó la publicación y afirmó en un comunicado que " +
        "sus resultados “servirán de base para actualizar los planes de gestión del riesgo en " +
        "las cuencas del Santa y del Marañón”.",
    ],
    quotes: [
      ["se ha acelerado de manera significativa en la última década", "el informe"],
      ["un nivel de peligro alto", "el informe"],
      [
        "En los nevados por debajo de los 5000 metros prácticamente ya no hay acumulación de " +
          "nieve; estamos viendo glaciares que se fragmentan en dos o tres cuerpos",
        "Ricardo Villanueva Ramírez",
      ],
      ["podría desaparecer antes de 2050", "Ricardo Villanueva Ramírez"],
      [
        "Necesitamos datos en tiempo real para alertar a las comunidades con horas, no con " +
          "minutos, de anticipación",
        "Ricardo Villanueva Ramírez",
      ],
      [
        "Antes el puquial daba agua todo el año. Ahora en agosto se seca y los animales " +
          "tienen que caminar horas",
        "Teodoro Huerta Jamanca",
      ],
      [
        "servirán de base para actualizar los planes de gestión del riesgo en las cuencas del " +
          "Santa y del Marañón",
        "El Ministerio del Ambiente",
      ],
    ],
  },
  {
    name:
      "Diario de Cuyo, temporal: entradilla con sigla repetida en el cuerpo, verbo invertido " +
      "con cargo y nombre detrás, «el funcionario» con cita tras dos puntos, distribuidora, " +
      "vecina con edad, ministro con «quien explicó»",
    headline: "Zonda: suspenden las clases del turno tarde y hay cortes de luz en cinco departamentos",
    standfirst:
      "El SMN emitió una alerta naranja y pidió “evitar actividades al aire libre”. Hubo " +
      "ráfagas de hasta 90 km/h en Pocito y Rivadavia.",
    paragraphs: [
      "El viento Zonda volvió a golpear este miércoles a San Juan con ráfagas que superaron " +
        "los 90 kilómetros por hora en Pocito, Rivadavia y Zonda, y obligó al Ministerio de " +
        "Educación a suspender el dictado de clases en el turno tarde en toda la provincia.",
      "El Servicio Meteorológico Nacional (SMN) había emitido por la mañana una alerta " +
        "naranja para los valles y la precordillera y recomendó a la población “evitar " +
        "actividades al aire libre” y “asegurar objetos que puedan ser arrastrados por el " +
        "viento”.",
      "“Tuvimos más de 40 llamados por árboles caídos y techos de chapa que se volaron. Por " +
        "suerte no hay heridos graves”, detalló a DIARIO DE CUYO el director de Defensa Civil " +
        "de la provincia, Marcelo Sánchez Quiroga.",
      "El funcionario pidió a los conductores circular con precaución por la Ruta 40 por la " +
        "escasa visibilidad: “Hay tramos donde el polvo no te deja ver a diez metros. Si no es " +
        "necesario salir, mejor quedarse en casa”.",
      "La distribuidora Energía San Juan informó que unos 18.000 usuarios quedaron sin " +
        "suministro por la caída de líneas de media tensión. La empresa aseguró que las " +
        "cuadrillas trabajan “para restablecer el servicio antes de la medianoche”, aunque " +
        "advirtió que en las zonas rurales las tareas “podrían demorarse”.",
      "En el barrio Aramburu, de Rivadavia, Nélida Castro vio cómo el viento arrancaba el " +
        "techo de su galería. “Escuché un ruido terrible y cuando salí ya estaba en la vereda " +
        "de enfrente. Gracias a Dios no pasaba nadie”, contó la vecina, de 63 años.",
      "Las clases se retomarán con normalidad el jueves, según confirmó el ministro de " +
        "Educación, Silvio Atencio Herrera, quien explicó que la decisión se tomó “para no " +
        "exponer a los chicos a la salida de las escuelas, que es el horario de mayor " +
        "intensidad”.",
    ],
    quotes: [
      ["evitar actividades al aire libre", "El Servicio Meteorológico Nacional"],
      ["asegurar objetos que puedan ser arrastrados por el viento", "El Servicio Meteorológico Nacional"],
      [
        "Tuvimos más de 40 llamados por árboles caídos y techos de chapa que se volaron. Por " +
          "suerte no hay heridos graves",
        "Marcelo Sánchez Quiroga",
      ],
      [
        "Hay tramos donde el polvo no te deja ver a diez metros. Si no es necesario salir, " +
          "mejor quedarse en casa",
        "Marcelo Sánchez Quiroga",
      ],
      ["para restablecer el servicio antes de la medianoche", "Energía San Juan"],
      ["podrían demorarse", "Energía San Juan"],
      [
        "Escuché un ruido terrible y cuando salí ya estaba en la vereda de enfrente. Gracias " +
          "a Dios no pasaba nadie",
        "Nélida Castro",
      ],
      [
        "para no exponer a los chicos a la salida de las escuelas, que es el horario de mayor " +
          "intensidad",
        "Silvio Atencio Herrera",
      ],
    ],
  },
  {
    name:
      "El Diario de Hoy, educación (comillas rectas): calificó de, «dijo la funcionaria», " +
      "término de un informe entre comillas (no cita), «advirtió el académico», sindicalista, " +
      "estudiante con edad",
    headline: "Promedio de la prueba Avanzo sube a 6.1, pero matemática sigue en rojo",
    paragraphs: [
      "El promedio nacional de la Prueba de Aprendizajes y Aptitudes para Egresados de " +
        "Educación Media (Avanzo) fue de 6.1 este año, tres décimas más que en 2025, informó " +
        "este lunes el Ministerio de Educación (Mined).",
      "La ministra de Educación, Ana Cecilia Melara de Funes, calificó los resultados de " +
        '"alentadores" y los atribuyó a la entrega de computadoras portátiles a los estudiantes ' +
        "de bachillerato.",
      '"Estamos viendo el fruto de cuatro años de trabajo. Nuestros jóvenes hoy aprenden con ' +
        'herramientas que antes solo tenían los colegios privados", dijo la funcionaria durante ' +
        "la presentación de los resultados en San Salvador.",
      "Sin embargo, el área de matemática obtuvo un promedio de 5.2, la más baja de las " +
        "cuatro evaluadas. Según el informe de resultados, el 38 % de los estudiantes se ubicó " +
        'en el nivel "básico" de desempeño.',
      "Para el investigador Ernesto Alvarado Menjívar, de la Universidad Centroamericana José " +
        'Simeón Cañas (UCA), el aumento es "modesto" y no debe ocultar el rezago en matemática. ' +
        '"Un estudiante que termina el bachillerato con un cinco en matemática no está ' +
        'preparado para la universidad ni para un empleo técnico", advirtió el académico.',
      "El secretario general del sindicato docente Simeduco, Francisco Zelaya Ramos, dijo que " +
        'los maestros de matemática "no han recibido capacitación desde hace años" y pidió al ' +
        "Mined que los incluya en el plan de formación.",
      "Valeria Hernández, estudiante del Instituto Nacional de Soyapango, obtuvo 9.4, la nota " +
        'más alta de su centro. "Me levantaba a las cinco para estudiar antes de ir al ' +
        'instituto. Quiero estudiar ingeniería civil", contó la joven de 17 años.',
    ],
    quotes: [
      ["alentadores", "Ana Cecilia Melara de Funes"],
      [
        "Estamos viendo el fruto de cuatro años de trabajo. Nuestros jóvenes hoy aprenden con " +
          "herramientas que antes solo tenían los colegios privados",
        "Ana Cecilia Melara de Funes",
      ],
      ["modesto", "Ernesto Alvarado Menjívar"],
      [
        "Un estudiante que termina el bachillerato con un cinco en matemática no está " +
          "preparado para la universidad ni para un empleo técnico",
        "Ernesto Alvarado Menjívar",
      ],
      ["no han recibido capacitación desde hace años", "Francisco Zelaya Ramos"],
      [
        "Me levantaba a las cinco para estudiar antes de ir al instituto. Quiero estudiar " +
          "ingeniería civil",
        "Valeria Hernández",
      ],
    ],
  },
  {
    name:
      "El Siglo de Torreón, policiaca: «de acuerdo con la Fiscalía», vicefiscal con «señaló», " +
      "«el funcionario», vecino sin nombre que luego es «el testigo», alcalde y «el edil», " +
      "campaña (no cita)",
    headline: "Detienen a tres por asalto a cuentahabiente en la colonia Torreón Jardín",
    paragraphs: [
      "Agentes de la Policía de Investigación Criminal detuvieron ayer a tres hombres " +
        "señalados como probables responsables del asalto a un cuentahabiente ocurrido el " +
        "pasado viernes en la colonia Torreón Jardín, en el que la víctima resultó herida de " +
        "bala en una pierna.",
      "De acuerdo con la Fiscalía General del Estado de Coahuila, los detenidos, de 22, 25 y " +
        "31 años, “seguían a sus víctimas desde las sucursales bancarias del bulevar " +
        "Independencia” y actuaban a bordo de una motocicleta y un automóvil compacto.",
      "En conferencia de prensa, el vicefiscal de la región Laguna, Jorge Alberto Cervantes " +
        "Luna, explicó que la detención fue posible gracias a las cámaras del C4. “Logramos " +
        "reconstruir la ruta que siguieron desde el banco hasta el domicilio de la víctima. " +
        "Fueron casi cuatro kilómetros y nunca lo perdieron de vista”, señaló.",
      "El funcionario indicó que a los detenidos se les aseguraron dos armas cortas y que la " +
        "banda podría estar relacionada con “al menos otros cinco asaltos” en el centro y el " +
        "oriente de la ciudad.",
      "La víctima, un comerciante de 54 años cuya identidad no fue revelada, había retirado " +
        "180 mil pesos de una sucursal para pagar la nómina de su negocio. Un vecino que " +
        "presenció el asalto relató a El Siglo de Torreón que escuchó dos disparos. “Salí " +
        "porque pensé que eran cohetes. El señor estaba tirado junto a su camioneta y los de la " +
        "moto ya iban hasta la esquina”, recordó el testigo, que pidió omitir su nombre.",
      "El alcalde, Marcelo Ibarra Aguilar, pidió a los usuarios de la banca “no confiarse” y " +
        "solicitar el acompañamiento de la Policía Municipal, un servicio gratuito. “Nadie " +
        "debería andar con esa cantidad de efectivo en la calle sin protección”, dijo el edil.",
      "Los tres detenidos fueron puestos a disposición de un juez de control, que decidirá si " +
        "los vincula a proceso por robo con violencia y homicidio en grado de tentativa. La " +
        "Asociación de Bancos de México mantiene en la región su campaña “Retira seguro”.",
    ],
    quotes: [
      [
        "seguían a sus víctimas desde las sucursales bancarias del bulevar Independencia",
        "la Fiscalía General del Estado de Coahuila",
      ],
      [
        "Logramos reconstruir la ruta que siguieron desde el banco hasta el domicilio de la " +
          "víctima. Fueron casi cuatro kilómetros y nunca lo perdieron de vista",
        "Jorge Alberto Cervantes Luna",
      ],
      ["al menos otros cinco asaltos", "Jorge Alberto Cervantes Luna"],
      [
        "Salí porque pensé que eran cohetes. El señor estaba tirado junto a su camioneta y " +
          "los de la moto ya iban hasta la esquina",
        "Un vecino",
      ],
      ["no confiarse", "Marcelo Ibarra Aguilar"],
      [
        "Nadie debería andar con esa cantidad de efectivo en la calle sin protección",
        "Marcelo Ibarra Aguilar",
      ],
    ],
  },
]);
