// A fortieth round of composed Spanish news articles, in the styles of outlets and beats the first
// thirty-nine rounds did not use: Diario de Alcalá (the Don Juan Tenorio staging leaves the Huerta del
// Obispo, culture, Alcalá de Henares, España), Diario del Istmo (an ammonia plant closes in
// Cosoleacaque, business/industry, Veracruz, México), Pregón (tobacco growers threaten to withhold
// the harvest, agriculture, Jujuy, Argentina), Diario del Cesar (a former hospital manager sentenced
// over ambulance contracts, courts, Aguachica, Colombia), La Discusión (a late Ñublense draw against
// Huachipato, sport, Chillán, Chile), Diario Voces (the río Cumbaza floods Morales, weather/disasters,
// Tarapoto, Perú, raya dialogue lines), Despacho 505 (the price of red beans soars in Managua's
// markets, consumer, Nicaragua), Venceremos (a new frog species in the Alejandro de Humboldt park,
// science, Guantánamo, Cuba), Diario Centinela (students march against a university budget cut,
// education, Loja, Ecuador) and Subrayado (two young men held for a supermarket robbery, police,
// Paysandú, Uruguay, straight quotation marks). Every article was written for these tests, blind,
// before the engine was run on them; the speakers follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Diario de Alcalá, cultura: titular con cita de la concejala repetida en el " +
      "cuerpo con «explicó» invertido y segunda cita sin verbo, nombre del " +
      "espectáculo y título de la obra (no citas), «La edil» con cita parcial y dos " +
      "puntos, director con el mismo apellido que la concejala y «dijo Sanz Arroyo», " +
      "cita suelta que continúa, asociación vecinal en un comunicado con cita " +
      "parcial, «según un portavoz del Obispado», vecina anónima con dos puntos",
    todo: "«tres años» goes to Casco Histórico, not La asociación vecinal Casco Histórico",
    headline: "El «Don Juan en Alcalá» deja la Huerta del Obispo: «No es segura para 4.000 " + "personas»",
    paragraphs: [
      "El Ayuntamiento de Alcalá de Henares ha decidido trasladar este año a la Plaza " +
        "de Cervantes la representación del «Don Juan Tenorio» de José Zorrilla, que " +
        "cada noviembre reúne a miles de personas en la Huerta del Obispo, después de " +
        "que un informe técnico desaconsejara usar el recinto por el mal estado de un " +
        "tramo de la muralla.",
      "«No es segura para 4.000 personas», explicó la concejala de Cultura, Elena " +
        "Sanz Moratilla, durante la presentación de la programación de otoño. «No vamos " +
        "a correr ese riesgo. Preferimos una plaza llena a una muralla apuntalada».",
      "La edil defendió que la Plaza de Cervantes ofrece «más salidas de emergencia» " +
        "y adelantó el calendario: «Habrá dos funciones, el 31 de octubre y el 1 de " +
        "noviembre, y las dos serán gratuitas».",
      "El director del montaje, Ignacio Sanz Arroyo, lleva veinte años dirigiendo el " +
        "Tenorio alcalaíno y no oculta su disgusto. «La Huerta del Obispo es parte de " +
        "la función. Don Juan entre murallas no es lo mismo que Don Juan entre " +
        "farolas», dijo Sanz Arroyo.",
      "«Vamos a adaptarnos, porque el público lo merece, pero que nadie nos pida que " + "sea igual».",
      "La asociación vecinal Casco Histórico criticó en un comunicado que el " +
        "Ayuntamiento haya tardado «tres años» en encargar las obras de consolidación, " +
        "pese a los avisos de los vecinos sobre las grietas de la calle Cardenal " +
        "Sandoval y Rojas.",
      "Según un portavoz del Obispado de Alcalá, propietario de parte del recinto, la " +
        "diócesis está «dispuesta a colaborar» en la restauración para que el " +
        "espectáculo vuelva a su escenario habitual en 2027.",
      "Una vecina de la calle Mayor que no se ha perdido una función desde 1990 lo " +
        "tiene claro: «Con el frío que hace en noviembre, en la plaza por lo menos " +
        "tendremos los bares al lado».",
    ],
    quotes: [
      ["No es segura para 4.000 personas", "Elena Sanz Moratilla"],
      [
        "No vamos a correr ese riesgo. Preferimos una plaza llena a una muralla " + "apuntalada",
        "Elena Sanz Moratilla",
      ],
      ["más salidas de emergencia", "Elena Sanz Moratilla"],
      [
        "Habrá dos funciones, el 31 de octubre y el 1 de noviembre, y las dos serán " + "gratuitas",
        "Elena Sanz Moratilla",
      ],
      [
        "La Huerta del Obispo es parte de la función. Don Juan entre murallas no es lo " +
          "mismo que Don Juan entre farolas",
        "Ignacio Sanz Arroyo",
      ],
      [
        "Vamos a adaptarnos, porque el público lo merece, pero que nadie nos pida que " + "sea igual",
        "Ignacio Sanz Arroyo",
      ],
      ["tres años", "La asociación vecinal Casco Histórico"],
      ["dispuesta a colaborar", "un portavoz del Obispado de Alcalá"],
      [
        "Con el frío que hace en noviembre, en la plaza por lo menos tendremos los " + "bares al lado",
        "Una vecina de la calle Mayor",
      ],
    ],
  },
  {
    name:
      "Diario del Istmo, negocios: entradilla con cita del líder sindical repetida en " +
      "el cuerpo con «reprochó» invertido y segunda cita sin verbo, empresa en un " +
      "comunicado con tres citas parciales, «El dirigente» sin cita, presidente de la " +
      "Canaco con cita parcial y «señaló el empresario», trabajador anónimo con dos " +
      "puntos, secretaría estatal con cita parcial, economista con «estimó que»",
    headline: "Cierra planta de amoniaco en Cosoleacaque; 350 obreros sindicalizados, a la " + "calle",
    standfirst: "“Nos enteramos por el comunicado, igual que ustedes”, reprocha el líder " + "sindical",
    paragraphs: [
      "La empresa Agroquímicos del Golfo anunció el cierre definitivo de su planta de " +
        "amoniaco en Cosoleacaque, que operaba desde 1982 y empleaba a 350 trabajadores " +
        "sindicalizados y a cerca de 200 eventuales.",
      "En un comunicado, la compañía atribuyó la decisión al “alto costo del gas " +
        "natural” y a la “falta de condiciones para competir con el producto " +
        "importado”, y aseguró que liquidará a su personal “conforme a la ley”.",
      "“Nos enteramos por el comunicado, igual que ustedes”, reprochó Mario Alberto " +
        "Hernández Cruz, secretario general de la sección 14 del sindicato " +
        "petroquímico. “Aquí hay compañeros con 30 años de antigüedad que no saben qué " +
        "van a llevar a su casa”.",
      "El dirigente advirtió que, si no se instala una mesa de negociación esta " +
        "semana, los trabajadores bloquearán el acceso a la planta sobre la carretera " +
        "Coatzacoalcos-Minatitlán.",
      "Para el presidente de la Canaco en Coatzacoalcos, Rafael Ortiz Chablé, el " +
        "cierre es “otro golpe” para el comercio de la región, que ya resentía la caída " +
        "del consumo. “Cuando cierra una planta así, no solo pierden los obreros; " +
        "pierden la fonda, el taxista, la tienda de la esquina”, señaló el empresario.",
      "A las afueras de la planta, un trabajador del área de mantenimiento, que pidió " +
        "no ser identificado por temor a perder su liquidación, contó a Diario del " +
        "Istmo: “Ya olíamos que algo pasaba. Desde marzo no nos pedían refacciones”.",
      "La Secretaría de Desarrollo Económico de Veracruz informó que buscará " +
        "“alternativas de reubicación laboral” para los afectados en las empresas que " +
        "se instalan en los polos del Corredor Interoceánico.",
      "El economista de la Universidad Veracruzana Jorge Luis Cabrera Prieto estimó " +
        "que, sin una inversión nueva de tamaño similar, “la región tardará años en " +
        "reponer esos empleos”.",
    ],
    quotes: [
      ["Nos enteramos por el comunicado, igual que ustedes", "Mario Alberto Hernández Cruz"],
      ["alto costo del gas natural", "Agroquímicos del Golfo"],
      ["falta de condiciones para competir con el producto importado", "Agroquímicos del Golfo"],
      ["conforme a la ley", "Agroquímicos del Golfo"],
      [
        "Aquí hay compañeros con 30 años de antigüedad que no saben qué van a llevar a " + "su casa",
        "Mario Alberto Hernández Cruz",
      ],
      ["otro golpe", "Rafael Ortiz Chablé"],
      [
        "Cuando cierra una planta así, no solo pierden los obreros; pierden la fonda, " +
          "el taxista, la tienda de la esquina",
        "Rafael Ortiz Chablé",
      ],
      [
        "Ya olíamos que algo pasaba. Desde marzo no nos pedían refacciones",
        "un trabajador del área de mantenimiento",
      ],
      ["alternativas de reubicación laboral", "La Secretaría de Desarrollo Económico de Veracruz"],
      ["la región tardará años en reponer esos empleos", "Jorge Luis Cabrera Prieto"],
    ],
  },
  {
    name:
      "Pregón, agro: productores con «según afirman» y cita parcial, productor con " +
      "«sostuvo» invertido y segunda cita sin verbo, dirigente con cita parcial y dos " +
      "puntos, ministro con «dijo a Pregón que» y cita parcial, cita suelta con " +
      "«remarcó el funcionario», vocero anónimo de una acopiadora con dos citas " +
      "parciales, esposa con el mismo apellido y dos puntos, consigna de un cartel " +
      "(no cita)",
    todo: "«muy por debajo de los costos» not found",
    headline: "Tabacaleros jujeños amenazan con no entregar la cosecha si no mejora el precio",
    paragraphs: [
      "Los productores tabacaleros de Jujuy reunidos en asamblea en Perico " +
        "resolvieron ayer no entregar el tabaco de la campaña 2026-2027 a las empresas " +
        "acopiadoras si no se actualiza el precio por kilo, que según afirman quedó " +
        "“muy por debajo de los costos”.",
      "“Con lo que nos pagan hoy no cubrimos ni el gasoil de la estufa”, sostuvo " +
        "Héctor Daniel Quispe, productor de El Carmen con doce hectáreas. “Hay familias " +
        "que ya están vendiendo el tractor”.",
      "La presidenta de la Cámara del Tabaco de Jujuy, Analía Beatriz Sarapura, " +
        "encabezó la asamblea en el galpón de la cooperativa, donde colgaba un cartel " +
        "con la consigna “Sin tabaco no hay Jujuy”. Ante los productores, la dirigente " +
        "pidió “unidad hasta el final” y anticipó: “Si las empresas no se sientan a " +
        "negociar antes del 15, vamos a la ruta”.",
      "El ministro de Desarrollo Económico y Producción de la provincia, Federico " +
        "Zamar Ortiz, dijo a Pregón que el Gobierno provincial “acompaña el reclamo” y " +
        "que ya pidió una reunión con las acopiadoras.",
      "“El Fondo Especial del Tabaco tiene que llegar a tiempo, no en mayo, cuando el " +
        "productor ya se endeudó”, remarcó el funcionario.",
      "Un vocero de una de las empresas acopiadoras, que pidió reserva de su nombre, " +
        "respondió que el precio se fija “según el mercado internacional” y que la " +
        "compañía “no puede pagar lo que no cobra”.",
      "En la asamblea también tomó la palabra Rosa Quispe, esposa de Héctor, que " +
        "trabaja en la clasificación de las hojas: “Las mujeres somos las que más horas " +
        "ponemos y las que menos aparecemos en las cuentas”.",
    ],
    quotes: [
      ["muy por debajo de los costos", "Los productores tabacaleros de Jujuy"],
      ["Con lo que nos pagan hoy no cubrimos ni el gasoil de la estufa", "Héctor Daniel Quispe"],
      ["Hay familias que ya están vendiendo el tractor", "Héctor Daniel Quispe"],
      ["unidad hasta el final", "Analía Beatriz Sarapura"],
      ["Si las empresas no se sientan a negociar antes del 15, vamos a la ruta", "Analía Beatriz Sarapura"],
      ["acompaña el reclamo", "Federico Zamar Ortiz"],
      [
        "El Fondo Especial del Tabaco tiene que llegar a tiempo, no en mayo, cuando el " +
          "productor ya se endeudó",
        "Federico Zamar Ortiz",
      ],
      ["según el mercado internacional", "Un vocero de una de las empresas acopiadoras"],
      ["no puede pagar lo que no cobra", "Un vocero de una de las empresas acopiadoras"],
      [
        "Las mujeres somos las que más horas ponemos y las que menos aparecemos en las " + "cuentas",
        "Rosa Quispe",
      ],
    ],
  },
  {
    name:
      "Diario del Cesar, judicial: «Según la Fiscalía» con cita parcial, juez " +
      "presentado con dos puntos, «El togado» con cita parcial, abogado defensor con " +
      "«manifestó el litigante», veedora con el mismo primer apellido que el " +
      "condenado y «dijo su coordinadora», paciente anónimo con dos puntos, " +
      "Procuraduría con cita parcial",
    headline:
      "Condenan a exgerente del hospital de Aguachica por contratos de ambulancias " + "que nunca llegaron",
    paragraphs: [
      "Un juez penal del circuito de Aguachica condenó a nueve años y cuatro meses de " +
        "prisión a Luis Eduardo Maestre Ovalle, exgerente de la ESE Hospital Regional " +
        "de Aguachica, por los delitos de contrato sin cumplimiento de requisitos " +
        "legales y peculado por apropiación.",
      "Según la Fiscalía General de la Nación, el exfuncionario firmó en 2022 dos " +
        "contratos por 1.800 millones de pesos para el alquiler de ambulancias " +
        "medicalizadas que “nunca prestaron el servicio”.",
      "En la lectura del fallo, el juez Álvaro José Araújo Mendoza fue enfático: “El " +
        "dinero de la salud de los más pobres no puede terminar en el bolsillo de un " +
        "administrador”.",
      "El togado agregó que el condenado actuó “con pleno conocimiento” de las " +
        "irregularidades y le negó el beneficio de la prisión domiciliaria.",
      "La defensa, a cargo del abogado Carlos Mario Pumarejo Baute, anunció que " +
        "apelará ante el Tribunal Superior de Valledupar. “Mi cliente firmó con base en " +
        "los conceptos jurídicos que le dieron. No hubo dolo”, manifestó el litigante.",
      "La veeduría ciudadana Salud para Todos, que presentó la denuncia en 2023, " +
        "celebró la decisión. “Tardó, pero llegó”, dijo su coordinadora, Yolanda " +
        "Maestre Quintero, quien no tiene parentesco con el condenado.",
      "Un paciente del hospital que en 2022 esperó ocho horas un traslado a " +
        "Valledupar recordó lo ocurrido: “Me tocó irme en la camioneta de un vecino, " +
        "con el suero y todo”.",
      "La Procuraduría Provincial de Aguachica, que adelanta una investigación " +
        "disciplinaria contra el exgerente, informó que ese proceso se encuentra “en " +
        "etapa de juicio”.",
    ],
    quotes: [
      ["nunca prestaron el servicio", "la Fiscalía General de la Nación"],
      [
        "El dinero de la salud de los más pobres no puede terminar en el bolsillo de un " + "administrador",
        "Álvaro José Araújo Mendoza",
      ],
      ["con pleno conocimiento", "Álvaro José Araújo Mendoza"],
      [
        "Mi cliente firmó con base en los conceptos jurídicos que le dieron. No hubo " + "dolo",
        "Carlos Mario Pumarejo Baute",
      ],
      ["Tardó, pero llegó", "Yolanda Maestre Quintero"],
      ["Me tocó irme en la camioneta de un vecino, con el suero y todo", "Un paciente del hospital"],
      ["en etapa de juicio", "La Procuraduría Provincial de Aguachica"],
    ],
  },
  {
    name:
      "La Discusión, deportes: entradilla con cita de «el DT» repetida en el cuerpo " +
      "con nombre y «destacó» invertido, cita partida por «recordó el técnico», cita " +
      "parcial y dos puntos, defensor juvenil con «relató el defensor», capitán con " +
      "dos puntos, DT rival con cita parcial y «sostuvo», consigna de la barra (no " +
      "cita), presidente con cita parcial",
    headline: "Ñublense rescata un empate agónico ante Huachipato en el Nelson Oyarzún",
    standfirst: "“Este plantel tiene carácter”, destacó el DT de los Diablos Rojos tras el 2-2",
    paragraphs: [
      "Ñublense igualó 2-2 con Huachipato la noche del sábado en el estadio Nelson " +
        "Oyarzún Arenas, con un gol de cabeza de Matías Sepúlveda en el minuto 94, y se " +
        "mantiene en zona de clasificación a la Copa Sudamericana.",
      "“Este plantel tiene carácter”, destacó el entrenador de los Diablos Rojos, " +
        "Gonzalo Mardones Leiva, en la conferencia de prensa.",
      "“Estuvimos abajo dos veces”, recordó el técnico, “y nunca dejamos de buscar el " +
        "arco”. Reconoció, eso sí, que su equipo cometió “errores infantiles” en " +
        "defensa: “El segundo gol de ellos no lo puede recibir un equipo que quiere " +
        "estar arriba”.",
      "Sepúlveda, de 21 años y nacido en San Carlos, contó que soñó el gol la noche " +
        "anterior. “Le dije a mi papá que iba a hacer uno de cabeza. No me creyó”, " +
        "relató entre risas el defensor.",
      "El capitán, Cristóbal Jara Muñoz, fue más crítico con el rendimiento " +
        "colectivo: “Con este nivel no nos alcanza para pelear nada. Hay que mirarse al " +
        "espejo”.",
      "En la otra vereda, el DT de Huachipato, Marcelo Rivas Toledo, dijo sentirse " +
        "“robado” por un penal no cobrado sobre su delantero en el primer tiempo. “Lo " +
        "vio todo el estadio menos el árbitro”, sostuvo.",
      "La barra local, que repletó la galería norte bajo el lienzo “Chillán es rojo”, " +
        "despidió al equipo de pie.",
      "El presidente de la concesionaria del club, Patricio Lagos Vergara, anunció " +
        "que para el próximo partido en casa habrá “entradas a mitad de precio para los " +
        "socios”.",
    ],
    quotes: [
      ["Este plantel tiene carácter", "Gonzalo Mardones Leiva"],
      ["Estuvimos abajo dos veces", "Gonzalo Mardones Leiva"],
      ["y nunca dejamos de buscar el arco", "Gonzalo Mardones Leiva"],
      ["errores infantiles", "Gonzalo Mardones Leiva"],
      [
        "El segundo gol de ellos no lo puede recibir un equipo que quiere estar arriba",
        "Gonzalo Mardones Leiva",
      ],
      ["Le dije a mi papá que iba a hacer uno de cabeza. No me creyó", "Matías Sepúlveda"],
      ["Con este nivel no nos alcanza para pelear nada. Hay que mirarse al espejo", "Cristóbal Jara Muñoz"],
      ["robado", "Marcelo Rivas Toledo"],
      ["Lo vio todo el estadio menos el árbitro", "Marcelo Rivas Toledo"],
      ["entradas a mitad de precio para los socios", "Patricio Lagos Vergara"],
    ],
  },
  {
    name:
      "Diario Voces, clima (rayas de diálogo): jefe del COER con «informó» invertido " +
      "y segunda cita sin verbo, damnificada presentada antes y línea de raya partida " +
      "por «dijo», mototaxista anónimo presentado con dos puntos y línea de raya, " +
      "alcalde con «afirmó el burgomaestre», Senamhi en un aviso con cita parcial",
    headline:
      "Desborde del río Cumbaza deja 200 familias damnificadas en Morales y La Banda " + "de Shilcayo",
    paragraphs: [
      "Las intensas lluvias de la madrugada del lunes provocaron el desborde del río " +
        "Cumbaza, que inundó viviendas de los distritos de Morales y La Banda de " +
        "Shilcayo y dejó al menos 200 familias damnificadas, según el Centro de " +
        "Operaciones de Emergencia Regional (COER) de San Martín.",
      "“El agua subió más de un metro en menos de una hora”, informó el jefe del " +
        "COER, Wilder Ríos Panaifo. “A las tres de la mañana ya teníamos reportes de " +
        "gente en los techos”.",
      "Voces recorrió el jirón Alfonso Ugarte, en Morales, donde el barro llegaba " +
        "hasta las rodillas. Allí conversamos con Doris Sangama Amasifuén, de 47 años, " +
        "que perdió su bodega.",
      "—Lo poco que teníamos se lo llevó el río. La refrigeradora, la mercadería, " +
        "todo —dijo—. Ahora no sé con qué voy a empezar.",
      "Un mototaxista de la zona, que prefirió no dar su nombre, fue más duro:",
      "—Todos los años es lo mismo y nadie limpia el cauce.",
      "El alcalde de Morales, Jorge Luis Vásquez Del Águila, declaró la emergencia " +
        "distrital y pidió apoyo al Gobierno Regional. “Nuestra maquinaria no se da " +
        "abasto; necesitamos volquetes y alimentos”, afirmó el burgomaestre.",
      "El Servicio Nacional de Meteorología e Hidrología (Senamhi) advirtió en un " +
        "aviso que las lluvias “de moderada a fuerte intensidad” continuarán hasta el " +
        "jueves en la selva alta de San Martín.",
    ],
    quotes: [
      ["El agua subió más de un metro en menos de una hora", "Wilder Ríos Panaifo"],
      ["A las tres de la mañana ya teníamos reportes de gente en los techos", "Wilder Ríos Panaifo"],
      [
        "Lo poco que teníamos se lo llevó el río. La refrigeradora, la mercadería, todo",
        "Doris Sangama Amasifuén",
      ],
      ["Ahora no sé con qué voy a empezar.", "Doris Sangama Amasifuén"],
      ["Todos los años es lo mismo y nadie limpia el cauce.", "Un mototaxista de la zona"],
      [
        "Nuestra maquinaria no se da abasto; necesitamos volquetes y alimentos",
        "Jorge Luis Vásquez Del Águila",
      ],
      ["de moderada a fuerte intensidad", "El Servicio Nacional de Meteorología e Hidrología"],
    ],
  },
  {
    name:
      "Despacho 505, consumo: comerciante anónima con «contó» invertido y segunda " +
      "cita sin verbo, ministerio en una nota de prensa con dos citas parciales de " +
      "una palabra o dos, economista en el exilio con «señaló el especialista» y " +
      "«Según Castillo Lacayo» con cita parcial, ama de casa anónima con dos puntos, " +
      "productor anónimo con cita parcial",
    headline: "Precio del frijol rojo se dispara en los mercados de Managua",
    paragraphs: [
      "La libra de frijol rojo se vende esta semana hasta en 48 córdobas en el " +
        "Mercado Oriental de Managua, casi el doble que en enero, según un sondeo de " +
        "Despacho 505 en cinco mercados de la capital.",
      "“La gente ahora pide media libra, o un cuarto”, contó una comerciante del " +
        "Mercado Oriental que, como la mayoría de las personas consultadas, pidió " +
        "omitir su nombre por temor a represalias. “Yo vendía dos quintales a la " +
        "semana; ahora no llego ni a uno”.",
      "El Ministerio de Fomento, Industria y Comercio (MIFIC) atribuyó el alza, en " +
        "una nota de prensa, a “factores climáticos” que afectaron la cosecha de " +
        "primera, y aseguró que el abastecimiento está “garantizado”.",
      "El economista Mauricio Castillo Lacayo, exiliado en Costa Rica desde 2018, " +
        "cuestionó esa explicación. “El clima explica una parte, pero no explica que el " +
        "frijol salga hacia El Salvador y Honduras mientras aquí escasea”, señaló el " +
        "especialista.",
      "Según Castillo Lacayo, el Gobierno “prefiere las divisas de la exportación” " +
        "antes que proteger el bolsillo de las familias.",
      "En el mercado Roberto Huembes, una ama de casa del barrio Santa Rosa lo " +
        "resumió así: “Antes el gallo pinto era la comida del pobre. Ahora ni eso”.",
      "Un productor de frijol de Nueva Segovia, consultado por teléfono, explicó que " +
        "los intermediarios le pagan “la mitad de lo que vale en Managua” y que el " +
        "margen se queda en el camino.",
    ],
    quotes: [
      ["La gente ahora pide media libra, o un cuarto", "una comerciante del Mercado Oriental"],
      [
        "Yo vendía dos quintales a la semana; ahora no llego ni a uno",
        "una comerciante del Mercado Oriental",
      ],
      ["factores climáticos", "El Ministerio de Fomento, Industria y Comercio"],
      ["garantizado", "El Ministerio de Fomento, Industria y Comercio"],
      [
        "El clima explica una parte, pero no explica que el frijol salga hacia El " +
          "Salvador y Honduras mientras aquí escasea",
        "Mauricio Castillo Lacayo",
      ],
      ["prefiere las divisas de la exportación", "Mauricio Castillo Lacayo"],
      ["Antes el gallo pinto era la comida del pobre. Ahora ni eso", "una ama de casa del barrio Santa Rosa"],
      ["la mitad de lo que vale en Managua", "Un productor de frijol de Nueva Segovia"],
    ],
  },
  {
    name:
      "Venceremos, ciencia: nombre común de la especie (no cita), herpetólogo con " +
      "«explicó» invertido, «El especialista» con dos puntos, artículo científico que " +
      "advierte con cita parcial, directora con «dijo la directiva», guardaparques " +
      "con el mismo apellido que el herpetólogo y «recordó», cita suelta con «añadió " +
      "el guardaparques», delegado con cita parcial",
    headline: "Descubren nueva especie de rana en el Parque Nacional Alejandro de Humboldt",
    paragraphs: [
      "Un equipo del Centro Oriental de Ecosistemas y Biodiversidad (Bioeco) y de la " +
        "Unidad de Servicios Ambientales Alejandro de Humboldt describió una nueva " +
        "especie de rana del género Eleutherodactylus, hallada en los bosques pluviales " +
        "de Ojito de Agua, en el municipio de Yateras.",
      "El anfibio, de apenas 11 milímetros, recibió el nombre común de “ranita de " + "Yateras”.",
      "“Es una de las ranas más pequeñas del mundo y solo la hemos encontrado en unas " +
        "pocas hectáreas”, explicó el herpetólogo Ariel Rodríguez Matos, investigador " +
        "de Bioeco y autor principal del estudio.",
      "El especialista relató que la primera pista fue un canto que no coincidía con " +
        "ninguna especie conocida: “Lo grabamos de noche en 2023 y pasamos dos años " +
        "buscando al animal que lo producía”.",
      "El artículo, publicado en la revista Zootaxa, advierte que la especie debe " +
        "considerarse “en peligro crítico” por lo reducido de su área de distribución.",
      "La directora de la Unidad de Servicios Ambientales, Mileydis Fuentes Lobaina, " +
        "destacó el papel de los guardaparques. “Sin ellos, que conocen cada arroyo, " +
        "este hallazgo no habría sido posible”, dijo la directiva.",
      "Uno de esos guardaparques, Eddy Rodríguez Pelegrín, vecino de la comunidad de " +
        "Palma Clara, fue quien escuchó primero el canto. “Yo pensé que era un grillo, " +
        "pero el profe me dijo que no”, recordó.",
      "“Ahora, cuando paso por ese arroyo, camino despacito para no pisarlas”, añadió " + "el guardaparques.",
      "El delegado del Citma en Guantánamo, Yoandris Matos Columbié, calificó el " +
        "hallazgo como “un orgullo para la ciencia guantanamera”.",
    ],
    quotes: [
      [
        "Es una de las ranas más pequeñas del mundo y solo la hemos encontrado en unas " + "pocas hectáreas",
        "Ariel Rodríguez Matos",
      ],
      [
        "Lo grabamos de noche en 2023 y pasamos dos años buscando al animal que lo " + "producía",
        "Ariel Rodríguez Matos",
      ],
      ["en peligro crítico", "El artículo"],
      [
        "Sin ellos, que conocen cada arroyo, este hallazgo no habría sido posible",
        "Mileydis Fuentes Lobaina",
      ],
      ["Yo pensé que era un grillo, pero el profe me dijo que no", "Eddy Rodríguez Pelegrín"],
      ["Ahora, cuando paso por ese arroyo, camino despacito para no pisarlas", "Eddy Rodríguez Pelegrín"],
      ["un orgullo para la ciencia guantanamera", "Yoandris Matos Columbié"],
    ],
  },
  {
    name:
      "Diario Centinela, educación: titular con cita de la dirigente repetida en el " +
      "cuerpo con «gritó» invertido y segunda cita sin verbo, «La dirigente " +
      "estudiantil» sin cita, rector con «afirmó la autoridad universitaria» y luego " +
      "por el apellido con cita parcial y «dijo», ministerio en un boletín con cita " +
      "parcial, hermano con el mismo apellido y dos puntos, lema de pancartas (no " +
      "cita), docente anónimo con cita parcial",
    todo:
      "«No vamos a cerrar carreras, pero tendremos qu…» goes to la Universidad Nacional de Loja, " +
      "not Galo Vicente Jaramillo Castillo; «por un correo, un viernes a las once de la noche» goes " +
      "to Administrativa, not Un docente ocasional de la Facultad Jurídica, Social y " +
      "Administrativa; «La educación no es un gasto» taken for a quote",
    headline:
      "Estudiantes de la UNL marchan contra el recorte: “Nos están cerrando la " + "universidad a pedazos”",
    paragraphs: [
      "Cerca de 500 estudiantes de la Universidad Nacional de Loja (UNL) marcharon " +
        "ayer desde la ciudadela universitaria La Argelia hasta la Gobernación para " +
        "rechazar el recorte de 4,2 millones de dólares en el presupuesto de la " +
        "institución para 2027.",
      "“Nos están cerrando la universidad a pedazos”, gritó por megáfono la " +
        "presidenta de la Federación de Estudiantes, Karla Jiménez Ochoa, frente a la " +
        "Gobernación. “Primero fueron los laboratorios, ahora son los profesores " +
        "ocasionales”.",
      "La dirigente estudiantil explicó que al menos 80 docentes con contrato " +
        "ocasional no fueron renovados y que ya hay paralelos con más de 50 alumnos. " +
        "Los manifestantes portaban pancartas con la frase “La educación no es un " +
        "gasto”.",
      "El rector de la UNL, Galo Vicente Jaramillo Castillo, confirmó las cifras en " +
        "rueda de prensa. “No vamos a cerrar carreras, pero tendremos que fusionar " +
        "paralelos y postergar obras”, afirmó la autoridad universitaria.",
      "Jaramillo aseguró que la universidad pidió al Ministerio de Economía y " +
        "Finanzas revisar la asignación, porque el recorte, dijo, es “desproporcionado” " +
        "frente al de otras universidades públicas.",
      "El Ministerio de Economía y Finanzas sostuvo en un boletín que las " +
        "asignaciones se calculan “con base en la fórmula establecida en la Ley " +
        "Orgánica de Educación Superior”.",
      "Entre los manifestantes estaba Diego Jiménez Ochoa, hermano de la dirigente y " +
        "estudiante de Medicina Veterinaria: “En mi carrera compartimos un microscopio " +
        "entre seis”.",
      "Un docente ocasional de la Facultad Jurídica, Social y Administrativa, que no " +
        "fue renovado, contó a Diario Centinela que se enteró “por un correo, un " +
        "viernes a las once de la noche”.",
    ],
    quotes: [
      ["Nos están cerrando la universidad a pedazos", "Karla Jiménez Ochoa"],
      ["Primero fueron los laboratorios, ahora son los profesores ocasionales", "Karla Jiménez Ochoa"],
      [
        "No vamos a cerrar carreras, pero tendremos que fusionar paralelos y postergar " + "obras",
        "Galo Vicente Jaramillo Castillo",
      ],
      ["desproporcionado", "Galo Vicente Jaramillo Castillo"],
      [
        "con base en la fórmula establecida en la Ley Orgánica de Educación Superior",
        "El Ministerio de Economía y Finanzas",
      ],
      ["En mi carrera compartimos un microscopio entre seis", "Diego Jiménez Ochoa"],
      [
        "por un correo, un viernes a las once de la noche",
        "Un docente ocasional de la Facultad Jurídica, Social y Administrativa",
      ],
    ],
  },
  {
    name:
      "Subrayado, policiales (comillas rectas): jefe de Policía con rango antes del " +
      "nombre y «dijo a Subrayado que» con cita parcial, retomado por el apellido con " +
      "«relató» y segunda cita sin verbo, cajera anónima con dos puntos, dueño con el " +
      "mismo apellido y «afirmó el comerciante», fiscal con cita parcial, nombre de " +
      "un programa (no cita), vecina anónima con cita parcial",
    todo:
      "«faltan patrulleros de noche» goes to una vecina, not una vecina que vive frente al " + "supermercado",
    headline: "Rapiña en un supermercado de Paysandú: detuvieron a dos jóvenes",
    paragraphs: [
      "La Policía de Paysandú detuvo a dos jóvenes de 19 y 22 años acusados de " +
        "rapiñar a mano armada un supermercado del barrio Nuevo Paysandú en la noche " +
        "del domingo.",
      "El jefe de Policía de Paysandú, comisario general Walter Ferreira Sosa, dijo a " +
        'Subrayado que los detenidos fueron ubicados "gracias a las cámaras del ' +
        'Ministerio del Interior y a la colaboración de los vecinos".',
      '"Entraron con el rostro cubierto, amenazaron a la cajera con un revólver y se ' +
        'llevaron unos 40.000 pesos", relató Ferreira. "En menos de 24 horas los ' +
        'teníamos identificados".',
      'La cajera, de 34 años, contó que todavía no puede dormir: "Me apuntaba a la ' +
        'cara y me gritaba que me apurara. Pensé en mis hijos".',
      "El propietario del comercio, Gustavo Ferreira Lima, dijo que es la tercera " +
        'rapiña que sufre en el año. "Ya no sé si vale la pena seguir abierto", afirmó ' +
        "el comerciante.",
      "La fiscal Natalia Olivera Píriz imputó a ambos un delito de rapiña " +
        'especialmente agravada y solicitó prisión preventiva por "riesgo de fuga y de ' +
        'entorpecimiento de la investigación".',
      'El barrio forma parte del programa "Barrio Seguro" desde 2024, pero una vecina ' +
        'que vive frente al supermercado aseguró que en la zona "faltan patrulleros de ' +
        'noche".',
    ],
    quotes: [
      [
        "gracias a las cámaras del Ministerio del Interior y a la colaboración de los " + "vecinos",
        "Walter Ferreira Sosa",
      ],
      [
        "Entraron con el rostro cubierto, amenazaron a la cajera con un revólver y se " +
          "llevaron unos 40.000 pesos",
        "Walter Ferreira Sosa",
      ],
      ["En menos de 24 horas los teníamos identificados", "Walter Ferreira Sosa"],
      ["Me apuntaba a la cara y me gritaba que me apurara. Pensé en mis hijos", "La cajera"],
      ["Ya no sé si vale la pena seguir abierto", "Gustavo Ferreira Lima"],
      ["riesgo de fuga y de entorpecimiento de la investigación", "Natalia Olivera Píriz"],
      ["faltan patrulleros de noche", "una vecina que vive frente al supermercado"],
    ],
  },
]);
