// A twenty-second round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty-one rounds did not use: La Opinión de Zamora (a plan to restore empty houses voted by the
// Diputación de Zamora), Noticias de Gipuzkoa (a foundry manager sentenced over a worker's death, Azpeitia),
// El Desmarque (an Ademar León handball win at Irun), El Dinero (cocoa exports fall after a drought,
// República Dominicana), La Gaceta de Salamanca (rural surgeries closed for the summer), El Correo Gallego (a
// photographer's retrospective at the CGAC, Santiago), Diario de Atacama (a meteorite with presolar grains,
// Chile), El Chubut (the Punta Tombo penguin census, Argentina), Diario Popular (a gang robbing pensioners
// caught in Quilmes, Argentina, straight quotation marks) and El Sol de Toluca (schools without water,
// México).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Opinión de Zamora, política: entradilla con cita del vicepresidente nombrado solo en el " +
      "cuerpo y repetida en él con «prometió el diputado de Toro» tras cita parcial con «defendió " +
      "el plan como», nombre de un plan (no cita), dos mujeres en un párrafo con «criticó " +
      "Rodríguez» y cita parcial de «Alonso», cita partida con «admitió» invertido, informe de los " +
      "servicios técnicos con «Según», alcalde anónimo con dos puntos",
    headline: "La Diputación aprueba 12 millones para rehabilitar casas vacías en los pueblos más pequeños",
    standfirst:
      "«No vamos a dejar que se apague ni una sola chimenea», promete el vicepresidente de la " +
      "institución provincial, mientras la oposición habla de un plan insuficiente",
    paragraphs: [
      "El pleno de la Diputación de Zamora aprobó ayer, con los votos del PP y la abstención de " +
        "Vox y del PSOE, un plan dotado con 12 millones de euros en cuatro años para rehabilitar " +
        "viviendas vacías en los municipios de menos de 500 habitantes y ofrecerlas en alquiler " +
        "asequible. El programa se presentará a los ayuntamientos en septiembre con el nombre de " +
        "«Volver al Pueblo».",
      "El vicepresidente primero y diputado de Desarrollo Rural, Emilio Fernández Ramos, defendió " +
        "el plan como «la apuesta más ambiciosa de esta casa en veinte años». «No vamos a dejar que " +
        "se apague ni una sola chimenea», prometió el diputado de Toro, que calcula que las primeras " +
        "cuarenta casas estarán listas a finales del año que viene.",
      "La portavoz socialista, Ana Isabel Rodríguez Prieto, y la diputada de Vox María José Alonso " +
        "Lobato coincidieron en el diagnóstico, pero no en la receta. «Doce millones repartidos en " +
        "cuatro años son migajas para 248 pueblos», criticó Rodríguez. Alonso pidió, por su parte, " +
        "«menos folletos y más obras».",
      "«Llegamos tarde», admitió el presidente de la Diputación, Luis Miguel Garrido Rubio, «pero " +
        "llegamos con dinero de verdad y no con promesas». Garrido anunció que el plan se ampliará " +
        "si la Junta de Castilla y León aporta fondos propios.",
      "Según el informe de los servicios técnicos que acompaña al expediente, en la provincia hay " +
        "«más de 11.000 viviendas vacías en buen estado o recuperables», la mayoría en las comarcas " +
        "de Sayago, Aliste y Sanabria.",
      "Un alcalde de Aliste que siguió la sesión desde la tribuna de público lo resumió a la " +
        "salida en una frase: «Aquí no faltan casas, faltan vecinos».",
    ],
    quotes: [
      ["No vamos a dejar que se apague ni una sola chimenea", "Emilio Fernández Ramos"],
      ["la apuesta más ambiciosa de esta casa en veinte años", "Emilio Fernández Ramos"],
      ["Doce millones repartidos en cuatro años son migajas para 248 pueblos", "Ana Isabel Rodríguez Prieto"],
      ["menos folletos y más obras", "María José Alonso Lobato"],
      ["Llegamos tarde", "Luis Miguel Garrido Rubio"],
      ["pero llegamos con dinero de verdad y no con promesas", "Luis Miguel Garrido Rubio"],
      [
        "más de 11.000 viviendas vacías en buen estado o recuperables",
        "el informe de los servicios técnicos",
      ],
      ["Aquí no faltan casas, faltan vecinos", "Un alcalde de Aliste"],
    ],
  },
  {
    name:
      "Noticias de Gipuzkoa, tribunales: entradilla con cita de la madre nombrada solo en el " +
      "cuerpo y repetida en él con «ha declarado» tras la cita y segunda cita sin verbo, sentencia " +
      "que «sostiene» con dos citas parciales, acusado con cita parcial, abogado con dos puntos, " +
      "informe de Osalan con cita parcial, sindicalista con «aseguró que»",
    todo: "«había pasado todos los controles» goes to el acusado, not Iñaki Etxeberria Arrieta",
    headline:
      "Condenado el gerente de una fundición de Azpeitia por la muerte de un operario aplastado " +
      "por una pieza",
    standfirst:
      "«Nadie nos va a devolver a Jon Ander, pero por lo menos ahora hay un culpable», dice la " +
      "madre del trabajador fallecido",
    paragraphs: [
      "El Juzgado de lo Penal número 2 de Donostia ha condenado a un año y seis meses de prisión " +
        "al gerente de Fundiciones Urola, Iñaki Etxeberria Arrieta, por un delito contra los " +
        "derechos de los trabajadores y otro de homicidio por imprudencia grave por la muerte de Jon " +
        "Ander Garmendia, de 34 años, aplastado por una pieza de dos toneladas en la nave de la " +
        "empresa en marzo de 2024.",
      "La sentencia, a la que ha tenido acceso este periódico, sostiene que la empresa «ahorró en " +
        "seguridad lo que luego costó una vida» y que el puente grúa que soltó la pieza llevaba «al " +
        "menos dos años sin revisión».",
      "Durante el juicio, celebrado en enero, el acusado defendió que la grúa «había pasado todos " +
        "los controles». Su abogado, Xabier Uranga Mendizabal, ha anunciado que recurrirá el fallo " +
        "ante la Audiencia de Gipuzkoa: «Respetamos la resolución, pero no la compartimos. Mi " +
        "cliente no ha escondido nunca nada a la Inspección de Trabajo».",
      "La magistrada, Miren Aizpurua Goñi, rechaza ese argumento y recuerda que Osalan, el " +
        "instituto vasco de seguridad laboral, ya había alertado en 2022 de fallos en el sistema de " +
        "frenado de la grúa. El informe de Osalan pedía «su paralización inmediata», algo que la " +
        "empresa nunca hizo.",
      "«Nadie nos va a devolver a Jon Ander, pero por lo menos ahora hay un culpable», ha " +
        "declarado a este periódico la madre del operario, Arantxa Lasa Olano, a la salida del " +
        "juzgado. «Lo que queremos es que no vuelva a pasar en ninguna otra fábrica».",
      "El responsable de ELA en Urola Erdia, Joseba Larrañaga Uria, aseguró que el fallo «llega " +
        "tarde» y anunció una concentración el próximo lunes frente a la fundición, que sigue en " +
        "funcionamiento con 58 trabajadores.",
    ],
    quotes: [
      ["Nadie nos va a devolver a Jon Ander, pero por lo menos ahora hay un culpable", "Arantxa Lasa Olano"],
      ["ahorró en seguridad lo que luego costó una vida", "La sentencia"],
      ["al menos dos años sin revisión", "La sentencia"],
      ["había pasado todos los controles", "Iñaki Etxeberria Arrieta"],
      [
        "Respetamos la resolución, pero no la compartimos. Mi cliente no ha escondido nunca " +
          "nada a la Inspección de Trabajo",
        "Xabier Uranga Mendizabal",
      ],
      ["su paralización inmediata", "El informe de Osalan"],
      ["Lo que queremos es que no vuelva a pasar en ninguna otra fábrica", "Arantxa Lasa Olano"],
      ["llega tarde", "Joseba Larrañaga Uria"],
    ],
  },
  {
    name:
      "El Desmarque, balonmano: cita del titular del portero nombrado solo en el cuerpo y repetida " +
      "en él con «resumía el meta», segunda cita sin verbo, cita partida con «avisó Suárez», dos " +
      "hombres en un párrafo con «reconoció Bermejo» y cita parcial de Rodríguez, técnico rival " +
      "con cita parcial y «admitió», apodo y lema de una pancarta (no citas)",
    todo:
      "«la cabeza fría en los últimos cinco minutos» goes to Diego Bermejo Lago, not Pablo Rodríguez " +
      "Ares",
    headline: "El Ademar asalta Artaleku y sueña con la Copa: «Hemos jugado el mejor partido del año»",
    paragraphs: [
      "El Abanca Ademar León se impuso ayer al Bidasoa Irun (27-30) en el Polideportivo Artaleku y " +
        "se coloca a un solo punto de la tercera plaza de la Liga Plenitude, la que da billete " +
        "directo para la Copa del Rey.",
      "El gran protagonista fue Rodrigo Pérez Corrales, que firmó 17 paradas, dos de ellas en " +
        "penaltis en los últimos cinco minutos. «Hemos jugado el mejor partido del año», resumía el " +
        "meta en la zona mixta, todavía con la camiseta empapada. «Y lo hemos hecho en la pista más " +
        "difícil de la Liga».",
      "«No quiero hablar todavía de la Copa», avisó Suárez, el técnico leonés, «porque el domingo " +
        "tenemos una final en casa contra el Granollers». Alberto Suárez Villa, en su segunda " +
        "temporada en el banquillo ademarista, destacó el trabajo defensivo de un equipo que solo " +
        "encajó nueve goles en la segunda mitad.",
      "El central Diego Bermejo Lago y el extremo Pablo Rodríguez Ares, autor de siete goles, " +
        "llegaron juntos a atender a los medios. «Nos dijeron que aquí se iba a sufrir y se sufrió», " +
        "reconoció Bermejo. Rodríguez prefirió quedarse con «la cabeza fría en los últimos cinco " +
        "minutos», cuando el Bidasoa se puso a un gol.",
      "En el vestuario local, el entrenador irundarra, Mikel Zabaleta Arana, lamentó «demasiadas " +
        "pérdidas» en ataque. «Ellos han sido mejores y no hay excusa que valga», admitió.",
      "El lateral brasileño del Ademar, al que la grada conoce como «Tatu», volvió a jugar después " +
        "de tres semanas de baja. En la grada, medio centenar de aficionados leoneses que viajaron " +
        "en dos autobuses desplegaron una pancarta con el lema «León nunca se rinde».",
    ],
    quotes: [
      ["Hemos jugado el mejor partido del año", "Rodrigo Pérez Corrales"],
      ["Y lo hemos hecho en la pista más difícil de la Liga", "Rodrigo Pérez Corrales"],
      ["No quiero hablar todavía de la Copa", "Alberto Suárez Villa"],
      ["porque el domingo tenemos una final en casa contra el Granollers", "Alberto Suárez Villa"],
      ["Nos dijeron que aquí se iba a sufrir y se sufrió", "Diego Bermejo Lago"],
      ["la cabeza fría en los últimos cinco minutos", "Pablo Rodríguez Ares"],
      ["demasiadas pérdidas", "Mikel Zabaleta Arana"],
      ["Ellos han sido mejores y no hay excusa que valga", "Mikel Zabaleta Arana"],
    ],
  },
  {
    name:
      "El Dinero, economía: cifras con «de acuerdo con» (sin cita), funcionario con cita parcial " +
      "tras «atribuyó la caída a» y segunda cita con «explicó el funcionario», empresa en un " +
      "comunicado, informe del Banco Central con «Según», productora con «contó la madre de cuatro " +
      "hijos», economista con dos citas parciales, nombre de una variedad (no cita)",
    headline: "Exportaciones de cacao caen 18 % por la sequía, pero los precios salvan el semestre",
    paragraphs: [
      "Las exportaciones de cacao en grano de República Dominicana cayeron un 18 % en volumen " +
        "durante el primer semestre del año, hasta 31,400 toneladas, aunque los ingresos por ese " +
        "concepto crecieron un 42 %, de acuerdo con cifras de la Dirección General de Aduanas.",
      "El director ejecutivo de la Comisión Nacional del Cacao, Rafael Antonio Mejía Tavárez, " +
        "atribuyó la caída a “la peor sequía que han visto las zonas cacaoteras en una década”. " +
        "“Tenemos plantaciones en Duarte y Hermanas Mirabal que perdieron hasta la mitad de la " +
        "cosecha. El productor vendió menos, pero a mejor precio, y eso fue lo que lo salvó”, " +
        "explicó el funcionario.",
      "La empresa Cacao Cibao Export, una de las tres mayores exportadoras del país, indicó en un " +
        "comunicado que mantiene sus contratos con compradores de Europa y que “no se prevén " +
        "despidos en las plantas de fermentado”. La firma destina a Alemania y Países Bajos casi " +
        "todo su cacao orgánico tipo “Hispaniola”, el mejor pagado.",
      "Según el informe trimestral del Banco Central, el cacao representó en el período “el 9.3 % " +
        "de las exportaciones nacionales de bienes”, solo por detrás del oro y los dispositivos " +
        "médicos.",
      "En Castillo, Juana Altagracia Rosario, productora de 58 años, cosechó este año la mitad que " +
        "el anterior. “Por primera vez en mi vida el cacao me dio para arreglar el techo de la " +
        "casa”, contó la madre de cuatro hijos.",
      "El economista Henry Peralta Guzmán advirtió, sin embargo, que los precios actuales “no van " +
        "a durar para siempre” y recomendó aprovechar el buen momento para “tecnificar el riego” en " +
        "las fincas pequeñas.",
    ],
    quotes: [
      ["la peor sequía que han visto las zonas cacaoteras en una década", "Rafael Antonio Mejía Tavárez"],
      [
        "Tenemos plantaciones en Duarte y Hermanas Mirabal que perdieron hasta la mitad de la " +
          "cosecha. El productor vendió menos, pero a mejor precio, y eso fue lo que lo salvó",
        "Rafael Antonio Mejía Tavárez",
      ],
      ["no se prevén despidos en las plantas de fermentado", "Cacao Cibao Export"],
      ["el 9.3 % de las exportaciones nacionales de bienes", "el informe trimestral del Banco Central"],
      [
        "Por primera vez en mi vida el cacao me dio para arreglar el techo de la casa",
        "Juana Altagracia Rosario",
      ],
      ["no van a durar para siempre", "Henry Peralta Guzmán"],
      ["tecnificar el riego", "Henry Peralta Guzmán"],
    ],
  },
  {
    name:
      "La Gaceta de Salamanca, sanidad: entradilla con cita de un alcalde nombrado solo en el " +
      "cuerpo y repetida en él con «lamentó el regidor de Sequeros», Gerencia en una nota con cita " +
      "parcial, dos hombres en un párrafo con «denunció el primero» y cita parcial, «Martín fue " +
      "más allá», cita que sigue en el párrafo siguiente (comillas de apertura en ambos), vecina " +
      "anónima con dos puntos, sindicato con «Según»",
    todo:
      "«temporal y necesaria» goes to la Gerencia Regional de Salud, not La Gerencia Regional de " +
      "Salud; «al menos 28 médicos de familia» goes to la Confederación Estatal de Sindicatos " +
      "Médicos, not Confederación Estatal de Sindicatos Médicos",
    headline: "Sanidad cerrará en agosto 40 consultorios rurales de la provincia por falta de médicos",
    standfirst: "«Nos tratan como a vecinos de segunda», lamenta el alcalde de Sequeros",
    paragraphs: [
      "La Gerencia Regional de Salud cerrará durante el mes de agosto 40 de los 362 consultorios " +
        "locales de la provincia de Salamanca y concentrará la atención en los centros de salud de " +
        "cabecera, según confirmó ayer la Junta de Castilla y León.",
      "En una nota remitida a este diario, la Gerencia defiende que se trata de una medida " +
        "«temporal y necesaria» y asegura que la atención urgente seguirá garantizada las 24 horas " +
        "en los puntos de atención continuada.",
      "El alcalde de Miranda del Castañar, Tomás Hernández Sánchez, y el de Sequeros, Julio Martín " +
        "Iglesias, encabezaron ayer la protesta de una treintena de regidores ante la Delegación " +
        "Territorial. «Esto es un abandono en toda regla», denunció el primero, que recordó que " +
        "muchos vecinos tendrán que ir «a 30 kilómetros por una carretera de curvas y sin autobús». " +
        "Martín fue más allá. «Nos tratan como a vecinos de segunda», lamentó el regidor de " +
        "Sequeros. «En agosto, que es cuando más gente hay en los pueblos, nos quitan el médico.",
      "«Aquí hay gente de noventa años que no conduce ni tiene quien la lleve. ¿Qué hacen, esperan " +
        "a septiembre para ponerse malos?».",
      "En la plaza de Sequeros, una vecina de 81 años que había ido a recoger su receta lo resumía " +
        "así: «Si me pongo mala en agosto, que sea un lunes, que es cuando viene mi sobrino».",
      "Según la Confederación Estatal de Sindicatos Médicos (CESM), en la provincia faltan «al " +
        "menos 28 médicos de familia» para cubrir las vacaciones de verano.",
    ],
    quotes: [
      ["Nos tratan como a vecinos de segunda", "Julio Martín Iglesias"],
      ["temporal y necesaria", "La Gerencia Regional de Salud"],
      ["Esto es un abandono en toda regla", "Tomás Hernández Sánchez"],
      ["a 30 kilómetros por una carretera de curvas y sin autobús", "Tomás Hernández Sánchez"],
      [
        "En agosto, que es cuando más gente hay en los pueblos, nos quitan el médico.",
        "Julio Martín Iglesias",
      ],
      [
        "Aquí hay gente de noventa años que no conduce ni tiene quien la lleve. ¿Qué hacen, " +
          "esperan a septiembre para ponerse malos?",
        "Julio Martín Iglesias",
      ],
      [
        "Si me pongo mala en agosto, que sea un lunes, que es cuando viene mi sobrino",
        "una vecina de 81 años",
      ],
      ["al menos 28 médicos de familia", "Confederación Estatal de Sindicatos Médicos"],
    ],
  },
  {
    name:
      "El Correo Gallego, cultura: entradilla con cita de la comisaria nombrada solo en el cuerpo, " +
      "fragmento de la cita más larga que da con «explica la historiadora del arte» y cita " +
      "parcial, títulos de la exposición y de una serie (no citas), carta de la fotógrafa con " +
      "«escribía» y dos puntos, hijo con «contó entre risas el arquitecto» y segunda cita sin " +
      "verbo, director con cita parcial, mariscadora con apodo (no cita) y «recordó»",
    headline: "El CGAC rescata a Carme Outeiro, la fotógrafa que retrató a las mariscadoras de Arousa",
    standfirst:
      "«Miraba a esas mujeres como nadie las había mirado», dice la comisaria de la muestra, que " +
      "reúne 214 imágenes",
    paragraphs: [
      "El Centro Galego de Arte Contemporánea (CGAC) inaugura hoy «A luz que queda», la primera " +
        "gran retrospectiva de la fotógrafa Carme Outeiro Vidal (Vilagarcía de Arousa, " +
        "1931-Santiago, 2009), con 214 imágenes, buena parte de ellas inéditas, que podrán verse " +
        "hasta el 15 de septiembre.",
      "La comisaria, Uxía Fernández Bouzas, pasó dos años revisando los más de 30.000 negativos " +
        "que la familia guardaba en un bajo de Vilagarcía. «Miraba a esas mujeres como nadie las " +
        "había mirado. No las fotografiaba como paisaje, sino como trabajadoras», explica la " +
        "historiadora del arte, que considera la serie «Mulleres do mar» (1962-1975) «una de las " +
        "obras capitales de la fotografía gallega del siglo XX».",
      "Outeiro nunca expuso en vida en un museo. En una carta a su hermana fechada en 1978, que se " +
        "muestra en una de las vitrinas, escribía: «Dicen que lo mío no es arte porque salen mujeres " +
        "con las manos sucias. Pues que lo digan».",
      "Su hijo, Xurxo Lema Outeiro, recuerda el cuarto oscuro improvisado de la casa familiar. «Mi " +
        "madre revelaba en el baño y nosotros íbamos a ducharnos a casa de la vecina», contó entre " +
        "risas el arquitecto, de 67 años. «Nunca pensó que esto acabaría en un museo».",
      "El director del CGAC, Manuel Vilar Castro, aseguró que la muestra salda «una deuda " +
        "histórica» de las instituciones gallegas con una autora que durante décadas fue considerada " +
        "una aficionada.",
      "Entre el público de la visita previa estaba Dolores Piñeiro Castaño, a la que todo el " +
        "puerto conocía como «la Chata» y que aparece en una de las fotos más célebres de la serie, " +
        "tomada en 1964. «Yo tenía veinte años y no sabía ni qué era aquella máquina», recordó ante " +
        "su propio retrato.",
    ],
    quotes: [
      ["Miraba a esas mujeres como nadie las había mirado", "Uxía Fernández Bouzas"],
      [
        "Miraba a esas mujeres como nadie las había mirado. No las fotografiaba como paisaje, " +
          "sino como trabajadoras",
        "Uxía Fernández Bouzas",
      ],
      ["una de las obras capitales de la fotografía gallega del siglo XX", "Uxía Fernández Bouzas"],
      [
        "Dicen que lo mío no es arte porque salen mujeres con las manos sucias. Pues que lo digan",
        "Carme Outeiro Vidal",
      ],
      [
        "Mi madre revelaba en el baño y nosotros íbamos a ducharnos a casa de la vecina",
        "Xurxo Lema Outeiro",
      ],
      ["Nunca pensó que esto acabaría en un museo", "Xurxo Lema Outeiro"],
      ["una deuda histórica", "Manuel Vilar Castro"],
      ["Yo tenía veinte años y no sabía ni qué era aquella máquina", "Dolores Piñeiro Castaño"],
    ],
  },
  {
    name:
      "Diario de Atacama, ciencia: cita parcial del titular de la geóloga nombrada solo en el " +
      "cuerpo, fragmento de una cita más larga con «afirmó» tras la cita, nombres de una revista y " +
      "de un meteorito (no citas), estudiante con «recordó» invertido, cita partida con «explicó " +
      "el astrofísico», estudio que «concluye» con dos citas parciales, funcionario anónimo con " +
      "«reconoció que»",
    headline: "Hallan cerca de Diego de Almagro un meteorito con “material más viejo que el Sol”",
    paragraphs: [
      "Un equipo del Departamento de Geología de la Universidad de Atacama (UDA) identificó en las " +
        "pampas al norte de Diego de Almagro una condrita carbonácea de 1,4 kilos que contiene " +
        "granos presolares, es decir, polvo formado en otras estrellas antes del nacimiento del " +
        "Sistema Solar. El hallazgo fue publicado ayer en la revista “Meteoritics & Planetary " +
        "Science”.",
      "“Tenemos en la mano material más viejo que el Sol. Eso no pasa todos los días”, afirmó la " +
        "geóloga Francisca Araya Cortés, académica de la UDA y primera autora del estudio.",
      "El meteorito, registrado oficialmente como “Pampa de Chañaral 003”, fue encontrado en una " +
        "salida a terreno de 2023. “Pensé que era escoria de alguna fundición antigua. Lo levanté " +
        "porque pesaba demasiado para su tamaño”, recordó Matías Rojas Guerra, entonces estudiante " +
        "de cuarto año y hoy tesista de magíster.",
      "“Atacama es el mejor lugar del planeta para buscar meteoritos, fuera de la Antártica”, " +
        "explicó el astrofísico Rodrigo Castillo Pizarro, coautor del trabajo, “porque aquí nada se " +
        "oxida y nada se mueve en miles de años”.",
      "El estudio concluye que la roca cayó hace “al menos 18.000 años” y alerta del “saqueo " +
        "sistemático” de meteoritos por parte de coleccionistas extranjeros, que los compran en el " +
        "mercado informal de Copiapó y Taltal.",
      "Un funcionario del Consejo de Monumentos Nacionales que pidió reserva de su nombre " +
        "reconoció que la fiscalización en la zona es “prácticamente nula”.",
    ],
    quotes: [
      ["material más viejo que el Sol", "Francisca Araya Cortés"],
      [
        "Tenemos en la mano material más viejo que el Sol. Eso no pasa todos los días",
        "Francisca Araya Cortés",
      ],
      [
        "Pensé que era escoria de alguna fundición antigua. Lo levanté porque pesaba demasiado " +
          "para su tamaño",
        "Matías Rojas Guerra",
      ],
      [
        "Atacama es el mejor lugar del planeta para buscar meteoritos, fuera de la Antártica",
        "Rodrigo Castillo Pizarro",
      ],
      ["porque aquí nada se oxida y nada se mueve en miles de años", "Rodrigo Castillo Pizarro"],
      ["al menos 18.000 años", "El estudio"],
      ["saqueo sistemático", "El estudio"],
      ["prácticamente nula", "Un funcionario del Consejo de Monumentos Nacionales"],
    ],
  },
  {
    name:
      "El Chubut, medio ambiente: entradilla con cita del guardafauna nombrado solo en el cuerpo y " +
      "repetida en él con «advirtió» sin sujeto, ministro con dos puntos, informe técnico que " +
      "«atribuye», dos personas en un párrafo con cita parcial de la bióloga, fundación en un " +
      "comunicado, guía anónima con «contó», nombre de un pingüino (no cita)",
    headline: "Punta Tombo perdió un tercio de sus pingüinos en diez años",
    standfirst:
      "“Si esto sigue así, mis nietos van a ver pingüinos solo en fotos”, advirtió el guardafauna " +
      "más antiguo de la reserva",
    paragraphs: [
      "El censo de la colonia de pingüinos de Magallanes de Punta Tombo, la más grande del " +
        "continente, registró esta temporada 148.000 parejas reproductoras, un 33 % menos que en " +
        "2015, según el relevamiento presentado ayer en Rawson por el Ministerio de Turismo y Áreas " +
        "Protegidas del Chubut.",
      "El ministro del área, Hernán Darío Sepúlveda, fue tajante durante la presentación: “No " +
        "vamos a esconder los números. Son malos, y hay que decirlo”.",
      "El informe técnico, elaborado junto a investigadores del CONICET, atribuye la caída a “la " +
        "combinación de olas de calor extremas, lluvias intensas sobre los nidos y una menor " +
        "disponibilidad de anchoíta”.",
      "La bióloga María Laura Benedetti, que dirige el monitoreo desde 2012, recordó la ola de " +
        "calor de diciembre de 2019, “cuando en un solo día murieron más de 350 adultos”. El " +
        "guardafauna Néstor Huichaqueo, que recorre la reserva desde 1995, lo vio con sus propios " +
        "ojos. “Si esto sigue así, mis nietos van a ver pingüinos solo en fotos”, advirtió.",
      "La Fundación Costa Austral reclamó en un comunicado “limitar de inmediato la pesca de " +
        "arrastre en el golfo San Jorge durante la temporada reproductiva”.",
      "Con unos 120.000 visitantes por año, Punta Tombo es una de las postales de la provincia, y " +
        "en el sendero los turistas todavía buscan a “Don Pancho”, un macho que vuelve al mismo nido " +
        "desde hace catorce temporadas. “Preguntan por qué hay tantos nidos vacíos y uno no sabe qué " +
        "contestarles”, contó una guía de Trelew.",
    ],
    quotes: [
      ["Si esto sigue así, mis nietos van a ver pingüinos solo en fotos", "Néstor Huichaqueo"],
      ["No vamos a esconder los números. Son malos, y hay que decirlo", "Hernán Darío Sepúlveda"],
      [
        "la combinación de olas de calor extremas, lluvias intensas sobre los nidos y una " +
          "menor disponibilidad de anchoíta",
        "El informe técnico",
      ],
      ["cuando en un solo día murieron más de 350 adultos", "María Laura Benedetti"],
      [
        "limitar de inmediato la pesca de arrastre en el golfo San Jorge durante la temporada " +
          "reproductiva",
        "La Fundación Costa Austral",
      ],
      ["Preguntan por qué hay tantos nidos vacíos y uno no sabe qué contestarles", "una guía de Trelew"],
    ],
  },
  {
    name:
      "Diario Popular, policiales (comillas rectas): apodo de la banda en el titular y término " +
      "entre comillas (no citas), vocero anónimo con «explicó a Diario Popular», fiscal con «Según " +
      "el fiscal» y cita parcial, víctima con dos puntos y segunda cita con «agregó la mujer», dos " +
      "mujeres en un párrafo con «dijo Iglesias», ministerio en un comunicado",
    todo: "«entraderas» taken for a quote",
    headline: 'Cayó la banda de "los del Fiat gris": asaltaban a jubilados en Quilmes',
    paragraphs: [
      "Efectivos de la DDI de Quilmes detuvieron a cuatro hombres acusados de integrar una banda " +
        'que cometió al menos once "entraderas" en casas de jubilados de Bernal y Quilmes Oeste ' +
        "entre enero y mayo.",
      '"Elegían a la víctima en la puerta del banco, el día que cobraba la jubilación, y la ' +
        'seguían hasta la casa", explicó a Diario Popular un vocero de la fuerza.',
      "La causa está a cargo del fiscal Gustavo Adolfo Medina, de la UFI N° 3 de Quilmes. Según el " +
        'fiscal, los detenidos actuaban "con una violencia innecesaria" y en dos de los hechos ' +
        "ataron a las víctimas con precintos.",
      'Una de ellas, Elsa Beatriz Ramírez, de 79 años, contó lo que vivió en marzo: "Me pusieron ' +
        "un cuchillo en el cuello y me pedían los dólares. Yo les decía que no tenía dólares, que " +
        'era jubilada". "Se llevaron la tele, la plata del mes y el anillo de casamiento de mi ' +
        'marido, que murió hace dos años", agregó la mujer, quebrada.',
      "Su vecina Norma Iglesias fue quien llamó al 911 esa noche, mientras Ramírez seguía atada en " +
        'la cocina. "Escuché los gritos y no lo dudé", dijo Iglesias.',
      "El Ministerio de Seguridad bonaerense informó en un comunicado que en los cinco " +
        'allanamientos se secuestraron "tres armas de fuego, dos de ellas con la numeración ' +
        'limada", y el Fiat Siena gris que usaba la banda.',
    ],
    quotes: [
      [
        "Elegían a la víctima en la puerta del banco, el día que cobraba la jubilación, y la " +
          "seguían hasta la casa",
        "un vocero de la fuerza",
      ],
      ["con una violencia innecesaria", "Gustavo Adolfo Medina"],
      [
        "Me pusieron un cuchillo en el cuello y me pedían los dólares. Yo les decía que no " +
          "tenía dólares, que era jubilada",
        "Elsa Beatriz Ramírez",
      ],
      [
        "Se llevaron la tele, la plata del mes y el anillo de casamiento de mi marido, que " +
          "murió hace dos años",
        "Elsa Beatriz Ramírez",
      ],
      ["Escuché los gritos y no lo dudé", "Norma Iglesias"],
      ["tres armas de fuego, dos de ellas con la numeración limada", "El Ministerio de Seguridad bonaerense"],
    ],
  },
  {
    name:
      "El Sol de Toluca, educación: cita del titular de la directora nombrada solo en el cuerpo y " +
      "repetida en él con «señaló la directora del plantel» y segunda cita sin verbo, nombre de " +
      "una escuela y de un programa (no citas), carta de padres que «exige», funcionario con " +
      "«aseguró el funcionario» y cita parcial con «pidió», maestra anónima con cita sin verbo, " +
      "líder sindical con «sostuvo que»",
    headline:
      "Sin agua, 37 escuelas del valle de Toluca recortan horario; “no podemos tener a los niños " +
      "sin baño”, dice directora",
    paragraphs: [
      "Al menos 37 escuelas de educación básica de Toluca, Metepec y Zinacantepec redujeron esta " +
        "semana su horario de clases por falta de agua, de acuerdo con la Secretaría de Educación, " +
        "Ciencia, Tecnología e Innovación del Estado de México.",
      "En la primaria “Miguel Hidalgo”, de San Lorenzo Tepaltitlán, los 480 alumnos salen desde el " +
        "lunes a las 11:00 horas. “No podemos tener a los niños sin baño”, señaló la directora del " +
        "plantel, Rosa María Contreras Velázquez. “Llevamos tres semanas pidiendo una pipa y nos " +
        "dicen que no hay”.",
      "Los padres de familia entregaron ayer una carta al organismo Agua y Saneamiento de Toluca. " +
        "La carta, firmada por 214 madres y padres, exige “una solución de fondo y no pipas cada " +
        "quince días”.",
      "El director general del organismo, Jorge Arturo Mendoza Salgado, atribuyó el desabasto a la " +
        "falla de tres pozos en la zona norte de la capital. “Estamos rehabilitando los pozos y en " +
        "diez días la escuela tendrá agua”, aseguró el funcionario, quien pidió a las familias “un " +
        "poco de paciencia”.",
      "Una maestra de la Secundaria Técnica 15, que pidió omitir su nombre por temor a " +
        "represalias, contó que los alumnos llevan el agua desde su casa. “Los niños traen botellas " +
        "de refresco llenas para poder lavarse las manos después del recreo”.",
      "El secretario general de la Sección 17 del SNTE, Ulises Jaramillo Ortega, sostuvo que el " +
        "problema “no es de este año, es de siempre” y pidió incluir a los planteles afectados en el " +
        "programa estatal “Escuela Digna”.",
    ],
    quotes: [
      ["No podemos tener a los niños sin baño", "Rosa María Contreras Velázquez"],
      ["Llevamos tres semanas pidiendo una pipa y nos dicen que no hay", "Rosa María Contreras Velázquez"],
      ["una solución de fondo y no pipas cada quince días", "La carta"],
      [
        "Estamos rehabilitando los pozos y en diez días la escuela tendrá agua",
        "Jorge Arturo Mendoza Salgado",
      ],
      ["un poco de paciencia", "Jorge Arturo Mendoza Salgado"],
      [
        "Los niños traen botellas de refresco llenas para poder lavarse las manos después del recreo",
        "Una maestra de la Secundaria Técnica 15",
      ],
      ["no es de este año, es de siempre", "Ulises Jaramillo Ortega"],
    ],
  },
]);
