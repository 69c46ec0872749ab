// A twenty-fourth round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty-three rounds did not use: La Región (Verín's council asks the Xunta to reopen a maternity ward,
// Ourense), El Nuevo Herald (a former Venezuelan vice-minister sentenced for laundering money through Miami
// condos), Reforma (tomato exports fall after a US duty, México), Diez (an Olimpia–Motagua derby,
// Honduras), Granma (the Havana International Book Fair opens, Cuba), Diario Concepción (the Arauco coast
// still rising after the 2010 earthquake, Chile), El Progreso (round-the-clock stroke thrombectomy at
// Lugo's hospital), El Territorio (a farmers' market turns thirty in Posadas, Misiones, Argentina), La
// Teja (two youths arrested for robbing a corner shop in Desamparados, Costa Rica, straight quotation
// marks) and GK (illegal shrimp farms in the Cayapas-Mataje mangroves, Ecuador).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Región, política: entradilla con cita de la portavoz de la plataforma nombrada solo en " +
      "el cuerpo y repetida en él con «denunció», moción que «pide» con cita parcial, nombre de " +
      "una plataforma (no cita), cita parcial tras «al menos», alcalde con «señaló» invertido, dos " +
      "mujeres en un párrafo con cita parcial de Gómez y «le respondió» con dos puntos, fuentes de " +
      "la Consellería con cita parcial, vecina anónima con dos puntos",
    headline: "El pleno de Verín exige a la Xunta reabrir el paritorio catorce años después de su cierre",
    standfirst:
      "«Aquí nacía media comarca y hoy las mujeres dan a luz en la autovía», denuncia la portavoz " +
      "de la plataforma vecinal",
    paragraphs: [
      "El pleno del Concello de Verín aprobó anoche, con los votos del gobierno local y de la " +
        "oposición socialista y la abstención del PP, una moción que reclama a la Consellería de " +
        "Sanidade la reapertura del paritorio del hospital comarcal, cerrado en 2012. La moción, que " +
        "registró la plataforma «Parir en Verín», pide además «un calendario concreto y no más " +
        "promesas en campaña».",
      "La portavoz de la plataforma, Uxía Fernández Dorado, siguió el debate desde la primera fila " +
        "del público junto a una veintena de madres. «Aquí nacía media comarca y hoy las mujeres dan " +
        "a luz en la autovía», denunció al término de la sesión. Fernández recordó que de Verín al " +
        "Complexo Hospitalario de Ourense hay 70 kilómetros y que en los dos últimos años «al menos " +
        "tres bebés» han nacido dentro de una ambulancia.",
      "«Esto no va de colores políticos, va de que una comarca de 30.000 habitantes tenga los " +
        "mismos derechos que la ciudad», señaló el alcalde, Xosé Manuel Rodríguez Veloso, que " +
        "anunció que llevará la moción en mano a San Lázaro la próxima semana.",
      "La portavoz del PP, Marta Gómez Lamas, justificó la abstención de su grupo porque, a su " +
        "juicio, el gobierno local solo busca «una foto» con las madres. La concejala socialista " +
        "Beatriz Rey Feijóo le respondió desde su escaño: «La foto la hacen ustedes cada vez que " +
        "vienen a inaugurar un centro de salud sin médicos».",
      "Fuentes de la Consellería de Sanidade consultadas por La Región recordaron que el paritorio " +
        "se cerró porque no alcanzaba «el mínimo de partos que garantiza la seguridad de la madre y " +
        "del niño» y descartaron cambios a corto plazo.",
      "A la salida, una vecina de Oímbra que dio a luz a su segundo hijo en Ourense el pasado " +
        "verano lo resumía así: «Tardamos cincuenta minutos, con contracciones cada tres. Nadie " +
        "debería pasar por eso».",
    ],
    quotes: [
      ["Aquí nacía media comarca y hoy las mujeres dan a luz en la autovía", "Uxía Fernández Dorado"],
      ["un calendario concreto y no más promesas en campaña", "La moción"],
      ["al menos tres bebés", "Uxía Fernández Dorado"],
      [
        "Esto no va de colores políticos, va de que una comarca de 30.000 habitantes tenga los " +
          "mismos derechos que la ciudad",
        "Xosé Manuel Rodríguez Veloso",
      ],
      ["una foto", "Marta Gómez Lamas"],
      [
        "La foto la hacen ustedes cada vez que vienen a inaugurar un centro de salud sin médicos",
        "Beatriz Rey Feijóo",
      ],
      [
        "el mínimo de partos que garantiza la seguridad de la madre y del niño",
        "Fuentes de la Consellería de Sanidade",
      ],
      [
        "Tardamos cincuenta minutos, con contracciones cada tres. Nadie debería pasar por eso",
        "una vecina de Oímbra",
      ],
    ],
  },
  {
    name:
      "El Nuevo Herald, tribunales: entradilla con fragmento de una cita más larga del acusado " +
      "nombrado solo en el cuerpo, nombre de una operación (no cita), acusado con «dijo» sin " +
      "sujeto, jueza con «le dijo Ruiz», fiscalía en un comunicado con cita parcial, expediente " +
      "con «Según» y cita parcial, cita partida del abogado con «declaró» invertido, exingeniero " +
      "anónimo sin verbo",
    todo:
      "«Doce años es poco, pero por lo menos aquí alg…» goes to el expediente, not un exingeniero de " +
      "Corpoelec",
    headline: "Exviceministro venezolano, condenado a 12 años por lavar dinero con condominios en Miami",
    standfirst:
      "“Me dejé llevar por la ambición”, dijo el exfuncionario ante la jueza antes de escuchar la " +
      "sentencia",
    paragraphs: [
      "Una jueza federal de Miami condenó el martes a 12 años de prisión a Orlando Enrique Salcedo " +
        "Briceño, exviceministro de Finanzas de Venezuela, por lavar más de $38 millones procedentes " +
        "de sobornos mediante la compra de condominios en Brickell, Doral y Aventura. La " +
        "investigación, bautizada por los agentes federales como “Operación Torre de Cristal”, " +
        "comenzó en 2021.",
      "Antes de conocer su pena, Salcedo, de 61 años, pidió la palabra. “Me dejé llevar por la " +
        "ambición y le fallé a mi país y a mi familia”, dijo con la voz quebrada ante la jueza " +
        "Kathleen M. Ruiz, del Distrito Sur de Florida.",
      "La magistrada no se mostró conmovida. “Usted no robó por necesidad. Le robó a un país donde " +
        "los niños se mueren por falta de medicinas”, le dijo Ruiz al imponerle además el decomiso " +
        "de nueve propiedades y una multa de $2 millones.",
      "En un comunicado, la Fiscalía federal para el Distrito Sur de Florida afirmó que el caso " +
        "demuestra que Miami “no es un refugio para el dinero de la corrupción”. Según el " +
        "expediente, Salcedo cobró comisiones de hasta el 15% a contratistas de la estatal eléctrica " +
        "Corpoelec y movió los fondos “a través de al menos once empresas fantasma en Panamá y " +
        "Delaware”.",
      "“Mi cliente asumió su responsabilidad desde el primer día”, declaró a el Nuevo Herald su " +
        "abogado, Jorge L. Abreu, a la salida del tribunal federal Wilkie D. Ferguson, “y colaboró " +
        "con los fiscales más que ningún otro acusado en este caso”. Abreu no descartó apelar la " +
        "sentencia.",
      "Al fondo de la sala, un grupo de exiliados venezolanos siguió la audiencia de pie. Entre " +
        "ellos estaba un exingeniero de Corpoelec que salió del país en 2017 y pidió no ser " +
        "identificado. “Doce años es poco, pero por lo menos aquí alguien paga”.",
    ],
    quotes: [
      ["Me dejé llevar por la ambición", "Orlando Enrique Salcedo Briceño"],
      [
        "Me dejé llevar por la ambición y le fallé a mi país y a mi familia",
        "Orlando Enrique Salcedo Briceño",
      ],
      [
        "Usted no robó por necesidad. Le robó a un país donde los niños se mueren por falta de " +
          "medicinas",
        "Kathleen M. Ruiz",
      ],
      [
        "no es un refugio para el dinero de la corrupción",
        "la Fiscalía federal para el Distrito Sur de Florida",
      ],
      ["a través de al menos once empresas fantasma en Panamá y Delaware", "el expediente"],
      ["Mi cliente asumió su responsabilidad desde el primer día", "Jorge L. Abreu"],
      ["y colaboró con los fiscales más que ningún otro acusado en este caso", "Jorge L. Abreu"],
      ["Doce años es poco, pero por lo menos aquí alguien paga", "un exingeniero de Corpoelec"],
    ],
  },
  {
    name:
      "Reforma, negocios: término entre comillas (no cita), productor con «aseveró» invertido y " +
      "segunda cita sin verbo, empresa en un comunicado con cita parcial tras «aunque», " +
      "funcionario anónimo con cita parcial, analista con «Para» y cita parcial y segunda cita con " +
      "«expuso la especialista»",
    todo: "«precio de referencia» taken for a quote",
    headline: "Pega arancel a jitomate; caen 22% exportaciones",
    paragraphs: [
      "Las exportaciones mexicanas de jitomate a Estados Unidos cayeron 22 por ciento en el tercer " +
        "trimestre, a 412 mil toneladas, luego de que el Departamento de Comercio estadounidense " +
        "impusiera en julio una cuota compensatoria de 17 por ciento tras el fin del acuerdo de " +
        "suspensión que fijaba un “precio de referencia” al producto mexicano, de acuerdo con cifras " +
        "de la Secretaría de Agricultura.",
      "En Sinaloa, el golpe ya se siente en el campo. “Estamos dejando jitomate colgado en la mata " +
        "porque no sale ni para pagar el corte”, aseveró Humberto Valenzuela Gastélum, presidente de " +
        "la Asociación de Agricultores del Río Culiacán.",
      "Valenzuela estimó que unas 9 mil hectáreas dejarán de sembrarse en el ciclo otoño-invierno. " +
        "“Eso son 30 mil jornaleros que no van a tener trabajo en diciembre. Y nadie en Washington " +
        "ni en la Ciudad de México está pensando en ellos”.",
      "Agrícola Los Pinos, una de las mayores exportadoras del Valle de Culiacán, informó en un " +
        "comunicado que suspendió la siembra de 600 hectáreas y que reorientará parte de su " +
        "producción al mercado nacional, “aunque los precios aquí no compensan el costo de " +
        "producción”.",
      "Un funcionario de la Secretaría de Economía que pidió el anonimato dijo a REFORMA que las " +
        "pláticas con Washington para un nuevo acuerdo están “prácticamente congeladas” hasta " +
        "después de la revisión del T-MEC, prevista para el próximo año.",
      "Para Lucía Pineda Arriaga, directora de Agromercados Consultores, el arancel “llegó para " +
        "quedarse”. “El consumidor estadounidense va a pagar más caro su jitomate, pero el productor " +
        "mexicano es el que está poniendo las pérdidas”, expuso la especialista.",
    ],
    quotes: [
      [
        "Estamos dejando jitomate colgado en la mata porque no sale ni para pagar el corte",
        "Humberto Valenzuela Gastélum",
      ],
      [
        "Eso son 30 mil jornaleros que no van a tener trabajo en diciembre. Y nadie en Washington ni " +
          "en la Ciudad de México está pensando en ellos",
        "Humberto Valenzuela Gastélum",
      ],
      ["aunque los precios aquí no compensan el costo de producción", "Agrícola Los Pinos"],
      ["prácticamente congeladas", "Un funcionario de la Secretaría de Economía"],
      ["llegó para quedarse", "Lucía Pineda Arriaga"],
      [
        "El consumidor estadounidense va a pagar más caro su jitomate, pero el productor mexicano es " +
          "el que está poniendo las pérdidas",
        "Lucía Pineda Arriaga",
      ],
    ],
  },
  {
    name:
      "Diez, fútbol: cita del titular del técnico nombrado solo en el cuerpo y repetida en él con " +
      "«sentenció el estratega charrúa» y segunda cita sin verbo, apodo de un jugador (no cita), " +
      "cita partida del goleador con «contó Zelaya», técnico rival con dos puntos tras «se quejó», " +
      "dos hombres en un párrafo con «dijo el delantero» y cita parcial del portero, aficionado " +
      "anónimo con dos puntos",
    headline: "Motagua gana el clásico y su técnico avisa: “Esto apenas comienza”",
    paragraphs: [
      "Motagua se quedó con el clásico capitalino al vencer 2-1 a Olimpia ante un estadio Nacional " +
        "Chelato Uclés repleto, en la jornada 14 del torneo Apertura. Los goles azules fueron obra " +
        "de Denis “Choco” Mejía y del juvenil Kevin Zelaya, mientras que Óscar Maldonado Cruz había " +
        "empatado para los merengues.",
      "El técnico motagüense, el uruguayo Sebastián Ferreira Castro, celebró con sus jugadores en " +
        "el centro del campo y llegó a la sala de prensa con la voz ronca. “Esto apenas comienza”, " +
        "sentenció el estratega charrúa. “Ganar un clásico te da tres puntos y mucha confianza, pero " +
        "el torneo no se define en octubre”.",
      "“Le dije al profe en el entretiempo que me diera diez minutos”, contó Zelaya, de 19 años, " +
        "“y en la primera pelota que me llegó la metí”.",
      "En la otra esquina, el entrenador de Olimpia, el argentino Gustavo Adrián Lezcano, " +
        "reconoció que su equipo se quedó sin piernas en el último cuarto de hora y se quejó del " +
        "arbitraje: “En el primer gol hay una falta clarísima sobre Maldonado y el árbitro no la " +
        "quiso ver”.",
      "El capitán merengue, Óscar Maldonado Cruz, y el portero Édgar Flores fueron los únicos " +
        "olimpistas que se detuvieron en la zona mixta. “Perdimos un clásico, no el campeonato”, " +
        "dijo el delantero. Flores admitió que el equipo salió “demasiado confiado” después del " +
        "empate.",
      "En las afueras del estadio, un aficionado motagüense que viajó desde Danlí celebraba con la " +
        "camisa empapada: “Tres años esperé para ver esto aquí”.",
    ],
    quotes: [
      ["Esto apenas comienza", "Sebastián Ferreira Castro"],
      [
        "Ganar un clásico te da tres puntos y mucha confianza, pero el torneo no se define en octubre",
        "Sebastián Ferreira Castro",
      ],
      ["Le dije al profe en el entretiempo que me diera diez minutos", "Kevin Zelaya"],
      ["y en la primera pelota que me llegó la metí", "Kevin Zelaya"],
      [
        "En el primer gol hay una falta clarísima sobre Maldonado y el árbitro no la quiso ver",
        "Gustavo Adrián Lezcano",
      ],
      ["Perdimos un clásico, no el campeonato", "Óscar Maldonado Cruz"],
      ["demasiado confiado", "Édgar Flores"],
      ["Tres años esperé para ver esto aquí", "un aficionado motagüense"],
    ],
  },
  {
    name:
      "Granma, cultura: presidente del instituto con «subrayó que» y dos citas parciales, " +
      "homenajeada con dos puntos y cita que sigue en el párrafo siguiente (comillas de apertura " +
      "en ambos), títulos de libros (no citas), escritora con «significó que» y cita parcial, " +
      "carta con «escribió» y dos puntos, estudiante anónima con dos puntos",
    todo:
      "«Los libros no se cansan de esperar a sus lect…» goes to Itzel Guadalupe Arreola, not Ernesto " +
      "Pujol Ramírez; «Vine por dos libros y me llevo cinco. El prob…» goes to Itzel Guadalupe Arreola, " +
      "not Una estudiante de Periodismo",
    headline: "Abre sus puertas la Feria Internacional del Libro de La Habana",
    paragraphs: [
      "Con la presencia de miles de capitalinos quedó inaugurada este jueves, en la fortaleza de " +
        "San Carlos de La Cabaña, la Feria Internacional del Libro de La Habana, que este año tiene " +
        "a México como país invitado de honor y está dedicada a la ensayista Ana Luisa Cárdenas " +
        "Vidal y al narrador Ernesto Pujol Ramírez.",
      "En las palabras de apertura, el presidente del Instituto Cubano del Libro, Raúl Ernesto " +
        "Dávila Pérez, subrayó que la cita se celebra “en medio de carencias de papel y de energía " +
        "que nadie puede ocultar”, y agradeció a las editoriales territoriales que, dijo, “hicieron " +
        "milagros” para tener listos más de 300 títulos nuevos.",
      "Visiblemente emocionada, Cárdenas, de 84 años, recordó sus inicios como maestra voluntaria " +
        "en la Campaña de Alfabetización: “Yo aprendí a leer de verdad enseñando a leer a otros, en " +
        "un bohío de la Sierra, con una cartilla y un farol.",
      "“Por eso cada vez que veo una cola para comprar libros pienso que aquella campaña no " +
        "terminó nunca”.",
      "Entre las novedades que se presentan en la sala Nicolás Guillén figuran “Cartas desde el " +
        "Escambray”, de Pujol, y una reedición de “La casa de los vientos”, el libro de ensayos con " +
        "que Cárdenas obtuvo el Premio Nacional de Literatura.",
      "En nombre del país invitado, la escritora mexicana Itzel Guadalupe Arreola significó que la " +
        "presencia de 40 autores y 25 editoriales de su país es “una manera de devolverle a Cuba lo " +
        "que Cuba le dio a México”.",
      "Pujol, quien por motivos de salud no pudo asistir, envió una carta que leyó su nieta ante " +
        "el público. En ella escribió: “Los libros no se cansan de esperar a sus lectores, pero los " +
        "lectores sí se cansan de esperar a los libros”.",
      "Una estudiante de Periodismo que hacía la cola frente al stand de Ediciones Unión desde las " +
        "nueve de la mañana resumía el ánimo de muchos: “Vine por dos libros y me llevo cinco. El " +
        "problema es cargarlos en la guagua”.",
    ],
    quotes: [
      ["en medio de carencias de papel y de energía que nadie puede ocultar", "Raúl Ernesto Dávila Pérez"],
      ["hicieron milagros", "Raúl Ernesto Dávila Pérez"],
      [
        "Yo aprendí a leer de verdad enseñando a leer a otros, en un bohío de la Sierra, con una " +
          "cartilla y un farol.",
        "Ana Luisa Cárdenas Vidal",
      ],
      [
        "Por eso cada vez que veo una cola para comprar libros pienso que aquella campaña no terminó " +
          "nunca",
        "Ana Luisa Cárdenas Vidal",
      ],
      ["una manera de devolverle a Cuba lo que Cuba le dio a México", "Itzel Guadalupe Arreola"],
      [
        "Los libros no se cansan de esperar a sus lectores, pero los lectores sí se cansan de " +
          "esperar a los libros",
        "Ernesto Pujol Ramírez",
      ],
      [
        "Vine por dos libros y me llevo cinco. El problema es cargarlos en la guagua",
        "Una estudiante de Periodismo",
      ],
    ],
  },
  {
    name:
      "Diario Concepción, ciencia: título de una revista (no cita), estudio que «concluye» con " +
      "cita parcial, cita partida con «explicó el geofísico» y cita parcial con «Según el " +
      "académico», dos hombres en un párrafo con «cuenta Yévenes» y cita de Carrasco con dos " +
      "puntos, dirección regional en una declaración con cita parcial, sismóloga con «advirtió» y " +
      "dos puntos",
    headline: "Dieciséis años después del 27F, la costa de Arauco sigue subiendo",
    paragraphs: [
      "Un equipo del Departamento de Geofísica de la Universidad de Concepción (UdeC) comprobó que " +
        "la costa de la península de Arauco sigue levantándose, a un ritmo de hasta dos centímetros " +
        "por año, dieciséis años después del terremoto del 27 de febrero de 2010. El trabajo fue " +
        "publicado esta semana en la revista “Geophysical Research Letters”.",
      "El estudio, basado en datos de 38 estaciones GPS instaladas entre Lebu y Tomé, concluye que " +
        "el alzamiento responde a un “reacomodo lento de la corteza” y no a la preparación de un " +
        "nuevo megaterremoto.",
      "“Lo que vemos es la corteza todavía relajándose después de un sismo de magnitud 8,8”, " +
        "explicó el geofísico Matías Sandoval Riquelme, autor principal de la investigación, “y eso " +
        "puede durar décadas”. Según el académico, el fenómeno ya se nota a simple vista en la " +
        "caleta Tubul, donde la playa “ganó unos 40 metros desde 2010”.",
      "El pescador artesanal Juan Carlos Yévenes y su compañero de bote, Luis Alberto Carrasco, " +
        "conocen bien el cambio. “Donde antes amarrábamos los botes ahora hay pasto”, cuenta " +
        "Yévenes. Carrasco, en cambio, se muestra preocupado: “Con menos agua en la barra, las " +
        "lanchas quedan varadas tres o cuatro días al mes”.",
      "La dirección regional de Senapred señaló, a través de una declaración, que los resultados " +
        "“no alteran los protocolos vigentes” de evacuación por tsunami en el borde costero del " +
        "Biobío.",
      "La sismóloga Carolina Fuentealba Vera, del Centro Sismológico Nacional, que no participó en " +
        "el trabajo, valoró sus datos, pero advirtió: “Que la costa suba no significa que estemos a " +
        "salvo. La zona de Arauco puede volver a romperse, como lo hizo en 1835”.",
    ],
    quotes: [
      ["reacomodo lento de la corteza", "El estudio"],
      [
        "Lo que vemos es la corteza todavía relajándose después de un sismo de magnitud 8,8",
        "Matías Sandoval Riquelme",
      ],
      ["y eso puede durar décadas", "Matías Sandoval Riquelme"],
      ["ganó unos 40 metros desde 2010", "Matías Sandoval Riquelme"],
      ["Donde antes amarrábamos los botes ahora hay pasto", "Juan Carlos Yévenes"],
      [
        "Con menos agua en la barra, las lanchas quedan varadas tres o cuatro días al mes",
        "Luis Alberto Carrasco",
      ],
      ["no alteran los protocolos vigentes", "La dirección regional de Senapred"],
      [
        "Que la costa suba no significa que estemos a salvo. La zona de Arauco puede volver a " +
          "romperse, como lo hizo en 1835",
        "Carolina Fuentealba Vera",
      ],
    ],
  },
  {
    name:
      "El Progreso, sanidad: entradilla con cita de la jefa de servicio nombrada solo en el cuerpo " +
      "y repetida en él como primera parte de una cita partida con «explica», término entre " +
      "comillas (no cita), Sergas en una nota con cita parcial, paciente con cita anidada y " +
      "«relata» sin sujeto, dos mujeres en un párrafo con «advirtió Seoane» y cita parcial de " +
      "Novo, fuentes de la Gerencia con cita parcial",
    headline: "El HULA hará trombectomías las 24 horas y evitará los traslados a Santiago",
    standfirst: "«Cada minuto que se pierde son dos millones de neuronas», recuerda la jefa de Neurología",
    paragraphs: [
      "El Hospital Universitario Lucus Augusti (HULA) pondrá en marcha el 1 de enero una guardia " +
        "de neurorradiología intervencionista que permitirá realizar trombectomías a pacientes con " +
        "ictus las 24 horas del día. Hasta ahora, los casos que llegaban fuera del horario de " +
        "mañana, cuando ya corría la llamada «ventana terapéutica», tenían que ser trasladados en " +
        "ambulancia al Clínico de Santiago.",
      "«Cada minuto que se pierde son dos millones de neuronas», explica la jefa del servicio de " +
        "Neurología, Rosa María Vilariño Pardo, «y hasta ahora un paciente de Burela o de Monforte " +
        "perdía más de una hora en la carretera».",
      "El Servizo Galego de Saúde (Sergas) explicó en una nota que la nueva guardia contará con " +
        "tres neurorradiólogos y cuatro enfermeras, y que la inversión, de 1,8 millones de euros, " +
        "incluye un angiógrafo «de última generación».",
      "Manuel Castro Fernández, vecino de Vilalba de 67 años, sufrió un ictus un domingo de marzo " +
        "y fue trasladado a Santiago. «Recuerdo que el médico de la ambulancia le dijo a mi mujer " +
        "“vamos a contrarreloj”, y yo solo pensaba en mis nietos», relata. Hoy camina con bastón y " +
        "ha recuperado casi toda el habla.",
      "La delegada de la CIG-Saúde en el HULA, María José Seoane, y la presidenta de la asociación " +
        "de pacientes Ictus Lugo, Carmen Novo Rivas, celebraron el anuncio, aunque con matices. " +
        "«Tres neurorradiólogos no dan para cubrir una guardia de 24 horas sin reventar a la gente», " +
        "advirtió Seoane. Novo pidió que la unidad llegue «con rehabilitación detrás, no solo con la " +
        "máquina».",
      "Fuentes de la Gerencia sanitaria reconocieron a El Progreso que todavía no está cerrada la " +
        "contratación de uno de los tres especialistas, aunque confían en tenerlo «antes de Reyes».",
    ],
    quotes: [
      ["Cada minuto que se pierde son dos millones de neuronas", "Rosa María Vilariño Pardo"],
      [
        "y hasta ahora un paciente de Burela o de Monforte perdía más de una hora en la carretera",
        "Rosa María Vilariño Pardo",
      ],
      ["de última generación", "El Servizo Galego de Saúde"],
      [
        "Recuerdo que el médico de la ambulancia le dijo a mi mujer “vamos a contrarreloj”, y yo " +
          "solo pensaba en mis nietos",
        "Manuel Castro Fernández",
      ],
      [
        "Tres neurorradiólogos no dan para cubrir una guardia de 24 horas sin reventar a la gente",
        "María José Seoane",
      ],
      ["con rehabilitación detrás, no solo con la máquina", "Carmen Novo Rivas"],
      ["antes de Reyes", "Fuentes de la Gerencia sanitaria"],
    ],
  },
  {
    name:
      "El Territorio, vida local: cita del titular de la fundadora nombrada solo en el cuerpo y " +
      "repetida en él con «asegura la productora» y segunda cita sin verbo, apodo de un producto " +
      "(no cita), dos mujeres en un párrafo con «bromea» sin sujeto y «La madre» con dos puntos, " +
      "funcionario con «sostuvo el funcionario», asociación con «Según» y cita parcial, nombre de " +
      "un barrio (no cita), docente anónima con dos puntos",
    todo:
      "«Yo prefiero la plata en la mano y mirarle la …» goes to Mirta Benítez, not Elvira Kowalczuk " +
      "de Benítez; «Los tomates de acá tienen gusto a tomate. Los…» goes to Una docente jubilada del " +
      "barrio, not Una docente jubilada",
    headline:
      "La Feria Franca de Villa Cabello cumple 30 años: “Acá se vende lo que se cosecha el día " + "antes”",
    paragraphs: [
      "Con un almuerzo comunitario, música de chamamé y una torta de mandioca y miel de seis " +
        "pisos, los feriantes de Villa Cabello celebraron ayer los 30 años de la Feria Franca más " +
        "antigua de Posadas, que abrió en 1996, cuando un grupo de colonos de Cerro Azul y Leandro " +
        "N. Alem llegó con sus verduras en la caja de una camioneta.",
      "Elvira Kowalczuk de Benítez, de 71 años, es una de las fundadoras. Vende queso, huevos " +
        "caseros, mamón en almíbar y la chipa que todo el barrio conoce como “la de Doña Elvira”. " +
        "“Acá se vende lo que se cosecha el día antes”, asegura la productora, que cada viernes de " +
        "madrugada viaja 80 kilómetros desde su chacra. “El que viene una vez, vuelve”.",
      "A su lado atiende su hija, Mirta Benítez, de 45 años, que se sumó al puesto cuando cerró el " +
        "secadero de té donde trabajaba. “Mi mamá no sabe lo que es un feriado”, bromea. Ahora " +
        "cobran con QR y toman pedidos por WhatsApp, aunque no a gusto de todos. La madre desconfía " +
        "del celular: “Yo prefiero la plata en la mano y mirarle la cara al cliente”.",
      "El subsecretario de Desarrollo Productivo de la Municipalidad de Posadas, Fabián Ramón " +
        "Gauto, anunció que el municipio techará el predio antes del invierno. “La feria es parte de " +
        "la identidad de Posadas, como la costanera o el puente”, sostuvo el funcionario.",
      "Según la Asociación de Ferias Francas de Misiones, en la provincia funcionan hoy 64 ferias " +
        "con unas 2.300 familias productoras, y la de Villa Cabello es “la más antigua que sigue en " +
        "el mismo lugar”.",
      "Una docente jubilada del barrio “Itaembé Miní”, que compra allí desde 1998, llegó temprano " +
        "con su changuito: “Los tomates de acá tienen gusto a tomate. Los del súper parecen de " +
        "plástico”.",
    ],
    quotes: [
      ["Acá se vende lo que se cosecha el día antes", "Elvira Kowalczuk de Benítez"],
      ["El que viene una vez, vuelve", "Elvira Kowalczuk de Benítez"],
      ["Mi mamá no sabe lo que es un feriado", "Mirta Benítez"],
      ["Yo prefiero la plata en la mano y mirarle la cara al cliente", "Elvira Kowalczuk de Benítez"],
      ["La feria es parte de la identidad de Posadas, como la costanera o el puente", "Fabián Ramón Gauto"],
      ["la más antigua que sigue en el mismo lugar", "la Asociación de Ferias Francas de Misiones"],
      ["Los tomates de acá tienen gusto a tomate. Los del súper parecen de plástico", "Una docente jubilada"],
    ],
  },
  {
    name:
      "La Teja, sucesos (comillas rectas): cita del titular del pulpero nombrado solo en el cuerpo " +
      "y repetida en él como primera parte de una cita partida con «contó el pulpero», nombre de " +
      "una pulpería (no cita), segunda cita sin verbo tras «Don Wilberth relató», jefe del OIJ con " +
      "«Según» y cita parcial, comisionado con «recalcó el oficial», OIJ en un comunicado con cita " +
      "parcial, vecina anónima con dos citas parciales",
    headline: 'Pulpero asaltado en Desamparados: "Me pusieron la pistola en la frente"',
    paragraphs: [
      "Agentes del Organismo de Investigación Judicial (OIJ) detuvieron a dos carajillos de " +
        "apellidos Quesada Vargas, de 19 años, y Calderón Mora, de 22, sospechosos de asaltar a " +
        'punta de pistola la pulpería "La Esquinita", en San Rafael Abajo de Desamparados, el pasado ' +
        "21 de noviembre.",
      'El dueño del negocio, Wilberth Solano Mora, de 63 años, todavía no se repone del susto. "Me ' +
        'pusieron la pistola en la frente", contó el pulpero, "y uno de ellos me dijo que si me ' +
        'movía me quebraba".',
      "Don Wilberth relató que los sujetos se llevaron ₡480.000 en efectivo, cajetillas de " +
        'cigarros y dos celulares. "Cuarenta años tengo de tener la pulpería y nunca me había pasado ' +
        'algo así. Ahora cierro a las seis".',
      "Según el jefe de la Delegación Regional del OIJ en Desamparados, Marvin Jiménez Araya, los " +
        'detenidos "tienen al menos otros cuatro asaltos similares" en comercios de Desamparados y ' +
        "Aserrí, y fueron identificados gracias a las cámaras de seguridad de un vecino.",
      "El comisionado Alonso Picado Ureña, jefe de la Fuerza Pública en Desamparados, aseguró que " +
        'se reforzaron los patrullajes en la zona. "La gente tiene que denunciar, aunque le roben ' +
        'poquito", recalcó el oficial.',
      'En un comunicado, el OIJ detalló que en los allanamientos se decomisaron "un revólver ' +
        'calibre 38, una réplica de pistola y una motocicleta sin placas".',
      'Una vecina que pidió no dar su nombre dijo que en el barrio "ya nadie sale después de las ' +
        'ocho" y que los muchachos "eran conocidos de aquí mismo".',
    ],
    quotes: [
      ["Me pusieron la pistola en la frente", "Wilberth Solano Mora"],
      ["y uno de ellos me dijo que si me movía me quebraba", "Wilberth Solano Mora"],
      [
        "Cuarenta años tengo de tener la pulpería y nunca me había pasado algo así. Ahora cierro a " +
          "las seis",
        "Wilberth Solano Mora",
      ],
      ["tienen al menos otros cuatro asaltos similares", "Marvin Jiménez Araya"],
      ["La gente tiene que denunciar, aunque le roben poquito", "Alonso Picado Ureña"],
      [
        "un revólver calibre 38, una réplica de pistola y una motocicleta sin placas",
        "el Organismo de Investigación Judicial",
      ],
      ["ya nadie sale después de las ocho", "Una vecina"],
      ["eran conocidos de aquí mismo", "Una vecina"],
    ],
  },
  {
    name:
      "GK, ambiente: fundación que «advierte en su informe» con cita parcial, conchera con «dice» " +
      "tras la cita, lema de una pancarta (no cita), segunda cita con «agrega» sin sujeto, " +
      "ministerio por escrito con cita parcial, guardaparque anónimo sin verbo, bióloga con " +
      "«explica» invertido y segunda cita sin verbo tras «Sin él, dice»",
    headline: "En Cayapas-Mataje, las camaroneras ilegales avanzan sobre el manglar",
    paragraphs: [
      "En los últimos cinco años, las piscinas camaroneras ilegales han destruido cerca de 1.100 " +
        "hectáreas de manglar dentro de la Reserva Ecológica Manglares Cayapas-Mataje, en el norte " +
        "de Esmeraldas. La Fundación Raíces del Pacífico, que cruzó imágenes satelitales con " +
        "recorridos en lancha, advierte en su informe que, a ese ritmo, la reserva podría perder " +
        "“una quinta parte de su manglar antes de 2035”.",
      "Para las concheras de San Lorenzo, la pérdida se mide en conchas. “Antes en una marea " +
        "sacaba 200 conchas. Ahora, si saco 60, es un buen día”, dice Nelly Quiñónez Cortez, de 48 " +
        "años, que recoge concha prieta entre las raíces del manglar desde los 12.",
      "Hace dos años, la asociación que ella preside colgó en el muelle de San Lorenzo una " +
        "pancarta con la frase “El manglar no se vende”. A los pocos días alguien la quemó. “Aquí " +
        "todos sabemos quién está detrás de las piscinas, pero nadie habla porque hay miedo”, agrega.",
      "El Ministerio de Ambiente y Energía respondió a GK por escrito que este año ha realizado 14 " +
        "operativos de control en la reserva y que “los responsables de las piscinas ilegales han " +
        "sido puestos en conocimiento de la Fiscalía”.",
      "Un guardaparque de la reserva, que pidió no ser identificado por seguridad, describe otra " +
        "realidad: son nueve guardaparques para 51 mil hectáreas y una sola lancha. “Cuando " +
        "llegamos, las máquinas ya se fueron y la piscina ya está hecha”.",
      "“El manglar es la guardería del mar”, explica la bióloga Daniela Ortiz Mera, investigadora " +
        "de la Pontificia Universidad Católica del Ecuador en Esmeraldas. Sin él, dice, desaparecen " +
        "también los peces y los cangrejos de los que viven las comunidades. “Cada hectárea que se " +
        "tala es una hectárea menos de pesca artesanal”.",
    ],
    quotes: [
      ["una quinta parte de su manglar antes de 2035", "La Fundación Raíces del Pacífico"],
      ["Antes en una marea sacaba 200 conchas. Ahora, si saco 60, es un buen día", "Nelly Quiñónez Cortez"],
      [
        "Aquí todos sabemos quién está detrás de las piscinas, pero nadie habla porque hay miedo",
        "Nelly Quiñónez Cortez",
      ],
      [
        "los responsables de las piscinas ilegales han sido puestos en conocimiento de la Fiscalía",
        "El Ministerio de Ambiente y Energía",
      ],
      [
        "Cuando llegamos, las máquinas ya se fueron y la piscina ya está hecha",
        "Un guardaparque de la reserva",
      ],
      ["El manglar es la guardería del mar", "Daniela Ortiz Mera"],
      ["Cada hectárea que se tala es una hectárea menos de pesca artesanal", "Daniela Ortiz Mera"],
    ],
  },
]);
