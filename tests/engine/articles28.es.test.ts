// A twenty-eighth round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty-seven rounds did not use: La Opinión A Coruña (the council votes to pedestrianise the Marina),
// La Voz de Almería (an El Ejido grower sentenced for exploiting farmhands), Al Día (a Vuelta a Costa
// Rica stage over the Cerro de la Muerte, Costa Rica), Estrategia (a cherry exporter's results, Chile),
// Diario de Xalapa (the city's symphony orchestra premieres a work with son jarocho players, México),
// El Ancasti (arsenic-breathing microbes in the Puna lagoons, Catamarca, Argentina, straight quotation
// marks), Diario Médico (a cystic-fibrosis therapy funded from age two), Diario de Ferrol (the passenger
// boat to Mugardos resumes daily crossings), El Diario de Juárez (a car-theft gang with cloned keys,
// México, straight quotation marks) and El Cordillerano (an invasive alga in a Bariloche stream,
// Argentina).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Opinión A Coruña, política: titular con cita de la concejala nombrada solo en el cuerpo y " +
      "repetida en él con «sentenció», cita parcial tras «defendió el proyecto como», portavoz con " +
      "«acusó … de actuar» y cita parcial y segunda cita con «le reprochó», respuesta con «respondió " +
      "Castro» invertido, dos mujeres en un párrafo con «advirtió la comerciante», informe que " +
      "«advierte de que» con cita parcial, lema de una campaña (no cita), jubilado anónimo con «comentaba»",
    todo:
      "«exigirá reforzar las líneas 1 y 1A de autobús» goes to El informe de movilidad, not el " +
      "informe de movilidad que acompaña al proyecto",
    headline:
      "«A Coruña no puede seguir mirando al mar desde un aparcamiento»: luz verde a peatonalizar la Marina",
    paragraphs: [
      "El Pleno municipal aprobó ayer, con los votos del gobierno local socialista y del BNG y el " +
        "rechazo del PP, el proyecto para peatonalizar la avenida de la Marina y llevar bajo tierra las " +
        "300 plazas de aparcamiento en superficie. Las obras, presupuestadas en 14 millones de euros, " +
        "comenzarán en otoño.",
      "La concejala de Urbanismo, Noemí Castro Freire, defendió el proyecto como «la mayor " +
        "transformación del frente marítimo desde los años noventa». «A Coruña no puede seguir mirando " +
        "al mar desde un aparcamiento», sentenció ante un salón de plenos con el público en pie.",
      "El portavoz popular, Xosé Manuel Varela Lema, acusó al gobierno local de actuar «de espaldas a " +
        "los comerciantes». «Ustedes hablan de paseos, pero quien paga el alquiler de un local en la " +
        "Marina necesita que lleguen clientes», le reprochó a la edil.",
      "«No vamos a dejar a nadie sin aparcamiento; vamos a dejar de regalar el mejor balcón de la " +
        "ciudad a los coches», respondió Castro, que recordó que el nuevo aparcamiento subterráneo " +
        "tendrá 40 plazas más que las actuales.",
      "La viceportavoz del BNG, Iria Seoane Rei, y la presidenta de la Asociación de Comerciantes de " +
        "la Marina, Carmen Lage Dopico, que siguió el debate desde el público, coincidieron al menos en " +
        "pedir que las obras se paren en julio y agosto. «Un verano con zanjas sería la ruina para la " +
        "hostelería», advirtió la comerciante.",
      "El informe de movilidad que acompaña al proyecto calcula que el tráfico en la zona caerá un " +
        "40 % y advierte de que el cambio «exigirá reforzar las líneas 1 y 1A de autobús».",
      "El Ayuntamiento presentará el proyecto en los barrios a partir de la próxima semana con la " +
        "campaña «A Marina é túa». En una terraza frente a las galerías, la noticia se recibía con " +
        "alivio. «Llevo cuarenta años viendo coches aparcados delante del mar; ya tocaba», comentaba " +
        "un jubilado.",
    ],
    quotes: [
      ["A Coruña no puede seguir mirando al mar desde un aparcamiento", "Noemí Castro Freire"],
      ["la mayor transformación del frente marítimo desde los años noventa", "Noemí Castro Freire"],
      ["de espaldas a los comerciantes", "Xosé Manuel Varela Lema"],
      [
        "Ustedes hablan de paseos, pero quien paga el alquiler de un local en la Marina necesita que " +
          "lleguen clientes",
        "Xosé Manuel Varela Lema",
      ],
      [
        "No vamos a dejar a nadie sin aparcamiento; vamos a dejar de regalar el mejor balcón de la " +
          "ciudad a los coches",
        "Noemí Castro Freire",
      ],
      ["Un verano con zanjas sería la ruina para la hostelería", "Carmen Lage Dopico"],
      ["exigirá reforzar las líneas 1 y 1A de autobús", "el informe de movilidad que acompaña al proyecto"],
      ["Llevo cuarenta años viendo coches aparcados delante del mar; ya tocaba", "un jubilado"],
    ],
  },
  {
    name:
      "La Voz de Almería, tribunales: entradilla con cita de un jornalero descrito allí y nombrado " +
      "solo en el cuerpo, repetida con «declaró» y segunda cita sin verbo, sentencia que «considera " +
      "probado» con cita parcial, abogada con cita partida por «sostuvo su abogada», fiscal con " +
      "«Según» y cita parcial, nombre de una operación (no cita), sindicalista con «lo resumió así» y " +
      "dos puntos",
    headline:
      "Tres años de cárcel para un agricultor de El Ejido que hacía dormir a sus jornaleros en un almacén",
    standfirst:
      "«Nos pagaban tres euros la hora y nos encerraban por la noche», relató ante el tribunal uno de " +
      "los cinco trabajadores",
    paragraphs: [
      "La Sección Tercera de la Audiencia Provincial de Almería ha condenado a tres años de prisión a " +
        "Francisco Javier Maldonado Ruiz, de 58 años, propietario de una explotación de invernaderos en " +
        "Las Norias, por un delito contra los derechos de los trabajadores. Deberá además indemnizar con " +
        "6.000 euros a cada uno de los cinco jornaleros afectados.",
      "La sentencia, a la que ha tenido acceso este periódico, considera probado que el acusado los " +
        "empleó entre 2021 y 2022 sin contrato ni alta en la Seguridad Social y los alojó en un almacén " +
        "de aperos «sin agua corriente, sin ventilación y junto a productos fitosanitarios».",
      "Uno de ellos, el maliense Mamadou Diallo, de 31 años, fue el primero en denunciar. «Nos pagaban " +
        "tres euros la hora y nos encerraban por la noche», declaró durante la vista. «Si alguien se " +
        "quejaba, al día siguiente no había trabajo para él».",
      "«Mi cliente no es un explotador», sostuvo su abogada, Rocío Ferrer Navarro, «es un agricultor " +
        "que se vio desbordado en plena campaña y que cometió errores». La defensa ya ha anunciado que " +
        "recurrirá ante el Tribunal Superior de Justicia de Andalucía.",
      "Según la fiscal de Extranjería, Elena Cortés Amat, que había pedido cinco años, el caso " +
        "demuestra que «la explotación laboral en el campo no es un recuerdo del pasado».",
      "La investigación arrancó en 2022 con la «operación Surco» de la Guardia Civil, tras una " +
        "denuncia presentada por una asociación de ayuda al inmigrante. El secretario provincial de " +
        "CCOO del Campo, Antonio Gómez Rubí, lo resumió así: «Por cada caso que llega a juicio hay diez " +
        "que nunca salen del invernadero».",
    ],
    quotes: [
      ["Nos pagaban tres euros la hora y nos encerraban por la noche", "Mamadou Diallo"],
      ["sin agua corriente, sin ventilación y junto a productos fitosanitarios", "La sentencia"],
      ["Si alguien se quejaba, al día siguiente no había trabajo para él", "Mamadou Diallo"],
      ["Mi cliente no es un explotador", "Rocío Ferrer Navarro"],
      [
        "es un agricultor que se vio desbordado en plena campaña y que cometió errores",
        "Rocío Ferrer Navarro",
      ],
      ["la explotación laboral en el campo no es un recuerdo del pasado", "Elena Cortés Amat"],
      ["Por cada caso que llega a juicio hay diez que nunca salen del invernadero", "Antonio Gómez Rubí"],
    ],
  },
  {
    name:
      "Al Día, ciclismo: ciclista nombrado en el primer párrafo y citado como «el pedalista de 23 " +
      "años» con «confesó», apodo (no cita), dos hombres en un párrafo con «admitió el colombiano», " +
      "director deportivo con dos puntos y segunda cita partida por «valoró Solano», federación con " +
      "«informó que» y cita parcial, aficionada anónima con «gritaba»",
    headline: "Daniel Alfaro se viste de amarillo en el Cerro de la Muerte",
    paragraphs: [
      "Daniel Alfaro Quesada, del Arroz Sabanero-Cartago, ganó ayer la sexta etapa de la Vuelta a " +
        "Costa Rica, 142 kilómetros entre Pérez Zeledón y Cartago, y se puso la camiseta de líder tras " +
        "cruzar en solitario la cima del Cerro de la Muerte, a 3.300 metros.",
      "“Desde que era güila soñaba con pasar primero por el Cerro de la Muerte”, confesó el pedalista " +
        "de 23 años, vecino de Paraíso, al que en el pelotón todos llaman “el Zancudo” por sus piernas " +
        "largas y flacas.",
      "El colombiano Andrés Felipe Mosquera, que llegaba de líder, y el guatemalteco Kevin Ajú " +
        "Tzul, tercero en la general, cedieron más de dos minutos en la bajada. “Hoy no tuve piernas; el " +
        "frío allá arriba me mató”, admitió el colombiano.",
      "El director deportivo del equipo cartaginés, Minor Solano Brenes, ya hacía cuentas: “Tenemos 48 " +
        "segundos de ventaja y una contrarreloj el domingo. No es mucho, pero tampoco es poco”.",
      "“El muchacho corrió con la cabeza”, valoró Solano, “esperó hasta el último repecho y ahí sí " +
        "soltó todo lo que tenía”.",
      "La Federación Costarricense de Ciclismo informó que la etapa del sábado, entre San José y " +
        "Puntarenas, “se mantendrá pese al pronóstico de fuertes lluvias”. En la meta, una aficionada " +
        "con la bandera de Paraíso gritaba: “¡Ese es el de nosotros!”.",
    ],
    quotes: [
      ["Desde que era güila soñaba con pasar primero por el Cerro de la Muerte", "Daniel Alfaro Quesada"],
      ["Hoy no tuve piernas; el frío allá arriba me mató", "Andrés Felipe Mosquera"],
      [
        "Tenemos 48 segundos de ventaja y una contrarreloj el domingo. No es mucho, pero tampoco es poco",
        "Minor Solano Brenes",
      ],
      ["El muchacho corrió con la cabeza", "Minor Solano Brenes"],
      ["esperó hasta el último repecho y ahí sí soltó todo lo que tenía", "Minor Solano Brenes"],
      ["se mantendrá pese al pronóstico de fuertes lluvias", "La Federación Costarricense de Ciclismo"],
      ["¡Ese es el de nosotros!", "una aficionada"],
    ],
  },
  {
    name:
      "Estrategia, economía: bajada con cita parcial del gerente general descrito allí y nombrado solo " +
      "en el cuerpo, empresa en su análisis razonado con «señaló que» y cita parcial, gerente con " +
      "«explicó» y segunda cita sin verbo, analista con «Según» y cita parcial, gremio con «Desde … " +
      "advirtieron» y cita parcial, nombre de un buque (no cita), gerente como «el ejecutivo» con " +
      "«resumió»",
    todo:
      "«Si el barco llega en 23 días y no en 35, la c…» goes to el ejecutivo, not Rodrigo " +
      "Valenzuela Ibáñez",
    headline: "Frutícola Los Aromos eleva 23% sus ventas por las cerezas a China",
    standfirst:
      "Su gerente general anticipa una próxima campaña “más estrecha en márgenes” por la caída de los " +
      "precios en destino",
    paragraphs: [
      "Frutícola Los Aromos S.A., con sede en Curicó, informó a la Comisión para el Mercado Financiero " +
        "(CMF) ventas por US$ 412 millones en la temporada 2025-2026, un alza de 23% frente al ejercicio " +
        "anterior, impulsadas por los envíos de cerezas a China.",
      "En su análisis razonado, la firma señaló que el resultado “refleja la mayor productividad de los " +
        "huertos plantados entre 2019 y 2021”, aunque reconoció que los precios cayeron cerca de 15% " +
        "en la semana del Año Nuevo Chino.",
      "En conferencia con analistas, el gerente general, Rodrigo Valenzuela Ibáñez, puso el foco en " +
        "la dependencia de un solo mercado. “Fue la mejor temporada de la última década en volumen, " +
        "pero no en precio”, explicó. “China sigue siendo el mercado, pero no podemos tener el 90% de " +
        "los huevos en la misma canasta”.",
      "Según Carolina Muñoz Pizarro, analista de Andes Capital, la compañía “hizo bien la tarea en " +
        "costos”, aunque el mercado castigará cualquier señal de sobreoferta en la industria.",
      "Desde el gremio Frutas de Chile advirtieron en un comunicado que la oferta nacional de cerezas " +
        "“podría superar los 140 millones de cajas” la próxima temporada.",
      "La compañía confirmó además que el buque refrigerado “Maule Star”, fletado junto con otras tres " +
        "exportadoras, hará once viajes directos a Shanghái. “Si el barco llega en 23 días y no en 35, " +
        "la cereza llega viva. Ahí está todo el negocio”, resumió el ejecutivo.",
    ],
    quotes: [
      ["más estrecha en márgenes", "Rodrigo Valenzuela Ibáñez"],
      [
        "refleja la mayor productividad de los huertos plantados entre 2019 y 2021",
        "Frutícola Los Aromos S.A.",
      ],
      [
        "Fue la mejor temporada de la última década en volumen, pero no en precio",
        "Rodrigo Valenzuela Ibáñez",
      ],
      [
        "China sigue siendo el mercado, pero no podemos tener el 90% de los huevos en la misma canasta",
        "Rodrigo Valenzuela Ibáñez",
      ],
      ["hizo bien la tarea en costos", "Carolina Muñoz Pizarro"],
      ["podría superar los 140 millones de cajas", "Frutas de Chile"],
      [
        "Si el barco llega en 23 días y no en 35, la cereza llega viva. Ahí está todo el negocio",
        "Rodrigo Valenzuela Ibáñez",
      ],
    ],
  },
  {
    name:
      "Diario de Xalapa, cultura: título de una obra en el titular y el cuerpo (no cita), compositor " +
      "como «el autor, de 41 años» con «explicó» y segunda cita con «dijo que» y dos puntos, dos " +
      "mujeres en un párrafo con «reconoció la directora», cita de la jaranera sin verbo que sigue en " +
      "el párrafo siguiente, universidad en un comunicado con cita parcial, espectadora anónima con " +
      "«comentó»",
    headline: "La OSX estrena “Cantos del Papaloapan” con jaraneros en el escenario",
    paragraphs: [
      "La Orquesta Sinfónica de Xalapa (OSX) estrenó la noche del viernes en la Sala Tlaqná “Cantos del " +
        "Papaloapan”, obra del compositor tlacotalpeño Emiliano Cházaro Uscanga, que por primera vez " +
        "sentó a un grupo de son jarocho junto a los atriles de la orquesta.",
      "“Quise que el violín y la jarana se escucharan como primos, no como visitas”, explicó el autor, " +
        "de 41 años, en entrevista previa al concierto. Cházaro dijo que la pieza nació tras la creciente " +
        "del río en 2024: “Escuché a los viejos de Tlacotalpan contar la inundación cantando décimas, y " +
        "ahí estaba la obra”.",
      "La directora huésped, la chilena Valentina Rojas Leiva, y la jaranera Citlali Hernández Malpica " +
        "ensayaron durante tres meses para encontrar un pulso común. “Para mí fue aprender a contar de " +
        "otra manera; el son no espera a nadie”, reconoció la directora.",
      "Para Hernández Malpica, integrante del grupo Los Cocuyos del Sotavento, el estreno salda una " +
        "deuda. “Durante años nos llamaban para tocar en el vestíbulo, a la hora del brindis. Hoy " +
        "estuvimos en el escenario, con la orquesta esperándonos a nosotros.",
      "“Eso lo van a recordar las niñas que estaban en la tercera fila, y a lo mejor alguna de ellas " +
        "un día dirige esta orquesta”.",
      "La Universidad Veracruzana, a la que pertenece la OSX, informó en un comunicado que la obra " +
        "“se grabará durante la temporada de otoño para su edición discográfica”. A la salida, entre " +
        "aplausos que siguieron en la explanada, una espectadora no dejaba de sonreír. “Nunca había " +
        "oído una orquesta así; parecía fandango”, comentó.",
    ],
    quotes: [
      [
        "Quise que el violín y la jarana se escucharan como primos, no como visitas",
        "Emiliano Cházaro Uscanga",
      ],
      [
        "Escuché a los viejos de Tlacotalpan contar la inundación cantando décimas, y ahí estaba la obra",
        "Emiliano Cházaro Uscanga",
      ],
      ["Para mí fue aprender a contar de otra manera; el son no espera a nadie", "Valentina Rojas Leiva"],
      [
        "Durante años nos llamaban para tocar en el vestíbulo, a la hora del brindis. Hoy estuvimos en " +
          "el escenario, con la orquesta esperándonos a nosotros.",
        "Citlali Hernández Malpica",
      ],
      [
        "Eso lo van a recordar las niñas que estaban en la tercera fila, y a lo mejor alguna de ellas " +
          "un día dirige esta orquesta",
        "Citlali Hernández Malpica",
      ],
      ["se grabará durante la temporada de otoño para su edición discográfica", "La Universidad Veracruzana"],
      ["Nunca había oído una orquesta así; parecía fandango", "una espectadora"],
    ],
  },
  {
    name:
      "El Ancasti, ciencia (comillas rectas): comillas irónicas en el titular (no cita), nombre de una " +
      "revista (no cita), investigadora con «dijo la investigadora», dos mujeres en un párrafo con " +
      "«recordó la becaria», trabajo que «señala que» con cita parcial, autores que «advierten» con cita " +
      "parcial, ministerio con «Desde … respondieron» y cita parcial, baqueano anónimo con «dijo»",
    todo:
      "«Nosotros siempre supimos que esas piedras est…» goes to el Ministerio de Minería provincial, " +
      "not Un baqueano de El Peñón",
    headline: 'Hallan en la Puna catamarqueña microbios que "respiran" arsénico',
    paragraphs: [
      "Un equipo del CONICET y de la Universidad Nacional de Catamarca (UNCA) describió comunidades de " +
        "microorganismos que obtienen energía del arsénico en dos lagunas de Antofagasta de la Sierra, " +
        "a más de 3.300 metros de altura. El hallazgo fue publicado en la revista científica " +
        '"Extremophiles".',
      "La investigación la dirige la microbióloga Silvina Carrizo Vega, del Centro de Investigaciones " +
        'Biológicas de la UNCA. "Es como encontrar una ventana abierta a la Tierra de hace 3.000 ' +
        'millones de años", dijo la investigadora.',
      "Carrizo Vega y la becaria doctoral Julieta Nieva pasaron dos inviernos en la laguna Grande " +
        'tomando muestras de los tapetes microbianos. "Las muestras las tomábamos de madrugada, con ' +
        'veinte grados bajo cero y el agua congelada en los bordes", recordó la becaria.',
      'El trabajo señala que estas comunidades "podrían servir como modelo para buscar vida en Marte", ' +
        "porque prosperan con radiación ultravioleta extrema y casi sin oxígeno.",
      "Los autores advierten, sin embargo, que la extracción de litio en el salar vecino " +
        '"altera el balance hídrico" de las lagunas. Desde el Ministerio de Minería provincial ' +
        'respondieron que los proyectos "cuentan con monitoreos ambientales permanentes".',
      "Un baqueano de El Peñón, que guió al equipo en todas las campañas, tomó la noticia con humor. " +
        '"Nosotros siempre supimos que esas piedras estaban vivas; ahora lo dicen los doctores", ' +
        "dijo entre risas.",
    ],
    quotes: [
      [
        "Es como encontrar una ventana abierta a la Tierra de hace 3.000 millones de años",
        "Silvina Carrizo Vega",
      ],
      [
        "Las muestras las tomábamos de madrugada, con veinte grados bajo cero y el agua congelada en " +
          "los bordes",
        "Julieta Nieva",
      ],
      ["podrían servir como modelo para buscar vida en Marte", "El trabajo"],
      ["altera el balance hídrico", "Los autores"],
      ["cuentan con monitoreos ambientales permanentes", "el Ministerio de Minería provincial"],
      [
        "Nosotros siempre supimos que esas piedras estaban vivas; ahora lo dicen los doctores",
        "Un baqueano de El Peñón",
      ],
    ],
  },
  {
    name:
      "Diario Médico, sanidad: término mencionado entre comillas (no cita), presidenta de la federación " +
      "con «celebró la decisión» y dos puntos y cita con comillas anidadas, neumólogo con «resume» " +
      "invertido y cita parcial tras «El especialista recuerda», fuentes ministeriales con " +
      "«aseguran», laboratorio en una nota con cita parcial, madre con «dice» tras la cita",
    headline: "Sanidad financiará la triple terapia para la fibrosis quística desde los dos años",
    paragraphs: [
      "La Comisión Interministerial de Precios de los Medicamentos ha aprobado la financiación de la " +
        "triple combinación de fármacos conocidos como «moduladores de la CFTR» para niños con " +
        "fibrosis quística de entre dos y cinco años. La medida alcanzará a unos 300 pacientes en " +
        "toda España.",
      "La presidenta de la Federación Española de Fibrosis Quística, Marta Ibarrola Sainz, celebró la " +
        "decisión: «Cuando a una madre le dicen “hay tratamiento, pero no para tu hija”, eso no se " +
        "olvida nunca».",
      "«Cuanto antes se empieza, más pulmón se conserva», resume el neumólogo pediatra Ignacio Zabala " +
        "Otero, jefe de la unidad de fibrosis quística del Hospital Infantil Universitario Niño Jesús. " +
        "El especialista recuerda que los ensayos en este grupo de edad mostraron mejoras «muy " +
        "consistentes» en la función pulmonar y en el estado nutricional.",
      "Fuentes del Ministerio de Sanidad aseguran a este periódico que el precio pactado es " +
        "confidencial. «El acuerdo incluye un techo de gasto y una revisión a los dos años», precisan.",
      "El laboratorio titular del fármaco señaló en una nota que su compromiso es «que ningún " +
        "paciente elegible quede fuera» y que el suministro a los hospitales comenzará en marzo.",
      "Ainhoa Beristain, madre de Maite, de tres años, lleva desde 2023 pidiendo la ampliación junto " +
        "a otras familias. «Ahora sólo nos queda esperar a que llegue a la farmacia del hospital», dice.",
    ],
    quotes: [
      [
        "Cuando a una madre le dicen “hay tratamiento, pero no para tu hija”, eso no se olvida nunca",
        "Marta Ibarrola Sainz",
      ],
      ["Cuanto antes se empieza, más pulmón se conserva", "Ignacio Zabala Otero"],
      ["muy consistentes", "Ignacio Zabala Otero"],
      [
        "El acuerdo incluye un techo de gasto y una revisión a los dos años",
        "Fuentes del Ministerio de Sanidad",
      ],
      ["que ningún paciente elegible quede fuera", "El laboratorio titular del fármaco"],
      ["Ahora sólo nos queda esperar a que llegue a la farmacia del hospital", "Ainhoa Beristain"],
    ],
  },
  {
    name:
      "Diario de Ferrol, vida local: titular con cita de una vecina nombrada solo en el cuerpo y " +
      "repetida en él con «resumió» y segunda cita sin verbo, nombre de un barco (no cita), dos " +
      "alcaldes en un párrafo con «advirtió el regidor ferrolano», convenio que «establece» con cita " +
      "parcial, patrón presentado y citado sin verbo, lema pintado en el casco (no cita), estudiante " +
      "anónima con «contaba»",
    todo:
      "«se revisará si la ocupación media no supera e…» goes to El convenio, not El convenio " +
      "firmado con la Xunta",
    headline: "«Volvemos a tener ría»: la lancha de Mugardos recupera las salidas diarias",
    paragraphs: [
      "El servicio de pasaje marítimo entre Ferrol y Mugardos recuperó ayer sus salidas diarias, " +
        "suspendidas desde 2020, con seis viajes en cada sentido de lunes a sábado. La embarcación " +
        "«Ría de Ferrol», con capacidad para 80 pasajeros, hizo la primera travesía a las 7.45 horas " +
        "desde el muelle de Curuxeiras.",
      "Entre los primeros pasajeros estaba Manuela Pita Bouza, de 72 años, vecina de Mugardos, que " +
        "durante cuatro décadas cruzó la ría para trabajar en una conservera. «Volvemos a tener ría», " +
        "resumió emocionada. «Antes íbamos en autobús dando la vuelta por Fene y perdíamos una hora».",
      "«Es un día histórico para las dos orillas», afirmó el alcalde de Mugardos, Alfonso Teijeiro " +
        "Lamas, que viajó en la primera lancha junto al alcalde de Ferrol, Óscar Doval Seijas. «Ahora " +
        "toca que la gente lo use, porque un barco vacío no hay quien lo defienda», advirtió el regidor " +
        "ferrolano.",
      "El convenio firmado con la Xunta, que aporta 420.000 euros anuales, establece que el servicio " +
        "«se revisará si la ocupación media no supera el 30 %» durante el primer año.",
      "Al timón, el patrón Xosé Lois Insua, con treinta años de oficio en la ría. «La ría la conozco " +
        "como el pasillo de mi casa; lo difícil es cumplir el horario, no el mar».",
      "En el casco, recién pintado, se lee el lema «Cruza a ría». «Tardo doce minutos en llegar al " +
        "instituto; antes, cincuenta», contaba una estudiante de Bachillerato mientras bajaba en " +
        "Curuxeiras.",
    ],
    quotes: [
      ["Volvemos a tener ría", "Manuela Pita Bouza"],
      ["Antes íbamos en autobús dando la vuelta por Fene y perdíamos una hora", "Manuela Pita Bouza"],
      ["Es un día histórico para las dos orillas", "Alfonso Teijeiro Lamas"],
      [
        "Ahora toca que la gente lo use, porque un barco vacío no hay quien lo defienda",
        "Óscar Doval Seijas",
      ],
      ["se revisará si la ocupación media no supera el 30 %", "El convenio firmado con la Xunta"],
      [
        "La ría la conozco como el pasillo de mi casa; lo difícil es cumplir el horario, no el mar",
        "Xosé Lois Insua",
      ],
      ["Tardo doce minutos en llegar al instituto; antes, cincuenta", "una estudiante de Bachillerato"],
    ],
  },
  {
    name:
      "El Diario de Juárez, policiaca (comillas rectas): secretaría con «Según» y cita parcial, nombre " +
      "de un operativo (no cita), vocero con «dijo en conferencia» y segunda cita con «precisó el " +
      "funcionario», víctima con «narró», fiscalía con «informó que» y cita parcial, guardia anónimo " +
      "con «dijo»",
    todo:
      "«operaban en centros comerciales y estacionami…» goes to la corporación, not la Secretaría de " +
      "Seguridad Pública Municipal; «Aquí ya nadie deja nada en el carro, y ahora …» goes to un guardia " +
      "de seguridad de la plaza comercial, not un guardia de seguridad",
    headline: "Detienen a tres por robo de autos con llaves clonadas en el suroriente",
    paragraphs: [
      "Agentes de la Secretaría de Seguridad Pública Municipal detuvieron a tres hombres de entre 22 y " +
        "35 años, señalados como integrantes de una banda dedicada al robo de vehículos con llaves " +
        "clonadas electrónicamente en fraccionamientos del suroriente de la ciudad.",
      'Según la corporación, los detenidos "operaban en centros comerciales y estacionamientos de ' +
        'supermercados, donde copiaban la señal de las llaves" mientras los dueños hacían sus compras.',
      "El vocero de la dependencia, Adrián Sotelo Valenzuela, informó que la captura se logró dentro " +
        'del operativo "Cerrojo". "Tenemos 27 denuncias que coinciden con el modo de operar de esta ' +
        'célula", dijo en conferencia de prensa.',
      '"No es un aparato que cualquiera consiga; hablamos de equipos de hasta 60 mil pesos", precisó ' +
        "el funcionario, que mostró a los medios el dispositivo asegurado en una camioneta Tahoe.",
      "Una de las víctimas, Rosa Isela Domínguez, maestra de 44 años, perdió su auto en el " +
        'estacionamiento de una tienda de la avenida Las Torres. "Salí con el mandado y mi carro ya no ' +
        'estaba; ni un vidrio roto, nada", narró.',
      'La Fiscalía Distrito Zona Norte informó que los detenidos "fueron puestos a ' +
        'disposición del Ministerio Público" y que la audiencia de imputación se realizará el lunes.',
      '"Aquí ya nadie deja nada en el carro, y ahora ni el carro", dijo un guardia de seguridad de la ' +
        "plaza comercial.",
    ],
    quotes: [
      [
        "operaban en centros comerciales y estacionamientos de supermercados, donde copiaban la señal " +
          "de las llaves",
        "la Secretaría de Seguridad Pública Municipal",
      ],
      ["Tenemos 27 denuncias que coinciden con el modo de operar de esta célula", "Adrián Sotelo Valenzuela"],
      [
        "No es un aparato que cualquiera consiga; hablamos de equipos de hasta 60 mil pesos",
        "Adrián Sotelo Valenzuela",
      ],
      ["Salí con el mandado y mi carro ya no estaba; ni un vidrio roto, nada", "Rosa Isela Domínguez"],
      ["fueron puestos a disposición del Ministerio Público", "La Fiscalía Distrito Zona Norte"],
      ["Aquí ya nadie deja nada en el carro, y ahora ni el carro", "un guardia de seguridad"],
    ],
  },
  {
    name:
      "El Cordillerano, ambiente: nombre común del alga entre comillas en el titular y el cuerpo (no " +
      "cita), intendente con «explicó Sosa» y cita parcial tras «pidió», bióloga con «Según» y cita " +
      "parcial, nombre de una campaña (no cita), dos hombres en un párrafo con «contó el guía», " +
      "municipio con «Desde … señalaron» y cita parcial, informe técnico que «advierte» con cita parcial",
    todo: "«moco de roca» taken for a quote",
    headline: "Confirman “moco de roca” en el arroyo Ñireco y piden desinfectar los equipos de pesca",
    paragraphs: [
      "La Administración de Parques Nacionales (APN) confirmó la presencia de Didymosphenia geminata, " +
        "el alga invasora conocida como “moco de roca”, en el arroyo Ñireco, a pocos kilómetros del " +
        "centro de Bariloche. Es la primera detección dentro del ejido municipal.",
      "El intendente del Parque Nacional Nahuel Huapi, Martín Ezequiel Sosa, llevó calma sobre el agua " +
        "de consumo. “No tiene impacto en la salud humana, pero transforma el fondo del río en una " +
        "alfombra que asfixia todo lo demás”, explicó Sosa, quien pidió a pescadores y kayakistas " +
        "“limpiar, secar y desinfectar” todo el equipo antes de cambiar de curso de agua.",
      "Según la bióloga Florencia Aguirre Cárdenas, del INIBIOMA, el alga “llegó en las botas de " +
        "alguien, no con el viento”, porque sus células no sobreviven mucho tiempo fuera del agua.",
      "Parques Nacionales relanzará este verano la campaña “Río Limpio, Pesca Sana”, con puestos de " +
        "control en las bajadas más concurridas.",
      "El presidente del Club de Pesca Nahuel Huapi, Héctor Raúl Baeza, y el guía de pesca Juan Pablo " +
        "Kessler recorrieron el arroyo el fin de semana. “Hace treinta años que pesco acá y nunca vi las " +
        "piedras así, como cubiertas de lana”, contó el guía.",
      "Desde el Municipio señalaron que en los próximos días se “colocarán estaciones de lavado en los " +
        "accesos al arroyo”. El informe técnico de Parques Nacionales advierte que, de no contenerse, " +
        "el alga “podría alcanzar el río Limay antes del verano”.",
    ],
    quotes: [
      [
        "No tiene impacto en la salud humana, pero transforma el fondo del río en una alfombra que " +
          "asfixia todo lo demás",
        "Martín Ezequiel Sosa",
      ],
      ["limpiar, secar y desinfectar", "Martín Ezequiel Sosa"],
      ["llegó en las botas de alguien, no con el viento", "Florencia Aguirre Cárdenas"],
      [
        "Hace treinta años que pesco acá y nunca vi las piedras así, como cubiertas de lana",
        "Juan Pablo Kessler",
      ],
      ["colocarán estaciones de lavado en los accesos al arroyo", "el Municipio"],
      ["podría alcanzar el río Limay antes del verano", "El informe técnico de Parques Nacionales"],
    ],
  },
]);
