// A twenty-fifth round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty-four rounds did not use: El Periódico Extremadura (the Asamblea asks to delay Almaraz's closure),
// Diari de Tarragona (a Reus driving-school owner tried for selling theory exams), Vozpópuli (a Benidorm
// hotel chain sells 49% to a US fund), La Voz de Asturias (a yeast in Cabrales caves that stops listeria),
// Diario de Arousa (Cambados's oldest bakery closes), El Austral de Temuco (a Temuco runner wins the
// Santiago marathon, Chile), Acento (a poet wins the Premio Nacional de Literatura, República Dominicana,
// straight quotation marks), Pulso (a saturated dialysis unit in San Luis Potosí, México), Hoy Diario del
// Magdalena (a motorbike-theft gang caught in Santa Marta, Colombia, straight quotation marks) and Diario
// Norte (illegal forest clearing in El Impenetrable, Chaco, Argentina).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "El Periódico Extremadura, política: entradilla con cita del portavoz popular nombrado solo " +
      "en el cuerpo y repetida en él con «defendió» y segunda cita sin verbo, propuesta de " +
      "resolución que «advierte de que» con cita parcial, portavoz socialista con cita parcial y " +
      "«le reprochó», dos mujeres en un párrafo con «lamentó la diputada», lema de una pancarta " +
      "(no cita), alcalde con «resumió» y apellido, ministerio por escrito con «Según» y cita parcial",
    headline: "La Asamblea pide al Gobierno central que aplace el cierre de Almaraz",
    standfirst:
      "«No se puede apagar una comarca con un decreto», defiende el portavoz popular en un debate " +
      "con la comarca del Campo Arañuelo en la tribuna de invitados",
    paragraphs: [
      "El pleno de la Asamblea de Extremadura aprobó ayer, con los votos de PP y Vox y la abstención " +
        "del PSOE, una propuesta de resolución que insta al Gobierno central a prorrogar al menos " +
        "hasta 2035 la vida útil de la central nuclear de Almaraz, cuyo primer reactor debe " +
        "apagarse en noviembre de 2027. La propuesta de resolución advierte de que el cierre " +
        "supondría «un golpe irreparable» para el Campo Arañuelo.",
      "El portavoz del Grupo Popular, Juan Carlos Merino Gallardo, abrió el debate con un tono " +
        "grave. «No se puede apagar una comarca con un decreto», defendió desde la tribuna. " +
        "«Almaraz da trabajo directo a 800 personas y a otras 3.000 de forma indirecta, y nadie nos " +
        "ha explicado qué va a haber el día después».",
      "La portavoz socialista, Lidia Cortés Barroso, acusó al PP de «agitar el miedo» en la comarca " +
        "y recordó que el calendario de cierre lo firmaron las propias eléctricas en 2019. «Ustedes " +
        "prefieren la pancarta a la negociación», le reprochó a Merino.",
      "La diputada de Unidas por Extremadura Nerea Flores Carmona coincidió con Cortés en el " +
        "diagnóstico, pero fue más lejos. «La transición justa en el Campo Arañuelo lleva cinco " +
        "años metida en un cajón», lamentó la diputada, vecina de Navalmoral de la Mata.",
      "A las puertas del edificio, medio centenar de trabajadores de la central y alcaldes de la " +
        "comarca se concentraron tras una pancarta con el lema «Almaraz sí, cierre no». Entre ellos " +
        "estaba el alcalde de Almaraz, Tomás Rivero Sánchez. «Aquí no pedimos favores, pedimos " +
        "tiempo», resumió Rivero.",
      "Según el Ministerio para la Transición Ecológica, que respondió por escrito a este diario, " +
        "el calendario pactado «sigue vigente» mientras las propietarias de la central no soliciten " +
        "formalmente su revisión.",
    ],
    quotes: [
      ["No se puede apagar una comarca con un decreto", "Juan Carlos Merino Gallardo"],
      ["un golpe irreparable", "La propuesta de resolución"],
      [
        "Almaraz da trabajo directo a 800 personas y a otras 3.000 de forma indirecta, y nadie nos " +
          "ha explicado qué va a haber el día después",
        "Juan Carlos Merino Gallardo",
      ],
      ["agitar el miedo", "Lidia Cortés Barroso"],
      ["Ustedes prefieren la pancarta a la negociación", "Lidia Cortés Barroso"],
      [
        "La transición justa en el Campo Arañuelo lleva cinco años metida en un cajón",
        "Nerea Flores Carmona",
      ],
      ["Aquí no pedimos favores, pedimos tiempo", "Tomás Rivero Sánchez"],
      ["sigue vigente", "el Ministerio para la Transición Ecológica"],
    ],
  },
  {
    name:
      "Diari de Tarragona, tribunales: nombre de una operación (no cita), acusado con «afirmó» " +
      "y apellido y cita parcial tras «se enteró», fiscal con pregunta entre comillas y «le " +
      "preguntó» sin sujeto, exalumna anónima con cita anidada y «relató la joven», cita partida " +
      "de la abogada con «sostuvo» invertido, atestado que «sostiene» con cita parcial",
    todo:
      "«por la prensa» goes to Reus, not Josep Maria Vidal Casals; «Me dijeron: “Tú solo tienes que " +
      "escuchar y marcar”» goes to la joven, not una exalumna",
    headline: "El dueño de una autoescuela de Reus niega ante el juez que vendiera los exámenes teóricos",
    paragraphs: [
      "La Audiencia de Tarragona juzga desde ayer a Josep Maria Vidal Casals, de 58 años, " +
        "propietario de una autoescuela de Reus, acusado de organizar una red que dictaba a los " +
        "alumnos las respuestas del examen teórico de la DGT a través de pinganillos, a cambio de " +
        "hasta 1.500 euros por cabeza. La Fiscalía pide para él cuatro años de prisión por cohecho. " +
        "La investigación de los Mossos d'Esquadra, bautizada como «Operació Auricular», destapó " +
        "el fraude en 2022.",
      "«Yo enseñaba a conducir, no a hacer trampas», afirmó Vidal ante el tribunal. El acusado " +
        "aseguró que desconocía que dos de sus profesores cobraban a los alumnos y que se enteró " +
        "«por la prensa» de la detención de ambos.",
      "El fiscal, Andreu Roig Mestre, le recordó que los investigadores hallaron en la trastienda " +
        "de la autoescuela catorce pinganillos y una libreta con nombres y cantidades. «¿También se " +
        "enteró por la prensa de lo que había en su propio despacho?», le preguntó.",
      "Declaró también una exalumna, hoy de 24 años, que testificó tras una mampara. «Me dijeron: " +
        "“Tú solo tienes que escuchar y marcar”», relató la joven, que pagó 1.200 euros y aprobó a " +
        "la primera.",
      "«Aquí no hay ni una grabación ni un solo pago a mi cliente», sostuvo su abogada, Núria " +
        "Bosch Ferrer, «solo la palabra de dos empleados que buscan rebajar su propia pena».",
      "El atestado de los Mossos d'Esquadra, incorporado a la causa, sostiene que la trama operó " +
        "«al menos durante tres convocatorias» en el centro de exámenes de Tarragona. El juicio " +
        "continuará mañana con la declaración de los dos profesores, que ya han reconocido los hechos.",
    ],
    quotes: [
      ["Yo enseñaba a conducir, no a hacer trampas", "Josep Maria Vidal Casals"],
      ["por la prensa", "Josep Maria Vidal Casals"],
      ["¿También se enteró por la prensa de lo que había en su propio despacho?", "Andreu Roig Mestre"],
      ["Me dijeron: “Tú solo tienes que escuchar y marcar”", "una exalumna"],
      ["Aquí no hay ni una grabación ni un solo pago a mi cliente", "Núria Bosch Ferrer"],
      ["solo la palabra de dos empleados que buscan rebajar su propia pena", "Núria Bosch Ferrer"],
      ["al menos durante tres convocatorias", "El atestado de los Mossos d'Esquadra"],
    ],
  },
  {
    name:
      "Vozpópuli, empresas: entradilla con cita del consejero delegado nombrado solo en el cuerpo " +
      "y repetida en él con «explica» invertido y segunda cita sin verbo, carta que «asegura» " +
      "con cita parcial, nombre de un hotel (no cita), fondo en un comunicado con cita parcial, " +
      "socia de una consultora con «Según» y cita parcial y «añade» sin sujeto, término entre " +
      "comillas (no cita), fuentes sindicales con cita parcial",
    todo: "«un mercado con recorrido» goes to Vicente Llorca Ivars, not Harbor Ridge Capital",
    headline: "La hotelera Marejada vende el 49% a un fondo estadounidense por 310 millones",
    standfirst:
      "La familia Llorca mantendrá el control y la gestión de la cadena: “No vendemos la casa, " +
      "traemos a un socio”",
    paragraphs: [
      "Hoteles Marejada, la cadena familiar con sede en Benidorm y 27 establecimientos en la Costa " +
        "Blanca y Baleares, ha cerrado la venta del 49% de su capital al fondo estadounidense Harbor " +
        "Ridge Capital por unos 310 millones de euros, según ha comunicado la compañía a sus " +
        "empleados en una carta a la que ha tenido acceso Vozpópuli. La carta asegura que la " +
        "operación “no cambiará nada en la gestión diaria de los hoteles”.",
      "“No vendemos la casa, traemos a un socio”, explica a este diario el consejero delegado, " +
        "Vicente Llorca Ivars, tercera generación de la familia fundadora. “Con Harbor Ridge podemos " +
        "abordar la reforma de doce hoteles que, de otro modo, nos habría llevado quince años”.",
      "La primera en pasar por obras será el buque insignia del grupo, el hotel “Marejada " +
        "Levante”, en primera línea de la playa de Poniente. El fondo, por su parte, ha señalado en " +
        "un comunicado que la operación es su primera inversión hotelera en España y que ve en el " +
        "litoral mediterráneo “un mercado con recorrido” pese a la saturación que denuncian algunos " +
        "municipios.",
      "Según Marta Ibáñez Soler, socia de la consultora Hospitality Partners Iberia, el precio " +
        "—unas catorce veces el ebitda— es “alto pero defendible”. “Los fondos siguen viendo en el " +
        "vacacional español un refugio, y una cadena familiar sin deuda es una pieza muy rara”, " +
        "añade.",
      "La compañía quiere además alejarse del segmento “low cost” que la hizo crecer en los años " +
        "noventa. Fuentes de CCOO consultadas por este diario recuerdan que la plantilla, de unas " +
        "2.400 personas, no ha recibido “ningún compromiso por escrito” sobre el empleo.",
    ],
    quotes: [
      ["No vendemos la casa, traemos a un socio", "Vicente Llorca Ivars"],
      ["no cambiará nada en la gestión diaria de los hoteles", "La carta"],
      [
        "Con Harbor Ridge podemos abordar la reforma de doce hoteles que, de otro modo, nos habría " +
          "llevado quince años",
        "Vicente Llorca Ivars",
      ],
      ["un mercado con recorrido", "Harbor Ridge Capital"],
      ["alto pero defendible", "Marta Ibáñez Soler"],
      [
        "Los fondos siguen viendo en el vacacional español un refugio, y una cadena familiar sin " +
          "deuda es una pieza muy rara",
        "Marta Ibáñez Soler",
      ],
      ["ningún compromiso por escrito", "Fuentes de CCOO"],
    ],
  },
  {
    name:
      "La Voz de Asturias, ciencia: título de una revista (no cita), nombre de una cepa (no cita), " +
      "artículo que «describe» con cita parcial, cita partida con «explica la investigadora» " +
      "invertido, dos mujeres en un párrafo con «Álvarez advierte de que» y cita parcial, " +
      "quesero con «lo resume así» y dos puntos, consejo regulador en un comunicado con cita " +
      "parcial, investigadora con «avanzó Fernández»",
    headline: "Una levadura de las cuevas del Cabrales frena a la listeria, según un estudio del IPLA",
    paragraphs: [
      "Investigadores del Instituto de Productos Lácteos de Asturias (IPLA-CSIC), en Villaviciosa, " +
        "y de la Universidad de Oviedo han identificado en las cuevas de maduración del queso de " +
        "Cabrales una levadura capaz de inhibir el crecimiento de Listeria monocytogenes. El " +
        "trabajo se publica este mes en la revista «International Journal of Food Microbiology».",
      "El artículo describe la levadura, catalogada de momento como cepa «CB-17», como «un " +
        "guardián natural» del queso, que compite con la bacteria por los nutrientes de la corteza.",
      "«Llevábamos años viendo que en ciertas cuevas la listeria simplemente no prosperaba», " +
        "explica la investigadora del IPLA Covadonga Fernández Riera, directora del estudio. " +
        "«Ahora sabemos que hay alguien haciendo el trabajo por nosotros».",
      "Fernández y la microbióloga de la Universidad de Oviedo Begoña Álvarez Canal analizaron 140 " +
        "muestras de doce cuevas de Tielve, Sotres y Arenas. Álvarez advierte de que no se trata de " +
        "«un conservante milagroso» y de que el hallazgo no sustituye a los controles sanitarios.",
      "En Sotres, el quesero Manuel Ángel Mier Bulnes, que madura sus piezas en una cueva a 1.200 " +
        "metros, lo resume así: «El queso lo hacen la cueva y el tiempo; nosotros ponemos la leche " +
        "y la paciencia». El Consejo Regulador de la DOP Cabrales celebró el hallazgo en un " +
        "comunicado y recordó que las cuevas son «un patrimonio vivo que hay que proteger».",
      "«El siguiente paso es ver si la levadura funciona igual en otros quesos de cueva, como el " +
        "Gamonéu», avanzó Fernández, que ha pedido financiación al Plan Estatal de Investigación " +
        "para continuar el trabajo.",
    ],
    quotes: [
      ["un guardián natural", "El artículo"],
      [
        "Llevábamos años viendo que en ciertas cuevas la listeria simplemente no prosperaba",
        "Covadonga Fernández Riera",
      ],
      ["Ahora sabemos que hay alguien haciendo el trabajo por nosotros", "Covadonga Fernández Riera"],
      ["un conservante milagroso", "Begoña Álvarez Canal"],
      [
        "El queso lo hacen la cueva y el tiempo; nosotros ponemos la leche y la paciencia",
        "Manuel Ángel Mier Bulnes",
      ],
      ["un patrimonio vivo que hay que proteger", "El Consejo Regulador de la DOP Cabrales"],
      [
        "El siguiente paso es ver si la levadura funciona igual en otros quesos de cueva, como el " +
          "Gamonéu",
        "Covadonga Fernández Riera",
      ],
    ],
  },
  {
    name:
      "Diario de Arousa, vida local: titular con cita de la panadera nombrada solo en el cuerpo y " +
      "repetida en él con «dice ella» tras un hombre y segunda cita sin verbo, apodo de un " +
      "negocio y de un horno (no citas), marido con «bromea» sin sujeto, dos mujeres en un " +
      "párrafo con cita parcial de una y «opina Fontán», alcalde que «definió» con cita parcial, " +
      "consejo del abuelo fundador citado por un panadero anónimo tras «recuerda» y dos puntos",
    todo:
      "«desde que tenía uso de razón» goes to Marisa Fontán, not Carmen Lores; «El pan no se hace " +
      "con prisa, rapaz. Con prisa…» goes to Un panadero de Vilanova, not Maximino Otero; «o vello» " +
      "taken for a quote",
    headline: "«Hemos amasado cien años; ya toca descansar»: cierra la panadería más antigua de Cambados",
    paragraphs: [
      "La panadería Otero, conocida en todo Cambados como «A Fornada», bajará la persiana el " +
        "próximo 31 de diciembre, casi cien años después de que Maximino Otero encendiera por " +
        "primera vez el horno de leña de la calle Real, al que en la familia siguen llamando «o " +
        "vello».",
      "Hoy la regentan su nieta, Pilar Otero Dopazo, de 66 años, y su marido, Ramón Búa. «Hemos " +
        "amasado cien años; ya toca descansar», dice ella mientras despacha una bica a una clienta. " +
        "«Mis hijos tienen su vida en Vigo y en Londres, y no voy a obligar a nadie a levantarse a " +
        "las tres de la mañana».",
      "Búa, de 69 años, es quien sigue encendiendo el horno cada madrugada. «El horno es lo que " +
        "más voy a echar de menos. Y lo que menos, el despertador», bromea.",
      "Entre la clientela que estos días hace cola para despedirse están Carmen Lores, que compra " +
        "allí el pan «desde que tenía uso de razón», y su vecina Marisa Fontán, que ya ha encargado " +
        "la última empanada de zamburiñas. «La gente viene a por pan y se queda a hablar. Eso no lo " +
        "tiene un supermercado», opina Fontán.",
      "El Concello colocará una placa en la fachada, según anunció el alcalde, Roberto Lamas Abal, " +
        "que definió el negocio como «una institución del pueblo».",
      "Un panadero de Vilanova que entró allí de aprendiz en los años ochenta recuerda todavía el " +
        "primer consejo de Maximino: «El pan no se hace con prisa, rapaz. Con prisa se hacen las " +
        "tonterías».",
    ],
    quotes: [
      ["Hemos amasado cien años; ya toca descansar", "Pilar Otero Dopazo"],
      [
        "Mis hijos tienen su vida en Vigo y en Londres, y no voy a obligar a nadie a levantarse a las " +
          "tres de la mañana",
        "Pilar Otero Dopazo",
      ],
      ["El horno es lo que más voy a echar de menos. Y lo que menos, el despertador", "Ramón Búa"],
      ["desde que tenía uso de razón", "Carmen Lores"],
      ["La gente viene a por pan y se queda a hablar. Eso no lo tiene un supermercado", "Marisa Fontán"],
      ["una institución del pueblo", "Roberto Lamas Abal"],
      ["El pan no se hace con prisa, rapaz. Con prisa se hacen las tonterías", "Maximino Otero"],
    ],
  },
  {
    name:
      "El Austral de Temuco, atletismo: titular con cita del entrenador nombrado solo en el cuerpo " +
      "y repetida en él con «destacó el técnico», atleta con «contó emocionada la fondista» y segunda cita " +
      "sin verbo, apodo (no cita), cita parcial del técnico tras «reveló que», dos mujeres en un " +
      "párrafo con «admitió Ledesma», federación en X con cita parcial, madre con «relató la mujer»",
    headline: "“Corrió con la cabeza, no solo con las piernas”: temuquense gana la Maratón de Santiago",
    paragraphs: [
      "La atleta temuquense Ayelén Huenchumilla Catrileo, de 27 años, ganó el domingo la " +
        "categoría femenina de la Maratón de Santiago con un tiempo de 2 horas, 31 minutos y 12 " +
        "segundos, la mejor marca de una chilena en la prueba en la última década.",
      "“En el kilómetro 35 pensé en mi abuela, que me mandaba a correr a buscar las vacas”, contó " +
        "emocionada la fondista, a quien en su barrio ya llaman “la Gacela del Ñielol”. “Ahí supe " +
        "que no me iban a alcanzar”.",
      "Su entrenador, Rodrigo Sepúlveda Lagos, que la dirige desde los 15 años, la esperó en la " +
        "meta. “Corrió con la cabeza, no solo con las piernas”, destacó el técnico, quien reveló que " +
        "el plan era “ir a tirones desde el 30” para descolgar a las extranjeras.",
      "La segunda posición fue para la argentina Florencia Ledesma Paz, y la tercera, para la " +
        "peruana Yesenia Quispe Mamani. “Ella hizo una carrera perfecta. Yo me fui apagando en la " +
        "subida de Vitacura”, admitió Ledesma.",
      "La Federación Atlética de Chile informó en su cuenta de X que la marca de Huenchumilla le " +
        "da “muy buenas opciones” de clasificar a los próximos Juegos Panamericanos.",
      "En Temuco, su madre, Rosa Catrileo Painemal, siguió la transmisión en la sede de la junta de " +
        "vecinos de Pueblo Nuevo, rodeada de vecinos. “Siempre fue porfiada. Cuando era chica se " +
        "arrancaba del colegio para ir a correr al cerro Ñielol”, relató la mujer.",
    ],
    quotes: [
      ["Corrió con la cabeza, no solo con las piernas", "Rodrigo Sepúlveda Lagos"],
      [
        "En el kilómetro 35 pensé en mi abuela, que me mandaba a correr a buscar las vacas",
        "Ayelén Huenchumilla Catrileo",
      ],
      ["Ahí supe que no me iban a alcanzar", "Ayelén Huenchumilla Catrileo"],
      ["ir a tirones desde el 30", "Rodrigo Sepúlveda Lagos"],
      [
        "Ella hizo una carrera perfecta. Yo me fui apagando en la subida de Vitacura",
        "Florencia Ledesma Paz",
      ],
      ["muy buenas opciones", "La Federación Atlética de Chile"],
      [
        "Siempre fue porfiada. Cuando era chica se arrancaba del colegio para ir a correr al cerro " +
          "Ñielol",
        "Rosa Catrileo Painemal",
      ],
    ],
  },
  {
    name:
      "Acento, cultura (comillas rectas): entradilla con título de un libro (no cita) y cita " +
      "parcial de la autora repetida en el cuerpo, jurado en el acta con «destaca que» y cita " +
      "parcial, poeta con «añadió la poeta», títulos de libros (no citas), dos hombres en un " +
      "párrafo con «afirmó el ministro» y cita parcial con «la definió como», librera anónima " +
      "con dos puntos",
    todo:
      "«Hoy vendí más libros de ella que en todo el año» goes to Una librera de la calle El Conde, not " +
      "Una librera; «Sal de los bateyes» taken for a quote",
    headline: "Mercedes Almonte Ureña gana el Premio Nacional de Literatura 2026",
    standfirst: 'La autora de "Sal de los bateyes" dice que escribe "para los que nunca salen en los libros"',
    paragraphs: [
      "El Ministerio de Cultura anunció este martes que la poeta y ensayista Mercedes Almonte " +
        "Ureña, nacida en San Pedro de Macorís en 1951, es la ganadora del Premio Nacional de " +
        "Literatura 2026, dotado con dos millones de pesos.",
      "En el acta, el jurado, presidido por el crítico Julio César Peña Reynoso, destaca que la obra " +
        'de Almonte "convierte la memoria de los bateyes en una poética de alcance universal".',
      "Almonte recibió la noticia en su casa del sector Gazcue, en Santo Domingo. En conversación " +
        'con Acento, dijo que escribe "para los que nunca salen en los libros". "Mi abuela cortaba ' +
        'caña y no sabía leer. Cada poema mío es una carta que ella no pudo escribir", añadió la ' +
        "poeta, de 75 años.",
      'Entre sus libros figuran "Sal de los bateyes" (1984), "Cuaderno del ingenio" (1997) y el ' +
        'ensayo "La lengua de los cañaverales" (2011), lectura obligatoria en varias universidades ' +
        "del país.",
      "El ministro de Cultura, Ernesto Valdez Morel, y Peña Reynoso coincidieron en que el galardón " +
        'salda una deuda con la literatura del Este. "Es un premio que le debíamos a la región ' +
        'cañera", afirmó el ministro. Peña Reynoso, por su parte, la definió como "la gran poeta ' +
        'del azúcar".',
      "Una librera de la calle El Conde contó que desde el anuncio no ha dejado de recibir " +
        'pedidos: "Hoy vendí más libros de ella que en todo el año".',
    ],
    quotes: [
      ["para los que nunca salen en los libros", "Mercedes Almonte Ureña"],
      ["convierte la memoria de los bateyes en una poética de alcance universal", "el jurado"],
      [
        "Mi abuela cortaba caña y no sabía leer. Cada poema mío es una carta que ella no pudo escribir",
        "Mercedes Almonte Ureña",
      ],
      ["Es un premio que le debíamos a la región cañera", "Ernesto Valdez Morel"],
      ["la gran poeta del azúcar", "Julio César Peña Reynoso"],
      ["Hoy vendí más libros de ella que en todo el año", "Una librera"],
    ],
  },
  {
    name:
      "Pulso, salud: nombre de un hospital entre comillas (no cita), asociación que «denunció» " +
      "con cita parcial, paciente con «relató el paciente» y segunda cita sin verbo, dos mujeres " +
      "en un párrafo con «Zúñiga afirmó» y dos puntos, secretaría en una tarjeta informativa con " +
      "cita parcial, nefrólogo anónimo con cita parcial y segunda cita sin verbo, diputada que " +
      "«calificó la situación de» con cita parcial",
    todo: "«Dr. Ignacio Morones Prieto» taken for a quote",
    headline: "Pacientes renales pagan hasta 2 mil pesos por sesión ante saturación de hemodiálisis",
    paragraphs: [
      "Al menos 140 pacientes con insuficiencia renal crónica esperan un lugar en la unidad de " +
        "hemodiálisis del Hospital Central “Dr. Ignacio Morones Prieto”, según la Asociación " +
        "Potosina de Pacientes Renales, que denunció que muchos de ellos pagan “entre mil 800 y 2 " +
        "mil pesos” por cada sesión en clínicas particulares.",
      "Juan Gabriel Rocha Méndez, de 43 años, viaja tres veces por semana desde Ciudad Valles. " +
        "“Vendí mi camioneta y ya no tengo qué vender”, relató el paciente, padre de tres hijos. " +
        "“Si no me dializo, en una semana me muero; así de sencillo”.",
      "La presidenta de la asociación, Martha Elena Zúñiga Ortiz, y la abogada del colectivo, " +
        "Lorena Gallegos Rangel, presentaron este lunes una queja ante la Comisión Estatal de " +
        "Derechos Humanos (CEDH). Zúñiga afirmó: “No pedimos un hospital nuevo, pedimos que " +
        "funcionen las seis máquinas que están descompuestas desde marzo”.",
      "Por su parte, la Secretaría de Salud del estado informó mediante una tarjeta informativa que " +
        "dos de los equipos “serán reparados en las próximas semanas” y que se gestiona la " +
        "subrogación del servicio con una clínica privada.",
      "Un nefrólogo del hospital, que pidió no ser identificado por temor a represalias, reconoció " +
        "que el personal “hace lo que puede” con turnos extra. “Estamos dializando hasta las once " +
        "de la noche y aun así no alcanza”.",
      "En el Congreso del Estado, la diputada local Ana Karen Villanueva Solís calificó la " +
        "situación de “emergencia silenciosa” y anunció que pedirá comparecer al titular de Salud.",
    ],
    quotes: [
      ["entre mil 800 y 2 mil pesos", "la Asociación Potosina de Pacientes Renales"],
      ["Vendí mi camioneta y ya no tengo qué vender", "Juan Gabriel Rocha Méndez"],
      ["Si no me dializo, en una semana me muero; así de sencillo", "Juan Gabriel Rocha Méndez"],
      [
        "No pedimos un hospital nuevo, pedimos que funcionen las seis máquinas que están " +
          "descompuestas desde marzo",
        "Martha Elena Zúñiga Ortiz",
      ],
      ["serán reparados en las próximas semanas", "la Secretaría de Salud del estado"],
      ["hace lo que puede", "Un nefrólogo del hospital"],
      ["Estamos dializando hasta las once de la noche y aun así no alcanza", "Un nefrólogo del hospital"],
      ["emergencia silenciosa", "Ana Karen Villanueva Solís"],
    ],
  },
  {
    name:
      "Hoy Diario del Magdalena, sucesos (comillas rectas): titular con fragmento de una cita " +
      "más larga del coronel nombrado solo en el cuerpo, nombre de un operativo, de una banda y " +
      "alias entre comillas simples (no citas), coronel con «afirmó el oficial», «Según el " +
      "oficial» con cita parcial, mototaxista con «contó el hombre», juez con cita parcial tras " +
      "«al considerar que», vecina anónima con dos puntos, cita partida con «recomendó Pacheco»",
    headline: 'Cayó banda que robaba motos en Gaira y El Rodadero: "Las desarmaban en menos de una hora"',
    paragraphs: [
      'En un operativo denominado "Rueda Suelta", la Policía Metropolitana de Santa Marta capturó ' +
        "a cinco integrantes de la banda 'Los del Taller', señalada de robar al menos 60 " +
        "motocicletas en Gaira, El Rodadero y Bastidas en lo corrido del año. Entre los capturados " +
        "está alias 'el Mecánico', de 38 años, señalado como cabecilla.",
      "El comandante de la Policía Metropolitana de Santa Marta, coronel Jairo Andrés Pacheco " +
        'Rincón, explicó que la banda operaba desde un taller del barrio Bastidas. "Las desarmaban ' +
        'en menos de una hora y vendían las piezas en La Guajira y el Cesar", afirmó el oficial.',
      'Según el oficial, los delincuentes "escogían motos nuevas, de alto cilindraje" y las ' +
        "hurtaban mientras sus dueños estaban en la playa o en el trabajo.",
      'Uno de los afectados es el mototaxista Yeison David Ospino Barros. "Esa moto era mi ' +
        'sustento. Llevo tres meses pagando cuotas de una moto que ya no tengo", contó el hombre, ' +
        "de 29 años y padre de dos niñas.",
      "Los cinco capturados no aceptaron los cargos de hurto calificado y agravado y concierto " +
        "para delinquir. Un juez de control de garantías les dictó medida de aseguramiento en " +
        'centro carcelario al considerar que "representan un peligro para la comunidad".',
      'En Bastidas, una vecina del taller aseguró que nunca sospechó nada: "Uno veía entrar motos ' +
        'todo el día, pero como era un taller, pues normal".',
      '"Les pedimos a los propietarios que marquen las piezas", recomendó Pacheco, "y que no dejen ' +
        'las motos en parqueaderos informales".',
    ],
    quotes: [
      ["Las desarmaban en menos de una hora", "Jairo Andrés Pacheco Rincón"],
      [
        "Las desarmaban en menos de una hora y vendían las piezas en La Guajira y el Cesar",
        "Jairo Andrés Pacheco Rincón",
      ],
      ["escogían motos nuevas, de alto cilindraje", "Jairo Andrés Pacheco Rincón"],
      [
        "Esa moto era mi sustento. Llevo tres meses pagando cuotas de una moto que ya no tengo",
        "Yeison David Ospino Barros",
      ],
      ["representan un peligro para la comunidad", "Un juez de control de garantías"],
      ["Uno veía entrar motos todo el día, pero como era un taller, pues normal", "una vecina del taller"],
      ["Les pedimos a los propietarios que marquen las piezas", "Jairo Andrés Pacheco Rincón"],
      ["y que no dejen las motos en parqueaderos informales", "Jairo Andrés Pacheco Rincón"],
    ],
  },
  {
    name:
      "Diario Norte, ambiente: informe que «advierte que» con cita parcial, coordinador con " +
      "«alertó» invertido y cita parcial tras «agregó que», cacique con «Para» y cita parcial y " +
      "segunda cita con «dijo» sin sujeto, fuentes del ministerio con cita parcial, dos hombres " +
      "en un párrafo con «se quejó Ferreyra», lema de unos carteles (no cita)",
    headline: "Detectan 4.200 hectáreas de desmontes ilegales en el Impenetrable",
    paragraphs: [
      "Un informe del Observatorio del Monte Chaqueño, elaborado con imágenes satelitales, detectó " +
        "4.200 hectáreas de desmontes en zonas protegidas del Impenetrable durante el último año, " +
        "la mayoría en los departamentos General Güemes y Almirante Brown. El informe advierte que " +
        "el ritmo de pérdida “no tiene precedentes desde la sanción de la Ley de Bosques”.",
      "“Lo que antes se desmontaba en cinco años ahora se desmonta en uno”, alertó el coordinador " +
        "del observatorio, Ezequiel Ramón Saucedo, quien agregó que muchos desmontes se hacen de " +
        "noche, “con topadoras que entran sin carteles ni permisos”.",
      "Para el cacique de la comunidad wichí de El Sauzalito, Anselmo Pérez Toribio, el monte es " +
        "“la farmacia y la despensa” de su pueblo. “Cuando voltean un quebracho se llevan algo que " +
        "no vuelve en cien años”, dijo.",
      "Fuentes del Ministerio de Producción provincial aseguraron a Diario Norte que “todos los " +
        "desmontes denunciados están siendo fiscalizados” y que ya se labraron 31 actas de " +
        "infracción.",
      "El presidente de la Asociación de Productores del Oeste Chaqueño, Hugo Daniel Ferreyra, y " +
        "el ingeniero forestal Pablo Aguirre coincidieron en que los controles llegan tarde, aunque " +
        "por motivos distintos. “El productor que cumple la ley es el que termina pagando los " +
        "platos rotos”, se quejó Ferreyra.",
      "La semana pasada, unos 300 vecinos de Juan José Castelli marcharon hasta la plaza central " +
        "con carteles que decían “El monte no se toca” y entregaron un petitorio en la municipalidad.",
    ],
    quotes: [
      ["no tiene precedentes desde la sanción de la Ley de Bosques", "El informe"],
      ["Lo que antes se desmontaba en cinco años ahora se desmonta en uno", "Ezequiel Ramón Saucedo"],
      ["con topadoras que entran sin carteles ni permisos", "Ezequiel Ramón Saucedo"],
      ["la farmacia y la despensa", "Anselmo Pérez Toribio"],
      ["Cuando voltean un quebracho se llevan algo que no vuelve en cien años", "Anselmo Pérez Toribio"],
      [
        "todos los desmontes denunciados están siendo fiscalizados",
        "Fuentes del Ministerio de Producción provincial",
      ],
      ["El productor que cumple la ley es el que termina pagando los platos rotos", "Hugo Daniel Ferreyra"],
    ],
  },
]);
