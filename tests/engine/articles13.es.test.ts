// A thirteenth round of composed Spanish news articles, in the styles of outlets and beats the first twelve
// rounds did not use: El Norte (a rubbish-collection charge voted in Monterrey's council, México), Emol (a
// former credit-union manager sentenced for fraud, Chile), Meridiano (a Lara–Caracas baseball game,
// Venezuela), Gestión (a copper mine's expansion, Perú), Diario de León (operations postponed for lack of
// anaesthetists in El Bierzo), Los Andes (an exhibition of early Quino drawings, Mendoza, Argentina),
// Diario de Teruel (an ankylosaur skeleton found at Ariño), Río Negro (a snowstorm in Bariloche,
// Argentina), Diario Las Américas (a bilingual school programme in Miami-Dade, straight quotation marks)
// and Extra (a bus robbery in Guayaquil, Ecuador).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "El Norte, política local: cita parcial del titular repetida en el cuerpo, " +
      "alcalde con verbo pospuesto, «el edil» y «expuso» sin sujeto, «reprochó la " +
      "edil», un dictamen que «establece», funcionario anónimo, vecina con nombre, " +
      "nombre de una campaña (no cita)",
    headline:
      "Aprueba Cabildo de Monterrey cobro por recolección de basura; oposición lo llama " +
      "“un impuesto más”",
    paragraphs: [
      "El Cabildo de Monterrey aprobó ayer, con 19 votos a favor y 8 en contra, un " +
        "cobro mensual de 45 pesos por la recolección de basura en viviendas, que se " +
        "sumará al recibo del predial a partir de enero.",
      "“Monterrey paga hoy más de 900 millones de pesos al año por la basura y no " +
        "recibe nada a cambio”, argumentó el Alcalde Adrián Garza Treviño al presentar el " +
        "dictamen.",
      "El edil aseguró que lo recaudado se destinará a renovar la flotilla de camiones. " +
        "“Tenemos unidades con 15 años de uso que se descomponen a media ruta”, expuso.",
      "La Regidora Claudia Elizondo Salinas, de oposición, calificó la tarifa como “un " +
        "impuesto más” y recordó que los regiomontanos ya pagan el servicio a través del " +
        "predial. “Les van a cobrar dos veces por lo mismo”, reprochó la edil.",
      "El dictamen, elaborado por la Comisión de Hacienda, establece que las familias " +
        "inscritas en programas sociales “quedarán exentas del pago”.",
      "El Municipio anunció que el cobro irá acompañado de la campaña “Monterrey " +
        "Limpio”, con contenedores nuevos en 300 puntos de la ciudad.",
      "Un funcionario de Servicios Públicos, que pidió no ser identificado, admitió a " +
        "EL NORTE que de los 120 camiones recolectores “apenas la mitad” está en " +
        "operación.",
      "Vecinos de la Colonia Independencia consultados por este diario se mostraron " +
        "escépticos. “Pasan una vez por semana, si bien nos va”, dijo Rosa María Cantú, " +
        "de 62 años.",
    ],
    quotes: [
      ["un impuesto más", "Claudia Elizondo Salinas"],
      [
        "Monterrey paga hoy más de 900 millones de pesos al año por la basura y no " + "recibe nada a cambio",
        "Adrián Garza Treviño",
      ],
      ["Tenemos unidades con 15 años de uso que se descomponen a media ruta", "Adrián Garza Treviño"],
      ["Les van a cobrar dos veces por lo mismo", "Claudia Elizondo Salinas"],
      ["quedarán exentas del pago", "El dictamen"],
      ["apenas la mitad", "Un funcionario de Servicios Públicos"],
      ["Pasan una vez por semana, si bien nos va", "Rosa María Cantú"],
    ],
  },
  {
    name:
      "Emol, tribunales: «Según el veredicto» con cita parcial, fiscal con «dijo el " +
      "persecutor», cita que sigue en un segundo párrafo (comillas de apertura en cada " +
      "uno), defensor descrito tras el nombre, socia afectada «comentó a Emol», nombre " +
      "de un caso (no cita)",
    headline: "Condenan a siete años de cárcel a exgerente de cooperativa por desvío de $4.200 " + "millones",
    paragraphs: [
      "El Cuarto Tribunal de Juicio Oral en lo Penal de Santiago condenó este martes a " +
        "siete años de presidio efectivo a Marcelo Andrés Pizarro Leiva, exgerente de " +
        "finanzas de la Cooperativa de Ahorro Los Aromos, por el delito de administración " +
        "desleal reiterada en perjuicio de más de 3.000 socios.",
      "Según el veredicto, Pizarro desvió cerca de $4.200 millones a sociedades de su " +
        "familia entre 2018 y 2021 mediante “un sistema de créditos ficticios " +
        "cuidadosamente diseñado para no ser detectado por los auditores”.",
      "Tras la lectura de la sentencia, el fiscal jefe de Alta Complejidad Oriente, " +
        "Rodrigo Castillo Moraga, valoró la decisión. “Se hizo justicia con personas que " +
        "habían confiado los ahorros de toda su vida”, dijo el persecutor.",
      "Castillo agregó: “Muchos de los afectados son jubilados que hoy no tienen cómo " +
        "pagar sus remedios. Ellos vinieron a declarar, uno por uno, y eso fue clave.",
      "“Ahora esperamos que el tribunal ordene la restitución de los fondos”.",
      "La defensa, a cargo del abogado Felipe Errázuriz Montt, anunció que recurrirá de " +
        "nulidad ante la Corte de Apelaciones. “Mi representado no se apropió de un solo " +
        "peso. Los créditos fueron aprobados por el consejo de administración”, sostuvo " +
        "el defensor.",
      "Una de las socias afectadas, Gladys Muñoz, de 71 años, siguió la audiencia desde " +
        "la sala. “Yo perdí 18 millones. No sé si los voy a recuperar, pero al menos él " +
        "va a ir preso”, comentó a Emol.",
      "El denominado “caso Aromos” se conoció en 2021, cuando cientos de socios no " +
        "pudieron retirar sus depósitos.",
    ],
    quotes: [
      [
        "un sistema de créditos ficticios cuidadosamente diseñado para no ser detectado " +
          "por los auditores",
        "el veredicto",
      ],
      [
        "Se hizo justicia con personas que habían confiado los ahorros de toda su vida",
        "Rodrigo Castillo Moraga",
      ],
      [
        "Muchos de los afectados son jubilados que hoy no tienen cómo pagar sus " +
          "remedios. Ellos vinieron a declarar, uno por uno, y eso fue clave.",
        "Rodrigo Castillo Moraga",
      ],
      ["Ahora esperamos que el tribunal ordene la restitución de los fondos", "Rodrigo Castillo Moraga"],
      [
        "Mi representado no se apropió de un solo peso. Los créditos fueron aprobados " +
          "por el consejo de administración",
        "Felipe Errázuriz Montt",
      ],
      [
        "Yo perdí 18 millones. No sé si los voy a recuperar, pero al menos él va a ir " + "preso",
        "Gladys Muñoz",
      ],
    ],
  },
  {
    name:
      "Meridiano, béisbol: cita en la entradilla repetida en el cuerpo, «explicó el " +
      "serpentinero», cita interrumpida por «advirtió Mendoza», piloto rival con cita " +
      "parcial y dos puntos, jardinero que «contó emocionado», lema en un uniforme (no " +
      "cita)",
    headline: "Cardenales blanquean a Leones y se adueñan del primer lugar",
    standfirst:
      "“Este equipo tiene hambre”, advirtió el mánager larense José Gregorio Mendoza " +
      "tras el 4-0 en el Antonio Herrera Gutiérrez",
    paragraphs: [
      "Los Cardenales de Lara blanquearon 4-0 a los Leones del Caracas este sábado en " +
        "el estadio Antonio Herrera Gutiérrez de Barquisimeto y quedaron como líderes " +
        "solitarios de la Liga Venezolana de Béisbol Profesional (LVBP), con récord de " +
        "24-14.",
      "El abridor zurdo Yohander Castillo lanzó siete entradas en blanco, con apenas " +
        "tres hits permitidos y nueve ponches. “Tenía la recta bien localizada y el " +
        "slider me funcionó desde el primer inning”, explicó el serpentinero de 26 años.",
      "El mánager José Gregorio Mendoza elogió la actitud de su novena. “Este equipo " +
        "tiene hambre”, advirtió Mendoza. “Los muchachos saben que en enero no se regala " +
        "nada y están jugando cada out como si fuera el último”.",
      "Por los melenudos, el piloto Carlos Ramírez Peña reconoció que su ofensiva “está " +
        "fría” desde hace dos semanas: “No estamos bateando con hombres en posición " +
        "anotadora. Así no se le gana a nadie”.",
      "El jardinero Wilmer Aponte, que disparó un jonrón de dos carreras en el sexto, " +
        "dijo a Meridiano que el batazo fue para su hijo recién nacido. “Nació el " +
        "miércoles en Cabudare y todavía no lo he podido cargar”, contó emocionado.",
      "Los Leones, que esta temporada estrenaron el lema “Rugir es ganar” en su " +
        "uniforme alterno, recibirán a los Tigres de Aragua el martes en el Monumental de " +
        "La Rinconada.",
    ],
    quotes: [
      ["Este equipo tiene hambre", "José Gregorio Mendoza"],
      ["Tenía la recta bien localizada y el slider me funcionó desde el primer inning", "Yohander Castillo"],
      [
        "Los muchachos saben que en enero no se regala nada y están jugando cada out " +
          "como si fuera el último",
        "José Gregorio Mendoza",
      ],
      ["está fría", "Carlos Ramírez Peña"],
      [
        "No estamos bateando con hombres en posición anotadora. Así no se le gana a " + "nadie",
        "Carlos Ramírez Peña",
      ],
      ["Nació el miércoles en Cabudare y todavía no lo he podido cargar", "Wilmer Aponte"],
    ],
  },
  {
    name:
      "Gestión, empresas: empresa que «indicó en un comunicado», gerente con «precisó " +
      "el ejecutivo», «sostuvo» con dos puntos, economista introducido con «Para …» y " +
      "cita parcial, dirigente comunal, código bursátil entre comillas (no cita)",
    headline: "Minera Cerro Alto invertirá US$ 1.200 millones en ampliar su planta en Apurímac",
    paragraphs: [
      "La minera Cerro Alto anunció que invertirá US$ 1.200 millones para ampliar la " +
        "capacidad de su concentradora en Apurímac, con lo que su producción de cobre " +
        "pasaría de 180.000 a 260.000 toneladas anuales hacia el 2029.",
      "“Es la mayor apuesta de la compañía en el Perú desde su llegada al país”, indicó " +
        "Cerro Alto en un comunicado enviado a la Bolsa de Valores de Lima.",
      "Su gerente general, Luis Felipe Benavides Rey, detalló a Gestión que el " +
        "financiamiento provendrá en 60% de recursos propios. “El resto lo estamos " +
        "conversando con tres bancos internacionales y esperamos cerrarlo antes de " +
        "junio”, precisó el ejecutivo.",
      "Benavides sostuvo que el proyecto depende de que los permisos lleguen a tiempo: " +
        "“Si la aprobación del EIA se demora más de un año, el cronograma entero se " +
        "corre”.",
      "Para el economista Jorge Tello Quiroz, de la consultora Macroandina, el anuncio " +
        "es “una buena señal” para la inversión privada, que cayó 3,2% el año pasado. " +
        "“Pero una golondrina no hace verano”, advirtió.",
      "En la comunidad campesina de Huancuire, su presidente, Teodoro Quispe Huamán, " +
        "dijo que esperan ser consultados. “No estamos en contra de la minería, pero " +
        "queremos que se cumplan los acuerdos del 2021”, afirmó el dirigente.",
      "La acción de la empresa, que cotiza bajo el código “CALTO1”, subió 4,7% en la " +
        "BVL tras el anuncio.",
    ],
    quotes: [
      ["Es la mayor apuesta de la compañía en el Perú desde su llegada al país", "Cerro Alto"],
      [
        "El resto lo estamos conversando con tres bancos internacionales y esperamos " +
          "cerrarlo antes de junio",
        "Luis Felipe Benavides Rey",
      ],
      [
        "Si la aprobación del EIA se demora más de un año, el cronograma entero se " + "corre",
        "Luis Felipe Benavides Rey",
      ],
      ["una buena señal", "Jorge Tello Quiroz"],
      ["Pero una golondrina no hace verano", "Jorge Tello Quiroz"],
      [
        "No estamos en contra de la minería, pero queremos que se cumplan los acuerdos " + "del 2021",
        "Teodoro Quispe Huamán",
      ],
    ],
  },
  {
    name:
      "Diario de León, sanidad: cita parcial de la entradilla atribuida a «la Junta» y " +
      "repetida en el cuerpo por el consejero, «explica» y «advierte» en presente, " +
      "«dijo el consejero», paciente que «lamenta», informe que «alerta» y «pide», lema " +
      "de una concentración (no cita)",
    headline: "El Hospital del Bierzo aplaza 340 operaciones por la falta de anestesistas",
    standfirst:
      "La Junta admite que la plantilla «está al límite» y promete cuatro contratos " + "antes del verano",
    paragraphs: [
      "El Hospital El Bierzo ha aplazado en los últimos tres meses 340 intervenciones " +
        "quirúrgicas programadas por la falta de anestesistas, según los datos de la " +
        "Junta de Personal del centro, que denuncia que el servicio funciona con nueve de " +
        "los dieciséis especialistas previstos.",
      "«Estamos operando a medio gas. Hay días en los que solo abrimos dos quirófanos " +
        "de los seis que tenemos», explica Marta Álvarez Robles, delegada de CSIF en el " +
        "hospital de Ponferrada.",
      "La delegada sindical asegura que la situación se arrastra desde 2022 y que las " +
        "bajas no se cubren. «Los que quedan están quemados y cualquier día se nos va " +
        "otro a Madrid o a Galicia», advierte.",
      "El consejero de Sanidad, Alejandro Vázquez Ortega, reconoció ayer en las Cortes " +
        "que la plantilla de Anestesiología «está al límite» y anunció la incorporación " +
        "de cuatro especialistas antes del verano. «Hemos ofrecido contratos de tres años " +
        "y complementos por difícil cobertura; no es un problema de voluntad, sino de que " +
        "no hay profesionales», dijo el consejero.",
      "Entre los afectados está Ángel Fernández, vecino de Bembibre de 67 años, que " +
        "espera una prótesis de cadera desde hace once meses. «Me la han suspendido dos " +
        "veces. La segunda vez ya estaba en ayunas y con la bata puesta», lamenta.",
      "El informe de la Junta de Personal, al que ha tenido acceso este periódico, " +
        "alerta de que la lista de espera quirúrgica del área «ha crecido un 38% en un " +
        "año» y pide «medidas urgentes» a la Gerencia.",
      "Las plataformas vecinales de la comarca se concentrarán el sábado ante el " +
        "hospital bajo el lema «El Bierzo también existe».",
    ],
    quotes: [
      ["está al límite", "Alejandro Vázquez Ortega"],
      [
        "Estamos operando a medio gas. Hay días en los que solo abrimos dos quirófanos " +
          "de los seis que tenemos",
        "Marta Álvarez Robles",
      ],
      [
        "Los que quedan están quemados y cualquier día se nos va otro a Madrid o a " + "Galicia",
        "Marta Álvarez Robles",
      ],
      [
        "Hemos ofrecido contratos de tres años y complementos por difícil cobertura; no " +
          "es un problema de voluntad, sino de que no hay profesionales",
        "Alejandro Vázquez Ortega",
      ],
      [
        "Me la han suspendido dos veces. La segunda vez ya estaba en ayunas y con la " + "bata puesta",
        "Ángel Fernández",
      ],
      ["ha crecido un 38% en un año", "El informe de la Junta de Personal"],
      ["medidas urgentes", "El informe de la Junta de Personal"],
    ],
  },
  {
    name:
      "Los Andes, cultura: título de una muestra y de una historieta (no citas), " +
      "curadora con «relató», «Según Sosa» con cita parcial, ministra nombrada tras el " +
      "verbo, heredero con cita parcial de estilo indirecto y «agregó» sin sujeto",
    headline: "El Museo Fader abre una muestra con 120 dibujos inéditos de Quino",
    paragraphs: [
      "El Museo Emiliano Guiñazú - Casa de Fader, en Luján de Cuyo, inaugura este " +
        "viernes “Quino antes de Mafalda”, una exposición con 120 dibujos y bocetos que " +
        "el humorista mendocino realizó entre 1950 y 1963 y que nunca habían sido " +
        "exhibidos.",
      "La curadora de la muestra, Verónica Sosa Lucero, explicó que el material llegó " +
        "al museo a través de la familia de un excompañero de Quino en la Escuela de " +
        "Bellas Artes. “Estaban guardados en una caja de zapatos en un placard de Godoy " +
        "Cruz. Cuando la abrimos, no lo podíamos creer”, relató.",
      "Según Sosa, los dibujos muestran a un Quino “todavía buscando su línea”, con " +
        "trazos más cargados y personajes que luego reaparecerían en sus libros.",
      "Entre las piezas se destaca una historieta de cuatro cuadros titulada “El señor " +
        "que no sabía decir que no”, publicada en 1954 en una revista estudiantil.",
      "“Es la primera vez que Mendoza puede mostrar una parte de la obra de Quino que " +
        "no pasó por Buenos Aires”, dijo la ministra de Cultura provincial, Carolina " +
        "Ortiz Tello, quien anticipó que la muestra viajará luego a San Rafael y General " +
        "Alvear.",
      "El heredero de los dibujos, Ricardo Funes, contó a Los Andes que su padre " +
        "“siempre decía que el flaco iba a llegar lejos”. “Nunca quiso venderlos. Decía " +
        "que eran de Mendoza”, agregó.",
      "La muestra podrá visitarse de miércoles a domingo, de 10 a 19, con entrada libre " + "y gratuita.",
    ],
    quotes: [
      [
        "Estaban guardados en una caja de zapatos en un placard de Godoy Cruz. Cuando " +
          "la abrimos, no lo podíamos creer",
        "Verónica Sosa Lucero",
      ],
      ["todavía buscando su línea", "Verónica Sosa Lucero"],
      [
        "Es la primera vez que Mendoza puede mostrar una parte de la obra de Quino que " +
          "no pasó por Buenos Aires",
        "Carolina Ortiz Tello",
      ],
      ["siempre decía que el flaco iba a llegar lejos", "Ricardo Funes"],
      ["Nunca quiso venderlos. Decía que eran de Mendoza", "Ricardo Funes"],
    ],
  },
  {
    name:
      "Diario de Teruel, ciencia: «según la Fundación» dentro de la frase con cita " +
      "parcial, revista y título de un artículo (no citas), «señala el paleontólogo» " +
      "con nombre detrás, «añade» sin sujeto, paleontóloga introducida con «Para …» y " +
      "dos puntos, alcalde que «declaró»",
    todo:
      "«el ejemplar más completo de este grupo hallad…» goes to la Fundación Conjunto " +
      "Paleontológico de Teruel-Dinópolis, not Fundación Conjunto Paleontológico de " +
      "Teruel-Dinópolis",
    headline: "Hallan en Ariño el esqueleto más completo de un anquilosaurio de Europa",
    paragraphs: [
      "Un equipo de la Fundación Conjunto Paleontológico de Teruel-Dinópolis ha " +
        "recuperado en la mina de Ariño el esqueleto de un anquilosaurio de hace 110 " +
        "millones de años que conserva el 70% de sus huesos, lo que lo convierte, según " +
        "la Fundación, en «el ejemplar más completo de este grupo hallado hasta ahora en " +
        "Europa».",
      "El hallazgo se publica esta semana en la revista «Cretaceous Research» con el " +
        "título «Un nuevo nodosáurido del Albiense inferior de la Península Ibérica».",
      "«Tenemos el cráneo, buena parte de la columna y, sobre todo, la coraza dorsal " +
        "articulada, algo rarísimo», señala el paleontólogo Sergio Lahoz Abad, director " +
        "de la excavación.",
      "El investigador explica que el animal quedó enterrado en una zona de marismas, " +
        "lo que favoreció su conservación. «Murió cerca de la costa y el barro lo tapó " +
        "muy rápido. Eso evitó que los carroñeros dispersaran los huesos», añade.",
      "Para la paleontóloga de la Universidad de Zaragoza Pilar Navarro Gil, que no ha " +
        "participado en el estudio, el fósil «va a obligar a revisar» la evolución de los " +
        "anquilosaurios en el continente: «Hasta ahora trabajábamos con fragmentos. Esto " +
        "es otra liga».",
      "El alcalde de Ariño, Javier Lasheras Gracia, confió en que el esqueleto pueda " +
        "exponerse en el propio municipio. «Ariño ha vivido del carbón durante un siglo; " +
        "ahora queremos que también se nos conozca por los dinosaurios», declaró.",
    ],
    quotes: [
      [
        "el ejemplar más completo de este grupo hallado hasta ahora en Europa",
        "Fundación Conjunto Paleontológico de Teruel-Dinópolis",
      ],
      [
        "Tenemos el cráneo, buena parte de la columna y, sobre todo, la coraza dorsal " +
          "articulada, algo rarísimo",
        "Sergio Lahoz Abad",
      ],
      [
        "Murió cerca de la costa y el barro lo tapó muy rápido. Eso evitó que los " +
          "carroñeros dispersaran los huesos",
        "Sergio Lahoz Abad",
      ],
      ["va a obligar a revisar", "Pilar Navarro Gil"],
      ["Hasta ahora trabajábamos con fragmentos. Esto es otra liga", "Pilar Navarro Gil"],
      [
        "Ariño ha vivido del carbón durante un siglo; ahora queremos que también se nos " +
          "conozca por los dinosaurios",
        "Javier Lasheras Gracia",
      ],
    ],
  },
  {
    name:
      "Río Negro, temporal: organismo que «advirtió» con cita parcial, nombre de un " +
      "operativo (no cita), intendente con «dijo en una conferencia», «el jefe comunal» " +
      "con dos puntos, «Desde Vialidad Nacional indicaron», vecina que habló con el " +
      "diario, cooperativa con sigla que «señaló la empresa»",
    headline: "Temporal de nieve: cortan la Ruta 40 y suspenden las clases en Bariloche",
    paragraphs: [
      "Un intenso temporal de nieve y viento obligó este lunes a cortar la Ruta " +
        "Nacional 40 entre Bariloche y El Bolsón y a suspender las clases en todos los " +
        "niveles en Bariloche, Dina Huapi y Pilcaniyeu. En el centro de la ciudad se " +
        "acumularon hasta 40 centímetros de nieve.",
      "El Servicio Meteorológico Nacional mantiene un alerta naranja para la zona " +
        "cordillerana y advirtió que las precipitaciones “continuarán al menos hasta el " +
        "miércoles, con ráfagas que podrán superar los 80 kilómetros por hora”.",
      "El intendente Martín Lagos Urrutia, que encabeza el operativo bautizado " +
        "“Invierno Seguro”, pidió a los vecinos que no salgan de sus casas. “Les pedimos " +
        "que usen el auto solo si es imprescindible. Tenemos máquinas trabajando desde " +
        "las 4 de la mañana, pero la nieve no para”, dijo en una conferencia de prensa en " +
        "el Centro Cívico.",
      "El jefe comunal reconoció que hay barrios del alto, como el Nahuel Hue y el 2 de " +
        "Abril, sin acceso para las máquinas: “Son calles de tierra, con mucha pendiente. " +
        "Vamos a llegar, pero va a llevar tiempo”.",
      "Desde Vialidad Nacional indicaron que la 40 “permanecerá cerrada hasta que las " +
        "condiciones permitan un tránsito seguro” y recomendaron no viajar.",
      "En el barrio Virgen Misionera, Norma Quintriqueo, de 58 años, contó que está sin " +
        "luz desde la madrugada. “Tengo la salamandra prendida y leña para dos días. " +
        "Después no sé qué voy a hacer”, dijo a Río Negro.",
      "La Cooperativa de Electricidad Bariloche (CEB) informó que unos 6.000 usuarios " +
        "estaban sin servicio por la caída de árboles sobre el tendido. “Las cuadrillas " +
        "no pueden llegar a algunos puntos por la acumulación de nieve”, señaló la " +
        "empresa.",
    ],
    quotes: [
      [
        "continuarán al menos hasta el miércoles, con ráfagas que podrán superar los 80 " +
          "kilómetros por hora",
        "El Servicio Meteorológico Nacional",
      ],
      [
        "Les pedimos que usen el auto solo si es imprescindible. Tenemos máquinas " +
          "trabajando desde las 4 de la mañana, pero la nieve no para",
        "Martín Lagos Urrutia",
      ],
      [
        "Son calles de tierra, con mucha pendiente. Vamos a llegar, pero va a llevar " + "tiempo",
        "Martín Lagos Urrutia",
      ],
      ["permanecerá cerrada hasta que las condiciones permitan un tránsito seguro", "Vialidad Nacional"],
      [
        "Tengo la salamandra prendida y leña para dos días. Después no sé qué voy a " + "hacer",
        "Norma Quintriqueo",
      ],
      [
        "Las cuadrillas no pueden llegar a algunos puntos por la acumulación de nieve",
        "La Cooperativa de Electricidad Bariloche",
      ],
    ],
  },
  {
    name:
      "Diario Las Américas, educación (comillas rectas): presidenta nombrada tras " +
      "«afirmó», «aseguró el funcionario», miembro de la junta tras «dijo», frase de " +
      "unos carteles (no cita), madre presentada antes que «contó», sindicato que " +
      "advierte «en un comunicado»",
    headline: "Junta Escolar de Miami-Dade aprueba ampliar programa bilingüe a 30 escuelas más",
    paragraphs: [
      "La Junta Escolar del condado Miami-Dade aprobó el miércoles, por seis votos " +
        "contra tres, extender a 30 escuelas primarias más el programa de inmersión en " +
        "dos idiomas, que hoy funciona en 82 planteles y atiende a unos 19.000 " +
        "estudiantes.",
      '"Ser bilingüe en esta ciudad no es un lujo, es una necesidad económica", afirmó ' +
        "la presidenta de la junta, Lourdes Castellanos Rivero, antes de la votación.",
      "El superintendente de Escuelas, Ernesto Villalobos Peña, explicó que la " +
        "ampliación costará unos 4,5 millones de dólares, que saldrán de fondos " +
        'estatales. "No vamos a tocar un centavo del presupuesto operativo", aseguró el ' +
        "funcionario.",
      "Los tres miembros que votaron en contra cuestionaron la falta de maestros " +
        'certificados. "Aprobamos programas en el papel y luego no tenemos quién los ' +
        'enseñe", dijo Patricia Howard Delgado, que representa al Distrito 2.',
      'Madres y padres que asistieron a la sesión portaban carteles con la frase "Dos ' +
        'idiomas, más futuro". Una de ellas, la venezolana Daniela Rojas, de 38 años, ' +
        'tiene a dos hijos en el programa de la escuela primaria Coral Way. "En casa ' +
        "hablamos español, pero yo quería que lo leyeran y lo escribieran bien. Eso aquí " +
        'lo están logrando", contó.',
      "El sindicato United Teachers of Dade respaldó la medida, aunque advirtió en un " +
        'comunicado que sin aumentos salariales "será imposible atraer a docentes ' +
        'bilingües certificados".',
    ],
    quotes: [
      ["Ser bilingüe en esta ciudad no es un lujo, es una necesidad económica", "Lourdes Castellanos Rivero"],
      ["No vamos a tocar un centavo del presupuesto operativo", "Ernesto Villalobos Peña"],
      ["Aprobamos programas en el papel y luego no tenemos quién los enseñe", "Patricia Howard Delgado"],
      [
        "En casa hablamos español, pero yo quería que lo leyeran y lo escribieran bien. " +
          "Eso aquí lo están logrando",
        "Daniela Rojas",
      ],
      ["será imposible atraer a docentes bilingües certificados", "United Teachers of Dade"],
    ],
  },
  {
    name:
      "Extra, sucesos: «Según el parte policial» con cita parcial, pasajero anónimo " +
      "tras la cita, coronel con «detalló el oficial» y luego apellido con dos puntos, " +
      "madre que «dijo la mujer», empresa que «aseguró» en un comunicado, «zona roja» " +
      "entre comillas (no cita)",
    todo: "the scare-quoted «zona roja» is taken as a quote",
    headline: "Asaltan un bus de la Metrovía y dejan a un pasajero herido en el sur de " + "Guayaquil",
    paragraphs: [
      "Dos hombres armados asaltaron la noche del domingo una unidad de la Metrovía en " +
        "la avenida 25 de Julio, en el sur de Guayaquil, y dispararon contra un pasajero " +
        "que se resistió a entregar su celular. La víctima, identificada como Kevin " +
        "Andrés Solórzano, de 24 años, fue trasladada al hospital Guayaquil con una " +
        "herida en el abdomen.",
      "Según el parte policial, los sospechosos subieron en la parada del Guasmo y " +
        "“amenazaron con armas de fuego a los 40 ocupantes de la unidad” antes de bajarse " +
        "dos cuadras más adelante.",
      "“Gritaban que nadie se moviera, que al que se moviera lo quemaban”, relató a " +
        "EXTRA un pasajero que viajaba en la parte trasera del articulado y que pidió no " +
        "ser identificado por temor a represalias.",
      "El jefe de la Subzona Guayas, coronel Fabián Cevallos Mora, informó que uno de " +
        "los asaltantes fue detenido horas después en la cooperativa Unión de Bananeros. " +
        "“Tenía en su poder el celular de la víctima y un arma de fabricación artesanal”, " +
        "detalló el oficial. Cevallos aseguró que ya se trabaja en la captura del segundo " +
        "implicado: “Está plenamente identificado. Es cuestión de horas”.",
      "Afuera del hospital, la madre del joven, Mariana Solórzano, pedía justicia entre " +
        "lágrimas. “Mi hijo venía de trabajar, de su turno en la bodega. No le hacía daño " +
        "a nadie”, dijo la mujer, quien contó que Kevin se iba a casar en marzo.",
      "La Metrovía, en un comunicado, lamentó lo ocurrido y aseguró que sus unidades " +
        "cuentan con cámaras de videovigilancia “que ya fueron puestas a disposición de " +
        "la Fiscalía”.",
      "Moradores del sector denuncian que la parada se ha convertido en una “zona roja” " +
        "desde hace meses y piden más patrullajes.",
    ],
    quotes: [
      ["amenazaron con armas de fuego a los 40 ocupantes de la unidad", "el parte policial"],
      ["Gritaban que nadie se moviera, que al que se moviera lo quemaban", "un pasajero"],
      [
        "Tenía en su poder el celular de la víctima y un arma de fabricación artesanal",
        "Fabián Cevallos Mora",
      ],
      ["Está plenamente identificado. Es cuestión de horas", "Fabián Cevallos Mora"],
      ["Mi hijo venía de trabajar, de su turno en la bodega. No le hacía daño a nadie", "Mariana Solórzano"],
      ["que ya fueron puestas a disposición de la Fiscalía", "La Metrovía"],
    ],
  },
]);
