// A thirty-seventh round of composed Spanish news articles, in the styles of outlets and beats the
// first thirty-six rounds did not use: Cordópolis (the city council votes awnings for the streets of
// the centre, local politics, Córdoba, España), Diario de Colima (an earthquake damages homes in
// Manzanillo, disasters, México), El Diario de la República (a former municipal official sentenced for
// diverting soup-kitchen funds, courts, Villa Mercedes, San Luis, Argentina), Boyacá 7 Días (potato
// growers block the Tunja–Bogotá road, agriculture, Colombia, raya dialogue lines), La Estrella de
// Iquique (a study finds less coastal fog at Alto Patache, science, Chile), Diario Sin Fronteras (a
// minibus strike against new bus routes, transport, Arequipa, Perú), Mi Diario (three men caught after
// a mini-market hold-up in Juan Díaz, police, Panamá, straight quotation marks), Invasor (a Ciego de
// Ávila boxer wins the national title, sport, Cuba), Metro Puerto Rico (a medical-device maker expands
// its Juncos plant, business, Puerto Rico) and El Jaya (dengue admissions rise in San Francisco de
// Macorís, health, República Dominicana). Every article was written for these tests, blind, before the
// engine was run on them; the speakers follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Cordópolis, política local: titular con cita de la delegada repetida en el " +
      "cuerpo con «defendió» invertido y segunda cita sin verbo, «La delegada» con " +
      "cita parcial, portavoz con «calificó de» y «Para Moyano» con dos puntos, " +
      "asociación en un comunicado con cita parcial, nombre de un programa (no " +
      "cita), camarero anónimo con dos puntos y cita suelta en el párrafo siguiente " +
      "que lo continúa",
    todo:
      "«Un toldo se quita en septiembre. Un árbol da …» not found; «Córdoba a la sombra» taken for " +
      "a quote",
    headline:
      "El Pleno aprueba el plan de toldos para el centro: «Córdoba no puede esperar " + "otro verano»",
    standfirst:
      "La medida, con un presupuesto de 1,8 millones, cubrirá doce calles " +
      "comerciales antes del verano; el PSOE vota en contra",
    paragraphs: [
      "El Pleno del Ayuntamiento de Córdoba aprobó este jueves, con los votos del PP " +
        "y la abstención de Vox, el Plan Municipal de Sombra, que prevé instalar " +
        "toldos en doce calles del centro comercial, entre ellas Cruz Conde, Conde de " +
        "Gondomar y Jesús y María, con un presupuesto de 1,8 millones de euros.",
      "«Córdoba no puede esperar otro verano», defendió la delegada de " +
        "Infraestructuras, Rocío Benavides Castillejo, durante el debate. «Los toldos " +
        "estarán colgados antes del 15 de junio, y eso es un compromiso».",
      "La delegada recordó que el pasado agosto los termómetros de la calle Cruz " +
        "Conde marcaron 46 grados a la sombra y que varios comercios de la zona " +
        "«cerraron por las tardes» durante semanas.",
      "El portavoz socialista, Antonio Jesús Moyano Luque, votó en contra y calificó " +
        "el plan de «parche de temporada». Para Moyano, la ciudad necesita árboles y " +
        "no lonas: «Un toldo se quita en septiembre. Un árbol da sombra cuarenta años».",
      "La Asociación de Comerciantes del Centro celebró la aprobación en un " +
        "comunicado, aunque pidió que los trabajos de instalación «no coincidan con la " +
        "campaña de rebajas».",
      "El programa, bautizado por el equipo de gobierno como «Córdoba a la sombra», " +
        "incluye también la instalación de ocho fuentes de agua potable y " +
        "nebulizadores en la plaza de las Tendillas.",
      "A la puerta de un bar, un camarero de la calle Conde de Gondomar, que " +
        "prefirió no dar su nombre, se mostraba escéptico: «Llevamos tres veranos " +
        "oyendo lo mismo».",
      "«Ojalá esta vez sea verdad, porque aquí a las cinco de la tarde no pasa ni un " + "gato».",
    ],
    quotes: [
      ["Córdoba no puede esperar otro verano", "Rocío Benavides Castillejo"],
      [
        "Los toldos estarán colgados antes del 15 de junio, y eso es un compromiso",
        "Rocío Benavides Castillejo",
      ],
      ["cerraron por las tardes", "Rocío Benavides Castillejo"],
      ["parche de temporada", "Antonio Jesús Moyano Luque"],
      ["Un toldo se quita en septiembre. Un árbol da sombra cuarenta años", "Antonio Jesús Moyano Luque"],
      ["no coincidan con la campaña de rebajas", "La Asociación de Comerciantes del Centro"],
      ["Llevamos tres veranos oyendo lo mismo", "un camarero de la calle Conde de Gondomar"],
      [
        "Ojalá esta vez sea verdad, porque aquí a las cinco de la tarde no pasa ni un " + "gato",
        "un camarero de la calle Conde de Gondomar",
      ],
    ],
  },
  {
    name:
      "Diario de Colima, sismo: entradilla con cita de la vecina repetida en el " +
      "cuerpo, SSN con «De acuerdo con» y cita parcial, coordinadora con «señaló la " +
      "funcionaria» y segunda cita sin verbo, vecina presentada con dos puntos, hijo " +
      "que comparte apellido con «contó el joven», alcalde con «Según el edil» y " +
      "cita parcial, administración portuaria en un comunicado",
    headline: "Sismo de 6.1 sacude Manzanillo; reportan daños en 80 viviendas",
    standfirst: "“Se movió todo, pensé que se caía la casa”, relata vecina del barrio Las " + "Brisas",
    paragraphs: [
      "Un sismo de magnitud 6.1 con epicentro a 42 kilómetros al suroeste de " +
        "Manzanillo sacudió la madrugada de este martes el estado de Colima y provocó " +
        "daños en viviendas, escuelas y templos del puerto.",
      "De acuerdo con el Servicio Sismológico Nacional (SSN), el movimiento ocurrió " +
        "a las 3:17 horas, tuvo una profundidad de 16 kilómetros y fue “ampliamente " +
        "percibido” en Colima, Jalisco y Michoacán.",
      "La coordinadora estatal de Protección Civil, Marisela Ochoa Virgen, informó " +
        "que se contabilizan daños en 80 viviendas, dos escuelas y la parroquia de San " +
        "Pedro Apóstol. “No tenemos reporte de personas fallecidas”, señaló la " +
        "funcionaria. “Sí tenemos tres personas con lesiones menores por caídas al " +
        "salir de sus casas”.",
      "En el barrio Las Brisas, Guadalupe Larios Cárdenas, de 58 años, todavía " +
        "barría los vidrios de su ventana a media mañana: “Se movió todo, pensé que se " +
        "caía la casa”.",
      "Su hijo, Efraín Larios, la sacó a la calle en cuanto pasó el temblor. “Mi " +
        "mamá salió descalza y ya no quiso volver a entrar hasta que amaneció”, contó " +
        "el joven.",
      "El presidente municipal de Manzanillo, Héctor Iván Mancilla Topete, recorrió " +
        "las colonias afectadas y anunció que se habilitó un albergue en la unidad " +
        "deportiva 5 de Mayo. Según el edil, las clases se suspendieron “por " +
        "precaución y hasta revisar cada plantel”.",
      "La Administración del Sistema Portuario Nacional Manzanillo informó en un " +
        "comunicado que las operaciones del puerto “se reanudaron con normalidad a las " +
        "7:00 horas”, luego de revisar muelles y grúas.",
    ],
    quotes: [
      ["Se movió todo, pensé que se caía la casa", "Guadalupe Larios Cárdenas"],
      ["ampliamente percibido", "el Servicio Sismológico Nacional"],
      ["No tenemos reporte de personas fallecidas", "Marisela Ochoa Virgen"],
      [
        "Sí tenemos tres personas con lesiones menores por caídas al salir de sus casas",
        "Marisela Ochoa Virgen",
      ],
      ["Mi mamá salió descalza y ya no quiso volver a entrar hasta que amaneció", "Efraín Larios"],
      ["por precaución y hasta revisar cada plantel", "Héctor Iván Mancilla Topete"],
      [
        "se reanudaron con normalidad a las 7:00 horas",
        "La Administración del Sistema Portuario Nacional Manzanillo",
      ],
    ],
  },
  {
    name:
      "El Diario de la República, tribunales: juez con «sostuvo que» y cita parcial, " +
      "fiscal con cita antepuesta y «había dicho en su alegato», defensor con dos " +
      "puntos, imputado con «dijo Ledesma» invertido, nombre de la causa (no cita), " +
      "municipalidad querellante en un comunicado con cita parcial, cocinera anónima " +
      "con dos puntos",
    headline: "Condenaron a un exdirector municipal de Villa Mercedes por desviar fondos de " + "comedores",
    paragraphs: [
      "El Tribunal Penal Colegiado N° 2 de Villa Mercedes condenó ayer a tres años y " +
        "seis meses de prisión efectiva a Gustavo Adrián Ledesma, exdirector de " +
        "Desarrollo Social del municipio, por el delito de peculado en perjuicio de " +
        "once comedores comunitarios.",
      "La causa, conocida en la ciudad como “la causa de la leche”, se inició en " +
        "2023 tras una denuncia de las propias cocineras, que advirtieron que las " +
        "partidas de alimentos llegaban incompletas.",
      "Al leer el veredicto, el presidente del tribunal, juez Marcelo Fabián " +
        "Quiroga, sostuvo que quedó probado que el acusado “dispuso de los fondos como " +
        "si fueran propios” durante al menos dieciocho meses.",
      "“Mientras los chicos de los barrios tomaban mate cocido, se compraban " +
        "electrodomésticos con la plata de la leche”, había dicho en su alegato la " +
        "fiscal Valeria Soledad Ponce, que pidió cinco años de prisión.",
      "El defensor de Ledesma, Julio César Arce, anticipó que recurrirá el fallo: " +
        "“Vamos a ir al Superior Tribunal. No hay una sola prueba de que mi cliente se " +
        "haya quedado con un peso”.",
      "Antes de la lectura, el imputado hizo uso de la última palabra. “Soy inocente " +
        "y lo voy a demostrar”, dijo Ledesma, con la voz quebrada.",
      "La Municipalidad de Villa Mercedes, que actuó como querellante, difundió un " +
        "comunicado en el que calificó la sentencia como “un acto de justicia para los " +
        "barrios”.",
      "Una de las cocineras del comedor del barrio La Ribera, que declaró como " +
        "testigo, esperaba en la vereda de los tribunales: “Nosotras cocinábamos con " +
        "lo que traían los vecinos. Ahora se sabe por qué”.",
    ],
    quotes: [
      ["dispuso de los fondos como si fueran propios", "Marcelo Fabián Quiroga"],
      [
        "Mientras los chicos de los barrios tomaban mate cocido, se compraban " +
          "electrodomésticos con la plata de la leche",
        "Valeria Soledad Ponce",
      ],
      [
        "Vamos a ir al Superior Tribunal. No hay una sola prueba de que mi cliente se " +
          "haya quedado con un peso",
        "Julio César Arce",
      ],
      ["Soy inocente y lo voy a demostrar", "Gustavo Adrián Ledesma"],
      ["un acto de justicia para los barrios", "La Municipalidad de Villa Mercedes"],
      [
        "Nosotras cocinábamos con lo que traían los vecinos. Ahora se sabe por qué",
        "Una de las cocineras del comedor del barrio La Ribera",
      ],
    ],
  },
  {
    name:
      "Boyacá 7 Días, agro (rayas de diálogo): titular con cita del vocero repetida " +
      "en el cuerpo con «resumió» invertido, «Según el dirigente» sin cita, " +
      "campesina presentada con «doña» y tres líneas de raya (una partida por " +
      "«dijo»), secretario con cita parcial, Ministerio en un comunicado, conductor " +
      "anónimo con «se quejó» invertido",
    todo: "«sobreoferta coyuntural» goes to Fredy Orlando Pinzón Díaz, not El Ministerio de Agricultura",
    headline: "Paperos bloquean la vía en Ventaquemada: “Estamos sembrando para perder”",
    paragraphs: [
      "Cerca de 300 cultivadores de papa bloquearon desde la madrugada de este lunes " +
        "la vía Tunja–Bogotá a la altura de Ventaquemada, para exigir al Gobierno " +
        "nacional medidas ante la caída del precio de la carga, que en las plazas " +
        "mayoristas se paga hoy a 35.000 pesos.",
      "“Estamos sembrando para perder”, resumió Luis Alberto Sáenz Rojas, vocero de " +
        "Dignidad Papera en Boyacá. Según el dirigente, producir una carga de papa " +
        "cuesta hoy más de 90.000 pesos entre semilla, abonos y jornales.",
      "Entre los manifestantes estaba doña Ana Cecilia Moreno, de la vereda Montoya, " +
        "que cultiva dos hectáreas con su esposo. BOYACÁ 7 DÍAS habló con ella junto a " +
        "una fogata, a un lado de la carretera.",
      "—Nosotros ya ni recogemos la papa. Se queda podrida en el surco, porque " +
        "sacarla sale más caro —dijo—. El banco, en cambio, no perdona la cuota.",
      "Sobre lo que esperan del Gobierno, fue directa:",
      "—Que paren la papa congelada que entra de afuera. Eso es lo único que pedimos.",
      "El secretario de Agricultura de Boyacá, Fredy Orlando Pinzón Díaz, llegó al " +
        "punto del bloqueo al mediodía y aseguró que la Gobernación gestiona “una " +
        "compra institucional de emergencia” para los programas de alimentación " +
        "escolar.",
      "El Ministerio de Agricultura, por su parte, atribuyó en un comunicado la " +
        "caída de precios a una “sobreoferta coyuntural” por las buenas cosechas del " +
        "primer semestre.",
      "“Llevo seis horas aquí parado y la leche no aguanta”, se quejó un conductor " +
        "de un camión lechero represado en el peaje de Albarracín.",
    ],
    quotes: [
      ["Estamos sembrando para perder", "Luis Alberto Sáenz Rojas"],
      [
        "Nosotros ya ni recogemos la papa. Se queda podrida en el surco, porque " + "sacarla sale más caro",
        "Ana Cecilia Moreno",
      ],
      ["El banco, en cambio, no perdona la cuota.", "Ana Cecilia Moreno"],
      ["Que paren la papa congelada que entra de afuera. Eso es lo único que pedimos.", "Ana Cecilia Moreno"],
      ["una compra institucional de emergencia", "Fredy Orlando Pinzón Díaz"],
      ["sobreoferta coyuntural", "El Ministerio de Agricultura"],
      ["Llevo seis horas aquí parado y la leche no aguanta", "un conductor de un camión lechero"],
    ],
  },
  {
    name:
      "La Estrella de Iquique, ciencia: autora principal con «explicó la bióloga» " +
      "invertido y título de revista (no cita), «La investigadora» con cita sin " +
      "verbo, artículo con «Según el artículo» y cita parcial, coautor que comparte " +
      "apellido con dos puntos, seremi con cita parcial, recolector anónimo con dos " +
      "puntos",
    headline: "Estudio advierte que la camanchaca llega cada vez menos a Alto Patache",
    standfirst:
      "Investigadores de la UNAP midieron una baja de 18% en el agua captada por los " +
      "atrapanieblas en dos décadas",
    paragraphs: [
      "Un estudio liderado por investigadores de la Universidad Arturo Prat (UNAP) " +
        "concluyó que la niebla costera que alimenta el oasis de Alto Patache, 65 " +
        "kilómetros al sur de Iquique, disminuyó cerca de 18% en los últimos veinte " +
        "años.",
      "“La camanchaca es el único aporte de agua que tienen estos ecosistemas. Si se " +
        "va, se van ellos también”, explicó la bióloga Francisca Vergara Tapia, autora " +
        "principal del trabajo, publicado en la revista “Journal of Arid Environments”.",
      "La investigadora detalló que los atrapanieblas instalados en 1997 captaban en " +
        "promedio 7 litros por metro cuadrado al día y que hoy no superan los 5,7. “No " +
        "es una tendencia pareja: hay años buenos, pero la curva va para abajo”.",
      "Según el artículo, la disminución “coincide con el calentamiento de la " +
        "superficie del mar frente a Tarapacá” registrado desde comienzos de siglo.",
      "El coautor Rodrigo Vergara Ossandón, climatólogo de la misma universidad y " +
        "sin parentesco con la autora principal, fue más cauto: “Veinte años es poco " +
        "para hablar de cambio climático. Lo que sí podemos decir es que hay menos " +
        "niebla”.",
      "La seremi de Medio Ambiente de Tarapacá, Javiera Castillo Mamani, calificó el " +
        "estudio como “una alerta temprana” y comprometió recursos para ampliar la red " +
        "de medición.",
      "En Caramucho, un recolector de algas que riega su huerto con agua de " +
        "atrapanieblas lo ha notado: “Antes el estanque se llenaba en una semana. " +
        "Ahora, con suerte, en un mes”.",
    ],
    quotes: [
      [
        "La camanchaca es el único aporte de agua que tienen estos ecosistemas. Si se " +
          "va, se van ellos también",
        "Francisca Vergara Tapia",
      ],
      ["No es una tendencia pareja: hay años buenos, pero la curva va para abajo", "Francisca Vergara Tapia"],
      ["coincide con el calentamiento de la superficie del mar frente a Tarapacá", "el artículo"],
      [
        "Veinte años es poco para hablar de cambio climático. Lo que sí podemos decir " +
          "es que hay menos niebla",
        "Rodrigo Vergara Ossandón",
      ],
      ["una alerta temprana", "Javiera Castillo Mamani"],
      ["Antes el estanque se llenaba en una semana. Ahora, con suerte, en un mes", "un recolector de algas"],
    ],
  },
  {
    name:
      "Diario Sin Fronteras, transporte: dirigente con «afirmó el presidente» antes " +
      "del nombre, pregunta dentro de la cita con «se preguntó el dirigente», " +
      "municipalidad en un pronunciamiento con dos citas parciales, gerente con " +
      "«sentenció el funcionario», enfermera anónima con dos puntos, general PNP con " +
      "«Según el jefe» y cita parcial",
    todo: "«sin mayores incidentes» goes to Policial Arequipa, not César Augusto Linares Paz",
    headline: "Transportistas acatan paro y Arequipa amanece sin combis",
    paragraphs: [
      "Miles de arequipeños caminaron largas distancias o pagaron hasta el triple " +
        "por un taxi colectivo durante el primer día del paro de 48 horas convocado " +
        "por empresas de transporte urbano contra la implementación de las nuevas " +
        "rutas del Sistema Integrado de Transporte (SIT).",
      "“No estamos en contra del SIT, estamos en contra de que nos saquen de las " +
        "rutas sin compensación”, afirmó el presidente del Frente de Transportistas " +
        "Urbanos de Arequipa, Wálter Huamaní Zegarra, en la plaza de la avenida " +
        "Ejército.",
      "Huamaní sostuvo que unas 2 000 combis quedarían fuera de circulación con el " +
        "nuevo esquema. “Hay familias que viven de una combi. ¿A dónde van a ir?”, se " +
        "preguntó el dirigente.",
      "La Municipalidad Provincial de Arequipa, en un pronunciamiento, calificó la " +
        "medida de “ilegal” y advirtió que las empresas que no presten servicio “serán " +
        "sancionadas conforme a ley”.",
      "El gerente de Transporte Urbano de la comuna, Jorge Luis Cáceres Delgado, " +
        "descartó suspender el cronograma. “La reforma no tiene marcha atrás”, " +
        "sentenció el funcionario.",
      "En el paradero de la avenida Goyeneche, una enfermera del hospital Honorio " +
        "Delgado esperaba desde las 5:30 de la mañana: “Ya perdí mi turno. Nadie " +
        "piensa en los que trabajamos”.",
      "La Policía Nacional desplegó 600 efectivos en los principales cruces de la " +
        "ciudad. Según el jefe de la Región Policial Arequipa, general PNP César " +
        "Augusto Linares Paz, la jornada transcurrió “sin mayores incidentes”.",
    ],
    quotes: [
      [
        "No estamos en contra del SIT, estamos en contra de que nos saquen de las " +
          "rutas sin compensación",
        "Wálter Huamaní Zegarra",
      ],
      ["Hay familias que viven de una combi. ¿A dónde van a ir?", "Wálter Huamaní Zegarra"],
      ["ilegal", "La Municipalidad Provincial de Arequipa"],
      ["serán sancionadas conforme a ley", "La Municipalidad Provincial de Arequipa"],
      ["La reforma no tiene marcha atrás", "Jorge Luis Cáceres Delgado"],
      ["Ya perdí mi turno. Nadie piensa en los que trabajamos", "una enfermera del hospital Honorio Delgado"],
      ["sin mayores incidentes", "César Augusto Linares Paz"],
    ],
  },
  {
    name:
      "Mi Diario, sucesos (comillas rectas): apodo de la banda en el titular (no " +
      "cita), dueño anónimo con «relató» invertido y segunda cita sin verbo, " +
      "subcomisionado con «Según» y cita parcial, «El oficial» con «dijo», " +
      "Ministerio Público en X con cita parcial, vecina anónima con «contó» y dos " +
      "puntos, representante con dos puntos",
    todo:
      "«Los muchachos entraron con cascos puestos y m…» goes to Juan Díaz, not el dueño del local; " +
      "«Se llevaron la caja y los celulares de dos cl…» goes to Juan Díaz, not el dueño del local; " +
      "«Esta banda operaba en Juan Díaz, Pedregal y D…» goes to Juan Díaz, not Rolando Abrego " +
      "Batista",
    headline: 'Caen "los del casco" tras asalto a minisúper en Juan Díaz',
    paragraphs: [
      "Agentes de la Policía Nacional aprehendieron la noche del miércoles a tres " +
        "sujetos, de 19, 22 y 24 años, señalados de asaltar a punta de pistola un " +
        "minisúper en la vía Tocumen, en el corregimiento de Juan Díaz.",
      '"Los muchachos entraron con cascos puestos y me pusieron el arma en la ' +
        'cabeza", relató el dueño del local, un comerciante de 51 años que pidió ' +
        'reserva de su nombre. "Se llevaron la caja y los celulares de dos clientes".',
      "Según el subcomisionado Rolando Abrego Batista, jefe de la Zona Policial de " +
        "Juan Díaz, las cámaras del sistema de videovigilancia permitieron ubicar la " +
        'motocicleta "en menos de dos horas".',
      "El oficial explicó que a los detenidos se les decomisó un arma de fuego con " +
        'la serie limada. "Esta banda operaba en Juan Díaz, Pedregal y Don Bosco. ' +
        'Tenemos al menos seis denuncias que coinciden", dijo.',
      "El Ministerio Público informó en su cuenta de X que la Fiscalía Metropolitana " +
        '"solicitará la medida cautelar de detención provisional" en la audiencia de ' +
        "garantías.",
      "Una vecina de la calle principal, que vio la persecución desde su balcón, " +
        'contó: "Parecía película, pasaron las patrullas volando y después se oyeron ' +
        'los gritos".',
      "El representante de Juan Díaz, Eduardo Antonio Rivera Sanjur, pidió más " +
        'patrullaje: "No puede ser que la gente tenga que cerrar a las seis de la ' +
        'tarde por miedo".',
    ],
    quotes: [
      ["Los muchachos entraron con cascos puestos y me pusieron el arma en la cabeza", "el dueño del local"],
      ["Se llevaron la caja y los celulares de dos clientes", "el dueño del local"],
      ["en menos de dos horas", "Rolando Abrego Batista"],
      [
        "Esta banda operaba en Juan Díaz, Pedregal y Don Bosco. Tenemos al menos seis " +
          "denuncias que coinciden",
        "Rolando Abrego Batista",
      ],
      ["solicitará la medida cautelar de detención provisional", "El Ministerio Público"],
      [
        "Parecía película, pasaron las patrullas volando y después se oyeron los gritos",
        "Una vecina de la calle principal",
      ],
      [
        "No puede ser que la gente tenga que cerrar a las seis de la tarde por miedo",
        "Eduardo Antonio Rivera Sanjur",
      ],
    ],
  },
  {
    name:
      "Invasor, deportes: titular con cita del campeón repetida en el cuerpo con " +
      "«dijo el campeón» invertido y segunda cita sin verbo, rival que comparte " +
      "apellido retomado como «El santiaguero» con dos puntos, entrenador con " +
      "«aseguró el técnico», comisionado con cita parcial, Dirección Provincial en " +
      "una nota, madre con dos puntos",
    todo:
      "«Esta medalla es de Ciego» goes to Kid Chocolate, not Osmany Leyva Cruz; «Me preparé cinco " +
      "meses para este día y no iba…» goes to Kid Chocolate, not Osmany Leyva Cruz; «Yo creo que " +
      "gané los dos últimos asaltos. Per…» goes to Kid Chocolate, not Dairon Leyva Pozo; «espíritu " +
      "de sacrificio» not found",
    headline: "Osmany Leyva, oro en el Playa Girón: “Esta medalla es de Ciego”",
    paragraphs: [
      "El púgil avileño Osmany Leyva Cruz se coronó este sábado en los 63,5 " +
        "kilogramos del Campeonato Nacional de Boxeo Playa Girón, al vencer por " +
        "decisión dividida al santiaguero Dairon Leyva Pozo, sin parentesco con él, en " +
        "la final celebrada en la sala Kid Chocolate.",
      "“Esta medalla es de Ciego”, dijo el campeón a Invasor minutos después del " +
        "combate. “Me preparé cinco meses para este día y no iba a dejar que me lo " +
        "quitaran”.",
      "El santiaguero, monarca de la división el año pasado, no ocultó su " +
        "inconformidad con el fallo: “Yo creo que gané los dos últimos asaltos. Pero " +
        "así es el boxeo”.",
      "Su entrenador en la Academia Provincial, Ernesto Agüero Valdivia, destacó la " +
        "disciplina del muchacho. “Osmany es el primero que llega al gimnasio y el " +
        "último que se va”, aseguró el técnico.",
      "El comisionado provincial de boxeo, Idalberto Fonseca Recio, anunció que el " +
        "nuevo campeón integrará la preselección nacional y calificó el resultado de " +
        "“histórico para el boxeo avileño”, que no tenía un monarca nacional desde " +
        "2014.",
      "La Dirección Provincial de Deportes, en una nota de felicitación, resaltó el " +
        "“espíritu de sacrificio” del atleta y de su colectivo técnico.",
      "En Ciego de Ávila, su madre, Mercedes Cruz Álvarez, siguió la pelea por la " +
        "radio junto a los vecinos: “Lloré desde el primer asalto hasta el último”.",
    ],
    quotes: [
      ["Esta medalla es de Ciego", "Osmany Leyva Cruz"],
      ["Me preparé cinco meses para este día y no iba a dejar que me lo quitaran", "Osmany Leyva Cruz"],
      ["Yo creo que gané los dos últimos asaltos. Pero así es el boxeo", "Dairon Leyva Pozo"],
      ["Osmany es el primero que llega al gimnasio y el último que se va", "Ernesto Agüero Valdivia"],
      ["histórico para el boxeo avileño", "Idalberto Fonseca Recio"],
      ["espíritu de sacrificio", "La Dirección Provincial de Deportes"],
      ["Lloré desde el primer asalto hasta el último", "Mercedes Cruz Álvarez"],
    ],
  },
  {
    name:
      "Metro Puerto Rico, negocios: presidenta de operaciones con «afirmó» " +
      "invertido, retomada por los dos apellidos con cita sin verbo, secretario del " +
      "DDEC con cita parcial, alcalde con «expresó el ejecutivo municipal», " +
      "asociación en declaraciones escritas con cita parcial, economista con " +
      "«advirtió» y dos puntos",
    headline: "Empresa de dispositivos médicos invertirá $180 millones en su planta de Juncos",
    paragraphs: [
      "La empresa de dispositivos médicos Insuvia Medical anunció el martes una " +
        "inversión de $180 millones para ampliar su planta de Juncos, con la que " +
        "espera crear unos 450 empleos directos en los próximos tres años.",
      "“Puerto Rico tiene la mano de obra más experimentada del mundo en manufactura " +
        "regulada”, afirmó la presidenta de operaciones de la compañía en la isla, " +
        "Marilyn Ortiz Figueroa, durante el anuncio en el Distrito de Convenciones.",
      "Ortiz Figueroa explicó que la expansión responde a la relocalización de " +
        "líneas de producción que hoy operan en Asia. “Nuestros clientes quieren " +
        "cadenas de suministro más cortas y más seguras. Eso está aquí”.",
      "El secretario del Departamento de Desarrollo Económico y Comercio (DDEC), " +
        "Luis Gabriel Rosado Pagán, indicó que el proyecto recibirá incentivos " +
        "contributivos y lo describió como “un voto de confianza en la isla”.",
      "“Juncos tiene la gente, el agua y las carreteras. Lo que faltaba era que " +
        "alguien lo viera”, expresó el ejecutivo municipal de Juncos, Ramón Luis " +
        "Berríos Ortiz.",
      "La Asociación de Industriales de Puerto Rico, en declaraciones escritas, " +
        "advirtió que el país tiene que resolver “de una vez” la inestabilidad del " +
        "sistema eléctrico para retener este tipo de inversiones.",
      "La economista Carmen Delia Santiago Vélez recibió la noticia con cautela y " +
        "advirtió: “Son buenos empleos, pero 450 plazas no cambian por sí solas la " +
        "tendencia de la manufactura”.",
    ],
    quotes: [
      [
        "Puerto Rico tiene la mano de obra más experimentada del mundo en manufactura " + "regulada",
        "Marilyn Ortiz Figueroa",
      ],
      [
        "Nuestros clientes quieren cadenas de suministro más cortas y más seguras. Eso " + "está aquí",
        "Marilyn Ortiz Figueroa",
      ],
      ["un voto de confianza en la isla", "Luis Gabriel Rosado Pagán"],
      [
        "Juncos tiene la gente, el agua y las carreteras. Lo que faltaba era que " + "alguien lo viera",
        "Ramón Luis Berríos Ortiz",
      ],
      ["de una vez", "La Asociación de Industriales de Puerto Rico"],
      [
        "Son buenos empleos, pero 450 plazas no cambian por sí solas la tendencia de " + "la manufactura",
        "Carmen Delia Santiago Vélez",
      ],
    ],
  },
  {
    name:
      "El Jaya, salud: director con «explicó» invertido y «el doctor» antes del " +
      "nombre, «El galeno» con cita sin verbo, DPS con «informó que» y cita parcial, " +
      "madre presentada con dos puntos y retomada como «la mujer» con «denunció» " +
      "invertido, presidenta del CMD con «advirtió que» y cita parcial",
    todo:
      "«La fiebre alta con dolor detrás de los ojos n…» goes to El galeno, not Ramón Emilio Tavárez " +
      "Castillo",
    headline: "Aumentan ingresos por dengue en el hospital San Vicente de Paúl",
    paragraphs: [
      "El Hospital Regional Universitario San Vicente de Paúl, en San Francisco de " +
        "Macorís, registró en las últimas dos semanas 64 ingresos por dengue, la " +
        "mayoría niños menores de doce años, según datos del propio centro.",
      "“Estamos viendo pacientes que llegan tarde, con signos de alarma, porque " +
        "pasaron tres o cuatro días tomando remedios en la casa”, explicó el director " +
        "del hospital, el doctor Ramón Emilio Tavárez Castillo.",
      "El galeno pidió a las familias acudir al médico ante el primer síntoma. “La " +
        "fiebre alta con dolor detrás de los ojos no es una gripe”.",
      "La Dirección Provincial de Salud de Duarte informó que brigadas de fumigación " +
        "trabajan en los sectores Vista al Valle, Los Rieles y San Martín, y que el " +
        "aumento de casos “es consistente con la temporada de lluvias”.",
      "Yokasta Mercedes Paulino, madre de un niño de siete años ingresado en la sala " +
        "de pediatría, contó: “Mi niño tenía la fiebre en 40 y no le bajaba con nada”.",
      "“En el barrio hay cañadas llenas de basura y nadie viene a limpiar”, denunció " +
        "la mujer, residente en Vista al Valle.",
      "La presidenta del Colegio Médico Dominicano en la provincia Duarte, " +
        "Altagracia Núñez Rosario, advirtió que el hospital dispone de “apenas 12 " +
        "camas” de pediatría para estos casos.",
    ],
    quotes: [
      [
        "Estamos viendo pacientes que llegan tarde, con signos de alarma, porque " +
          "pasaron tres o cuatro días tomando remedios en la casa",
        "Ramón Emilio Tavárez Castillo",
      ],
      ["La fiebre alta con dolor detrás de los ojos no es una gripe", "Ramón Emilio Tavárez Castillo"],
      ["es consistente con la temporada de lluvias", "La Dirección Provincial de Salud de Duarte"],
      ["Mi niño tenía la fiebre en 40 y no le bajaba con nada", "Yokasta Mercedes Paulino"],
      ["En el barrio hay cañadas llenas de basura y nadie viene a limpiar", "Yokasta Mercedes Paulino"],
      ["apenas 12 camas", "Altagracia Núñez Rosario"],
    ],
  },
]);
