// A thirty-sixth round of composed Spanish news articles, in the styles of outlets and beats the first
// thirty-five rounds did not use: Noticias de Navarra (teachers at a Tudela secondary school protest
// crowded classrooms, education, España), La Voz de Avilés (a galvanising plant plans a furlough
// scheme over power prices, industry, Asturias), El Siglo de Durango (the city council votes to move
// street vendors out of the historic centre, local politics, México), El Heraldo de Chiapas (the
// Sabinal river floods Tuxtla Gutiérrez, weather, México), El Patagónico (a last-minute Gimnasia win
// in the Liga Argentina de básquet, sport, Comodoro Rivadavia, Argentina), El Pilón (a new Rey
// Vallenato at the Festival de la Leyenda Vallenata, culture, Valledupar, Colombia, raya dialogue
// lines), El Austral de Osorno (dairy farmers protest a cut in the milk price, agriculture, Chile),
// Diario del Cusco (queues for Machu Picchu tickets in Machupicchu Pueblo, tourism, Perú), Proceso
// Digital (power cuts in the Valle de Sula, consumer/energy, Honduras, straight quotation marks) and
// Sierra Maestra (the pilgrimage to El Cobre on the Caridad feast day, religion, Santiago de Cuba,
// Cuba). Every article was written for these tests, blind, before the engine was run on them; the
// speakers follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Noticias de Navarra, educación: titular con la cita de la directora repetida en el " +
      "cuerpo, cita sin verbo que la continúa, Departamento en una respuesta escrita con " +
      "dos citas parciales, sindicato con «Para» y cita parcial, delegada que comparte " +
      "apellido con la directora y dos puntos, lema de una pancarta (no cita), alumno con " +
      "«dijo el alumno», madre anónima con dos puntos, «La directora» con cita parcial",
    todo: "«no sirve» goes to LAB, not el sindicato LAB",
    headline: "«No podemos dar clase a 28 alumnos en un aula pensada en 1970»",
    standfirst:
      "El claustro del IES Ribera Baja de Tudela se concentra para exigir el pabellón " +
      "prometido hace cuatro años",
    paragraphs: [
      "El claustro del IES Ribera Baja de Tudela se concentró ayer a las puertas del " +
        "centro para reclamar al Departamento de Educación la construcción del nuevo " +
        "pabellón comprometido en 2022 y una bajada de ratios en primero de ESO.",
      "«No podemos dar clase a 28 alumnos en un aula pensada en 1970», resumió la " +
        "directora del instituto, Itziar Goñi Arbizu, que leyó un manifiesto ante más de un " +
        "centenar de docentes, familias y estudiantes. «Aquí no cabe ni una mesa más».",
      "La directora explicó que el centro ha pasado de 640 a 910 alumnos en cinco años y " +
        "que tres grupos reciben clase en módulos prefabricados instalados en el patio.",
      "El Departamento de Educación, en una respuesta escrita remitida a este periódico, " +
        "asegura que el pabellón está «incluido en la planificación de 2027» y que las " +
        "ratios navarras se sitúan «por debajo de la media estatal».",
      "Para el sindicato LAB, esa respuesta «no sirve». Su delegada en la Ribera, Ainhoa " +
        "Goñi Lasa, que no guarda relación con la directora, fue tajante: «Llevamos cuatro " +
        "años escuchando la misma fecha. Las familias ya no se lo creen».",
      "Entre los estudiantes, Unai Martínez Sola, de cuarto de ESO, sostenía una pancarta " +
        "con el lema «Ratios dignas ya». «Estudiamos con el abrigo puesto y nadie nos " +
        "pregunta nada», dijo el alumno.",
      "Una madre de la APYMA del centro, que prefirió no dar su nombre, lo resumió así: " +
        "«Mi hija tiene la misma aula que tuve yo, con los mismos radiadores».",
      "La directora avanzó que el claustro volverá a concentrarse el próximo jueves si " +
        "antes no recibe «una fecha concreta y por escrito».",
    ],
    quotes: [
      ["No podemos dar clase a 28 alumnos en un aula pensada en 1970", "Itziar Goñi Arbizu"],
      ["Aquí no cabe ni una mesa más", "Itziar Goñi Arbizu"],
      ["incluido en la planificación de 2027", "El Departamento de Educación"],
      ["por debajo de la media estatal", "El Departamento de Educación"],
      ["no sirve", "el sindicato LAB"],
      [
        "Llevamos cuatro años escuchando la misma fecha. Las familias ya no se lo " + "creen",
        "Ainhoa Goñi Lasa",
      ],
      ["Estudiamos con el abrigo puesto y nadie nos pregunta nada", "Unai Martínez Sola"],
      [
        "Mi hija tiene la misma aula que tuve yo, con los mismos radiadores",
        "Una madre de la APYMA del centro",
      ],
      ["una fecha concreta y por escrito", "Itziar Goñi Arbizu"],
    ],
  },
  {
    name:
      "La Voz de Avilés, industria: entradilla con cita parcial del comité repetida en el " +
      "cuerpo, director general con «explicó» invertido y segunda cita sin verbo, " +
      "presidente del comité con dos puntos y «advirtió el sindicalista», concejal con " +
      "cita parcial, Consejería en una nota, operario anónimo con dos puntos y cita suelta " +
      "en el párrafo siguiente que lo continúa",
    todo:
      "«Esto ya lo vimos en 2012 y acabó en despidos» goes to un operario, not un operario con 22 " +
      "años en la planta; «Uno ya no se fía de nadie» goes to un operario con 22 años en la planta " +
      "lo, not un operario con 22 años en la planta",
    headline:
      "Galvanizados del Cantábrico plantea un ERTE para 180 trabajadores por el precio de " + "la luz",
    standfirst:
      "El comité de empresa lo considera una «excusa para ajustar plantilla» y convoca " +
      "asamblea el lunes",
    paragraphs: [
      "La dirección de Galvanizados del Cantábrico comunicó ayer al comité de empresa su " +
        "intención de aplicar un expediente de regulación temporal de empleo (ERTE) a 180 de " +
        "los 240 trabajadores de su planta del Parque Empresarial Principado de Asturias " +
        "(PEPA) durante seis meses.",
      "La compañía atribuye la medida al coste de la energía. «Con el precio actual del " +
        "megavatio, cada tonelada que galvanizamos la perdemos», explicó el director " +
        "general, Borja Suárez-Valdés Noriega, en un encuentro con la prensa. «No es un " +
        "ajuste de plantilla, es una forma de aguantar hasta que el mercado se normalice».",
      "El comité de empresa calificó el expediente de «excusa para ajustar plantilla» y " +
        "convocó una asamblea para el lunes. Su presidente, Adrián Fernández Menéndez " +
        "(CCOO), recordó que la empresa cerró 2025 con beneficios: «Hace un año repartían " +
        "dividendos. Ahora nos piden que paguemos nosotros la factura de la luz».",
      "Fernández no descarta movilizaciones. «Si hay que cortar la autovía, se cortará», " +
        "advirtió el sindicalista.",
      "Desde el Ayuntamiento de Avilés, el concejal de Promoción Económica, Marcos Álvarez " +
        "Pola, pidió «diálogo y sentido de la responsabilidad» a las dos partes y recordó " +
        "que la comarca ha perdido más de 1.500 empleos industriales en una década.",
      "La Consejería de Industria del Principado, por su parte, señaló en una nota que " +
        "está «dispuesta a mediar desde el primer día».",
      "A la salida del turno de tarde, un operario con 22 años en la planta lo resumía con " +
        "pocas palabras: «Esto ya lo vimos en 2012 y acabó en despidos».",
      "«Uno ya no se fía de nadie».",
    ],
    quotes: [
      ["excusa para ajustar plantilla", "El comité de empresa"],
      [
        "Con el precio actual del megavatio, cada tonelada que galvanizamos la " + "perdemos",
        "Borja Suárez-Valdés Noriega",
      ],
      [
        "No es un ajuste de plantilla, es una forma de aguantar hasta que el mercado " + "se normalice",
        "Borja Suárez-Valdés Noriega",
      ],
      [
        "Hace un año repartían dividendos. Ahora nos piden que paguemos nosotros la " + "factura de la luz",
        "Adrián Fernández Menéndez",
      ],
      ["Si hay que cortar la autovía, se cortará", "Adrián Fernández Menéndez"],
      ["diálogo y sentido de la responsabilidad", "Marcos Álvarez Pola"],
      ["dispuesta a mediar desde el primer día", "La Consejería de Industria del Principado"],
      ["Esto ya lo vimos en 2012 y acabó en despidos", "un operario con 22 años en la planta"],
      ["Uno ya no se fía de nadie", "un operario con 22 años en la planta"],
    ],
  },
  {
    name:
      "El Siglo de Durango, política local: alcalde con «afirmó» invertido y segunda cita " +
      "sin verbo tras «El edil», nombre de un programa (no cita), regidora que comparte " +
      "apellido con el alcalde con cita parcial y «sostuvo la edil», dirigente con " +
      "«advirtió» y dos puntos, estudio con «De acuerdo con» y cita parcial, vendedora " +
      "anónima con dos puntos",
    headline: "Aprueba Cabildo reubicar a ambulantes del Centro Histórico",
    paragraphs: [
      "Con 12 votos a favor y 5 en contra, el Cabildo de Durango aprobó en sesión " +
        "ordinaria el nuevo Reglamento de Comercio en la Vía Pública, que prevé reubicar a " +
        "unos 300 vendedores ambulantes del Centro Histórico a un predio municipal de la " +
        "calle Negrete.",
      "“No se trata de quitarle el sustento a nadie, sino de ordenar el primer cuadro”, " +
        "afirmó el alcalde, José Luis Salcido Ontiveros, al término de la sesión.",
      "El edil explicó que el reglamento forma parte del programa “Centro Vivo” y que los " +
        "comerciantes tendrán seis meses para trasladarse. “Va a haber techumbre, baños y " +
        "vigilancia. Mejores condiciones de las que tienen hoy en la banqueta”.",
      "La regidora de Morena Alejandra Salcido Reyes, sin parentesco con el alcalde, votó " +
        "en contra y acusó a la administración de aprobar el documento “sin consultar a un " +
        "solo comerciante”. “Mañana van a llegar los inspectores y no van a saber ni a dónde " +
        "ir”, sostuvo la edil.",
      "Al salir del recinto, la dirigente de la Unión de Comerciantes Ambulantes del " +
        "Centro, María Guadalupe Herrera Soto, advirtió: “Si nos quieren mover a la fuerza, " +
        "nos vamos a plantar frente a Palacio”.",
      "De acuerdo con un estudio de la Dirección Municipal de Desarrollo Económico, el 60 " +
        "por ciento de los ambulantes del primer cuadro “no cuenta con ningún tipo de " +
        "permiso vigente”.",
      "Una vendedora de elotes de la calle Constitución, que pidió omitir su nombre, dijo " +
        "no estar enterada: “A mí nadie me ha venido a decir nada. Yo aquí llevo 20 años”.",
    ],
    quotes: [
      [
        "No se trata de quitarle el sustento a nadie, sino de ordenar el primer " + "cuadro",
        "José Luis Salcido Ontiveros",
      ],
      [
        "Va a haber techumbre, baños y vigilancia. Mejores condiciones de las que " +
          "tienen hoy en la banqueta",
        "José Luis Salcido Ontiveros",
      ],
      ["sin consultar a un solo comerciante", "Alejandra Salcido Reyes"],
      ["Mañana van a llegar los inspectores y no van a saber ni a dónde ir", "Alejandra Salcido Reyes"],
      [
        "Si nos quieren mover a la fuerza, nos vamos a plantar frente a Palacio",
        "María Guadalupe Herrera Soto",
      ],
      [
        "no cuenta con ningún tipo de permiso vigente",
        "un estudio de la Dirección Municipal de Desarrollo Económico",
      ],
      [
        "A mí nadie me ha venido a decir nada. Yo aquí llevo 20 años",
        "Una vendedora de elotes de la calle Constitución",
      ],
    ],
  },
  {
    name:
      "El Heraldo de Chiapas, clima: Secretaría con «De acuerdo con» y cita parcial, " +
      "titular de la dependencia con cita partida por «precisó el funcionario», «doña» " +
      "antes del nombre con dos puntos y cita suelta en el párrafo siguiente, SMN con " +
      "«prevé que», alcalde con cita parcial, vecino anónimo con «reclamó» invertido",
    todo:
      "«podrían acompañarse de descargas eléctricas y…» goes to Socorro Nandayapa, not El Servicio " +
      "Meteorológico Nacional",
    headline: "Desborda el Sabinal; más de 400 viviendas afectadas en Tuxtla",
    paragraphs: [
      "Las intensas lluvias que dejó la onda tropical número 23 provocaron el " +
        "desbordamiento del río Sabinal la noche del miércoles, con afectaciones en más de " +
        "400 viviendas de al menos nueve colonias del poniente de Tuxtla Gutiérrez.",
      "De acuerdo con la Secretaría de Protección Civil del estado, en apenas tres horas " +
        "se registraron 98 milímetros de lluvia, “una cantidad que el drenaje de la ciudad " +
        "no está diseñado para desalojar”.",
      "El titular de la dependencia, Rubén Darío Coutiño Gómez, informó que se habilitaron " +
        "cuatro albergues. “Hasta ahora no tenemos personas lesionadas”, precisó el " +
        "funcionario, “pero pedimos a la población no cruzar calles inundadas”.",
      "En la colonia Las Granjas, doña Socorro Nandayapa, de 67 años, sacaba el lodo de su " +
        "casa con una cubeta: “El agua entró por la puerta de atrás y en diez minutos ya nos " +
        "llegaba a las rodillas”.",
      "“Se nos fue el refrigerador, la estufa, los colchones. Todo”.",
      "El Servicio Meteorológico Nacional (SMN) prevé que las lluvias continúen en la " +
        "región hasta el fin de semana y que “podrían acompañarse de descargas eléctricas y " +
        "granizo”.",
      "El presidente municipal, Ángel Torres Culebro, recorrió la zona afectada y " +
        "reconoció que el cauce del río “tiene años sin desazolvarse”. Anunció que el " +
        "Ayuntamiento pedirá la declaratoria de emergencia.",
      "“Cada año es lo mismo y cada año vienen a tomarse la foto”, reclamó un vecino de la " +
        "colonia Terán.",
    ],
    quotes: [
      [
        "una cantidad que el drenaje de la ciudad no está diseñado para desalojar",
        "la Secretaría de Protección Civil del estado",
      ],
      ["Hasta ahora no tenemos personas lesionadas", "Rubén Darío Coutiño Gómez"],
      ["pero pedimos a la población no cruzar calles inundadas", "Rubén Darío Coutiño Gómez"],
      [
        "El agua entró por la puerta de atrás y en diez minutos ya nos llegaba a las " + "rodillas",
        "Socorro Nandayapa",
      ],
      ["Se nos fue el refrigerador, la estufa, los colchones. Todo", "Socorro Nandayapa"],
      ["podrían acompañarse de descargas eléctricas y granizo", "El Servicio Meteorológico Nacional"],
      ["tiene años sin desazolvarse", "Ángel Torres Culebro"],
      ["Cada año es lo mismo y cada año vienen a tomarse la foto", "un vecino de la colonia Terán"],
    ],
  },
  {
    name:
      "El Patagónico, básquet: titular con cita del escolta repetida en el cuerpo, «dijo» " +
      "invertido y segunda cita sin verbo, «El escolta» con «contó», apodo del club (no " +
      "cita), entrenador con dos puntos y «El DT» con cita parcial, técnico rival con " +
      "«Según el técnico visitante», presidente con dos puntos, hincha anónimo con " +
      "«aseguró»",
    headline: "Gimnasia lo ganó en el final: “Este equipo no se rinde nunca”",
    paragraphs: [
      "Gimnasia y Esgrima de Comodoro Rivadavia venció anoche 84-79 a Independiente de " +
        "Neuquén en el Socios Fundadores y cortó una racha de tres derrotas en la Liga " +
        "Argentina de básquet, con un triple de Tomás Alejandro Iturrieta a 22 segundos del " +
        "final.",
      "“Este equipo no se rinde nunca”, dijo Iturrieta, todavía en la cancha, mientras la " +
        "hinchada coreaba su nombre. “Estuvimos abajo por once y nadie bajó los brazos”.",
      "El escolta, de 23 años y surgido de las inferiores del club, terminó con 21 puntos. " +
        "“El último tiro lo practico siempre en el entrenamiento. Hoy entró”, contó entre " +
        "risas.",
      "El entrenador del “Verde”, Gustavo Ariel Manquel, destacó la defensa del último " +
        "cuarto: “Les cerramos la pintura y los obligamos a tirar de afuera. Ahí se ganó el " +
        "partido”.",
      "El DT también advirtió que el equipo “todavía tiene mucho para corregir” de cara al " +
        "viaje a Bahía Blanca del próximo fin de semana.",
      "Del lado neuquino, el entrenador Diego Luis Sepúlveda lamentó las pérdidas de " +
        "balón. Según el técnico visitante, su equipo “regaló la pelota en los momentos en " +
        "que había que tener cabeza”.",
      "El presidente de Gimnasia, Hugo Roberto Paillalef, anticipó que el club pedirá " +
        "jugar los playoffs de local si termina entre los cuatro primeros: “Ya hablamos con " +
        "la Asociación de Clubes. El Socios Fundadores está en condiciones”.",
      "“Hace treinta años que vengo y nunca vi un final así”, aseguró un hincha de la " +
        "platea norte con la camiseta de 1996.",
    ],
    quotes: [
      ["Este equipo no se rinde nunca", "Tomás Alejandro Iturrieta"],
      ["Estuvimos abajo por once y nadie bajó los brazos", "Tomás Alejandro Iturrieta"],
      ["El último tiro lo practico siempre en el entrenamiento. Hoy entró", "Tomás Alejandro Iturrieta"],
      [
        "Les cerramos la pintura y los obligamos a tirar de afuera. Ahí se ganó el " + "partido",
        "Gustavo Ariel Manquel",
      ],
      ["todavía tiene mucho para corregir", "Gustavo Ariel Manquel"],
      ["regaló la pelota en los momentos en que había que tener cabeza", "Diego Luis Sepúlveda"],
      [
        "Ya hablamos con la Asociación de Clubes. El Socios Fundadores está en " + "condiciones",
        "Hugo Roberto Paillalef",
      ],
      ["Hace treinta años que vengo y nunca vi un final así", "un hincha de la platea norte"],
    ],
  },
  {
    name:
      "El Pilón, cultura (rayas de diálogo): títulos de canciones (no citas), rey " +
      "vallenato presentado en un párrafo y que habla en rayas partidas por «dijo», " +
      "segunda raya sin verbo tras dos puntos, presidente del jurado con «afirmó», " +
      "fundación en un comunicado con cita parcial, primo con el mismo apellido y dos " +
      "puntos, vendedora anónima con dos puntos",
    todo:
      "«Esto es para mi papá, que me enseñó a tocar c…» goes to EL PILÓN, not Yeison David Maestre " +
      "Oñate; «Él no pudo ver esto, pero yo sé que estaba aquí.» goes to EL PILÓN, not Yeison David " +
      "Maestre Oñate; «Ahora a grabar. El vallenato de La Paz tiene …» goes to EL PILÓN, not Yeison " +
      "David Maestre Oñate; «Mi pueblo querido» taken for a quote; «Lamento de la sabana» taken for " +
      "a quote",
    headline: "Un acordeonero de La Paz, nuevo Rey Vallenato profesional",
    paragraphs: [
      "El acordeonero Yeison David Maestre Oñate, de 26 años y oriundo de La Paz (Cesar), " +
        "se coronó en la madrugada de este lunes como Rey Vallenato profesional del Festival " +
        "de la Leyenda Vallenata, en la tarima Francisco el Hombre.",
      "En la final, Maestre interpretó el paseo “Mi pueblo querido”, de su autoría, y el " +
        "son “Lamento de la sabana”, un clásico que aprendió de niño en las parrandas de su " +
        "casa.",
      "Minutos después de recibir la corona, con el acordeón todavía terciado, EL PILÓN " + "habló con él.",
      "—Esto es para mi papá, que me enseñó a tocar con un acordeón de dos hileras —dijo, " +
        "con la voz quebrada—. Él no pudo ver esto, pero yo sé que estaba aquí.",
      "Sobre sus planes, fue breve:",
      "—Ahora a grabar. El vallenato de La Paz tiene que sonar en todo el mundo.",
      "El presidente del jurado, el maestro Hernando José Zuleta, explicó que la decisión " +
        "fue unánime. “Tuvo digitación, tuvo respeto por los aires tradicionales y tuvo " +
        "alma”, afirmó.",
      "La Fundación Festival de la Leyenda Vallenata informó en un comunicado que esta " +
        "edición recibió “más de 40.000 visitantes” y que la final se transmitió en directo " +
        "a quince países.",
      "El segundo lugar fue para el también paceño Luis Carlos Maestre, primo del ganador, " +
        "quien reconoció entre risas: “Si me tenía que ganar alguien, que fuera de la " +
        "familia”.",
      "Una vendedora de tinto de la plaza Alfonso López, que llevaba despierta desde la " +
        "víspera, lo resumió así: “Ese muchacho toca como los de antes”.",
    ],
    quotes: [
      [
        "Esto es para mi papá, que me enseñó a tocar con un acordeón de dos hileras",
        "Yeison David Maestre Oñate",
      ],
      ["Él no pudo ver esto, pero yo sé que estaba aquí.", "Yeison David Maestre Oñate"],
      [
        "Ahora a grabar. El vallenato de La Paz tiene que sonar en todo el mundo.",
        "Yeison David Maestre Oñate",
      ],
      ["Tuvo digitación, tuvo respeto por los aires tradicionales y tuvo alma", "Hernando José Zuleta"],
      ["más de 40.000 visitantes", "La Fundación Festival de la Leyenda Vallenata"],
      ["Si me tenía que ganar alguien, que fuera de la familia", "Luis Carlos Maestre"],
      ["Ese muchacho toca como los de antes", "Una vendedora de tinto de la plaza Alfonso López"],
    ],
  },
  {
    name:
      "El Austral de Osorno, agricultura: titular con cita del dirigente repetida en el " +
      "cuerpo con «dijo» invertido y segunda cita sin verbo, «El dirigente», empresa en " +
      "una declaración con dos citas parciales, seremi con cita parcial, pequeña " +
      "productora con dos puntos, académico con «Para» y dos puntos y cita suelta en el " +
      "párrafo siguiente",
    headline: "Lecheros denuncian baja de hasta $30 por litro: “Estamos produciendo a pérdida”",
    paragraphs: [
      "Productores de leche de la provincia de Osorno denunciaron que las principales " +
        "plantas procesadoras de la zona redujeron hasta en $30 el precio pagado por litro " +
        "durante octubre, en plena temporada alta de producción.",
      "“Estamos produciendo a pérdida”, dijo Rodrigo Alfonso Schwerter, productor de San " +
        "Pablo con 320 vacas en ordeña y presidente de Aproleche Osorno. “Con lo que nos " +
        "pagan hoy no alcanzamos a cubrir el concentrado y la mano de obra”.",
      "El dirigente explicó que el costo de producción promedio ronda los $340 por litro, " +
        "mientras algunas plantas están pagando $315, y pidió que la Fiscalía Nacional " +
        "Económica revise la fijación de precios.",
      "En una declaración enviada a este medio, Lácteos del Rahue sostuvo que el ajuste " +
        "responde a “la caída de los precios internacionales de la leche en polvo” y que es " +
        "“transitorio”.",
      "La seremi de Agricultura de Los Lagos, Carolina Andrea Vidal, afirmó que el " +
        "ministerio está “monitoreando semana a semana” la situación y convocó a una mesa de " +
        "trabajo para el próximo jueves en Osorno.",
      "En Purranque, Elena Catrilaf tiene 28 vacas y ordeña junto a su hijo desde las " +
        "cinco de la mañana: “Si esto sigue así, en marzo vendo las vacas. No hay otra”.",
      "Para el economista agrario de la Universidad Austral Felipe Hott Rosas, el problema " +
        "es estructural: “Tenemos pocas plantas compradoras y miles de productores. Esa " +
        "asimetría la paga siempre el eslabón más débil”.",
      "“Lo que se necesita es un contrato tipo, con reglas claras de precio y de plazo”.",
    ],
    quotes: [
      ["Estamos produciendo a pérdida", "Rodrigo Alfonso Schwerter"],
      [
        "Con lo que nos pagan hoy no alcanzamos a cubrir el concentrado y la mano de " + "obra",
        "Rodrigo Alfonso Schwerter",
      ],
      ["la caída de los precios internacionales de la leche en polvo", "Lácteos del Rahue"],
      ["transitorio", "Lácteos del Rahue"],
      ["monitoreando semana a semana", "Carolina Andrea Vidal"],
      ["Si esto sigue así, en marzo vendo las vacas. No hay otra", "Elena Catrilaf"],
      [
        "Tenemos pocas plantas compradoras y miles de productores. Esa asimetría la " +
          "paga siempre el eslabón más débil",
        "Felipe Hott Rosas",
      ],
      [
        "Lo que se necesita es un contrato tipo, con reglas claras de precio y de " + "plazo",
        "Felipe Hott Rosas",
      ],
    ],
  },
  {
    name:
      "Diario del Cusco, turismo: dirección desconcentrada con «informó» y dos citas " +
      "parciales, director con cita parcial y «declaró» invertido, turista presentada con " +
      "«Entre los que... estaba» y cita sin verbo, alcalde con dos puntos, gremio retomado " +
      "como «El gremio» con cita parcial, agente de viajes con cita partida por «explicó»",
    headline: "Largas colas en Machupicchu Pueblo por boletos de venta presencial",
    paragraphs: [
      "Cientos de turistas nacionales y extranjeros hicieron largas colas desde la " +
        "madrugada del martes en el centro cultural de Machupicchu Pueblo para adquirir uno " +
        "de los 1 000 boletos de venta presencial que el Ministerio de Cultura habilita cada " +
        "día para ingresar a la llaqta inca.",
      "La Dirección Desconcentrada de Cultura de Cusco informó que los boletos del día “se " +
        "agotaron a las 7.40 de la mañana” y recomendó a los visitantes “comprar con " +
        "anticipación en la plataforma oficial”.",
      "Su director, Wilbert Quispe Huamán, reconoció que la demanda “supera ampliamente” " +
        "la oferta. “La llaqta tiene un aforo que no podemos sobrepasar. La conservación del " +
        "monumento está primero”, declaró a Diario del Cusco.",
      "Entre los que se quedaron sin entrada estaba la argentina Florencia Giménez, que " +
        "viajó desde Córdoba con su pareja. “Hicimos cinco horas de cola y nos dijeron que " +
        "volvamos mañana a las cuatro. No vinimos desde tan lejos para ver la montaña en " +
        "foto”.",
      "El alcalde distrital de Machupicchu, Rolando Ccahuana Puma, exigió ampliar la venta " +
        "presencial a 2 000 boletos: “El pueblo vive del turismo. Si el visitante se va " +
        "molesto, perdemos todos”.",
      "La Asociación de Guías Oficiales de Turismo del Cusco reportó la cancelación de " +
        "varios grupos en la última semana. El gremio calificó la situación de “desorden " +
        "total”.",
      "“Nosotros vendemos el paquete con tren, hotel y guía”, explicó Nadia Huillca " +
        "Mamani, de una agencia de la calle Plateros, “pero si el turista no tiene boleto, " +
        "todo lo demás se cae”.",
    ],
    quotes: [
      ["se agotaron a las 7.40 de la mañana", "La Dirección Desconcentrada de Cultura de Cusco"],
      [
        "comprar con anticipación en la plataforma oficial",
        "La Dirección Desconcentrada de Cultura de Cusco",
      ],
      ["supera ampliamente", "Wilbert Quispe Huamán"],
      [
        "La llaqta tiene un aforo que no podemos sobrepasar. La conservación del " + "monumento está primero",
        "Wilbert Quispe Huamán",
      ],
      [
        "Hicimos cinco horas de cola y nos dijeron que volvamos mañana a las cuatro. " +
          "No vinimos desde tan lejos para ver la montaña en foto",
        "Florencia Giménez",
      ],
      ["El pueblo vive del turismo. Si el visitante se va molesto, perdemos todos", "Rolando Ccahuana Puma"],
      ["desorden total", "La Asociación de Guías Oficiales de Turismo del Cusco"],
      ["Nosotros vendemos el paquete con tren, hotel y guía", "Nadia Huillca Mamani"],
      ["pero si el turista no tiene boleto, todo lo demás se cae", "Nadia Huillca Mamani"],
    ],
  },
  {
    name:
      "Proceso Digital, consumo/energía (comillas rectas): titular con cita del presidente " +
      "de la cámara repetida en el cuerpo, estatal en un comunicado con dos citas " +
      "parciales, gerente con «explicó el funcionario», «Para» y «lamentó Handal» con " +
      "segunda cita sin verbo, «doña» con dos puntos y pregunta dentro de la cita, " +
      "dirección de protección al consumidor con cita parcial, analista con «advirtió que»",
    todo:
      "«temporales y rotativos» goes to la estatal, not La Empresa Nacional de Energía Eléctrica; " +
      "«con al menos 24 horas de anticipación» goes to la estatal, not La Empresa Nacional de " +
      "Energía Eléctrica; «obligada a responder» goes to de Protección, not La Dirección General de " +
      "Protección al Consumidor",
    headline:
      'ENEE anuncia cortes de hasta cuatro horas en el Valle de Sula; comerciantes: "Nos ' +
      'están quebrando"',
    paragraphs: [
      "San Pedro Sula – La Empresa Nacional de Energía Eléctrica (ENEE) anunció este lunes " +
        "racionamientos programados de hasta cuatro horas diarias en colonias y barrios del " +
        "Valle de Sula, debido al déficit de generación provocado por la falla de dos " +
        "plantas térmicas y el bajo nivel del embalse de El Cajón.",
      'En un comunicado, la estatal indicó que los cortes serán "temporales y rotativos" y ' +
        'que los horarios se publicarán "con al menos 24 horas de anticipación".',
      "El gerente de la ENEE, Erick Josué Mejía Bustillo, dijo que se espera normalizar el " +
        'servicio en dos semanas. "No es un problema de distribución, es de generación. ' +
        'Estamos trayendo 80 megavatios adicionales de Guatemala", explicó el funcionario.',
      "Para el presidente de la Cámara de Comercio e Industrias de Cortés (CCIC), Roberto " +
        "Antonio Handal, la medida golpea a los pequeños negocios en plena temporada " +
        'navideña. "Nos están quebrando", lamentó Handal. "Un comercio que no vende cuatro ' +
        'horas al día pierde la quincena".',
      "En la colonia Rivera Hernández, doña Marta Lidia Orellana, quien vende pollo frito " +
        'desde su casa, contó que el lunes perdió la mercadería: "Se me descongeló todo. ' +
        '¿Quién me va a pagar eso?".',
      "La Dirección General de Protección al Consumidor recordó que los usuarios pueden " +
        'reclamar por daños en sus electrodomésticos y que la ENEE está "obligada a ' +
        'responder" en un plazo de 30 días.',
      'El analista energético Kevin Rodríguez Zelaya advirtió que la crisis "se veía venir ' +
        'desde hace tres años" por la falta de inversión en nuevas plantas de generación.',
    ],
    quotes: [
      ["Nos están quebrando", "Roberto Antonio Handal"],
      ["temporales y rotativos", "La Empresa Nacional de Energía Eléctrica"],
      ["con al menos 24 horas de anticipación", "La Empresa Nacional de Energía Eléctrica"],
      [
        "No es un problema de distribución, es de generación. Estamos trayendo 80 " +
          "megavatios adicionales de Guatemala",
        "Erick Josué Mejía Bustillo",
      ],
      ["Un comercio que no vende cuatro horas al día pierde la quincena", "Roberto Antonio Handal"],
      ["Se me descongeló todo. ¿Quién me va a pagar eso?", "Marta Lidia Orellana"],
      ["obligada a responder", "La Dirección General de Protección al Consumidor"],
      ["se veía venir desde hace tres años", "Kevin Rodríguez Zelaya"],
    ],
  },
  {
    name:
      "Sierra Maestra, religión: «el padre» antes del nombre con «expresó» invertido, «El " +
      "sacerdote» con cita sin verbo, arzobispo en un mensaje leído con cita parcial, " +
      "peregrina presentada con «Entre los peregrinos estaba» y dos puntos, intendente con " +
      "«Según el funcionario», título de un himno (no cita), vendedora anónima con «dijo» " +
      "invertido",
    headline: "Miles de peregrinos llegan al Cobre en la fiesta de la Caridad",
    paragraphs: [
      "Miles de fieles llegaron este 8 de septiembre al Santuario Nacional de Nuestra " +
        "Señora de la Caridad del Cobre, a unos 20 kilómetros de la ciudad de Santiago de " +
        "Cuba, para celebrar la festividad de la Patrona de Cuba, en una jornada marcada por " +
        "el calor.",
      "El rector del santuario, el padre Rogelio Deulofeu Caballero, presidió la misa de " +
        "la mañana. “La Virgen de la Caridad no pertenece a un grupo; es de todos los " +
        "cubanos, estén donde estén”, expresó en su homilía.",
      "El sacerdote agradeció el apoyo de las autoridades del municipio para el traslado " +
        "de los peregrinos. “Este año hubo más ómnibus que nunca, y eso se agradece”.",
      "En un mensaje leído al final de la misa, el arzobispo de Santiago de Cuba, monseñor " +
        "Dionisio Rafael Moya Ferrer, invitó a los fieles a “ser caridad en medio de las " +
        "dificultades”.",
      "Entre los peregrinos estaba Yaquelín Garzón Despaigne, de 54 años, que caminó desde " +
        "el reparto Abel Santamaría con una vela encendida: “Le hice una promesa cuando " +
        "operaron a mi nieto. Él está bien, y yo cumplo”.",
      "El intendente del municipio Santiago de Cuba, Orlando Lamothe Quiala, informó que " +
        "se garantizaron 40 ómnibus y puntos de venta de agua y alimentos. Según el " +
        "funcionario, la jornada transcurrió “con total tranquilidad y orden”.",
      "Al caer la tarde, la imagen de la Virgen recorrió la explanada del santuario " +
        "mientras los fieles entonaban el himno “Virgen mambisa”.",
      "“Yo vengo todos los años a vender girasoles. La Virgen es la que me da el pan”, " +
        "dijo una vendedora de flores del poblado de El Cobre.",
    ],
    quotes: [
      [
        "La Virgen de la Caridad no pertenece a un grupo; es de todos los cubanos, " + "estén donde estén",
        "Rogelio Deulofeu Caballero",
      ],
      ["Este año hubo más ómnibus que nunca, y eso se agradece", "Rogelio Deulofeu Caballero"],
      ["ser caridad en medio de las dificultades", "Dionisio Rafael Moya Ferrer"],
      [
        "Le hice una promesa cuando operaron a mi nieto. Él está bien, y yo cumplo",
        "Yaquelín Garzón Despaigne",
      ],
      ["con total tranquilidad y orden", "Orlando Lamothe Quiala"],
      [
        "Yo vengo todos los años a vender girasoles. La Virgen es la que me da el pan",
        "una vendedora de flores del poblado de El Cobre",
      ],
    ],
  },
]);
