// An eighth round of composed Spanish news articles, written before the engine was run on them, in the
// styles of outlets and beats the first seven rounds did not use: El Mercurio (the opposition and the
// pension reform in Chile), Diario de Navarra (a hit-and-run sentence), La Razón (growth forecasts),
// Diario de Yucatán (potholes in a Mérida neighbourhood), El Nuevo Día (an influenza alert in Puerto
// Rico), Diario Sur (a Málaga draw), Ideal (Lorca drawings at the Alhambra), El Universo (a swell floods
// Salinas and Playas), Animal Político (identifications from a mass grave in Jalisco) and Perfil (a
// plastic-eating bacterium found in Patagonia).
// Every article is written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "El Mercurio, política: titular con cita y verbo final, «sostuvo el senador», pronombre tras nueva " +
      "sujeta, partido que dice",
    todo:
      "a partial quote after «Su correligionaria, la diputada X, fue más allá: a su juicio» keeps the " +
      "earlier speaker of the same surname",
    headline: "“No vamos a votar a ciegas”: la oposición condiciona el apoyo a la reforma de pensiones",
    paragraphs: [
      "La bancada de Renovación Nacional anunció ayer que no respaldará en general el proyecto de reforma " +
        "previsional mientras el Ejecutivo no entregue el informe financiero actualizado de la Dirección " +
        "de Presupuestos.",
      "“No vamos a votar a ciegas. Queremos ver los números antes de comprometer el ahorro de millones de " +
        "trabajadores”, sostuvo el senador Andrés Larraín Cox, jefe de la bancada, al salir de la reunión " +
        "de comités.",
      "La ministra del Trabajo, Carolina Vergara, respondió horas más tarde desde La Moneda. Dijo que el " +
        "informe “está listo y será enviado esta semana” y acusó a la oposición de buscar excusas. " +
        "“Llevamos dos años conversando. A estas alturas, pedir más tiempo es simplemente no querer la " +
        "reforma”, afirmó.",
      "El senador Larraín replicó que su sector ha presentado indicaciones “en cada una de las etapas” y " +
        "que el Gobierno las ha ignorado. Su correligionaria, la diputada María José Larraín, fue más " +
        "allá: a su juicio, el Ejecutivo “confunde diálogo con imposición”.",
      "En tanto, la Confederación de la Producción y del Comercio (CPC) pidió en una declaración “un " +
        "acuerdo amplio y de largo plazo” y advirtió que un alza de la cotización sin gradualidad " +
        "afectaría el empleo formal.",
      "La votación en la Sala del Senado está fijada para el próximo martes.",
    ],
    quotes: [
      ["No vamos a votar a ciegas", "Andrés Larraín Cox"],
      [
        "No vamos a votar a ciegas. Queremos ver los números antes de comprometer el ahorro de millones de " +
          "trabajadores",
        "Andrés Larraín Cox",
      ],
      ["está listo y será enviado esta semana", "Carolina Vergara"],
      [
        "Llevamos dos años conversando. A estas alturas, pedir más tiempo es simplemente no querer la " +
          "reforma",
        "Carolina Vergara",
      ],
      ["en cada una de las etapas", "Andrés Larraín Cox"],
      ["confunde diálogo con imposición", "María José Larraín"],
      ["un acuerdo amplio y de largo plazo", "la Confederación de la Producción y del Comercio"],
    ],
  },
  {
    name:
      "Diario de Navarra, tribunales: sentencia que dice, fiscal con cargo, abogado tras la cita, acusado " +
      "de 34 años, «según el tribunal»",
    headline:
      "La Audiencia condena a cuatro años de prisión al hombre que atropelló a un ciclista en Tafalla",
    standfirst:
      "El tribunal considera probado que el conductor «circulaba bajo los efectos del alcohol» y se dio a " +
      "la fuga.",
    paragraphs: [
      "La Audiencia Provincial de Navarra ha condenado a cuatro años y medio de prisión a J.M.A., de 34 " +
        "años y vecino de Olite, por atropellar mortalmente a un ciclista de 61 años en la carretera " +
        "NA-132 en mayo de 2024 y abandonar el lugar sin auxiliarle.",
      "La sentencia, a la que ha tenido acceso este periódico, considera probado que el conductor " +
        "«circulaba bajo los efectos del alcohol» y a una velocidad «manifiestamente inadecuada» para una " +
        "vía con curvas y sin arcén. Según el tribunal, el acusado «tuvo plena conciencia de haber " +
        "golpeado a una persona».",
      "Durante el juicio, celebrado a principios de mes, la fiscal del caso, Itziar Goñi Echeverría, " +
        "mantuvo que la huida agravaba la conducta. «No estamos ante un despiste. Estamos ante alguien que " +
        "decidió marcharse mientras un hombre se desangraba en la cuneta», dijo en su informe final.",
      "«Mi cliente está profundamente arrepentido y así lo ha manifestado desde el primer día», declaró " +
        "ayer a este diario su abogado, Javier Urdiáin, que estudia recurrir la condena ante el Tribunal " +
        "Superior de Justicia de Navarra.",
      "La familia de la víctima, representada por el letrado Fermín Ibarrola, se mostró satisfecha con el " +
        "fallo. «Nada nos devuelve a Luis, pero al menos se ha reconocido lo que pasó», señaló su hija, " +
        "Ainhoa Sola.",
      "Además de la pena de prisión, el condenado no podrá conducir vehículos a motor durante seis años y " +
        "deberá indemnizar a la familia con 180.000 euros.",
    ],
    quotes: [
      ["circulaba bajo los efectos del alcohol", "La sentencia"],
      ["manifiestamente inadecuada", "La sentencia"],
      ["tuvo plena conciencia de haber golpeado a una persona", "La Audiencia Provincial de Navarra"],
      [
        "No estamos ante un despiste. Estamos ante alguien que decidió marcharse mientras un hombre se " +
          "desangraba en la cuneta",
        "Itziar Goñi Echeverría",
      ],
      [
        "Mi cliente está profundamente arrepentido y así lo ha manifestado desde el primer día",
        "Javier Urdiáin",
      ],
      ["Nada nos devuelve a Luis, pero al menos se ha reconocido lo que pasó", "Ainhoa Sola"],
    ],
  },
  {
    name:
      "La Razón, economía: cita partida por el verbo, portavoz sin nombre, organismo que advierte, " +
      "descripción posterior «el ministro»",
    headline: "El Gobierno eleva la previsión de crecimiento pese a las dudas del Banco de España",
    paragraphs: [
      "El Ministerio de Economía ha elevado su previsión de crecimiento para este año hasta el 2,4 %, tres " +
        "décimas más que en primavera, apoyado en el tirón del turismo y del consumo de los hogares.",
      "«Los datos son tozudos», ha defendido el ministro de Economía, Carlos Cuerpo, en rueda de prensa, " +
        "«y España sigue creciendo por encima de la media europea». El titular de Economía ha reconocido, " +
        "no obstante, que la productividad «sigue siendo una asignatura pendiente».",
      "El Banco de España, en cambio, mantiene una visión más prudente. En su último informe trimestral, " +
        "el supervisor advierte de que «la debilidad de la inversión empresarial podría lastrar el " +
        "crecimiento a medio plazo» y recomienda aprovechar la buena coyuntura para reducir el déficit.",
      "Fuentes del Partido Popular calificaron la revisión de «maquillaje» y reprocharon al Ejecutivo que " +
        "no haya presentado todavía los Presupuestos. «Sin cuentas no hay planificación posible», señaló " +
        "un portavoz económico del partido.",
      "La CEOE, por su parte, pidió rebajar las cotizaciones sociales para que el crecimiento se traduzca " +
        "en empleo de calidad.",
    ],
    quotes: [
      ["Los datos son tozudos", "Carlos Cuerpo"],
      ["y España sigue creciendo por encima de la media europea", "Carlos Cuerpo"],
      ["sigue siendo una asignatura pendiente", "Carlos Cuerpo"],
      [
        "la debilidad de la inversión empresarial podría lastrar el crecimiento a medio plazo",
        "El Banco de España",
      ],
      ["maquillaje", "Fuentes del Partido Popular"],
      ["Sin cuentas no hay planificación posible", "un portavoz económico del partido"],
    ],
  },
  {
    name:
      "Diario de Yucatán, local: vecinos con edad, «explicó», comuna que informa, cita tras dos puntos, " +
      "alcaldesa y su apellido compartido",
    headline: "Vecinos de la colonia Chuburná piden reparar baches “antes de que llueva”",
    paragraphs: [
      "Habitantes de la colonia Chuburná de Hidalgo, en el norte de Mérida, se reunieron ayer frente al " +
        "parque de la calle 27 para exigir al Ayuntamiento la reparación de al menos 40 baches que, " +
        "aseguran, llevan meses sin atenderse.",
      "“Ya no se puede circular de noche. Hace dos semanas un motociclista se cayó aquí mismo y nadie " +
        "vino”, explicó doña Rosa María Canul Pech, de 67 años, quien vive en la zona desde hace tres " +
        "décadas.",
      "Su vecino Gerardo Canul, comerciante de 45 años, señaló que los vecinos han presentado tres " +
        "solicitudes por escrito. “Nos dicen que ya está en el programa, pero el programa nunca llega”, " +
        "lamentó. El comerciante pidió que los trabajos se hagan “antes de que llueva”, porque en " +
        "temporada de lluvias los hoyos se llenan de agua y no se ven.",
      "En respuesta, la Dirección de Obras Públicas del Ayuntamiento informó que la colonia está incluida " +
        "en el programa de bacheo de este mes y que las cuadrillas llegarán “a más tardar el próximo " +
        "lunes”.",
      "La alcaldesa, Cecilia Patrón Laviada, fue cuestionada sobre el tema durante un evento en el Centro. " +
        "Su respuesta fue breve: “Vamos a atender todas las colonias, sin excepción”.",
    ],
    quotes: [
      [
        "Ya no se puede circular de noche. Hace dos semanas un motociclista se cayó aquí mismo y nadie vino",
        "Rosa María Canul Pech",
      ],
      ["Nos dicen que ya está en el programa, pero el programa nunca llega", "Gerardo Canul"],
      ["antes de que llueva", "Gerardo Canul"],
      ["a más tardar el próximo lunes", "la Dirección de Obras Públicas del Ayuntamiento"],
      ["Vamos a atender todas las colonias, sin excepción", "Cecilia Patrón Laviada"],
    ],
  },
  {
    name:
      "El Nuevo Día, salud: Departamento que dice, doctora con cargo, «indicó la epidemióloga», " +
      "comunicado, paciente anónima",
    headline: "Salud declara alerta por aumento de casos de influenza en Puerto Rico",
    standfirst:
      "El Departamento de Salud reporta más de 2,000 casos en tres semanas y pide vacunarse “cuanto antes”.",
    paragraphs: [
      "El Departamento de Salud declaró ayer una alerta epidemiológica por el aumento de casos de " +
        "influenza en la isla, que ya suman 2,134 en las últimas tres semanas, más del doble que en el " +
        "mismo periodo del año pasado.",
      "“Estamos viendo un comportamiento muy similar al de la temporada de 2019, que fue una de las más " +
        "severas”, indicó la epidemióloga del estado, Melissa Marzán Rodríguez, en conferencia de prensa. " +
        "La doctora añadió que las regiones de Bayamón y Caguas concentran casi la mitad de los contagios.",
      "El secretario de Salud, Víctor Ramos Otero, exhortó a la ciudadanía a vacunarse “cuanto antes”, " +
        "sobre todo a los adultos mayores y a los niños menores de cinco años. “La vacuna está disponible " +
        "gratis en los centros 330 y en las farmacias”, afirmó.",
      "La Asociación de Hospitales de Puerto Rico, en un comunicado, aseguró que las salas de emergencia " +
        "“están operando al límite de su capacidad” y pidió a quienes tengan síntomas leves acudir primero " +
        "a su médico de cabecera.",
      "En el Centro Médico de Río Piedras, una paciente que esperaba turno con su hijo de tres años contó " +
        "que llevaba seis horas en sala. “Nadie te dice nada. Solo esperas”, dijo la mujer, que prefirió " +
        "no identificarse.",
    ],
    quotes: [
      [
        "Estamos viendo un comportamiento muy similar al de la temporada de 2019, que fue una de las más " +
          "severas",
        "Melissa Marzán Rodríguez",
      ],
      ["cuanto antes", "Víctor Ramos Otero"],
      ["La vacuna está disponible gratis en los centros 330 y en las farmacias", "Víctor Ramos Otero"],
      ["están operando al límite de su capacidad", "La Asociación de Hospitales de Puerto Rico"],
      ["Nadie te dice nada. Solo esperas", "una paciente"],
    ],
  },
  {
    name:
      "Diario Sur, deportes: entrenador con «apuntó», jugador con edad, club que dice en nota, cita " +
      "partida, «el técnico»",
    todo: "«una sobrecarga en el isquiotibial derecho» goes to El club, not El Málaga",
    headline: "El Málaga rescata un punto en el descuento ante el Racing",
    paragraphs: [
      "Un cabezazo de Einar Galilea en el minuto 93 dio al Málaga un empate (1-1) ante el Racing de " +
        "Santander en La Rosaleda, en un partido en el que los blanquiazules fueron de menos a más.",
      "«El equipo ha tenido fe hasta el final y eso no se entrena», apuntó Sergio Pellicer en la sala de " +
        "prensa. El técnico castellonense admitió que la primera parte «no fue buena» y que el descanso " +
        "sirvió para «ordenar las ideas».",
      "El autor del gol, de 29 años, dedicó el tanto a su familia. «Llevaba semanas sin jugar y es la " +
        "mejor manera de volver», confesó Galilea, que sustituyó al lesionado Diego Murillo. «Ahora hay " +
        "que ganar en Cádiz», añadió.",
      "El club informó en una nota de que Murillo sufre «una sobrecarga en el isquiotibial derecho» y será " +
        "evaluado mañana.",
      "Más de 24.000 aficionados acudieron a La Rosaleda, la mejor entrada de la temporada.",
    ],
    quotes: [
      ["El equipo ha tenido fe hasta el final y eso no se entrena", "Sergio Pellicer"],
      ["no fue buena", "Sergio Pellicer"],
      ["ordenar las ideas", "Sergio Pellicer"],
      ["Llevaba semanas sin jugar y es la mejor manera de volver", "Einar Galilea"],
      ["Ahora hay que ganar en Cádiz", "Einar Galilea"],
      ["una sobrecarga en el isquiotibial derecho", "El Málaga"],
    ],
  },
  {
    name:
      "Ideal, cultura: directora de museo, comisario tras la cita, título de obra entre comillas (no " +
      "cita), «según explica», Junta",
    headline: "La Alhambra expone por primera vez los dibujos de Lorca para «Mariana Pineda»",
    standfirst: "La muestra reúne 43 piezas y podrá visitarse hasta marzo en el Palacio de Carlos V.",
    paragraphs: [
      "El Museo de Bellas Artes de Granada, en el Palacio de Carlos V, inaugura este viernes una " +
        "exposición que reúne por primera vez los bocetos de figurines y decorados que Federico García " +
        "Lorca dibujó para el estreno de «Mariana Pineda» en 1927.",
      "«Son dibujos de una frescura extraordinaria. Lorca pensaba la escena como un pintor», explica la " +
        "directora del museo, Elena Díaz Marín, que ha trabajado dos años en la localización de las " +
        "piezas, dispersas entre colecciones privadas de Madrid y Buenos Aires.",
      "El comisario de la muestra, el historiador del arte Andrés Molina, subraya que la exposición " +
        "permite entender la relación del poeta con Salvador Dalí, autor de los decorados definitivos. " +
        "«Aquí se ve el diálogo entre los dos, casi como una conversación por carta», afirma Molina.",
      "La consejera de Cultura de la Junta de Andalucía, Patricia del Pozo, destacó en la presentación que " +
        "Granada «tiene una deuda permanente con Lorca» y anunció que la muestra viajará después a Sevilla.",
      "La Fundación Federico García Lorca, que ha prestado doce de las piezas, celebró en un comunicado " +
        "que los dibujos «vuelvan a casa, aunque sea por unos meses».",
      "La entrada será gratuita para los ciudadanos de la Unión Europea. «Queremos que ningún granadino se " +
        "quede sin verla», insistió Díaz Marín.",
    ],
    quotes: [
      [
        "Son dibujos de una frescura extraordinaria. Lorca pensaba la escena como un pintor",
        "Elena Díaz Marín",
      ],
      ["Aquí se ve el diálogo entre los dos, casi como una conversación por carta", "Andrés Molina"],
      ["tiene una deuda permanente con Lorca", "Patricia del Pozo"],
      ["vuelvan a casa, aunque sea por unos meses", "La Fundación Federico García Lorca"],
      ["Queremos que ningún granadino se quede sin verla", "Elena Díaz Marín"],
    ],
  },
  {
    name:
      "El Universo, ambiente: científica con institución, ministerio que dice, pescador con edad, " +
      "pronombre «ella», cita antes de verbo",
    headline: "Un aguaje más intenso de lo previsto inunda calles de Salinas y Playas",
    paragraphs: [
      "Los oleajes registrados desde el sábado en la costa de Santa Elena y Guayas dejaron calles anegadas " +
        "en Salinas y General Villamil Playas, además de daños en al menos 15 embarcaciones artesanales.",
      "El Instituto Oceanográfico y Antártico de la Armada (Inocar) había previsto un aguaje de intensidad " +
        "moderada, pero la coincidencia con vientos fuertes elevó el nivel del mar. “No es un fenómeno " +
        "extraordinario, pero sí más intenso de lo que esperábamos para esta época”, explicó la " +
        "oceanógrafa del Inocar Daniela Sánchez.",
      "Ella añadió que los episodios de este tipo “serán cada vez más frecuentes” por el aumento del nivel " +
        "del mar y recomendó no construir en primera línea de playa.",
      "El Ministerio del Ambiente indicó que evaluará los daños en el manglar de Puerto El Morro, donde " +
        "las olas arrastraron basura y restos de redes. Según la cartera, el ecosistema “tiene capacidad " +
        "de recuperarse” si se retiran los desechos a tiempo.",
      "En el malecón de Playas, el pescador Wilson Tomalá, de 52 años, revisaba su lancha partida en dos. " +
        "“Treinta años pescando aquí y nunca vi el agua llegar hasta la calle”, dijo. Su compañero, " +
        "Jacinto Tomalá, calculó en $ 4.000 las pérdidas: “Sin la lancha no hay comida en la casa”.",
      "La Secretaría de Gestión de Riesgos mantiene la alerta amarilla hasta el miércoles.",
    ],
    quotes: [
      [
        "No es un fenómeno extraordinario, pero sí más intenso de lo que esperábamos para esta época",
        "Daniela Sánchez",
      ],
      ["serán cada vez más frecuentes", "Daniela Sánchez"],
      ["tiene capacidad de recuperarse", "El Ministerio del Ambiente"],
      ["Treinta años pescando aquí y nunca vi el agua llegar hasta la calle", "Wilson Tomalá"],
      ["Sin la lancha no hay comida en la casa", "Jacinto Tomalá"],
    ],
  },
  {
    name:
      "Animal Político, sucesos/justicia: fiscalía estatal, colectivo, madre con nombre, «de acuerdo con» " +
      "un informe, cita tras dos puntos",
    todo: "a body speaking in a report is given as «un informe del …»",
    headline: "Fiscalía de Jalisco identifica a 12 personas halladas en fosa de Tlajomulco",
    standfirst:
      "El colectivo Luz de Esperanza acusa a las autoridades de “ir siempre detrás de las familias”.",
    paragraphs: [
      "La Fiscalía del Estado de Jalisco informó este lunes que logró identificar a 12 de las 27 personas " +
        "cuyos restos fueron localizados en una fosa clandestina en el municipio de Tlajomulco de Zúñiga " +
        "el pasado mes de agosto.",
      "En un comunicado, la dependencia precisó que las identificaciones se lograron mediante pruebas " +
        "genéticas y que los cuerpos “ya fueron entregados a sus familiares”.",
      "El colectivo Luz de Esperanza, que encontró el predio a partir de una denuncia anónima, cuestionó " +
        "la versión oficial. “Nosotras llegamos primero, nosotras cavamos y ahora la Fiscalía presume los " +
        "resultados. Van siempre detrás de las familias”, dijo su fundadora, Guadalupe Aguilar.",
      "De acuerdo con un informe del Comité contra la Desaparición Forzada de la ONU, México acumula más " +
        "de 72,000 cuerpos sin identificar, una situación que el organismo describió como “una crisis " +
        "forense de proporciones masivas”.",
      "Entre las familias que recibieron noticias está la de Marisol Hernández, cuyo hijo Kevin, de 19 " +
        "años, desapareció en 2022. “Tengo a mi hijo de vuelta, aunque no como lo quería. Ahora sí puedo " +
        "enterrarlo”, dijo a Animal Político.",
    ],
    quotes: [
      ["ir siempre detrás de las familias", "Luz de Esperanza"],
      ["ya fueron entregados a sus familiares", "La Fiscalía del Estado de Jalisco"],
      [
        "Nosotras llegamos primero, nosotras cavamos y ahora la Fiscalía presume los resultados. Van " +
          "siempre detrás de las familias",
        "Guadalupe Aguilar",
      ],
      ["una crisis forense de proporciones masivas", "el Comité contra la Desaparición Forzada de la ONU"],
      ["Tengo a mi hijo de vuelta, aunque no como lo quería. Ahora sí puedo enterrarlo", "Marisol Hernández"],
    ],
  },
  {
    name:
      "Perfil, ciencia: investigadora del Conicet, «según le dijo a Perfil», revista que publica, colega " +
      "con cargo, cita en entradilla",
    headline: "Científicas argentinas descubren una bacteria que degrada plásticos en suelos patagónicos",
    standfirst:
      "El hallazgo, publicado en una revista internacional, podría servir para tratar residuos “a bajo " +
      "costo”.",
    paragraphs: [
      "Un equipo del Conicet y de la Universidad Nacional del Comahue identificó una bacteria capaz de " +
        "degradar polietileno en suelos cercanos a basurales de Neuquén, un hallazgo que fue publicado " +
        "esta semana en la revista Environmental Microbiology.",
      "“Lo que vimos es que la bacteria usa el plástico como fuente de carbono. No lo rompe en pedazos más " +
        "chicos: lo consume”, explicó a PERFIL la bióloga Lucía Ferreyra, directora del proyecto e " +
        "investigadora del Conicet.",
      "Según Ferreyra, la técnica podría servir para tratar residuos “a bajo costo” en plantas " +
        "municipales, aunque aclaró que todavía faltan “varios años de pruebas” antes de aplicarla a gran " +
        "escala.",
      "El microbiólogo Martín Ferreyra, del Instituto Leloir, que no participó del estudio, consideró que " +
        "se trata de un resultado “muy prometedor”. “El desafío es pasar del laboratorio a un basural " +
        "real, donde las condiciones cambian todo el tiempo”, advirtió.",
      "El equipo, integrado por seis investigadoras, trabajó con un presupuesto de apenas 3 millones de " +
        "pesos. “Hicimos ciencia de primer nivel con muy poco. Imaginate lo que podríamos hacer con " +
        "financiamiento”, dijo Ferreyra.",
    ],
    quotes: [
      [
        "Lo que vimos es que la bacteria usa el plástico como fuente de carbono. No lo rompe en pedazos " +
          "más chicos: lo consume",
        "Lucía Ferreyra",
      ],
      ["a bajo costo", "Lucía Ferreyra"],
      ["varios años de pruebas", "Lucía Ferreyra"],
      ["muy prometedor", "Martín Ferreyra"],
      [
        "El desafío es pasar del laboratorio a un basural real, donde las condiciones cambian todo el tiempo",
        "Martín Ferreyra",
      ],
      [
        "Hicimos ciencia de primer nivel con muy poco. Imaginate lo que podríamos hacer con financiamiento",
        "Lucía Ferreyra",
      ],
    ],
  },
]);
