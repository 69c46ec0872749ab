// A thirty-third round of composed Spanish news articles, in the styles of outlets and beats the first
// thirty-two rounds did not use: Tal Cual (the opposition walks out of a Caracas municipal council vote,
// Venezuela), Plaza Pública (a former mayor sent to trial over a phantom road contract, Guatemala), La
// Tribuna de Cuenca (the last cobbler of the old town retires), Metro Libre (a new bus route to Panamá
// Norte, Panamá, straight quotation marks), Leonoticias (a Cultural Leonesa home win), Canarias Ahora
// (tonnes of microplastic on a Fuerteventura beach), El Sol de México (a measles outbreak in a Chihuahua
// shelter, México), The Clinic (a Valparaíso band's first album, Chile), El Periódico de la Energía (a
// solar developer's results in Extremadura) and El Diario NY (a bilingual charter school closes in the
// Bronx, straight quotation marks).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Tal Cual, política: titular con cita parcial de la concejala nombrada solo en el cuerpo y " +
      "repetida en él, cita con «denunció» invertido, segunda cita partida por «agregó», " +
      "presidente del concejo con dos puntos, comunicado del partido con «según», apodo de la " +
      "ordenanza (no cita)",
    headline: "Oposición abandona el Concejo de Chacao: “Esto es un trámite, no un debate”",
    paragraphs: [
      "Los cinco concejales de la oposición abandonaron este jueves la sesión del Concejo " +
        "Municipal de Chacao antes de la votación de la nueva ordenanza de espacios públicos, " +
        "conocida en los pasillos como la “ley de las aceras”.",
      "“Esto es un trámite, no un debate”, denunció la concejala Mariela Contreras Ávila al " +
        "levantarse de su curul. “Nos entregaron el texto a las once de la noche”, agregó, “y " +
        "pretenden que lo votemos a las nueve de la mañana”.",
      "El presidente del Concejo, Gustavo Rangel, defendió el procedimiento: “El proyecto estuvo " +
        "tres semanas en la comisión. Quien no lo leyó fue porque no quiso”.",
      "Según un comunicado de la fracción opositora, la ordenanza “criminaliza a los buhoneros” y " +
        "deja en manos de la alcaldía la potestad de retirar mercancía “sin orden de ningún " +
        "tipo”.",
      "La ordenanza fue aprobada con los siete votos restantes y entrará en vigor en treinta días.",
    ],
    quotes: [
      ["Esto es un trámite, no un debate", "Mariela Contreras Ávila"],
      ["Nos entregaron el texto a las once de la noche", "Mariela Contreras Ávila"],
      ["y pretenden que lo votemos a las nueve de la mañana", "Mariela Contreras Ávila"],
      [
        "El proyecto estuvo tres semanas en la comisión. Quien no lo leyó fue porque no quiso",
        "Gustavo Rangel",
      ],
      ["criminaliza a los buhoneros", "un comunicado de la fracción opositora"],
      ["sin orden de ningún tipo", "un comunicado de la fracción opositora"],
    ],
  },
  {
    name:
      "Plaza Pública, tribunales: jueza con «resolvió que» y cita parcial, fiscal con dos puntos y " +
      "cita que sigue en el párrafo siguiente, defensor con «alegó» invertido, dos hombres en un " +
      "párrafo, vecino anónimo con «dijo», nombre del caso y de la carretera (no citas)",
    headline: "Exalcalde de San Pedro Carchá irá a juicio por una carretera que nunca se construyó",
    paragraphs: [
      "La jueza Ana Lucía Coy Pop resolvió que existen indicios suficientes para llevar a juicio " +
        "al exalcalde de San Pedro Carchá Edgar Humberto Caal Maquín, señalado de pagar 4,2 " +
        "millones de quetzales por un tramo de terracería que, de acuerdo con la fiscalía, “solo " +
        "existe en los papeles”.",
      "El fiscal Rolando Chub expuso ante el juzgado: “Hay estimaciones firmadas, hay fotos de " +
        "maquinaria y hay actas de recepción. Lo único que no hay es carretera.",
      "“Fuimos a la aldea con un perito y encontramos el mismo camino de lodo que estaba en 2019”.",
      "“Mi patrocinado firmó lo que le presentó la dirección de obras, no es ingeniero”, alegó su " +
        "abogado, Marvin Tut. El exfuncionario escuchó la resolución sin hacer declaraciones, " +
        "mientras Chub recogía sus documentos.",
      "En la aldea Sesaquiquib, donde debía pasar la llamada “carretera del progreso”, un " +
        "vecino dijo a Plaza Pública que nadie vio nunca una máquina: “Aquí el camino lo " +
        "arreglamos nosotros con piocha”. El caso, bautizado “Terracería Fantasma”, es el tercero " +
        "contra exalcaldes de Alta Verapaz este año.",
    ],
    quotes: [
      ["solo existe en los papeles", "la fiscalía"],
      [
        "Hay estimaciones firmadas, hay fotos de maquinaria y hay actas de recepción. Lo único que " +
          "no hay es carretera.",
        "Rolando Chub",
      ],
      [
        "Fuimos a la aldea con un perito y encontramos el mismo camino de lodo que estaba en 2019",
        "Rolando Chub",
      ],
      ["Mi patrocinado firmó lo que le presentó la dirección de obras, no es ingeniero", "Marvin Tut"],
      ["Aquí el camino lo arreglamos nosotros con piocha", "un vecino"],
    ],
  },
  {
    name:
      "La Tribuna de Cuenca, vida local: cita sin verbo tras presentar al zapatero, «recuerda» " +
      "invertido, referencia por la edad («el zapatero de 81 años»), hija con «cuenta» y cita " +
      "parcial, cita partida por «bromea», concejala con «asegura que», nombre del local (no cita)",
    headline: "Echa el cierre el último zapatero del Casco Antiguo",
    standfirst: "Julián Martínez Saiz deja el taller de la calle Alfonso VIII tras 62 años de oficio",
    paragraphs: [
      "Julián Martínez Saiz colgará el mandil el próximo 31 de diciembre. El taller “Calzados " +
        "Martínez”, en la calle Alfonso VIII, ha sido durante más de seis décadas el único sitio " +
        "del Casco Antiguo donde poner unas medias suelas. «Aquí han pasado tres obispos y media " +
        "ciudad. A todos les he visto los pies».",
      "«Empecé con catorce años, de aprendiz de mi tío, y me pagaban con un bocadillo», recuerda " +
        "el zapatero de 81 años, que ya no encuentra quien le suba el material por la cuesta.",
      "Su hija, Pilar Martínez, cuenta que le han ofrecido traspasar el local, pero que su padre " +
        "quiere que lo que venga después sea «algo del barrio, no otra tienda de imanes».",
      "«Yo me jubilo», bromea Martínez, «pero las botas de los vecinos no».",
      "La concejala de Comercio, Rocío Lozano, asegura que el Ayuntamiento estudia ayudas para " +
        "oficios tradicionales en el Casco: «No podemos permitir que la parte alta se quede solo " +
        "con apartamentos turísticos».",
    ],
    quotes: [
      ["Aquí han pasado tres obispos y media ciudad. A todos les he visto los pies", "Julián Martínez Saiz"],
      [
        "Empecé con catorce años, de aprendiz de mi tío, y me pagaban con un bocadillo",
        "Julián Martínez Saiz",
      ],
      ["algo del barrio, no otra tienda de imanes", "Pilar Martínez"],
      ["Yo me jubilo", "Julián Martínez Saiz"],
      ["pero las botas de los vecinos no", "Julián Martínez Saiz"],
      ["No podemos permitir que la parte alta se quede solo con apartamentos turísticos", "Rocío Lozano"],
    ],
  },
  {
    name:
      "Metro Libre, transporte (comillas rectas): empresa MiBus con «informó» y cita parcial, " +
      "gerente con dos puntos, usuaria con «dijo» invertido y pronombre, dos usuarias en un " +
      "párrafo, ministro con «de acuerdo con», nombre de la ruta (no cita)",
    headline: 'Nueva ruta "Panamá Norte Express" arranca el lunes',
    paragraphs: [
      'MiBus informó que la ruta "Panamá Norte Express" comenzará a operar el lunes con 24 ' +
        'buses articulados y una frecuencia "de siete minutos en hora pico".',
      'El gerente de operaciones de MiBus, Rodrigo Batista, explicó: "La idea es que la gente de ' +
        'Las Cumbres y Chilibre llegue a la estación de Los Andes sin hacer trasbordo".',
      "Yariela Pinzón, vecina de Alcalde Díaz, y su compañera de trabajo Idania Ríos esperaban el " +
        'bus en la parada de la Transístmica. "Yo salgo de mi casa a las cuatro y media para llegar ' +
        'a las siete", dijo Pinzón. Ella espera que la nueva ruta le ahorre al menos una hora.',
      "De acuerdo con el ministro de Obras Públicas, Abdiel Caballero, el carril exclusivo estará " +
        'listo "antes de que termine el año".',
      "La tarifa será de 1,25 dólares, la misma que en el resto del sistema.",
    ],
    quotes: [
      ["de siete minutos en hora pico", "MiBus"],
      [
        "La idea es que la gente de Las Cumbres y Chilibre llegue a la estación de Los Andes sin " +
          "hacer trasbordo",
        "Rodrigo Batista",
      ],
      ["Yo salgo de mi casa a las cuatro y media para llegar a las siete", "Yariela Pinzón"],
      ["antes de que termine el año", "Abdiel Caballero"],
    ],
  },
  {
    name:
      "Leonoticias, deporte: entrenador con «reconoció» tras la cita y referencia como «el técnico», " +
      "goleador con «señaló» invertido y cita partida, capitán con dos puntos, club en un " +
      "comunicado con cita parcial, apodo del jugador y nombre de la jornada (no citas)",
    headline: "La Cultural tumba al líder en el Reino de León con un gol de Bravo",
    paragraphs: [
      "La Cultural y Deportiva Leonesa ganó 1-0 al Racing de Ferrol en un Reino de León con " +
        "9.400 espectadores gracias a un cabezazo de Iker Bravo, al que la grada ya llama «el " +
        "Tanque», en el minuto 71.",
      "«Hemos sufrido muchísimo en la primera parte, no lo voy a negar», reconoció Raúl Llona " +
        "en sala de prensa. El técnico añadió que el cambio de sistema tras el descanso «dio la " +
        "vuelta al partido».",
      "«Llevaba tres jornadas sin marcar», señaló Bravo, «y eso a un delantero le come la " + "cabeza».",
      "El capitán, Sergio Maestre, quiso repartir el mérito: «Esto es de los veintidós, y de la " +
        "gente, que hoy ha empujado como nunca».",
      "El club anunció en un comunicado que el próximo partido en casa será el de la " +
        "“Jornada de la Afición”, con entradas a cinco euros, para agradecer a la grada su " +
        "“apoyo incondicional en los momentos difíciles”.",
    ],
    quotes: [
      ["Hemos sufrido muchísimo en la primera parte, no lo voy a negar", "Raúl Llona"],
      ["dio la vuelta al partido", "Raúl Llona"],
      ["Llevaba tres jornadas sin marcar", "Iker Bravo"],
      ["y eso a un delantero le come la cabeza", "Iker Bravo"],
      ["Esto es de los veintidós, y de la gente, que hoy ha empujado como nunca", "Sergio Maestre"],
      ["apoyo incondicional en los momentos difíciles", "El club"],
    ],
  },
  {
    name:
      "Canarias Ahora, medio ambiente: informe de la universidad con «según» y cita parcial, " +
      "investigadora con dos puntos y pronombre, dos mujeres en un párrafo, cita sin verbo, " +
      "voluntario anónimo con «comenta», nombre del proyecto y de la playa (no citas)",
    headline: "Once kilos de microplásticos por metro cuadrado en una playa de Fuerteventura",
    paragraphs: [
      "Según el informe de la Universidad de Las Palmas de Gran Canaria (ULPGC), la playa de " +
        "Cofete acumula en la línea de marea alta concentraciones de microplásticos «entre las " +
        "más altas registradas en el Atlántico».",
      "La investigadora Alicia Herrera Ulibarri, que dirige el proyecto «Plastic Busters " +
        "Macaronesia», lo explicó sin rodeos: «No es basura que tira la gente aquí. Llega con la " +
        "corriente de Canarias desde todo el Atlántico Norte». Ella y su compañera May Gómez " +
        "llevan diez años midiendo la misma playa.",
      "«Cada año hay más pellets, y son más pequeños». Gómez teme que acaben en la cadena " +
        "alimentaria de las pardelas.",
      "«Te agachas y la arena brilla, parece confeti», comenta un voluntario de la limpieza " +
        "del domingo, que retiró con otros cuarenta vecinos 300 kilos de residuos.",
      "El Cabildo de Fuerteventura anunció que pedirá al Ministerio que incluya el caso en la " +
        "estrategia estatal de residuos.",
    ],
    quotes: [
      [
        "entre las más altas registradas en el Atlántico",
        "el informe de la Universidad de Las Palmas de Gran Canaria",
      ],
      [
        "No es basura que tira la gente aquí. Llega con la corriente de Canarias desde todo el " +
          "Atlántico Norte",
        "Alicia Herrera Ulibarri",
      ],
      ["Cada año hay más pellets, y son más pequeños", "May Gómez"],
      ["Te agachas y la arena brilla, parece confeti", "un voluntario de la limpieza del domingo"],
    ],
  },
  {
    name:
      "El Sol de México, salud: secretaría estatal en un comunicado con cita parcial, " +
      "epidemiólogo con «advirtió» invertido y cita sobre dos párrafos, directora del albergue " +
      "con dos puntos, madre anónima con «relató», nombre de la campaña (no cita)",
    headline: "Brote de sarampión en albergue de Ciudad Juárez suma 17 casos",
    paragraphs: [
      "La Secretaría de Salud de Chihuahua confirmó en un comunicado 17 casos de sarampión en un " +
        "albergue para migrantes de Ciudad Juárez y aseguró que la situación está “bajo " +
        "control epidemiológico”.",
      "“El sarampión no es una enfermedad leve. Un solo caso contagia hasta a 18 personas no " +
        "vacunadas”, advirtió el epidemiólogo Héctor Armando Villalobos.",
      "“Por eso el cerco vacunal debe cerrarse esta misma semana, en el albergue y en las " +
        "colonias de alrededor”.",
      "La directora del albergue, Leticia Ochoa Barraza, pidió calma: “Los niños enfermos están " +
        "aislados y ninguno ha requerido hospitalización”.",
      "Una madre hondureña que viaja con tres hijos relató que su hija menor tuvo fiebre cuatro " +
        "días: “Yo pensé que era gripa”. Las autoridades mantienen activa la campaña “Vacúnate, " +
        "Juárez” en 40 módulos de la ciudad.",
    ],
    quotes: [
      ["bajo control epidemiológico", "La Secretaría de Salud de Chihuahua"],
      [
        "El sarampión no es una enfermedad leve. Un solo caso contagia hasta a 18 personas no " + "vacunadas",
        "Héctor Armando Villalobos",
      ],
      [
        "Por eso el cerco vacunal debe cerrarse esta misma semana, en el albergue y en las " +
          "colonias de alrededor",
        "Héctor Armando Villalobos",
      ],
      ["Los niños enfermos están aislados y ninguno ha requerido hospitalización", "Leticia Ochoa Barraza"],
      ["Yo pensé que era gripa", "Una madre hondureña"],
    ],
  },
  {
    name:
      "The Clinic, cultura: título del disco y de una canción (no citas), cantante con «cuenta» " +
      "invertido, bajista con «dice» y cita parcial, dos hombres en un párrafo, " +
      "baterista por su apellido con dos " +
      "puntos, sello con «según» sin cita, vocalista por su apellido con «adelanta»",
    headline: "Los Cerros Tristes debutan con un disco grabado en una casona de Playa Ancha",
    paragraphs: [
      "“Ascensor Polanco” se llama el primer disco de Los Cerros Tristes, el cuarteto de " +
        "Valparaíso que en dos años pasó de tocar en bares del barrio Puerto a llenar la Sala SCD.",
      "“Lo grabamos en la casa de mi abuela, con los micrófonos colgando de las vigas”, cuenta " +
        "la vocalista, Javiera Orellana Pizarro. “Se escuchan hasta las gaviotas”.",
      "El bajista Tomás Vergara y el baterista Nicolás Fuentes escribieron juntos “Subida " +
        "Cumming”, el single. Vergara dice que la canción nació “de una pelea por el último " +
        "trolebús”.",
      "Fuentes, el menor del grupo, lo cuenta de otra forma: “Tomás quería irse a pie y yo " +
        "no. Perdí yo, y de esa caminata salió el coro”.",
      "Según el sello Quemasucabeza, la primera edición en vinilo, de 500 copias, se agotó en " +
        "dos días. La banda presentará el disco el 14 de marzo en el Teatro Municipal de " +
        "Valparaíso. “Va a ser como tocar en el living de la casa, pero con mil personas”, " +
        "adelanta Orellana.",
    ],
    quotes: [
      [
        "Lo grabamos en la casa de mi abuela, con los micrófonos colgando de las vigas",
        "Javiera Orellana Pizarro",
      ],
      ["Se escuchan hasta las gaviotas", "Javiera Orellana Pizarro"],
      ["de una pelea por el último trolebús", "Tomás Vergara"],
      ["Tomás quería irse a pie y yo no. Perdí yo, y de esa caminata salió el coro", "Nicolás Fuentes"],
      ["Va a ser como tocar en el living de la casa, pero con mil personas", "Javiera Orellana Pizarro"],
    ],
  },
  {
    name:
      "El Periódico de la Energía, negocios: consejero delegado con «afirma» invertido y cita " +
      "partida, cuentas de la empresa con «según», analista anónimo con «apunta», directora " +
      "financiera con dos puntos, Junta en una nota con cita parcial, «zanjó» con apellido y cita " +
      "sin verbo a continuación, nombre del parque (no cita)",
    headline: "Solaria Extremeña gana un 41% más y acelera el almacenamiento en baterías",
    paragraphs: [
      "Solaria Extremeña cerró los nueve primeros meses del año con un beneficio neto de 38,6 " +
        "millones de euros, un 41% más, impulsado por la entrada en operación del parque " +
        "fotovoltaico «Guadiana III», en Don Benito.",
      "«Los precios en horas solares ya no nos preocupan tanto como hace un año», afirma su " +
        "consejero delegado, Fernando Barrantes Gil. «La clave es guardar la energía y venderla " +
        "por la noche».",
      "Según las cuentas remitidas a la CNMV, la compañía prevé invertir 120 millones en " +
        "baterías hasta 2028. La directora financiera, Elena Sayago, lo resumió así: «Cada " +
        "megavatio hora que almacenamos vale el doble que el que vertemos a mediodía».",
      "Un analista de una gestora madrileña apunta que el plan es «ambicioso pero financiable» " +
        "con la deuda actual.",
      "La Junta de Extremadura, por su parte, sostuvo en una nota que la región necesita " +
        "«almacenamiento a gran escala» para no desperdiciar la producción de los parques " +
        "solares.",
      "«No vamos a pedir ayudas públicas para esto», zanjó Barrantes. «Los números salen solos».",
    ],
    quotes: [
      ["Los precios en horas solares ya no nos preocupan tanto como hace un año", "Fernando Barrantes Gil"],
      ["La clave es guardar la energía y venderla por la noche", "Fernando Barrantes Gil"],
      ["Cada megavatio hora que almacenamos vale el doble que el que vertemos a mediodía", "Elena Sayago"],
      ["ambicioso pero financiable", "Un analista de una gestora madrileña"],
      ["almacenamiento a gran escala", "La Junta de Extremadura"],
      ["No vamos a pedir ayudas públicas para esto", "Fernando Barrantes Gil"],
      ["Los números salen solos", "Fernando Barrantes Gil"],
    ],
  },
  {
    name:
      "El Diario NY, educación (comillas rectas): departamento en una carta con cita parcial, " +
      "madre con «dijo» tras la cita y referencia como «la madre de dos», director con dos puntos, " +
      "concejala con «aseguró» invertido, lema de una pancarta (no cita)",
    headline: "Cierra escuela chárter bilingüe en el Bronx y 300 familias buscan cupo",
    paragraphs: [
      "La escuela chárter Puentes Academy, en Mott Haven, cerrará en junio tras perder su " +
        "licencia. En una carta a las familias, el Departamento de Educación dijo que la escuela " +
        '"no cumplió con las metas académicas" de su contrato.',
      '"Mi hijo aprendió a leer en dos idiomas aquí. Ahora no sé a dónde mandarlo", dijo Rosa ' +
        "Almonte, dominicana. La madre de dos agregó que ya la rechazaron en otras dos escuelas.",
      'El director, Luis Ortega Rivera, defendió el trabajo de los maestros: "Nuestros alumnos ' +
        'llegan sin hablar inglés. No se nos puede medir con la misma vara".',
      '"Vamos a pedir una audiencia pública antes del cierre", aseguró la concejala Amanda ' +
        'Farías. Frente a la escuela, los padres colgaron una pancarta que decía "Salven ' +
        'Puentes".',
      "Según la oficina de escuelas chárter del Departamento, las familias afectadas tendrán " +
        "prioridad en el proceso de admisión de la primavera.",
    ],
    quotes: [
      ["no cumplió con las metas académicas", "el Departamento de Educación"],
      ["Mi hijo aprendió a leer en dos idiomas aquí. Ahora no sé a dónde mandarlo", "Rosa Almonte"],
      [
        "Nuestros alumnos llegan sin hablar inglés. No se nos puede medir con la misma vara",
        "Luis Ortega Rivera",
      ],
      ["Vamos a pedir una audiencia pública antes del cierre", "Amanda Farías"],
    ],
  },
]);
