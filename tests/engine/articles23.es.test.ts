// A twenty-third round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty-two rounds did not use: La Opinión de Málaga (a tourist tax requested by Málaga's council), Perú21
// (a court orders Sedapal to compensate families after a sewage flood, Lima), ESTO (a boxing title defence
// in Guadalajara, México), Búsqueda (a meat-packing plant closes in Tacuarembó, Uruguay), Diario de Soria (a
// play on transhumance and depopulation premieres), La Patria (a new frog species in Caldas, Colombia),
// Correo del Sur (a first deceased-donor kidney transplant in Sucre, Bolivia), La Nueva Provincia (the
// passenger train to Constitución returns to Bahía Blanca, Argentina), Crítica (a catalytic-converter theft
// gang caught in San Miguelito, Panamá, straight quotation marks) and Efecto Cocuyo (a school year opens
// without teachers in Lara, Venezuela).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Opinión de Málaga, política: entradilla con cita del concejal nombrado solo en el cuerpo " +
      "y repetida en él con «argumentó Jiménez», nombre de una campaña (no cita), dos mujeres en un " +
      "párrafo con «lamentó Barrionuevo» y cita parcial de Cordero, portavoz con «replicó» invertido, " +
      "asociación en un comunicado con cita parcial, cita partida de una fuente anónima, vecino " +
      "anónimo con dos puntos",
    todo:
      "«Que cobren lo que quieran, pero que el dinero…» goes to una fuente de la Consejería de " +
      "Turismo, not un vecino de 70 años",
    headline: "El pleno pide a la Junta que deje a Málaga cobrar una tasa turística",
    standfirst:
      "«No se trata de espantar al turista, sino de que pague una parte de lo que usa», defiende el " +
      "concejal de Economía",
    paragraphs: [
      "El Pleno del Ayuntamiento de Málaga aprobó ayer, con los votos del PP, del PSOE y de Con " +
        "Málaga y el rechazo de Vox, una moción que insta a la Junta de Andalucía a modificar la ley " +
        "de turismo para que los municipios puedan implantar un recargo por pernoctación. El equipo " +
        "de gobierno ha presentado la iniciativa bajo el lema «Málaga cuida Málaga» y prevé cobrar " +
        "entre uno y tres euros por noche.",
      "El concejal de Economía y Hacienda, Ricardo Jiménez Olmedo, defendió la propuesta ante un " +
        "salón de plenos con la tribuna llena de vecinos del Centro. «No se trata de espantar al " +
        "turista, sino de que pague una parte de lo que usa», argumentó Jiménez, que calcula que la " +
        "ciudad podría recaudar unos 40 millones de euros al año.",
      "La portavoz socialista, María Dolores Barrionuevo Ruiz, y la de Con Málaga, Inmaculada " +
        "Cordero Salas, apoyaron la moción, aunque con reparos. «Llegamos con cinco años de " +
        "retraso», lamentó Barrionuevo. Cordero exigió que el dinero vaya «a los barrios que sufren " +
        "los pisos turísticos y no a más promoción en ferias».",
      "«Es un impuesto más, lo llamen como lo llamen», replicó el portavoz de Vox, Antonio Ruiz " +
        "Peralta, quien acusó al equipo de gobierno de castigar a las familias que vienen de " +
        "vacaciones desde el resto de España.",
      "La Asociación de Hosteleros de Málaga (Aehma) rechazó la medida en un comunicado en el que " +
        "advierte de que la tasa «restará competitividad a un destino que ya es caro» y pide que se " +
        "consulte al sector antes de dar ningún paso.",
      "En San Telmo no hay prisa. «La Junta no se va a mover en un año electoral», admitió una " +
        "fuente de la Consejería de Turismo consultada por este periódico, «y menos para hacerle el " +
        "trabajo a un ayuntamiento del mismo partido».",
      "En la calle Carretería, donde más de la mitad de los portales tienen ya algún piso " +
        "turístico, un vecino de 70 años que ha vivido siempre en el barrio lo tenía claro: «Que " +
        "cobren lo que quieran, pero que el dinero se quede aquí».",
    ],
    quotes: [
      [
        "No se trata de espantar al turista, sino de que pague una parte de lo que usa",
        "Ricardo Jiménez Olmedo",
      ],
      ["Llegamos con cinco años de retraso", "María Dolores Barrionuevo Ruiz"],
      [
        "a los barrios que sufren los pisos turísticos y no a más promoción en ferias",
        "Inmaculada Cordero Salas",
      ],
      ["Es un impuesto más, lo llamen como lo llamen", "Antonio Ruiz Peralta"],
      ["restará competitividad a un destino que ya es caro", "La Asociación de Hosteleros de Málaga"],
      ["La Junta no se va a mover en un año electoral", "una fuente de la Consejería de Turismo"],
      [
        "y menos para hacerle el trabajo a un ayuntamiento del mismo partido",
        "una fuente de la Consejería de Turismo",
      ],
      ["Que cobren lo que quieran, pero que el dinero se quede aquí", "un vecino de 70 años"],
    ],
  },
  {
    name:
      "Perú21, tribunales: apodo de un colector (no cita), sentencia que «sostiene» con dos citas " +
      "parciales, abogado con «Para X» y dos puntos, empresa en un comunicado con cita parcial, " +
      "suegra y nuera en un párrafo con «recuerda Ticona» y dos puntos tras «dice», dirigente " +
      "anónimo con «aseguró que»",
    headline: "Aniego en SJL: juez ordena a Sedapal indemnizar con S/ 2,4 millones a 38 familias",
    paragraphs: [
      "El Quinto Juzgado Especializado en lo Civil de Lima Este ordenó a Sedapal pagar una " +
        "indemnización de S/ 2,4 millones a 38 familias de la urbanización Las Flores, en San Juan " +
        "de Lurigancho, cuyas viviendas se inundaron de aguas servidas tras el colapso de un " +
        "colector, conocido en la zona como “el Tubo”, en enero de 2023.",
      "La sentencia, de 46 páginas, sostiene que la empresa “conocía el deterioro del colector " +
        "desde 2019” y que no ejecutó el mantenimiento “pese a contar con presupuesto asignado”. El " +
        "juez Wilfredo Quispe Huamán fijó además un pago por daño moral para cada familia.",
      "Para el abogado de los afectados, Renzo Alvarado Chumpitaz, el fallo sienta un precedente: " +
        "“Es la primera vez que un juez obliga a Sedapal a pagar por el daño moral, no solo por los " +
        "muebles y las paredes”.",
      "Sedapal informó mediante un comunicado que apelará la decisión, pues considera que el " +
        "colapso se debió a “conexiones clandestinas y arrojo de desmonte” por parte de terceros.",
      "Carmen Rosa Ticona, de 62 años, y su nuera, Yesenia Paucar Flores, perdieron todo lo que " +
        "tenían en el primer piso de su casa. “El agua nos llegó a la cintura y olía a muerto”, " +
        "recuerda Ticona. Paucar, madre de tres niños, dice que dos de ellos estuvieron internados " +
        "por infecciones estomacales: “Nadie de Sedapal vino nunca a preguntar por ellos”.",
      "Un dirigente vecinal que prefirió no dar su nombre aseguró que el colector “sigue igualito " +
        "que hace dos años” y que cada verano los vecinos temen que vuelva a reventar.",
    ],
    quotes: [
      ["conocía el deterioro del colector desde 2019", "La sentencia"],
      ["pese a contar con presupuesto asignado", "La sentencia"],
      [
        "Es la primera vez que un juez obliga a Sedapal a pagar por el daño moral, no solo por " +
          "los muebles y las paredes",
        "Renzo Alvarado Chumpitaz",
      ],
      ["conexiones clandestinas y arrojo de desmonte", "Sedapal"],
      ["El agua nos llegó a la cintura y olía a muerto", "Carmen Rosa Ticona"],
      ["Nadie de Sedapal vino nunca a preguntar por ellos", "Yesenia Paucar Flores"],
      ["sigue igualito que hace dos años", "Un dirigente vecinal"],
    ],
  },
  {
    name:
      "ESTO, boxeo: cita del titular del campeón nombrado solo en el cuerpo, fragmento de una cita " +
      "más larga con «advirtió el monarca», apodo (no cita), cita partida con «explicó su " +
      "entrenador», rival con cita parcial tras «reconoció a través de un intérprete que», dos " +
      "hombres en un párrafo con «dijo Lemus» y cita parcial de Rangel, nombre de la función (no " +
      "cita), aficionado anónimo con «presumía» invertido",
    todo:
      "«Todavía tengo hambre» goes to Jerwin Dela Cruz, not Brandon Villaseñor Ruelas; «Todavía " +
      "tengo hambre. Quiero a los mejores de…» goes to Jerwin Dela Cruz, not Brandon Villaseñor Ruelas; " +
      "«Lo vi pelear de niño en un gimnasio de la col…» goes to un aficionado, not un aficionado de 60 años",
    headline: "“Todavía tengo hambre”, avisa el campeón tras noquear al filipino en la Arena Jalisco",
    paragraphs: [
      "Brandon Villaseñor Ruelas retuvo anoche el título supergallo del Consejo Mundial de Boxeo " +
        "al noquear en el noveno round al filipino Jerwin Dela Cruz, ante 9 mil aficionados que " +
        "llenaron la Arena Jalisco para la función “Noche de Campeones”.",
      "El tapatío, al que la afición conoce como “El Cachorro”, conectó un gancho al hígado que " +
        "dejó al retador de rodillas hasta la cuenta de diez. “Todavía tengo hambre. Quiero a los " +
        "mejores de la división y los quiero este año”, advirtió el monarca de 26 años sobre el " +
        "ring, con el cinturón verde y oro al hombro.",
      "“Trabajamos el cuerpo desde el primer round”, explicó su entrenador, Rogelio Camarena " +
        "Ochoa, “porque sabíamos que el filipino baja mucho la guardia cuando se cansa”.",
      "Dela Cruz, quien llegaba invicto con 19 triunfos, reconoció a través de un intérprete que " +
        "“nunca vi venir ese golpe” y pidió la revancha.",
      "El promotor Alfonso Lemus Ibarra y el presidente de la Comisión de Box de Guadalajara, " +
        "Héctor Rangel Aceves, ya hablan de una pelea de unificación en el estadio de las Chivas. " +
        "“Jalisco merece una noche grande y la vamos a tener antes de diciembre”, dijo Lemus. " +
        "Rangel prometió “todas las facilidades” de la comisión.",
      "“Lo vi pelear de niño en un gimnasio de la colonia Oblatos y ya pegaba así”, presumía a la " +
        "salida un aficionado de 60 años con la playera del campeón.",
    ],
    quotes: [
      ["Todavía tengo hambre", "Brandon Villaseñor Ruelas"],
      [
        "Todavía tengo hambre. Quiero a los mejores de la división y los quiero este año",
        "Brandon Villaseñor Ruelas",
      ],
      ["Trabajamos el cuerpo desde el primer round", "Rogelio Camarena Ochoa"],
      ["porque sabíamos que el filipino baja mucho la guardia cuando se cansa", "Rogelio Camarena Ochoa"],
      ["nunca vi venir ese golpe", "Jerwin Dela Cruz"],
      ["Jalisco merece una noche grande y la vamos a tener antes de diciembre", "Alfonso Lemus Ibarra"],
      ["todas las facilidades", "Héctor Rangel Aceves"],
      [
        "Lo vi pelear de niño en un gimnasio de la colonia Oblatos y ya pegaba así",
        "un aficionado de 60 años",
      ],
    ],
  },
  {
    name:
      "Búsqueda, economía: apodo de la planta (no cita), empresa en una nota que «atribuye», " +
      "presidente de la cámara con «Según» y cita parcial, sindicalista con «contó a Búsqueda» y " +
      "segunda cita sin verbo, fuente anónima del ministerio con cita parcial, economista que " +
      "«habló de» una expresión, informe del INAC que «advierte»",
    headline:
      "Frigorífico del Norte cierra su planta de Tacuarembó y manda al seguro de paro a 430 " +
      "trabajadores",
    paragraphs: [
      "Frigorífico del Norte comunicó el lunes al Ministerio de Trabajo y Seguridad Social el " +
        "cierre por tiempo indeterminado de su planta de Tacuarembó, a la que en la ciudad todos " +
        "llaman “el Frigo”, y el envío al seguro de paro de sus 430 trabajadores a partir del 1º " +
        "de diciembre.",
      "En la nota enviada al ministerio, a la que accedió Búsqueda, Frigorífico del Norte " +
        "atribuye la decisión a “la escasez de ganado para faena y un tipo de cambio que hace " +
        "inviable exportar”.",
      "Según el presidente de la Cámara de la Industria Frigorífica, Gonzalo Urioste Pereira, el " +
        "sector trabaja “con una capacidad ociosa de 40 %” y no descarta que otras plantas del " +
        "interior sigan el mismo camino antes de fin de año.",
      "“Nos enteramos por WhatsApp, un domingo de noche”, contó a Búsqueda el secretario general " +
        "del sindicato de la planta, Walter Da Silva Olivera. “Hay compañeros con 25 años en la " +
        "empresa que no saben si vuelven en marzo o si no vuelven más”.",
      "Una fuente del Ministerio de Trabajo dijo a Búsqueda que el gobierno estudia extender el " +
        "subsidio por desempleo más allá de los seis meses “si la empresa presenta un plan serio " +
        "de reapertura”.",
      "El economista Rafael Tardáguila Sosa, socio de una consultora agropecuaria de Montevideo, " +
        "habló de una “tormenta perfecta” para la industria: poco ganado, precios altos de la " +
        "hacienda en pie y un dólar que no acompaña.",
      "El informe semanal del Instituto Nacional de Carnes (INAC) registra una caída de la faena " +
        "de 14 % frente al mismo período del año pasado y advierte que la oferta de novillos " +
        "“seguirá ajustada al menos hasta el otoño”.",
    ],
    quotes: [
      [
        "la escasez de ganado para faena y un tipo de cambio que hace inviable exportar",
        "Frigorífico del Norte",
      ],
      ["con una capacidad ociosa de 40 %", "Gonzalo Urioste Pereira"],
      ["Nos enteramos por WhatsApp, un domingo de noche", "Walter Da Silva Olivera"],
      [
        "Hay compañeros con 25 años en la empresa que no saben si vuelven en marzo o si no " + "vuelven más",
        "Walter Da Silva Olivera",
      ],
      ["si la empresa presenta un plan serio de reapertura", "Una fuente del Ministerio de Trabajo"],
      ["tormenta perfecta", "Rafael Tardáguila Sosa"],
      ["seguirá ajustada al menos hasta el otoño", "El informe semanal del Instituto Nacional de Carnes"],
    ],
  },
  {
    name:
      "Diario de Soria, cultura: cita del titular de la dramaturga nombrada solo en el cuerpo, " +
      "título de una obra y de un ensayo (no citas), cita partida con «sostiene la dramaturga», " +
      "cita que sigue en el párrafo siguiente (comillas de apertura en ambos), dos hombres en un " +
      "párrafo con «confiesa Lafuente» y cita anidada, cita parcial de Hernando, Diputación en una " +
      "nota",
    headline: "«Los pueblos no se mueren, los matan»: la trashumancia sube al escenario de la Audiencia",
    paragraphs: [
      "La compañía soriana La Tartana Teatro estrena este viernes en el Palacio de la Audiencia " +
        "«La última cañada», un montaje sobre los pastores trashumantes de Tierras Altas que ha " +
        "agotado las entradas de sus dos primeras funciones y que después recorrerá veinte pueblos " +
        "de la provincia.",
      "Su autora y directora, Pilar Romero Lapeña, natural de Yanguas, empezó a escribir la obra " +
        "durante la pandemia, después de leer «La España vacía», de Sergio del Molino. «Los pueblos " +
        "no se mueren, los matan», sostiene la dramaturga, de 48 años, «y esta obra va de quién los " +
        "mata y de quién se queda mirando».",
      "La historia nace de su propia familia. «Mi abuelo bajaba cada otoño con 1.200 ovejas hasta " +
        "Extremadura. Tardaban un mes en llegar y volvían en junio, cuando ya había hierba en la " +
        "sierra.",
      "«Cuando murió, en Yanguas quedaban once vecinos en invierno. Hoy quedan cuatro, y yo no soy " +
        "uno de ellos».",
      "En el reparto hay dos veteranos de la escena soriana, Julián Hernando Marco y Luis Ángel " +
        "Lafuente, que interpreta al abuelo. «Mi padre me decía “el perro sabe más que tú”, y tenía " +
        "razón», confiesa Lafuente, que fue pastor hasta los veinte años. Hernando bromea con que ha " +
        "tenido que «aprender a silbar a los perros» a los 66.",
      "La Diputación de Soria, que financia la gira, destacó en una nota que el montaje «devuelve " +
        "el teatro a los pueblos que lo vieron nacer».",
    ],
    quotes: [
      ["Los pueblos no se mueren, los matan", "Pilar Romero Lapeña"],
      ["y esta obra va de quién los mata y de quién se queda mirando", "Pilar Romero Lapeña"],
      [
        "Mi abuelo bajaba cada otoño con 1.200 ovejas hasta Extremadura. Tardaban un mes en " +
          "llegar y volvían en junio, cuando ya había hierba en la sierra.",
        "Pilar Romero Lapeña",
      ],
      [
        "Cuando murió, en Yanguas quedaban once vecinos en invierno. Hoy quedan cuatro, y yo no " +
          "soy uno de ellos",
        "Pilar Romero Lapeña",
      ],
      ["Mi padre me decía “el perro sabe más que tú”, y tenía razón", "Luis Ángel Lafuente"],
      ["aprender a silbar a los perros", "Julián Hernando Marco"],
      ["devuelve el teatro a los pueblos que lo vieron nacer", "La Diputación de Soria"],
    ],
  },
  {
    name:
      "La Patria, ciencia: nombre popular de una rana y título de una revista (no citas), bióloga " +
      "con «relató» tras la cita, dos mujeres en un párrafo con «cuenta la investigadora» y cita " +
      "parcial de la estudiante, cita partida con «precisó el herpetólogo», artículo que " +
      "«advierte», funcionario anónimo con dos puntos",
    todo:
      "«Fue Laura la que la encontró, a las dos de la…» goes to Laura Marcela Henao, not Natalia " +
      "Giraldo Ospina",
    headline: "Hallan en Aranzazu una rana que solo canta de noche y en lo alto de los árboles",
    paragraphs: [
      "Un equipo de la Universidad de Caldas describió una nueva especie de rana del género " +
        "Pristimantis en los bosques de niebla de la vereda El Roble, en Aranzazu. Los campesinos " +
        "de la zona la conocían desde hace años como “la silbadora”, por su canto agudo.",
      "“La escuchábamos desde 2019 y no la encontrábamos. Canta de noche, escondida en las " +
        "bromelias, a cuatro metros del suelo”, relató la bióloga Natalia Giraldo Ospina, líder " +
        "del grupo de investigación y primera autora del artículo, publicado esta semana en la " +
        "revista “Zootaxa”.",
      "Giraldo y su estudiante de maestría, Laura Marcela Henao, pasaron tres temporadas de " +
        "lluvias en el bosque. “Fue Laura la que la encontró, a las dos de la mañana y bajo un " +
        "aguacero”, cuenta la investigadora. Henao recuerda que lo primero que pensó fue que se " +
        "trataba de “una rana común con mala suerte”.",
      "“El canto es lo que la delata”, precisó el herpetólogo Andrés Felipe Marín Ríos, coautor " +
        "del estudio, “porque por fuera es casi idéntica a otras dos especies de la cordillera”.",
      "El artículo advierte que la población conocida ocupa “menos de diez kilómetros cuadrados " +
        "de bosque, rodeados de potreros” y recomienda incluirla en la categoría de mayor amenaza " +
        "de la lista roja nacional.",
      "Un funcionario de Corpocaldas consultado por LA PATRIA dijo que la entidad evaluará " +
        "declarar la zona como reserva: “Ya tenemos la solicitud de la universidad y la vamos a " +
        "estudiar con los propietarios de los predios”.",
    ],
    quotes: [
      [
        "La escuchábamos desde 2019 y no la encontrábamos. Canta de noche, escondida en las " +
          "bromelias, a cuatro metros del suelo",
        "Natalia Giraldo Ospina",
      ],
      ["Fue Laura la que la encontró, a las dos de la mañana y bajo un aguacero", "Natalia Giraldo Ospina"],
      ["una rana común con mala suerte", "Laura Marcela Henao"],
      ["El canto es lo que la delata", "Andrés Felipe Marín Ríos"],
      ["porque por fuera es casi idéntica a otras dos especies de la cordillera", "Andrés Felipe Marín Ríos"],
      ["menos de diez kilómetros cuadrados de bosque, rodeados de potreros", "El artículo"],
      [
        "Ya tenemos la solicitud de la universidad y la vamos a estudiar con los propietarios " +
          "de los predios",
        "Un funcionario de Corpocaldas",
      ],
    ],
  },
  {
    name:
      "Correo del Sur, salud: entradilla con cita de la hermana del donante nombrada solo en el " +
      "cuerpo y repetida en él con «dijo entre lágrimas» sin sujeto y segunda cita sin verbo, " +
      "urólogo con cita sin verbo tras «explicó que», programa con «Según» y cita parcial, director " +
      "con cita parcial, nefróloga con dos puntos, esposo anónimo",
    headline: "Hospital Santa Bárbara realiza el primer trasplante renal de donante fallecido en Chuquisaca",
    standfirst: "“Mi hermano sigue vivo en otra persona”, dijo la hermana del joven donante",
    paragraphs: [
      "El Hospital Santa Bárbara de Sucre realizó el fin de semana el primer trasplante de riñón " +
        "de donante cadavérico en la historia del departamento. La receptora es una mujer de 41 " +
        "años, vecina del barrio Villa Armonía, que estaba en hemodiálisis desde hacía seis años.",
      "El jefe del equipo, el urólogo Marcelo Arancibia Torrez, explicó que la cirugía duró cinco " +
        "horas y media. “La paciente ya orina por sí misma, que es la mejor noticia que podíamos " +
        "tener. Los próximos diez días son críticos”.",
      "El donante, un joven de 23 años que murió tras un accidente de moto en la carretera a " +
        "Potosí, había expresado en vida su voluntad de donar. Su hermana, Ximena Quiroga Mendoza, " +
        "contó que la familia tomó la decisión en menos de una hora. “Mi hermano sigue vivo en otra " +
        "persona”, dijo entre lágrimas. “Él siempre decía que cuando se muera quería servir para " +
        "algo”.",
      "Según el Programa Nacional de Salud Renal, en Bolivia hay más de 2.000 pacientes en espera " +
        "de un riñón y el año pasado se hicieron “poco más de un centenar” de trasplantes, casi " +
        "todos de donante vivo.",
      "El director del Servicio Departamental de Salud (Sedes), René Vargas Padilla, aseguró que " +
        "el hospital ya está acreditado para “hacer trasplantes de forma regular” y que se " +
        "formará a más personal de terapia intensiva.",
      "La nefróloga Roxana Céspedes Ayala, que acompañó a la paciente durante los seis años de " +
        "diálisis, lanzó un pedido: “Necesitamos que la gente hable de la donación en la mesa, con " +
        "su familia, antes de que pase algo”.",
      "El esposo de la receptora, que pidió no ser identificado, esperaba noticias en el pasillo " +
        "de terapia intensiva. “Ella ya ni podía subir las gradas de la casa. Ahora dice que quiere " +
        "volver a vender en el mercado”.",
    ],
    quotes: [
      ["Mi hermano sigue vivo en otra persona", "Ximena Quiroga Mendoza"],
      [
        "La paciente ya orina por sí misma, que es la mejor noticia que podíamos tener. Los " +
          "próximos diez días son críticos",
        "Marcelo Arancibia Torrez",
      ],
      ["Él siempre decía que cuando se muera quería servir para algo", "Ximena Quiroga Mendoza"],
      ["poco más de un centenar", "el Programa Nacional de Salud Renal"],
      ["hacer trasplantes de forma regular", "René Vargas Padilla"],
      [
        "Necesitamos que la gente hable de la donación en la mesa, con su familia, antes de que " +
          "pase algo",
        "Roxana Céspedes Ayala",
      ],
      [
        "Ella ya ni podía subir las gradas de la casa. Ahora dice que quiere volver a vender en " +
          "el mercado",
        "El esposo de la receptora",
      ],
    ],
  },
  {
    name:
      "La Nueva Provincia, transporte: cita del titular de la jubilada nombrada solo en el cuerpo y " +
      "repetida en él con «dijo la jubilada» y segunda cita con «agregó», empresa en un comunicado " +
      "con cita parcial, nombre de un viejo tren y lema de un cartel (no citas), delegado con " +
      "«advirtió» invertido y maquinista con cita parcial en el mismo párrafo, cita partida con " +
      "«opinó el funcionario», vendedor anónimo",
    todo:
      "«Hoy vendí en una hora lo que vendía en un mes» goes to Un vendedor de tortas, not Un " +
      "vendedor de tortas fritas",
    headline: "Volvió el tren a Constitución: “Lo esperábamos como a un pariente”",
    paragraphs: [
      "Después de casi dos años sin servicio, el tren de pasajeros entre Bahía Blanca y Plaza " +
        "Constitución volvió a salir anoche de la estación Sud con 380 pasajeros y 40 minutos de " +
        "demora. En el andén, un grupo de vecinos colgó un cartel escrito a mano: “Bienvenido a " +
        "casa, tren”.",
      "Trenes Argentinos informó en un comunicado que el viaje demandará “unas 14 horas y media” " +
        "y que habrá dos frecuencias semanales, los martes y los viernes, hasta que terminen las " +
        "obras de vía entre Olavarría y Pringles.",
      "Entre los pasajeros estaba Nélida Ester Garmendia, de 78 años, que viajaba a visitar a su " +
        "hija en Temperley. “Lo esperábamos como a un pariente”, dijo la jubilada, que de chica " +
        "viajaba en el viejo “Zorzal”, el expreso que unía las dos ciudades en los años setenta. " +
        "“En micro a mi edad es un castigo: son diez horas sentada y sin poder caminar”, agregó.",
      "“Las vías están mejor que hace dos años, pero no como para ir a más de 60 kilómetros por " +
        "hora”, advirtió Daniel Ferreyra Lucero, delegado de La Fraternidad en Bahía Blanca. El " +
        "maquinista del primer servicio, Hugo Alberto Sosa, prefirió no opinar sobre el estado de " +
        "las vías y se quedó con “el orgullo de volver a tocar la bocina en la Sud”.",
      "“Es una buena noticia a medias”, opinó el secretario de Movilidad Urbana de la " +
        "Municipalidad, Pablo Gustavo Ortiz, “porque con dos frecuencias por semana el tren no le " +
        "compite ni al micro ni al auto”.",
      "Un vendedor de tortas fritas que trabaja en la estación desde hace treinta años miraba el " +
        "andén lleno con una sonrisa. “Hoy vendí en una hora lo que vendía en un mes”.",
    ],
    quotes: [
      ["Lo esperábamos como a un pariente", "Nélida Ester Garmendia"],
      ["unas 14 horas y media", "Trenes Argentinos"],
      [
        "En micro a mi edad es un castigo: son diez horas sentada y sin poder caminar",
        "Nélida Ester Garmendia",
      ],
      [
        "Las vías están mejor que hace dos años, pero no como para ir a más de 60 kilómetros por hora",
        "Daniel Ferreyra Lucero",
      ],
      ["el orgullo de volver a tocar la bocina en la Sud", "Hugo Alberto Sosa"],
      ["Es una buena noticia a medias", "Pablo Gustavo Ortiz"],
      [
        "porque con dos frecuencias por semana el tren no le compite ni al micro ni al auto",
        "Pablo Gustavo Ortiz",
      ],
      ["Hoy vendí en una hora lo que vendía en un mes", "Un vendedor de tortas fritas"],
    ],
  },
  {
    name:
      "Crítica, sucesos (comillas rectas): apodo de la banda en el titular y nombre de la operación " +
      "(no citas), jefe policial con «detalló» invertido, fiscalía con «Según» y cita parcial, " +
      "taxista con dos puntos y vecino con «dijo Domínguez» en el mismo párrafo, jueza anónima con " +
      "cita parcial, ministerio en un comunicado",
    todo:
      "«Les bastaban tres minutos y una sierra eléctr…» goes to el jefe de la Dirección de " +
      "Investigación Judicial, not Edwin Castillo Batista",
    headline: 'Caen "Los Catalíticos": robaban piezas de carros en San Miguelito',
    paragraphs: [
      "La Policía Nacional aprehendió a cinco sujetos señalados de robar convertidores " +
        "catalíticos de vehículos estacionados en San Miguelito y Panamá Norte, en una operación " +
        'denominada "Escape Libre" que incluyó seis allanamientos.',
      '"Les bastaban tres minutos y una sierra eléctrica para dejar un carro sin catalizador", ' +
        "detalló el jefe de la Dirección de Investigación Judicial (DIJ) en San Miguelito, " +
        "subcomisionado Edwin Castillo Batista.",
      'Según la Fiscalía Metropolitana, la banda vendía cada pieza por "entre 150 y 300 dólares" ' +
        "a compradores que extraen los metales preciosos y los envían fuera del país.",
      "Uno de los afectados, el taxista Luis Enrique Ábrego, contó lo que le pasó frente a su casa " +
        'en Cerro Batea: "Prendí el carro a las cinco de la mañana y sonaba como una moto. Me ' +
        'dejaron una semana sin trabajar". Su vecino, Ariel Domínguez, también fue víctima en ' +
        'diciembre. "A mí me lo robaron dos veces en el mismo mes", dijo Domínguez.',
      "En la audiencia de garantías, la jueza ordenó la detención provisional de los cinco al " +
        'considerar que existe "un alto riesgo de fuga".',
      "El Ministerio de Seguridad Pública señaló en un comunicado que los robos de catalizadores " +
        'aumentaron "más de 60 %" en el último año y pidió a los conductores estacionar en lugares ' +
        "iluminados.",
    ],
    quotes: [
      [
        "Les bastaban tres minutos y una sierra eléctrica para dejar un carro sin catalizador",
        "Edwin Castillo Batista",
      ],
      ["entre 150 y 300 dólares", "la Fiscalía Metropolitana"],
      [
        "Prendí el carro a las cinco de la mañana y sonaba como una moto. Me dejaron una semana " +
          "sin trabajar",
        "Luis Enrique Ábrego",
      ],
      ["A mí me lo robaron dos veces en el mismo mes", "Ariel Domínguez"],
      ["un alto riesgo de fuga", "la jueza"],
      ["más de 60 %", "El Ministerio de Seguridad Pública"],
    ],
  },
  {
    name:
      "Efecto Cocuyo, educación: cita del titular de la maestra nombrada solo en el cuerpo, " +
      "fragmento de una cita más larga con «describe la docente», segunda cita con «continuó», " +
      "colegio con «De acuerdo con» y cita parcial, nombre de una escuela y comillas de " +
      "distancia (no citas), dos hombres en un párrafo con «resumió Colmenárez» y cita parcial de " +
      "Escalona, funcionario anónimo, representante anónima con dos puntos",
    headline:
      "Arranca el año escolar en Lara con aulas sin maestros: “Damos clases a tres secciones a la vez”",
    paragraphs: [
      "El año escolar comenzó este lunes en Lara con cientos de aulas sin docente. De acuerdo con " +
        "el Colegio de Profesores de Venezuela (CPV), en el estado faltan “al menos 3.200 " +
        "maestros y profesores”, sobre todo de matemática, física y química.",
      "En la Escuela Básica Nacional “Juan Guillermo Iribarren”, en el oeste de Barquisimeto, la " +
        "maestra Yelitza Carolina Mendoza atiende a la vez primero, segundo y tercer grado. “Damos " +
        "clases a tres secciones a la vez, con un solo pizarrón y sin luz después de las diez”, " +
        "describe la docente, de 52 años y 27 de servicio. “Cobro el equivalente a cuatro dólares " +
        "de sueldo más los bonos. Con eso no pago ni el pasaje”, continuó.",
      "El presidente del CPV en Lara, Ramón Antonio Colmenárez, y el dirigente del Sindicato " +
        "Venezolano de Maestros Orlando Escalona recorrieron varios planteles en la primera " +
        "jornada. “El maestro se fue a Colombia, a Chile o a vender café en la esquina”, resumió " +
        "Colmenárez. Escalona calificó los bonos de “una burla”.",
      "Para cubrir las vacantes, el Ministerio de Educación ha incorporado a los llamados " +
        "“bachilleres docentes”, jóvenes recién graduados que reciben un curso de pocas semanas.",
      "Un funcionario de la Zona Educativa que habló con Efecto Cocuyo bajo condición de " +
        "anonimato admitió que existe “un déficit importante” y aseguró que las vacantes se " +
        "cubrirán antes de diciembre.",
      "Una representante del liceo Lisandro Alvarado, que prefirió no dar su nombre, lo dijo sin " +
        "rodeos: “Aquí los que están enseñando son los muchachos de quinto año”.",
    ],
    quotes: [
      ["Damos clases a tres secciones a la vez", "Yelitza Carolina Mendoza"],
      ["al menos 3.200 maestros y profesores", "el Colegio de Profesores de Venezuela"],
      [
        "Damos clases a tres secciones a la vez, con un solo pizarrón y sin luz después de las diez",
        "Yelitza Carolina Mendoza",
      ],
      [
        "Cobro el equivalente a cuatro dólares de sueldo más los bonos. Con eso no pago ni el pasaje",
        "Yelitza Carolina Mendoza",
      ],
      ["El maestro se fue a Colombia, a Chile o a vender café en la esquina", "Ramón Antonio Colmenárez"],
      ["una burla", "Orlando Escalona"],
      ["un déficit importante", "Un funcionario de la Zona Educativa"],
      [
        "Aquí los que están enseñando son los muchachos de quinto año",
        "Una representante del liceo Lisandro Alvarado",
      ],
    ],
  },
]);
