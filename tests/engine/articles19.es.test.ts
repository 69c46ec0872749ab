// A nineteenth round of composed Spanish news articles, in the styles of outlets and beats the first
// eighteen rounds did not use: Diario de Noticias (a housing law passed by the Parlamento de Navarra), El
// Faro (a former mayor sentenced for embezzlement, El Salvador), Futbolred (a Junior–Nacional league game,
// Colombia, straight quotation marks), iProfesional (falling wine exports, Argentina), El Periódico
// Mediterráneo (a legionella outbreak in Vila-real), Tiempo Argentino (a play on textile workers opens at
// the Cervantes, Buenos Aires), Gaceta UNAM (microplastics in Xochimilco's axolotls, México), Huelva
// Información (Doñana's largest lagoon dries up), La Cuarta (a carjacking gang caught in Maipú, Chile,
// straight quotation marks) and Diario de Jaén (a cut in the Jaén–Madrid train service).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Diario de Noticias, política: cita del titular de un portavoz nombrado solo en el cuerpo y " +
      "repetida en él con «afirmó el regionalista», consejera con «proclamó» y cita parcial con «defendió " +
      "que», dos hombres en un párrafo con apellido y dos puntos sin verbo, cita partida con «admitió», " +
      "lema de las pancartas (no cita), plataforma en un comunicado, dictamen del Consejo de Navarra con " +
      "«Según»",
    headline:
      "El Parlamento aprueba la ley de vivienda entre las críticas de UPN: «Es una ley para asustar a " +
      "los propietarios»",
    paragraphs: [
      "El Parlamento de Navarra aprobó ayer la Ley Foral de Vivienda Asequible con los votos de PSN, " +
        "EH Bildu, Geroa Bai y Contigo-Zurekin y el rechazo de UPN, PP y Vox. La norma permite declarar " +
        "zonas de mercado tensionado en 14 municipios de la Comarca de Pamplona y obliga a reservar la " +
        "mitad " +
        "de la vivienda nueva para protección oficial.",
      "«Hoy Navarra deja de mirar hacia otro lado», proclamó desde la tribuna la consejera de " +
        "Vivienda, Maite Urrutia Goñi, que defendió que la ley «no expropia nada a nadie» y recordó que el " +
        "alquiler medio en Pamplona ha subido un 38 % en cinco años.",
      "Enfrente, el portavoz de UPN, Íñigo Lasa Echeverría, acusó al Gobierno foral de legislar contra " +
        "el pequeño ahorrador, y el parlamentario del PP Carlos Ibáñez Sola le dio la razón. «Es una ley " +
        "para asustar a los propietarios», afirmó el regionalista. Ibáñez fue más allá: «Van a conseguir " +
        "que " +
        "en Pamplona no se alquile ni un piso más».",
      "«La ley no es perfecta», admitió la parlamentaria de Geroa Bai Ane Etxarri Lizarraga, «pero es " +
        "la primera vez que alguien pone límites a la especulación en esta tierra».",
      "Desde la tribuna de invitados siguieron el debate una veintena de miembros de la Plataforma de " +
        "Afectados por la Hipoteca, que desplegaron una pancarta con el lema «Vivienda digna, ya» y fueron " +
        "desalojados por los ujieres. Más tarde, la PAH de Navarra celebró en un comunicado que la norma " +
        "«llega tarde, pero llega».",
      "Según el dictamen del Consejo de Navarra, la limitación de los precios del alquiler «tiene " +
        "encaje en la legislación básica estatal», aunque el órgano consultivo pide desarrollar por " +
        "reglamento el registro de grandes tenedores.",
    ],
    quotes: [
      ["Es una ley para asustar a los propietarios", "Íñigo Lasa Echeverría"],
      ["Hoy Navarra deja de mirar hacia otro lado", "Maite Urrutia Goñi"],
      ["no expropia nada a nadie", "Maite Urrutia Goñi"],
      ["Van a conseguir que en Pamplona no se alquile ni un piso más", "Carlos Ibáñez Sola"],
      ["La ley no es perfecta", "Ane Etxarri Lizarraga"],
      [
        "pero es la primera vez que alguien pone límites a la especulación en esta tierra",
        "Ane Etxarri Lizarraga",
      ],
      ["llega tarde, pero llega", "la PAH de Navarra"],
      ["tiene encaje en la legislación básica estatal", "el dictamen del Consejo de Navarra"],
    ],
  },
  {
    name:
      "El Faro, tribunales: cita parcial de la entradilla repetida en el cuerpo y atribuida a la jueza " +
      "nombrada solo en el cuerpo («La juzgadora añadió que»), jueza con «dijo», acusación fiscal que " +
      "«sostiene», testigo protegido con clave entre comillas (no cita), defensor con dos puntos y cita " +
      "que sigue en el párrafo siguiente, exalcalde con «se limitó a decir»",
    headline: "Exalcalde de Ilopango condenado a ocho años de prisión por desviar $1.4 millones",
    standfirst:
      "La jueza dio por probado que Mauricio Larín usó “la alcaldía como una caja chica personal”. Su " +
      "defensa apelará ante la Cámara.",
    paragraphs: [
      "El Tribunal Segundo de Sentencia de San Salvador condenó el viernes 27 de noviembre a ocho años " +
        "de prisión a Mauricio Ernesto Larín Portillo, alcalde de Ilopango entre 2018 y 2021, por el " +
        "delito " +
        "de peculado. La Fiscalía General de la República (FGR) lo acusaba de desviar 1.4 millones de " +
        "dólares de fondos municipales.",
      "“No estamos ante un error administrativo, sino ante un plan”, dijo la jueza Rosa Elena Chicas " +
        "Mejía al leer el fallo, en una sala con apenas una docena de personas. La juzgadora añadió que " +
        "Larín usó “la alcaldía como una caja chica personal” durante al menos dos años.",
      "La acusación fiscal sostiene que los fondos, destinados en su mayoría a obras de drenaje en la " +
        "colonia Santa Lucía, “se utilizaron para comprar dos inmuebles y tres vehículos a nombre de " +
        "familiares del imputado”.",
      "Un testigo protegido, identificado durante el juicio con la clave “Roble”, declaró que era " +
        "empleado de la unidad financiera de la alcaldía y que las órdenes de transferencia “venían " +
        "siempre " +
        "del despacho del alcalde”.",
      "El abogado defensor, Julio César Arévalo Menjívar, anunció que apelará la sentencia: “Mi " +
        "cliente no firmó ninguna de esas transferencias. La Fiscalía no presentó un solo documento con su " +
        "firma.",
      "“Vamos a ir a la Cámara porque aquí se condenó a un hombre por el cargo que tenía, no por lo " +
        "que hizo”.",
      "Larín, que llegó esposado y vestido con una camisa blanca, escuchó el fallo de pie. Al salir, " +
        "custodiado por agentes de la PNC, se limitó a decir a los periodistas: “Soy inocente y lo voy a " +
        "demostrar”.",
    ],
    quotes: [
      ["la alcaldía como una caja chica personal", "Rosa Elena Chicas Mejía"],
      ["No estamos ante un error administrativo, sino ante un plan", "Rosa Elena Chicas Mejía"],
      [
        "se utilizaron para comprar dos inmuebles y tres vehículos a nombre de familiares del imputado",
        "La acusación fiscal",
      ],
      ["venían siempre del despacho del alcalde", "Un testigo protegido"],
      [
        "Mi cliente no firmó ninguna de esas transferencias. La Fiscalía no presentó un solo documento " +
          "con su firma.",
        "Julio César Arévalo Menjívar",
      ],
      [
        "Vamos a ir a la Cámara porque aquí se condenó a un hombre por el cargo que tenía, no por lo que " +
          "hizo",
        "Julio César Arévalo Menjívar",
      ],
      ["Soy inocente y lo voy a demostrar", "Mauricio Ernesto Larín Portillo"],
    ],
  },
  {
    name:
      "Futbolred, fútbol (comillas rectas): cita de la entradilla del técnico nombrado solo en el " +
      "cuerpo y repetida en él con «afirmó Castaño», segunda cita sin verbo, apodo del goleador entre " +
      "comas (no cita), cita partida con «contó Mosquera», dos hombres en un párrafo con «reconoció» y " +
      "cita parcial de un capitán, hincha anónimo con «se lamentó», trapo de la barra (no cita)",
    todo:
      "«Regalamos el primer tiempo y contra Junior en…» goes to Sebastián Gómez Arango, not Gustavo " +
      "Adrián Ferrero; «que era clarísimo» goes to el volante, not Sebastián Gómez Arango",
    headline: "Junior le ganó 2-0 a Nacional en el Metropolitano y quedó a un paso de los cuadrangulares",
    standfirst: '"Este equipo tiene hambre", dijo el técnico rojiblanco tras el triunfo en Barranquilla.',
    paragraphs: [
      "Junior de Barranquilla venció 2-0 a Atlético Nacional este domingo en el estadio Metropolitano " +
        'Roberto Meléndez, con goles de Jhon Jáder Mosquera, "la Flecha", y Didier Ospina Cuesta, y ' +
        "llegó a " +
        "31 puntos en la tabla de la Liga BetPlay, a falta de dos fechas para el cierre de la fase de " +
        "todos " +
        "contra todos.",
      'El técnico del Junior, Hernán Darío Castaño, destacó la presión alta de su equipo. "Este equipo ' +
        'tiene hambre", afirmó Castaño en la rueda de prensa. "Nadie nos regaló nada, los muchachos se ' +
        'ganaron cada balón".',
      '"Le prometí a mi mamá un gol en el Metropolitano", contó Mosquera, de 22 años, "y se lo dediqué ' +
        'a ella, que estaba en la tribuna occidental".',
      "En Nacional, el entrenador argentino Gustavo Adrián Ferrero y el capitán, Sebastián Gómez " +
        'Arango, coincidieron en el diagnóstico. "Regalamos el primer tiempo y contra Junior en ' +
        "Barranquilla " +
        'eso se paga", reconoció el DT, mientras que el volante pidió revisar un penalti sobre Jarlan Mena ' +
        '"que era clarísimo".',
      'Cerca de 600 hinchas verdolagas viajaron por carretera desde Medellín. "Veinte horas de bus ' +
        'para ver esto", se lamentó un hincha verdolaga a la salida del estadio.',
      "Antes del pitazo inicial, la barra del Frente Rojiblanco Sur desplegó en la tribuna norte un " +
        'trapo con la frase "Aquí manda el Tiburón". Junior visitará a Santa Fe el próximo miércoles en El ' +
        "Campín.",
    ],
    quotes: [
      ["Este equipo tiene hambre", "Hernán Darío Castaño"],
      ["Nadie nos regaló nada, los muchachos se ganaron cada balón", "Hernán Darío Castaño"],
      ["Le prometí a mi mamá un gol en el Metropolitano", "Jhon Jáder Mosquera"],
      ["y se lo dediqué a ella, que estaba en la tribuna occidental", "Jhon Jáder Mosquera"],
      ["Regalamos el primer tiempo y contra Junior en Barranquilla eso se paga", "Gustavo Adrián Ferrero"],
      ["que era clarísimo", "Sebastián Gómez Arango"],
      ["Veinte horas de bus para ver esto", "un hincha verdolaga"],
    ],
  },
  {
    name:
      "iProfesional, economía: cita del titular de un empresario nombrado solo en el cuerpo y repetida " +
      "en él con «fue tajante» y dos puntos, «Según el empresario» con cita parcial, dos mujeres en un " +
      "párrafo con «explicó Verónica», marca de un vino (no cita), economista con «sostuvo», organismo en " +
      "su informe, funcionario anónimo con «admitió» y cita parcial",
    headline:
      "Las exportaciones de vino cayeron 14% y las bodegas advierten: “Con este tipo de cambio no " +
      "somos competitivos”",
    paragraphs: [
      "Las exportaciones argentinas de vino fraccionado cayeron un 14% interanual en volumen entre " +
        "enero y octubre, hasta los 1,6 millones de hectolitros. El Instituto Nacional de Vitivinicultura " +
        "(INV) señaló en su último informe que los despachos al exterior “acumulan su tercer año " +
        "consecutivo " +
        "de retroceso”.",
      "Federico Giménez Rivas, presidente de la cámara Bodegas de Argentina, fue tajante: “Con este " +
        "tipo de cambio no somos competitivos”. Según el empresario, una botella de malbec de gama media " +
        "“cuesta en dólares un 40% más que hace dos años” en las góndolas de Brasil y Estados Unidos.",
      "En Luján de Cuyo, Carolina Bustos Aguirre dirige la bodega familiar Los Aromos junto a su " +
        "hermana, Verónica Bustos Aguirre, que se ocupa del mercado externo. Este año perdieron dos " +
        "importadores en San Pablo y uno en Miami. “Nos piden rebajas que no podemos hacer sin perder " +
        "plata”, explicó Verónica. Su malbec “Piedra Callada”, el más vendido de la casa, dejó de llegar a " +
        "Brasil en agosto.",
      "Para Lautaro Pereyra Sanz, economista de la consultora Cuyo Data, el problema es más profundo. " +
        "“No es solo el tipo de cambio: el costo logístico de sacar un contenedor desde Mendoza se duplicó " +
        "desde la pandemia”, sostuvo.",
      "En el Gobierno reconocen las dificultades. Un funcionario de la Secretaría de Agricultura, que " +
        "pidió reserva de su nombre, admitió que la reducción de retenciones anunciada en julio “no " +
        "alcanza " +
        "para compensar” la pérdida de competitividad.",
    ],
    quotes: [
      ["Con este tipo de cambio no somos competitivos", "Federico Giménez Rivas"],
      ["acumulan su tercer año consecutivo de retroceso", "El Instituto Nacional de Vitivinicultura"],
      ["cuesta en dólares un 40% más que hace dos años", "Federico Giménez Rivas"],
      ["Nos piden rebajas que no podemos hacer sin perder plata", "Verónica Bustos Aguirre"],
      [
        "No es solo el tipo de cambio: el costo logístico de sacar un contenedor desde Mendoza se " +
          "duplicó desde la pandemia",
        "Lautaro Pereyra Sanz",
      ],
      ["no alcanza para compensar", "Un funcionario de la Secretaría de Agricultura"],
    ],
  },
  {
    name:
      "El Periódico Mediterráneo, sanidad: cita de la entradilla de la directora nombrada solo en el " +
      "cuerpo y repetida en él con «aseguró Ferrando», segunda cita sin verbo, epidemiólogo con «recordó " +
      "el epidemiólogo», alcalde con «señaló» tras la cita, nombre de un barrio entre comillas (no cita), " +
      "vecina anónima con «comentó», Conselleria en un comunicado con cita parcial",
    headline: "Sanidad confirma once casos de legionela en Vila-real y precinta dos torres de refrigeración",
    standfirst:
      "«Todos los pacientes evolucionan favorablemente», asegura la directora general de Salud Pública",
    paragraphs: [
      "La Conselleria de Sanidad confirmó ayer once casos de legionelosis en Vila-real, todos ellos en " +
        "vecinos de la zona sur de la ciudad, y ordenó el precinto de dos torres de refrigeración de una " +
        "empresa cerámica situada en el polígono conocido como «el Polígon Vell».",
      "La directora general de Salud Pública, Elena Ferrando Ripollés, compareció en el Centro de " +
        "Salud Pública de Castelló. «Todos los pacientes evolucionan favorablemente», aseguró Ferrando, " +
        "que " +
        "precisó que tres de los afectados siguen ingresados en el Hospital Universitario de La Plana. " +
        "«Ninguno está en la UCI y los otros ocho ya están en casa».",
      "El jefe de la sección de Epidemiología del centro, Vicent Arnau Soler, explicó que la mayoría " +
        "de los casos son hombres mayores de 60 años con patologías previas. «La legionela no se " +
        "contagia de " +
        "persona a persona, sino al respirar gotitas de agua contaminada», recordó el epidemiólogo.",
      "«Hemos clausurado las dos torres en cuanto nos lo ha pedido Sanidad y vamos a revisar todas las " +
        "del término», señaló el alcalde de Vila-real, Josep Maria Pla Ortells.",
      "En la avenida de Francia, a pocos metros de la fábrica, la preocupación era evidente. «Aquí " +
        "todo el mundo tiene miedo de abrir la ventana», comentó una vecina jubilada mientras volvía de la " +
        "compra.",
      "La Conselleria indicó en un comunicado que los análisis del laboratorio de Salud Pública " +
        "«confirman la presencia de Legionella pneumophila serogrupo 1» en las muestras tomadas en ambas " +
        "torres, y recomendó a quien presente fiebre alta y tos acudir a su centro de salud.",
    ],
    quotes: [
      ["Todos los pacientes evolucionan favorablemente", "Elena Ferrando Ripollés"],
      ["Ninguno está en la UCI y los otros ocho ya están en casa", "Elena Ferrando Ripollés"],
      [
        "La legionela no se contagia de persona a persona, sino al respirar gotitas de agua contaminada",
        "Vicent Arnau Soler",
      ],
      [
        "Hemos clausurado las dos torres en cuanto nos lo ha pedido Sanidad y vamos a revisar todas las " +
          "del término",
        "Josep Maria Pla Ortells",
      ],
      ["Aquí todo el mundo tiene miedo de abrir la ventana", "una vecina jubilada"],
      ["confirman la presencia de Legionella pneumophila serogrupo 1", "La Conselleria de Sanidad"],
    ],
  },
  {
    name:
      "Tiempo Argentino, cultura: título de la obra en el titular y el cuerpo (no cita), dramaturga " +
      "con «explica» en presente y «La autora» con dos puntos, dos actrices en un párrafo con cita parcial " +
      "y «admite Iturbe», título de un libro y de una canción (no citas), «Según el director» con cita " +
      "parcial, extrabajadora con «dijo, emocionada»",
    headline: "“Las hilanderas”: la huelga de la textil de Villa Lynch llega al Cervantes",
    paragraphs: [
      "Este jueves se estrena en el Teatro Nacional Cervantes “Las hilanderas”, de la dramaturga " +
        "Julieta Arrieta Ponce, una obra que reconstruye la toma de la fábrica textil La Fabril de Villa " +
        "Lynch en 1974 a través de cinco obreras que pasan once días encerradas entre telares.",
      "“Quería contar la huelga desde la cocina de la fábrica, no desde el sindicato”, explica " +
        "Arrieta, de 39 años, en un alto de los ensayos. La autora cuenta que todo empezó con una caja de " +
        "cartas: “Eran de mi abuela, que trabajó treinta años ahí y nunca habló de la toma”.",
      "Mónica Ledesma Ruiz interpreta a la delegada Chola Díaz y Paula Iturbe Sáenz a la obrera que se " +
        "niega a parar. Ledesma dice que el elenco ensayó “como una familia que se pelea en la mesa”. “A " +
        "mí " +
        "me tocó la que no quiere hacer huelga, y eso fue lo más difícil”, admite Iturbe.",
      "Las cartas de la abuela de Arrieta se publicarán en diciembre en el libro “Querida Elsa: cartas " +
        "desde el telar”, y la obra se cierra con una versión a capela de “Mañanitas de la fábrica”, una " +
        "canción que las obreras cantaban en la toma.",
      "Según el director, Nahuel Giordano, la puesta “no busca la nostalgia sino la pregunta por lo " +
        "que queda de aquella solidaridad”.",
      "En el ensayo abierto del martes estuvo Élida Márquez, de 84 años, que trabajó en La Fabril " +
        "hasta su cierre. “Yo estuve en esa toma. Lo que cuentan es verdad, y fue más duro todavía”, dijo, " +
        "emocionada, al terminar la función.",
    ],
    quotes: [
      [
        "Quería contar la huelga desde la cocina de la fábrica, no desde el sindicato",
        "Julieta Arrieta Ponce",
      ],
      ["Eran de mi abuela, que trabajó treinta años ahí y nunca habló de la toma", "Julieta Arrieta Ponce"],
      ["como una familia que se pelea en la mesa", "Mónica Ledesma Ruiz"],
      ["A mí me tocó la que no quiere hacer huelga, y eso fue lo más difícil", "Paula Iturbe Sáenz"],
      ["no busca la nostalgia sino la pregunta por lo que queda de aquella solidaridad", "Nahuel Giordano"],
      ["Yo estuve en esa toma. Lo que cuentan es verdad, y fue más duro todavía", "Élida Márquez"],
    ],
  },
  {
    name:
      "Gaceta UNAM, ciencia: investigadora con «explicó» y dos puntos, cita parcial con «Añadió que», " +
      "cita partida con «advirtió la universitaria», nombre de un ajolote y de una campaña (no citas), " +
      "estudiante con «relató», artículo que «concluye», chinampero con «Don» y «recordó»",
    headline: "Hallan microplásticos en ocho de cada diez ajolotes analizados en Xochimilco",
    paragraphs: [
      "Investigadores del Instituto de Biología (IB) de la UNAM detectaron partículas de " +
        "microplásticos en el tracto digestivo de 31 de los 38 ajolotes (Ambystoma mexicanum) silvestres " +
        "capturados y liberados durante 2024 en los canales de Xochimilco y San Gregorio Atlapulco.",
      "La responsable del estudio, Itzel Ramírez Cervantes, investigadora del IB, explicó: “En casi " +
        "todos los ejemplares encontramos fibras sintéticas, sobre todo de poliéster”. Añadió que la " +
        "mayoría " +
        "de esas fibras proviene “de la ropa que se lava en las casas cercanas a los canales”.",
      "“No es un problema que se vea a simple vista”, advirtió la universitaria, “pero puede afectar " +
        "la alimentación y la reproducción de una especie que ya está en peligro crítico de extinción”.",
      "Emiliano Torres Villegas, estudiante de la maestría en Ciencias Biológicas, participó en los " +
        "muestreos. “Salíamos en trajinera a las cinco de la mañana para tomar muestras de agua y de " +
        "sedimento antes de que empezara el movimiento turístico”, relató. En el laboratorio del IB, un " +
        "ajolote albino al que el equipo llama “Tláloc” sirve como ejemplar de referencia.",
      "El artículo, publicado en la revista Environmental Pollution, concluye que los canales " +
        "“funcionan como un sumidero de microplásticos de toda la zona sur de la ciudad”.",
      "Don Rogelio Jiménez Nápoles, chinampero de San Gregorio que colabora con el programa “Adopta un " +
        "ajolote”, ha visto cambiar el agua en cinco décadas. “Antes el agua era limpia, uno veía el fondo " +
        "desde la canoa”, recordó.",
    ],
    quotes: [
      [
        "En casi todos los ejemplares encontramos fibras sintéticas, sobre todo de poliéster",
        "Itzel Ramírez Cervantes",
      ],
      ["de la ropa que se lava en las casas cercanas a los canales", "Itzel Ramírez Cervantes"],
      ["No es un problema que se vea a simple vista", "Itzel Ramírez Cervantes"],
      [
        "pero puede afectar la alimentación y la reproducción de una especie que ya está en peligro " +
          "crítico de extinción",
        "Itzel Ramírez Cervantes",
      ],
      [
        "Salíamos en trajinera a las cinco de la mañana para tomar muestras de agua y de sedimento antes " +
          "de que empezara el movimiento turístico",
        "Emiliano Torres Villegas",
      ],
      ["funcionan como un sumidero de microplásticos de toda la zona sur de la ciudad", "El artículo"],
      ["Antes el agua era limpia, uno veía el fondo desde la canoa", "Rogelio Jiménez Nápoles"],
    ],
  },
  {
    name:
      "Huelva Información, medio ambiente: cita de la entradilla de un investigador nombrado solo en " +
      "el cuerpo y repetida en él con «advirtió», segunda cita sin verbo, Consejería en una nota con cita " +
      "parcial, dos hombres en un párrafo con «sostuvo Rodríguez» y «replicó que», comillas de distancia y " +
      "nombre de un programa (no citas), guarda anónimo con dos puntos",
    headline: "La laguna de Santa Olalla, en Doñana, se seca por tercer verano consecutivo",
    standfirst:
      "«Estamos cerca de un punto de no retorno», advierte un investigador de la Estación Biológica",
    paragraphs: [
      "La laguna de Santa Olalla, la mayor de las lagunas permanentes del Parque Nacional de Doñana, " +
        "se quedó completamente sin agua a mediados de agosto por tercer año consecutivo, según los datos " +
        "del Equipo de Seguimiento de Procesos Naturales de la Estación Biológica de Doñana (EBD-CSIC).",
      "El investigador Álvaro Domínguez Pérez, que coordina ese seguimiento desde 2009, atribuye la " +
        "situación a la sequía y, sobre todo, a la sobreexplotación del acuífero. «Estamos cerca de un " +
        "punto " +
        "de no retorno», advirtió. «Santa Olalla era la última que aguantaba el verano, y ya tampoco».",
      "La Consejería de Sostenibilidad y Medio Ambiente defendió en una nota que el plan de cierre de " +
        "pozos ilegales «está dando resultados» y recordó que se han clausurado 86 captaciones desde 2023.",
      "El presidente de la Plataforma de Regantes del Condado, Manuel Rodríguez Cárdenas, y el " +
        "portavoz de WWF en Doñana, Felipe Garrido Mora, volvieron a chocar ayer en Almonte. «Los " +
        "agricultores legales no somos el problema», sostuvo Rodríguez, mientras que Garrido replicó que " +
        "«mientras quede un solo pozo ilegal abierto, el acuífero seguirá bajando».",
      "En la comarca se habla ya de los llamados «pozos fantasma», captaciones que se precintan y " +
        "vuelven a funcionar meses después. La Junta ha incluido la laguna en el programa «Doñana Vive», " +
        "que " +
        "financiará la restauración de su cubeta.",
      "Un guarda del parque con treinta años de servicio lo resume así: «Yo he visto aquí flamencos a " +
        "miles. Este año no ha venido ni uno».",
    ],
    quotes: [
      ["Estamos cerca de un punto de no retorno", "Álvaro Domínguez Pérez"],
      ["Santa Olalla era la última que aguantaba el verano, y ya tampoco", "Álvaro Domínguez Pérez"],
      ["está dando resultados", "La Consejería de Sostenibilidad y Medio Ambiente"],
      ["Los agricultores legales no somos el problema", "Manuel Rodríguez Cárdenas"],
      ["mientras quede un solo pozo ilegal abierto, el acuífero seguirá bajando", "Felipe Garrido Mora"],
      ["Yo he visto aquí flamencos a miles. Este año no ha venido ni uno", "Un guarda del parque"],
    ],
  },
  {
    name:
      "La Cuarta, policiales (comillas rectas): término entre comillas en el titular y nombre de un " +
      "operativo (no citas), coronel con «detalló» tras la cita y «El uniformado agregó que» con cita " +
      "parcial, víctima descrita con dos puntos, fiscal con cita parcial, alcalde con «reconoció» y vecino " +
      "anónimo con «comentó»",
    todo:
      "«Me pusieron la pistola en la cabeza con mi gu…» goes to Rodrigo Catalán Bustos, not Una " +
      "profesora",
    headline: 'Cae banda del "portonazo" que tenía con los nervios de punta a los vecinos de Maipú',
    paragraphs: [
      "Carabineros del OS-9 detuvieron a cinco sujetos, entre ellos dos menores de edad, en el marco " +
        'de la "Operación Portón", que investigaba al menos 23 robos con violencia de vehículos en Maipú y ' +
        "Cerrillos. El líder de la banda, de 26 años y alias el Coté, tenía 14 detenciones previas.",
      '"Estos sujetos actuaban con extrema violencia y no dudaban en golpear a las víctimas delante de ' +
        'sus hijos", detalló el jefe del OS-9 Metropolitano, coronel Rodrigo Catalán Bustos.',
      'El uniformado agregó que la banda "se movía en autos robados que cambiaban cada dos o tres ' +
        'días" y que los vehículos terminaban desarmados en un taller clandestino de Lo Espejo.',
      "Una profesora de 45 años, asaltada en enero frente a su casa, revivió el momento con La Cuarta: " +
        '"Me pusieron la pistola en la cabeza con mi guagua atrás en la silla. Pensé que me mataban".',
      "En la audiencia de formalización, el fiscal de la Fiscalía Metropolitana Occidente Patricio " +
        'Henríquez Lagos pidió la prisión preventiva de los tres adultos, al considerar que son "un ' +
        "peligro " +
        'para la seguridad de la sociedad". El tribunal acogió la solicitud.',
      '"Los vecinos ya no querían ni sacar el auto en la noche", reconoció el alcalde de Maipú, ' +
        "Ignacio Carrasco Valdés. En la villa El Abrazo, un vecino que perdió su camioneta en marzo " +
        "comentó: " +
        '"Ahora por fin vamos a poder dormir tranquilos".',
    ],
    quotes: [
      [
        "Estos sujetos actuaban con extrema violencia y no dudaban en golpear a las víctimas delante de " +
          "sus hijos",
        "Rodrigo Catalán Bustos",
      ],
      ["se movía en autos robados que cambiaban cada dos o tres días", "Rodrigo Catalán Bustos"],
      [
        "Me pusieron la pistola en la cabeza con mi guagua atrás en la silla. Pensé que me mataban",
        "Una profesora",
      ],
      ["un peligro para la seguridad de la sociedad", "Patricio Henríquez Lagos"],
      ["Los vecinos ya no querían ni sacar el auto en la noche", "Ignacio Carrasco Valdés"],
      ["Ahora por fin vamos a poder dormir tranquilos", "un vecino"],
    ],
  },
  {
    name:
      "Diario de Jaén, transporte: cita parcial del titular de un presidente nombrado solo en el " +
      "cuerpo y repetida en él con «exigió», cita con «afirmó», empresa con «según la compañía», " +
      "estudiante y su madre en un párrafo con «lamentó la joven» y dos puntos sin verbo, lema de las " +
      "pancartas (no cita), portavoz con «anunció» invertido, fuentes del ministerio con «señalaron»",
    todo:
      "«no superó el 30 % durante el último año» goes to la compañía, not Renfe; «A Jaén siempre le " +
      "toca perder» goes to Lucía Moreno Cano, not Pilar Cano Jiménez",
    headline:
      "Renfe suprime un tren diario entre Jaén y Madrid y la Diputación exige «una rectificación " +
      "inmediata»",
    paragraphs: [
      "Renfe eliminará a partir del 1 de febrero el servicio Intercity que sale de Jaén a las 16.05 " +
        "con destino a Madrid-Puerta de Atocha, de modo que la capital del Santo Reino quedará con una " +
        "sola " +
        "conexión ferroviaria directa diaria con Madrid en cada sentido.",
      "«Es una falta de respeto a una provincia que lleva décadas esperando un tren digno», afirmó " +
        "ayer el presidente de la Diputación Provincial, Manuel Cobo Higueras, que exigió a Renfe y al " +
        "Ministerio de Transportes «una rectificación inmediata».",
      "Renfe justificó la decisión en la baja demanda del servicio, cuya ocupación media, según la " +
        "compañía, «no superó el 30 % durante el último año».",
      "En el andén de la estación, Lucía Moreno Cano, estudiante de Medicina en Madrid, esperaba el " +
        "tren de la mañana con su madre, Pilar Cano Jiménez. «Si quitan el de la tarde, me quedo sin forma " +
        "de volver los viernes», lamentó la joven. Su madre lo tenía claro: «A Jaén siempre le toca perder».",
      "La plataforma Jaén Merece Más ya ha convocado una concentración para el próximo sábado en la " +
        "plaza de Santa María, con pancartas bajo el lema «Jaén quiere tren». «Vamos a volver a la calle " +
        "las " +
        "veces que haga falta», anunció su portavoz, Juan Antonio Martos Peña.",
      "Fuentes del Ministerio de Transportes señalaron a este periódico que la supresión «es una " +
        "decisión comercial de Renfe» y que no afecta al compromiso de mejorar la línea Jaén-Madrid.",
    ],
    quotes: [
      ["una rectificación inmediata", "Manuel Cobo Higueras"],
      [
        "Es una falta de respeto a una provincia que lleva décadas esperando un tren digno",
        "Manuel Cobo Higueras",
      ],
      ["no superó el 30 % durante el último año", "Renfe"],
      ["Si quitan el de la tarde, me quedo sin forma de volver los viernes", "Lucía Moreno Cano"],
      ["A Jaén siempre le toca perder", "Pilar Cano Jiménez"],
      ["Vamos a volver a la calle las veces que haga falta", "Juan Antonio Martos Peña"],
      ["es una decisión comercial de Renfe", "Fuentes del Ministerio de Transportes"],
    ],
  },
]);
