// A thirty-second round of composed Spanish news articles, in the styles of outlets and beats the first
// thirty-one rounds did not use: Diario de Valladolid (1,200 social homes on the old Renfe workshops voted
// in Valladolid's council), El Día de Córdoba (a former olive-mill manager in Baena sentenced for
// misappropriation), Valora Analitik (a cement maker's quarterly results, Colombia, straight quotation
// marks), Noticias de Álava (a last-second Baskonia win over Olympiacos in the Euroliga), El Heraldo de
// Aguascalientes (unseen Posada workshop proofs shown at his museum, México), La Estrella de Arica (arsenic
// in the hair of Chinchorro mummies, Chile), El Eco de Tandil (the public hospital opens a cardiac cath
// lab, Argentina), La Voz del Sur (driver shortages delay the Bahía de Cádiz tram), El Mañana (a couple
// arrested for burgling homes in Nuevo Laredo, México, straight quotation marks) and Misiones Online (a
// historic low flow at the Iguazú falls, Argentina).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Diario de Valladolid, política: subtítulo con cita parcial del alcalde descrito allí y " +
      "nombrado solo en el cuerpo y repetida en él, cita con «proclamó» invertido y segunda con " +
      "«añadió» sin sujeto, dos mujeres en un párrafo con «le reprochó Herrero» y «calificó … de» " +
      "con cita parcial, informe de la Secretaría General con «advierte de que» y cita parcial, " +
      "concejal con dos puntos, nombre de la operación y comillas de ironía (no citas)",
    headline: "Luz verde a las 1.200 viviendas protegidas en los antiguos talleres de Renfe",
    standfirst:
      "El alcalde promete las primeras llaves «antes de que acabe 2029» pese a las dudas de una " +
      "oposición que se abstiene",
    paragraphs: [
      "El Pleno del Ayuntamiento de Valladolid aprobó ayer de forma inicial la modificación del " +
        "Plan General que permitirá levantar 1.200 viviendas protegidas en los terrenos de los " +
        "antiguos talleres de Renfe, con los votos a favor de PP y Vox y la abstención de PSOE y " +
        "Valladolid Toma la Palabra (VTLP).",
      "«Es la mayor operación de vivienda pública de la historia de la ciudad», proclamó el " +
        "alcalde, Jesús Rodríguez Manzano, que fijó la entrega de las primeras llaves «antes de que " +
        "acabe 2029». «No vamos a esperar a que termine el soterramiento para empezar a construir», " +
        "añadió.",
      "La portavoz socialista, Lucía Herrero Gil, y la concejala de VTLP Marta Sanz Cuesta " +
        "coincidieron en reclamar más alquiler social. «Si la mitad se vende a precio tasado, esto no " +
        "es vivienda pública, es vivienda para quien pueda pagarla», le reprochó Herrero al regidor, " +
        "mientras que Sanz calificó el proyecto de «un buen titular con letra pequeña».",
      "El informe de la Secretaría General, incorporado al expediente, advierte de que la cesión de " +
        "los suelos por parte de Adif «no está todavía formalizada en escritura pública» y recomienda " +
        "no licitar las obras hasta que lo esté.",
      "El concejal de Urbanismo y Vivienda, Ignacio Martín Berzosa, restó importancia a ese " +
        "extremo: «Adif firmó el convenio en 2024. Lo de la escritura es cuestión de semanas, no de " +
        "años».",
      "La operación, bautizada por el equipo de Gobierno como «Nuevo Norte», incluye además un " +
        "parque de 40.000 metros cuadrados junto a la antigua nave de locomotoras, en un barrio, " +
        "Delicias, que lleva décadas partido en dos por la «cicatriz» de las vías.",
    ],
    quotes: [
      ["antes de que acabe 2029", "Jesús Rodríguez Manzano"],
      ["Es la mayor operación de vivienda pública de la historia de la ciudad", "Jesús Rodríguez Manzano"],
      [
        "No vamos a esperar a que termine el soterramiento para empezar a construir",
        "Jesús Rodríguez Manzano",
      ],
      [
        "Si la mitad se vende a precio tasado, esto no es vivienda pública, es vivienda para quien " +
          "pueda pagarla",
        "Lucía Herrero Gil",
      ],
      ["un buen titular con letra pequeña", "Marta Sanz Cuesta"],
      ["no está todavía formalizada en escritura pública", "El informe de la Secretaría General"],
      [
        "Adif firmó el convenio en 2024. Lo de la escritura es cuestión de semanas, no de años",
        "Ignacio Martín Berzosa",
      ],
    ],
  },
  {
    name:
      "El Día de Córdoba, tribunales: «Según la sentencia» con dos citas parciales, término " +
      "atribuido a la acusada («sostuvo que el dinero eran») y sentencia con dos puntos, testigo " +
      "que reproduce las palabras de la acusada con dos puntos, presidente con cita que sigue en el " +
      "párrafo siguiente y «concluyó Cano», abogado con «anunció su abogado» invertido, apodo del " +
      "caso (no cita)",
    todo: "«Tranquilo, que el dinero está en el banco» goes to la gerente, not Encarnación Ruiz Priego",
    headline: "Cuatro años de cárcel para la exgerente de una almazara de Baena que desvió 612.000 euros",
    paragraphs: [
      "La Sección Tercera de la Audiencia Provincial de Córdoba ha condenado a cuatro años de " +
        "prisión a Encarnación Ruiz Priego, exgerente de la cooperativa olivarera Nuestra Señora de " +
        "Guadalupe de Baena, por un delito continuado de apropiación indebida en la causa que en el " +
        "pueblo se conoce como el «caso Guadalupe».",
      "Según la sentencia, notificada este martes, la acusada «se valió de la confianza ciega que " +
        "el consejo rector depositaba en ella» y ocultó las transferencias con facturas de una " +
        "empresa de transportes «que nunca prestó servicio alguno».",
      "Durante el juicio, celebrado en noviembre, Ruiz sostuvo que el dinero eran «anticipos» " +
        "autorizados de palabra por el anterior presidente, ya fallecido. La sentencia es tajante: " +
        "«Ningún testigo ha corroborado la existencia de tales autorizaciones, y la propia acusada no " +
        "supo explicar por qué no constan en acta».",
      "Uno de los socios que declaró como testigo recordó en la vista que, cuando preguntó por el " +
        "retraso de las liquidaciones, la gerente le respondió: «Tranquilo, que el dinero está en el " +
        "banco».",
      "El actual presidente de la cooperativa, Antonio Jesús Cano, celebró la condena, aunque " +
        "lamentó que el dinero no haya aparecido. «Hay socios de ochenta años que han perdido la " +
        "liquidación de dos campañas enteras. Esto ha sido un mazazo para un pueblo que vive del " +
        "aceite.",
      "«Ahora lo que queremos es que se embarguen sus bienes y que cada socio recupere lo que es " +
        "suyo. Eso es lo único que nos importa», concluyó Cano.",
      "«Vamos a recurrir ante el Tribunal Superior de Justicia de Andalucía, porque se ha condenado " +
        "sin una sola pericial independiente», anunció su abogado, Rafael Moreno Lucena.",
    ],
    quotes: [
      ["se valió de la confianza ciega que el consejo rector depositaba en ella", "la sentencia"],
      ["que nunca prestó servicio alguno", "la sentencia"],
      ["anticipos", "Encarnación Ruiz Priego"],
      [
        "Ningún testigo ha corroborado la existencia de tales autorizaciones, y la propia acusada no " +
          "supo explicar por qué no constan en acta",
        "la sentencia",
      ],
      ["Tranquilo, que el dinero está en el banco", "Encarnación Ruiz Priego"],
      [
        "Hay socios de ochenta años que han perdido la liquidación de dos campañas enteras. Esto ha " +
          "sido un mazazo para un pueblo que vive del aceite.",
        "Antonio Jesús Cano",
      ],
      [
        "Ahora lo que queremos es que se embarguen sus bienes y que cada socio recupere lo que es " +
          "suyo. Eso es lo único que nos importa",
        "Antonio Jesús Cano",
      ],
      [
        "Vamos a recurrir ante el Tribunal Superior de Justicia de Andalucía, porque se ha condenado " +
          "sin una sola pericial independiente",
        "Rafael Moreno Lucena",
      ],
    ],
  },
  {
    name:
      "Valora Analitik, negocios (comillas rectas): titular con cita del presidente nombrado solo " +
      "en el cuerpo y repetida en él con «afirmó el ejecutivo» y segunda cita sin verbo, nombre de " +
      "un plan (no cita), empresa en un documento con «señaló que» y cita parcial, dos mujeres en " +
      "un párrafo con cita parcial tras «los resultados» y dos puntos, fuente anónima de la " +
      "compañía con «dijo»",
    todo: "«se ubicó en 27,4 %, el más alto desde 2019» goes to la cementera, not Cementos Orión",
    headline: '"Lo peor ya pasó": Cementos Orión eleva 34 % su utilidad en el tercer trimestre',
    paragraphs: [
      "Cementos Orión reportó una utilidad neta de 186.000 millones de pesos en el tercer trimestre " +
        "de 2026, 34 % más que en el mismo periodo del año anterior, impulsada por la reactivación de " +
        "la vivienda de interés social y las obras de las vías 5G.",
      "En la conferencia con inversionistas, el presidente de la compañía, Santiago Restrepo Uribe, " +
        'aseguró que el ciclo bajista de la construcción quedó atrás. "Lo peor ya pasó", afirmó el ' +
        'ejecutivo. "Los despachos de cemento crecieron por tercer trimestre consecutivo y los ' +
        'inventarios de vivienda nueva están bajando".',
      'Restrepo anticipó que la empresa retomará el plan de inversión "Horizonte 2030", congelado ' +
        "en 2024, que contempla una nueva línea de molienda en Sogamoso (Boyacá).",
      "En la información relevante remitida a la Superintendencia Financiera, la cementera señaló " +
        'que el margen ebitda "se ubicó en 27,4 %, el más alto desde 2019" y que la deuda neta bajó a ' +
        "2,1 veces el ebitda.",
      "Para Daniela Rincón, analista de renta variable de Credicorp Capital, los resultados " +
        '"superaron con holgura el consenso del mercado". Su colega de Davivienda Corredores, Paula ' +
        'Andrea Gómez, fue más cauta: "El precio del gas sigue siendo el gran riesgo para el margen ' +
        'en 2027".',
      '"No vamos a repartir un dividendo extraordinario este año; la prioridad es Sogamoso", dijo ' +
        "una fuente de la compañía que pidió no ser citada.",
      "La acción de Orión cerró este viernes en 14.280 pesos en la Bolsa de Valores de Colombia " +
        "(BVC), con un alza de 3,8 %.",
    ],
    quotes: [
      ["Lo peor ya pasó", "Santiago Restrepo Uribe"],
      [
        "Los despachos de cemento crecieron por tercer trimestre consecutivo y los inventarios de " +
          "vivienda nueva están bajando",
        "Santiago Restrepo Uribe",
      ],
      ["se ubicó en 27,4 %, el más alto desde 2019", "Cementos Orión"],
      ["superaron con holgura el consenso del mercado", "Daniela Rincón"],
      ["El precio del gas sigue siendo el gran riesgo para el margen en 2027", "Paula Andrea Gómez"],
      [
        "No vamos a repartir un dividendo extraordinario este año; la prioridad es Sogamoso",
        "una fuente de la compañía",
      ],
    ],
  },
  {
    name:
      "Noticias de Álava, baloncesto: subtítulo con cita del técnico descrito allí y nombrado solo " +
      "en el cuerpo, repetida en él en una cita partida por «explicó en la sala de prensa», alero " +
      "con «bromeó el alero lituano» y segunda cita tras «reconoció» con dos puntos, capitán con " +
      "cita sin verbo, técnico rival con «lamentó el griego», lema de una pancarta (no cita), club " +
      "con «informó de que» y cita parcial",
    headline: "El Baskonia tumba al Olympiacos en un final de infarto (81-79)",
    standfirst:
      "«Esta victoria vale más que dos puntos», resume el técnico azulgrana tras cortar una racha " +
      "de cuatro derrotas",
    paragraphs: [
      "El Baskonia cortó anoche en el Fernando Buesa Arena una racha de cuatro derrotas " +
        "consecutivas en la Euroliga con un triunfo agónico ante el Olympiacos (81-79), decidido por " +
        "un triple de Rokas Jankauskas a falta de 1,2 segundos.",
      "«Lo he tirado mil veces en los entrenamientos; esta vez ha entrado el bueno», bromeó el " +
        "alero lituano, de 24 años, que terminó con 19 puntos. Preguntado por la jugada, reconoció " +
        "que no estaba diseñada para él: «La pizarra decía Etxeberria, pero lo tenían tapado y me la " +
        "dio a mí».",
      "Jon Ander Etxeberria, el capitán, asumió sin problemas el papel de secundario. «A mí me da " +
        "igual quién la meta. Hoy necesitábamos ganar por la gente, que lleva semanas sufriendo con " +
        "nosotros».",
      "El entrenador gasteiztarra Iñaki Garmendia, muy cuestionado tras la derrota en Belgrado, " +
        "evitó hablar de su continuidad. «Esta victoria vale más que dos puntos», explicó en la sala " +
        "de prensa, «porque el equipo ha demostrado que sigue creyendo en lo que hacemos».",
      "En el otro banquillo, Giorgos Vassilakis no escondió su enfado. «Hemos cometido errores de " +
        "equipo junior en los dos últimos minutos», lamentó el griego, que también protestó una falta " +
        "en ataque señalada a su pívot.",
      "La afición, que había recibido al equipo con una pancarta con el lema «Hasta el final, " +
        "siempre», despidió a los jugadores con una larga ovación. El Baskonia informó después del " +
        "partido de que Etxeberria sufre «una sobrecarga en el gemelo derecho» y es duda para el " +
        "viaje a Estambul.",
    ],
    quotes: [
      ["Esta victoria vale más que dos puntos", "Iñaki Garmendia"],
      ["Lo he tirado mil veces en los entrenamientos; esta vez ha entrado el bueno", "Rokas Jankauskas"],
      ["La pizarra decía Etxeberria, pero lo tenían tapado y me la dio a mí", "Rokas Jankauskas"],
      [
        "A mí me da igual quién la meta. Hoy necesitábamos ganar por la gente, que lleva semanas " +
          "sufriendo con nosotros",
        "Jon Ander Etxeberria",
      ],
      ["porque el equipo ha demostrado que sigue creyendo en lo que hacemos", "Iñaki Garmendia"],
      ["Hemos cometido errores de equipo junior en los dos últimos minutos", "Giorgos Vassilakis"],
      ["una sobrecarga en el gemelo derecho", "El Baskonia"],
    ],
  },
  {
    name:
      "El Heraldo de Aguascalientes, cultura: título de una exposición y de un grabado (no citas), " +
      "curadora con «detalló la investigadora», dos hombres en un párrafo con «expresó Macías» y " +
      "«pidió que» con cita parcial del coleccionista, «De acuerdo con un comunicado» con cita " +
      "parcial, estudiante anónima con «comentó», «reconoció» sin sujeto",
    todo:
      "«forma parte de las actividades rumbo a la Fer…» goes to Instituto Cultural de Aguascalientes, " +
      "not un comunicado del ICA",
    headline: "Muestran por primera vez grabados inéditos de Posada en el museo que lleva su nombre",
    paragraphs: [
      "El Museo José Guadalupe Posada inauguró este jueves la exposición “Posada íntimo. Grabados " +
        "de taller”, que reúne 74 planchas y estampas del grabador hidrocálido, 31 de ellas nunca " +
        "antes exhibidas al público.",
      "La curadora, Itzel Romo Esparza, explicó que las piezas provienen del archivo de la imprenta " +
        "de Antonio Vanegas Arroyo y fueron adquiridas en 2024 a una familia de Puebla. “Son pruebas " +
        "de taller, con las correcciones a lápiz del propio Posada; aquí se puede ver cómo pensaba”, " +
        "detalló la investigadora.",
      "Entre las piezas destaca una versión temprana de “La Calavera Garbancera”, la figura que " +
        "Diego Rivera rebautizaría décadas después como la Catrina, con un sombrero distinto al de la " +
        "estampa conocida.",
      "El director general del Instituto Cultural de Aguascalientes (ICA), Fernando Macías Delgado, " +
        "y el coleccionista Rubén Alvarado Luévano, quien prestó doce estampas, recorrieron la sala " +
        "durante la inauguración. “Posada se fue de Aguascalientes muy joven y durante un siglo lo " +
        "vimos de lejos; hoy regresa a casa”, expresó Macías, mientras que el coleccionista pidió que " +
        "el estado “no deje salir ni una plancha más”.",
      "De acuerdo con un comunicado del ICA, la muestra “forma parte de las actividades rumbo a la " +
        "Feria Nacional de San Marcos 2027” y permanecerá abierta hasta el 30 de abril.",
      "“Yo solo conocía la Catrina de las tazas y los disfraces. No sabía que detrás había un " +
        "periodista de nota roja”, comentó una estudiante de artes visuales de la UAA que acudió con " +
        "su grupo.",
      "Romo Esparza adelantó que el museo prepara un catálogo razonado de toda la colección. “Nos " +
        "va a tomar al menos dos años”, reconoció.",
    ],
    quotes: [
      [
        "Son pruebas de taller, con las correcciones a lápiz del propio Posada; aquí se puede ver " +
          "cómo pensaba",
        "Itzel Romo Esparza",
      ],
      [
        "Posada se fue de Aguascalientes muy joven y durante un siglo lo vimos de lejos; hoy regresa " +
          "a casa",
        "Fernando Macías Delgado",
      ],
      ["no deje salir ni una plancha más", "Rubén Alvarado Luévano"],
      [
        "forma parte de las actividades rumbo a la Feria Nacional de San Marcos 2027",
        "un comunicado del ICA",
      ],
      [
        "Yo solo conocía la Catrina de las tazas y los disfraces. No sabía que detrás había un " +
          "periodista de nota roja",
        "una estudiante de artes visuales de la UAA",
      ],
      ["Nos va a tomar al menos dos años", "Itzel Romo Esparza"],
    ],
  },
  {
    name:
      "La Estrella de Arica, ciencia: bajada con cita de la investigadora descrita allí y nombrada " +
      "solo en el cuerpo y repetida en él con «resume la investigadora» y segunda cita sin verbo, " +
      "título de una revista y apodo de una momia (no citas), «Según el estudio» con cita parcial, " +
      "dos mujeres en un párrafo con «planteó Alarcón» y «recordó que» con cita parcial, «adelantó " +
      "Mamani»",
    headline: "Estudio de la UTA revela que los chinchorro vivían expuestos al arsénico desde la cuna",
    standfirst: "“Convivían con un veneno invisible”, dice la bioantropóloga que dirigió la investigación",
    paragraphs: [
      "Un equipo del Instituto de Alta Investigación de la Universidad de Tarapacá (UTA) analizó el " +
        "cabello de 46 momias de la cultura Chinchorro y encontró concentraciones de arsénico hasta " +
        "diez veces superiores a las que hoy se consideran seguras, incluso en lactantes de pocos " +
        "meses.",
      "El trabajo, publicado en la revista “Journal of Archaeological Science: Reports”, fue " +
        "dirigido por la bioantropóloga Carolina Mamani Flores. “Convivían con un veneno invisible”, " +
        "resume la investigadora. “El agua de las quebradas de Camarones y Lluta arrastraba arsénico " +
        "de origen volcánico, y ellos no tenían otra”.",
      "Según el estudio, la exposición crónica “pudo estar relacionada con la alta tasa de abortos " +
        "y de mortalidad infantil” que se observa en los cementerios chinchorro, una hipótesis que el " +
        "equipo ya había planteado en 2019.",
      "Entre los cuerpos analizados está el de la llamada “Niña de Morro 1”, uno de los más " +
        "antiguos del sitio, con cerca de 7.000 años.",
      "La coautora del trabajo, la química Verónica Alarcón Díaz, y la directora del Museo " +
        "Arqueológico San Miguel de Azapa, Paula Ugarte, destacaron el valor del hallazgo. “El " +
        "arsénico no explica por qué momificaban, pero sí ayuda a entender por qué la muerte de los " +
        "niños ocupaba un lugar tan central”, planteó Alarcón. Ugarte, en tanto, recordó que desde " +
        "que la Unesco declaró Patrimonio Mundial los sitios chinchorro, en 2021, “el interés " +
        "científico se ha multiplicado, pero el financiamiento no”.",
      "El equipo prevé estudiar ahora restos hallados en Caleta Vítor, al sur de Arica. “Queremos " +
        "saber si las poblaciones de la costa sur estaban menos expuestas”, adelantó Mamani.",
    ],
    quotes: [
      ["Convivían con un veneno invisible", "Carolina Mamani Flores"],
      [
        "El agua de las quebradas de Camarones y Lluta arrastraba arsénico de origen volcánico, y " +
          "ellos no tenían otra",
        "Carolina Mamani Flores",
      ],
      ["pudo estar relacionada con la alta tasa de abortos y de mortalidad infantil", "el estudio"],
      [
        "El arsénico no explica por qué momificaban, pero sí ayuda a entender por qué la muerte de " +
          "los niños ocupaba un lugar tan central",
        "Verónica Alarcón Díaz",
      ],
      ["el interés científico se ha multiplicado, pero el financiamiento no", "Paula Ugarte"],
      ["Queremos saber si las poblaciones de la costa sur estaban menos expuestas", "Carolina Mamani Flores"],
    ],
  },
  {
    name:
      "El Eco de Tandil, salud: titular con cita del cardiólogo nombrado solo en el cuerpo y " +
      "repetida en él sin verbo tras una primera con «graficó», «Según la cartera sanitaria» con " +
      "cita parcial del ministerio, cita partida por «sostuvo el intendente» invertido, jubilado " +
      "anónimo con «contó el hombre», nombre de una campaña (no cita), enfermera anónima con dos " +
      "puntos",
    todo:
      "«acompaña la descentralización de la atención …» goes to Ministerio de Salud bonaerense, not el " +
      "Ministerio de Salud bonaerense; «Me dijeron que si me llevaban a Mar del Plata…» goes to Ezequiel " +
      "Aramburu, not un jubilado de 71 años del barrio La Movediza",
    headline: "El Santamarina ya tiene hemodinamia: “Ningún infarto va a tener que viajar a Mar del Plata”",
    paragraphs: [
      "El Hospital Municipal Ramón Santamarina habilitó este lunes su servicio de hemodinamia, el " +
        "primero público de la región, que permitirá realizar angioplastias de urgencia sin derivar a " +
        "los pacientes a Mar del Plata o a Buenos Aires.",
      "El jefe del nuevo servicio, el cardiólogo Martín Echeverría, explicó que hasta ahora cada " +
        "traslado demoraba entre tres y cuatro horas. “En un infarto, cada minuto que pasa es músculo " +
        "que se pierde”, graficó. “Ningún infarto va a tener que viajar a Mar del Plata”.",
      "La sala, que demandó una inversión de 1.400 millones de pesos, se financió con fondos " +
        "municipales y con un aporte del Ministerio de Salud bonaerense. Según la cartera sanitaria, " +
        "la obra “acompaña la descentralización de la atención cardiovascular en el interior de la " +
        "provincia”.",
      "“Esto no es un lujo”, sostuvo el intendente, Ezequiel Aramburu, “es una deuda que la ciudad " +
        "tenía con sus vecinos desde hace veinte años”.",
      "El primer paciente fue un jubilado de 71 años del barrio La Movediza, que ingresó por la " +
        "guardia con dolor en el pecho a las 7 de la mañana y a las 9 ya tenía colocado un stent. “Me " +
        "dijeron que si me llevaban a Mar del Plata capaz que no llegaba. Estoy vivo gracias a esta " +
        "sala”, contó el hombre desde la unidad coronaria.",
      "El Municipio lanzará en diciembre la campaña “Tandil Late”, de detección de factores de " +
        "riesgo cardiovascular en los centros de salud barriales. Una enfermera del servicio, que " +
        "pidió reserva de su nombre, advirtió que todavía faltan técnicos: “Hoy la guardia de " +
        "hemodinamia de noche la cubrimos entre cuatro personas”.",
    ],
    quotes: [
      ["Ningún infarto va a tener que viajar a Mar del Plata", "Martín Echeverría"],
      ["En un infarto, cada minuto que pasa es músculo que se pierde", "Martín Echeverría"],
      [
        "acompaña la descentralización de la atención cardiovascular en el interior de la provincia",
        "el Ministerio de Salud bonaerense",
      ],
      ["Esto no es un lujo", "Ezequiel Aramburu"],
      ["es una deuda que la ciudad tenía con sus vecinos desde hace veinte años", "Ezequiel Aramburu"],
      [
        "Me dijeron que si me llevaban a Mar del Plata capaz que no llegaba. Estoy vivo gracias a " +
          "esta sala",
        "un jubilado de 71 años del barrio La Movediza",
      ],
      [
        "Hoy la guardia de hemodinamia de noche la cubrimos entre cuatro personas",
        "Una enfermera del servicio",
      ],
    ],
  },
  {
    name:
      "La Voz del Sur, transporte: consorcio en un comunicado con «atribuye … a» y «asegura que» y " +
      "dos citas parciales, usuaria con «cuenta esta limpiadora» en presente y segunda cita sin " +
      "verbo, dos hombres en un párrafo con «critica Barroso» y «pide» con cita parcial, delegado " +
      "con «señaló» invertido, nombre de un barco y apodo del tranvía (no citas)",
    todo:
      "«un número inusual de bajas médicas coincidentes» goes to el Consorcio, not el Consorcio de " +
      "Transportes Bahía de Cádiz; «quedará completa antes de Navidad» goes to el Consorcio, not el " +
      "Consorcio de Transportes Bahía de Cádiz",
    headline: "El tranvía de la Bahía suma cuarenta días de retrasos por la falta de conductores",
    paragraphs: [
      "El Tranvía Metropolitano de la Bahía de Cádiz, que une Chiclana con San Fernando y la " +
        "capital, acumula desde finales de octubre retrasos de hasta 25 minutos en hora punta por la " +
        "falta de conductores, según ha reconocido el propio Consorcio de Transportes Bahía de Cádiz.",
      "En un comunicado, el Consorcio atribuye la situación a «un número inusual de bajas médicas " +
        "coincidentes» y asegura que la plantilla «quedará completa antes de Navidad» con seis nuevas " +
        "incorporaciones.",
      "En la parada de Pinar de los Franceses, en Chiclana, Manuela Sánchez Butrón espera cada " +
        "mañana el tranvía de las 7.40 para ir a trabajar a Cádiz. «Ayer llegué a las nueve menos " +
        "cuarto y mi jefa ya estaba preguntando por mí», cuenta esta limpiadora de 52 años. «Me sale " +
        "más a cuenta volver al autobús, aunque tarde más».",
      "El delegado de CCOO en la empresa operadora, José Antonio Barroso, y el de UGT, Francisco " +
        "Javier Gil, coinciden en el diagnóstico, pero no en la receta. «No son bajas, es que la " +
        "plantilla se diseñó justa desde el primer día», critica Barroso. Gil, en cambio, pide " +
        "«sentarse a negociar un plan de refuerzo en vez de echarse la culpa unos a otros».",
      "«Pedimos paciencia unas semanas más», señaló ayer el delegado territorial de Fomento de la " +
        "Junta en Cádiz, Jorge Vázquez Ramos, que recordó que el tranvía transportó el año pasado más " +
        "de tres millones de viajeros.",
      "Mientras tanto, el Consorcio ha reforzado la línea de catamarán entre El Puerto y Cádiz con " +
        "un segundo barco, el «Punta de San Felipe», en las franjas de mayor demanda. Es la enésima " +
        "crisis de un tren ligero que, durante sus años de obras interminables, llegó a ser conocido " +
        "como el «tranvía fantasma».",
    ],
    quotes: [
      ["un número inusual de bajas médicas coincidentes", "el Consorcio de Transportes Bahía de Cádiz"],
      ["quedará completa antes de Navidad", "el Consorcio de Transportes Bahía de Cádiz"],
      [
        "Ayer llegué a las nueve menos cuarto y mi jefa ya estaba preguntando por mí",
        "Manuela Sánchez Butrón",
      ],
      ["Me sale más a cuenta volver al autobús, aunque tarde más", "Manuela Sánchez Butrón"],
      ["No son bajas, es que la plantilla se diseñó justa desde el primer día", "José Antonio Barroso"],
      [
        "sentarse a negociar un plan de refuerzo en vez de echarse la culpa unos a otros",
        "Francisco Javier Gil",
      ],
      ["Pedimos paciencia unas semanas más", "Jorge Vázquez Ramos"],
    ],
  },
  {
    name:
      "El Mañana, policiaca (comillas rectas): nombre de un operativo y alias (no citas), «De " +
      "acuerdo con la Fiscalía» con cita parcial, agente anónimo con «detalló el uniformado», dos " +
      "mujeres en un párrafo con «dijo la mujer de 67 años» y «pidió que» con cita parcial de la " +
      "hija, cita partida por «informó el vocero» invertido",
    todo: "«Se llevaron hasta las medallas de la primera …» goes to una mujer, not Guadalupe Treviño Salinas",
    headline: "Capturan a pareja que robaba casas en la colonia Hidalgo",
    paragraphs: [
      "Elementos de la Guardia Estatal detuvieron a un hombre y una mujer señalados de robar al " +
        "menos once viviendas en la colonia Hidalgo y en el fraccionamiento Valles de Anáhuac, " +
        'durante el operativo "Barrio Seguro" desplegado en el sector poniente de Nuevo Laredo.',
      'De acuerdo con la Fiscalía General de Justicia del Estado, los detenidos, José Luis "N", ' +
        'alias "El Güero", de 34 años, y Karina "N", de 29, "vigilaban las casas durante varios días ' +
        'y entraban cuando los propietarios salían a trabajar".',
      "Un agente de la Guardia Estatal que participó en la captura explicó que la pareja fue " +
        'ubicada por una camioneta captada por cámaras vecinales. "La camioneta tenía reporte de robo ' +
        'y en la caja traían todavía una pantalla y dos bocinas", detalló el uniformado.',
      "Guadalupe Treviño Salinas, vecina de la calle Matamoros, acudió con su hija Leticia a la " +
        'Fiscalía a presentar su denuncia. "Se llevaron hasta las medallas de la primera comunión de ' +
        'mis nietos", dijo la mujer de 67 años, mientras que su hija pidió que los detenidos "no ' +
        'salgan con una fianza en dos semanas".',
      '"Les aseguramos herramientas para forzar chapas y varios juegos de llaves", informó el ' +
        'vocero de la Fiscalía en la zona norte, Arturo Garza Villarreal, "y no descartamos que haya ' +
        'más cómplices".',
      "Los detenidos fueron puestos a disposición del Ministerio Público y en las próximas horas se " +
        "definirá su situación jurídica.",
    ],
    quotes: [
      [
        "vigilaban las casas durante varios días y entraban cuando los propietarios salían a trabajar",
        "la Fiscalía General de Justicia del Estado",
      ],
      [
        "La camioneta tenía reporte de robo y en la caja traían todavía una pantalla y dos bocinas",
        "Un agente de la Guardia Estatal",
      ],
      ["Se llevaron hasta las medallas de la primera comunión de mis nietos", "Guadalupe Treviño Salinas"],
      ["no salgan con una fianza en dos semanas", "Leticia"],
      ["Les aseguramos herramientas para forzar chapas y varios juegos de llaves", "Arturo Garza Villarreal"],
      ["y no descartamos que haya más cómplices", "Arturo Garza Villarreal"],
    ],
  },
  {
    name:
      "Misiones Online, medio ambiente: bajada con cita de un lanchero descrito allí y nombrado " +
      "solo en el cuerpo y repetida en él con «contó» y segunda cita sin verbo, «Según el Instituto " +
      "Nacional del Agua» con cita parcial, dos hombres en un párrafo con «aclaró Acosta» y " +
      "«advirtió que» con cita parcial del ministro, «admitió la presidenta» invertido, nombre de " +
      "un salto (no cita), organismo en un comunicado con «recordó … que» y cita parcial",
    todo: "«Nunca vi la Garganta así» goes to un lanchero, not Ramón Benítez",
    headline: "Bajante histórica: las Cataratas del Iguazú caen al 15 % de su caudal normal",
    standfirst:
      "Guías y prestadores temen por la temporada de verano. “Nunca vi la Garganta así”, dice un " +
      "lanchero con treinta años en el río",
    paragraphs: [
      "El caudal del río Iguazú cayó este martes a 230 metros cúbicos por segundo, apenas un 15 % " +
        "de su promedio histórico de 1.500, y dejó a las Cataratas con buena parte de sus saltos " +
        "convertidos en hilos de agua.",
      "Según el Instituto Nacional del Agua (INA), la bajante responde a “la escasez de lluvias en " +
        "la cuenca alta, en el estado brasileño de Paraná”, y el pronóstico no prevé una recuperación " +
        "significativa antes de mediados de enero.",
      "Ramón Benítez lleva treinta años llevando turistas en lancha hasta el pie de los saltos. " +
        "“Nunca vi la Garganta así”, contó. “Aparecen piedras que yo no conocía, y con la lancha ya " +
        "no nos podemos acercar como antes”.",
      "El intendente del Parque Nacional Iguazú, Sergio Acosta, y el ministro de Ecología de " +
        "Misiones, Daniel Brizuela, recorrieron el lunes el Circuito Superior. “El parque sigue " +
        "abierto y los circuitos funcionan con normalidad; lo que cambia es el paisaje”, aclaró " +
        "Acosta, mientras que el ministro advirtió que el fenómeno “ya no puede considerarse " +
        "excepcional”.",
      "“Las reservas para enero vienen bien, pero si el turista llega después de ver las fotos en " +
        "las redes, va a venir con miedo”, admitió la presidenta de la Asociación Hotelera " +
        "Gastronómica de Iguazú, Natalia Krause.",
      "Desde el fin de semana circulan imágenes del salto “Dos Hermanas” prácticamente seco. La " +
        "Administración de Parques Nacionales recordó en un comunicado que las bajantes “forman parte " +
        "de la dinámica natural del río” y que la selva “está adaptada a estos ciclos”.",
    ],
    quotes: [
      ["Nunca vi la Garganta así", "Ramón Benítez"],
      [
        "la escasez de lluvias en la cuenca alta, en el estado brasileño de Paraná",
        "el Instituto Nacional del Agua",
      ],
      [
        "Aparecen piedras que yo no conocía, y con la lancha ya no nos podemos acercar como antes",
        "Ramón Benítez",
      ],
      [
        "El parque sigue abierto y los circuitos funcionan con normalidad; lo que cambia es el " + "paisaje",
        "Sergio Acosta",
      ],
      ["ya no puede considerarse excepcional", "Daniel Brizuela"],
      [
        "Las reservas para enero vienen bien, pero si el turista llega después de ver las fotos en " +
          "las redes, va a venir con miedo",
        "Natalia Krause",
      ],
      ["forman parte de la dinámica natural del río", "La Administración de Parques Nacionales"],
      ["está adaptada a estos ciclos", "La Administración de Parques Nacionales"],
    ],
  },
]);
