// A twenty-first round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty rounds did not use: Diario de Ávila (cars barred from inside the city walls, voted in Ávila's
// council), El Sur (a property developer's manager sentenced for fraud, Concepción, Chile), Relevo (an
// ElPozo Murcia futsal cup semifinal), Panamá América (falling sales at the Zona Libre de Colón, Panamá),
// Diario de Morelos (scorpion stings and a shortage of antivenom, México), El Adelantado de Segovia (the
// Titirimundi puppet festival opens), Atlántico Diario (a study on shrinking Galician sardines, Vigo), La
// Voz de Michoacán (the monarch butterfly count, México), Ojo (a gang robbing mototaxi drivers caught in
// Comas, Perú, straight quotation marks) and El Vocero (a tuition rise at the Universidad de Puerto Rico).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Diario de Ávila, política: entradilla con cita del concejal nombrado solo en el cuerpo y repetida " +
      "en " +
      "él con «sostuvo el edil» y cita parcial, portavoz con cita parcial y «lamentó» tras la cita, dos " +
      "mujeres en un párrafo con «advirtió Hernández» y cita parcial de la vecina, informe policial con " +
      "«Según», alcalde con cita parcial, nombre de una campaña (no cita)",
    headline: "Ávila cerrará el interior de la muralla a los coches no residentes a partir de junio",
    standfirst:
      "«La muralla no se hizo para aparcar», defendió el concejal de Movilidad ante las críticas de los " +
      "comerciantes del centro",
    paragraphs: [
      "El pleno del Ayuntamiento de Ávila aprobó ayer, con los votos de Por Ávila y del PP, la ordenanza " +
        "que " +
        "restringirá desde el 1 de junio la entrada de vehículos al recinto amurallado a residentes, " +
        "servicios públicos y carga y descarga en horario de mañana. El PSOE votó en contra y Vox se " +
        "abstuvo.",
      "El concejal de Movilidad, Rubén Sastre Blázquez, defendió que la medida devolverá el casco " +
        "histórico " +
        "a los peatones. «La muralla no se hizo para aparcar», sostuvo el edil, que recordó que cada día " +
        "entran en el recinto «más de 3.000 coches que no tienen nada que hacer allí».",
      "La portavoz socialista, Eva María Arroyo Jiménez, habló de una ordenanza «hecha de espaldas a los " +
        "vecinos». «Nos presentan un plan cerrado y nos piden que aplaudamos. Los comerciantes de la calle " +
        "Reyes Católicos se han enterado por la prensa», lamentó.",
      "Entre el público estaban la presidenta de la asociación de comerciantes Ávila Centro, Pilar " +
        "Hernández " +
        "Martín, y Lourdes Gil, vecina del barrio de San Juan desde hace cuarenta años. «Nos van a " +
        "cerrar la " +
        "persiana poco a poco», advirtió Hernández. Gil, en cambio, celebró que por fin «se podrá pasear " +
        "sin " +
        "esquivar coches».",
      "Según el informe de la Policía Local incorporado al expediente, en las horas punta el interior de " +
        "la " +
        "muralla registra «una ocupación del 140 % de las plazas disponibles», con vehículos en doble " +
        "fila y " +
        "sobre las aceras de la plaza del Mercado Chico.",
      "El alcalde, Jesús Manuel Sánchez Cabrera, cerró el debate con un compromiso: la ordenanza se " +
        "revisará " +
        "dentro de un año «si los números no salen». El Consistorio presentará en mayo la campaña " +
        "informativa " +
        "«Ávila, a pie», con folletos en los aparcamientos disuasorios de extramuros.",
    ],
    quotes: [
      ["La muralla no se hizo para aparcar", "Rubén Sastre Blázquez"],
      ["más de 3.000 coches que no tienen nada que hacer allí", "Rubén Sastre Blázquez"],
      ["hecha de espaldas a los vecinos", "Eva María Arroyo Jiménez"],
      [
        "Nos presentan un plan cerrado y nos piden que aplaudamos. Los comerciantes de la calle Reyes " +
          "Católicos se han enterado por la prensa",
        "Eva María Arroyo Jiménez",
      ],
      ["Nos van a cerrar la persiana poco a poco", "Pilar Hernández Martín"],
      ["se podrá pasear sin esquivar coches", "Lourdes Gil"],
      ["una ocupación del 140 % de las plazas disponibles", "el informe de la Policía Local"],
      ["si los números no salen", "Jesús Manuel Sánchez Cabrera"],
    ],
  },
  {
    name:
      "El Sur, tribunales: entradilla con cita del fiscal nombrado solo en el cuerpo y repetida en él como " +
      "cita parcial con «sostuvo que», segunda cita con «remató», nombre del proyecto (no cita), sentencia " +
      "que «establece», afectada descrita con «relató» y dos puntos, abogado con «afirmó» tras la cita, " +
      "dos hombres en un párrafo con «dijo Contreras» y cita parcial del concejal",
    headline: "Condenan a exgerente de inmobiliaria por estafar a 46 familias en San Pedro de la Paz",
    standfirst:
      "“Vendió departamentos que sabía que nunca iba a construir”, acusó la Fiscalía en el juicio oral.",
    paragraphs: [
      "El Tribunal de Juicio Oral en lo Penal de Concepción condenó ayer a cinco años y un día de presidio " +
        "efectivo a Cristián Andrés Poblete Saavedra, exgerente general de la Inmobiliaria Costa Biobío, " +
        "por " +
        "estafas reiteradas a 46 familias que pagaron el pie de departamentos del proyecto “Mirador de la " +
        "Laguna”, que nunca se levantó.",
      "El fiscal de Alta Complejidad Marcelo Andrés Riquelme Fuentes sostuvo en su alegato de clausura que " +
        "el acusado “vendió departamentos que sabía que nunca iba a construir”. “Usó el dinero de las " +
        "familias para pagar deudas de otras obras. Eso no es un mal negocio, es un engaño”, remató.",
      "La sentencia, redactada por la jueza Carolina Vera Muñoz, establece que el exgerente “actuó con " +
        "pleno " +
        "conocimiento de la insolvencia de la empresa” y descarta la tesis de la defensa.",
      "Una de las afectadas, una profesora jubilada de 66 años, relató ante el tribunal: “Puse los ahorros " +
        "de toda mi vida. Mi marido murió esperando ese departamento”.",
      "“Mi representado también perdió todo. Aquí hubo una crisis del sector, no un plan para defraudar”, " +
        "afirmó el abogado defensor, Rodrigo Sandoval Pérez, quien adelantó que presentará un recurso de " +
        "nulidad ante la Corte de Apelaciones.",
      "El vocero de las familias, Héctor Contreras Lagos, escuchó el veredicto junto al concejal de San " +
        "Pedro de la Paz Jaime Ulloa Rivas. “Cinco años no nos devuelven la plata, pero al menos alguien " +
        "paga”, dijo Contreras. Ulloa, por su parte, pidió al Minvu “fiscalizar de verdad” las preventas.",
    ],
    quotes: [
      ["vendió departamentos que sabía que nunca iba a construir", "Marcelo Andrés Riquelme Fuentes"],
      [
        "Usó el dinero de las familias para pagar deudas de otras obras. Eso no es un mal negocio, es un " +
          "engaño",
        "Marcelo Andrés Riquelme Fuentes",
      ],
      ["actuó con pleno conocimiento de la insolvencia de la empresa", "La sentencia"],
      [
        "Puse los ahorros de toda mi vida. Mi marido murió esperando ese departamento",
        "Una de las afectadas",
      ],
      [
        "Mi representado también perdió todo. Aquí hubo una crisis del sector, no un plan para defraudar",
        "Rodrigo Sandoval Pérez",
      ],
      ["Cinco años no nos devuelven la plata, pero al menos alguien paga", "Héctor Contreras Lagos"],
      ["fiscalizar de verdad", "Jaime Ulloa Rivas"],
    ],
  },
  {
    name:
      "Relevo, fútbol sala: cita del titular del capitán nombrado solo en el cuerpo y repetida en él con " +
      "«repetía el veterano cierre», segunda cita sin verbo, goleador con «contaba» y sujeto descrito, " +
      "cita " +
      "partida con «admitió» invertido, técnico rival con «lamentó» y cita parcial con «reconoció que», " +
      "apodo y lema de una pancarta (no citas), aficionado anónimo con «bromeaba»",
    headline:
      "ElPozo remonta ante el Jimbee y se planta en la final de la Copa: «Este equipo no sabe rendirse»",
    paragraphs: [
      "ElPozo Murcia Costa Cálida jugará el domingo la final de la Copa de España. El equipo murciano " +
        "remontó un 0-2 ante el Jimbee Cartagena (4-3) en una semifinal de infarto en el Palacio de los " +
        "Deportes José María Martín Carpena, con el gol decisivo a 14 segundos del final.",
      "Lo firmó Álvaro Ruiz Pastor, ala de 23 años que había salido desde el banquillo en la segunda " +
        "parte. " +
        "«Solo vi el hueco y pegué. Ni siquiera sé cómo ha entrado», contaba todavía sin aliento el " +
        "murciano " +
        "en la zona mixta.",
      "El capitán, Miguel Ángel Cano Sevilla, fue el primero en llegar al abrazo. «Este equipo no sabe " +
        "rendirse», repetía el veterano cierre, de 35 años. «Con 0-2 en el descanso nadie en el vestuario " +
        "dijo que estaba perdido. Nadie».",
      "«Hemos sufrido mucho en la primera parte», admitió el entrenador de ElPozo, Ismael Ortuño Gil, " +
        "«pero " +
        "en el descanso les pedí una sola cosa: que disfrutaran. Y lo han hecho».",
      "En el otro banquillo, la sensación era la contraria. «Nos ha matado un detalle. Perder así duele el " +
        "doble», lamentó el técnico del Jimbee, Daniel Campos Rubio, que reconoció que a su equipo le " +
        "faltó " +
        "«un punto de oficio» en los últimos minutos. Su portero, el brasileño Thiago Nunes, apodado «el " +
        "Muro», había parado hasta entonces dos lanzamientos de doble penalti.",
      "Unos 600 aficionados murcianos desplegaron tras la portería una pancarta con el lema «Hasta el " +
        "final, " +
        "ElPozo». «Hemos venido en autobús desde Murcia y volveríamos andando», bromeaba un aficionado " +
        "con la " +
        "bufanda al cuello, camino del autobús.",
    ],
    quotes: [
      ["Este equipo no sabe rendirse", "Miguel Ángel Cano Sevilla"],
      ["Solo vi el hueco y pegué. Ni siquiera sé cómo ha entrado", "Álvaro Ruiz Pastor"],
      [
        "Con 0-2 en el descanso nadie en el vestuario dijo que estaba perdido. Nadie",
        "Miguel Ángel Cano Sevilla",
      ],
      ["Hemos sufrido mucho en la primera parte", "Ismael Ortuño Gil"],
      ["pero en el descanso les pedí una sola cosa: que disfrutaran. Y lo han hecho", "Ismael Ortuño Gil"],
      ["Nos ha matado un detalle. Perder así duele el doble", "Daniel Campos Rubio"],
      ["un punto de oficio", "Daniel Campos Rubio"],
      ["Hemos venido en autobús desde Murcia y volveríamos andando", "un aficionado"],
    ],
  },
  {
    name:
      "Panamá América, negocios: cita parcial del titular del presidente de los usuarios nombrado solo en " +
      "el cuerpo y repetida en él con «exigió», gerente con «explicó Chen», comillas de distancia (no " +
      "cita), cámara empresarial en un comunicado, economista con «señaló» invertido y cita que sigue en " +
      "el " +
      "párrafo siguiente, comerciante anónimo con dos puntos",
    headline: "Ventas de la Zona Libre de Colón caen 9 % y los usuarios piden “reglas claras”",
    paragraphs: [
      "Las reexportaciones e importaciones de la Zona Libre de Colón (ZLC) sumaron 7,810 millones de " +
        "dólares entre enero y septiembre, una caída de 9 % frente al mismo periodo del año pasado, según " +
        "cifras de la Gerencia General de la zona franca divulgadas ayer.",
      "El gerente general de la ZLC, Luis Alberto Chen Ortega, atribuyó el retroceso a la contracción de " +
        "los mercados de Venezuela y Colombia y al encarecimiento de los fletes. “No es un problema de " +
        "Colón, " +
        "es un problema de la región. Nuestros clientes están comprando menos y pagando más por traer la " +
        "mercancía”, explicó Chen en conferencia de prensa.",
      "El presidente de la Asociación de Usuarios de la Zona Libre, Abdul Karim Hassan Pitty, exigió al " +
        "Gobierno “reglas claras” en materia aduanera y aseguró que, con la llamada “tramitología”, " +
        "sacar un " +
        "contenedor hacia los puertos “tarda el doble que en 2019”.",
      "La Cámara de Comercio, Industrias y Agricultura de Panamá advirtió en un comunicado que la caída " +
        "“compromete más de 2,000 empleos directos” en la provincia de Colón.",
      "“La Zona Libre vivió durante décadas de un modelo que ya no existe: el comerciante que llegaba de " +
        "Caracas con una maleta de dólares”, señaló la economista Yaritza Batista Caballero, docente de la " +
        "Universidad de Panamá. “Ese cliente no va a volver.",
      "“Si no nos convertimos en un centro logístico para el comercio electrónico, otros lo harán por " +
        "nosotros”.",
      "Un comerciante de electrónica con 30 años en la zona franca, que pidió reserva de su nombre, fue " +
        "más " +
        "pesimista: “Antes despachábamos diez contenedores al mes. Hoy, con suerte, dos”.",
    ],
    quotes: [
      ["reglas claras", "Abdul Karim Hassan Pitty"],
      [
        "No es un problema de Colón, es un problema de la región. Nuestros clientes están comprando " +
          "menos y " +
          "pagando más por traer la mercancía",
        "Luis Alberto Chen Ortega",
      ],
      ["tarda el doble que en 2019", "Abdul Karim Hassan Pitty"],
      [
        "compromete más de 2,000 empleos directos",
        "La Cámara de Comercio, Industrias y Agricultura de Panamá",
      ],
      [
        "La Zona Libre vivió durante décadas de un modelo que ya no existe: el comerciante que llegaba de " +
          "Caracas con una maleta de dólares",
        "Yaritza Batista Caballero",
      ],
      ["Ese cliente no va a volver.", "Yaritza Batista Caballero"],
      [
        "Si no nos convertimos en un centro logístico para el comercio electrónico, otros lo harán por " +
          "nosotros",
        "Yaritza Batista Caballero",
      ],
      ["Antes despachábamos diez contenedores al mes. Hoy, con suerte, dos", "Un comerciante de electrónica"],
    ],
  },
  {
    name:
      "Diario de Morelos, salud: cita de la entradilla de una pediatra nombrada solo en el cuerpo y " +
      "repetida en él sin verbo tras «advirtió la especialista», funcionario con «Según» y cita parcial, " +
      "madre con «relató la mujer», Secretaría en un comunicado con cita parcial, lema de una campaña (no " +
      "cita), médico anónimo con «aseguró que»",
    headline:
      "Morelos, segundo lugar nacional en picaduras de alacrán; denuncian falta de antiveneno en clínicas",
    standfirst: "“Una hora puede ser la diferencia”, advierte pediatra del Hospital del Niño Morelense",
    paragraphs: [
      "Los Servicios de Salud de Morelos (SSM) registraron 18 mil 432 casos de intoxicación por picadura " +
        "de " +
        "alacrán entre enero y octubre, lo que coloca a la entidad en el segundo lugar nacional, sólo " +
        "detrás " +
        "de Jalisco, de acuerdo con el boletín epidemiológico federal.",
      "La jefa de Urgencias Pediátricas del Hospital del Niño Morelense, Alejandra Bustos Peña, explicó " +
        "que " +
        "los menores de cinco años son los más vulnerables. “Un adulto casi siempre la libra con dolor y " +
        "adormecimiento; un niño pequeño puede convulsionar”, advirtió la especialista. “Una hora puede " +
        "ser " +
        "la diferencia”.",
      "Según el director de Epidemiología de los SSM, Marco Antonio Cerón Villalobos, el abasto de " +
        "faboterápico “está garantizado en los hospitales generales”, aunque el funcionario reconoció " +
        "retrasos en algunos centros de salud de la zona sur.",
      "María Elena Ocampo, vecina de la colonia Emiliano Zapata, en Jojutla, recorrió tres clínicas con su " +
        "hijo de cuatro años en brazos. “En la primera no había suero, en la segunda no había médico. " +
        "Llegamos a Zacatepec con el niño morado”, relató la mujer, de 29 años.",
      "La Secretaría de Salud estatal informó en un comunicado que distribuyó 4 mil 200 frascos de " +
        "antiveneno en octubre y llamó a la población a “no aplicar remedios caseros como el ajo o el " +
        "limón”. " +
        "La dependencia mantiene en escuelas y mercados la campaña “Sacude, revisa y protege”.",
      "Un médico del centro de salud de Tlaquiltenango, que pidió no ser identificado, aseguró que en su " +
        "unidad “llevamos dos semanas sin un solo frasco” y que los pacientes son canalizados en taxi al " +
        "hospital de Jojutla.",
    ],
    quotes: [
      ["Una hora puede ser la diferencia", "Alejandra Bustos Peña"],
      [
        "Un adulto casi siempre la libra con dolor y adormecimiento; un niño pequeño puede convulsionar",
        "Alejandra Bustos Peña",
      ],
      ["está garantizado en los hospitales generales", "Marco Antonio Cerón Villalobos"],
      [
        "En la primera no había suero, en la segunda no había médico. Llegamos a Zacatepec con el niño " +
          "morado",
        "María Elena Ocampo",
      ],
      ["no aplicar remedios caseros como el ajo o el limón", "La Secretaría de Salud estatal"],
      ["llevamos dos semanas sin un solo frasco", "Un médico del centro de salud de Tlaquiltenango"],
    ],
  },
  {
    name:
      "El Adelantado de Segovia, cultura: directora con «bromeó» invertido y «La directora subrayó que» " +
      "con " +
      "cita parcial, título de un espectáculo (no cita), director de compañía con «contaba» y segunda cita " +
      "sin verbo, dos hombres en un párrafo con «recordó Herrero» y cita parcial del concejal, apodo de " +
      "una " +
      "marioneta (no cita), madre anónima con comillas anidadas, programa de mano que «define»",
    todo: "«cerca de cinco millones de euros» goes to Lucas Herrero Mate, not Andrés Gómez Velasco",
    headline: "Titirimundi llena Segovia de marionetas: 42 compañías y un estreno mundial",
    paragraphs: [
      "El Festival Internacional de Títeres de Segovia, Titirimundi, arrancó ayer su 39.ª edición con 42 " +
        "compañías de 18 países y más de 300 funciones en patios, plazas y teatros de la ciudad hasta el " +
        "próximo domingo.",
      "«Titirimundi es la única semana del año en que los segovianos miran más hacia abajo que hacia el " +
        "Acueducto», bromeó la directora del festival, Marta Sanz de Pablo, durante la presentación en el " +
        "Teatro Juan Bravo. La directora subrayó que el festival ha vuelto a crecer «sin perder la escala " +
        "humana».",
      "La programación incluye el estreno mundial de «La niña que soñaba con ballenas», de la compañía " +
        "chilena Teatro Aguas Profundas. «Trajimos los muñecos en tres maletas y una se perdió en " +
        "Barajas», " +
        "contaba entre risas su director, Ignacio Vergara Soto. «La encontramos anoche a las once. Si no, " +
        "habríamos actuado con medio elenco».",
      "El titiritero segoviano Lucas Herrero Mate, que lleva veinte años en el festival, y el concejal de " +
        "Cultura, Andrés Gómez Velasco, recorrieron juntos los puestos de la plaza Mayor. «Aprendí el " +
        "oficio " +
        "viendo a los italianos en el patio de la Casa de los Picos», recordó Herrero. El concejal cifró " +
        "el " +
        "impacto económico del festival en «cerca de cinco millones de euros».",
      "En el patio de la Alhóndiga, la marioneta más veterana del festival, un Don Cristóbal de 1920 al " +
        "que " +
        "los titiriteros llaman «el Abuelo», arrancó carcajadas a varias generaciones a la vez. «Mi hija " +
        "me " +
        "preguntó: “¿Los títeres están vivos?”. Y no supe qué contestarle», contaba una madre a la salida.",
      "El programa de mano de esta edición define Titirimundi como «un festival para todos los públicos, " +
        "también para los que se creen demasiado mayores».",
    ],
    quotes: [
      [
        "Titirimundi es la única semana del año en que los segovianos miran más hacia abajo que hacia el " +
          "Acueducto",
        "Marta Sanz de Pablo",
      ],
      ["sin perder la escala humana", "Marta Sanz de Pablo"],
      ["Trajimos los muñecos en tres maletas y una se perdió en Barajas", "Ignacio Vergara Soto"],
      ["La encontramos anoche a las once. Si no, habríamos actuado con medio elenco", "Ignacio Vergara Soto"],
      ["Aprendí el oficio viendo a los italianos en el patio de la Casa de los Picos", "Lucas Herrero Mate"],
      ["cerca de cinco millones de euros", "Andrés Gómez Velasco"],
      ["Mi hija me preguntó: “¿Los títeres están vivos?”. Y no supe qué contestarle", "una madre"],
      [
        "un festival para todos los públicos, también para los que se creen demasiado mayores",
        "El programa de mano de esta edición",
      ],
    ],
  },
  {
    name:
      "Atlántico Diario, ciencia: entradilla con cita de la autora nombrada solo en el cuerpo y repetida " +
      "en " +
      "él con «resume» invertido, nombre de una revista y de un buque (no citas), cita partida con «matiza " +
      "el coautor», artículo que «concluye», patrón mayor con «asegura» y cita parcial de «El veterano " +
      "marinero», oceanógrafo anónimo con dos citas parciales",
    headline: "La sardina gallega es hoy un 20 % más pequeña que hace tres décadas",
    standfirst:
      "«El mar que conocían nuestros abuelos ya no existe», advierte la autora principal del estudio del IIM",
    paragraphs: [
      "Un equipo del Instituto de Investigaciones Marinas (IIM-CSIC) de Vigo ha comprobado que la sardina " +
        "capturada en aguas gallegas ha perdido de media un 20 % de talla y un 30 % de peso desde " +
        "principios " +
        "de los años noventa. El estudio, que combina más de 60.000 ejemplares desembarcados en la lonja " +
        "de " +
        "Vigo con muestreos a bordo del buque oceanográfico «Ramón Margalef», se publica esta semana en la " +
        "revista «Fish and Fisheries».",
      "«El mar que conocían nuestros abuelos ya no existe», resume la bióloga marina Iria Fernández Lago, " +
        "autora principal del trabajo, que vincula el cambio al calentamiento del agua y al debilitamiento " +
        "del afloramiento, el fenómeno que llena de nutrientes las rías en verano.",
      "«La sardina no está desapareciendo», matiza el coautor Xoán Carlos Pereira Rial, «pero está " +
        "cambiando de una forma que todavía no entendemos del todo».",
      "El artículo concluye que la reducción de talla «tiene implicaciones directas para la rentabilidad " +
        "de " +
        "la flota de cerco», que cobra por kilo pero vende por tamaño.",
      "El patrón mayor de la Cofradía de Pescadores de Cangas, Manuel Otero Costas, lo comprueba cada " +
        "día en " +
        "cubierta. «Hace veinte años llenábamos una caja con cuarenta sardinas; ahora hacen falta " +
        "sesenta», " +
        "asegura. El veterano marinero pide a la Xunta «menos papeles y más ciencia» a la hora de fijar " +
        "las " +
        "vedas.",
      "Un oceanógrafo del Instituto Español de Oceanografía que no ha participado en el estudio " +
        "considera los " +
        "datos «muy sólidos», aunque advierte de que la sobrepesca de los años ochenta «también dejó su " +
        "huella» en la población.",
    ],
    quotes: [
      ["El mar que conocían nuestros abuelos ya no existe", "Iria Fernández Lago"],
      ["La sardina no está desapareciendo", "Xoán Carlos Pereira Rial"],
      ["pero está cambiando de una forma que todavía no entendemos del todo", "Xoán Carlos Pereira Rial"],
      ["tiene implicaciones directas para la rentabilidad de la flota de cerco", "El artículo"],
      [
        "Hace veinte años llenábamos una caja con cuarenta sardinas; ahora hacen falta sesenta",
        "Manuel Otero Costas",
      ],
      ["menos papeles y más ciencia", "Manuel Otero Costas"],
      ["muy sólidos", "Un oceanógrafo del Instituto Español de Oceanografía"],
      ["también dejó su huella", "Un oceanógrafo del Instituto Español de Oceanografía"],
    ],
  },
  {
    name:
      "La Voz de Michoacán, medio ambiente: cita del titular de un investigador nombrado solo en el cuerpo " +
      "y repetida en él con «advirtió» invertido y segunda cita sin verbo, informe que «atribuye», " +
      "comisariado con cita parcial y «dijo» tras la cita, dos hermanas en un párrafo con «recordó Rosa " +
      "Isela» y «agregó que», funcionaria con «De acuerdo con», nombre de una campaña (no cita)",
    headline: "Mariposa monarca ocupa 1.8 hectáreas en santuarios: “es una señal de alivio, no de victoria”",
    paragraphs: [
      "La colonia de mariposa monarca que hiberna en los bosques de oyamel de Michoacán y el Estado de " +
        "México ocupó esta temporada 1.8 hectáreas, casi el doble que el año pasado, según el conteo anual " +
        "presentado ayer en Zitácuaro por la Comisión Nacional de Áreas Naturales Protegidas (Conanp) y " +
        "organizaciones civiles.",
      "“Es una señal de alivio, no de victoria”, advirtió el biólogo de la Universidad Michoacana de San " +
        "Nicolás de Hidalgo Gerardo Maldonado Ceja, quien participa en el monitoreo desde hace 15 años. " +
        "“Hace " +
        "treinta años la colonia ocupaba más de 18 hectáreas. Estamos en una décima parte”.",
      "El informe de monitoreo atribuye la recuperación a “condiciones climáticas favorables durante la " +
        "migración de otoño” en Texas y el norte de México, y alerta de que la tala clandestina afectó 12 " +
        "hectáreas en la zona núcleo de la Reserva de la Biosfera Mariposa Monarca.",
      "El comisariado ejidal de El Rosario, Fidel Martínez Cruz, denunció que los talamontes entran al " +
        "bosque " +
        "“de noche y con motosierras”. “Nosotros cuidamos el santuario con palos y radios. Ellos traen " +
        "armas " +
        "largas”, dijo.",
      "A la entrada del santuario Sierra Chincua, la guía comunitaria Rosa Isela Sánchez Hernández y su " +
        "hermana, Marisol Sánchez, venden artesanías y esperan una buena temporada. “El año pasado casi no " +
        "vino gente porque decían que ya no había mariposas”, recordó Rosa Isela. Marisol agregó que el " +
        "turismo “es lo único que nos deja vivir del bosque sin tirarlo”.",
      "De acuerdo con la directora de la reserva, Leticia Ruiz Mondragón, la vigilancia “se reforzará con " +
        "la Guardia Nacional” a partir de enero. La Conanp lanzó además la campaña “Adopta un oyamel”, que " +
        "busca reforestar 200 hectáreas antes de 2027.",
    ],
    quotes: [
      ["Es una señal de alivio, no de victoria", "Gerardo Maldonado Ceja"],
      [
        "Hace treinta años la colonia ocupaba más de 18 hectáreas. Estamos en una décima parte",
        "Gerardo Maldonado Ceja",
      ],
      ["condiciones climáticas favorables durante la migración de otoño", "El informe de monitoreo"],
      ["de noche y con motosierras", "Fidel Martínez Cruz"],
      ["Nosotros cuidamos el santuario con palos y radios. Ellos traen armas largas", "Fidel Martínez Cruz"],
      [
        "El año pasado casi no vino gente porque decían que ya no había mariposas",
        "Rosa Isela Sánchez Hernández",
      ],
      ["es lo único que nos deja vivir del bosque sin tirarlo", "Marisol Sánchez"],
      ["se reforzará con la Guardia Nacional", "Leticia Ruiz Mondragón"],
    ],
  },
  {
    name:
      "Ojo, policiales (comillas rectas): nombre de la banda en el titular y el cuerpo y alias (no citas), " +
      "comandante con «explicó» tras la cita, «Según el oficial» con cita parcial, mototaxista descrito " +
      "con «contó» y dos puntos y comillas simples anidadas, Fiscalía con cita parcial, pareja de un " +
      "detenido con dos puntos, dirigente con «pidió» y dos puntos",
    todo:
      "«Se hacían pasar por pasajeros, pedían una car…» goes to el jefe de la Depincri Comas, not " +
      "Julio César Paredes Ríos; «Él también es mototaxista, lo han confundido» goes to La Fiscalía " +
      "Provincial Penal de Comas, not la pareja de uno de los intervenidos",
    headline: '¡Cayó "Los Malditos del Cono"! Banda asaltaba a mototaxistas en Comas',
    paragraphs: [
      'Agentes de la Depincri Comas capturaron a cuatro integrantes de la banda "Los Malditos del Cono", ' +
        "que asaltaba a mototaxistas a punta de pistola en los asentamientos humanos de Collique. Entre " +
        "los " +
        'detenidos está su presunto cabecilla, Jhonatan Quispe Huamán, alias "Chato Mario", de 26 años.',
      '"Se hacían pasar por pasajeros, pedían una carrera a una zona oscura y ahí sacaban el arma", ' +
        "explicó " +
        "el jefe de la Depincri Comas, comandante PNP Julio César Paredes Ríos.",
      "Según el oficial, la banda robaba hasta tres mototaxis por semana, que luego sus integrantes " +
        '"vendían por partes en La Cachina".',
      "Un mototaxista de 38 años, padre de tres hijos, le contó a Ojo cómo lo asaltaron en octubre: " +
        "\"Me pusieron la pistola en la cabeza y me dijeron 'bájate o te quemo'. Casi me muero de miedo, " +
        'causa".',
      "La Fiscalía Provincial Penal de Comas pedirá nueve meses de prisión preventiva para los cuatro " +
        'detenidos, a quienes considera "un peligro real para la población".',
      'Afuera de la comisaría, la pareja de uno de los intervenidos no paraba de llorar: "Él también es ' +
        'mototaxista, lo han confundido".',
      "El presidente de la Asociación de Mototaxistas Señor de los Milagros, Wilber Chumpitaz Lázaro, " +
        "pidió " +
        'más patrullaje en la zona: "Nosotros salimos a trabajar, no a morir".',
    ],
    quotes: [
      [
        "Se hacían pasar por pasajeros, pedían una carrera a una zona oscura y ahí sacaban el arma",
        "Julio César Paredes Ríos",
      ],
      ["vendían por partes en La Cachina", "Julio César Paredes Ríos"],
      [
        "Me pusieron la pistola en la cabeza y me dijeron 'bájate o te quemo'. Casi me muero de miedo, causa",
        "Un mototaxista de 38 años",
      ],
      ["un peligro real para la población", "La Fiscalía Provincial Penal de Comas"],
      ["Él también es mototaxista, lo han confundido", "la pareja de uno de los intervenidos"],
      ["Nosotros salimos a trabajar, no a morir", "Wilber Chumpitaz Lázaro"],
    ],
  },
  {
    name:
      "El Vocero, educación: cita parcial del titular de la líder estudiantil nombrada solo en el cuerpo y " +
      "repetida en él con «calificó la medida como», presidente de la Junta con «afirmó» invertido y cita " +
      "parcial con «añadió que», «advirtió la joven», dos hombres en un párrafo con «sostuvo Marrero» y " +
      "cita parcial del rector, certificación que «establece», lema de pancartas (no cita), madre anónima " +
      "con «dijo que»",
    headline:
      "Junta de Gobierno aprueba alza en la matrícula de la UPR; estudiantes denuncian un “golpe al " +
      "bolsillo”",
    paragraphs: [
      "La Junta de Gobierno de la Universidad de Puerto Rico (UPR) aprobó anoche, en una votación de 9 a " +
        "3, " +
        "un aumento en el costo del crédito subgraduado de $157 a $185 a partir de agosto, el segundo " +
        "incremento en cuatro años.",
      "“No es una decisión que tomamos con gusto, pero la alternativa era cerrar programas”, afirmó el " +
        "presidente de la Junta, Ricardo Vélez Irizarry, tras la reunión. Vélez añadió que el dinero irá " +
        "“a mantenimiento de edificios y a becas, ni un centavo a la administración”.",
      "La presidenta del Consejo General de Estudiantes de Río Piedras, Génesis Rivera Ortiz, calificó la " +
        "medida como un “golpe al bolsillo” de miles de familias. “Hay compañeros que ya trabajan en dos " +
        "empleos para pagar el hospedaje. Con esto, muchos se van a dar de baja”, advirtió la joven, " +
        "estudiante de cuarto año de Ciencias Sociales.",
      "El profesor de Economía Luis Enrique Marrero Santiago y el rector interino del Recinto de Mayagüez, " +
        "Ángel Figueroa Cruz, discreparon sobre el impacto. “Cada vez que sube la matrícula, baja la " +
        "admisión. Los números están ahí”, sostuvo Marrero. Figueroa, en cambio, defendió que la UPR " +
        "mantendrá “la matrícula más baja de cualquier universidad acreditada de la isla”.",
      "La certificación aprobada establece que los estudiantes con Beca Pell completa “no verán afectado " +
        "su " +
        "costo neto”.",
      "Afuera, un grupo de estudiantes protestaba con pancartas que leían “Educación no es negocio”. Una " +
        "madre de Bayamón que acompañaba a su hijo dijo a El Vocero que la familia “ya estaba contando los " +
        "chavos” antes del aumento.",
    ],
    quotes: [
      ["golpe al bolsillo", "Génesis Rivera Ortiz"],
      [
        "No es una decisión que tomamos con gusto, pero la alternativa era cerrar programas",
        "Ricardo Vélez Irizarry",
      ],
      ["a mantenimiento de edificios y a becas, ni un centavo a la administración", "Ricardo Vélez Irizarry"],
      [
        "Hay compañeros que ya trabajan en dos empleos para pagar el hospedaje. Con esto, muchos se van " +
          "a dar " +
          "de baja",
        "Génesis Rivera Ortiz",
      ],
      [
        "Cada vez que sube la matrícula, baja la admisión. Los números están ahí",
        "Luis Enrique Marrero Santiago",
      ],
      ["la matrícula más baja de cualquier universidad acreditada de la isla", "Ángel Figueroa Cruz"],
      ["no verán afectado su costo neto", "La certificación aprobada"],
      ["ya estaba contando los chavos", "Una madre de Bayamón"],
    ],
  },
]);
