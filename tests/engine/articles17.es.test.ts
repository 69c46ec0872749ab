// A seventeenth round of composed Spanish news articles, in the styles of outlets and beats the first
// sixteen rounds did not use: Diario de Ibiza (a cap on hire cars voted by the Consell d'Eivissa), Zeta
// Tijuana (a municipal police officer sent to trial for extorting migrants, México), Líbero (an Alianza
// Lima volleyball semifinal, Perú), El Español (a Galician cannery's results and a plant in Morocco), El
// Nuevo Diario (leptospirosis cases after the rains, República Dominicana), El Litoral (a documentary on
// Alto Verde's fishermen premieres in Santa Fe, Argentina), Mongabay Latam (jaguars on camera traps north
// of La Paz, Bolivia), 14ymedio (a downpour floods Centro Habana, Cuba), Diario del Huila (Saber 11
// results, Colombia, straight quotation marks) and El Carabobeño (a car-sale scam gang caught in
// Valencia, Venezuela).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Diario de Ibiza, política local: cita del titular repetida en el cuerpo, conseller con " +
      "«resumió» y segunda cita sin verbo, portavoz con cita parcial y «según la consellera», " +
      "presidente de una patronal con cita parcial y dos puntos, informe técnico que " +
      "«advierte», lema de una campaña (no cita)",
    todo:
      "a partial quote after «Según la consellera,» keeps the description instead of the " +
      "named spokeswoman",
    headline: "El Consell limitará la entrada de coches de alquiler: «No cabemos todos en la isla»",
    paragraphs: [
      "El pleno del Consell d'Eivissa aprobó este jueves, con los votos del PP y la " +
        "abstención de Vox, la ordenanza que limitará a 16.000 los vehículos de alquiler que " +
        "podrán circular por la isla entre junio y septiembre.",
      "«No cabemos todos en la isla», resumió el conseller de Movilidad, Vicent Ribas Prats, " +
        "durante la defensa de la norma. «Cada verano entran más coches de los que nuestras " +
        "carreteras pueden absorber y eso lo pagan los residentes en atascos».",
      "La portavoz socialista, Elena López Guasch, votó en contra y acusó al equipo de " +
        "gobierno de legislar «tarde y mal». Según la consellera, la ordenanza «deja fuera a " +
        "las flotas de las empresas que ya tienen permisos hasta 2028».",
      "Desde la Asociación de Empresas de Alquiler de Vehículos de Ibiza (Aevib), su " +
        "presidente, Toni Costa Bonet, avisó de que el sector «estudia recurrir la ordenanza en " +
        "los tribunales» y lamentó que el Consell no haya escuchado a las empresas: «Nos han " +
        "tratado como si fuéramos el problema, cuando damos trabajo a 1.200 personas».",
      "La campaña «Eivissa, a poc a poc», que el Consell lanzó el pasado verano para fomentar " +
        "el transporte público, se reforzará con 40 autobuses más en las líneas de Sant Antoni " +
        "y Santa Eulària.",
      "El informe técnico que acompaña a la ordenanza estima que en agosto circulan por las " +
        "carreteras de la isla hasta 90.000 vehículos y advierte de que la red viaria «opera " +
        "por encima de su capacidad durante diez semanas al año».",
    ],
    quotes: [
      ["No cabemos todos en la isla", "Vicent Ribas Prats"],
      [
        "Cada verano entran más coches de los que nuestras carreteras pueden absorber y eso lo " +
          "pagan los residentes en atascos",
        "Vicent Ribas Prats",
      ],
      ["tarde y mal", "Elena López Guasch"],
      ["deja fuera a las flotas de las empresas que ya tienen permisos hasta 2028", "Elena López Guasch"],
      ["estudia recurrir la ordenanza en los tribunales", "Toni Costa Bonet"],
      [
        "Nos han tratado como si fuéramos el problema, cuando damos trabajo a 1.200 personas",
        "Toni Costa Bonet",
      ],
      ["opera por encima de su capacidad durante diez semanas al año", "El informe técnico"],
    ],
  },
  {
    name:
      "Zeta Tijuana, tribunales: cita de la entradilla repetida en el cuerpo, testigo anónima " +
      "descrita por su origen y edad con «declaró la testigo», juez con «señaló el juzgador», " +
      "abogado con dos citas parciales, secretaría en un comunicado, lema de una pancarta (no " +
      "cita), activista con cita parcial seguida de dos puntos",
    headline: "Vinculan a proceso a policía municipal acusado de extorsionar a migrantes",
    standfirst: "“Les quitaba hasta el último peso”, declaró una de las víctimas ante el juez",
    paragraphs: [
      "Un juez de control del Sistema Penal Acusatorio vinculó a proceso a Ramiro Esquivel " +
        "Ontiveros, agente de la Policía Municipal de Tijuana, por el delito de extorsión " +
        "agravada en contra de al menos siete migrantes centroamericanos en la Zona Norte de la " +
        "ciudad.",
      "Durante la audiencia, celebrada el martes en el edificio del Poder Judicial en la Zona " +
        "Río, una mujer hondureña de 34 años relató por videoconferencia cómo el agente la " +
        "detuvo en tres ocasiones. “Les quitaba hasta el último peso”, declaró la testigo, " +
        "quien pidió que no se revelara su nombre. “Nos decía que si no pagábamos nos iba a " +
        "entregar a Migración”.",
      "El juez Óscar Alberto Medina Lugo consideró que la Fiscalía General del Estado aportó " +
        "datos de prueba suficientes y le impuso prisión preventiva justificada. “Existe un " +
        "riesgo razonable de que el imputado intimide a las víctimas, que son personas en " +
        "situación de vulnerabilidad”, señaló el juzgador.",
      "La defensa del agente, a cargo del abogado Jesús Manuel Araiza, sostuvo que las " +
        "acusaciones “no tienen sustento” y que su cliente “siempre actuó conforme al " +
        "protocolo”.",
      "En un comunicado, la Secretaría de Seguridad y Protección Ciudadana Municipal informó " +
        "que el elemento fue suspendido desde octubre y que “no se tolerará ningún abuso contra " +
        "la población migrante”.",
      "Activistas de la Coalición Pro Defensa del Migrante acudieron a las afueras del " +
        "edificio con pancartas que decían “Migrar no es delito”. Su coordinador, Julián " +
        "Sandoval Ruiz, dijo a ZETA que el caso “es apenas la punta del iceberg”: “Recibimos " +
        "denuncias de extorsión policial todas las semanas, pero casi nadie se atreve a " +
        "declarar”.",
      "El juez fijó un plazo de tres meses para el cierre de la investigación complementaria.",
    ],
    quotes: [
      ["Les quitaba hasta el último peso", "una mujer hondureña de 34 años"],
      ["Nos decía que si no pagábamos nos iba a entregar a Migración", "una mujer hondureña de 34 años"],
      [
        "Existe un riesgo razonable de que el imputado intimide a las víctimas, que son " +
          "personas en situación de vulnerabilidad",
        "Óscar Alberto Medina Lugo",
      ],
      ["no tienen sustento", "Jesús Manuel Araiza"],
      ["siempre actuó conforme al protocolo", "Jesús Manuel Araiza"],
      [
        "no se tolerará ningún abuso contra la población migrante",
        "la Secretaría de Seguridad y Protección Ciudadana Municipal",
      ],
      ["es apenas la punta del iceberg", "Julián Sandoval Ruiz"],
      [
        "Recibimos denuncias de extorsión policial todas las semanas, pero casi nadie se atreve " +
          "a declarar",
        "Julián Sandoval Ruiz",
      ],
    ],
  },
  {
    name:
      "Líbero, vóley: jugadora con «dijo la atacante íntima», entrenador con dos puntos y " +
      "luego «el estratega» con cita delante y apellido detrás, capitana rival con «reconoció " +
      "la central» y cita parcial, frase de una bandera (no cita)",
    headline: "¡Alianza Lima a la final! Venció 3-1 a Regatas y va por el bicampeonato",
    paragraphs: [
      "Alianza Lima se impuso 3-1 (25-21, 22-25, 25-19, 25-17) a Regatas Lima en el tercer " +
        "partido de la semifinal de la Liga Nacional Superior de Vóley y se clasificó a la " +
        "final, donde enfrentará a San Martín. El coliseo Eduardo Dibós lució repleto.",
      "La opuesta Ariana Vásquez Loayza fue la figura del partido con 24 puntos. “Sabíamos " +
        "que Regatas iba a salir con todo, pero nosotras teníamos más hambre”, dijo la atacante " +
        "íntima al término del encuentro.",
      "El entrenador blanquiazul, el brasileño Paulo Renato Siqueira, destacó la reacción de " +
        "su equipo tras perder el segundo set: “Nos desordenamos en la recepción y Regatas lo " +
        "aprovechó. En el vestuario hablamos poco, solo pedí calma”.",
      "Consultado sobre la final, el estratega fue cauto. “San Martín es el rival más " +
        "completo del torneo. Si no sacamos bien, no tenemos ninguna chance”, advirtió " +
        "Siqueira.",
      "En la vereda de enfrente, la capitana de Regatas, Daniela Chumpitaz Ríos, no ocultó su " +
        "decepción. “Dejamos todo en la cancha, pero hoy no nos alcanzó”, reconoció la central, " +
        "quien adelantó que el equipo “ya piensa en el Sudamericano de Clubes”.",
      "En las tribunas, la barra aliancista desplegó una bandera con la frase “Las reinas del " +
        "Dibós”, y al final del partido los hinchas corearon el nombre de Vásquez.",
      "La final, al mejor de tres partidos, comenzará el sábado a las 6 p. m.",
    ],
    quotes: [
      [
        "Sabíamos que Regatas iba a salir con todo, pero nosotras teníamos más hambre",
        "Ariana Vásquez Loayza",
      ],
      [
        "Nos desordenamos en la recepción y Regatas lo aprovechó. En el vestuario hablamos " +
          "poco, solo pedí calma",
        "Paulo Renato Siqueira",
      ],
      [
        "San Martín es el rival más completo del torneo. Si no sacamos bien, no tenemos ninguna " + "chance",
        "Paulo Renato Siqueira",
      ],
      ["Dejamos todo en la cancha, pero hoy no nos alcanzó", "Daniela Chumpitaz Ríos"],
      ["ya piensa en el Sudamericano de Clubes", "Daniela Chumpitaz Ríos"],
    ],
  },
  {
    name:
      "El Español, economía: cita parcial de la entradilla repetida en el cuerpo, consejero " +
      "delegado con cita partida por «insistió el directivo», sindicalista con verbo en " +
      "presente y nombre detrás, compañía en su nota de resultados, director financiero con " +
      "verbo antepuesto, analista anónimo con dos citas parciales, marca entre comillas (no " +
      "cita)",
    headline: "Conservas Ría de Arousa gana un 18 % más y abrirá una planta en Marruecos",
    standfirst:
      "La conservera gallega vendió 412 millones en 2025. Su consejero delegado asegura que " +
      "la fábrica de Agadir «no resta empleo en Galicia»",
    paragraphs: [
      "Conservas Ría de Arousa cerró 2025 con un beneficio neto de 31,4 millones de euros, un " +
        "18 % más que el año anterior, impulsado por las exportaciones a Estados Unidos y " +
        "Oriente Medio, según las cuentas que la compañía remitió este martes a la Comisión " +
        "Nacional del Mercado de Valores (CNMV).",
      "El consejero delegado, Xabier Otero Lemos, explicó en una conferencia con analistas " +
        "que la nueva planta de Agadir, con una inversión de 45 millones, servirá para procesar " +
        "sardina y caballa para el mercado africano. La fábrica marroquí «no resta empleo en " +
        "Galicia», insistió el directivo, «porque todo lo que hacemos allí es volumen que hoy " +
        "no podemos atender desde aquí».",
      "Los sindicatos no lo ven igual. «Primero se abre una planta fuera y luego se cierra " +
        "una línea aquí; ya lo hemos visto en otras conserveras», advierte Carmen Piñeiro " +
        "Vidal, secretaria de la federación de industria de CC OO en Pontevedra.",
      "La compañía subrayó en su nota de resultados que la plantilla en España creció en 2025 " +
        "hasta 2.310 trabajadores y que la empresa «mantiene intacto su compromiso con las rías " +
        "gallegas».",
      "El margen bruto se estrechó, sin embargo, por el encarecimiento del aceite de oliva y " +
        "de la hojalata. «El aceite nos ha costado casi el doble que hace dos años», reconoció " +
        "el director financiero, Ignacio Barreiro Couto.",
      "Un analista de una gestora madrileña que sigue el valor considera que la expansión " +
        "«tiene sentido industrial», aunque avisa de que «Marruecos no será barato si el dírham " +
        "sigue apreciándose».",
      "La acción subió un 2,3 % en la sesión. La marca «Arousa Gourmet», lanzada el año " +
        "pasado, ya supone el 12 % de las ventas del grupo.",
    ],
    quotes: [
      ["no resta empleo en Galicia", "Xabier Otero Lemos"],
      [
        "porque todo lo que hacemos allí es volumen que hoy no podemos atender desde aquí",
        "Xabier Otero Lemos",
      ],
      [
        "Primero se abre una planta fuera y luego se cierra una línea aquí; ya lo hemos visto " +
          "en otras conserveras",
        "Carmen Piñeiro Vidal",
      ],
      ["mantiene intacto su compromiso con las rías gallegas", "La compañía"],
      ["El aceite nos ha costado casi el doble que hace dos años", "Ignacio Barreiro Couto"],
      ["tiene sentido industrial", "Un analista de una gestora madrileña"],
      ["Marruecos no será barato si el dírham sigue apreciándose", "Un analista de una gestora madrileña"],
    ],
  },
  {
    name:
      "El Nuevo Diario, salud: viceministro con cita delante y «pidió», luego apellido con " +
      "cita parcial, epidemióloga con dos puntos y cita de dos frases, vecina con «se quejó» " +
      "y nombre detrás, colegio médico en un comunicado con dos citas parciales, nombre de " +
      "una jornada (no cita)",
    headline: "Salud Pública reporta 46 casos de leptospirosis tras las lluvias",
    paragraphs: [
      "El Ministerio de Salud Pública informó este miércoles que suman 46 los casos " +
        "sospechosos de leptospirosis y cuatro las muertes probables tras las lluvias de las " +
        "últimas dos semanas, la mayoría en Santo Domingo Norte y San Cristóbal.",
      "“No caminen descalzos en aguas estancadas ni dejen que los niños jueguen en los " +
        "charcos”, pidió el viceministro de Salud Colectiva, Eladio Pérez Mejía, durante la " +
        "rueda de prensa semanal. El funcionario explicó que la bacteria se transmite por la " +
        "orina de ratas y de otros animales.",
      "Pérez Mejía dijo que los hospitales “están preparados” y que el ministerio distribuyó " +
        "doxiciclina en las provincias más afectadas.",
      "La epidemióloga Yudelka Rosario Almonte, del Hospital Docente Padre Billini, advirtió " +
        "que muchos pacientes llegan tarde: “La gente piensa que es una gripe o un dengue y se " +
        "queda en la casa tres o cuatro días. Cuando llegan, ya tienen los riñones " +
        "comprometidos”.",
      "En el barrio La Ciénaga, donde el río Ozama se desbordó, los vecinos denuncian que la " +
        "basura sigue acumulada. “Aquí nadie ha venido a recoger nada, los ratones se pasean " +
        "como si fueran dueños”, se quejó Ramona Castillo, comerciante de 58 años.",
      "El Colegio Médico Dominicano (CMD), por su parte, emitió un comunicado en el que " +
        "sostiene que el brote “era previsible” y reclama “una política de saneamiento que no " +
        "dependa de la temporada ciclónica”.",
      "El ministerio anunció además que reforzará la jornada “Barrio limpio, barrio sano” en " +
        "30 sectores del Gran Santo Domingo.",
    ],
    quotes: [
      [
        "No caminen descalzos en aguas estancadas ni dejen que los niños jueguen en los charcos",
        "Eladio Pérez Mejía",
      ],
      ["están preparados", "Eladio Pérez Mejía"],
      [
        "La gente piensa que es una gripe o un dengue y se queda en la casa tres o cuatro días. " +
          "Cuando llegan, ya tienen los riñones comprometidos",
        "Yudelka Rosario Almonte",
      ],
      ["Aquí nadie ha venido a recoger nada, los ratones se pasean como si fueran dueños", "Ramona Castillo"],
      ["era previsible", "El Colegio Médico Dominicano"],
      [
        "una política de saneamiento que no dependa de la temporada ciclónica",
        "El Colegio Médico Dominicano",
      ],
    ],
  },
  {
    name:
      "El Litoral, cultura: cita del titular repetida en el cuerpo con «dice» y apellido, " +
      "segunda cita sin verbo, pescador con «se ríe el pescador» tras «Don», productor con " +
      "«Para X,» y cita parcial, músico con «explicó el músico», jurado con cita parcial, " +
      "título de un documental (no cita)",
    todo: "«Quería que se escucharan las voces del lugar,…» goes to Martín Echagüe, not Franco Godoy",
    headline: "“El río nos enseñó a mirar”: Alto Verde llega a la pantalla grande",
    paragraphs: [
      "El documental “Costa adentro”, de la directora santafesina Lucía Bertolini Gaitán, se " +
        "estrenará el jueves en el Cine América con una función gratuita para los vecinos de " +
        "Alto Verde, el barrio costero donde se filmó durante tres años.",
      "“El río nos enseñó a mirar”, dice Bertolini en diálogo con El Litoral. “Cuando " +
        "llegamos teníamos un guion, y a la semana lo tiramos: la gente del barrio nos fue " +
        "mostrando qué había que contar”.",
      "La película sigue a tres generaciones de una familia de pescadores, los Maidana, y su " +
        "lucha por sostener el oficio frente a la bajante del Paraná. Don Aurelio Maidana, de " +
        "79 años, es el corazón del film. “Yo no sé de cine, sé de redes y de surubíes”, se ríe " +
        "el pescador, que verá la película por primera vez el jueves.",
      "Para el productor Martín Echagüe, el documental “habla de Santa Fe más que cualquier " +
        "discurso”. El proyecto recibió apoyo del Instituto Nacional de Cine y Artes " +
        "Audiovisuales (Incaa) y del Ministerio de Cultura provincial.",
      "La música original es de Franco Godoy, que grabó con un coro de chicos de la escuela " +
        "del barrio. “Quería que se escucharan las voces del lugar, no una orquesta de afuera”, " +
        "explicó el músico.",
      "Antes de llegar a Santa Fe, “Costa adentro” pasó por el Festival de Mar del Plata, " +
        "donde el jurado destacó “la delicadeza con que la cámara se acerca a sus personajes”.",
    ],
    quotes: [
      ["El río nos enseñó a mirar", "Lucía Bertolini Gaitán"],
      [
        "Cuando llegamos teníamos un guion, y a la semana lo tiramos: la gente del barrio nos " +
          "fue mostrando qué había que contar",
        "Lucía Bertolini Gaitán",
      ],
      ["Yo no sé de cine, sé de redes y de surubíes", "Aurelio Maidana"],
      ["habla de Santa Fe más que cualquier discurso", "Martín Echagüe"],
      ["Quería que se escucharan las voces del lugar, no una orquesta de afuera", "Franco Godoy"],
      ["la delicadeza con que la cámara se acerca a sus personajes", "el jurado"],
    ],
  },
  {
    name:
      "Mongabay Latam, ciencia: biólogo con «afirma» en presente y nombre detrás con su " +
      "cargo, luego apellido y cita con «añade» sin sujeto, estudio que «advierte» con cita " +
      "parcial, coautora con «dice la investigadora», servicio público que responde por " +
      "escrito, nombre tradicional de un animal (no cita)",
    headline: "Cámaras trampa registran 23 jaguares en un corredor del norte de La Paz",
    paragraphs: [
      "Un equipo de biólogos bolivianos identificó a 23 jaguares (Panthera onca) distintos en " +
        "un corredor de bosque de 600 kilómetros cuadrados entre el Parque Nacional Madidi y la " +
        "Reserva de la Biosfera Pilón Lajas, según un estudio publicado en la revista Oryx.",
      "Los investigadores instalaron 84 cámaras trampa durante 14 meses y reconocieron a cada " +
        "animal por el patrón único de sus manchas. “Es una de las densidades más altas que se " +
        "han registrado en la Amazonía boliviana”, afirma el biólogo Rodrigo Quispe Mamani, " +
        "autor principal del trabajo e investigador del Instituto de Ecología de la Universidad " +
        "Mayor de San Andrés (UMSA).",
      "Quispe explica que cuatro de las hembras fotografiadas iban acompañadas de crías, lo " +
        "que indica que la población se reproduce. “Eso nos dice que el corredor no es solo un " +
        "lugar de paso: los jaguares están viviendo y criando aquí”, añade.",
      "El estudio advierte, sin embargo, de que las dragas de la minería aurífera en el río " +
        "Tuichi se encuentran a menos de 20 kilómetros del área muestreada y de que la " +
        "deforestación asociada podría “fragmentar el corredor en menos de una década”.",
      "La coautora Silvia Ticona Flores, de la Wildlife Conservation Society (WCS), señala " +
        "que el problema no es solo la pérdida de bosque. “El mercurio entra en los ríos, en " +
        "los peces y en los animales que se alimentan de ellos. El jaguar está en la cima de " +
        "esa cadena”, dice la investigadora.",
      "Consultado por Mongabay Latam, el Servicio Nacional de Áreas Protegidas (Sernap) " +
        "respondió por escrito que “se han intensificado los patrullajes” en la zona, pero no " +
        "precisó cuántos guardaparques trabajan en el corredor.",
      "En las comunidades tacanas de la zona, al jaguar se le llama “el dueño del monte”, un " +
        "nombre que, según los investigadores, refleja el respeto con que se convive con el " +
        "felino.",
    ],
    quotes: [
      [
        "Es una de las densidades más altas que se han registrado en la Amazonía boliviana",
        "Rodrigo Quispe Mamani",
      ],
      [
        "Eso nos dice que el corredor no es solo un lugar de paso: los jaguares están viviendo " +
          "y criando aquí",
        "Rodrigo Quispe Mamani",
      ],
      ["fragmentar el corredor en menos de una década", "El estudio"],
      [
        "El mercurio entra en los ríos, en los peces y en los animales que se alimentan de " +
          "ellos. El jaguar está en la cima de esa cadena",
        "Silvia Ticona Flores",
      ],
      ["se han intensificado los patrullajes", "el Servicio Nacional de Áreas Protegidas"],
    ],
  },
  {
    name:
      "14ymedio, temporal: vecina con «cuenta a 14ymedio» y nombre detrás, segunda cita que " +
      "acaba en pregunta, instituto citado por su sigla que «pronosticó», inspector anónimo " +
      "con dos citas parciales, arquitecto con cita parcial y luego «lamenta» sin sujeto, " +
      "lema irónico (no cita)",
    headline: "Un aguacero de cuatro horas inunda Centro Habana y derrumba dos balcones",
    paragraphs: [
      "Un fuerte aguacero que descargó más de 120 milímetros en cuatro horas inundó este " +
        "lunes varias calles de Centro Habana y provocó el derrumbe parcial de dos balcones en " +
        "la calle San Lázaro, sin que se reportaran víctimas, según el Instituto de " +
        "Meteorología (Insmet).",
      "«El agua me llegó a las rodillas dentro de la casa», cuenta a 14ymedio Yaquelín " +
        "Despaigne, vecina de la calle Perseverancia, mientras saca con un cubo el fango de su " +
        "sala. «Perdí el colchón y el refrigerador, que era lo único que tenía de valor. ¿Quién " +
        "me repone eso?».",
      "El Insmet explicó en su perfil de Facebook que el fenómeno se debió a una línea de " +
        "tormentas asociada a un frente frío y pronosticó «lluvias de fuerte intensidad en el " +
        "occidente del país hasta el miércoles».",
      "Un inspector de la Dirección de Vivienda municipal, que prefirió no dar su nombre, " +
        "reconoció que en el barrio hay más de 300 inmuebles con «peligro de derrumbe» y que " +
        "«no hay materiales para apuntalarlos todos».",
      "El arquitecto Orlando Fuentes Vidal, que ha estudiado durante años el deterioro del " +
        "fondo habitacional habanero, sostiene que cada temporada de lluvias es «una ruleta». " +
        "«La gente sabe que su balcón se puede caer, pero no tiene a dónde ir. El Estado les " +
        "dice que esperen, y llevan esperando desde los años 90», lamenta.",
      "En redes sociales, varios usuarios compartieron videos de autos flotando en la calzada " +
        "de Infanta bajo el lema irónico «La Habana, ciudad maravilla», en alusión a la campaña " +
        "oficial que promocionó la capital en 2016.",
      "Las autoridades de la Defensa Civil no ofrecieron declaraciones a este diario.",
    ],
    quotes: [
      ["El agua me llegó a las rodillas dentro de la casa", "Yaquelín Despaigne"],
      [
        "Perdí el colchón y el refrigerador, que era lo único que tenía de valor. ¿Quién me " + "repone eso?",
        "Yaquelín Despaigne",
      ],
      [
        "lluvias de fuerte intensidad en el occidente del país hasta el miércoles",
        "el Instituto de Meteorología",
      ],
      ["peligro de derrumbe", "Un inspector de la Dirección de Vivienda municipal"],
      ["no hay materiales para apuntalarlos todos", "Un inspector de la Dirección de Vivienda municipal"],
      ["una ruleta", "Orlando Fuentes Vidal"],
      [
        "La gente sabe que su balcón se puede caer, pero no tiene a dónde ir. El Estado les " +
          "dice que esperen, y llevan esperando desde los años 90",
        "Orlando Fuentes Vidal",
      ],
    ],
  },
  {
    name:
      "Diario del Huila, educación (comillas rectas): secretaria con cita delante y cargo y " +
      "nombre detrás, luego «resumió» sin sujeto, rector con dos puntos, sindicato con «Para " +
      "X,» y luego «El sindicato» en un comunicado, estudiante con «dijo la joven», nombre de " +
      "un programa (no cita)",
    headline: "Huila mejoró en las Pruebas Saber 11, pero sigue por debajo del promedio nacional",
    paragraphs: [
      "Los colegios del Huila obtuvieron un puntaje promedio de 248 en las Pruebas Saber 11 " +
        "de 2025, cuatro puntos más que el año anterior, pero todavía por debajo de la media " +
        "nacional de 254, según los resultados publicados por el Instituto Colombiano para la " +
        "Evaluación de la Educación (Icfes).",
      '"Es un avance, pero no podemos celebrar mientras la brecha entre lo urbano y lo rural ' +
        'siga siendo tan grande", afirmó la secretaria de Educación departamental, Luz Dary ' +
        "Cerquera Trujillo. Según la funcionaria, los colegios rurales del sur del departamento " +
        "obtuvieron en promedio 19 puntos menos que los de Neiva.",
      'La secretaria atribuyó la mejora al programa "Huila Aprende", que el año pasado llevó ' +
        'tutores a 120 instituciones. "Donde hubo tutores, subimos. Donde no llegamos, nos ' +
        'quedamos igual", resumió.',
      "El mejor resultado del departamento fue para el colegio Santa Librada de Neiva. Su " +
        "rector, Hernán Darío Perdomo, dijo que los estudiantes se prepararon con simulacros " +
        'cada quince días: "Aquí no hay fórmulas mágicas. Hay muchachos que madrugan y ' +
        'profesores que se quedan después de clase".',
      'Para la Asociación de Educadores del Huila (ADIH), los resultados reflejan "el ' +
        'esfuerzo de los docentes, no de la Gobernación". El sindicato reclamó en un comunicado ' +
        'que "en 40 sedes rurales los niños todavía reciben clase sin conexión a internet".',
      "Valentina Tovar Charry, estudiante de La Plata que obtuvo 412 puntos, el puntaje más " +
        "alto del Huila, contó que estudiaba con guías impresas porque en su vereda la señal es " +
        'intermitente. "Mi mamá me decía que estudiar era mi forma de salir adelante, y le ' +
        'creí", dijo la joven, que aspira a estudiar Medicina en la Universidad Surcolombiana.',
    ],
    quotes: [
      [
        "Es un avance, pero no podemos celebrar mientras la brecha entre lo urbano y lo rural " +
          "siga siendo tan grande",
        "Luz Dary Cerquera Trujillo",
      ],
      ["Donde hubo tutores, subimos. Donde no llegamos, nos quedamos igual", "Luz Dary Cerquera Trujillo"],
      [
        "Aquí no hay fórmulas mágicas. Hay muchachos que madrugan y profesores que se quedan " +
          "después de clase",
        "Hernán Darío Perdomo",
      ],
      ["el esfuerzo de los docentes, no de la Gobernación", "la Asociación de Educadores del Huila"],
      [
        "en 40 sedes rurales los niños todavía reciben clase sin conexión a internet",
        "la Asociación de Educadores del Huila",
      ],
      ["Mi mamá me decía que estudiar era mi forma de salir adelante, y le creí", "Valentina Tovar Charry"],
    ],
  },
  {
    name:
      "El Carabobeño, sucesos: comisario presentado con cargo, nombre de una banda y palabra " +
      "entre comillas (no citas), dos citas con «detalló el comisario» y sin verbo, víctima " +
      "anónima con «relató el hombre», abogada con dos citas parciales, Ministerio Público en " +
      "X con cita parcial",
    todo:
      "«Eran los ahorros de cuatro años. Me mandaron …» goes to un docente, not un docente de 45 " +
      "años; «apartar» taken for a quote",
    headline:
      "Desmantelan banda que estafaba con falsas ventas de carros por redes sociales en " + "Valencia",
    paragraphs: [
      "Funcionarios del Cuerpo de Investigaciones Científicas, Penales y Criminalísticas " +
        "(Cicpc) desmantelaron una banda que estafaba a compradores de vehículos mediante " +
        "falsas publicaciones en redes sociales y detuvieron a cinco personas en los municipios " +
        "Valencia, Naguanagua y San Diego.",
      "El jefe de la delegación municipal Valencia del Cicpc, comisario Henry José Aponte " +
        "Rivas, informó que la banda, autodenominada “Los Vendedores”, publicaba fotos de " +
        "carros que no le pertenecían y pedía un adelanto en divisas para “apartar” el " +
        "vehículo.",
      "“Se hacían pasar por vendedores particulares y citaban a las víctimas en " +
        "estacionamientos de centros comerciales, pero nunca aparecían”, detalló el comisario. " +
        "“Cuando la víctima reclamaba, la bloqueaban y abrían otra cuenta”.",
      "Según el funcionario, al menos 38 personas denunciaron haber sido estafadas, con " +
        "pérdidas que superan los 60.000 dólares.",
      "Una de las víctimas, un docente de 45 años residenciado en Los Guayos, contó a El " +
        "Carabobeño que transfirió 1.500 dólares para reservar una camioneta. “Eran los ahorros " +
        "de cuatro años. Me mandaron hasta una foto de los papeles del carro”, relató el " +
        "hombre, quien pidió reserva de su identidad.",
      "Entre los detenidos figura una mujer de 29 años, señalada como la encargada de abrir " +
        "las cuentas bancarias. Su abogada, Marbelys Rangel Ochoa, aseguró a las puertas de la " +
        "sede policial que su defendida “no sabía para qué se usaban esas cuentas” y que " +
        "“también fue engañada”.",
      "El Ministerio Público informó en su cuenta de X que los detenidos serán presentados " +
        "ante un tribunal de control por los delitos de estafa agravada y asociación para " +
        "delinquir, y exhortó a la población a “no realizar pagos por adelantado sin verificar " +
        "la existencia del vehículo”.",
    ],
    quotes: [
      [
        "Se hacían pasar por vendedores particulares y citaban a las víctimas en " +
          "estacionamientos de centros comerciales, pero nunca aparecían",
        "Henry José Aponte Rivas",
      ],
      ["Cuando la víctima reclamaba, la bloqueaban y abrían otra cuenta", "Henry José Aponte Rivas"],
      [
        "Eran los ahorros de cuatro años. Me mandaron hasta una foto de los papeles del carro",
        "un docente de 45 años",
      ],
      ["no sabía para qué se usaban esas cuentas", "Marbelys Rangel Ochoa"],
      ["también fue engañada", "Marbelys Rangel Ochoa"],
      ["no realizar pagos por adelantado sin verificar la existencia del vehículo", "El Ministerio Público"],
    ],
  },
]);
