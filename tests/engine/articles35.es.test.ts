// A thirty-fifth round of composed Spanish news articles, in the styles of outlets and beats the first
// thirty-four rounds did not use: La Crónica de Badajoz (a brotherhood asks to restore its Good Friday
// route, religion, España), La Tribuna de Albacete (water bills doubled after new meters, consumer,
// España), AM de León (shoe exports fall, business, México), El Sol de Puebla (long waits on RUTA
// Line 3, transport, México), Diario Extra (a grocer fights off two robbers in Desamparados, police,
// Costa Rica), Diario Norte (the boll weevil spreads in south-west Chaco, agriculture, Argentina), La
// Mañana de Neuquén (a hospital emergency room swamped by respiratory cases, health, Argentina), El
// Meridiano (the Sinú river floods Lorica, disasters, Colombia, raya dialogue lines), La Industria (a
// former district mayor sentenced for collusion, courts, Trujillo, Perú) and Adelante (Camagüey wins
// a baseball series against Industriales, sport, Cuba).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Crónica de Badajoz, religión: titular con la primera mitad de una cita partida " +
      "por «afirmó», hermano mayor retomado por el apellido con «insistió», Arzobispado en " +
      "una nota con cita parcial, presidente de la Junta con dos puntos, costalero anónimo, " +
      "dos personas apellidadas Soto, «la autora», título del cartel (no cita)",
    headline: "«No es un capricho»: la Soledad pide recuperar su paso por la Plaza Alta",
    paragraphs: [
      "La Hermandad de Nuestra Señora de la Soledad ha pedido al Arzobispado de " +
        "Mérida-Badajoz que autorice de nuevo el paso de su procesión del Viernes Santo por " +
        "la Plaza Alta, suprimido hace tres años por las obras de rehabilitación del entorno.",
      "«No es un capricho», afirmó el hermano mayor, Antonio José Gallardo Merino, durante " +
        "la presentación del cartel de la Semana Santa. «Es el recorrido que hicieron " +
        "nuestros abuelos y el que la ciudad espera».",
      "Gallardo recordó que la cofradía entregó en enero un informe técnico que avala el " +
        "paso de las andas por la calle San Juan. «Hemos medido cada esquina. Cabemos», " +
        "insistió.",
      "El Arzobispado, en una nota remitida a este diario, señala que la decisión " +
        "corresponde a la Junta de Cofradías y que el arzobispo «escuchará a todas las " +
        "partes» antes de Cuaresma.",
      "El presidente de la Junta de Cofradías, Manuel Soto Piñero, pidió calma: «Hay doce " +
        "hermandades y un solo centro histórico. Lo que se conceda a una hay que estudiarlo " +
        "para todas».",
      "Los costaleros tienen otra preocupación. «Con las losas nuevas se resbala mucho, y " +
        "llevamos casi dos toneladas», explica un costalero de la hermandad, que prefiere no " +
        "dar su nombre.",
      "El cartel de este año, obra de la pintora pacense Lucía Soto, lleva por título " +
        "«Madre de la Alcazaba» y muestra a la Virgen a los pies de la muralla. «Quise " +
        "pintarla de noche, como la ve la gente desde la muralla», contó la autora, que no " +
        "guarda parentesco con el presidente de la Junta.",
    ],
    quotes: [
      ["No es un capricho", "Antonio José Gallardo Merino"],
      [
        "Es el recorrido que hicieron nuestros abuelos y el que la ciudad espera",
        "Antonio José Gallardo Merino",
      ],
      ["Hemos medido cada esquina. Cabemos", "Antonio José Gallardo Merino"],
      ["escuchará a todas las partes", "El Arzobispado"],
      [
        "Hay doce hermandades y un solo centro histórico. Lo que se conceda a una hay que " +
          "estudiarlo para todas",
        "Manuel Soto Piñero",
      ],
      [
        "Con las losas nuevas se resbala mucho, y llevamos casi dos toneladas",
        "un costalero de la hermandad",
      ],
      ["Quise pintarla de noche, como la ve la gente desde la muralla", "Lucía Soto"],
    ],
  },
  {
    name:
      "La Tribuna de Albacete, consumo: entradilla con cita parcial repetida en el cuerpo, " +
      "jubilada con «relata» invertido y cita sin verbo que la continúa, presidente de la " +
      "asociación con dos puntos, empresa en un comunicado con dos citas parciales, " +
      "concejala que comparte apellido con él y «la edil», vecino anónimo con dos puntos",
    headline: "Recibos del agua que se duplican tras el cambio de contadores en La Milagrosa",
    standfirst: "La Unión de Consumidores habla de «facturas imposibles» y ya suma 230 reclamaciones",
    paragraphs: [
      "Decenas de vecinos del barrio de La Milagrosa han presentado reclamaciones por " +
        "recibos del agua que, aseguran, han duplicado su importe desde que la empresa " +
        "concesionaria sustituyó los contadores el pasado otoño.",
      "«Vivo sola, no tengo jardín ni piscina, y me han cobrado 94 euros el trimestre», " +
        "relata Carmen Moreno Jiménez, jubilada de 71 años, con el recibo en la mano. «Antes " +
        "nunca pasaba de cuarenta».",
      "La Unión de Consumidores de Albacete ha recogido ya 230 reclamaciones y habla de " +
        "«facturas imposibles». Su presidente, Javier Tébar Navarro, sostiene que el problema " +
        "está en la lectura: «Los contadores nuevos se leen a distancia y en muchos casos el " +
        "sistema ha estimado consumos en lugar de leerlos».",
      "Aguas de Albacete niega ese extremo. En un comunicado, la empresa asegura que «todas " +
        "las lecturas son reales» y que los casos revisados responden a «fugas interiores no " +
        "detectadas por los usuarios».",
      "La concejala de Servicios Urbanos, Rosa María Tébar, anunció ayer que el " +
        "Ayuntamiento abrirá una oficina de atención en el centro sociocultural del barrio. " +
        "«Nadie va a pagar un euro que no haya consumido», prometió la edil.",
      "Tébar Navarro pidió además que se congelen los cobros mientras se revisan los " + "expedientes.",
      "Mientras tanto, en la cola de la oficina de la concesionaria, un vecino de la calle " +
        "Hellín resumía el sentir general: «Uno ya no sabe si abrir el grifo o no».",
    ],
    quotes: [
      ["facturas imposibles", "La Unión de Consumidores de Albacete"],
      [
        "Vivo sola, no tengo jardín ni piscina, y me han cobrado 94 euros el trimestre",
        "Carmen Moreno Jiménez",
      ],
      ["Antes nunca pasaba de cuarenta", "Carmen Moreno Jiménez"],
      [
        "Los contadores nuevos se leen a distancia y en muchos casos el sistema ha estimado " +
          "consumos en lugar de leerlos",
        "Javier Tébar Navarro",
      ],
      ["todas las lecturas son reales", "Aguas de Albacete"],
      ["fugas interiores no detectadas por los usuarios", "Aguas de Albacete"],
      ["Nadie va a pagar un euro que no haya consumido", "Rosa María Tébar"],
      ["Uno ya no sabe si abrir el grifo o no", "un vecino de la calle Hellín"],
    ],
  },
  {
    name:
      "AM de León, economía: titular con cita del fabricante nombrado en el cuerpo, cámara " +
      "con «de acuerdo con» y cita parcial, «el empresario» y cita sin verbo, presidente de " +
      "la cámara con cita parcial, secretaria estatal con dos puntos, pespuntador anónimo " +
      "con cita parcial",
    todo:
      "«incertidumbre comercial» not found; «dos o tres docenas a la semana, cuando antes …» goes " +
      "to Un pespuntador de la colonia El Coecillo, not un pespuntador de la colonia El Coecillo",
    headline: "“El arancel nos pegó primero, antes que a nadie”: cae 12% la exportación de calzado",
    paragraphs: [
      "Las exportaciones de calzado de León cayeron 12 por ciento en el primer semestre, de " +
        "acuerdo con cifras de la Cámara de la Industria del Calzado del Estado de Guanajuato " +
        "(CICEG), que atribuye la baja a la “incertidumbre comercial” con Estados Unidos.",
      "“El arancel nos pegó primero, antes que a nadie”, dijo Rogelio Aranda Villalpando, " +
        "dueño de una fábrica de botas en la colonia San Miguel que emplea a 140 " +
        "trabajadores.",
      "El empresario explicó que dos de sus clientes en Texas cancelaron los pedidos de " +
        "temporada. “Teníamos producción apartada hasta diciembre. Hoy tengo la mitad de las " +
        "máquinas paradas”.",
      "El presidente de la CICEG, Luis Gerardo Ortega, afirmó que el sector busca mercados " +
        "en Centroamérica y Canadá, y pidió al gobierno federal “un programa emergente de " +
        "financiamiento para las pymes”.",
      "Por su parte, la secretaria de Desarrollo Económico Sustentable del estado, Ana " +
        "Cristina Lozano Ruelas, dijo en entrevista con AM: “Ya tenemos una misión comercial " +
        "a Guatemala en noviembre. No vamos a dejar solos a los zapateros”.",
      "En los talleres la baja ya se siente. Un pespuntador de la colonia El Coecillo contó " +
        "que ahora cose “dos o tres docenas a la semana, cuando antes eran diez”.",
      "La cámara estima que la industria emplea a unos 90 mil trabajadores en el municipio.",
    ],
    quotes: [
      ["El arancel nos pegó primero, antes que a nadie", "Rogelio Aranda Villalpando"],
      ["incertidumbre comercial", "la Cámara de la Industria del Calzado del Estado de Guanajuato"],
      [
        "Teníamos producción apartada hasta diciembre. Hoy tengo la mitad de las máquinas " + "paradas",
        "Rogelio Aranda Villalpando",
      ],
      ["un programa emergente de financiamiento para las pymes", "Luis Gerardo Ortega"],
      [
        "Ya tenemos una misión comercial a Guatemala en noviembre. No vamos a dejar solos a " +
          "los zapateros",
        "Ana Cristina Lozano Ruelas",
      ],
      ["dos o tres docenas a la semana, cuando antes eran diez", "un pespuntador de la colonia El Coecillo"],
    ],
  },
  {
    name:
      "El Sol de Puebla, transporte: usuaria con «dijo» y cita partida por «añadió», " +
      "organismo en un comunicado con dos citas parciales, director con «según» y dos " +
      "puntos, «el funcionario», regidora con cita parcial, operador anónimo con cita sin " +
      "verbo",
    headline: "Usuarios de RUTA Línea 3 denuncian esperas de hasta 40 minutos",
    paragraphs: [
      "Usuarios de la Línea 3 de la Red Urbana de Transporte Articulado (RUTA) denunciaron " +
        "esperas de hasta 40 minutos en la estación Valsequillo durante las horas pico, luego " +
        "de que cinco unidades salieran de circulación por fallas mecánicas.",
      "“Uno sale a las seis de la mañana y ya no alcanza a llegar a tiempo al trabajo”, " +
        "dijo Marisol Huerta Cabrera, empleada de una maquiladora de la 11 Sur. “Llevamos dos " +
        "semanas así”, añadió, “y nadie da la cara”.",
      "Carreteras de Cuota Puebla, organismo que opera el sistema, informó en un comunicado " +
        "que las unidades están en “mantenimiento correctivo” y que regresarán al servicio “a " +
        "más tardar el próximo lunes”.",
      "Según el director de Operación del sistema, Fernando Ibarra Solís, las fallas se " +
        "concentran en los frenos de autobuses con más de diez años de uso: “Son unidades que " +
        "ya cumplieron su vida útil. Estamos pidiendo la renovación de la flota”.",
      "El funcionario reconoció que todavía no hay fecha para la llegada de los autobuses " + "nuevos.",
      "La regidora Itzel Romero, presidenta de la Comisión de Movilidad del Ayuntamiento de " +
        "Puebla, consideró que la situación “es responsabilidad del gobierno estatal” y pidió " +
        "transparentar el contrato de mantenimiento.",
      "En la terminal, un operador de la Línea 3, que pidió el anonimato, aseguró que los " +
        "choferes reportan las fallas desde marzo. “Nos dicen que aguantemos. Hasta que uno " +
        "se queda a media avenida”.",
    ],
    quotes: [
      [
        "Uno sale a las seis de la mañana y ya no alcanza a llegar a tiempo al trabajo",
        "Marisol Huerta Cabrera",
      ],
      ["Llevamos dos semanas así", "Marisol Huerta Cabrera"],
      ["y nadie da la cara", "Marisol Huerta Cabrera"],
      ["mantenimiento correctivo", "Carreteras de Cuota Puebla"],
      ["a más tardar el próximo lunes", "Carreteras de Cuota Puebla"],
      [
        "Son unidades que ya cumplieron su vida útil. Estamos pidiendo la renovación de la " + "flota",
        "Fernando Ibarra Solís",
      ],
      ["es responsabilidad del gobierno estatal", "Itzel Romero"],
      ["Nos dicen que aguantemos. Hasta que uno se queda a media avenida", "un operador de la Línea 3"],
    ],
  },
  {
    name:
      "Diario Extra, sucesos: titular con cita del pulpero repetida en el cuerpo, «don» " +
      "antes del nombre, «el comerciante», vocero del OIJ con cita parcial, vecina anónima " +
      "con dos puntos, hijo con el mismo apellido, Fuerza Pública en un comunicado, cita " +
      "final con «aseguró» que vuelve al pulpero",
    todo:
      "«Yo oí los gritos de don Álvaro y salí con la …» goes to Una vecina, not una vecina; «Mañana " +
      "abro como siempre» goes to La Fuerza Pública, not Álvaro Solano Mora",
    headline: "Pulpero enfrentó a asaltantes: “Yo no les iba a dar la plata de mis hijos”",
    paragraphs: [
      "Un pulpero de 52 años resultó con una herida de arma blanca en el brazo la noche del " +
        "martes, cuando dos sujetos intentaron asaltarlo en su negocio en San Rafael Abajo de " +
        "Desamparados.",
      "Don Álvaro Solano Mora, dueño de la pulpería La Esquina, contó a Diario Extra que " +
        "los hombres entraron poco antes de las 9 p.m. “Uno me puso el cuchillo aquí en el " +
        "pecho y me pidió todo”, recordó.",
      "“Yo no les iba a dar la plata de mis hijos”, dijo el comerciante, quien forcejeó con " +
        "uno de los sospechosos hasta que los vecinos salieron a ayudarlo.",
      "Según el Organismo de Investigación Judicial (OIJ), uno de los hombres, de apellido " +
        "Brenes, fue detenido minutos después a 300 metros del lugar. El otro escapó en una " +
        "motocicleta. Guillermo Chaves, vocero del OIJ, indicó que el detenido “tiene al " +
        "menos tres causas abiertas por robo agravado” en la zona.",
      "Una vecina que vio todo desde su casa fue la primera en llamar al 9-1-1: “Yo oí los " +
        "gritos de don Álvaro y salí con la escoba, qué iba a hacer”.",
      "El hijo del pulpero, Daniel Solano, pidió más patrullaje: “Aquí la Fuerza Pública " +
        "pasa una vez a la semana, si acaso”.",
      "La Fuerza Pública, por su parte, aseguró en un comunicado que en el sector se " +
        "realizan “operativos constantes” y que reforzará la presencia policial en los " +
        "próximos días.",
      "El pulpero fue atendido en la Clínica Marcial Fallas y ya se recupera en su casa. " +
        "“Mañana abro como siempre”, aseguró.",
    ],
    quotes: [
      ["Yo no les iba a dar la plata de mis hijos", "Álvaro Solano Mora"],
      ["Uno me puso el cuchillo aquí en el pecho y me pidió todo", "Álvaro Solano Mora"],
      ["tiene al menos tres causas abiertas por robo agravado", "Guillermo Chaves"],
      ["Yo oí los gritos de don Álvaro y salí con la escoba, qué iba a hacer", "una vecina"],
      ["Aquí la Fuerza Pública pasa una vez a la semana, si acaso", "Daniel Solano"],
      ["operativos constantes", "La Fuerza Pública"],
      ["Mañana abro como siempre", "Álvaro Solano Mora"],
    ],
  },
  {
    name:
      "Diario Norte, campo: productor con «explicó» y segunda cita sin verbo, INTA en un " +
      "informe técnico con cita parcial, agrónomo con el mismo apellido y dos puntos, " +
      "ministro con cita parcial, dirigente con «advirtió el dirigente», apodo del algodón " +
      "(no cita)",
    headline: "Algodón: el picudo avanza y los productores del sudoeste chaqueño piden ayuda",
    paragraphs: [
      "Productores algodoneros del sudoeste chaqueño advirtieron que la plaga del picudo ya " +
        "afecta a más del 30 por ciento de los lotes sembrados en la zona de Charata, Las " +
        "Breñas y General Pinedo.",
      "“Este año el picudo llegó un mes antes y con una fuerza que no habíamos visto”, " +
        "explicó Néstor Fabián Kowalczuk, productor de Las Breñas con 400 hectáreas de " +
        "algodón. “Si no hacemos algo ahora, en marzo no cosechamos nada”.",
      "El INTA Las Breñas confirmó en un informe técnico que las capturas en trampas de " +
        "feromonas “triplican los valores de la campaña anterior” y recomendó la destrucción " +
        "inmediata de los rastrojos.",
      "El ingeniero agrónomo Martín Kowalczuk, hijo de Néstor y técnico de la cooperativa " +
        "local, fue más allá: “El problema no es solo el insecto. Hay vecinos que no " +
        "destruyen los rastrojos y así no hay control que alcance”.",
      "Desde el Ministerio de la Producción provincial informaron que se distribuirán " +
        "insecticidas entre los pequeños productores. El ministro, Sergio Daniel Benítez, " +
        "sostuvo que la plaga es “un problema regional que el Chaco no puede resolver solo”.",
      "El presidente de la Federación de Cooperativas Agrícolas, Hugo Ramírez, reclamó un " +
        "fondo de emergencia. “Con el precio de la fibra como está, el productor chico no " +
        "aguanta otra mala campaña”, advirtió el dirigente.",
      "El algodón, el “oro blanco” que hizo grande al Chaco, ocupa hoy menos de la mitad de " +
        "la superficie que cubría en los años noventa.",
    ],
    quotes: [
      [
        "Este año el picudo llegó un mes antes y con una fuerza que no habíamos visto",
        "Néstor Fabián Kowalczuk",
      ],
      ["Si no hacemos algo ahora, en marzo no cosechamos nada", "Néstor Fabián Kowalczuk"],
      ["triplican los valores de la campaña anterior", "El INTA Las Breñas"],
      [
        "El problema no es solo el insecto. Hay vecinos que no destruyen los rastrojos y así " +
          "no hay control que alcance",
        "Martín Kowalczuk",
      ],
      ["un problema regional que el Chaco no puede resolver solo", "Sergio Daniel Benítez"],
      [
        "Con el precio de la fibra como está, el productor chico no aguanta otra mala campaña",
        "Hugo Ramírez",
      ],
    ],
  },
  {
    name:
      "La Mañana de Neuquén, salud: copete con cita parcial de la directora repetida en el " +
      "cuerpo, cita con «aclaró», boletín epidemiológico con «según», madre con dos puntos, " +
      "ministro con «afirmó» invertido y cita parcial, gremio con cita parcial, enfermero " +
      "anónimo",
    todo: "«Fue una noche de guerra» goes to Un enfermero de la guardia, not un enfermero de la guardia",
    headline: "Guardia colapsada en el Castro Rendón por los cuadros respiratorios",
    standfirst:
      "Hubo esperas de hasta seis horas. Desde el hospital piden “consultar primero en los " +
      "centros de salud”.",
    paragraphs: [
      "La guardia del hospital Castro Rendón atendió el lunes más de 600 consultas, el " +
        "doble de un día habitual de invierno, por el aumento de los cuadros respiratorios, " +
        "en especial bronquiolitis en bebés y gripe en adultos mayores.",
      "La directora del hospital, Mariela Inés Pacheco, pidió a la población “consultar " +
        "primero en los centros de salud” y dejar la guardia para las urgencias. “No estamos " +
        "diciendo que no vengan. Estamos diciendo que la guardia es para el que no puede " +
        "esperar”, aclaró.",
      "Según el Boletín Epidemiológico provincial, los casos de enfermedad tipo influenza " +
        "“superan el umbral de alerta” desde hace tres semanas.",
      "En la sala de espera, Yanina Sepúlveda llevaba cinco horas con su hijo de ocho meses " +
        "en brazos: “Tiene fiebre desde ayer y respira mal. En la salita del barrio no había " +
        "pediatra”.",
      "“Estamos reforzando con doce médicos más los centros de salud del oeste”, afirmó el " +
        "ministro de Salud, Guillermo Rivas Aguilar, quien reconoció que “el pico todavía no " +
        "llegó”.",
      "La Asociación Trabajadores del Estado (ATE), en cambio, sostuvo que la saturación es " +
        "“consecuencia de años de falta de personal” y convocó a una asamblea para el jueves.",
      "Un enfermero de la guardia, que pidió no ser identificado, resumió la jornada: “Fue " +
        "una noche de guerra”.",
    ],
    quotes: [
      ["consultar primero en los centros de salud", "Mariela Inés Pacheco"],
      [
        "No estamos diciendo que no vengan. Estamos diciendo que la guardia es para el que no " +
          "puede esperar",
        "Mariela Inés Pacheco",
      ],
      ["superan el umbral de alerta", "el Boletín Epidemiológico provincial"],
      [
        "Tiene fiebre desde ayer y respira mal. En la salita del barrio no había pediatra",
        "Yanina Sepúlveda",
      ],
      ["Estamos reforzando con doce médicos más los centros de salud del oeste", "Guillermo Rivas Aguilar"],
      ["el pico todavía no llegó", "Guillermo Rivas Aguilar"],
      ["consecuencia de años de falta de personal", "La Asociación Trabajadores del Estado"],
      ["Fue una noche de guerra", "un enfermero de la guardia"],
    ],
  },
  {
    name:
      "El Meridiano, desastres (rayas de diálogo): alcalde con cita parcial, UNGRD con cita " +
      "parcial, damnificada presentada en un párrafo y que habla en rayas partidas por " +
      "«contó», sobrino con el mismo apellido en rayas, director de la CVS con dos puntos, " +
      "pescador anónimo con «dijo»",
    headline: "Creciente del Sinú deja 1.200 familias damnificadas en Lorica",
    paragraphs: [
      "Más de 1.200 familias de la zona rural de Santa Cruz de Lorica resultaron " +
        "damnificadas por la creciente del río Sinú, que desde el fin de semana inundó " +
        "veredas enteras del bajo Sinú.",
      "El alcalde de Lorica, Jorge Eliécer Doria Espitia, declaró la calamidad pública y " +
        "dijo que el municipio “no tiene cómo atender solo esta emergencia”.",
      "La Unidad Nacional para la Gestión del Riesgo de Desastres (UNGRD) informó que " +
        "enviará ayudas humanitarias y que los niveles del río “seguirán altos al menos hasta " +
        "el jueves”.",
      "En la vereda Cotocá Arriba, EL MERIDIANO habló con Ana Dolores Hoyos, de 63 años, " +
        "que tuvo que subir sus gallinas al techo de la casa.",
      "—El agua llegó de noche, en media hora ya nos daba a la cintura —contó—. Lo que no " +
        "se llevó el río se lo llevó el barro.",
      "—¿Y ahora qué? —se preguntó su sobrino, Rafael Hoyos—. Aquí todo el mundo vive del " +
        "arroz y el arroz se perdió.",
      "La Corporación Autónoma Regional de los Valles del Sinú y del San Jorge (CVS) " +
        "atribuyó la creciente a las lluvias en el Alto Sinú. Su director, Camilo Andrés " +
        "Berrío, aseguró: “Urrá está operando dentro de los protocolos. No es cierto que " +
        "hayan abierto las compuertas sin aviso”.",
      "“A nosotros nadie nos avisó nada”, dijo un pescador de la ciénaga Grande de Lorica " +
        "desde su canoa.",
    ],
    quotes: [
      ["no tiene cómo atender solo esta emergencia", "Jorge Eliécer Doria Espitia"],
      [
        "seguirán altos al menos hasta el jueves",
        "La Unidad Nacional para la Gestión del Riesgo de Desastres",
      ],
      ["El agua llegó de noche, en media hora ya nos daba a la cintura", "Ana Dolores Hoyos"],
      ["Lo que no se llevó el río se lo llevó el barro.", "Ana Dolores Hoyos"],
      ["¿Y ahora qué?", "Rafael Hoyos"],
      ["Aquí todo el mundo vive del arroz y el arroz se perdió.", "Rafael Hoyos"],
      [
        "Urrá está operando dentro de los protocolos. No es cierto que hayan abierto las " +
          "compuertas sin aviso",
        "Camilo Andrés Berrío",
      ],
      ["A nosotros nadie nos avisó nada", "un pescador de la ciénaga Grande de Lorica"],
    ],
  },
  {
    name:
      "La Industria, judiciales: sentencia con «según» y cita parcial, fiscal con cita " +
      "parcial y luego «afirmó», abogado con dos puntos, exalcalde y hermano con el mismo " +
      "apellido, absuelto con «declaró», dirigenta vecinal con «para» y dos puntos",
    headline: "Condenan a exalcalde de Víctor Larco por colusión en obra de pistas",
    paragraphs: [
      "El Juzgado Penal Colegiado de la Corte Superior de Justicia de La Libertad condenó a " +
        "seis años de prisión efectiva al exalcalde del distrito de Víctor Larco Herrera, " +
        "Walter Enrique Castañeda Ruiz, por el delito de colusión agravada en una obra de " +
        "pistas y veredas ejecutada en 2021.",
      "Según la sentencia, el exburgomaestre “concertó con los representantes del " +
        "consorcio” para direccionar la licitación, que se adjudicó por S/ 4,3 millones.",
      "El fiscal anticorrupción Miguel Ángel Vásquez sostuvo durante el juicio que las " +
        "pistas “empezaron a rajarse a los cuatro meses”. “No estamos ante un error " +
        "administrativo, sino ante un acuerdo para repartirse el dinero público”, afirmó en " +
        "sus alegatos finales.",
      "La defensa anunció que apelará. Su abogado, Julio César Mendoza, dijo a La " +
        "Industria: “La sala ha valorado pericias que nunca fueron sometidas a contradicción. " +
        "Vamos a llegar a la Corte Suprema si es necesario”.",
      "Castañeda Ruiz, que siguió la lectura de forma virtual desde el penal El Milagro, no " +
        "hizo declaraciones.",
      "El colegiado absolvió, en cambio, al entonces gerente municipal, Óscar Castañeda " +
        "Vela, hermano del exalcalde, por insuficiencia de pruebas. “Siempre dije que era " +
        "inocente y hoy la justicia me da la razón”, declaró a la salida de la sede judicial.",
      "Para Gladys Rebaza, presidenta de la junta vecinal de la urbanización Buenos Aires " +
        "Sur, la condena llega tarde: “Está bien que paguen, pero las pistas siguen rotas y " +
        "nadie las va a arreglar”.",
    ],
    quotes: [
      ["concertó con los representantes del consorcio", "la sentencia"],
      ["empezaron a rajarse a los cuatro meses", "Miguel Ángel Vásquez"],
      [
        "No estamos ante un error administrativo, sino ante un acuerdo para repartirse el " +
          "dinero público",
        "Miguel Ángel Vásquez",
      ],
      [
        "La sala ha valorado pericias que nunca fueron sometidas a contradicción. Vamos a " +
          "llegar a la Corte Suprema si es necesario",
        "Julio César Mendoza",
      ],
      ["Siempre dije que era inocente y hoy la justicia me da la razón", "Óscar Castañeda Vela"],
      ["Está bien que paguen, pero las pistas siguen rotas y nadie las va a arreglar", "Gladys Rebaza"],
    ],
  },
  {
    name:
      "Adelante, deportes: jonronero con «declaró» retomado por el apellido y segunda cita " +
      "sin verbo, director con el mismo apellido y dos puntos, «el mentor», lanzador con " +
      "cita parcial, comisionado con «según el directivo», aficionada con «dijo " +
      "emocionada», apodo del equipo (no cita)",
    headline: "Toros ganan la subserie particular a Industriales en el Cándido González",
    paragraphs: [
      "Los Toros de Camagüey se impusieron 2-1 en la subserie particular ante Industriales, " +
        "luego de ganar este domingo 6x3 en el estadio Cándido González, con jonrón de tres " +
        "carreras del inicialista Yordanis Betancourt Agüero en el séptimo capítulo.",
      "“Salí a buscar la recta, porque sabía que me la iba a tirar”, declaró Betancourt a " +
        "la prensa tras el encuentro. “El equipo necesitaba esa victoria, y la afición " +
        "también”.",
      "El director del conjunto agramontino, Ismael Betancourt, valoró el trabajo del " +
        "cuerpo de lanzadores: “Nadie le quita el mérito a los abridores, pero el bullpen fue " +
        "el que sostuvo la subserie”.",
      "El mentor adelantó que el zurdo Frank Leyva Díaz abrirá el martes ante Las Tunas. " +
        "Leyva, por su parte, aseguró que llega “en su mejor momento” tras recuperarse de una " +
        "molestia en el hombro.",
      "El comisionado provincial de béisbol, Reinaldo Agramonte, destacó la asistencia de " +
        "más de 8 000 aficionados. Según el directivo, el estadio vivió “un ambiente de play " +
        "off”.",
      "“Yo vengo al estadio desde la época de los Ganaderos. Esto es lo mejor que he visto " +
        "en años”, dijo emocionada Mercedes Olazábal, de 70 años, vecina del reparto La " +
        "Vigía.",
      "Con este resultado, el equipo que la afición llama “la tropa de Ismael” se ubica " +
        "tercero en la tabla de posiciones.",
    ],
    quotes: [
      ["Salí a buscar la recta, porque sabía que me la iba a tirar", "Yordanis Betancourt Agüero"],
      ["El equipo necesitaba esa victoria, y la afición también", "Yordanis Betancourt Agüero"],
      [
        "Nadie le quita el mérito a los abridores, pero el bullpen fue el que sostuvo la " + "subserie",
        "Ismael Betancourt",
      ],
      ["en su mejor momento", "Frank Leyva Díaz"],
      ["un ambiente de play off", "Reinaldo Agramonte"],
      [
        "Yo vengo al estadio desde la época de los Ganaderos. Esto es lo mejor que he visto " + "en años",
        "Mercedes Olazábal",
      ],
    ],
  },
]);
