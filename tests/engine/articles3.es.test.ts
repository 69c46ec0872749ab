// A third round of composed Spanish news articles, written before the engine was run on them, in the
// styles of outlets and beats the first two rounds did not use: the EFE wire, La Vanguardia (Catalan
// politics), El Comercio (Perú), Milenio (the Mexican president's morning briefing), a BBC Mundo
// interview, Marca (football press room), eldiario.es (health and unions) and El Confidencial
// (business). Every article is written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name: "EFE, cable: ha declarado a EFE, ha indicado en un comunicado, el delegado, una portavoz",
    headline: "Llegan 312 migrantes a El Hierro en cuatro cayucos en menos de 24 horas",
    paragraphs: [
      "Santa Cruz de Tenerife, 14 oct (EFE).- Un total de 312 personas, entre ellas 41 menores, han " +
        "llegado a la isla de El Hierro a bordo de cuatro cayucos entre la tarde del domingo y la " +
        "mañana de este lunes, según ha informado Salvamento Marítimo.",
      "El delegado del Gobierno en Canarias, Anselmo Pestana, ha declarado a EFE que la situación " +
        "en el puerto de La Restinga es «de máxima tensión» y que los recursos «están al límite».",
      "«Necesitamos que el resto de comunidades asuman ya a los menores, no dentro de un mes», ha " +
        "añadido Pestana.",
      "Una portavoz de Cruz Roja ha explicado a EFE que dos de los ocupantes fueron trasladados al " +
        "hospital con síntomas de deshidratación, aunque «ninguno reviste gravedad».",
      "El Cabildo de El Hierro ha indicado en un comunicado que el centro de acogida temporal de la " +
        "isla «triplica su capacidad» y ha pedido al Ministerio del Interior «una respuesta " +
        "inmediata».",
      "El presidente del Cabildo, Alpidio Armas, ha lamentado que la isla lleve «meses sola». " +
        "«Aquí la gente se vuelca, pero no podemos más», ha dicho a los periodistas en el muelle.",
      "En lo que va de año han llegado a Canarias por vía marítima 30.421 personas, un 12 % más que " +
        "en el mismo periodo de 2025, según datos del Ministerio del Interior.",
    ],
    quotes: [
      ["de máxima tensión", "Anselmo Pestana"],
      ["están al límite", "Anselmo Pestana"],
      [
        "Necesitamos que el resto de comunidades asuman ya a los menores, no dentro de un mes",
        "Anselmo Pestana",
      ],
      ["ninguno reviste gravedad", "Una portavoz de Cruz Roja"],
      ["triplica su capacidad", "El Cabildo de El Hierro"],
      ["una respuesta inmediata", "El Cabildo de El Hierro"],
      ["meses sola", "Alpidio Armas"],
      ["Aquí la gente se vuelca, pero no podemos más", "Alpidio Armas"],
    ],
  },
  {
    name: "La Vanguardia, política catalana: ha asegurado el conseller, el Govern, el Parlament, replicó",
    headline: "El Govern aprueba el decreto de sequía: «Es la peor situación en un siglo»",
    paragraphs: [
      "El Govern aprobó este martes un decreto que limita el consumo de agua a 200 litros por " +
        "habitante y día en 202 municipios del área metropolitana de Barcelona y Girona.",
      "«Es la peor situación en un siglo y no podemos esperar a que llueva», ha asegurado el " +
        "conseller de Acción Climática, David Mascort, en la rueda de prensa posterior al Consell " +
        "Executiu.",
      "Mascort ha precisado que las multas para los ayuntamientos que superen el límite " +
        "«no son el objetivo», sino «el último recurso».",
      "La portavoz del Govern, Sílvia Paneque, ha defendido que el Ejecutivo ha actuado «con " +
        "anticipación» y ha anunciado que el decreto se convalidará en el Parlament la próxima " +
        "semana.",
      "Desde la oposición, el presidente del grupo de Junts, Albert Batet, ha acusado al Govern de " +
        "«improvisar». «Llevamos tres años avisando de que había que invertir en desalinizadoras», " +
        "ha afirmado en el Parlament.",
      "La alcaldesa de Sabadell, Marta Farrés, considera que los municipios «no pueden pagar la " +
        "falta de previsión de otros». «Nosotros hemos hecho los deberes», subraya.",
      "Los pantanos catalanes están al 16 % de su capacidad, según la Agència Catalana de l'Aigua.",
    ],
    quotes: [
      // The headline repeats part of the conseller's words: they are still his (GUIDELINES.md).
      ["Es la peor situación en un siglo", "David Mascort"],
      ["Es la peor situación en un siglo y no podemos esperar a que llueva", "David Mascort"],
      ["no son el objetivo", "David Mascort"],
      ["el último recurso", "David Mascort"],
      ["con anticipación", "Sílvia Paneque"],
      ["improvisar", "Albert Batet"],
      ["Llevamos tres años avisando de que había que invertir en desalinizadoras", "Albert Batet"],
      ["no pueden pagar la falta de previsión de otros", "Marta Farrés"],
      ["Nosotros hemos hecho los deberes", "Marta Farrés"],
    ],
  },
  {
    name: "El Comercio, Perú: el premier, el Congreso, una fuente de Palacio, el vocero de bancada",
    headline: "Premier responde al Congreso: “No vamos a renunciar por una moción”",
    paragraphs: [
      "El presidente del Consejo de Ministros, Gustavo Adrianzén, descartó ayer dejar el cargo pese " +
        "a la moción de censura que presentaron cuatro bancadas del Congreso.",
      "“No vamos a renunciar por una moción que tiene fines políticos. El Gabinete está cumpliendo”, " +
        "afirmó el premier tras la sesión del Consejo de Ministros en Palacio de Gobierno.",
      "El vocero de la bancada de Fuerza Popular, Fernando Rospigliosi, sostuvo que la moción " +
        "“ya tiene los votos”. “El premier ha perdido la confianza del país”, declaró a la prensa " +
        "en el hemiciclo.",
      "Una fuente de Palacio consultada por El Comercio señaló que la presidenta “respalda al premier” " +
        "y que no se evalúan cambios en el Gabinete.",
      "La congresista Ruth Luque, de la bancada Cambio Democrático, calificó la gestión de " +
        "Adrianzén como “un fracaso en seguridad ciudadana”.",
      "Para el politólogo Fernando Tuesta, la moción “es más un mensaje al Ejecutivo que un intento " +
        "real de censura”. “Al Congreso le conviene un premier débil”, explicó.",
    ],
    quotes: [
      ["No vamos a renunciar por una moción", "Gustavo Adrianzén"],
      [
        "No vamos a renunciar por una moción que tiene fines políticos. El Gabinete está cumpliendo",
        "Gustavo Adrianzén",
      ],
      ["ya tiene los votos", "Fernando Rospigliosi"],
      ["El premier ha perdido la confianza del país", "Fernando Rospigliosi"],
      ["respalda al premier", "Una fuente de Palacio"],
      ["un fracaso en seguridad ciudadana", "Ruth Luque"],
      ["es más un mensaje al Ejecutivo que un intento real de censura", "Fernando Tuesta"],
      ["Al Congreso le conviene un premier débil", "Fernando Tuesta"],
    ],
  },
  {
    name: "Milenio, la mañanera: la presidenta aseveró, puntualizó, el secretario, cuestionada sobre",
    headline: "Sheinbaum rechaza injerencia de EU: “México no es colonia de nadie”",
    paragraphs: [
      "La presidenta Claudia Sheinbaum rechazó este miércoles cualquier intervención de fuerzas " +
        "estadunidenses en territorio nacional para combatir a los cárteles.",
      "“México no es colonia de nadie. Colaboramos, pero no nos subordinamos”, aseveró la mandataria " +
        "en su conferencia matutina en Palacio Nacional.",
      "Cuestionada sobre las declaraciones del senador republicano Tom Cotton, quien propuso " +
        "bombardear laboratorios de droga en Sinaloa, la presidenta puntualizó que su gobierno " +
        "“no va a responder a provocaciones”.",
      "En la mañanera, el secretario de Seguridad, Omar García Harfuch, presentó un informe según el " +
        "cual los homicidios dolosos bajaron 24 por ciento. “Son resultados, no discursos”, dijo el " +
        "funcionario.",
      "Desde el Senado, la coordinadora de la bancada del PAN, Lilly Téllez, acusó al gobierno de " +
        "“maquillar las cifras”.",
      "“Los mexicanos viven con miedo y la presidenta habla de otro país”, escribió la legisladora " +
        "en sus redes sociales.",
    ],
    quotes: [
      ["México no es colonia de nadie", "Claudia Sheinbaum"],
      ["México no es colonia de nadie. Colaboramos, pero no nos subordinamos", "Claudia Sheinbaum"],
      ["no va a responder a provocaciones", "Claudia Sheinbaum"],
      ["Son resultados, no discursos", "Omar García Harfuch"],
      ["maquillar las cifras", "Lilly Téllez"],
      ["Los mexicanos viven con miedo y la presidenta habla de otro país", "Lilly Téllez"],
    ],
  },
  {
    name: "BBC Mundo, entrevista: le dijo a BBC Mundo, preguntas y respuestas sin comillas, la autora",
    headline: "“El desierto de Atacama guarda la memoria del planeta”: la científica que busca vida en Marte",
    standfirst:
      "La astrobióloga chilena Cristina Dorador lleva dos décadas estudiando los microbios del " +
      "desierto más seco del mundo.",
    paragraphs: [
      "“El desierto de Atacama guarda la memoria del planeta, y también nos da pistas sobre otros " +
        "planetas”, le dijo a BBC Mundo la investigadora de la Universidad de Antofagasta.",
      "Dorador, que acaba de publicar el libro “Hablemos de microbios”, advierte que la minería de " +
        "litio amenaza ecosistemas que apenas se conocen.",
      "¿Por qué Atacama es tan importante para la astrobiología?",
      "Porque es lo más parecido a Marte que tenemos en la Tierra. Si encontramos vida aquí, en " +
        "suelos casi sin agua, podemos saber dónde buscarla allá.",
      "¿Qué le preocupa de la expansión del litio?",
      "Que estamos destruyendo lo que no hemos terminado de estudiar. Los salares son únicos.",
      "La ministra chilena de Minería, Aurora Williams, ha defendido que la estrategia nacional del " +
        "litio incluye “los más altos estándares ambientales”.",
      "Pero para Dorador eso no basta. “Los estándares se escriben en Santiago, pero los salares " +
        "están aquí”, insiste.",
    ],
    quotes: [
      ["El desierto de Atacama guarda la memoria del planeta", "Cristina Dorador"],
      [
        "El desierto de Atacama guarda la memoria del planeta, y también nos da pistas sobre otros planetas",
        "Cristina Dorador",
      ],
      ["los más altos estándares ambientales", "Aurora Williams"],
      ["Los estándares se escriben en Santiago, pero los salares están aquí", "Cristina Dorador"],
    ],
  },
  {
    name: "Marca, fútbol: en sala de prensa, el míster, el presidente del club, el capitán en zona mixta",
    todo: "the nickname “El Cholo” is not linked to Simeone",
    headline: "Simeone: «Este equipo no se rinde nunca»",
    paragraphs: [
      "El Atlético remontó ante el Sevilla (3-2) en un final de infarto en el Metropolitano y se " +
        "coloca tercero a dos puntos del Barça.",
      "«Este equipo no se rinde nunca. Estábamos muertos y la gente nos levantó», dijo Diego Pablo " +
        "Simeone en sala de prensa.",
      "El Cholo no quiso hablar del árbitro, pese al penalti no señalado en la primera parte: «De " +
        "eso que hablen otros. Yo hablo de mis futbolistas».",
      "Koke, autor del tercer gol, atendió a los medios en zona mixta. «El míster nos dijo en el " +
        "descanso que confiáramos. Y confiamos», explicó el capitán.",
      "En el Sevilla, el enfado era evidente. El presidente del club, José María del Nido Carrasco, " +
        "denunció que al equipo le «han robado dos puntos».",
      "«Vamos a pedir explicaciones al Comité Técnico de Árbitros», anunció el dirigente a la " +
        "salida del palco.",
      "Su técnico, García Pimienta, fue más comedido: «Hemos perdido por nuestros errores».",
    ],
    quotes: [
      ["Este equipo no se rinde nunca", "Diego Pablo Simeone"],
      ["Este equipo no se rinde nunca. Estábamos muertos y la gente nos levantó", "Diego Pablo Simeone"],
      ["De eso que hablen otros. Yo hablo de mis futbolistas", "Diego Pablo Simeone"],
      ["El míster nos dijo en el descanso que confiáramos. Y confiamos", "Koke"],
      ["han robado dos puntos", "José María del Nido Carrasco"],
      ["Vamos a pedir explicaciones al Comité Técnico de Árbitros", "José María del Nido Carrasco"],
      ["Hemos perdido por nuestros errores", "García Pimienta"],
    ],
  },
  {
    name: "eldiario.es, sanidad: según fuentes del Ministerio, sindicatos, la consejera, una enfermera",
    headline: "Los médicos convocan huelga indefinida contra el Estatuto Marco",
    paragraphs: [
      "Los sindicatos médicos han convocado una huelga indefinida a partir del 9 de diciembre " +
        "contra el borrador del Estatuto Marco que prepara el Ministerio de Sanidad.",
      "El secretario general de la Confederación Estatal de Sindicatos Médicos (CESM), Víctor " +
        "Pedrera, ha explicado que el texto «perpetúa las guardias de 24 horas» y que los médicos " +
        "«están hartos de ser los únicos que no tienen un estatuto propio».",
      "Según fuentes del Ministerio, la negociación «sigue abierta» y el departamento de Mónica " +
        "García confía en alcanzar un acuerdo antes de la fecha de la huelga.",
      "El sindicato de enfermería SATSE no se suma a la convocatoria. Su presidente, Manuel " +
        "Cascos, cree que el estatuto «supone avances para el conjunto de profesionales».",
      "La consejera de Sanidad de la Comunidad de Madrid, Fátima Matute, ha pedido al Gobierno que " +
        "«escuche a los médicos» y ha avisado de que la huelga «colapsará la atención primaria».",
      "En el centro de salud de Vallecas, una enfermera que prefiere no dar su nombre resume el " +
        "ambiente: «Aquí todos estamos al límite, médicos y enfermeras».",
    ],
    quotes: [
      ["perpetúa las guardias de 24 horas", "Víctor Pedrera"],
      ["están hartos de ser los únicos que no tienen un estatuto propio", "Víctor Pedrera"],
      ["sigue abierta", "fuentes del Ministerio"],
      ["supone avances para el conjunto de profesionales", "Manuel Cascos"],
      ["escuche a los médicos", "Fátima Matute"],
      ["colapsará la atención primaria", "Fátima Matute"],
      ["Aquí todos estamos al límite, médicos y enfermeras", "una enfermera"],
    ],
  },
  {
    name: "El Confidencial, empresas: explican fuentes de la compañía, analistas, el consejero delegado",
    headline: "Telefónica prepara un ERE para 3.000 empleados tras el nuevo plan estratégico",
    paragraphs: [
      "Telefónica negociará con los sindicatos un expediente de regulación de empleo que afectará a " +
        "unos 3.000 trabajadores en España, según ha podido saber este diario.",
      "«El plan exige una estructura más ágil y la salida se hará con prejubilaciones voluntarias», " +
        "explican fuentes de la compañía, que descartan despidos forzosos.",
      "El consejero delegado, Marc Murtra, adelantó en la presentación del plan que el grupo " +
        "quiere ser «más pequeño en geografías y más grande en escala».",
      "Los analistas de Bernstein consideran que el ajuste «era cuestión de tiempo» y elevan el " +
        "precio objetivo de la acción hasta los 5,2 euros.",
      "Desde CCOO, su responsable en Telefónica, Ana Cruz, advierte de que el sindicato no firmará " +
        "«ningún ERE con salidas no voluntarias». «Ya hemos visto esta película», añade.",
      "La acción cerró la sesión con una subida del 2,1 % en el Ibex 35.",
    ],
    quotes: [
      [
        "El plan exige una estructura más ágil y la salida se hará con prejubilaciones voluntarias",
        "fuentes de la compañía",
      ],
      ["más pequeño en geografías y más grande en escala", "Marc Murtra"],
      ["era cuestión de tiempo", "Los analistas de Bernstein"],
      ["ningún ERE con salidas no voluntarias", "Ana Cruz"],
      ["Ya hemos visto esta película", "Ana Cruz"],
    ],
  },
]);
