// A thirty-eighth round of composed Spanish news articles, in the styles of outlets and beats the
// first thirty-seven rounds did not use: Tribuna de Salamanca (the Semana Santa board changes the
// official procession route, religion, Salamanca, España), El Sol de Tampico (a Ciudad Madero primary
// school without water sends pupils home, education, Tamaulipas, México), Primera Edición (Posadas
// shoppers cross to Encarnación for cheaper prices, consumer, Misiones, Argentina), Llano 7 Días (a
// landslide closes the Bogotá–Villavicencio road, transport, Meta, Colombia, raya dialogue lines), El
// Pingüino (a windstorm tears roofs off in Punta Arenas, weather, Magallanes, Chile), Diario de Chimbote
// (artisanal fishers march against the anchovy quota, fishing, Áncash, Perú), La Voz de Guanacaste (a
// former municipal inspector sentenced for bribes over beach buildings, courts, Santa Cruz, Costa Rica),
// Periódico 26 (the Jornada Cucalambeana opens with a tribute to improvisers, culture, Las Tunas, Cuba),
// El Impulso (a paediatric hospital swamped by bronchiolitis, health, Barquisimeto, Venezuela) and
// Hondudiario (two alleged extortioners of taxi drivers caught, police, Tegucigalpa, Honduras, straight
// quotation marks). Every article was written for these tests, blind, before the engine was run on
// them; the speakers follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Tribuna de Salamanca, religión: titular con cita del presidente repetida en " +
      "el cuerpo con «defendió» invertido y segunda cita sin verbo, «Según el " +
      "presidente» con cita parcial, hermano mayor con dos puntos y cita suelta con " +
      "«insistió», concejala con «aseguró» invertido, Obispado en una nota con cita " +
      "parcial, lema de la campaña (no cita), costalera anónima con dos puntos",
    todo:
      "«por escrito y en dos ocasiones» goes to la Policía Local, not Ignacio Sánchez-Montero " +
      "Calvo; «Salamanca, Pasión en la piedra» taken for a quote",
    headline: "La Junta de Cofradías cambia el recorrido oficial: «La Rúa ya no da más de sí»",
    standfirst:
      "Las procesiones dejarán la Rúa Mayor y subirán por San Pablo hasta la " +
      "Catedral Nueva; la Cofradía del Silencio vota en contra",
    paragraphs: [
      "La Junta Permanente de Semana Santa de Salamanca aprobó este martes, por 19 " +
        "votos a favor y 4 en contra, un nuevo recorrido oficial que evitará la Rúa " +
        "Mayor y llevará los pasos por la calle San Pablo hasta la Catedral Nueva.",
      "«La Rúa ya no da más de sí», defendió el presidente de la Junta, Ignacio " +
        "Sánchez-Montero Calvo, tras la asamblea celebrada en la Casa de la Iglesia. " +
        "«El año pasado tuvimos que parar dos procesiones por avalanchas de público y " +
        "no vamos a esperar a que pase algo».",
      "Sánchez-Montero explicó que el nuevo itinerario gana anchura útil y permitirá " +
        "instalar dos puntos de atención sanitaria. Según el presidente, la Policía " +
        "Local había pedido el cambio «por escrito y en dos ocasiones».",
      "No todas las hermandades lo ven igual. El hermano mayor de la Cofradía del " +
        "Silencio, Tomás Alonso Hernández, votó en contra: «Llevamos setenta años " +
        "subiendo por la Rúa. Eso no se cambia en una tarde».",
      "«No es una cuestión de nostalgia, es una cuestión de identidad», insistió.",
      "«Con el nuevo recorrido podremos evacuar la calle en menos de cuatro " +
        "minutos», aseguró la concejala de Seguridad Ciudadana, Almudena Parres " +
        "Cabrera, que asistió a la votación como invitada.",
      "El Obispado de Salamanca respaldó la decisión en una nota en la que pide a " +
        "las cofradías vivir la Semana Santa «desde la comunión y no desde el " +
        "enfrentamiento».",
      "La campaña de este año, que lleva por lema «Salamanca, Pasión en la piedra», " +
        "se presentará el próximo 20 de febrero en el Teatro Liceo.",
      "En la plaza de Anaya, una costalera de la Hermandad Dominicana resumía el " +
        "sentir de muchos jóvenes: «A nosotros nos da igual por dónde vayamos, " +
        "mientras lleguemos a la Catedral».",
    ],
    quotes: [
      ["La Rúa ya no da más de sí", "Ignacio Sánchez-Montero Calvo"],
      [
        "El año pasado tuvimos que parar dos procesiones por avalanchas de público y " +
          "no vamos a esperar a que pase algo",
        "Ignacio Sánchez-Montero Calvo",
      ],
      ["por escrito y en dos ocasiones", "Ignacio Sánchez-Montero Calvo"],
      ["Llevamos setenta años subiendo por la Rúa. Eso no se cambia en una tarde", "Tomás Alonso Hernández"],
      ["No es una cuestión de nostalgia, es una cuestión de identidad", "Tomás Alonso Hernández"],
      [
        "Con el nuevo recorrido podremos evacuar la calle en menos de cuatro minutos",
        "Almudena Parres Cabrera",
      ],
      ["desde la comunión y no desde el enfrentamiento", "El Obispado de Salamanca"],
      [
        "A nosotros nos da igual por dónde vayamos, mientras lleguemos a la Catedral",
        "una costalera de la Hermandad Dominicana",
      ],
    ],
  },
  {
    name:
      "El Sol de Tampico, educación: entradilla con cita de la directora repetida " +
      "en el cuerpo con «advirtió», «La maestra» con cita sin verbo, Comapa Sur en " +
      "una tarjeta informativa con dos citas parciales, consigna en cartulinas (no " +
      "cita), madre presentada con dos puntos, padre con apellido compartido y " +
      "«contó que» y «dijo el hombre», delegado de la SET con cita parcial",
    todo: "«Queremos agua, no excusas» taken for a quote",
    headline: "Sin agua desde hace tres semanas, primaria de Ciudad Madero manda a alumnos a " + "casa",
    standfirst: "“No podemos tener a 400 niños sin baños”, advierte la directora",
    paragraphs: [
      "Los más de 400 alumnos de la escuela primaria Lázaro Cárdenas, en la colonia " +
        "Miramar de Ciudad Madero, salen desde hace tres semanas a las 10:30 de la " +
        "mañana debido a la falta de agua en el plantel, que dejó sin servicio los " +
        "sanitarios y bebederos.",
      "La directora del plantel, la profesora Leticia Rangel Zúñiga, explicó que la " +
        "cisterna se agrietó durante las lluvias de septiembre y que desde entonces el " +
        "agua se pierde en el subsuelo. “No podemos tener a 400 niños sin baños”, " +
        "advirtió.",
      "La maestra aseguró que el reporte se envió a la Secretaría de Educación de " +
        "Tamaulipas (SET) desde el 2 de octubre. “Nos dicen que ya está en la lista, " +
        "pero la lista no se mueve”.",
      "Por su parte, la Comisión Municipal de Agua Potable y Alcantarillado de la " +
        "Zona Conurbada (Comapa Sur) informó mediante una tarjeta informativa que la " +
        "red pública “funciona con normalidad” en el sector y que el problema “es " +
        "interno del inmueble”.",
      "Padres de familia se manifestaron este lunes en la entrada de la escuela con " +
        "cartulinas en las que se leía “Queremos agua, no excusas”.",
      "Una de las madres, Rosa Isela Cruz Martínez, relató: “Mi hijo llega a la casa " +
        "con ganas de ir al baño desde las ocho de la mañana. Así no se puede " +
        "aprender”.",
      "El padre de otro alumno, Alfredo Cruz Olvera, sin parentesco con ella, contó " +
        "que las familias juntaron dinero para comprar garrafones. “Pero el agua para " +
        "los baños no la podemos pagar nosotros”, dijo el hombre, que trabaja en el " +
        "puerto.",
      "En entrevista, el delegado regional de la SET en la zona sur, Jesús Ángel " +
        "Villarreal Ochoa, se comprometió a que la reparación comience “a más tardar " +
        "la próxima semana” y dijo que se evalúa instalar un tinaco provisional.",
    ],
    quotes: [
      ["No podemos tener a 400 niños sin baños", "Leticia Rangel Zúñiga"],
      ["Nos dicen que ya está en la lista, pero la lista no se mueve", "Leticia Rangel Zúñiga"],
      [
        "funciona con normalidad",
        "la Comisión Municipal de Agua Potable y Alcantarillado de la Zona Conurbada",
      ],
      [
        "es interno del inmueble",
        "la Comisión Municipal de Agua Potable y Alcantarillado de la Zona Conurbada",
      ],
      [
        "Mi hijo llega a la casa con ganas de ir al baño desde las ocho de la mañana. " +
          "Así no se puede aprender",
        "Rosa Isela Cruz Martínez",
      ],
      ["Pero el agua para los baños no la podemos pagar nosotros", "Alfredo Cruz Olvera"],
      ["a más tardar la próxima semana", "Jesús Ángel Villarreal Ochoa"],
    ],
  },
  {
    name:
      "Primera Edición, consumo: jubilada con «contó» invertido tras la cita, " +
      "Cámara con «Según» sin cita y su presidente con cita parcial, «señaló el " +
      "dirigente» invertido, dirección provincial con «advirtieron» y cita parcial, " +
      "vendedor anónimo con dos puntos, economista con cita parcial y «dijo»",
    headline:
      "Con los precios en baja del otro lado, misioneros vuelven a cruzar a " +
      "Encarnación para hacer las compras",
    paragraphs: [
      "El puente San Roque González de Santa Cruz registró el último fin de semana " +
        "más de 38.000 cruces de Posadas hacia Encarnación, la cifra más alta del año, " +
        "impulsada por la diferencia de precios en alimentos, ropa y electrónica.",
      "“Un kilo de yerba allá sale casi la mitad. Con lo que ahorro en un mes me pago " +
        "la nafta”, contó Marta Beatriz Gauna, jubilada de Villa Cabello, mientras " +
        "esperaba en la fila del paso fronterizo con dos bolsas de supermercado.",
      "Según la Cámara de Comercio e Industria de Posadas, las ventas en los " +
        "comercios del centro cayeron un 22% interanual en octubre. Su presidente, " +
        "Héctor Raúl Benítez, pidió “medidas de frontera urgentes” al Gobierno " +
        "provincial.",
      "“No podemos competir contra una economía que tiene la mitad de impuestos. El " +
        "comerciante de la Bajada Vieja está desesperado”, señaló el dirigente.",
      "Desde la Dirección de Defensa del Consumidor de Misiones recomendaron " +
        "verificar los límites de la franquicia aduanera, que hoy es de 300 dólares " +
        "por persona por vía terrestre, y advirtieron que en las últimas semanas se " +
        "detectaron “productos vencidos o sin registro sanitario” en algunas compras.",
      "Del otro lado del río, el movimiento se nota. Un vendedor de un local de " +
        "celulares del barrio San Pedro de Encarnación, que pidió no ser identificado, " +
        "aseguró: “El sábado el 70% de los clientes eran argentinos. Nos hablan en " +
        "pesos y pagan con tarjeta”.",
      "La economista de la Universidad Nacional de Misiones (UNaM) Carla Noemí Zarza " +
        "explicó que el fenómeno es “pendular” y que depende del tipo de cambio. " +
        "“Hace dos años eran los paraguayos los que venían a Posadas. Esto va y " +
        "viene”, dijo.",
    ],
    quotes: [
      [
        "Un kilo de yerba allá sale casi la mitad. Con lo que ahorro en un mes me pago " + "la nafta",
        "Marta Beatriz Gauna",
      ],
      ["medidas de frontera urgentes", "Héctor Raúl Benítez"],
      [
        "No podemos competir contra una economía que tiene la mitad de impuestos. El " +
          "comerciante de la Bajada Vieja está desesperado",
        "Héctor Raúl Benítez",
      ],
      ["productos vencidos o sin registro sanitario", "la Dirección de Defensa del Consumidor de Misiones"],
      [
        "El sábado el 70% de los clientes eran argentinos. Nos hablan en pesos y " + "pagan con tarjeta",
        "Un vendedor de un local de celulares del barrio San Pedro de Encarnación",
      ],
      ["pendular", "Carla Noemí Zarza"],
      ["Hace dos años eran los paraguayos los que venían a Posadas. Esto va y viene", "Carla Noemí Zarza"],
    ],
  },
  {
    name:
      "Llano 7 Días, transporte (rayas de diálogo): titular con cita del conductor " +
      "repetida en el cuerpo con «dijo» invertido, «Según el transportador» con " +
      "cita parcial, ANI en un comunicado, gerente presentado antes y dos líneas de " +
      "raya (una partida por «explicó»), comerciante con dos citas parciales, " +
      "gobernador con «afirmó el mandatario»",
    todo: "«ya no aguantan otro día sin agua» goes to el transportador, not Gilberto Rojas Parrado",
    headline: "Vía al Llano, otra vez cerrada: “Esto es un viacrucis”",
    paragraphs: [
      "La vía Bogotá–Villavicencio permanece cerrada desde la noche del domingo por " +
        "un deslizamiento de tierra en el kilómetro 18, en jurisdicción de Guayabetal " +
        "(Cundinamarca), que dejó represados cerca de 1.200 vehículos de carga.",
      "“Esto es un viacrucis”, dijo Gilberto Rojas Parrado, conductor de una " +
        "tractomula con ganado que llevaba 26 horas detenido en el sector de " +
        "Chirajara. Según el transportador, los animales “ya no aguantan otro día sin " +
        "agua”.",
      "La Agencia Nacional de Infraestructura (ANI) indicó en un comunicado que la " +
        "remoción del material tomará “al menos 72 horas” si las lluvias lo permiten.",
      "El gerente del concesionario Coviandina, Andrés Felipe Mahecha Ruiz, habló con " +
        "LLANO 7 DÍAS desde el frente de obra.",
      "—Tenemos más de 40.000 metros cúbicos de tierra sobre la calzada y la ladera " +
        "sigue en movimiento —explicó—. No vamos a poner en riesgo a nadie.",
      "Sobre la posibilidad de habilitar un paso provisional, fue cauto:",
      "—Lo vamos a evaluar el miércoles con los geólogos. Hoy no hay condiciones.",
      "En Villavicencio, la presidenta de la asociación de comerciantes de la central " +
        "de abastos, Nidia Esperanza Baquero, advirtió que los precios del plátano y la " +
        "yuca que salen hacia Bogotá “se van a caer”, mientras que los de la papa y " +
        "las hortalizas que llegan del interior “ya subieron un 30%”.",
      "El gobernador del Meta, Rafael Eduardo Gutiérrez Pardo, pidió al Gobierno " +
        "nacional declarar la emergencia vial. “El Llano no puede seguir dependiendo " +
        "de una sola carretera”, afirmó el mandatario.",
    ],
    quotes: [
      ["Esto es un viacrucis", "Gilberto Rojas Parrado"],
      ["ya no aguantan otro día sin agua", "Gilberto Rojas Parrado"],
      ["al menos 72 horas", "La Agencia Nacional de Infraestructura"],
      [
        "Tenemos más de 40.000 metros cúbicos de tierra sobre la calzada y la ladera " +
          "sigue en movimiento",
        "Andrés Felipe Mahecha Ruiz",
      ],
      ["No vamos a poner en riesgo a nadie.", "Andrés Felipe Mahecha Ruiz"],
      [
        "Lo vamos a evaluar el miércoles con los geólogos. Hoy no hay condiciones.",
        "Andrés Felipe Mahecha Ruiz",
      ],
      ["se van a caer", "Nidia Esperanza Baquero"],
      ["ya subieron un 30%", "Nidia Esperanza Baquero"],
      ["El Llano no puede seguir dependiendo de una sola carretera", "Rafael Eduardo Gutiérrez Pardo"],
    ],
  },
  {
    name:
      "El Pingüino, temporal: director de Senapred con «indicó la autoridad» y " +
      "retomado por el apellido con cita sin verbo, meteoróloga con cita parcial, " +
      "eléctrica con «informó» y cita parcial, vecino por su edad con dos puntos, " +
      "vecina que comparte apellido con «comentó» invertido",
    headline: "Ráfagas de 120 km/h azotan Punta Arenas: techos volados y sectores sin luz",
    paragraphs: [
      "Un intenso temporal de viento afectó durante la tarde y la noche del jueves a " +
        "Punta Arenas, con ráfagas que alcanzaron los 120 kilómetros por hora en el " +
        "sector del aeropuerto, según registros de la Dirección Meteorológica de " +
        "Chile.",
      "El director regional del Servicio Nacional de Prevención y Respuesta ante " +
        "Desastres (Senapred), Claudio Andrés Vidal Oyarzo, informó que hasta la " +
        "medianoche se registraban 34 viviendas con daños en techumbres, " +
        "principalmente en los barrios 18 de Septiembre y Río de la Mano. " +
        "“Afortunadamente no tenemos personas lesionadas de gravedad”, indicó la " +
        "autoridad.",
      "Vidal agregó que se mantiene la alerta temprana preventiva para toda la " +
        "región. “El viento va a seguir fuerte hasta el sábado, así que pedimos a la " +
        "comunidad amarrar todo lo que pueda volar”.",
      "La meteoróloga de turno, Pamela Soto Barría, explicó que el fenómeno se debe a " +
        "“un gradiente de presión muy marcado” entre un núcleo de baja presión en el " +
        "mar de Drake y un anticiclón en el Pacífico.",
      "Edelmag informó que cerca de 4.200 clientes quedaron sin suministro eléctrico " +
        "y que sus cuadrillas trabajan “a toda su capacidad” para reponer el servicio.",
      "En la población Fitz Roy, Juan Carlos Barrientos, de 67 años, vio cómo las " +
        "planchas de zinc de su casa terminaban en la calle: “Sonó como un disparo y " +
        "después ya no había techo. Cuarenta años viviendo aquí y nunca había visto " +
        "algo así”.",
      "“Es Magallanes, el viento es parte de la vida, pero esto ya fue demasiado”, " +
        "comentó su vecina, Rosa Barrientos Mansilla, quien no es su familiar y lo " +
        "ayudó a recoger las planchas.",
      "La Delegación Presidencial Regional anunció la suspensión de clases " +
        "presenciales para este viernes en todos los establecimientos de la comuna.",
    ],
    quotes: [
      ["Afortunadamente no tenemos personas lesionadas de gravedad", "Claudio Andrés Vidal Oyarzo"],
      [
        "El viento va a seguir fuerte hasta el sábado, así que pedimos a la comunidad " +
          "amarrar todo lo que pueda volar",
        "Claudio Andrés Vidal Oyarzo",
      ],
      ["un gradiente de presión muy marcado", "Pamela Soto Barría"],
      ["a toda su capacidad", "Edelmag"],
      [
        "Sonó como un disparo y después ya no había techo. Cuarenta años viviendo aquí " +
          "y nunca había visto algo así",
        "Juan Carlos Barrientos",
      ],
      [
        "Es Magallanes, el viento es parte de la vida, pero esto ya fue demasiado",
        "Rosa Barrientos Mansilla",
      ],
    ],
  },
  {
    name:
      "Diario de Chimbote, pesca: titular con cita del dirigente repetida entera en " +
      "el cuerpo con «protestó» invertido y cargo antes del nombre, «El dirigente» " +
      "con cita sin verbo, Produce en un comunicado con dos citas parciales, biólogo " +
      "con dos citas parciales, vocero anónimo de una empresa con dos puntos, " +
      "comerciante con «lamentó la comerciante»",
    headline:
      "Pescadores artesanales protestan: “La anchoveta se la llevan los grandes y a " +
      "nosotros nos dejan las migajas”",
    paragraphs: [
      "Cerca de 500 pescadores artesanales de Chimbote y Coishco marcharon la mañana " +
        "de ayer hasta el muelle municipal para rechazar la cuota de 2,5 millones de " +
        "toneladas de anchoveta fijada por el Ministerio de la Producción (Produce) " +
        "para la segunda temporada de pesca en la zona norte-centro.",
      "“La anchoveta se la llevan los grandes y a nosotros nos dejan las migajas”, " +
        "protestó el secretario general del Sindicato de Pescadores Artesanales de " +
        "Chimbote, Eusebio Quispe Valverde, desde un estrado improvisado en la plaza " +
        "28 de Julio.",
      "El dirigente exigió que se respete la franja de cinco millas reservada a la " +
        "pesca artesanal. “Las bolicheras entran de noche, con las luces apagadas, y " +
        "nadie las controla”.",
      "Produce, en un comunicado, sostuvo que la cuota se fijó “sobre la base de la " +
        "evaluación científica del Imarpe” y que la vigilancia satelital de la flota " +
        "industrial “se ha reforzado”.",
      "El biólogo pesquero Manuel Arturo Chumbe Lara, docente de la Universidad " +
        "Nacional del Santa, consideró que la cuota es “prudente” tras las anomalías " +
        "cálidas del año pasado, aunque advirtió que “el problema de fondo es la " +
        "fiscalización”.",
      "Un vocero de una de las principales empresas pesqueras del puerto, que pidió " +
        "no ser citado por su nombre, negó las acusaciones: “Cada embarcación tiene su " +
        "GPS y el Ministerio la ve en tiempo real”.",
      "En el muelle, Julia Rosa Chávez, que vende pescado desde hace treinta años, " +
        "miraba las chalanas vacías. “Antes salía el bonito, la cachema, la lorna. " +
        "Ahora regresan con dos cajas”, lamentó la comerciante.",
    ],
    quotes: [
      ["La anchoveta se la llevan los grandes y a nosotros nos dejan las migajas", "Eusebio Quispe Valverde"],
      [
        "Las bolicheras entran de noche, con las luces apagadas, y nadie las controla",
        "Eusebio Quispe Valverde",
      ],
      ["sobre la base de la evaluación científica del Imarpe", "Produce"],
      ["se ha reforzado", "Produce"],
      ["prudente", "Manuel Arturo Chumbe Lara"],
      ["el problema de fondo es la fiscalización", "Manuel Arturo Chumbe Lara"],
      [
        "Cada embarcación tiene su GPS y el Ministerio la ve en tiempo real",
        "Un vocero de una de las principales empresas pesqueras del puerto",
      ],
      ["Antes salía el bonito, la cachema, la lorna. Ahora regresan con dos cajas", "Julia Rosa Chávez"],
    ],
  },
  {
    name:
      "La Voz de Guanacaste, tribunales: «Según la jueza» con cita parcial y " +
      "«agregó la jueza» invertido, fiscal con «dijo» tras la cita, abogado " +
      "defensor con «afirmó», empresario anónimo con «dijo que» y cita parcial, " +
      "Municipalidad en un comunicado con cita parcial",
    todo:
      "«apenas raspa la superficie» goes to Uno de los testigos, not un empresario turístico de " +
      "Tamarindo",
    headline:
      "Condenan a exinspector municipal de Santa Cruz por cobrar sobornos a cambio de " +
      "no clausurar obras en playas",
    paragraphs: [
      "El Tribunal Penal de Santa Cruz condenó este miércoles a seis años de prisión " +
        "a Randall Alberto Matarrita Espinoza, exinspector de la Municipalidad de " +
        "Santa Cruz, por cobrar sobornos a cambio de no clausurar construcciones en la " +
        "zona marítimo-terrestre de playa Tamarindo y Playa Grande.",
      "La jueza Ana Lorena Chaves Obando, quien presidió el tribunal, leyó la parte " +
        "dispositiva de la sentencia ante una sala llena. Según la jueza, quedó " +
        "demostrado que el acusado recibió al menos ₡14 millones entre 2021 y 2023 y " +
        "que actuó “con pleno conocimiento de la ilegalidad de las obras”.",
      "“Un funcionario público no puede convertir su firma en una mercancía”, agregó " +
        "la jueza al explicar la pena.",
      "El fiscal del caso, Esteban Mora Quirós, se mostró satisfecho con el fallo, " +
        "aunque había pedido ocho años. “Este caso demuestra que el desorden en la " +
        "costa no es casualidad: hay gente que lo cobra”, dijo a La Voz de Guanacaste " +
        "al salir de la audiencia.",
      "La defensa, a cargo del abogado Luis Diego Solano Víquez, anunció que apelará. " +
        "“Mi cliente fue condenado con el testimonio de personas que tenían interés en " +
        "perjudicarlo”, afirmó.",
      "Matarrita Espinoza permanecerá en libertad, con impedimento de salida del " +
        "país, mientras la sentencia no esté firme.",
      "Uno de los testigos, un empresario turístico de Tamarindo que pidió no ser " +
        "identificado por temor a represalias, dijo que el caso “apenas raspa la " +
        "superficie” de lo que ocurre en la costa.",
      "La Municipalidad de Santa Cruz informó mediante un comunicado que el " +
        "exfuncionario fue despedido en 2023 y que la institución “colaboró en todo " +
        "momento con la investigación”.",
    ],
    quotes: [
      ["con pleno conocimiento de la ilegalidad de las obras", "Ana Lorena Chaves Obando"],
      ["Un funcionario público no puede convertir su firma en una mercancía", "Ana Lorena Chaves Obando"],
      [
        "Este caso demuestra que el desorden en la costa no es casualidad: hay gente " + "que lo cobra",
        "Esteban Mora Quirós",
      ],
      [
        "Mi cliente fue condenado con el testimonio de personas que tenían interés en " + "perjudicarlo",
        "Luis Diego Solano Víquez",
      ],
      ["apenas raspa la superficie", "un empresario turístico de Tamarindo"],
      ["colaboró en todo momento con la investigación", "La Municipalidad de Santa Cruz"],
    ],
  },
  {
    name:
      "Periódico 26, cultura: presidenta del comité con «afirmó» invertido, títulos " +
      "de una colección y de un poemario (no citas), poeta premiado con «dijo a 26 " +
      "que» y cita parcial, repentista por su edad con cita partida por «contó " +
      "después el veterano», nieto con «dijo el muchacho», directora provincial con " +
      "«calificó como» y cita parcial",
    todo:
      "«en las madrugadas, después del trabajo en la …» not found; «Surco adentro» taken for a " + "quote",
    headline: "La Jornada Cucalambeana abre con homenaje a los repentistas tuneros",
    paragraphs: [
      "Con un guateque en el Parque Motel El Cornito, a las afueras de la ciudad, " +
        "quedó inaugurada este jueves una nueva edición de la Jornada Cucalambeana, " +
        "fiesta de la cultura campesina que este año dedica su programa a los " +
        "improvisadores de la provincia.",
      "“El Cornito vuelve a ser la casa de la décima”, afirmó la presidenta del " +
        "comité organizador, Yanelis Peña Ochoa, al dar la bienvenida a los más de 40 " +
        "poetas y músicos invitados de todo el país.",
      "Peña Ochoa explicó que durante la jornada se presentarán los cuadernos de la " +
        "colección “Décimas del Cornito” y que el concurso iberoamericano de décima " +
        "escrita recibió este año 312 obras.",
      "El premio correspondió al poemario “Surco adentro”, del holguinero Raciel " +
        "Pupo Batista, quien dijo a 26 que escribió el libro “en las madrugadas, " +
        "después del trabajo en la vaquería”.",
      "Uno de los homenajeados, el repentista Ramiro Leyva Guerra, de 81 años, " +
        "improvisó una espinela frente al público. “Yo aprendí a improvisar antes que " +
        "a leer”, contó después el veterano, natural de Puerto Padre. “Mi padre " +
        "cantaba en los guateques y yo me quedaba dormido debajo de la mesa”.",
      "Su nieto, Adrián Leyva Rojas, de 19 años, compite este año en el certamen de " +
        "repentismo juvenil. “Él me enseñó el pie forzado jugando, en el portal de la " +
        "casa”, dijo el muchacho.",
      "La directora provincial de Cultura, Mabel Hidalgo Fuentes, calificó la " +
        "Jornada como “un acto de resistencia de la identidad campesina” y anunció que " +
        "las actividades se extenderán hasta el domingo en los municipios de " +
        "Majibacoa y Jesús Menéndez.",
    ],
    quotes: [
      ["El Cornito vuelve a ser la casa de la décima", "Yanelis Peña Ochoa"],
      ["en las madrugadas, después del trabajo en la vaquería", "Raciel Pupo Batista"],
      ["Yo aprendí a improvisar antes que a leer", "Ramiro Leyva Guerra"],
      ["Mi padre cantaba en los guateques y yo me quedaba dormido debajo de la mesa", "Ramiro Leyva Guerra"],
      ["Él me enseñó el pie forzado jugando, en el portal de la casa", "Adrián Leyva Rojas"],
      ["un acto de resistencia de la identidad campesina", "Mabel Hidalgo Fuentes"],
    ],
  },
  {
    name:
      "El Impulso, salud: jefa de servicio con «señaló» invertido y «la doctora» " +
      "antes del nombre, «La especialista» con cita sin verbo, madre presentada con " +
      "dos puntos, Secretaría de Salud en una nota de prensa con cita parcial, " +
      "médico residente anónimo con cita parcial, presidente del Colegio que " +
      "comparte apellido con la madre con «afirmó el gremialista»",
    headline: "Pediátrico Agustín Zubillaga reporta repunte de casos de bronquiolitis",
    paragraphs: [
      "El Hospital Pediátrico Dr. Agustín Zubillaga, en Barquisimeto, atendió en las " +
        "últimas dos semanas 186 casos de bronquiolitis en niños menores de dos años, " +
        "casi el doble que en el mismo período del año pasado, según cifras del " +
        "servicio de emergencia.",
      "“Tenemos las 24 camas de hospitalización ocupadas y niños esperando en la " +
        "emergencia con oxígeno”, señaló la jefa del servicio de neumonología, la " +
        "doctora Gisela Coromoto Álvarez Mendoza.",
      "La especialista atribuyó el aumento a la circulación del virus sincitial " +
        "respiratorio y a las lluvias de las últimas semanas. “Los padres deben " +
        "consultar si el niño respira rápido o se le hunden las costillas. Eso no " +
        "puede esperar”.",
      "En el pasillo de la emergencia, Yusmary Colmenárez, madre de un bebé de cuatro " +
        "meses, contó que llegó desde Cabudare a las cuatro de la madrugada: “Me " +
        "dijeron que no había cama, pero que no me fuera. Aquí llevo doce horas " +
        "sentada con él en brazos”.",
      "La Secretaría de Salud del estado Lara informó en una nota de prensa que se " +
        "habilitaron diez camas adicionales en el Hospital Central Antonio María " +
        "Pineda para descongestionar el pediátrico y que la situación “está bajo " +
        "control”.",
      "Sin embargo, un médico residente del Zubillaga, que habló bajo condición de " +
        "anonimato, aseguró que en la emergencia faltan “nebulizadores, mascarillas " +
        "pediátricas y hasta jeringas”.",
      "El presidente del Colegio de Médicos del estado Lara, Luis Eduardo Colmenárez " +
        "Pérez, pidió una campaña de vacunación contra la influenza en las " +
        "guarderías. “La prevención es más barata que cualquier hospitalización”, " +
        "afirmó el gremialista.",
    ],
    quotes: [
      [
        "Tenemos las 24 camas de hospitalización ocupadas y niños esperando en la " +
          "emergencia con oxígeno",
        "Gisela Coromoto Álvarez Mendoza",
      ],
      [
        "Los padres deben consultar si el niño respira rápido o se le hunden las " +
          "costillas. Eso no puede esperar",
        "Gisela Coromoto Álvarez Mendoza",
      ],
      [
        "Me dijeron que no había cama, pero que no me fuera. Aquí llevo doce horas " +
          "sentada con él en brazos",
        "Yusmary Colmenárez",
      ],
      ["está bajo control", "La Secretaría de Salud del estado Lara"],
      ["nebulizadores, mascarillas pediátricas y hasta jeringas", "un médico residente del Zubillaga"],
      ["La prevención es más barata que cualquier hospitalización", "Luis Eduardo Colmenárez Pérez"],
    ],
  },
  {
    name:
      "Hondudiario, sucesos (comillas rectas): término entre comillas (no cita), " +
      "portavoz con «explicó» invertido y cargo antes del nombre, retomado por el " +
      "apellido con «dijo», taxista anónimo con dos puntos y cita suelta que lo " +
      "continúa, Ministerio Público con cita parcial, dirigente con «pidió que» y " +
      "cita parcial",
    headline: "Capturan a dos supuestos extorsionadores de taxistas en la colonia Kennedy",
    paragraphs: [
      "Agentes de la Dirección Policial Anti Maras y Pandillas contra el Crimen " +
        "Organizado (DIPAMPCO) capturaron este martes a dos hombres, de 23 y 27 años, " +
        'acusados de cobrar el llamado "impuesto de guerra" a los conductores de un ' +
        "punto de taxis de la colonia Kennedy, en Tegucigalpa.",
      '"Les cobraban 500 lempiras semanales a cada conductor y a quien no pagaba le ' +
        'quemaban el carro", explicó el portavoz de la DIPAMPCO, Marvin Josué Cárcamo ' +
        "Reyes.",
      "Cárcamo detalló que a los detenidos se les decomisaron tres teléfonos " +
        'celulares y una libreta con anotaciones. "Esa libreta es la contabilidad de ' +
        'la estructura", dijo.',
      "Un taxista del punto, que pidió no revelar su nombre por seguridad, reconoció " +
        'que muchos compañeros dejaron el trabajo: "Aquí éramos 30. Ahora quedamos 12, ' +
        'los demás se fueron a Estados Unidos o a otra colonia".',
      '"Uno sale a trabajar sin saber si va a regresar a la casa".',
      "El Ministerio Público informó que los capturados serán presentados ante un " +
        'juez con jurisdicción nacional "en las próximas horas" por el delito de ' +
        "extorsión agravada.",
      "El presidente de la Asociación de Taxistas de Tegucigalpa, Santos Orlando " +
        'Flores Mejía, celebró las capturas, pero pidió que "no sean solo para la ' +
        'foto" y que la Policía mantenga la vigilancia en los puntos.',
    ],
    quotes: [
      [
        "Les cobraban 500 lempiras semanales a cada conductor y a quien no pagaba le " + "quemaban el carro",
        "Marvin Josué Cárcamo Reyes",
      ],
      ["Esa libreta es la contabilidad de la estructura", "Marvin Josué Cárcamo Reyes"],
      [
        "Aquí éramos 30. Ahora quedamos 12, los demás se fueron a Estados Unidos o a " + "otra colonia",
        "Un taxista del punto",
      ],
      ["Uno sale a trabajar sin saber si va a regresar a la casa", "Un taxista del punto"],
      ["en las próximas horas", "El Ministerio Público"],
      ["no sean solo para la foto", "Santos Orlando Flores Mejía"],
    ],
  },
]);
