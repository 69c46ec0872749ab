// A fourth round of composed Spanish news articles, written before the engine was run on them, in the
// styles of outlets and beats the first three rounds did not use: La Tercera (Chilean schools),
// Europa Press (housing, straight quotation marks), Página/12 (a book fair), El Espectador
// (deforestation), El Universal (the Mexico City metro), AS (cycling), RTVE (a storm warning),
// Expansión (banking), Prensa Libre (the Guatemalan Congress) and La Voz de Galicia (fishing).
// Every article is written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name: "La Tercera, educación: titular con cargo, la secretaria de Estado, su vocera, consultada por",
    headline:
      "Ministra Arredondo por toma del Instituto Nacional: “No vamos a negociar con overoles blancos”",
    paragraphs: [
      "La ministra de Educación, Carolina Arredondo, endureció este miércoles el tono frente a la toma " +
        "del Instituto Nacional, que ya cumple nueve días, y descartó abrir una mesa de diálogo " +
        "mientras el liceo siga ocupado.",
      "“No vamos a negociar con overoles blancos ni con estudiantes encapuchados. Primero se devuelve " +
        "el liceo y después conversamos”, dijo la secretaria de Estado en un punto de prensa en La " +
        "Moneda.",
      "El alcalde de Santiago, Ricardo Undurraga, pidió al Gobierno “una señal clara” y anunció que el " +
        "municipio presentará una querella por los daños. “Los apoderados están cansados; sus hijos " +
        "llevan dos semanas sin clases”, afirmó a La Tercera.",
      "Desde el centro de estudiantes, su vocera, Javiera Molina, respondió que la toma se mantendrá " +
        "“hasta que haya compromisos por escrito” sobre la infraestructura del establecimiento. “Se " +
        "nos llueven las salas, no hay calefacción y nos piden que estudiemos en silencio”, reclamó.",
      "Según el Mineduc, 38 establecimientos emblemáticos registraron algún tipo de toma o paro " +
        "durante el primer semestre.",
      "Para el investigador del Centro de Estudios Públicos Tomás Echeverría, el problema “no se " +
        "resuelve con desalojos”. “Los liceos emblemáticos perdieron su selección y nadie diseñó qué " +
        "venía después”, sostuvo.",
      "Consultada por la posibilidad de un desalojo, Arredondo fue escueta: “Eso lo decide el " +
        "sostenedor, no el ministerio”.",
    ],
    quotes: [
      // The headline quotes a shorter fragment than the body, so it is an entry of its own.
      ["No vamos a negociar con overoles blancos", "Carolina Arredondo"],
      [
        "No vamos a negociar con overoles blancos ni con estudiantes encapuchados. Primero se devuelve " +
          "el liceo y después conversamos",
        "Carolina Arredondo",
      ],
      ["una señal clara", "Ricardo Undurraga"],
      ["Los apoderados están cansados; sus hijos llevan dos semanas sin clases", "Ricardo Undurraga"],
      ["hasta que haya compromisos por escrito", "Javiera Molina"],
      [
        "Se nos llueven las salas, no hay calefacción y nos piden que estudiemos en silencio",
        "Javiera Molina",
      ],
      ["no se resuelve con desalojos", "Tomás Echeverría"],
      ["Los liceos emblemáticos perdieron su selección y nadie diseñó qué venía después", "Tomás Echeverría"],
      ["Eso lo decide el sostenedor, no el ministerio", "Carolina Arredondo"],
    ],
  },
  {
    name: "Europa Press, vivienda: comillas rectas, en declaraciones a, fuentes del ministerio, califica de",
    headline:
      "El Sindicato de Inquilinas convoca manifestaciones en 40 ciudades contra la subida del alquiler",
    paragraphs: [
      "MADRID, 9 (EUROPA PRESS) El Sindicato de Inquilinas e Inquilinos de Madrid ha convocado para el " +
        "próximo 5 de abril manifestaciones en una cuarentena de ciudades para exigir una rebaja del " +
        '50 % de los alquileres, una medida que el Ministerio de Vivienda considera "inviable".',
      "En declaraciones a Europa Press, la portavoz del sindicato, Lucía Ferrándiz, ha explicado que " +
        'la convocatoria responde a "una emergencia que ya no se puede esconder" y ha subrayado que ' +
        '"hay familias que destinan el 60 % de su sueldo a pagar una habitación".',
      '"No pedimos caridad, pedimos que se cumpla la Constitución", ha añadido Ferrándiz, que ha ' +
        "recordado que el artículo 47 reconoce el derecho a una vivienda digna.",
      "Fuentes del Ministerio de Vivienda y Agenda Urbana han señalado a Europa Press que el " +
        'departamento trabaja para "ampliar el parque público" y han defendido que la ley de vivienda ' +
        '"ya está dando resultados" en las zonas tensionadas.',
      "Por su parte, la Asociación de Propietarios de Vivienda en Alquiler ha advertido en un " +
        'comunicado de que una rebaja obligatoria "expulsaría del mercado a miles de pequeños caseros".',
      "El portavoz de Vivienda del PP en el Congreso, Ignacio Barredo, ha calificado la propuesta de " +
        '"populismo de manual" y ha acusado al Gobierno de "alimentar la crispación" para tapar su ' +
        "falta de gestión.",
      "Según los datos del portal Idealista, el precio medio del alquiler en Madrid se situó en " +
        "febrero en 21,3 euros por metro cuadrado, un 14 % más que hace un año.",
    ],
    quotes: [
      ["inviable", "el Ministerio de Vivienda"],
      ["una emergencia que ya no se puede esconder", "Lucía Ferrándiz"],
      ["hay familias que destinan el 60 % de su sueldo a pagar una habitación", "Lucía Ferrándiz"],
      ["No pedimos caridad, pedimos que se cumpla la Constitución", "Lucía Ferrándiz"],
      ["ampliar el parque público", "Fuentes del Ministerio de Vivienda y Agenda Urbana"],
      ["ya está dando resultados", "Fuentes del Ministerio de Vivienda y Agenda Urbana"],
      [
        "expulsaría del mercado a miles de pequeños caseros",
        "la Asociación de Propietarios de Vivienda en Alquiler",
      ],
      ["populismo de manual", "Ignacio Barredo"],
      ["alimentar la crispación", "Ignacio Barredo"],
    ],
  },
  {
    name: "Página/12, cultura: título de libro entre comillas, arrancó sin vueltas:, su editora, una lectora",
    headline: "Mariana Etchegoyen: “Escribo para entender lo que me da miedo”",
    standfirst:
      "La escritora presentó “Los años del agua” en la Feria del Libro ante una sala colmada y habló " +
      "del duelo, de su madre y del oficio.",
    paragraphs: [
      "La sala José Hernández quedó chica. Mariana Etchegoyen llegó con media hora de demora, pidió " +
        "disculpas por el tránsito y arrancó sin vueltas: “Este libro me costó once años y una " +
        "separación”.",
      "La novela, que transcurre en un pueblo inundado de la provincia de Buenos Aires, es según su " +
        "editora, Paula Gorostiza, “la más personal” de la autora. “Cuando me llegó el manuscrito supe " +
        "que había algo distinto, algo más desnudo”, recordó Gorostiza.",
      "Etchegoyen contó que empezó a escribirla después de la muerte de su madre. “Escribo para " +
        "entender lo que me da miedo. Y a mí me daba mucho miedo quedarme sin ella”, dijo, y hubo un " +
        "silencio largo en la sala.",
      "Ante una pregunta del público sobre el recorte de fondos a las bibliotecas populares, la " +
        "escritora no esquivó el tema: “Un país que cierra bibliotecas está eligiendo qué ciudadanos " +
        "quiere tener”. La ovación duró casi un minuto.",
      "El presidente de la Fundación El Libro, Gustavo Berenguer, celebró la convocatoria: “Es la " +
        "presentación con más público de esta edición, y eso dice mucho de lo que la gente busca”.",
      "Al salir, una lectora que había viajado desde Rosario resumió la tarde: “Vine por ella y me " +
        "voy con ganas de volver a leer todo”.",
    ],
    quotes: [
      ["Escribo para entender lo que me da miedo", "Mariana Etchegoyen"],
      ["Este libro me costó once años y una separación", "Mariana Etchegoyen"],
      ["la más personal", "Paula Gorostiza"],
      ["Cuando me llegó el manuscrito supe que había algo distinto, algo más desnudo", "Paula Gorostiza"],
      [
        "Escribo para entender lo que me da miedo. Y a mí me daba mucho miedo quedarme sin ella",
        "Mariana Etchegoyen",
      ],
      ["Un país que cierra bibliotecas está eligiendo qué ciudadanos quiere tener", "Mariana Etchegoyen"],
      [
        "Es la presentación con más público de esta edición, y eso dice mucho de lo que la gente busca",
        "Gustavo Berenguer",
      ],
      ["Vine por ella y me voy con ganas de volver a leer todo", "una lectora"],
    ],
  },
  {
    name: "El Espectador, ambiente: de acuerdo con el Ideam, el boletín señala, le dijo a este diario",
    headline: "Deforestación en la Amazonia colombiana subió 35 % en 2025, según el Ideam",
    paragraphs: [
      "La deforestación en la Amazonia colombiana aumentó un 35 % el año pasado, de acuerdo con el " +
        "más reciente boletín del Instituto de Hidrología, Meteorología y Estudios Ambientales (Ideam), " +
        "que registró 98.500 hectáreas de bosque perdidas.",
      "“Son cifras que nos duelen y que no vamos a maquillar”, advirtió la ministra de Ambiente, " +
        "Juliana Restrepo Arango, durante la presentación del informe en Bogotá. La funcionaria " +
        "atribuyó buena parte del aumento a “la presión de las economías ilegales sobre los núcleos " +
        "de deforestación”.",
      "El boletín señala que el 70 % de la pérdida se concentró en Caquetá, Meta y Guaviare, y " +
        "advierte que la ganadería extensiva sigue siendo “el principal motor” de la transformación " +
        "del bosque.",
      "Para Hernando Cuéllar, director de la Fundación para la Conservación y el Desarrollo " +
        "Sostenible, el Gobierno “llegó tarde” a las zonas donde los grupos armados controlan el uso " +
        "de la tierra. “Allá no se tala un árbol sin permiso del frente que manda en la zona”, le dijo " +
        "a este diario.",
      "Un campesino de San Vicente del Caguán, que pidió reservar su nombre por seguridad, contó que " +
        "en su vereda “la gente tumba monte porque es lo único que paga”.",
      "El gobernador del Caquetá, Arnulfo Motta, pidió más presencia de la fuerza pública y dijo que " +
        "el departamento “no puede cargar solo con un problema que es de todo el país”.",
      "La Procuraduría, por su parte, anunció que abrirá indagaciones a cinco alcaldías por presunta " +
        "omisión en el control de la tala.",
    ],
    quotes: [
      ["Son cifras que nos duelen y que no vamos a maquillar", "Juliana Restrepo Arango"],
      ["la presión de las economías ilegales sobre los núcleos de deforestación", "Juliana Restrepo Arango"],
      ["el principal motor", "El boletín"],
      ["llegó tarde", "Hernando Cuéllar"],
      ["Allá no se tala un árbol sin permiso del frente que manda en la zona", "Hernando Cuéllar"],
      ["la gente tumba monte porque es lo único que paga", "Un campesino de San Vicente del Caguán"],
      ["no puede cargar solo con un problema que es de todo el país", "Arnulfo Motta"],
    ],
  },
  {
    name: "El Universal, Metro CDMX: acusan usuarios en titular, relató a EL UNIVERSAL, escribió en X",
    headline:
      "Falla en Línea 3 del Metro deja a miles varados; “nos dejaron a oscuras una hora”, acusan usuarios",
    paragraphs: [
      "Una falla eléctrica en la Línea 3 del Sistema de Transporte Colectivo (STC) Metro dejó " +
        "detenidos cuatro trenes entre las estaciones Hidalgo y Guerrero durante casi una hora la " +
        "mañana de este jueves, lo que obligó a desalojar a cientos de pasajeros por las vías.",
      "“Nos dejaron a oscuras una hora, sin aire y sin que nadie dijera nada”, relató a EL UNIVERSAL " +
        "Norma Hernández, quien viajaba a su trabajo en Tlatelolco.",
      "En un comunicado, el STC informó que la interrupción se debió a “un corto circuito en un cable " +
        "de alimentación” y aseguró que el servicio se restableció “de manera paulatina” a las 9:40 " +
        "horas.",
      "Consultado sobre las constantes fallas de la línea, el director general del Metro, Ernesto " +
        "Villaseñor, admitió que la red arrastra “un rezago de mantenimiento de décadas”. “No voy a " +
        "decir que esto no va a volver a pasar, porque les estaría mintiendo”, señaló en entrevista " +
        "radiofónica.",
      "Usuarios en redes sociales criticaron la falta de información. “Ni un aviso por las bocinas, " +
        "nada”, escribió un usuario en X, donde el hashtag #MetroCDMX fue tendencia durante la mañana.",
      "La diputada local de oposición Laura Miranda Téllez exigió que el director comparezca ante el " +
        "Congreso capitalino: “Los capitalinos merecen saber en qué se gasta el presupuesto del Metro”.",
    ],
    quotes: [
      ["nos dejaron a oscuras una hora", "usuarios"],
      ["Nos dejaron a oscuras una hora, sin aire y sin que nadie dijera nada", "Norma Hernández"],
      ["un corto circuito en un cable de alimentación", "el Sistema de Transporte Colectivo"],
      ["de manera paulatina", "el Sistema de Transporte Colectivo"],
      ["un rezago de mantenimiento de décadas", "Ernesto Villaseñor"],
      ["No voy a decir que esto no va a volver a pasar, porque les estaría mintiendo", "Ernesto Villaseñor"],
      ["Ni un aviso por las bocinas, nada", "un usuario"],
      ["Los capitalinos merecen saber en qué se gasta el presupuesto del Metro", "Laura Miranda Téllez"],
    ],
  },
  {
    name: "AS, ciclismo: explicaba en meta, su director deportivo, declaró a los micrófonos, ya avisó",
    headline: "Arrieta, nuevo líder en los Lagos de Covadonga: “Hoy he corrido con la cabeza”",
    paragraphs: [
      "Marcos Arrieta es el nuevo líder de la Vuelta. El alicantino del Movistar aguantó el ataque de " +
        "los favoritos en las rampas de La Huesera, remató en los últimos 500 metros y se vistió de " +
        "rojo en los Lagos de Covadonga, donde ganó la etapa con 14 segundos sobre el danés Jonas " +
        "Rasmussen.",
      "“Hoy he corrido con la cabeza. Otros días me he vuelto loco y lo he pagado, pero aquí sabía que " +
        "el final era mío”, explicaba Arrieta en meta, todavía sin aliento, antes de subir al podio.",
      "Su director deportivo, Chente Garmendia, no escondía la euforia: “Le dijimos que no se moviera " +
        "hasta el último kilómetro y lo ha clavado. Es un chaval que escucha”.",
      "Rasmussen, segundo en la etapa y ahora a 22 segundos en la general, restó importancia a la " +
        "pérdida de tiempo. “Quedan dos semanas. No estoy preocupado; estoy enfadado conmigo mismo, " +
        "que es distinto”, declaró a los micrófonos de la organización.",
      "Peor lo pasó el colombiano Yeison Patiño, que se dejó más de dos minutos y admitió que “las " +
        "piernas no respondían desde el primer puerto”.",
      "La carrera vive mañana su segunda jornada de descanso. Arrieta ya avisó de que no piensa bajar " +
        "la guardia: “El maillot rojo pesa, pero pesa bonito”.",
    ],
    quotes: [
      ["Hoy he corrido con la cabeza", "Marcos Arrieta"],
      [
        "Hoy he corrido con la cabeza. Otros días me he vuelto loco y lo he pagado, pero aquí sabía " +
          "que el final era mío",
        "Marcos Arrieta",
      ],
      [
        "Le dijimos que no se moviera hasta el último kilómetro y lo ha clavado. Es un chaval que escucha",
        "Chente Garmendia",
      ],
      [
        "Quedan dos semanas. No estoy preocupado; estoy enfadado conmigo mismo, que es distinto",
        "Jonas Rasmussen",
      ],
      ["las piernas no respondían desde el primer puerto", "Yeison Patiño"],
      ["El maillot rojo pesa, pero pesa bonito", "Marcos Arrieta"],
    ],
  },
  {
    name: "RTVE, temporal: el portavoz de la AEMET, un mensaje en el que insta, ha explicado a RTVE, dice",
    headline: "La AEMET activa el aviso rojo en Valencia por lluvias de hasta 180 litros",
    paragraphs: [
      "La Agencia Estatal de Meteorología (AEMET) ha activado el aviso rojo por lluvias torrenciales " +
        "en el litoral sur de Valencia, donde se esperan acumulados de hasta 180 litros por metro " +
        "cuadrado en doce horas.",
      "El portavoz de la AEMET, Álvaro Sendra, ha pedido a la población que evite los " +
        "desplazamientos: «Es un episodio de peligro extraordinario. No es momento de coger el coche " +
        "si no es imprescindible».",
      "La Generalitat ha enviado un mensaje de alerta a los móviles de la zona en el que insta a los " +
        "ciudadanos a «permanecer en lugares elevados» y a «no cruzar cauces ni barrancos».",
      "El alcalde de Cullera, Vicent Ferrús, ha explicado a RTVE que se han suspendido las clases y " +
        "que la Policía Local está desalojando los bajos cercanos al río. «Tenemos muy presente lo que " +
        "pasó hace dos años y no vamos a correr ningún riesgo», ha asegurado.",
      "María José Llopis, vecina de Sueca, ha subido los muebles al primer piso por precaución. «La " +
        "última vez el agua llegó hasta aquí», dice señalando la mitad de la pared.",
      "Según ha informado el 112 de la Comunitat Valenciana, los bomberos han realizado desde la " +
        "madrugada más de 60 intervenciones, la mayoría por achiques de agua y rescates en vehículos " +
        "atrapados.",
      "La delegada del Gobierno en la Comunitat Valenciana, Carmen Oltra, ha asegurado que la UME está " +
        "«preparada para intervenir en cuanto la Generalitat lo solicite».",
    ],
    quotes: [
      [
        "Es un episodio de peligro extraordinario. No es momento de coger el coche si no es imprescindible",
        "Álvaro Sendra",
      ],
      ["permanecer en lugares elevados", "La Generalitat"],
      ["no cruzar cauces ni barrancos", "La Generalitat"],
      ["Tenemos muy presente lo que pasó hace dos años y no vamos a correr ningún riesgo", "Vicent Ferrús"],
      ["La última vez el agua llegó hasta aquí", "María José Llopis"],
      ["preparada para intervenir en cuanto la Generalitat lo solicite", "Carmen Oltra"],
    ],
  },
  {
    name: "Expansión, banca: avisa de que en titular, el supervisor sostiene, el subgobernador, un directivo",
    headline: "El Banco de España avisa de que la vivienda está “sobrevalorada” en las grandes capitales",
    paragraphs: [
      "El Banco de España ha elevado el tono sobre el mercado inmobiliario. En su Informe de " +
        "Estabilidad Financiera de primavera, publicado ayer, el supervisor sostiene que los precios " +
        "en Madrid, Barcelona, Málaga y Palma muestran “signos de sobrevaloración” de entre el 5 % y " +
        "el 10 %.",
      "“No vemos una burbuja como la de 2007, porque el crédito no está creciendo de forma " +
        "desordenada, pero sí un desajuste que conviene vigilar”, explicó el subgobernador, Daniel " +
        "Alonso Mendoza, en la presentación del documento.",
      "El supervisor recomienda a las entidades “extremar la prudencia” en las hipotecas que superen " +
        "el 80 % del valor de tasación y no descarta activar medidas macroprudenciales “si los riesgos " +
        "se materializan”.",
      "En el sector la lectura es dispar. Un directivo de una gran entidad consultado por EXPANSIÓN " +
        "considera que el diagnóstico “llega tarde” y que los bancos “llevan dos años endureciendo los " +
        "criterios por su cuenta”.",
      "Para Marta Aguilar, economista jefe de la consultora Analistas Inmobiliarios, el problema es de " +
        "oferta: “Se construyen 90.000 viviendas al año cuando se forman más de 250.000 hogares. Con " +
        "esas cifras, el precio solo puede ir en una dirección”.",
      "El Ibex 35 cerró la sesión con una caída del 0,6 %, lastrado por las inmobiliarias cotizadas.",
      "Fuentes del Ministerio de Economía evitaron valorar el informe y se limitaron a recordar que el " +
        "Gobierno ha aprobado “el mayor plan de vivienda pública de la democracia”.",
    ],
    quotes: [
      ["sobrevalorada", "El Banco de España"],
      ["signos de sobrevaloración", "El Banco de España"],
      [
        "No vemos una burbuja como la de 2007, porque el crédito no está creciendo de forma desordenada, " +
          "pero sí un desajuste que conviene vigilar",
        "Daniel Alonso Mendoza",
      ],
      ["extremar la prudencia", "El Banco de España"],
      ["si los riesgos se materializan", "El Banco de España"],
      ["llega tarde", "Un directivo de una gran entidad"],
      ["llevan dos años endureciendo los criterios por su cuenta", "Un directivo de una gran entidad"],
      [
        "Se construyen 90.000 viviendas al año cuando se forman más de 250.000 hogares. Con esas cifras, " +
          "el precio solo puede ir en una dirección",
        "Marta Aguilar",
      ],
      ["el mayor plan de vivienda pública de la democracia", "Fuentes del Ministerio de Economía"],
    ],
  },
  {
    name: "Prensa Libre, Congreso: aseguró a Prensa Libre, calificó de, advirtió:, un centro en un análisis",
    headline: "Diputados aprueban presupuesto de Q148 mil millones entre críticas de la oposición",
    paragraphs: [
      "Con 112 votos a favor, el Congreso aprobó en la madrugada de este viernes el presupuesto general " +
        "de ingresos y egresos del Estado para 2027, que asciende a Q148 mil millones, el más alto de " +
        "la historia del país.",
      "El presidente de la Comisión de Finanzas, el diputado Óscar Batres Gramajo, defendió que el plan " +
        "prioriza “carreteras, hospitales y escuelas” y negó que incluya fondos para obras sin " +
        "planificación. “Cada quetzal tiene nombre y apellido”, aseguró a Prensa Libre tras la " +
        "votación.",
      "La bancada opositora votó en contra. Su jefa de bloque, Ana Lucía Sic, calificó el presupuesto " +
        "de “una piñata electoral” y advirtió: “Lo vamos a impugnar ante la Corte de " +
        "Constitucionalidad, porque se aprobó sin el dictamen completo”.",
      "El Centro de Investigaciones Económicas Nacionales señaló en un análisis que el gasto de " +
        "funcionamiento crece “a un ritmo que no es sostenible” y que la deuda pública podría superar " +
        "el 32 % del PIB en dos años.",
      "Desde el Ministerio de Finanzas Públicas, el viceministro Julio Ochoa dijo que el Ejecutivo " +
        "“respeta la decisión del Legislativo” y que revisará el decreto antes de sancionarlo.",
      "Según el artículo 171 de la Constitución, el Ejecutivo tiene 15 días para sancionar o vetar la " +
        "ley.",
    ],
    quotes: [
      ["carreteras, hospitales y escuelas", "Óscar Batres Gramajo"],
      ["Cada quetzal tiene nombre y apellido", "Óscar Batres Gramajo"],
      ["una piñata electoral", "Ana Lucía Sic"],
      [
        "Lo vamos a impugnar ante la Corte de Constitucionalidad, porque se aprobó sin el dictamen completo",
        "Ana Lucía Sic",
      ],
      ["a un ritmo que no es sostenible", "El Centro de Investigaciones Económicas Nacionales"],
      ["respeta la decisión del Legislativo", "Julio Ochoa"],
    ],
  },
  {
    name: "La Voz de Galicia, pesca: un colectivo en titular, explica, el patrón mayor, un comprador",
    headline: "Los percebeiros de Cedeira paran por la caída de precios: «Así no cubrimos ni el gasoil»",
    paragraphs: [
      "Los 38 percebeiros de la Cofradía de Pescadores de Cedeira no saldrán a faenar esta semana en " +
        "protesta por la caída del precio en lonja, que el lunes se pagó a 18 euros el kilo, menos de " +
        "la mitad que en diciembre.",
      "«Así no cubrimos ni el gasoil. Arriesgamos la vida en las piedras para que otros ganen el " +
        "dinero», explica Manuel Pita, que lleva 27 años en el oficio y es uno de los portavoces del " +
        "colectivo.",
      "El patrón mayor de la cofradía, Xosé Ramón Fraga, atribuye la bajada a la entrada de percebe " +
        "de Marruecos y Canadá «sin ningún control de trazabilidad» y reclama a la Xunta que «dé la " +
        "cara por el producto gallego».",
      "La conselleira do Mar, Marta Villaverde, aseguró ayer en el Parlamento que su departamento " +
        "«está en contacto permanente» con las cofradías y que estudia una campaña de promoción. «El " +
        "percebe gallego no compite en precio, compite en calidad», añadió.",
      "En la lonja, un comprador que prefiere no dar su nombre lo resume sin rodeos: «El restaurante " +
        "paga lo que paga el cliente, y el cliente este año no está».",
      "La cofradía no descarta prolongar el paro si el precio no se recupera antes de Semana Santa.",
    ],
    quotes: [
      // The headline repeats part of the spokesman's words: they are still his (GUIDELINES.md).
      ["Así no cubrimos ni el gasoil", "Manuel Pita"],
      [
        "Así no cubrimos ni el gasoil. Arriesgamos la vida en las piedras para que otros ganen el dinero",
        "Manuel Pita",
      ],
      ["sin ningún control de trazabilidad", "Xosé Ramón Fraga"],
      ["dé la cara por el producto gallego", "Xosé Ramón Fraga"],
      ["está en contacto permanente", "Marta Villaverde"],
      ["El percebe gallego no compite en precio, compite en calidad", "Marta Villaverde"],
      ["El restaurante paga lo que paga el cliente, y el cliente este año no está", "un comprador"],
    ],
  },
]);
