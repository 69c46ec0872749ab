// A thirtieth round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty-nine rounds did not use: Delfino.cr (a ride-hailing law passes its first vote, Costa Rica), Lanza
// (a jury convicts a farmer of killing his neighbour over a boundary, Ciudad Real), Valencia Plaza (a
// Paterna lighting maker closes an 18-million funding round), El Diario del Fin del Mundo (a local skier
// wins the Marchablanca, Ushuaia, Argentina, straight quotation marks), Escambray (the Teatro Principal
// reopens, Sancti Spíritus, Cuba), El Potosí (theropod footprints found at Torotoro, Bolivia), La Arena (a
// first cochlear implant in a public hospital, Santa Rosa, Argentina), El Correo de Andalucía (Seville's
// Thursday flea market returns to calle Feria), Diario Co Latino (a card-cloning gang caught in San
// Miguel, El Salvador, straight quotation marks) and El Rancagüino (parents demand the end of a school
// occupation, Rancagua, Chile).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Delfino.cr, política: bajada con cita parcial de la jefa de fracción descrita allí y " +
      "nombrada solo en el cuerpo y repetida en él con «defendió», apodo de un proyecto de ley " +
      "(no cita), segunda cita con «afirmó la diputada», diputado con «sostuvo Calderón», dos " +
      "mujeres en un párrafo con cita partida por «explicó la frenteamplista» invertido, " +
      "autoridad reguladora con «advirtió … que» y cita parcial, taxista anónimo con «dijo»",
    todo:
      "«Nos están dejando sin trabajo después de paga…» goes to un taxista de Desamparados, not un " +
      "taxista",
    headline: "Diputados aprueban en primer debate ley para regular plataformas de transporte",
    standfirst:
      "La jefa de fracción oficialista defendió “un texto equilibrado, que protege al usuario”; " +
      "taxistas anuncian protestas",
    paragraphs: [
      "El Plenario de la Asamblea Legislativa aprobó este martes en primer debate, con 36 votos a " +
        "favor y 14 en contra, el expediente 23.841, conocido en los pasillos de Cuesta de Moras " +
        "como la “Ley Uber”, que regula los servicios de transporte de personas mediante " +
        "plataformas digitales.",
      "La jefa de la fracción oficialista, Marianela Solís Arce, defendió “un texto equilibrado, " +
        "que protege al usuario” y recordó que el proyecto obliga a las empresas a inscribir a " +
        "sus conductores ante la Caja Costarricense de Seguro Social. “Hay más de 30.000 familias " +
        "que hoy dependen de una aplicación y no tienen ni seguro ni reglas claras”, afirmó la " +
        "diputada.",
      "Desde la bancada liberacionista, el diputado Esteban Calderón Jara votó en contra. “Esto " +
        "no es una ley para los choferes, es una ley para las transnacionales”, sostuvo Calderón, " +
        "quien adelantó que su fracción presentará nuevas mociones antes del segundo debate.",
      "La frenteamplista Ana Lucía Brenes Chaves y la socialcristiana Rebeca Umaña Solano también " +
        "rechazaron el texto, aunque por razones distintas. “Votamos en contra porque deja por " +
        "fuera a los porteadores”, explicó la frenteamplista, “y porque nadie nos ha dicho " +
        "cuánto le va a costar esto a la Caja”.",
      "La Autoridad Reguladora de los Servicios Públicos (Aresep) advirtió en un criterio enviado " +
        "a la comisión que el proyecto “no define con claridad quién fijará las tarifas ni con " +
        "qué metodología”.",
      "Frente al edificio legislativo, un grupo de taxistas esperaba el resultado con las " +
        "unidades estacionadas en doble fila. “Nos están dejando sin trabajo después de pagar " +
        "una placa durante veinte años”, dijo un taxista de Desamparados.",
    ],
    quotes: [
      ["un texto equilibrado, que protege al usuario", "Marianela Solís Arce"],
      [
        "Hay más de 30.000 familias que hoy dependen de una aplicación y no tienen ni seguro ni " +
          "reglas claras",
        "Marianela Solís Arce",
      ],
      ["Esto no es una ley para los choferes, es una ley para las transnacionales", "Esteban Calderón Jara"],
      ["Votamos en contra porque deja por fuera a los porteadores", "Ana Lucía Brenes Chaves"],
      ["y porque nadie nos ha dicho cuánto le va a costar esto a la Caja", "Ana Lucía Brenes Chaves"],
      [
        "no define con claridad quién fijará las tarifas ni con qué metodología",
        "La Autoridad Reguladora de los Servicios Públicos",
      ],
      ["Nos están dejando sin trabajo después de pagar una placa durante veinte años", "un taxista"],
    ],
  },
  {
    name:
      "Lanza, tribunales: veredicto que «considera probado que» con cita parcial, fiscal con " +
      "cita parcial y cita tras dos puntos, cita partida por «defendió el abogado» invertido, " +
      "dos mujeres en un párrafo con cita anidada y «relató la hija», nombre de una finca (no " +
      "cita), vecino anónimo con «aseguraba»",
    todo: "«Aquí todo el pueblo sabía que lo de la linde …» goes to un vecino jubilado, not un vecino",
    headline: "Un jurado declara culpable al vecino de Almodóvar que mató a otro por una linde",
    paragraphs: [
      "Un jurado popular de la Audiencia Provincial de Ciudad Real ha declarado culpable de " +
        "homicidio a Faustino Ruiz Molina, de 67 años, que en marzo de 2024 mató de un disparo de " +
        "escopeta a su vecino Julián Castellanos Prado en una finca de Almodóvar del Campo, tras " +
        "años de disputas por una linde.",
      "El veredicto, leído este jueves por la portavoz del jurado, considera probado que el " +
        "acusado disparó «a menos de cinco metros y sin que la víctima portara arma alguna».",
      "La fiscal del caso, Inmaculada Serrano Gil, había sostenido en su informe final que Ruiz " +
        "«fue a buscarlo». Y lo explicó así ante el jurado: «Cogió la escopeta, cargó dos " +
        "cartuchos y recorrió trescientos metros. Eso no es un arrebato, es una decisión».",
      "«Mi cliente lleva cuarenta años aguantando las provocaciones de esa familia», defendió el " +
        "abogado Tomás Peinado Ruiz, «y eso el jurado no lo ha querido ver». Peinado anunció que " +
        "recurrirá ante el Tribunal Superior de Justicia de Castilla-La Mancha.",
      "La viuda, Engracia Prado, y su hija, Beatriz Castellanos Prado, siguieron la lectura desde " +
        "la primera fila. «Mi padre solo le dijo: “Faustino, deja eso, que nos conocemos desde " +
        "críos”», relató la hija a las puertas de la Audiencia.",
      "En Almodóvar, donde la finca de «El Chaparral» sigue sin sembrar desde entonces, el " +
        "veredicto se comentaba en los bares de la plaza. «Aquí todo el pueblo sabía que lo de " +
        "la linde iba a acabar mal», aseguraba un vecino jubilado.",
      "El magistrado presidente dictará sentencia en las próximas semanas. La Fiscalía pide doce " +
        "años de prisión y la acusación particular, quince.",
    ],
    quotes: [
      ["a menos de cinco metros y sin que la víctima portara arma alguna", "El veredicto"],
      ["fue a buscarlo", "Inmaculada Serrano Gil"],
      [
        "Cogió la escopeta, cargó dos cartuchos y recorrió trescientos metros. Eso no es un " +
          "arrebato, es una decisión",
        "Inmaculada Serrano Gil",
      ],
      ["Mi cliente lleva cuarenta años aguantando las provocaciones de esa familia", "Tomás Peinado Ruiz"],
      ["y eso el jurado no lo ha querido ver", "Tomás Peinado Ruiz"],
      [
        "Mi padre solo le dijo: “Faustino, deja eso, que nos conocemos desde críos”",
        "Beatriz Castellanos Prado",
      ],
      ["Aquí todo el pueblo sabía que lo de la linde iba a acabar mal", "un vecino"],
    ],
  },
  {
    name:
      "Valencia Plaza, empresas: titular con cita de la consejera delegada nombrada solo en el " +
      "cuerpo y repetida en él con «resumió» y segunda cita sin verbo, nombre de una línea de " +
      "producto (no cita), director financiero con «apuntó» invertido y cita parcial tras " +
      "«cifró en», fondo en un comunicado con cita parcial, analista anónimo con «opina», " +
      "comité de empresa con «reclamó» y cita parcial",
    todo:
      "«Es la mayor operación del año en la industria…» goes to un analista de la consultora Avanza " +
      "Finanzas, not un analista",
    headline: "«No vendemos la empresa, la hacemos crecer»: Lumitec cierra una ronda de 18 millones",
    paragraphs: [
      "La empresa de Paterna Lumitec Iluminación, especializada en luminarias LED para naves " +
        "industriales e invernaderos, ha cerrado una ampliación de capital de 18 millones de " +
        "euros liderada por el fondo alemán Eckhart Capital, que entra con un 30 % del " +
        "accionariado.",
      "Su consejera delegada, Amparo Ferrer Llopis, hija del fundador, descarta que la operación " +
        "suponga perder el control familiar. «No vendemos la empresa, la hacemos crecer», resumió " +
        "en conversación con Valencia Plaza. «La familia seguirá teniendo la mayoría y la sede no " +
        "se mueve de Paterna».",
      "El dinero se destinará a ampliar la fábrica, a lanzar la gama «Greenhouse Pro» y a abrir " +
        "una filial en Querétaro. «México es hoy el segundo mercado de invernadero del mundo " +
        "después de España», apuntó el director financiero, Vicent Sanchis Boix, que cifró en " +
        "«unos 40 millones» la facturación prevista para 2028.",
      "Eckhart Capital explicó en un comunicado que Lumitec reúne «tecnología propia, un equipo " +
        "directivo sólido y un mercado en plena expansión».",
      "«Es la mayor operación del año en la industria valenciana de la iluminación, y llega en " +
        "un momento en que los fondos miran mucho a la agroindustria», opina un analista de la " +
        "consultora Avanza Finanzas.",
      "El comité de empresa, que representa a los 210 trabajadores de la planta, reclamó a la " +
        "dirección «garantías por escrito» de que la entrada del fondo no traerá despidos.",
      "La compañía, fundada en 1987 por Josep Ferrer como un pequeño taller de rótulos, facturó " +
        "27,4 millones de euros en 2025, un 12 % más que el año anterior.",
    ],
    quotes: [
      ["No vendemos la empresa, la hacemos crecer", "Amparo Ferrer Llopis"],
      ["La familia seguirá teniendo la mayoría y la sede no se mueve de Paterna", "Amparo Ferrer Llopis"],
      ["México es hoy el segundo mercado de invernadero del mundo después de España", "Vicent Sanchis Boix"],
      ["unos 40 millones", "Vicent Sanchis Boix"],
      ["tecnología propia, un equipo directivo sólido y un mercado en plena expansión", "Eckhart Capital"],
      [
        "Es la mayor operación del año en la industria valenciana de la iluminación, y llega en " +
          "un momento en que los fondos miran mucho a la agroindustria",
        "un analista",
      ],
      ["garantías por escrito", "El comité de empresa"],
    ],
  },
  {
    name:
      "El Diario del Fin del Mundo, esquí (comillas rectas): esquiadora con «contó la " +
      "esquiadora», dos mujeres en un párrafo con «destacó la entrenadora» y «admitió " +
      "Arriagada» con cita parcial, apodo (no cita), padre con «lo resumió así» y dos puntos, " +
      "asociación con «informó que» y cita parcial, esquiadora con «dijo» sin sujeto",
    headline: "Una fueguina ganó los 42 kilómetros de la Marchablanca después de quince años",
    paragraphs: [
      "La ushuaiense Micaela Ojeda, de 23 años, se quedó el sábado con la prueba de 42 " +
        "kilómetros de la 38ª Marchablanca, la tradicional competencia de esquí de fondo que se " +
        "corre en el valle de Tierra Mayor, y cortó una racha de quince años sin triunfos " +
        "locales en la distancia mayor.",
      '"Cuando vi el arco de llegada no lo podía creer; en el último repecho ya no sentía las ' +
        'piernas", contó la esquiadora, todavía con el dorsal puesto.',
      "Su entrenadora, Lorena Bustos, y la chilena Fernanda Arriagada, segunda a 47 segundos, la " +
        'esperaban en la zona de llegada. "Micaela entrenó todo el verano en Noruega con lo ' +
        'justo, vendiendo rifas para pagarse los pasajes", destacó la entrenadora. Arriagada ' +
        'admitió que la fueguina "fue mucho mejor en las subidas".',
      'En el club Andino Ushuaia, donde todos la conocen como "la Hormiga", la victoria no ' +
        "sorprendió a nadie. Su padre, Raúl Ojeda, que durante veinte años fue pistero en el " +
        'cerro Castor, lo resumió así: "Nació con los esquís puestos".',
      'La Asociación Fueguina de Esquí de Fondo informó que esta edición reunió a "más de 900 ' +
        'esquiadores de nueve países", un récord para la prueba.',
      "Ojeda viajará en julio a Europa para disputar las primeras fechas de la Copa " +
        'Continental. "Ahora el sueño son los Juegos de 2030, y voy a pelearla", dijo.',
    ],
    quotes: [
      [
        "Cuando vi el arco de llegada no lo podía creer; en el último repecho ya no sentía las piernas",
        "Micaela Ojeda",
      ],
      [
        "Micaela entrenó todo el verano en Noruega con lo justo, vendiendo rifas para pagarse los pasajes",
        "Lorena Bustos",
      ],
      ["fue mucho mejor en las subidas", "Fernanda Arriagada"],
      ["Nació con los esquís puestos", "Raúl Ojeda"],
      ["más de 900 esquiadores de nueve países", "La Asociación Fueguina de Esquí de Fondo"],
      ["Ahora el sueño son los Juegos de 2030, y voy a pelearla", "Micaela Ojeda"],
    ],
  },
  {
    name:
      "Escambray, cultura: título de una obra (no cita), directora provincial con «aseveró que» " +
      "y cita parcial y segunda cita con «puntualizó», arquitecto con «explicó» y dos puntos, " +
      "actriz con cita sin verbo que sigue en el párrafo siguiente, jubilado anónimo con " +
      "«comentó» invertido, consejo provincial con «anunció que» y cita parcial",
    todo: "«Valió la pena esperar» goes to un jubilado del reparto Kilo-12, not un jubilado",
    headline: "Reabre sus puertas el Teatro Principal tras cuatro años de restauración",
    paragraphs: [
      "Con la puesta en escena de “Las aguas del Yayabo”, del grupo espirituano Teatro del " +
        "Puente, reabrió este sábado el Teatro Principal de Sancti Spíritus, cerrado desde 2022 " +
        "por el deterioro de su cubierta y de la platea.",
      "La directora provincial de Cultura, Yanelis Pérez Valdivia, aseveró que la reapertura " +
        "“devuelve a la ciudad uno de sus espacios más queridos” y reconoció que la falta de " +
        "materiales alargó los trabajos. “Hubo meses en que no llegaba ni un saco de cemento, " +
        "pero la obra nunca se detuvo”, puntualizó.",
      "El arquitecto Reinier Companioni Ruiz, al frente de la brigada de la Oficina del " +
        "Conservador de la Ciudad, explicó: “Recuperamos las lunetas originales y el telón " +
        "pintado, que estaba comido por el comején”.",
      "Para la actriz Mercedes Borrego, que debutó en esas tablas en 1978, la noche tuvo un " +
        "sabor especial. “Yo crecí en este teatro. Cuando cerró pensé que no lo volvería a " +
        "pisar.",
      "“Esta noche, cuando se levantó el telón, lloré como una niña”.",
      "“Valió la pena esperar”, comentó a la salida un jubilado del reparto Kilo-12, que asistió " +
        "a la función con su nieta.",
      "El Consejo Provincial de las Artes Escénicas anunció que la programación del coliseo " +
        "incluirá “al menos dos estrenos al mes” y funciones para escolares los fines de semana.",
    ],
    quotes: [
      ["devuelve a la ciudad uno de sus espacios más queridos", "Yanelis Pérez Valdivia"],
      [
        "Hubo meses en que no llegaba ni un saco de cemento, pero la obra nunca se detuvo",
        "Yanelis Pérez Valdivia",
      ],
      [
        "Recuperamos las lunetas originales y el telón pintado, que estaba comido por el comején",
        "Reinier Companioni Ruiz",
      ],
      ["Yo crecí en este teatro. Cuando cerró pensé que no lo volvería a pisar.", "Mercedes Borrego"],
      ["Esta noche, cuando se levantó el telón, lloré como una niña", "Mercedes Borrego"],
      ["Valió la pena esperar", "un jubilado"],
      ["al menos dos estrenos al mes", "El Consejo Provincial de las Artes Escénicas"],
    ],
  },
  {
    name:
      "El Potosí, ciencia: paleontólogo con «explicó que» y cita parcial y segunda cita con " +
      "«detalló», dos hombres en un párrafo con «señaló el geólogo», título de una revista y " +
      "apodo de una pista (no citas), servicio de áreas protegidas con «informó que» y cita " +
      "parcial, guía comunitario con tratamiento de «don» y «recordó entre risas»",
    headline: "Hallan en Torotoro huellas de un dinosaurio carnívoro de gran tamaño",
    paragraphs: [
      "Un equipo de paleontólogos de la Universidad Autónoma Tomás Frías (UATF) identificó en el " +
        "Parque Nacional Torotoro, en el norte de Potosí, una pista de 23 huellas atribuidas a un " +
        "terópodo, un dinosaurio carnívoro que caminaba sobre dos patas.",
      "El responsable del estudio, el paleontólogo Marcelo Choque Mamani, explicó que las " +
        "pisadas miden “hasta 48 centímetros de largo” y que fueron dejadas hace unos 70 millones " +
        "de años, a finales del Cretácico. “Es el rastro de un carnívoro grande que caminaba a " +
        "paso lento por la orilla de un lago”, detalló.",
      "Choque y el geólogo Wilfredo Condori Flores, coautor del trabajo, recorrieron la zona " +
        "durante cuatro meses. “Las lluvias de febrero dejaron al descubierto la capa; si " +
        "llegábamos un año después, la erosión se las habría llevado”, señaló el geólogo.",
      "El hallazgo fue publicado en la revista “Journal of South American Earth Sciences”. Los " +
        "comunarios de la zona llaman a la pista “el camino del abuelo”.",
      "El Servicio Nacional de Áreas Protegidas (Sernap) informó que el sector “permanecerá " +
        "cerrado al turismo hasta que concluya el registro fotogramétrico”.",
      "Don Eusebio Vargas, guía comunitario de Torotoro desde hace tres décadas, conoce esas " +
        "marcas desde niño. “Nosotros las veíamos cuando pasteábamos las ovejas y pensábamos " +
        "que eran del Tata Santiago”, recordó entre risas.",
    ],
    quotes: [
      ["hasta 48 centímetros de largo", "Marcelo Choque Mamani"],
      [
        "Es el rastro de un carnívoro grande que caminaba a paso lento por la orilla de un lago",
        "Marcelo Choque Mamani",
      ],
      [
        "Las lluvias de febrero dejaron al descubierto la capa; si llegábamos un año después, la " +
          "erosión se las habría llevado",
        "Wilfredo Condori Flores",
      ],
      [
        "permanecerá cerrado al turismo hasta que concluya el registro fotogramétrico",
        "El Servicio Nacional de Áreas Protegidas",
      ],
      [
        "Nosotros las veíamos cuando pasteábamos las ovejas y pensábamos que eran del Tata Santiago",
        "Eusebio Vargas",
      ],
    ],
  },
  {
    name:
      "La Arena, salud: bajada con cita de la madre descrita allí y nombrada solo en el cuerpo y " +
      "repetida en él con «dijo emocionada», cirujano con «señaló el especialista» y segunda " +
      "cita sin verbo, nombre de un programa (no cita), ministerio con «informó que» y cita " +
      "parcial, dos mujeres en un párrafo con «advirtió la fonoaudióloga»",
    headline: "El Lucio Molas hizo el primer implante coclear en un hospital público pampeano",
    standfirst: "“Ahora va a poder escuchar a su hermanita”, dijo la mamá de Benjamín, de 3 años",
    paragraphs: [
      "El Hospital Lucio Molas de Santa Rosa realizó el martes el primer implante coclear del " +
        "sistema público de La Pampa. El paciente es Benjamín, un nene de 3 años de General Pico " +
        "que nació con hipoacusia profunda en ambos oídos.",
      "La cirugía estuvo a cargo del otorrinolaringólogo Hernán Giménez Zalazar y duró cerca de " +
        "tres horas. “Hasta ahora, las familias tenían que viajar a Buenos Aires y esperar hasta " +
        "un año por un turno”, señaló el especialista. “Hoy lo resolvemos a 140 kilómetros de su " +
        "casa”.",
      "Romina Acosta, la mamá de Benjamín, esperó toda la mañana en el pasillo del tercer piso. " +
        "“Ahora va a poder escuchar a su hermanita”, dijo emocionada.",
      "El Ministerio de Salud provincial informó que el dispositivo, valuado en unos 28 millones " +
        "de pesos, se compró con fondos propios a través del programa “Pampa Escucha”, y que hay " +
        "“otros cuatro chicos en lista” para ser operados antes de fin de año.",
      "La ministra de Salud, Silvina Ledesma Torres, y la fonoaudióloga Valeria Pascual, que " +
        "acompañará al nene en su recuperación, visitaron a la familia por la tarde. “El implante " +
        "es solo el comienzo; después viene un año de rehabilitación intensiva”, advirtió la " +
        "fonoaudióloga.",
    ],
    quotes: [
      ["Ahora va a poder escuchar a su hermanita", "Romina Acosta"],
      [
        "Hasta ahora, las familias tenían que viajar a Buenos Aires y esperar hasta un año por un turno",
        "Hernán Giménez Zalazar",
      ],
      ["Hoy lo resolvemos a 140 kilómetros de su casa", "Hernán Giménez Zalazar"],
      ["otros cuatro chicos en lista", "El Ministerio de Salud provincial"],
      [
        "El implante es solo el comienzo; después viene un año de rehabilitación intensiva",
        "Valeria Pascual",
      ],
    ],
  },
  {
    name:
      "El Correo de Andalucía, vida local: nombre de un mercadillo (no cita), vendedor con " +
      "«contaba» y segunda cita sin verbo, dos mujeres en un párrafo con «aseguró la delegada» y " +
      "«lamentó» con cita parcial, nota municipal con «Según» y cita parcial, clienta anónima " +
      "con «decía», título de un libro (no cita), historiador con «sostiene» en presente",
    headline: "El Jueves vuelve a la calle Feria tras ocho meses de obras",
    paragraphs: [
      "El mercadillo de «el Jueves», el más antiguo de Sevilla, volvió este jueves a la calle " +
        "Feria tras ocho meses de obras de renovación del saneamiento y del pavimento, con 64 " +
        "puestos de antigüedades, libros, discos y ropa usada.",
      "Manuel Jesús Rueda, de 71 años, montó su puesto de vinilos a las siete de la mañana, en " +
        "el mismo sitio que ocupaba antes de las obras. «Mi abuelo ya vendía aquí en los años " +
        "cuarenta», contaba mientras colocaba las cajas. «Esto no es un mercadillo cualquiera: " +
        "esto es el barrio».",
      "La delegada del distrito Casco Antiguo, Reyes Montaño Villar, y la presidenta de la " +
        "asociación de comerciantes de la calle, Carmen Lobato Ríos, recorrieron los puestos a " +
        "media mañana. «Hemos cumplido el plazo que nos comprometimos con los vecinos», aseguró " +
        "la delegada. Lobato, más crítica, lamentó que el nuevo adoquinado sea «resbaladizo como " +
        "el hielo cuando llueve».",
      "Según una nota municipal, en la calle «se han invertido 1,2 millones de euros en la " +
        "renovación del saneamiento y el adoquinado».",
      "«Yo vengo desde Dos Hermanas todos los jueves desde hace treinta años», decía una " +
        "clienta con una lámpara de latón bajo el brazo.",
      "El historiador Francisco Javier Tejero, autor de «Feria arriba, Feria abajo», recuerda " +
        "que el mercadillo está documentado desde el siglo XIII. «Es probablemente el mercado " +
        "callejero más antiguo de Europa que sigue en su sitio», sostiene.",
    ],
    quotes: [
      ["Mi abuelo ya vendía aquí en los años cuarenta", "Manuel Jesús Rueda"],
      ["Esto no es un mercadillo cualquiera: esto es el barrio", "Manuel Jesús Rueda"],
      ["Hemos cumplido el plazo que nos comprometimos con los vecinos", "Reyes Montaño Villar"],
      ["resbaladizo como el hielo cuando llueve", "Carmen Lobato Ríos"],
      [
        "se han invertido 1,2 millones de euros en la renovación del saneamiento y el adoquinado",
        "una nota municipal",
      ],
      ["Yo vengo desde Dos Hermanas todos los jueves desde hace treinta años", "una clienta"],
      [
        "Es probablemente el mercado callejero más antiguo de Europa que sigue en su sitio",
        "Francisco Javier Tejero",
      ],
    ],
  },
  {
    name:
      "Diario Co Latino, sucesos (comillas rectas): nombre de un operativo (no cita), policía " +
      "con «informó … que» y cita parcial, jefe policial con grado y «detalló» con dos puntos, " +
      "cita partida por «indicó el fiscal» invertido, víctima anónima con «lamentó», " +
      "asociación bancaria en un comunicado con «recomendó» y cita parcial",
    todo:
      "«Me vaciaron la cuenta de la pensión en una so…» goes to una maestra jubilada del barrio San " +
      "Felipe, not una maestra jubilada",
    headline: "Capturan a cinco personas por clonar tarjetas en cajeros de San Miguel",
    paragraphs: [
      "La Policía Nacional Civil (PNC) capturó a cinco personas, tres hombres y dos mujeres, " +
        'durante el operativo "Espejo", desarrollado el fin de semana en las colonias Ciudad ' +
        "Pacífica y Milagro de la Paz, en la ciudad de San Miguel.",
      'La PNC informó a través de sus redes sociales que los detenidos "instalaban ' +
        'dispositivos de lectura en cajeros automáticos del centro de la ciudad" y luego ' +
        "retiraban el dinero con tarjetas falsas.",
      "El jefe de la delegación policial de San Miguel, subcomisionado Julio César Ventura Amaya, " +
        'detalló: "Encontramos en la vivienda 300 tarjetas en blanco, dos lectores y una ' +
        'computadora con datos de más de mil clientes".',
      '"Serán procesados por hurto por medios informáticos y agrupaciones ilícitas", indicó el ' +
        'fiscal del caso, Ernesto Alvarado Romero, "y no descartamos más capturas en Usulután y ' +
        'La Unión".',
      '"Me vaciaron la cuenta de la pensión en una sola noche", lamentó una maestra jubilada ' +
        "del barrio San Felipe que pidió no ser identificada.",
      'La Asociación Bancaria Salvadoreña (Abansa) recomendó en un comunicado "cubrir el ' +
        'teclado al digitar el PIN y revisar que la ranura no tenga piezas sueltas".',
    ],
    quotes: [
      [
        "instalaban dispositivos de lectura en cajeros automáticos del centro de la ciudad",
        "La Policía Nacional Civil",
      ],
      [
        "Encontramos en la vivienda 300 tarjetas en blanco, dos lectores y una computadora con " +
          "datos de más de mil clientes",
        "Julio César Ventura Amaya",
      ],
      [
        "Serán procesados por hurto por medios informáticos y agrupaciones ilícitas",
        "Ernesto Alvarado Romero",
      ],
      ["y no descartamos más capturas en Usulután y La Unión", "Ernesto Alvarado Romero"],
      ["Me vaciaron la cuenta de la pensión en una sola noche", "una maestra jubilada"],
      [
        "cubrir el teclado al digitar el PIN y revisar que la ranura no tenga piezas sueltas",
        "La Asociación Bancaria Salvadoreña",
      ],
    ],
  },
  {
    name:
      "El Rancagüino, educación: titular con cita de una apoderada nombrada solo en el cuerpo y " +
      "repetida en él con «reclamó» y segunda cita sin verbo, apodo del liceo (no cita), vocera " +
      "estudiantil con «le respondió la estudiante», dos mujeres en un párrafo, director del " +
      "SLEP con «aseguró que» y cita parcial y «afirmó», superintendencia en un oficio con " +
      "«advirtió que» y cita parcial",
    headline:
      "Apoderados del Liceo Óscar Castro exigen el fin de la toma: “Nuestros hijos llevan tres " +
      "semanas sin clases”",
    paragraphs: [
      "Tres semanas cumple este lunes la toma del Liceo Óscar Castro Zúñiga de Rancagua, donde " +
        "un grupo de estudiantes exige la reparación de los baños y de la techumbre del gimnasio, " +
        "dañada por las lluvias de junio.",
      "A la reja del establecimiento, al que generaciones de rancagüinos llaman simplemente “el " +
        "Óscar”, llegó el viernes una veintena de apoderados. Entre ellos estaba Patricia Soto " +
        "Cornejo, madre de un alumno de segundo medio. “Nuestros hijos llevan tres semanas sin " +
        "clases”, reclamó. “Entendemos las demandas, pero el año escolar no espera a nadie”.",
      "Soto discutió durante varios minutos con la vocera de los estudiantes movilizados, " +
        "Constanza Ibarra, alumna de cuarto medio. “No nos vamos a ir hasta que el SLEP firme un " +
        "compromiso con plazos”, le respondió la estudiante.",
      "El director ejecutivo del Servicio Local de Educación Pública (SLEP), Rodrigo Fuenzalida " +
        "Mella, aseguró que ya hay “3.200 millones de pesos comprometidos” para las obras. " +
        "“Estamos disponibles para conversar mañana mismo, pero con el liceo devuelto”, afirmó.",
      "La Superintendencia de Educación, en tanto, advirtió en un oficio que el establecimiento " +
        "deberá “recuperar la totalidad de las horas lectivas perdidas” antes del cierre del " +
        "año escolar.",
    ],
    quotes: [
      ["Nuestros hijos llevan tres semanas sin clases", "Patricia Soto Cornejo"],
      ["Entendemos las demandas, pero el año escolar no espera a nadie", "Patricia Soto Cornejo"],
      ["No nos vamos a ir hasta que el SLEP firme un compromiso con plazos", "Constanza Ibarra"],
      ["3.200 millones de pesos comprometidos", "Rodrigo Fuenzalida Mella"],
      [
        "Estamos disponibles para conversar mañana mismo, pero con el liceo devuelto",
        "Rodrigo Fuenzalida Mella",
      ],
      ["recuperar la totalidad de las horas lectivas perdidas", "La Superintendencia de Educación"],
    ],
  },
]);
