// A twenty-seventh round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty-six rounds did not use: La Tribuna de Toledo (the city council asks to close the Tajo-Segura
// transfer), NotiCel (a former Loíza finance director pleads guilty to FEMA fraud, Puerto Rico, straight
// quotation marks), El Nuevo Siglo (Valentine's Day flower exports, Colombia), El Liberal (a last-second
// Quimsa basketball win, Santiago del Estero, Argentina), Europa Sur (the Paco de Lucía guitar festival
// opens in Algeciras), Por Esto! (insulin shortages at IMSS clinics in Mérida, México), La Nueva Crónica
// (a historic bar reopens in León's Barrio Húmedo), Nuestro Diario (a bus-extortion gang caught in Villa
// Nueva, Guatemala, straight quotation marks), Uno Entre Ríos (an island school gets its own boat,
// Argentina) and El Dictamen (Profepa closes a mangrove landfill in Boca del Río, México).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Tribuna de Toledo, política: titular con cita del portavoz nombrado solo en el cuerpo y " +
      "repetida en él con «proclamó», cita parcial tras «recordó que», dos mujeres en un párrafo con " +
      "«replicó la edil popular», concejala por apellido con dos puntos, informe que «describe» con cita " +
      "parcial, nombre de una plataforma y lema de una pancarta (no citas), portavoz con «dijo una de sus " +
      "portavoces»",
    todo:
      "«Aquí nadie está contra Murcia; estamos a favo…» goes to Elena Palomo Rubio, not Beatriz " +
      "Garrido Ruano; «deficiente en la mayoría de sus indicadores» goes to Elena Palomo Rubio, not el " +
      "último informe de la Confederación Hidrográfica del Tajo",
    headline:
      "«No vamos a pagar el agua de otros con la paciencia de Toledo»: el Pleno pide cerrar el trasvase",
    paragraphs: [
      "El Pleno del Ayuntamiento de Toledo aprobó ayer, con los votos de PP y PSOE y la abstención de " +
        "Vox, una moción que pide al Gobierno central un calendario para el cierre del trasvase " +
        "Tajo-Segura y un caudal ecológico de al menos doce metros cúbicos por segundo a su paso por " +
        "la ciudad.",
      "El portavoz del grupo socialista, Andrés Villalba Moreno, que defendió la moción, recordó que " +
        "el río «lleva cuarenta años pagando la factura» de los regadíos del Levante. «No vamos a " +
        "pagar el agua de otros con la paciencia de Toledo», proclamó desde la tribuna.",
      "La teniente de alcalde de Medio Ambiente, la popular Beatriz Garrido Ruano, y la concejala de " +
        "Vox Elena Palomo Rubio cruzaron reproches durante buena parte del debate. «Aquí nadie está " +
        "contra Murcia; estamos a favor del Tajo», replicó la edil popular.",
      "Palomo justificó así la abstención de su grupo: «Un río no se defiende enfrentando a unos " +
        "españoles con otros».",
      "La moción se apoya en el último informe de la Confederación Hidrográfica del Tajo, que describe " +
        "el estado del río a su paso por Toledo como «deficiente en la mayoría de sus indicadores», y " +
        "reclama que se cumplan las sentencias del Tribunal Supremo de 2019.",
      "A las puertas del salón de plenos, una veintena de miembros de la plataforma ciudadana «Tajo " +
        "Vivo» desplegó una pancarta con el lema «El Tajo no se vende». «Llevamos años viniendo a los " +
        "plenos y hoy por fin nos han escuchado», dijo una de sus portavoces, la jubilada Pilar " +
        "Sánchez-Cabezudo Ortega.",
    ],
    quotes: [
      ["No vamos a pagar el agua de otros con la paciencia de Toledo", "Andrés Villalba Moreno"],
      ["lleva cuarenta años pagando la factura", "Andrés Villalba Moreno"],
      ["Aquí nadie está contra Murcia; estamos a favor del Tajo", "Beatriz Garrido Ruano"],
      ["Un río no se defiende enfrentando a unos españoles con otros", "Elena Palomo Rubio"],
      [
        "deficiente en la mayoría de sus indicadores",
        "el último informe de la Confederación Hidrográfica del Tajo",
      ],
      [
        "Llevamos años viniendo a los plenos y hoy por fin nos han escuchado",
        "Pilar Sánchez-Cabezudo Ortega",
      ],
    ],
  },
  {
    name:
      "NotiCel, tribunales (comillas rectas): nombre de una investigación (no cita), fiscalía con " +
      "«Según» y cita parcial, pregunta de la jueza con «le preguntó» invertido y respuesta del " +
      "acusado con «contestó el acusado», abogado con «dijo que» y cita parcial y segunda cita con " +
      "«sostuvo el letrado», municipio en declaraciones escritas con cita parcial, comerciante anónimo " +
      "con dos puntos",
    headline: "Exdirector de Finanzas de Loíza se declara culpable de desviar fondos de FEMA",
    paragraphs: [
      "Ramón Luis Figueroa Pizarro, exdirector de Finanzas del Municipio de Loíza, se declaró culpable " +
        "este martes ante el Tribunal Federal en Hato Rey de un cargo de conspiración para cometer " +
        "fraude, por desviar cerca de $740,000 en fondos de la Agencia Federal para el Manejo de " +
        "Emergencias (FEMA) destinados a reparar caminos tras el huracán María.",
      "Según la Fiscalía federal, Figueroa Pizarro aprobó entre 2018 y 2020 facturas de una compañía " +
        'de asfalto "que solo existía en un apartado postal". La investigación, conocida como ' +
        '"Operación Bache", comenzó tras una auditoría de la Oficina del Inspector General.',
      '"¿Entiende usted que renuncia a su derecho a un juicio por jurado?", le preguntó la jueza ' +
        'Marisol Cintrón Acevedo. "Sí, Su Señoría", contestó el acusado, vestido con chaqueta gris y ' +
        "acompañado por su esposa.",
      "Su abogado, el licenciado Javier Ortiz Lebrón, dijo a NotiCel a la salida del tribunal que su " +
        'cliente "ha asumido su responsabilidad desde el primer día". "Él no se quedó con ese dinero ' +
        'para vivir como un rey; fue parte de un esquema que venía de más arriba", sostuvo el letrado.',
      "En declaraciones escritas, el Municipio de Loíza indicó que la actual administración " +
        '"ha cooperado plenamente con las autoridades federales" y que implantó nuevos controles de ' +
        "compras desde 2021.",
      "La sentencia quedó pautada para el 14 de mayo. El cargo conlleva una pena máxima de cinco años " +
        "de prisión. En Medianía Alta, donde la carretera PR-187 sigue llena de hoyos, un comerciante " +
        'de la zona resumió el sentir de muchos: "Aquí seguimos esquivando cráteres y el dinero se fue ' +
        'en papeles".',
    ],
    quotes: [
      ["que solo existía en un apartado postal", "la Fiscalía federal"],
      ["¿Entiende usted que renuncia a su derecho a un juicio por jurado?", "Marisol Cintrón Acevedo"],
      ["Sí, Su Señoría", "Ramón Luis Figueroa Pizarro"],
      ["ha asumido su responsabilidad desde el primer día", "Javier Ortiz Lebrón"],
      [
        "Él no se quedó con ese dinero para vivir como un rey; fue parte de un esquema que venía de " +
          "más arriba",
        "Javier Ortiz Lebrón",
      ],
      ["ha cooperado plenamente con las autoridades federales", "el Municipio de Loíza"],
      ["Aquí seguimos esquivando cráteres y el dinero se fue en papeles", "un comerciante de la zona"],
    ],
  },
  {
    name:
      "El Nuevo Siglo, economía: entradilla con cita de la presidenta del gremio nombrada solo en el " +
      "cuerpo y repetida en él con «dijo» y segunda cita sin verbo, empresa en un comunicado con cita " +
      "parcial, nombre de una variedad de rosa (no cita), dos hombres en un párrafo con «precisó el " +
      "gerente», trabajadora con «cuenta» y segunda cita sin verbo, analista con «Según» y cita parcial",
    todo: "«Freedom» taken for a quote",
    headline: "Exportaciones de flores por San Valentín crecen 8 % pese al alza de los fletes",
    standfirst:
      "“Nunca habíamos tenido tanta demanda y tan poco espacio en los aviones”, dice la presidenta " +
      "del gremio floricultor",
    paragraphs: [
      "Colombia exportó en la temporada de San Valentín cerca de 700 millones de tallos, un 8 % más que " +
        "el año pasado, según cifras de la Asociación Colombiana de Exportadores de Flores " +
        "(Asocolflores). Estados Unidos siguió siendo el destino de tres de cada cuatro cajas.",
      "La presidenta de Asocolflores, Luz Marina Echeverri Gaviria, atribuyó el crecimiento a la " +
        "recuperación del consumo en Norteamérica, pero advirtió sobre el costo del transporte. " +
        "“Nunca habíamos tenido tanta demanda y tan poco espacio en los aviones”, dijo. “Cada caja " +
        "que se queda en El Dorado es una rosa que se marchita en la bodega”.",
      "Flores La Sabana, una de las quince mayores exportadoras del país, con cultivos en Madrid y " +
        "Facatativá (Cundinamarca), informó en un comunicado que sus ventas a Estados Unidos " +
        "“superaron por primera vez los 20 millones de tallos”, impulsadas por la rosa roja " +
        "“Freedom”, la más pedida de la temporada.",
      "El gerente de la compañía, Hernán Darío Pulido, y el jefe de logística, Camilo Andrés Rozo, " +
        "coincidieron en que el cuello de botella está en la carga aérea. “Pagamos hasta 30 % más " +
        "por kilo que hace dos años”, precisó el gerente.",
      "En los cultivos de la Sabana, la temporada significa turnos dobles. Rosalba Cárdenas, de 43 " +
        "años, lleva dieciséis en el área de poscosecha. “En febrero uno no conoce el domingo”, " +
        "cuenta. “Pero es cuando uno completa para las matrículas de los hijos”.",
      "Según el analista de comercio exterior Mauricio Benítez Lara, docente de la Universidad de La " +
        "Sabana, la revaluación del peso “se está comiendo buena parte de la ganancia” de los " +
        "floricultores.",
    ],
    quotes: [
      [
        "Nunca habíamos tenido tanta demanda y tan poco espacio en los aviones",
        "Luz Marina Echeverri Gaviria",
      ],
      [
        "Cada caja que se queda en El Dorado es una rosa que se marchita en la bodega",
        "Luz Marina Echeverri Gaviria",
      ],
      ["superaron por primera vez los 20 millones de tallos", "Flores La Sabana"],
      ["Pagamos hasta 30 % más por kilo que hace dos años", "Hernán Darío Pulido"],
      ["En febrero uno no conoce el domingo", "Rosalba Cárdenas"],
      ["Pero es cuando uno completa para las matrículas de los hijos", "Rosalba Cárdenas"],
      ["se está comiendo buena parte de la ganancia", "Mauricio Benítez Lara"],
    ],
  },
  {
    name:
      "El Liberal, básquet: jugador nombrado en el primer párrafo y citado como «el escolta de 24 " +
      "años» con «contó», apodo (no cita), entrenador con «analizó» y segunda cita sin verbo, base " +
      "rival con «se quejó» invertido, técnico rival que «consideró que» con cita parcial, club con " +
      "«Desde … informaron que» y cita parcial, hincha anónimo con «gritaba»",
    headline: "Quimsa lo ganó en el último segundo y sigue invicto en casa",
    paragraphs: [
      "Quimsa le ganó anoche 84-82 a Boca Juniors en el estadio Ciudad, con un doble de Matías Nahuel " +
        "Ledesma a falta de dos segundos, y estiró a once su racha de victorias como local en la Liga " +
        "Nacional.",
      "“La pedí yo. Sabía que el técnico iba a confiar en mí”, contó el escolta de 24 años, nacido en " +
        "La Banda, al que en el barrio todos conocen como “el Flaco” y que terminó con 21 puntos.",
      "El entrenador, Sebastián Gabriel Ávalos, no ocultó el alivio. “Jugamos mal durante treinta " +
        "minutos y lo ganamos igual; eso también es de equipo grande”, analizó. “Ahora hay que " +
        "corregir, porque así no alcanza en los playoffs”.",
      "“Nos robaron el partido en la última bola”, se quejó el base de Boca, Leandro Ferreyra, que " +
        "reclamó una falta de Ledesma antes del doble. Su entrenador, Gonzalo Pérez Ibarra, fue más " +
        "medido y consideró que el arbitraje fue “correcto en líneas generales”.",
      "Desde la Asociación Atlética Quimsa informaron que las entradas para el próximo partido, ante " +
        "Instituto, “estarán a la venta desde el martes en las boleterías del estadio”.",
      "Afuera, mientras la gente se desconcentraba por la avenida Roca, un hincha veterano " +
        "gritaba: “¡Esto es la Fusión, acá nadie se va antes de la chicharra!”.",
    ],
    quotes: [
      ["La pedí yo. Sabía que el técnico iba a confiar en mí", "Matías Nahuel Ledesma"],
      [
        "Jugamos mal durante treinta minutos y lo ganamos igual; eso también es de equipo grande",
        "Sebastián Gabriel Ávalos",
      ],
      ["Ahora hay que corregir, porque así no alcanza en los playoffs", "Sebastián Gabriel Ávalos"],
      ["Nos robaron el partido en la última bola", "Leandro Ferreyra"],
      ["correcto en líneas generales", "Gonzalo Pérez Ibarra"],
      ["estarán a la venta desde el martes en las boleterías del estadio", "la Asociación Atlética Quimsa"],
      ["¡Esto es la Fusión, acá nadie se va antes de la chicharra!", "un hincha veterano"],
    ],
  },
  {
    name:
      "Europa Sur, cultura: título de un espectáculo (no cita), guitarrista con «advirtió» y segunda " +
      "cita sin verbo, delegada con cita que contiene otra anidada y «relató la edil», programa del " +
      "festival que «define» con cita parcial, padre e hijo en un párrafo con «recordó el padre», " +
      "vecina anónima con dos puntos, nombre de un ciclo (no cita)",
    headline: "El Encuentro de Guitarra Paco de Lucía abre con un homenaje en la plaza Alta",
    paragraphs: [
      "El XVII Encuentro de Guitarra Paco de Lucía arrancó anoche en la plaza Alta de Algeciras con el " +
        "estreno de «Entre dos aguas, cincuenta años después», un espectáculo del guitarrista " +
        "algecireño Juan Manuel Ruiz Cortés que revisita la rumba que cambió la historia del flamenco.",
      "«A Paco no se le imita, se le estudia», advirtió el guitarrista antes de subir al escenario. " +
        "«Yo no intento sonar como él; intento contar lo que me enseñó su música cuando tenía doce " +
        "años y la escuchaba en el coche de mi padre».",
      "La delegada de Cultura del Ayuntamiento, Inmaculada Gallardo Pecino, abrió la noche con un " +
        "recuerdo familiar. «Mi padre siempre decía: “Paco toca como habla el Campo de Gibraltar”. Y " +
        "tenía razón», relató la edil ante unas dos mil personas.",
      "El programa del festival, editado este año por la Fundación Paco de Lucía, define el encuentro " +
        "como «un lugar donde la guitarra flamenca mira al futuro sin olvidar de dónde viene».",
      "Entre el público estaban el luthier Antonio Jesús Moya Barea, que construyó una de las últimas " +
        "guitarras de estudio del maestro, y su hijo Rafael, que le ha tomado el relevo en el taller " +
        "de la calle Tarifa. «Aquella guitarra volvió con la tapa rajada y él no quiso que se la " +
        "arreglara», recordó el padre.",
      "Una vecina de la plaza Alta, que siguió el concierto desde su balcón, lo resumió así: «Esto es " +
        "lo más bonito que ha pasado en esta plaza desde la feria».",
      "El encuentro continuará hasta el domingo con el ciclo «Guitarras de madrugada» en el Teatro " +
        "Municipal Florida y clases magistrales en el conservatorio.",
    ],
    quotes: [
      ["A Paco no se le imita, se le estudia", "Juan Manuel Ruiz Cortés"],
      [
        "Yo no intento sonar como él; intento contar lo que me enseñó su música cuando tenía doce años " +
          "y la escuchaba en el coche de mi padre",
        "Juan Manuel Ruiz Cortés",
      ],
      [
        "Mi padre siempre decía: “Paco toca como habla el Campo de Gibraltar”. Y tenía razón",
        "Inmaculada Gallardo Pecino",
      ],
      [
        "un lugar donde la guitarra flamenca mira al futuro sin olvidar de dónde viene",
        "El programa del festival",
      ],
      [
        "Aquella guitarra volvió con la tapa rajada y él no quiso que se la arreglara",
        "Antonio Jesús Moya Barea",
      ],
      ["Esto es lo más bonito que ha pasado en esta plaza desde la feria", "Una vecina de la plaza Alta"],
    ],
  },
  {
    name:
      "Por Esto!, salud: nombre de una estrategia (no cita), derechohabiente con cita que contiene otra " +
      "anidada y «lamentó la señora», hijo con una cita que sigue en dos párrafos sin verbo, instituto " +
      "en una tarjeta informativa con dos citas parciales, médica anónima con «aseguró que» y cita " +
      "parcial, endocrinólogo con «advirtió» y dos puntos",
    headline: "Pacientes con diabetes denuncian falta de insulina en clínicas del IMSS en Mérida",
    paragraphs: [
      "Derechohabientes del Instituto Mexicano del Seguro Social (IMSS) en Mérida denunciaron que desde " +
        "hace casi dos meses no encuentran insulina en las farmacias de al menos cuatro Unidades de " +
        "Medicina Familiar (UMF), pese a la estrategia “Cero Desabasto” anunciada por el Gobierno " +
        "federal.",
      "Doña Juana Canché Pool, de 67 años, vecina de la colonia Chuburná, ha acudido tres veces a la " +
        "UMF 59 sin que le surtan la receta. “Me dicen ‘no hay, regrese el lunes’, y el lunes tampoco " +
        "hay”, lamentó la señora, quien destina a la insulina casi la mitad de su pensión.",
      "Su hijo, Wilberth Chan Canché, taxista, contó que la familia ya gastó más de 3 mil pesos en lo " +
        "que va del año. “Una caja de plumas cuesta casi mil 200 pesos en la farmacia particular. Yo " +
        "trabajo doce horas en el taxi y no me alcanza.",
      "“Lo que pedimos es que nos den lo que ya pagamos con nuestras cuotas, no que nos hagan un " +
        "favor”.",
      "En una tarjeta informativa, la Oficina de Representación del IMSS en Yucatán aseguró que el " +
        "abasto de insulina se encuentra “al 92 por ciento” y atribuyó los faltantes a “retrasos " +
        "puntuales en la distribución”.",
      "Una médica familiar de la UMF 59, quien pidió el anonimato por temor a represalias, aseguró a " +
        "Por Esto! que la institución “lleva meses entregando recetas que sabe que no va a surtir”.",
      "El endocrinólogo Jorge Alberto Cetina Medina advirtió que suspender el tratamiento, aunque sea " +
        "unos días, puede tener consecuencias graves: “Una persona con diabetes tipo 1 no puede " +
        "esperar al lunes”.",
    ],
    quotes: [
      ["Me dicen ‘no hay, regrese el lunes’, y el lunes tampoco hay", "Juana Canché Pool"],
      [
        "Una caja de plumas cuesta casi mil 200 pesos en la farmacia particular. Yo trabajo doce " +
          "horas en el taxi y no me alcanza.",
        "Wilberth Chan Canché",
      ],
      [
        "Lo que pedimos es que nos den lo que ya pagamos con nuestras cuotas, no que nos hagan un favor",
        "Wilberth Chan Canché",
      ],
      ["al 92 por ciento", "la Oficina de Representación del IMSS en Yucatán"],
      ["retrasos puntuales en la distribución", "la Oficina de Representación del IMSS en Yucatán"],
      ["lleva meses entregando recetas que sabe que no va a surtir", "Una médica familiar de la UMF 59"],
      ["Una persona con diabetes tipo 1 no puede esperar al lunes", "Jorge Alberto Cetina Medina"],
    ],
  },
  {
    name:
      "La Nueva Crónica, vida local: titular con cita del nuevo dueño nombrado solo en el cuerpo y " +
      "repetida en él con «resume» invertido y segunda cita sin verbo, nombre de un bar y apodo de un " +
      "barrio (no citas), antiguo dueño con «confesó el veterano hostelero», dos hermanos en un párrafo " +
      "con «admite el pequeño», asociación en un comunicado con cita parcial, vecina anónima con " +
      "«señaló» invertido",
    headline: "«Aquí se ha bebido media historia de León»: Casa Benito vuelve a abrir en el Húmedo",
    paragraphs: [
      "Después de dos años con la persiana bajada, el bar «Casa Benito», uno de los más antiguos de la " +
        "zona de vinos que los leoneses llaman «el Húmedo», volvió a abrir ayer en la plaza de San " +
        "Martín con nuevos dueños: los hermanos Álvaro, Rubén y Noelia Fernández Llamazares, de " +
        "Valencia de Don Juan, que han mantenido la barra de madera, el porrón y la tapa de morcilla.",
      "«Aquí se ha bebido media historia de León», resume Álvaro Fernández Llamazares, el mayor de los " +
        "tres, de 38 años. «Lo único que hemos cambiado son los baños, que ya tocaba».",
      "Benito Alonso Robles, que regentó el local durante 46 años y lo cerró en 2023 al jubilarse, fue " +
        "el primero en entrar. Pidió un prieto picudo y se quedó un buen rato en silencio. «Me he " +
        "pasado aquí más horas que en mi casa», confesó el veterano hostelero.",
      "Rubén Fernández Llamazares, que hasta el año pasado trabajaba de cocinero en Madrid, y su " +
        "hermano Álvaro reconocen que la decisión no fue fácil. «Nos dijeron que estábamos locos, que " +
        "el Húmedo ya no es lo que era», admite el pequeño de los hermanos.",
      "La Asociación de Hosteleros del Barrio Húmedo celebró la reapertura en un comunicado en el que " +
        "advierte de que en la última década han cerrado «más de veinte bares de los de toda la vida» " +
        "en el casco histórico, sustituidos en muchos casos por franquicias y pisos turísticos.",
      "«Cuando cierra un bar como este, el barrio se queda un poco más a oscuras», señaló una vecina " +
        "de la calle Matasiete, clienta de la casa desde los años setenta.",
    ],
    quotes: [
      ["Aquí se ha bebido media historia de León", "Álvaro Fernández Llamazares"],
      ["Lo único que hemos cambiado son los baños, que ya tocaba", "Álvaro Fernández Llamazares"],
      ["Me he pasado aquí más horas que en mi casa", "Benito Alonso Robles"],
      ["Nos dijeron que estábamos locos, que el Húmedo ya no es lo que era", "Rubén Fernández Llamazares"],
      ["más de veinte bares de los de toda la vida", "La Asociación de Hosteleros del Barrio Húmedo"],
      [
        "Cuando cierra un bar como este, el barrio se queda un poco más a oscuras",
        "una vecina de la calle Matasiete",
      ],
    ],
  },
  {
    name:
      "Nuestro Diario, sucesos (comillas rectas): nombre de un operativo (no cita), ministerio público " +
      "con «Según» y cita parcial, cita partida del vocero con «explicó» invertido, piloto anónimo con " +
      "«relató» sin sujeto, fiscal con «afirmó» sin sujeto, apodo de un detenido (no cita), empresa en " +
      "un comunicado con cita parcial",
    headline: "Caen cinco señalados de extorsionar a pilotos de buses en Villa Nueva",
    paragraphs: [
      "Agentes de la Policía Nacional Civil (PNC) capturaron a cinco presuntos integrantes de una " +
        "clica que cobraba extorsiones a pilotos y ayudantes de buses urbanos en Villa Nueva, durante " +
        'doce allanamientos realizados este jueves en el marco del operativo "Ruta Segura".',
      "Según el Ministerio Público (MP), la estructura exigía a cada unidad Q150 diarios y " +
        '"amenazaba de muerte" a quienes se negaban a pagar.',
      '"Ellos se subían como pasajeros", explicó el vocero de la PNC, Jorge Aguilar Tzoc, "y a medio ' +
        'recorrido le pasaban el teléfono al piloto para que hablara con el jefe".',
      "Un piloto de la ruta 1, que pidió no publicar su nombre, contó a Nuestro Diario que pagaba la " +
        'cuota desde hace tres años. "Uno sale de la casa y no sabe si regresa. A un compañero lo ' +
        'mataron en la parada por no pagar", relató.',
      "La auxiliar fiscal de la Fiscalía contra el Delito de Extorsión, Ingrid Paola Morales Cuc, " +
        "indicó que los capturados serán presentados ante un juez en las próximas horas. " +
        '"Tenemos audios, boletas de depósito y el testimonio de varias víctimas", afirmó.',
      'Entre los detenidos figura un joven de 19 años conocido como "el Chino", señalado de recoger ' +
        "el dinero. La empresa Buses Urbanos del Sur agradeció en un comunicado el trabajo de las " +
        'autoridades y pidió a los usuarios denunciar "cualquier actitud sospechosa" dentro de las ' +
        "unidades.",
    ],
    quotes: [
      ["amenazaba de muerte", "el Ministerio Público"],
      ["Ellos se subían como pasajeros", "Jorge Aguilar Tzoc"],
      [
        "y a medio recorrido le pasaban el teléfono al piloto para que hablara con el jefe",
        "Jorge Aguilar Tzoc",
      ],
      [
        "Uno sale de la casa y no sabe si regresa. A un compañero lo mataron en la parada por no pagar",
        "Un piloto de la ruta 1",
      ],
      ["Tenemos audios, boletas de depósito y el testimonio de varias víctimas", "Ingrid Paola Morales Cuc"],
      ["cualquier actitud sospechosa", "Buses Urbanos del Sur"],
    ],
  },
  {
    name:
      "Uno Entre Ríos, educación: nombre de una escuela y de una lancha (no citas), directora con " +
      "«explicó» y segunda cita sin verbo, consejo con «informó que» y cita parcial, dos mujeres en un " +
      "párrafo con «dijo la lanchera», alumno nombrado solo por el nombre con «se ríe» invertido, " +
      "seccional gremial con «Desde … recordaron que» y cita parcial",
    todo: "«A estos chicos los conozco desde que nacieron…» goes to Camila Romero, not Elsa Noemí Acosta",
    headline: "La escuela de las islas ya tiene su propia lancha y los chicos no pierden más clases",
    paragraphs: [
      "Los 38 alumnos de la Escuela N° 21 “Hipólito Yrigoyen”, en la zona de islas del departamento " +
        "Islas del Ibicuy, empezaron esta semana a viajar en una lancha escolar propia, bautizada " +
        "“Maestra Rosario” en homenaje a una docente que trabajó allí durante treinta años.",
      "La directora, Mónica Beatriz Schmidt, lo celebró como un logro de toda la comunidad. “El año " +
        "pasado perdimos 41 días de clase porque el lanchero particular no podía venir cuando crecía " +
        "el río”, explicó. “Ahora la lancha es de la escuela y sale todos los días, con lluvia o con " +
        "sol”.",
      "El Consejo General de Educación (CGE) informó que la inversión fue de 48 millones de pesos y que " +
        "el objetivo es “garantizar la trayectoria escolar de los chicos de las islas en igualdad de " +
        "condiciones”.",
      "La lancha la conduce Elsa Noemí Acosta, de 52 años, madre de dos exalumnos, que aprendió a " +
        "navegar con su padre, pescador. La acompaña en cada viaje la auxiliar Camila Romero. “A estos " +
        "chicos los conozco desde que nacieron; los llevo como si fueran míos”, dijo la lanchera.",
      "“Antes me mareaba, ahora ya no”, se ríe Tiziano, de diez años, que viaja cuarenta minutos cada " +
        "mañana desde el arroyo Ñancay.",
      "Desde la seccional Islas de AGMER valoraron la medida, aunque recordaron que otras cuatro " +
        "escuelas de la zona “siguen dependiendo de la buena voluntad de los vecinos” para trasladar " +
        "a sus alumnos.",
    ],
    quotes: [
      [
        "El año pasado perdimos 41 días de clase porque el lanchero particular no podía venir cuando " +
          "crecía el río",
        "Mónica Beatriz Schmidt",
      ],
      [
        "Ahora la lancha es de la escuela y sale todos los días, con lluvia o con sol",
        "Mónica Beatriz Schmidt",
      ],
      [
        "garantizar la trayectoria escolar de los chicos de las islas en igualdad de condiciones",
        "El Consejo General de Educación",
      ],
      ["A estos chicos los conozco desde que nacieron; los llevo como si fueran míos", "Elsa Noemí Acosta"],
      ["Antes me mareaba, ahora ya no", "Tiziano"],
      ["siguen dependiendo de la buena voluntad de los vecinos", "la seccional Islas de AGMER"],
    ],
  },
  {
    name:
      "El Dictamen, medio ambiente: procuraduría con «la dependencia señaló» y cita parcial, bióloga " +
      "con «advirtió» invertido y nombre de un colectivo (no cita), misma bióloga con «relató» tras " +
      "pronombre, abogado que «afirmó que» con cita parcial, director con «aseguró» invertido, " +
      "pescador anónimo con dos puntos",
    headline: "Profepa clausura relleno de manglar en Arroyo Moreno, en Boca del Río",
    paragraphs: [
      "La Procuraduría Federal de Protección al Ambiente (Profepa) clausuró de manera total temporal un " +
        "predio de 3.2 hectáreas en la zona de Arroyo Moreno, en Boca del Río, donde se rellenaba con " +
        "cascajo un área de manglar sin autorización en materia de impacto ambiental.",
      "En un comunicado, la dependencia señaló que durante la inspección se constató “la remoción de " +
        "vegetación de manglar y el depósito de material pétreo” en una zona donde esa especie está " +
        "protegida por la norma oficial mexicana.",
      "“Cada hectárea de manglar que se rellena es una colonia que se inunda en la próxima tormenta”, " +
        "advirtió la bióloga Rebeca Lagunes Huesca, integrante del colectivo “Manglares Vivos”, que " +
        "presentó la denuncia en enero.",
      "Ella y otros vecinos documentaron durante meses la entrada de camiones al predio. “Llegaban de " +
        "noche, cinco o seis volteos, y en la mañana ya no había mangle”, relató.",
      "El representante legal de la empresa propietaria del terreno, el abogado Fernando Rivera Landa, " +
        "afirmó que su cliente cuenta con permisos municipales y que se trata de “un terreno que ya " +
        "estaba impactado desde hace veinte años”.",
      "“No existe ningún permiso emitido por esta administración para ese predio”, aseguró por su " +
        "parte el director de Desarrollo Urbano del Ayuntamiento de Boca del Río, Octavio Pensado Díaz.",
      "En la orilla del arroyo, un pescador de jaiba lo dijo a su manera: “Sin mangle no hay jaiba, y " +
        "sin jaiba aquí no comemos”.",
    ],
    quotes: [
      [
        "la remoción de vegetación de manglar y el depósito de material pétreo",
        "La Procuraduría Federal de Protección al Ambiente",
      ],
      [
        "Cada hectárea de manglar que se rellena es una colonia que se inunda en la próxima tormenta",
        "Rebeca Lagunes Huesca",
      ],
      ["Llegaban de noche, cinco o seis volteos, y en la mañana ya no había mangle", "Rebeca Lagunes Huesca"],
      ["un terreno que ya estaba impactado desde hace veinte años", "Fernando Rivera Landa"],
      ["No existe ningún permiso emitido por esta administración para ese predio", "Octavio Pensado Díaz"],
      ["Sin mangle no hay jaiba, y sin jaiba aquí no comemos", "un pescador de jaiba"],
    ],
  },
]);
