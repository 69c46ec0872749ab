// A thirty-fourth round of composed Spanish news articles, in the styles of outlets and beats the first
// thirty-three rounds did not use: La Silla Vacía (a Bogotá council coalition breaks over the metro
// budget, Colombia), Zeta Tijuana (a shooting at a Tijuana car wash, México), Diario de Cádiz (the
// bay catamaran cuts its night crossings), El Periódico de Aragón (a Zaragoza builder sentenced over
// a collapsed wall), Gara (a Basque theatre company premieres in Bilbao), Vanguardia Liberal (an
// Atlético Bucaramanga draw, Colombia), Cuarto Poder (a dengue rise in Tapachula, México, straight
// quotation marks), El Día de Segovia (a rural school keeps its doors open), Hoy Digital (a cocoa
// exporter opens a plant in San Francisco de Macorís, República Dominicana) and Publimetro (a Chilean
// team finds a comet from Atacama, Chile, straight quotation marks).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Silla Vacía, política: titular con cita del concejal nombrado solo en el cuerpo, cita con " +
      "«dijo» tras ella, concejala con dos puntos, cita parcial de la bancada, dos hombres en un " +
      "párrafo, fuente anónima con «según», apodo de la coalición (no cita)",
    todo: "«aplanadora» taken for a quote",
    headline: "“No vamos a firmar un cheque en blanco”: se rompe la coalición del metro en el Concejo",
    paragraphs: [
      "La coalición que desde enero sostenía al alcalde en el Concejo de Bogotá, conocida como la " +
        "“aplanadora”, se partió este martes por el presupuesto de la segunda línea del metro.",
      "“No vamos a firmar un cheque en blanco”, dijo el concejal Julián Andrés Cárdenas Rojas, de " +
        "la bancada verde, al anunciar que sus cuatro votos se irían a la oposición.",
      "La concejala Paola Muñoz Villamil, del Pacto, respondió en plenaria: “Los verdes estuvieron " +
        "en cada mesa técnica. Ahora descubren el proyecto porque hay elecciones en dos años”.",
      "Cárdenas discutió luego con el secretario de Hacienda, Germán Ospina, en los pasillos. " +
        "Ospina le advirtió que sin la vigencia futura el contrato “se cae en marzo”.",
      "Según un asesor del despacho del alcalde, la administración buscará los votos de los " +
        "liberales: “Hay conversaciones, pero nadie ha prometido nada”.",
    ],
    quotes: [
      ["No vamos a firmar un cheque en blanco", "Julián Andrés Cárdenas Rojas"],
      [
        "Los verdes estuvieron en cada mesa técnica. Ahora descubren el proyecto porque hay " +
          "elecciones en dos años",
        "Paola Muñoz Villamil",
      ],
      ["se cae en marzo", "Germán Ospina"],
      ["Hay conversaciones, pero nadie ha prometido nada", "un asesor del despacho del alcalde"],
    ],
  },
  {
    name:
      "Zeta Tijuana, sucesos: fiscalía con «informó» y cita parcial, testigo anónimo con dos " +
      "puntos, cita partida por «relató», vocero policial con «según», apodo del detenido y " +
      "nombre del operativo (no citas)",
    todo:
      "«Llegaron en una camioneta gris, no dijeron na…» goes to Un trabajador del negocio, not un " +
      "trabajador del negocio; «Yo me metí debajo de un carro» goes to Un trabajador del negocio, not un " +
      "trabajador del negocio; «y ahí me quedé hasta que llegaron las patrullas» goes to Un trabajador " +
      "del negocio, not un trabajador del negocio",
    headline: "Ataque armado en autolavado de la colonia Libertad deja dos muertos",
    paragraphs: [
      "Dos hombres murieron y uno más resultó herido la tarde del domingo cuando sujetos armados " +
        "dispararon contra los empleados de un autolavado en la colonia Libertad de Tijuana.",
      "La Fiscalía General del Estado informó que las víctimas tenían “antecedentes por venta de " +
        "droga al menudeo” y que la línea principal es una disputa entre células del mismo grupo.",
      "Un trabajador del negocio contó a ZETA: “Llegaron en una camioneta gris, no dijeron nada, " +
        "nomás empezaron a tirar”. “Yo me metí debajo de un carro”, relató, “y ahí me quedé hasta " +
        "que llegaron las patrullas”.",
      "Según el vocero de la Secretaría de Seguridad Ciudadana, Ramiro Esquivel Lugo, en las " +
        "horas siguientes fue detenido un joven de 19 años apodado “El Güero Tamales”, dentro del " +
        "operativo “Frontera Segura”. “Portaba un arma de las mismas características”, afirmó.",
      "En lo que va del año, Tijuana acumula más de 1,200 homicidios dolosos, según cifras oficiales.",
    ],
    quotes: [
      ["antecedentes por venta de droga al menudeo", "La Fiscalía General del Estado"],
      [
        "Llegaron en una camioneta gris, no dijeron nada, nomás empezaron a tirar",
        "un trabajador del negocio",
      ],
      ["Yo me metí debajo de un carro", "un trabajador del negocio"],
      ["y ahí me quedé hasta que llegaron las patrullas", "un trabajador del negocio"],
      ["Portaba un arma de las mismas características", "Ramiro Esquivel Lugo"],
    ],
  },
  {
    name:
      "Diario de Cádiz, transportes: consorcio con comunicado y cita parcial, usuaria con «lamenta» " +
      "invertido, alcalde con dos puntos y cita que sigue en el párrafo siguiente, «el regidor», " +
      "nombre del barco (no cita)",
    todo:
      "«baja ocupación» goes to null, not el Consorcio de Transportes Bahía de Cádiz; «quince por " +
      "ciento del aforo» goes to null, not el Consorcio de Transportes Bahía de Cádiz",
    headline: "El catamarán suprime los viajes nocturnos entre Cádiz y El Puerto",
    paragraphs: [
      "El Consorcio de Transportes Bahía de Cádiz suprimirá desde el 1 de febrero las salidas del " +
        "catamarán posteriores a las 21.00 horas en la línea entre Cádiz y El Puerto de Santa María.",
      "En un comunicado, el Consorcio atribuye la medida a la «baja ocupación» de esas franjas, que " +
        "no llegan, dice, al «quince por ciento del aforo».",
      "«Yo salgo del hospital a las diez. Ahora tendré que coger dos autobuses», lamenta Inmaculada " +
        "Gil, enfermera, mientras espera en el muelle al «Bahía Uno».",
      "El alcalde de El Puerto, Francisco Javier Barroso Leal, cargó contra la decisión: «Se nos " +
        "vende un área metropolitana y luego se le quitan las horas a quien trabaja.",
      "»Vamos a pedir que se reconsidere antes de que entre en vigor». El regidor anunció que " +
        "llevará una moción al próximo pleno.",
    ],
    quotes: [
      ["baja ocupación", "el Consorcio de Transportes Bahía de Cádiz"],
      ["quince por ciento del aforo", "el Consorcio de Transportes Bahía de Cádiz"],
      ["Yo salgo del hospital a las diez. Ahora tendré que coger dos autobuses", "Inmaculada Gil"],
      [
        "Se nos vende un área metropolitana y luego se le quitan las horas a quien trabaja.",
        "Francisco Javier Barroso Leal",
      ],
      ["Vamos a pedir que se reconsidere antes de que entre en vigor", "Francisco Javier Barroso Leal"],
    ],
  },
  {
    name:
      "El Periódico de Aragón, tribunales: sentencia como hablante con cita parcial, fiscal y " +
      "abogada (dos mujeres en un párrafo) con «sostuvo» y dos puntos, vecina con «explica» " +
      "invertido, cita sin verbo del vecino recién presentado, comillas de ironía (no cita)",
    todo: "«muros provisionales» taken for a quote",
    headline: "Condenado a dos años el constructor del muro que se desplomó en Delicias",
    paragraphs: [
      "El Juzgado de lo Penal número 3 de Zaragoza ha condenado a dos años de prisión al " +
        "constructor Ramón Lasheras Gil por el derrumbe del muro de contención de la calle " +
        "Delicias que hirió a dos viandantes en 2022.",
      "La sentencia considera probado que la obra se ejecutó «sin proyecto ni dirección técnica» " +
        "y que el acusado conocía las grietas «al menos dos meses antes».",
      "La fiscal, Elena Sanjuán, sostuvo en el juicio que se trataba de una «imprudencia grave». " +
        "Su abogada, Marta Ibáñez Lacruz, replicó: «Mi cliente siguió las indicaciones del " +
        "ayuntamiento. No se le puede hacer responsable de un terreno que nadie estudió».",
      "«Oímos un estruendo y luego el polvo lo tapó todo», explica Pilar Royo, que vive enfrente. " +
        "Su marido, Jesús Abad, recuerda a los heridos en la acera. «Uno no podía ni hablar».",
      "El constructor, que ya había levantado otros tres «muros provisionales» en el barrio, " +
        "podrá recurrir la sentencia ante la Audiencia Provincial.",
    ],
    quotes: [
      ["sin proyecto ni dirección técnica", "La sentencia"],
      ["al menos dos meses antes", "La sentencia"],
      ["imprudencia grave", "Elena Sanjuán"],
      [
        "Mi cliente siguió las indicaciones del ayuntamiento. No se le puede hacer responsable de " +
          "un terreno que nadie estudió",
        "Marta Ibáñez Lacruz",
      ],
      ["Oímos un estruendo y luego el polvo lo tapó todo", "Pilar Royo"],
      ["Uno no podía ni hablar", "Jesús Abad"],
    ],
  },
  {
    name:
      "Gara, cultura: título de la obra (no cita), directora con «asegura» invertido y cita " +
      "partida, actor con «según», cita anidada con comillas inglesas dentro, cita sin verbo, " +
      "nombre de la compañía entre comillas (no cita)",
    headline: "«Itsasoaren alaba» llega al Arriaga con una mirada feminista sobre las rederas",
    paragraphs: [
      "La compañía «Hika Teatroa» estrena el jueves en el Teatro Arriaga de Bilbao «Itsasoaren " +
        "alaba», una obra sobre las rederas de Bermeo en la posguerra.",
      "«Nuestras abuelas sostuvieron el puerto y nadie les puso una placa», asegura la directora, " +
        "Irati Goikoetxea Larrea. «Queríamos que por fin hablaran ellas», añade.",
      "Para el actor Mikel Arrizabalaga, la obra «no es nostálgica». «Mi abuela decía “la red no " +
        "espera” y se levantaba a las cuatro. Eso no tiene nada de romántico».",
      "El texto parte de entrevistas que la compañía grabó durante dos años en Bermeo, Mundaka y " +
        "Lekeitio con mujeres de más de ochenta años.",
      "La obra, en euskera con sobretítulos, estará en cartel hasta el domingo.",
    ],
    quotes: [
      ["Nuestras abuelas sostuvieron el puerto y nadie les puso una placa", "Irati Goikoetxea Larrea"],
      ["Queríamos que por fin hablaran ellas", "Irati Goikoetxea Larrea"],
      ["no es nostálgica", "Mikel Arrizabalaga"],
      [
        "Mi abuela decía “la red no espera” y se levantaba a las cuatro. Eso no tiene nada de romántico",
        "Mikel Arrizabalaga",
      ],
    ],
  },
  {
    name:
      "Vanguardia Liberal, deportes: técnico con «dijo» tras la cita y referencia como «el " +
      "estratega», arquero con «reconoció» invertido, cita que sigue en dos párrafos, apodo del " +
      "equipo y nombre del estadio (no citas), cita parcial del árbitro según el informe",
    headline: "El Búcaros rescató un empate agónico ante el Cali en el Américo Montanini",
    paragraphs: [
      "Atlético Bucaramanga empató 1-1 con el Deportivo Cali en la noche del sábado, con un gol " +
        "de cabeza de Fabián Ortiz en el minuto 93, y sigue en zona de clasificación.",
      "“El equipo nunca dejó de creer. Jugamos mal el primer tiempo, eso hay que decirlo”, dijo " +
        "el técnico Hernán Darío Quintero en la rueda de prensa. El estratega admitió que los " +
        "cambios llegaron tarde.",
      "“Me equivoqué en el gol de ellos, salí mal y lo pagamos”, reconoció el arquero Jhon " +
        "Fredy Mosquera, quien luego tapó un penalti. “Por suerte los compañeros me sacaron la " +
        "cara.",
      "“Ahora hay que ir a Medellín con la cabeza fría”.",
      "El informe arbitral recoge que el penalti se sancionó por una mano “clara y voluntaria” " +
        "de Ortiz, que había entrado de cambio en la segunda parte.",
      "El equipo, al que la hinchada llama “los Leopardos”, visitará al Nacional el " +
        "miércoles por la noche.",
    ],
    quotes: [
      [
        "El equipo nunca dejó de creer. Jugamos mal el primer tiempo, eso hay que decirlo",
        "Hernán Darío Quintero",
      ],
      ["Me equivoqué en el gol de ellos, salí mal y lo pagamos", "Jhon Fredy Mosquera"],
      ["Por suerte los compañeros me sacaron la cara.", "Jhon Fredy Mosquera"],
      ["Ahora hay que ir a Medellín con la cabeza fría", "Jhon Fredy Mosquera"],
      ["clara y voluntaria", "El informe arbitral"],
    ],
  },
  {
    name:
      "Cuarto Poder, salud (comillas rectas): jurisdicción sanitaria con «de acuerdo con» y cita " +
      "parcial, epidemiólogo con dos puntos, madre con «contó» tras la cita y referencia como «la " +
      "mujer de 34 años», dos mujeres en un párrafo, nombre de la campaña (no cita)",
    headline: "Casos de dengue se triplican en Tapachula; piden descacharrizar",
    paragraphs: [
      "Los casos confirmados de dengue en Tapachula pasaron de 112 a 347 en el último mes, de " +
        'acuerdo con la Jurisdicción Sanitaria VII, que calificó la situación como "de alerta" y ' +
        'llamó a reforzar la campaña "Patio Limpio".',
      'El epidemiólogo Octavio Ruiz Castellanos explicó: "El serotipo que está circulando es ' +
        'distinto al del año pasado. Quien ya tuvo dengue puede enfermar más grave".',
      '"Mi hija tuvo fiebre cuatro días y en el centro de salud solo le dieron paracetamol", contó ' +
        "Guadalupe Morales Pérez, vecina de la colonia 5 de Febrero. La mujer de 34 años dijo que " +
        "su vecina, Rosa Aguilar, también estuvo internada una semana.",
      'Aguilar, por su parte, pidió que las brigadas fumiguen "casa por casa y no solo en las ' +
        'avenidas".',
      "La Secretaría de Salud estatal anunció que enviará 40 brigadistas más a la región.",
    ],
    quotes: [
      ["de alerta", "la Jurisdicción Sanitaria VII"],
      [
        "El serotipo que está circulando es distinto al del año pasado. Quien ya tuvo dengue " +
          "puede enfermar más grave",
        "Octavio Ruiz Castellanos",
      ],
      [
        "Mi hija tuvo fiebre cuatro días y en el centro de salud solo le dieron paracetamol",
        "Guadalupe Morales Pérez",
      ],
      ["casa por casa y no solo en las avenidas", "Rosa Aguilar"],
    ],
  },
  {
    name:
      "El Día de Segovia, educación: titular con cita parcial de la maestra nombrada en el cuerpo, " +
      "cita partida por «explica», alcalde con «según» y cita parcial, Junta en un escrito, cita " +
      "sin verbo de la madre recién presentada, pronombre, pancarta (no cita)",
    headline: "La escuela de Navas de Oro seguirá abierta: «Cada niño cuenta»",
    paragraphs: [
      "La escuela rural de Navas de Oro mantendrá sus puertas abiertas el próximo curso pese a " +
        "contar solo con cinco alumnos matriculados, uno por debajo del mínimo habitual.",
      "«Cada niño cuenta», explica la maestra, Begoña Herrero Sanz, «y cada escuela que se cierra " +
        "es un pueblo que empieza a apagarse». Ella lleva once años dando clase en el centro.",
      "En un escrito remitido al Ayuntamiento, la Dirección Provincial de Educación reconoce la " +
        "«singularidad del entorno rural» y se compromete a revisar la matrícula en septiembre.",
      "Según el alcalde, Luis Miguel Arranz, la decisión es «un alivio, pero no una solución». " +
        "El municipio ofrecerá vivienda a dos familias con hijos que quieran instalarse.",
      "Sonia Velasco tiene dos hijas en el aula. «Si la cierran, nos vamos a Cuéllar. Así de " +
        "sencillo». En la verja del colegio sigue colgada la pancarta «Escuela viva, pueblo vivo».",
    ],
    quotes: [
      ["Cada niño cuenta", "Begoña Herrero Sanz"],
      ["y cada escuela que se cierra es un pueblo que empieza a apagarse", "Begoña Herrero Sanz"],
      ["singularidad del entorno rural", "la Dirección Provincial de Educación"],
      ["un alivio, pero no una solución", "Luis Miguel Arranz"],
      ["Si la cierran, nos vamos a Cuéllar. Así de sencillo", "Sonia Velasco"],
    ],
  },
  {
    name:
      "Hoy Digital, economía: empresa en una nota de prensa con cita parcial, presidente con " +
      "«afirmó» invertido, ministro con dos puntos, productor anónimo con «dijo», «el empresario " +
      "de 58 años», nombre de la marca (no cita)",
    todo:
      "«tienen que subir también para el campo, no so…» goes to Un productor de la zona de Cenoví, " +
      "not un productor de la zona de Cenoví",
    headline: "Exportadora de cacao invierte US$12 millones en planta en San Francisco de Macorís",
    paragraphs: [
      "La empresa Cacao del Cibao inauguró este lunes una planta de procesamiento en San " +
        "Francisco de Macorís con una inversión de 12 millones de dólares, que generará unos 300 " +
        "empleos directos.",
      "En una nota de prensa, la compañía indicó que la planta permitirá exportar cacao " +
        "“con valor agregado” y no solo en grano, bajo su marca “Oro Cibaeño”.",
      "“Durante cuarenta años vendimos el grano y otros ganaban con el chocolate”, afirmó el " +
        "presidente de la empresa, Rafael Antonio Peralta Núñez. El empresario de 58 años " +
        "adelantó que en 2026 abrirá una segunda línea.",
      "El ministro de Agricultura, Domingo Tejada, destacó en el acto: “La provincia Duarte " +
        "produce casi la mitad del cacao del país. Era hora de que se quedara aquí el valor”.",
      "Un productor de la zona de Cenoví dijo que los precios “tienen que subir también para el " +
        "campo, no solo para la fábrica”.",
    ],
    quotes: [
      ["con valor agregado", "Cacao del Cibao"],
      [
        "Durante cuarenta años vendimos el grano y otros ganaban con el chocolate",
        "Rafael Antonio Peralta Núñez",
      ],
      [
        "La provincia Duarte produce casi la mitad del cacao del país. Era hora de que se " +
          "quedara aquí el valor",
        "Domingo Tejada",
      ],
      [
        "tienen que subir también para el campo, no solo para la fábrica",
        "un productor de la zona de Cenoví",
      ],
    ],
  },
  {
    name:
      "Publimetro, ciencia (comillas rectas): astrónoma con «señaló» tras la cita y cita partida, " +
      "universidad en un comunicado, colega con dos puntos y referencia como «el investigador», " +
      "nombre del cometa y del telescopio (no citas), dos mujeres en un párrafo",
    headline: 'Astrónomos chilenos descubren un cometa: "Fue pura suerte, estábamos buscando asteroides"',
    paragraphs: [
      "Un equipo de la Universidad de Concepción detectó un nuevo cometa de largo periodo " +
        'mientras revisaba imágenes del telescopio "Cóndor Austral", instalado en el desierto de ' +
        "Atacama.",
      '"Fue pura suerte, estábamos buscando asteroides", señaló la astrónoma Valentina Soto ' +
        'Fuentealba, quien lideró la búsqueda. "Lo vimos moverse en tres imágenes seguidas", ' +
        'agregó, "y ahí supimos que era algo distinto".',
      "Su colega, la doctoranda Camila Reyes, revisó los cálculos de la órbita. Soto destacó que " +
        'fue ella quien confirmó que el objeto "no estaba en ningún catálogo".',
      "En un comunicado, la universidad indicó que el cometa, bautizado provisionalmente como " +
        '"C/2025 Biobío", será visible con binoculares a fines de año.',
      'El astrónomo Ignacio Mella, que no participó del estudio, comentó: "Es el primer cometa ' +
        'descubierto por un equipo íntegramente chileno en una década". El investigador añadió ' +
        "que el hallazgo muestra el nivel de los observatorios nacionales.",
    ],
    quotes: [
      ["Fue pura suerte, estábamos buscando asteroides", "Valentina Soto Fuentealba"],
      ["Lo vimos moverse en tres imágenes seguidas", "Valentina Soto Fuentealba"],
      ["y ahí supimos que era algo distinto", "Valentina Soto Fuentealba"],
      ["no estaba en ningún catálogo", "Valentina Soto Fuentealba"],
      ["Es el primer cometa descubierto por un equipo íntegramente chileno en una década", "Ignacio Mella"],
    ],
  },
]);
