// A twentieth round of composed Spanish news articles, in the styles of outlets and beats the first
// nineteen rounds did not use: La Provincia (a fee to climb the Roque Nublo voted by the Cabildo de Gran
// Canaria), Expreso (a former customs director sentenced for extortion, Guayaquil, Ecuador), El Periódico de
// Aragón (a Casademont Zaragoza women's basketball win), La Segunda (a department-store chain closes twelve
// shops, Chile), El Imparcial (heat-stroke deaths in Sonora, México), Brecha (a documentary on a candombe
// comparsa, Montevideo, Uruguay), Granada Hoy (a giant planet around a red dwarf found by the IAA), Q'hubo
// (a gang robbing bank customers caught in Cali, Colombia, straight quotation marks), El Caribe (a
// teachers' strike, República Dominicana) and Diario Palentino (Palencia's market hall reopens).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Provincia, política: entradilla con cita de un consejero nombrado solo en el cuerpo y cita " +
      "parcial de la portavoz del PP, ambas repetidas en el cuerpo, «sostuvo Suárez» con cita parcial, " +
      "«calificó la tasa de» y dos puntos con comillas anidadas, dos mujeres en un párrafo con «aseguró " +
      "Ramírez», nombre de una plataforma (no cita), informe técnico con «Según», guía anónimo con dos " +
      "puntos",
    todo:
      "«Los domingos esto parece la calle Triana en N…» goes to el informe técnico, not Un guía de " +
      "senderismo",
    headline: "El Cabildo cobrará 3 euros por subir al Roque Nublo a partir de marzo",
    standfirst:
      "«Lo que no se regula, se destruye», defiende el consejero de Medio Ambiente frente al PP, que habla " +
      "de un «peaje a la cumbre»",
    paragraphs: [
      "El pleno del Cabildo de Gran Canaria aprobó ayer, con los votos de Nueva Canarias-BNC y PSOE, la " +
        "ordenanza que fija una tasa de 3 euros para acceder al Monumento Natural del Roque Nublo los " +
        "fines " +
        "de semana y festivos a partir del 1 de marzo. Los residentes en la isla quedarán exentos, siempre " +
        "que se inscriban antes en la plataforma digital «Cumbre Gran Canaria».",
      "El consejero de Medio Ambiente, Alejandro Suárez Betancor, defendió la medida con datos: el sendero " +
        "que sube desde La Goleta recibe más de 400.000 visitas al año. «Lo que no se regula, se " +
        "destruye», " +
        "sostuvo Suárez, que recordó que los agentes de Medio Ambiente retiraron este verano «más de dos " +
        "toneladas de basura» del entorno del monumento.",
      "La portavoz del PP en el Cabildo, Nayra Santana Quintana, calificó la tasa de «peaje a la cumbre» y " +
        "avisó: «Los grancanarios no tienen por qué pagar por subir a su propio monte, y con este " +
        "“registro” " +
        "acabarán pagando igual». Vox también votó en contra.",
      "La consejera de Turismo, Carmen Delia Ramírez Ojeda, intervino en el debate, y la alcaldesa de " +
        "Tejeda, Yurena Mendoza Perdomo, lo siguió desde el público. La alcaldesa reclamó que una parte " +
        "de la " +
        "recaudación se quede en el municipio: «Tejeda pone el Roque y se lleva los atascos». La tasa " +
        "«no va a " +
        "espantar a nadie», aseguró Ramírez.",
      "Según el informe técnico que acompaña a la ordenanza, la afluencia de visitantes en los días punta " +
        "«supera en más del doble la capacidad de carga del sendero».",
      "Un guía de senderismo que trabaja en la cumbre desde hace quince años lo ve con buenos ojos: «Los " +
        "domingos esto parece la calle Triana en Navidad. Si hay que pagar tres euros para que el Roque " +
        "siga " +
        "ahí, se paga».",
    ],
    quotes: [
      ["Lo que no se regula, se destruye", "Alejandro Suárez Betancor"],
      ["peaje a la cumbre", "Nayra Santana Quintana"],
      ["más de dos toneladas de basura", "Alejandro Suárez Betancor"],
      [
        "Los grancanarios no tienen por qué pagar por subir a su propio monte, y con este “registro” " +
          "acabarán pagando igual",
        "Nayra Santana Quintana",
      ],
      ["Tejeda pone el Roque y se lleva los atascos", "Yurena Mendoza Perdomo"],
      ["no va a espantar a nadie", "Carmen Delia Ramírez Ojeda"],
      ["supera en más del doble la capacidad de carga del sendero", "el informe técnico"],
      [
        "Los domingos esto parece la calle Triana en Navidad. Si hay que pagar tres euros para que el " +
          "Roque " +
          "siga ahí, se paga",
        "Un guía de senderismo",
      ],
    ],
  },
  {
    name:
      "Expreso, tribunales: cita de la entradilla del fiscal nombrado solo en el cuerpo y repetida en él " +
      "como cita parcial, nombre del caso (no cita), juez con «señaló el juzgador», testigo descrito con " +
      "«relató» y dos puntos, abogada con cita que sigue en el párrafo siguiente, institución en un " +
      "comunicado, procesado con «para decir que»",
    todo:
      "«el tiempo pondrá las cosas en su lugar» goes to El exfuncionario, not Luis Fernando Cedeño " +
      "Arreaga",
    headline: "Exdirector de Aduana en Guayaquil, sentenciado a cinco años por cobrar coimas a importadores",
    standfirst: "“Cobraban por contenedor, como en un peaje”, dijo el fiscal en su alegato final.",
    paragraphs: [
      "El Tribunal de Garantías Penales con sede en Guayaquil condenó ayer a cinco años de prisión a Luis " +
        "Fernando Cedeño Arreaga, exdirector distrital de la Aduana en el puerto, por el delito de " +
        "concusión " +
        "dentro del denominado “caso Contenedor”. Otros dos exfuncionarios recibieron penas de tres años.",
      "De acuerdo con la investigación, entre 2021 y 2022 los procesados exigían a los importadores entre " +
        "300 y 1.500 dólares por agilizar el aforo físico de la mercadería. El fiscal Andrés Patricio " +
        "Vinueza " +
        "Coello sostuvo en su alegato que los exfuncionarios “cobraban por contenedor, como en un " +
        "peaje”, y " +
        "pidió la pena máxima.",
      "El presidente del tribunal, Gustavo Alvarado Mite, leyó la parte resolutiva. “Se ha demostrado más " +
        "allá de toda duda razonable que el procesado abusó de su cargo para obtener beneficios " +
        "económicos”, " +
        "señaló el juzgador, quien dispuso además el pago de una multa de 20 salarios básicos.",
      "Un comerciante de la Bahía, que declaró como testigo protegido, relató ante los jueces: “Si no " +
        "pagabas, tu contenedor se quedaba tres semanas en el patio. Y cada día de bodegaje lo pagabas tú”.",
      "La abogada de Cedeño, María José Loor Zambrano, anunció que apelará el fallo: “La sentencia se basa " +
        "en testimonios de personas que tenían interés en perjudicar a mi defendido. No hay una sola " +
        "transferencia a su nombre.",
      "“Vamos a ir a la Corte Provincial y, si hace falta, a la Corte Nacional”.",
      "El Servicio Nacional de Aduana del Ecuador (Senae) indicó en un comunicado que “colabora con la " +
        "justicia” y que los tres sentenciados fueron separados de sus cargos en 2022.",
      "Cedeño, de 52 años, siguió la audiencia por videoconferencia desde la Penitenciaría del Litoral. El " +
        "exfuncionario solo pidió la palabra para decir que “el tiempo pondrá las cosas en su lugar”.",
    ],
    quotes: [
      ["cobraban por contenedor, como en un peaje", "Andrés Patricio Vinueza Coello"],
      [
        "Se ha demostrado más allá de toda duda razonable que el procesado abusó de su cargo para obtener " +
          "beneficios económicos",
        "Gustavo Alvarado Mite",
      ],
      [
        "Si no pagabas, tu contenedor se quedaba tres semanas en el patio. Y cada día de bodegaje lo " +
          "pagabas tú",
        "Un comerciante de la Bahía",
      ],
      [
        "La sentencia se basa en testimonios de personas que tenían interés en perjudicar a mi " +
          "defendido. No " +
          "hay una sola transferencia a su nombre.",
        "María José Loor Zambrano",
      ],
      ["Vamos a ir a la Corte Provincial y, si hace falta, a la Corte Nacional", "María José Loor Zambrano"],
      ["colabora con la justicia", "El Servicio Nacional de Aduana del Ecuador"],
      ["el tiempo pondrá las cosas en su lugar", "Luis Fernando Cedeño Arreaga"],
    ],
  },
  {
    name:
      "El Periódico de Aragón, baloncesto: cita de la entradilla del técnico nombrado solo en el cuerpo y " +
      "repetida en él con «aseguró Lasheras», segunda cita sin verbo, pívot con «dijo la pívot», dos " +
      "mujeres en un párrafo con «confesó Marín» y cita parcial de «la capitana», técnico rival con " +
      "«lamentó» invertido, apodo de la grada y lema de una pancarta (no citas), abonado anónimo",
    headline: "El Casademont tumba al Avenida ante un Príncipe Felipe a reventar",
    standfirst: "«Hoy hemos jugado para la gente», celebró el técnico rojillo tras el 78-71",
    paragraphs: [
      "El Casademont Zaragoza derrotó anoche al Perfumerías Avenida (78-71) ante 8.900 espectadores, " +
        "récord " +
        "de la temporada en el pabellón Príncipe Felipe, y se coloca segundo en la Liga Femenina Endesa, " +
        "empatado a victorias con el conjunto salmantino.",
      "La estadounidense Kiara Wells firmó 22 puntos y 11 rebotes. «Cuando el pabellón se pone así no " +
        "notas " +
        "el cansancio», dijo la pívot, que juega desde hace tres semanas con una máscara protectora tras " +
        "romperse la nariz.",
      "El entrenador del Casademont, Javier Lasheras Gimeno, tuvo palabras para la afición. «Hoy hemos " +
        "jugado para la gente», aseguró Lasheras. «En el último cuarto, cuando nos apretaron, fue la " +
        "grada la " +
        "que nos sacó adelante».",
      "La base zaragozana Irene Marín Lacasa, de 19 años, anotó los cuatro tiros libres del último minuto " +
        "ante la mirada de la capitana, Marta Aznar Bielsa. «Me temblaban las piernas en el primero», " +
        "confesó " +
        "Marín, mientras que la capitana la definió como «una jugadora que no tiene miedo a nada».",
      "«Hemos perdido demasiados balones en momentos clave y eso en este pabellón se paga», lamentó el " +
        "técnico del Avenida, Daniel Sastre Hernández.",
      "La grada de animación, la «Marea Roja», desplegó antes del salto inicial una pancarta con el lema " +
        "«Zaragoza es de baloncesto». «Hacía años que no veía esto tan lleno», comentaba a la salida un " +
        "abonado veterano.",
    ],
    quotes: [
      ["Hoy hemos jugado para la gente", "Javier Lasheras Gimeno"],
      ["Cuando el pabellón se pone así no notas el cansancio", "Kiara Wells"],
      [
        "En el último cuarto, cuando nos apretaron, fue la grada la que nos sacó adelante",
        "Javier Lasheras Gimeno",
      ],
      ["Me temblaban las piernas en el primero", "Irene Marín Lacasa"],
      ["una jugadora que no tiene miedo a nada", "Marta Aznar Bielsa"],
      [
        "Hemos perdido demasiados balones en momentos clave y eso en este pabellón se paga",
        "Daniel Sastre Hernández",
      ],
      ["Hacía años que no veía esto tan lleno", "un abonado veterano"],
    ],
  },
  {
    name:
      "La Segunda, negocios: cita del titular de un gerente nombrado solo en el cuerpo y repetida en él " +
      "con «insistió el ejecutivo», segunda cita sin verbo, nombre de una campaña (no cita), hecho " +
      "esencial " +
      "que «precisa», dirigenta sindical con cita parcial y «advirtió» con dos puntos, analista con " +
      "«sostuvo» y «agregó que», ejecutivo anónimo con «reconoció que»",
    todo:
      "«permitirá ahorros anuales por cerca de US$ 45…» goes to la Comisión para el Mercado " +
      "Financiero, not El hecho esencial",
    headline: "Casa Rivera cierra 12 tiendas y su gerente asegura: “No es una retirada, es un ajuste”",
    paragraphs: [
      "La cadena de multitiendas Casa Rivera anunció este martes el cierre de 12 de sus 47 locales antes " +
        "de " +
        "marzo, la mayoría en malls de la Región Metropolitana, en un plan de reestructuración que " +
        "contempla " +
        "la salida de unos 900 trabajadores. La compañía había lanzado en septiembre la campaña “Vuelve a " +
        "Rivera” para recuperar clientes.",
      "El gerente general, Tomás Errázuriz Lyon, explicó en una conferencia con analistas que la empresa " +
        "concentrará su inversión en el canal online y en las tiendas de regiones. “No es una retirada, " +
        "es un " +
        "ajuste”, insistió el ejecutivo. “Hoy el 38% de nuestras ventas pasa por el celular y eso obliga a " +
        "repensar los metros cuadrados”.",
      "El hecho esencial enviado a la Comisión para el Mercado Financiero (CMF) precisa que el plan " +
        "“permitirá ahorros anuales por cerca de US$ 45 millones” a partir de 2026.",
      "La presidenta del Sindicato Nacional de Trabajadores de Casa Rivera, Jacqueline Muñoz Sepúlveda, " +
        "calificó el anuncio como “un balde de agua fría” y advirtió: “Hay compañeras con veinte años en " +
        "la " +
        "empresa que se enteraron por un correo a las ocho de la mañana”.",
      "Para Francisca Tapia Rojas, analista de retail de la corredora Valor Sur, la decisión era " +
        "esperable. " +
        "“El formato de multitienda de diez mil metros cuadrados no tiene futuro en Santiago”, sostuvo. Y " +
        "agregó que el mercado “ya lo había descontado”: la acción subió 4,2% en la Bolsa de Santiago.",
      "Un ejecutivo de un mall del sector oriente, que pidió no ser identificado, reconoció que los " +
        "espacios " +
        "que dejará la cadena “no van a ser fáciles de arrendar”.",
    ],
    quotes: [
      ["No es una retirada, es un ajuste", "Tomás Errázuriz Lyon"],
      [
        "Hoy el 38% de nuestras ventas pasa por el celular y eso obliga a repensar los metros cuadrados",
        "Tomás Errázuriz Lyon",
      ],
      ["permitirá ahorros anuales por cerca de US$ 45 millones", "El hecho esencial"],
      ["un balde de agua fría", "Jacqueline Muñoz Sepúlveda"],
      [
        "Hay compañeras con veinte años en la empresa que se enteraron por un correo a las ocho de la mañana",
        "Jacqueline Muñoz Sepúlveda",
      ],
      [
        "El formato de multitienda de diez mil metros cuadrados no tiene futuro en Santiago",
        "Francisca Tapia Rojas",
      ],
      ["ya lo había descontado", "Francisca Tapia Rojas"],
      ["no van a ser fáciles de arrendar", "Un ejecutivo de un mall del sector oriente"],
    ],
  },
  {
    name:
      "El Imparcial, salud: cita parcial del titular de la Secretaría («Salud») repetida en el cuerpo con " +
      "«la dependencia pidió», funcionario con «dijo el funcionario», dos hombres en un párrafo con " +
      "«describió Ochoa» y cita parcial del residente con «añadió que», albañil con dos puntos sin verbo, " +
      "nombre de una campaña (no cita), Servicio Meteorológico con «prevé que»",
    todo:
      "«no salir entre las 11:00 y las 17:00 horas» goes to el Hospital General del Estado, not La " +
      "Secretaría de Salud de Sonora; «se mantendrá al menos hasta el domingo» goes to Ramón Gastélum, " +
      "not El Servicio Meteorológico Nacional",
    headline:
      "Suman 14 muertes por golpe de calor en Sonora; Salud pide “no salir entre las 11:00 y las 17:00 " +
      "horas”",
    paragraphs: [
      "La Secretaría de Salud de Sonora confirmó ayer 14 defunciones por golpe de calor en lo que va de la " +
        "temporada, ocho de ellas en Hermosillo, donde el termómetro alcanzó el lunes los 47.8 grados. " +
        "En el " +
        "mismo periodo se han atendido 87 casos de enfermedades relacionadas con las altas temperaturas.",
      "El director de Epidemiología estatal, Jesús Armando Valenzuela Ruiz, explicó que la mayoría de los " +
        "fallecidos eran hombres de entre 40 y 65 años que trabajaban al aire libre. “Son albañiles, " +
        "jornaleros, vendedores de la calle. Gente que no se puede quedar en su casa”, dijo el funcionario.",
      "En el Hospital General del Estado, el jefe de Urgencias, Manuel Ochoa Encinas, atiende junto al " +
        "médico residente Diego Félix Molina hasta diez pacientes al día con deshidratación severa. " +
        "“Llegan " +
        "confundidos, con la piel seca y con más de 40 de temperatura”, describió Ochoa. Félix, de 28 " +
        "años, " +
        "añadió que muchos acuden “cuando ya es demasiado tarde”.",
      "En un comunicado, la dependencia pidió a la población “no salir entre las 11:00 y las 17:00 horas”, " +
        "beber agua aunque no se tenga sed y no dejar a niños ni mascotas dentro de vehículos. El " +
        "Ayuntamiento de Hermosillo, por su parte, instaló 12 puntos de hidratación dentro de la campaña " +
        "“Hidrátate, Hermosillo”.",
      "Ramón Gastélum, albañil de 51 años, trabaja en una obra de la colonia Pitic desde las seis de la " +
        "mañana. “Si no trabajo, no como. Tomamos agua cada media hora y nos metemos a la sombra cuando se " +
        "puede”.",
      "El Servicio Meteorológico Nacional prevé que la onda de calor “se mantendrá al menos hasta el " +
        "domingo”, con máximas de entre 45 y 48 grados en el centro y el sur del estado.",
    ],
    quotes: [
      ["no salir entre las 11:00 y las 17:00 horas", "La Secretaría de Salud de Sonora"],
      [
        "Son albañiles, jornaleros, vendedores de la calle. Gente que no se puede quedar en su casa",
        "Jesús Armando Valenzuela Ruiz",
      ],
      ["Llegan confundidos, con la piel seca y con más de 40 de temperatura", "Manuel Ochoa Encinas"],
      ["cuando ya es demasiado tarde", "Diego Félix Molina"],
      [
        "Si no trabajo, no como. Tomamos agua cada media hora y nos metemos a la sombra cuando se puede",
        "Ramón Gastélum",
      ],
      ["se mantendrá al menos hasta el domingo", "El Servicio Meteorológico Nacional"],
    ],
  },
  {
    name:
      "Brecha, cultura: título de la película en el titular y el cuerpo (no cita), directora con «dice» " +
      "en presente y «La directora cuenta que» con dos puntos, apodo entre comillas (no cita) y «cuenta " +
      "Sosa», madre e hija en un párrafo con cita parcial y «confiesa la muchacha», título de una canción " +
      "(no cita), jurado en su acta con cita parcial",
    headline: "“Tambor de madrugada”: la película que siguió tres carnavales a una comparsa de Palermo",
    paragraphs: [
      "Este jueves se estrena en Cinemateca “Tambor de madrugada”, el primer largometraje documental de " +
        "Valentina Correa Suárez, que acompañó durante tres carnavales a la comparsa La Cuerda del Sur, de " +
        "Palermo, desde los ensayos de invierno hasta las Llamadas de febrero.",
      "“No quería filmar el desfile, que ya lo filmó todo el mundo, sino lo que pasa en la vereda a las " +
        "dos " +
        "de la mañana”, dice Correa, de 34 años, en un bar de la calle Isla de Flores. La directora " +
        "cuenta que " +
        "el proyecto nació casi por accidente: “Fui a sacar unas fotos para un práctico de facultad y me " +
        "quedé tres años”.",
      "El director de la comparsa es Washington Sosa, a quien todo el barrio conoce como “Pocho”. “Acá el " +
        "tambor se hereda: mi abuelo tocaba, mi padre tocaba y ahora tocan mis nietos”, cuenta Sosa, de 71 " +
        "años, en una de las escenas más celebradas del film.",
      "La película también sigue a la vedette Rosario Méndez Pereira y a su hija, Micaela Méndez, de 17 " +
        "años, que debuta como bailarina. La madre dice que el carnaval le dio “una familia que no elegí " +
        "pero " +
        "que no cambiaría”. “Yo lloré cuando me vi en la pantalla”, confiesa la muchacha.",
      "La banda sonora, grabada en vivo en la calle, se cierra con “Barrio de tambores”, un candombe que " +
        "la " +
        "cuerda canta cada año al volver al conventillo.",
      "El jurado del Festival Internacional de Cine de Punta del Este, que le otorgó en marzo el premio " +
        "del " +
        "público, destacó en su acta que el documental “escucha antes de mirar”.",
    ],
    quotes: [
      [
        "No quería filmar el desfile, que ya lo filmó todo el mundo, sino lo que pasa en la vereda a las " +
          "dos " +
          "de la mañana",
        "Valentina Correa Suárez",
      ],
      ["Fui a sacar unas fotos para un práctico de facultad y me quedé tres años", "Valentina Correa Suárez"],
      [
        "Acá el tambor se hereda: mi abuelo tocaba, mi padre tocaba y ahora tocan mis nietos",
        "Washington Sosa",
      ],
      ["una familia que no elegí pero que no cambiaría", "Rosario Méndez Pereira"],
      ["Yo lloré cuando me vi en la pantalla", "Micaela Méndez"],
      ["escucha antes de mirar", "El jurado del Festival Internacional de Cine de Punta del Este"],
    ],
  },
  {
    name:
      "Granada Hoy, ciencia: cita del titular de una astrofísica nombrada solo en el cuerpo y repetida en " +
      "él con «resume» invertido y nombre completo, segunda cita sin verbo, cita partida con «reconoce el " +
      "investigador», artículo que «sostiene», investigador anónimo de otro centro con «advierte que», " +
      "apodo " +
      "del planeta (no cita), instituto en un comunicado",
    headline:
      "Astrónomos del IAA hallan un planeta gigante alrededor de una enana roja: «No debería existir»",
    paragraphs: [
      "Un equipo internacional liderado por el Instituto de Astrofísica de Andalucía (IAA-CSIC) ha " +
        "descubierto un planeta del tamaño de Saturno que orbita una pequeña estrella enana roja de la " +
        "constelación de Leo, a unos 120 años luz de la Tierra. La estrella tiene apenas una quinta " +
        "parte de " +
        "la masa del Sol.",
      "«No debería existir», resume la astrofísica granadina Lucía Navarro Castillo, autora principal del " +
        "estudio. «Una estrella tan pequeña no tiene, en teoría, material suficiente a su alrededor para " +
        "formar un planeta tan grande».",
      "El hallazgo se ha confirmado con el espectrógrafo CARMENES del Observatorio de Calar Alto, en " +
        "Almería, tras 62 noches de observación. «Al principio pensamos que era un error del instrumento», " +
        "reconoce el coautor Pablo Jiménez Ruano, «pero la señal aparecía una y otra vez, siempre con el " +
        "mismo periodo».",
      "El artículo, publicado este miércoles en la revista Nature Astronomy, sostiene que el " +
        "descubrimiento " +
        "«obliga a revisar los modelos de formación planetaria en estrellas de baja masa».",
      "No todos lo ven tan claro. Un investigador del Instituto de Astrofísica de Canarias que no ha " +
        "participado en el trabajo advierte que «hará falta confirmarlo con el James Webb» antes de dar " +
        "por " +
        "buena la masa calculada.",
      "El equipo ha bautizado informalmente al planeta como «Mulhacén», en honor al pico más alto de la " +
        "Península. El Instituto de Astrofísica de Andalucía celebró en un comunicado que el trabajo " +
        "«sitúa a " +
        "Granada en la primera línea de la búsqueda de exoplanetas».",
    ],
    quotes: [
      ["No debería existir", "Lucía Navarro Castillo"],
      [
        "Una estrella tan pequeña no tiene, en teoría, material suficiente a su alrededor para formar un " +
          "planeta tan grande",
        "Lucía Navarro Castillo",
      ],
      ["Al principio pensamos que era un error del instrumento", "Pablo Jiménez Ruano"],
      ["pero la señal aparecía una y otra vez, siempre con el mismo periodo", "Pablo Jiménez Ruano"],
      ["obliga a revisar los modelos de formación planetaria en estrellas de baja masa", "El artículo"],
      [
        "hará falta confirmarlo con el James Webb",
        "Un investigador del Instituto de Astrofísica de Canarias",
      ],
      [
        "sitúa a Granada en la primera línea de la búsqueda de exoplanetas",
        "El Instituto de Astrofísica de Andalucía",
      ],
    ],
  },
  {
    name:
      "Q'hubo, judicial (comillas rectas): alias y nombre de la banda entre comillas simples (no citas), " +
      "general con «explicó» tras la cita y «El oficial agregó que» con cita parcial, víctima descrita con " +
      "«le contó» y dos puntos, Fiscalía con «informó que», secretario con «aseguró» invertido y nombre de " +
      "un programa (no cita), madre de un capturado con «dijo» y sujeto pospuesto",
    headline: "Cayó alias 'el Flaco', cabecilla de una banda de fleteros que azotaba el sur de Cali",
    paragraphs: [
      "La Policía Metropolitana de Cali capturó en el barrio El Guabal a tres hombres señalados de " +
        "integrar la banda 'Los del Puente', dedicada al fleteo de clientes que salían de bancos del sur " +
        "de " +
        "la ciudad. Entre ellos está John Jairo Caicedo, alias 'el Flaco', de 31 años, señalado como " +
        "cabecilla.",
      '"Esta banda seguía a sus víctimas en moto desde la sucursal bancaria y las abordaba en los ' +
        'semáforos o cuando llegaban a sus casas", explicó el comandante de la Policía Metropolitana, ' +
        "general Héctor Fabio Lozano Rengifo.",
      "El oficial agregó que a la banda se le atribuyen al menos 17 robos este año y que en uno de ellos " +
        '"un comerciante resultó herido de un disparo en la pierna".',
      "Una comerciante del barrio San Fernando, de 48 años, le contó a Q'hubo lo que vivió en agosto: " +
        '"Yo había sacado la plata para pagar la nómina. Cuando me di cuenta ya tenía el revólver en la ' +
        'cara".',
      'La Fiscalía informó que los tres capturados "no aceptaron los cargos" de hurto calificado y ' +
        "agravado y porte ilegal de armas. Un juez de control de garantías les dictó medida de " +
        "aseguramiento " +
        "en centro carcelario.",
      '"Vamos por el resto de la banda", aseguró el secretario de Seguridad de Cali, Andrés Felipe Velasco ' +
        'Mina, quien pidió a los ciudadanos usar el programa "Acompañamiento Seguro" de la Policía cuando ' +
        "retiren sumas grandes.",
      '"Mi hijo trabaja en una carpintería, él no es ningún ladrón", dijo a las afueras de la URI la madre ' +
        "de uno de los capturados.",
    ],
    quotes: [
      [
        "Esta banda seguía a sus víctimas en moto desde la sucursal bancaria y las abordaba en los " +
          "semáforos " +
          "o cuando llegaban a sus casas",
        "Héctor Fabio Lozano Rengifo",
      ],
      ["un comerciante resultó herido de un disparo en la pierna", "Héctor Fabio Lozano Rengifo"],
      [
        "Yo había sacado la plata para pagar la nómina. Cuando me di cuenta ya tenía el revólver en la cara",
        "Una comerciante del barrio San Fernando",
      ],
      ["no aceptaron los cargos", "La Fiscalía"],
      ["Vamos por el resto de la banda", "Andrés Felipe Velasco Mina"],
      ["Mi hijo trabaja en una carpintería, él no es ningún ladrón", "la madre de uno de los capturados"],
    ],
  },
  {
    name:
      "El Caribe, educación: cita parcial del titular de un ministro nombrado solo en el cuerpo y repetida " +
      "en él con «aseguró que», palabra suelta atribuida («calificó el paro de»), presidenta del gremio " +
      "con " +
      "«afirmó» invertido, «sostuvo el funcionario», maestra y madre en un párrafo con «admitió la " +
      "docente» " +
      "y dos puntos, informe con «Según», lema de pancartas (no cita), director anónimo con «dijo que»",
    todo:
      "«las clases no se detienen» goes to el Minerd, not Rafael Antonio Peralta Medina; «Yo apoyo " +
      "el paro, pero me duele dejar a mis e…» goes to Dilenia Pimentel, not Yokasta Reyes Ferreras",
    headline: "ADP convoca paro de 48 horas y el Minerd responde que “las clases no se detienen”",
    paragraphs: [
      "La Asociación Dominicana de Profesores (ADP) convocó para este miércoles y jueves un paro de " +
        "docencia " +
        "de 48 horas en las escuelas públicas de todo el país, en reclamo de un aumento salarial del 20 " +
        "% y " +
        "del pago de los incentivos por antigüedad adeudados desde 2023.",
      "“El magisterio ha esperado dos años por un diálogo que nunca llega. Ya no vamos a esperar más”, " +
        "afirmó la presidenta de la ADP, Xiomara Castillo Reyes, en una rueda de prensa en la sede del " +
        "gremio, en Santo Domingo.",
      "El ministro de Educación, Rafael Antonio Peralta Medina, aseguró que “las clases no se detienen” y " +
        "calificó el paro de “injustificado”. “El Gobierno ha aumentado el salario docente en un 35 % " +
        "desde " +
        "2020. Nadie puede decir que no se ha hecho un esfuerzo”, sostuvo el funcionario.",
      "En la escuela Juan Pablo Duarte, de Villa Mella, la maestra de cuarto grado Yokasta Reyes " +
        "Ferreras y " +
        "Dilenia Pimentel, madre de una alumna, coincidían en que los que pierden son los niños. “Yo " +
        "apoyo el " +
        "paro, pero me duele dejar a mis estudiantes”, admitió la docente. Pimentel fue más directa: “Cada " +
        "vez que hay paro, mi hija se atrasa y nadie le repone esas clases”.",
      "Según un informe de Educa, el país perdió el pasado año escolar “el equivalente a 19 días de " +
        "docencia” por paros, suspensiones y actividades no lectivas.",
      "Frente a la sede del Minerd, un grupo de docentes se concentró ayer con pancartas que decían " +
        "“Maestro digno, escuela digna”. Un director de un liceo de Santiago, que pidió no ser " +
        "identificado, " +
        "dijo a este diario que en su centro “la mitad de los profesores va a parar”.",
    ],
    quotes: [
      ["las clases no se detienen", "Rafael Antonio Peralta Medina"],
      [
        "El magisterio ha esperado dos años por un diálogo que nunca llega. Ya no vamos a esperar más",
        "Xiomara Castillo Reyes",
      ],
      ["injustificado", "Rafael Antonio Peralta Medina"],
      [
        "El Gobierno ha aumentado el salario docente en un 35 % desde 2020. Nadie puede decir que no se ha " +
          "hecho un esfuerzo",
        "Rafael Antonio Peralta Medina",
      ],
      ["Yo apoyo el paro, pero me duele dejar a mis estudiantes", "Yokasta Reyes Ferreras"],
      ["Cada vez que hay paro, mi hija se atrasa y nadie le repone esas clases", "Dilenia Pimentel"],
      ["el equivalente a 19 días de docencia", "un informe de Educa"],
      ["la mitad de los profesores va a parar", "Un director de un liceo de Santiago"],
    ],
  },
  {
    name:
      "Diario Palentino, vida local: cita del titular de un placero nombrado solo en el cuerpo y repetida " +
      "en él con «dice el veterano placero», alcalde con «señaló» invertido y segunda cita sin verbo, «El " +
      "veterano carnicero admite» con cita parcial, suegra y nuera en un párrafo con «explica Ortega» y " +
      "dos " +
      "puntos, clienta anónima, asociación vecinal en una carta, nombres de un puesto y de una campaña (no " +
      "citas)",
    todo:
      "«Si no abrimos cuando la gente sale de trabaja…» goes to Begoña Ortega Miguel, not Sara " +
      "Villar Antolín",
    headline: "El Mercado de Abastos reabre tras dos años de obras: «Volver aquí es volver a casa»",
    paragraphs: [
      "Palencia recuperó ayer su Mercado de Abastos. El edificio de hierro y cristal de la plaza de " +
        "Abastos abrió sus puertas a las 9.00 horas tras 26 meses de obras y una inversión de 4,2 millones " +
        "de euros, con 22 puestos ocupados de los 28 disponibles.",
      "«Hoy Palencia recupera uno de sus edificios más queridos», señaló el alcalde, Luis Ángel Herrero " +
        "Pastor, durante el corte de la cinta. «Y lo recupera con vida dentro, que era lo importante».",
      "Fermín Calvo Rodrigo, de 67 años, volvió a levantar la persiana de la carnicería que abrió su " +
        "abuelo " +
        "en 1951. «Volver aquí es volver a casa», dice el veterano placero, que durante las obras vendió " +
        "en " +
        "una carpa provisional en la Plaza Mayor. El veterano carnicero admite, eso sí, que el mercado " +
        "«tiene " +
        "que cambiar para no morirse».",
      "Enfrente, la frutera Begoña Ortega Miguel y su nuera, Sara Villar Antolín, estrenan puesto de fruta " +
        "ecológica y zumos. «Aquí la gente viene a hablar, no solo a comprar», explica Ortega. Su nuera " +
        "quiere atraer a los jóvenes con horario de tarde: «Si no abrimos cuando la gente sale de " +
        "trabajar, " +
        "no vendrá nadie».",
      "En la barra del nuevo gastrobar, bautizado como «La Placera», el ambiente era de fiesta. «Esto " +
        "estaba muerto antes de cerrar», recordaba una clienta mientras pedía un vermú.",
      "La Asociación de Vecinos Centro-Catedral ha remitido una carta al Ayuntamiento en la que pide que " +
        "el " +
        "mercado abra también los sábados por la tarde, porque el centro «se queda vacío» los fines de " +
        "semana. El Consistorio acompañará la reapertura con la campaña «Del mercado a tu mesa».",
    ],
    quotes: [
      ["Volver aquí es volver a casa", "Fermín Calvo Rodrigo"],
      ["Hoy Palencia recupera uno de sus edificios más queridos", "Luis Ángel Herrero Pastor"],
      ["Y lo recupera con vida dentro, que era lo importante", "Luis Ángel Herrero Pastor"],
      ["tiene que cambiar para no morirse", "Fermín Calvo Rodrigo"],
      ["Aquí la gente viene a hablar, no solo a comprar", "Begoña Ortega Miguel"],
      ["Si no abrimos cuando la gente sale de trabajar, no vendrá nadie", "Sara Villar Antolín"],
      ["Esto estaba muerto antes de cerrar", "una clienta"],
      ["se queda vacío", "La Asociación de Vecinos Centro-Catedral"],
    ],
  },
]);
