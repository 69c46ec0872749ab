// A sixth round of composed Spanish news articles, written before the engine was run on them, in the
// styles of outlets and beats the first five rounds did not use: Público (a housing law in Congress),
// La Nueva España (a hospital's waiting lists in Asturias), Diario de Sevilla (a court case over a
// town's contracts), Canarias7 (migrant arrivals on El Hierro), Excélsior (water cuts in Mexico City),
// Sport (a basketball final), ABC Color (a Paraguayan dam's tariffs) and Xataka (a phone maker's
// launch).
// Every article is written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name: "Público, vivienda: titular con grupo, ha defendido la diputada, el PP, un inquilino sin nombre",
    headline: "Sumar lleva al Congreso un tope a los alquileres de temporada: «Es un fraude de ley»",
    paragraphs: [
      "El grupo parlamentario de Sumar ha registrado este miércoles una proposición de ley para limitar " +
        "los contratos de alquiler de temporada, que en las grandes ciudades ya suponen uno de cada " +
        "cuatro anuncios.",
      "«Es un fraude de ley que se ha convertido en la norma», ha defendido la diputada Aina Vidal en " +
        "los pasillos de la Cámara. «Se firman contratos de once meses a familias que llevan diez años " +
        "en el mismo piso, y todos sabemos por qué».",
      "El Partido Popular rechaza la iniciativa. Su portavoz de Vivienda, Jaime de los Santos, ha " +
        "asegurado que cualquier nuevo límite «expulsará todavía más pisos del mercado» y ha pedido al " +
        "Gobierno que «deje de legislar contra los propietarios».",
      "La Federación de Inquilinas, que lleva meses denunciando la práctica, celebra la propuesta, pero " +
        "la considera «tardía». Un inquilino de Lavapiés que ha firmado tres contratos de temporada " +
        "seguidos lo resume así: «Cada once meses me toca volver a negociar con la angustia de no saber " +
        "si me quedo en la calle».",
      "Fuentes del Ministerio de Vivienda señalan que el texto se estudiará «con interés» y recuerdan " +
        "que el departamento prepara su propia regulación.",
      "Vidal ha avanzado que buscará el apoyo de ERC, Bildu y el PNV. «Los números dan si todos los que " +
        "dicen estar preocupados por la vivienda votan lo que dicen», ha añadido.",
    ],
    quotes: [
      ["Es un fraude de ley", "Aina Vidal"],
      ["Es un fraude de ley que se ha convertido en la norma", "Aina Vidal"],
      [
        "Se firman contratos de once meses a familias que llevan diez años en el mismo piso, y todos " +
          "sabemos por qué",
        "Aina Vidal",
      ],
      ["expulsará todavía más pisos del mercado", "Jaime de los Santos"],
      ["deje de legislar contra los propietarios", "Jaime de los Santos"],
      ["tardía", "La Federación de Inquilinas"],
      [
        "Cada once meses me toca volver a negociar con la angustia de no saber si me quedo en la calle",
        "Un inquilino de Lavapiés",
      ],
      ["con interés", "Fuentes del Ministerio de Vivienda"],
      [
        "Los números dan si todos los que dicen estar preocupados por la vivienda votan lo que dicen",
        "Aina Vidal",
      ],
    ],
  },
  {
    name: "La Nueva España, sanidad: el gerente del HUCA, la Consejería en una nota, una paciente con edad",
    headline: "Las listas de espera quirúrgicas del HUCA bajan por primera vez en tres años",
    standfirst:
      "El gerente atribuye la mejora a las tardes de quirófano y los sindicatos hablan de «maquillaje».",
    paragraphs: [
      "El Hospital Universitario Central de Asturias (HUCA) cerró el mes de octubre con 6.840 pacientes " +
        "pendientes de una operación, casi 900 menos que hace un año.",
      "El gerente del área sanitaria IV, Luis Hevia, atribuyó ayer la mejora a la apertura de los " +
        "quirófanos por la tarde. «Hemos operado más que nunca, y lo hemos hecho con nuestros propios " +
        "profesionales, sin derivar a la privada», subrayó.",
      "El sindicato SATSE no comparte el optimismo. Su secretaria autonómica, Patricia Cuervo, " +
        "considera que los datos son «puro maquillaje» porque las pruebas diagnósticas siguen " +
        "acumulando retrasos. «Si no te hacen la resonancia, no entras en la lista de quirófano. Así " +
        "cualquiera baja las cifras», advirtió.",
      "La Consejería de Salud, en una nota, defendió que las esperas para pruebas «se han reducido " +
        "también en un 12 por ciento» y anunció la compra de un segundo equipo de resonancia para el " +
        "hospital.",
      "Mientras tanto, Covadonga Álvarez, vecina de Mieres de 67 años, lleva catorce meses esperando " +
        "una prótesis de rodilla. «Me dijeron que en primavera. Luego que en verano. Ahora ya no me " +
        "dicen nada», cuenta.",
      "Hevia reconoció que traumatología sigue siendo «el cuello de botella» del hospital y se " +
        "comprometió a presentar un plan específico antes de fin de año.",
    ],
    quotes: [
      ["maquillaje", "los sindicatos"],
      [
        "Hemos operado más que nunca, y lo hemos hecho con nuestros propios profesionales, sin derivar " +
          "a la privada",
        "Luis Hevia",
      ],
      ["puro maquillaje", "Patricia Cuervo"],
      [
        "Si no te hacen la resonancia, no entras en la lista de quirófano. Así cualquiera baja las cifras",
        "Patricia Cuervo",
      ],
      ["se han reducido también en un 12 por ciento", "La Consejería de Salud"],
      ["Me dijeron que en primavera. Luego que en verano. Ahora ya no me dicen nada", "Covadonga Álvarez"],
      ["el cuello de botella", "Luis Hevia"],
    ],
  },
  {
    name: "Diario de Sevilla, tribunales: la jueza en un auto, el exalcalde declaró, su letrado, la fiscal",
    headline: "La jueza procesa al exalcalde de Lebrija por fraccionar contratos de limpieza",
    paragraphs: [
      "El Juzgado de Instrucción número 2 de Utrera ha dictado auto de procesamiento contra el " +
        "exalcalde de Lebrija Antonio Reina y dos de sus concejales por un presunto delito de " +
        "prevaricación en la adjudicación de los contratos de limpieza de los colegios entre 2016 y " +
        "2019.",
      "En el auto, la magistrada Rocío Benjumea sostiene que el Ayuntamiento dividió un mismo servicio " +
        "en «al menos diecisiete contratos menores» para eludir el concurso público y que la empresa " +
        "beneficiada «no tenía ni un solo trabajador en plantilla» cuando recibió el primer encargo.",
      "Reina, que gobernó el municipio durante dos mandatos, negó en su declaración cualquier " +
        "irregularidad. «Los colegios estaban sucios y había que limpiarlos. Nadie se llevó un euro», " +
        "afirmó ante la jueza, según fuentes presentes en la sala.",
      "Su abogado, Francisco Baena, anunció que recurrirá el auto ante la Audiencia de Sevilla. «No " +
        "hay un solo documento que acredite que mi cliente supiera quién estaba detrás de la empresa», " +
        "declaró a este periódico.",
      "La fiscal del caso, Inmaculada Rivas, pide para los tres acusados nueve años de inhabilitación. " +
        "En su escrito describe un sistema «organizado desde la propia Alcaldía».",
      "El actual equipo de gobierno, que se personó como acusación particular, se limitó a expresar su " +
        "«respeto a la labor de la Justicia».",
    ],
    quotes: [
      ["al menos diecisiete contratos menores", "Rocío Benjumea"],
      ["no tenía ni un solo trabajador en plantilla", "Rocío Benjumea"],
      ["Los colegios estaban sucios y había que limpiarlos. Nadie se llevó un euro", "Antonio Reina"],
      [
        "No hay un solo documento que acredite que mi cliente supiera quién estaba detrás de la empresa",
        "Francisco Baena",
      ],
      ["organizado desde la propia Alcaldía", "Inmaculada Rivas"],
      ["respeto a la labor de la Justicia", "El actual equipo de gobierno"],
    ],
  },
  {
    name: "Canarias7, migración: comillas “ ”, el presidente canario, Salvamento Marítimo, una voluntaria",
    headline: "Llegan a La Restinga 312 personas en tres cayucos en menos de 24 horas",
    paragraphs: [
      "Tres cayucos con 312 personas a bordo, entre ellas 41 mujeres y 19 menores, alcanzaron entre la " +
        "noche del domingo y la tarde del lunes el puerto de La Restinga, en El Hierro.",
      "“Vinieron muy deshidratados, algunos llevaban diez días en el mar y dos no podían ponerse en " +
        "pie”, relató Candelaria Padrón, voluntaria de Cruz Roja que lleva cuatro años atendiendo los " +
        "desembarcos en el muelle.",
      "Salvamento Marítimo informó de que la embarcación más grande fue localizada a 20 millas al sur " +
        "de la isla por un avión de vigilancia. Un portavoz del organismo explicó que el estado del mar " +
        "“complicó mucho” el rescate.",
      "El presidente de Canarias, Fernando Clavijo, volvió a reclamar al Gobierno central que reparta a " +
        "los menores entre todas las comunidades. “Canarias no puede seguir sola. Tenemos más de 5.000 " +
        "niños tutelados y ni un solo recurso libre”, dijo en Las Palmas de Gran Canaria.",
      "Desde el Ministerio del Interior se limitaron a recordar que los traslados a la península se " +
        "hacen “en función de la capacidad” de los centros de acogida.",
      "En La Restinga, el alcalde de El Pinar, Juan Miguel Padrón, pide sobre todo medios. “Somos un " +
        "pueblo de 700 habitantes. La gente ayuda, pero no podemos hacer el trabajo del Estado”, " +
        "lamentó.",
    ],
    quotes: [
      [
        "Vinieron muy deshidratados, algunos llevaban diez días en el mar y dos no podían ponerse en pie",
        "Candelaria Padrón",
      ],
      ["complicó mucho", "Un portavoz del organismo"],
      [
        "Canarias no puede seguir sola. Tenemos más de 5.000 niños tutelados y ni un solo recurso libre",
        "Fernando Clavijo",
      ],
      ["en función de la capacidad", "el Ministerio del Interior"],
      [
        "Somos un pueblo de 700 habitantes. La gente ayuda, pero no podemos hacer el trabajo del Estado",
        "Juan Miguel Padrón",
      ],
    ],
  },
  {
    name: "Excélsior, agua en CDMX: comillas “ ”, la jefa de Gobierno, Conagua, vecinas, indicó",
    headline: "Iztapalapa, sin agua por sexto día; vecinos bloquean Ermita",
    paragraphs: [
      "Vecinos de al menos doce colonias de Iztapalapa bloquearon este jueves la calzada Ermita " +
        "Iztapalapa para exigir el restablecimiento del suministro de agua, interrumpido desde el " +
        "viernes pasado por una falla en el Sistema Cutzamala.",
      "“Tenemos niños y adultos mayores en casa y llevamos seis días comprando garrafones. Nadie nos " +
        "dice cuándo vuelve el agua”, dijo Guadalupe Reyes, habitante de la colonia Santa Cruz " +
        "Meyehualco.",
      "La jefa de Gobierno, Clara Brugada, aseguró en conferencia de prensa que la capital enviará 150 " +
        "pipas diarias a las zonas afectadas. “No vamos a dejar sola a ninguna familia mientras se " +
        "repara la línea”, sostuvo.",
      "Por su parte, la Comisión Nacional del Agua (Conagua) indicó en un comunicado que los trabajos " +
        "de reparación concluirán “a más tardar el domingo” y que el suministro se restablecerá de " +
        "manera gradual.",
      "El diputado local Jesús Sesma, del PVEM, calificó la respuesta de las autoridades de " +
        "“improvisada” y pidió que se presente un plan de mantenimiento para toda la red.",
      "Al caer la tarde, los manifestantes liberaron la vialidad tras un acuerdo con funcionarios de " +
        "la alcaldía. “Si el domingo no hay agua, regresamos”, advirtió uno de ellos.",
    ],
    quotes: [
      [
        "Tenemos niños y adultos mayores en casa y llevamos seis días comprando garrafones. Nadie nos dice " +
          "cuándo vuelve el agua",
        "Guadalupe Reyes",
      ],
      ["No vamos a dejar sola a ninguna familia mientras se repara la línea", "Clara Brugada"],
      ["a más tardar el domingo", "la Comisión Nacional del Agua"],
      ["improvisada", "Jesús Sesma"],
      ["Si el domingo no hay agua, regresamos", "uno de ellos"],
    ],
  },
  {
    name: "Sport, baloncesto: el técnico azulgrana, el base, en zona mixta, el rival, ha reconocido",
    headline: "El Barça remonta y se lleva la Copa: «Este equipo nunca se rinde»",
    paragraphs: [
      "El Barça conquistó anoche en Málaga su segunda Copa del Rey en tres años tras remontar " +
        "catorce puntos de desventaja ante el Real Madrid (86-82) en un último cuarto de locura.",
      "«Este equipo nunca se rinde. En el descanso nadie bajó la cabeza, y eso no se entrena», explicó " +
        "el técnico azulgrana, Joan Peñarroya, en la sala de prensa del Martín Carpena.",
      "El MVP de la final fue el base Nico Laprovittola, autor de 24 puntos y seis asistencias. «Me " +
        "tocaba dar un paso adelante. Cuando estás caliente, no piensas, tiras», dijo en zona mixta con " +
        "la medalla todavía al cuello.",
      "En el bando blanco, Chus Mateo lamentó la desconexión de su equipo en los últimos minutos. " +
        "«Hemos jugado 35 minutos de muy buen baloncesto y cinco horribles. Y en una final eso se " +
        "paga», ha reconocido el entrenador madridista.",
      "El capitán del Barça, Álex Abrines, dedicó el título a la afición desplazada. «Eran tres mil y " +
        "parecían treinta mil», bromeó.",
      "El equipo regresará hoy a Barcelona, donde el club ha organizado una recepción en el Palau " +
        "Blaugrana a las siete de la tarde.",
    ],
    quotes: [
      ["Este equipo nunca se rinde", "Joan Peñarroya"],
      [
        "Este equipo nunca se rinde. En el descanso nadie bajó la cabeza, y eso no se entrena",
        "Joan Peñarroya",
      ],
      ["Me tocaba dar un paso adelante. Cuando estás caliente, no piensas, tiras", "Nico Laprovittola"],
      [
        "Hemos jugado 35 minutos de muy buen baloncesto y cinco horribles. Y en una final eso se paga",
        "Chus Mateo",
      ],
      ["Eran tres mil y parecían treinta mil", "Álex Abrines"],
    ],
  },
  {
    name: "ABC Color, energía: el director paraguayo de Itaipú, la ANDE, un ingeniero, el senador opositor",
    headline: "Itaipú: la tarifa quedará congelada hasta 2026, anuncia la binacional",
    paragraphs: [
      "La Entidad Binacional Itaipú confirmó ayer que la tarifa de la energía que venden a Paraguay y " +
        "Brasil se mantendrá en 19,28 dólares por kilovatio hasta diciembre de 2026.",
      "El director general paraguayo de la binacional, Justo Zacarías Irún, defendió el acuerdo ante " +
        "la prensa en Hernandarias. “Es la mejor noticia para el consumidor paraguayo en una década. " +
        "Sin este acuerdo, la factura de la ANDE subía”, expresó.",
      "La Administración Nacional de Electricidad (ANDE) celebró la decisión en un comunicado en el que " +
        "afirma que le permitirá “planificar inversiones en transmisión sin trasladar costos al " +
        "usuario”.",
      "Sin embargo, el ingeniero Ricardo Canese, que integró el equipo negociador paraguayo en 2008, " +
        "cree que el país vuelve a ceder. “Brasil paga por nuestra energía mucho menos de lo que vale " +
        "en el mercado. Congelar la tarifa es congelar esa injusticia”, señaló a ABC Color.",
      "El senador opositor Eduardo Nakayama anunció que pedirá un informe sobre los llamados gastos " +
        "sociales de la entidad, que calificó de “caja chica de la política”.",
      "La revisión del Anexo C del tratado, prevista desde el año pasado, sigue sin fecha.",
    ],
    quotes: [
      [
        "Es la mejor noticia para el consumidor paraguayo en una década. Sin este acuerdo, la factura de " +
          "la ANDE subía",
        "Justo Zacarías Irún",
      ],
      [
        "planificar inversiones en transmisión sin trasladar costos al usuario",
        "La Administración Nacional de Electricidad",
      ],
      [
        "Brasil paga por nuestra energía mucho menos de lo que vale en el mercado. Congelar la tarifa es " +
          "congelar esa injusticia",
        "Ricardo Canese",
      ],
      ["caja chica de la política", "Eduardo Nakayama"],
    ],
  },
  {
    name: "Xataka, tecnología: comillas rectas, nos cuenta, la compañía asegura, un analista de IDC",
    headline: 'Probamos el nuevo plegable de Honor: "Queremos que deje de ser un capricho"',
    paragraphs: [
      "Honor ha presentado hoy en Madrid el Magic V4, su nuevo móvil plegable, que llegará a las " +
        "tiendas españolas el 15 de septiembre por 1.799 euros, trescientos menos que su predecesor.",
      '"Queremos que el plegable deje de ser un capricho y se convierta en el móvil de todos los días", ' +
        "nos cuenta Carlos Sanz, director de marketing de Honor en España, durante la presentación.",
      'La compañía asegura que la bisagra soporta "más de 500.000 aperturas" y que el pliegue de la ' +
        "pantalla es un 40 % menos visible. En nuestras primeras horas con el terminal, la marca " +
        "apenas se aprecia.",
      "Francisco Jerónimo, vicepresidente de dispositivos de la consultora IDC, es prudente con las " +
        'expectativas. "El precio baja, pero los plegables siguen por debajo del 2 % de las ventas ' +
        'en Europa. El año que crucen los mil euros hablaremos de otra cosa", explica.',
      "Preguntado por la competencia de Samsung, Sanz evita entrar en comparaciones: " +
        '"Nosotros hablamos de nuestro producto".',
    ],
    quotes: [
      ["Queremos que deje de ser un capricho", "Carlos Sanz"],
      [
        "Queremos que el plegable deje de ser un capricho y se convierta en el móvil de todos los días",
        "Carlos Sanz",
      ],
      ["más de 500.000 aperturas", "Honor"],
      [
        "El precio baja, pero los plegables siguen por debajo del 2 % de las ventas en Europa. El año que " +
          "crucen los mil euros hablaremos de otra cosa",
        "Francisco Jerónimo",
      ],
      ["Nosotros hablamos de nuestro producto", "Carlos Sanz"],
    ],
  },
]);
