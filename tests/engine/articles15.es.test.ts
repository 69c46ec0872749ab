// A fifteenth round of composed Spanish news articles, in the styles of outlets and beats the first
// fourteen rounds did not use: La Rioja (pavement cafés voted in Logroño's council), Página Siete (a
// journalist acquitted of defamation, La Paz, Bolivia), Mediotiempo (a Liga MX defeat and the coach's press
// conference, México), Diario Financiero (a lithium company's results, Chile), La Opinión de Murcia (a
// colon-cancer screening programme widened), Diario de Avisos (a novel wins a literary prize, Tenerife), La
// Estrella de Panamá (coral bleaching in Bocas del Toro, Panamá), Diario del AltoAragón (a storm floods the
// Ésera valley, Huesca), El Dínamo (national test results, Chile, straight quotation marks) and Crónica (a
// motorbike robbery in La Matanza, Argentina).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Rioja, política local: cita del titular repetida en el cuerpo, concejala con verbo " +
      "pospuesto y después «la edil», portavoz de la oposición con dos puntos, ordenanza que " +
      "«establece», asociación en un comunicado, comillas irónicas (no cita)",
    headline: "Logroño limita las terrazas: «Las aceras no pueden ser un comedor»",
    paragraphs: [
      "El Pleno del Ayuntamiento de Logroño aprobó este jueves la nueva ordenanza de terrazas, " +
        "que obligará a los bares a dejar un paso libre de al menos 1,80 metros en todas las " +
        "aceras de la ciudad. La norma salió adelante con los votos del PP y Vox y el rechazo " +
        "de PSOE y Podemos.",
      "«Las aceras no pueden ser un comedor», resumió la concejala de Espacios Públicos, " +
        "Marta Sáenz de Cabezón Ruiz, al defender el texto. «Queremos que una persona en silla " +
        "de ruedas pueda cruzar la calle Laurel un sábado por la noche sin pedir permiso a " +
        "nadie», añadió la edil.",
      "La ordenanza establece que las conocidas como «terrazas covid», instaladas sobre plazas " +
        "de aparcamiento durante la pandemia, deberán desaparecer antes del 31 de diciembre, " +
        "salvo las que cuenten con un informe técnico «favorable y motivado».",
      "El portavoz socialista, Rubén Ayala Pascual, cargó contra el calendario: «Se aprueba en " +
        "noviembre una norma que cambia las reglas a cientos de negocios en mitad de la " +
        "temporada de San Mateo del año que viene. Es una chapuza».",
      "Sáenz de Cabezón replicó que el borrador se presentó hace un año. «Ha habido tiempo de " +
        "sobra para hablar», dijo.",
      "La Asociación de Hostelería de La Rioja lamentó en un comunicado que el Ayuntamiento " +
        "«no haya tenido en cuenta» sus alegaciones y advirtió de que la medida «pone en " +
        "riesgo más de doscientos empleos» en el casco antiguo.",
    ],
    quotes: [
      ["Las aceras no pueden ser un comedor", "Marta Sáenz de Cabezón Ruiz"],
      [
        "Queremos que una persona en silla de ruedas pueda cruzar la calle Laurel un sábado " +
          "por la noche sin pedir permiso a nadie",
        "Marta Sáenz de Cabezón Ruiz",
      ],
      ["favorable y motivado", "La ordenanza"],
      [
        "Se aprueba en noviembre una norma que cambia las reglas a cientos de negocios en mitad " +
          "de la temporada de San Mateo del año que viene. Es una chapuza",
        "Rubén Ayala Pascual",
      ],
      ["Ha habido tiempo de sobra para hablar", "Marta Sáenz de Cabezón Ruiz"],
      ["no haya tenido en cuenta", "La Asociación de Hostelería de La Rioja"],
      ["pone en riesgo más de doscientos empleos", "La Asociación de Hostelería de La Rioja"],
    ],
  },
  {
    name:
      "Página Siete, tribunales: sentencia que «señala», periodista con nombre y después «el " +
      "comunicador», cita interrumpida por la atribución, abogado del alcalde con verbo " +
      "antepuesto, asociación de periodistas en un pronunciamiento, título de un libro (no cita)",
    todo:
      "«Tuve que ir a 26 audiencias. Muchas se suspen…» goes to El comunicador, not Wálter Quispe " +
      "Mamani",
    headline: "Tribunal absuelve al periodista Wálter Quispe Mamani en el juicio por difamación",
    paragraphs: [
      "El Tribunal de Sentencia Penal 4.º de La Paz absolvió ayer al periodista Wálter Quispe " +
        "Mamani, a quien el alcalde de Achocalla, Germán Condori, acusaba de difamación y " +
        "calumnia por una serie de reportajes sobre la compra de maquinaria municipal.",
      "La sentencia señala que los reportajes se basaron en «documentos públicos cuya " +
        "autenticidad no fue cuestionada» y que el interés de la ciudadanía en la gestión de " +
        "los recursos del municipio «prevalece sobre el honor de la autoridad».",
      "Quispe, autor del libro «Las máquinas que nunca llegaron», escuchó el fallo acompañado " +
        "por colegas de varios medios. «Hoy no gané yo», dijo a la salida de la sala, «ganó el " +
        "derecho de la gente a saber en qué se gasta su plata».",
      "El comunicador recordó que el proceso duró casi tres años. «Tuve que ir a 26 audiencias. " +
        "Muchas se suspendieron porque la otra parte no se presentaba», relató.",
      "Por su parte, el abogado del alcalde, Fernando Villca Rojas, anunció que apelará: «No " +
        "estamos de acuerdo con la valoración de la prueba y vamos a acudir a la Sala Penal».",
      "La Asociación Nacional de la Prensa (ANP) celebró la decisión en un pronunciamiento en el " +
        "que sostiene que el caso debe servir «para que ninguna autoridad use los tribunales " +
        "como arma contra los periodistas».",
    ],
    quotes: [
      ["documentos públicos cuya autenticidad no fue cuestionada", "La sentencia"],
      ["prevalece sobre el honor de la autoridad", "La sentencia"],
      ["Hoy no gané yo", "Wálter Quispe Mamani"],
      ["ganó el derecho de la gente a saber en qué se gasta su plata", "Wálter Quispe Mamani"],
      [
        "Tuve que ir a 26 audiencias. Muchas se suspendieron porque la otra parte no se presentaba",
        "Wálter Quispe Mamani",
      ],
      [
        "No estamos de acuerdo con la valoración de la prueba y vamos a acudir a la Sala Penal",
        "Fernando Villca Rojas",
      ],
      [
        "para que ninguna autoridad use los tribunales como arma contra los periodistas",
        "La Asociación Nacional de la Prensa",
      ],
    ],
  },
  {
    name:
      "Mediotiempo, fútbol: cita de la entradilla repetida en el cuerpo, técnico con verbo " +
      "invertido y «el estratega», cita que sigue en un segundo párrafo, delantero con dos " +
      "puntos, directivo anónimo, mote entre comillas (no cita)",
    headline: "Necaxa cae en casa ante Tijuana y complica su pase al Play-In",
    standfirst: "“No merecimos perder, pero el futbol no premia merecimientos”, dijo Arturo Lozano Treviño",
    paragraphs: [
      "Los Rayos del Necaxa perdieron 1-2 ante Xolos de Tijuana en el Estadio Victoria, un " +
        "resultado que los deja en el lugar 13 de la tabla a dos jornadas del cierre del torneo.",
      "“No merecimos perder, pero el futbol no premia merecimientos”, dijo Arturo Lozano " +
        "Treviño en conferencia de prensa. “Tuvimos el balón, generamos, pero en las dos " +
        "jugadas que ellos llegaron nos hicieron daño”, lamentó el estratega regiomontano.",
      "Lozano fue cuestionado sobre su continuidad y no esquivó el tema. “Yo no me voy a " +
        "esconder. Si la directiva considera que tengo que dar un paso al costado, lo voy a " +
        "respetar.",
      "“Pero mientras esté aquí, voy a pelear hasta el último partido”, agregó.",
      "El uruguayo Matías Pereyra, autor del único gol local, también habló al final del " +
        "partido: “Estamos dolidos. Quedan seis puntos y hay que ganarlos todos”.",
      "Un directivo del club, que pidió no ser identificado, aseguró a Mediotiempo que no hay " +
        "una decisión tomada sobre el técnico: “Se va a evaluar todo cuando termine el torneo”.",
      "Por Tijuana, el “Chavo” Ramírez firmó el gol del triunfo en el minuto 84.",
    ],
    quotes: [
      ["No merecimos perder, pero el futbol no premia merecimientos", "Arturo Lozano Treviño"],
      [
        "Tuvimos el balón, generamos, pero en las dos jugadas que ellos llegaron nos hicieron daño",
        "Arturo Lozano Treviño",
      ],
      [
        "Yo no me voy a esconder. Si la directiva considera que tengo que dar un paso al costado, " +
          "lo voy a respetar.",
        "Arturo Lozano Treviño",
      ],
      ["Pero mientras esté aquí, voy a pelear hasta el último partido", "Arturo Lozano Treviño"],
      ["Estamos dolidos. Quedan seis puntos y hay que ganarlos todos", "Matías Pereyra"],
      ["Se va a evaluar todo cuando termine el torneo", "Un directivo del club"],
    ],
  },
  {
    name:
      "Diario Financiero, empresas: empresa que informó en un comunicado, gerente general con " +
      "nombre y luego «el ejecutivo», cita de la entradilla repetida, informe de una " +
      "clasificadora que «advierte», analista con verbo antepuesto y dos puntos, nombre de un " +
      "proyecto entre comillas (no cita)",
    headline: "Litio Andino reporta caída de 38% en sus utilidades por menores precios",
    standfirst:
      "«El ciclo de precios bajos no va a durar para siempre», afirmó el gerente general " +
      "de la compañía, Cristián Echeverría Larraín",
    paragraphs: [
      "Litio Andino informó ayer a la Comisión para el Mercado Financiero (CMF) utilidades por " +
        "US$ 412 millones en los primeros nueve meses del año, un 38% menos que en igual " +
        "periodo de 2025, golpeada por la baja en el precio internacional del carbonato de litio.",
      "La compañía señaló en un comunicado que los volúmenes de venta crecieron un 11%, pero " +
        "que ese aumento «no alcanzó a compensar» la caída de precios, que promediaron US$ " +
        "9.800 por tonelada.",
      "En una conferencia con inversionistas, el gerente general, Cristián Echeverría " +
        "Larraín, defendió el plan de inversiones de la empresa. «El ciclo de precios bajos no " +
        "va a durar para siempre», afirmó. «Los que recorten hoy van a llegar tarde a la " +
        "próxima alza», sostuvo el ejecutivo.",
      "Echeverría confirmó que el proyecto «Salar Norte» mantiene su calendario y que la " +
        "primera fase entrará en operación en 2028.",
      "Un informe de la clasificadora Feller Rate advierte, sin embargo, que la deuda de la " +
        "compañía «podría presionar su perfil financiero si los precios no se recuperan " +
        "durante 2027».",
      "La analista de Renta 4 Chile, Josefina Aguirre Mena, ve con cautela los números: «El " +
        "mercado ya descontaba un mal trimestre. Lo que preocupa es que la empresa no dio una " +
        "señal clara sobre el dividendo».",
    ],
    quotes: [
      ["El ciclo de precios bajos no va a durar para siempre", "Cristián Echeverría Larraín"],
      ["no alcanzó a compensar", "La compañía"],
      ["Los que recorten hoy van a llegar tarde a la próxima alza", "Cristián Echeverría Larraín"],
      [
        "podría presionar su perfil financiero si los precios no se recuperan durante 2027",
        "Un informe de la clasificadora Feller Rate",
      ],
      [
        "El mercado ya descontaba un mal trimestre. Lo que preocupa es que la empresa no dio " +
          "una señal clara sobre el dividendo",
        "Josefina Aguirre Mena",
      ],
    ],
  },
  {
    name:
      "La Opinión de Murcia, sanidad: consejero con verbo pospuesto y luego «el titular de " +
      "Salud», consejería con «según» y cita parcial, médica con nombre y pronombre, paciente " +
      "anónima con dos puntos, lema de una campaña (no cita)",
    todo:
      "«Cada cáncer que detectamos a tiempo es un tra…» goes to el titular de Salud, not Francisco " +
      "Ponce Lorente; «lejos del objetivo europeo del 65%» goes to la Consejería de Salud, not La " +
      "Consejería de Salud",
    headline: "Salud amplía el cribado de cáncer de colon hasta los 74 años",
    paragraphs: [
      "La Consejería de Salud extenderá a partir de enero el programa de cribado de cáncer " +
        "colorrectal a las personas de entre 50 y 74 años de toda la Región, lo que supone " +
        "incorporar a unas 90.000 personas más al programa.",
      "«Es la forma más eficaz que tenemos de salvar vidas con una inversión muy pequeña», " +
        "explicó el consejero, Francisco Ponce Lorente, durante la presentación en el " +
        "Hospital Reina Sofía. «Cada cáncer que detectamos a tiempo es un tratamiento menos " +
        "agresivo y un paciente que vuelve antes a su vida», subrayó el titular de Salud.",
      "El plan contempla enviar por correo un kit para recoger una muestra de heces en casa, " +
        "que luego se entrega en la farmacia. Según la Consejería, la participación en el " +
        "último año fue de un 47%, todavía «lejos del objetivo europeo del 65%».",
      "La jefa de Digestivo del Virgen de la Arrixaca, Encarnación Muñoz Baños, insistió en " +
        "que la prueba no duele ni requiere preparación. «La gente tiene miedo a la " +
        "colonoscopia, pero solo la hacemos si el test sale positivo», recordó. Ella calcula " +
        "que el programa evita «cada año decenas de muertes» en la Región.",
      "Una vecina de Molina de Segura que participó en el programa el año pasado lo contó así: " +
        "«Me llegó la carta, hice la prueba y me encontraron unos pólipos. Me los quitaron y " +
        "aquí estoy».",
      "La campaña, que llegará a centros de salud y farmacias, se presenta bajo el lema «Un " +
        "sobre que salva vidas».",
    ],
    quotes: [
      [
        "Es la forma más eficaz que tenemos de salvar vidas con una inversión muy pequeña",
        "Francisco Ponce Lorente",
      ],
      [
        "Cada cáncer que detectamos a tiempo es un tratamiento menos agresivo y un paciente " +
          "que vuelve antes a su vida",
        "Francisco Ponce Lorente",
      ],
      ["lejos del objetivo europeo del 65%", "La Consejería de Salud"],
      [
        "La gente tiene miedo a la colonoscopia, pero solo la hacemos si el test sale positivo",
        "Encarnación Muñoz Baños",
      ],
      ["cada año decenas de muertes", "Encarnación Muñoz Baños"],
      [
        "Me llegó la carta, hice la prueba y me encontraron unos pólipos. Me los quitaron y " + "aquí estoy",
        "Una vecina de Molina de Segura",
      ],
    ],
  },
  {
    name:
      "Diario de Avisos, cultura: acta del jurado que «destaca», autora con nombre y después " +
      "«la escritora», cita interrumpida, editor con dos puntos, título de la novela (no cita), " +
      "«según explicó» sin cita",
    headline: "La lagunera Candelaria Hernández Expósito gana el Premio Benito Pérez Armas",
    paragraphs: [
      "La escritora lagunera Candelaria Hernández Expósito ha ganado la 48.ª edición del " +
        "Premio de Novela Benito Pérez Armas con «La casa de los vientos alisios», una historia " +
        "familiar que recorre tres generaciones de mujeres en Tegueste.",
      "El acta del jurado, presidido por el catedrático Jonay Perdomo, destaca «la precisión " +
        "de una prosa que convierte lo doméstico en épica» y una estructura «tan arriesgada " +
        "como eficaz».",
      "«Escribí esta novela para entender a mi abuela», confesó Hernández tras conocer el " +
        "fallo, «que nunca salió de la isla y, sin embargo, lo sabía todo del mundo».",
      "La escritora, profesora de Lengua en un instituto de La Orotava, dedicó cuatro años al " +
        "libro. «Lo reescribí entero dos veces. Hubo un momento en que pensé tirarlo a la " +
        "basura», admitió la autora.",
      "El editor de Baile del Sol, Felipe Rodríguez Déniz, que publicará la obra en primavera, " +
        "se mostró convencido del recorrido del libro: «Es una novela canaria que se va a leer " +
        "fuera de Canarias, y eso no pasa tan a menudo».",
      "El premio, dotado con 12.000 euros, se entregará el próximo 14 de diciembre en el " +
        "Círculo de Amistad XII de Enero, según explicó la organización.",
    ],
    quotes: [
      ["la precisión de una prosa que convierte lo doméstico en épica", "El acta del jurado"],
      ["tan arriesgada como eficaz", "El acta del jurado"],
      ["Escribí esta novela para entender a mi abuela", "Candelaria Hernández Expósito"],
      ["que nunca salió de la isla y, sin embargo, lo sabía todo del mundo", "Candelaria Hernández Expósito"],
      [
        "Lo reescribí entero dos veces. Hubo un momento en que pensé tirarlo a la basura",
        "Candelaria Hernández Expósito",
      ],
      [
        "Es una novela canaria que se va a leer fuera de Canarias, y eso no pasa tan a menudo",
        "Felipe Rodríguez Déniz",
      ],
    ],
  },
  {
    name:
      "La Estrella de Panamá, ciencia: estudio que «advierte», investigadora con nombre y " +
      "luego «la bióloga», institución que «advirtió», cita en dos párrafos, pescador anónimo, " +
      "nombre de un barco entre comillas (no cita)",
    headline: "El blanqueamiento afecta a casi la mitad de los corales de Bocas del Toro",
    paragraphs: [
      "Un estudio del Instituto Smithsonian de Investigaciones Tropicales (STRI) concluye que " +
        "el 46% de las colonias de coral monitoreadas en el archipiélago de Bocas del Toro " +
        "sufrió blanqueamiento durante la ola de calor marino de este año, la peor registrada " +
        "en la zona.",
      "“Nunca habíamos visto un evento tan extenso ni tan largo”, afirmó la bióloga marina " +
        "Itzel Castillo Guardia, autora principal del trabajo, publicado en la revista Coral " +
        "Reefs. “Hubo arrecifes que pasaron más de doce semanas con el agua por encima de 31 " +
        "grados”.",
      "Según explicó la investigadora, el blanqueamiento no implica la muerte inmediata del " +
        "coral, pero lo deja sin su principal fuente de alimento. “Es como si dejaran de comer " +
        "durante meses”, comparó la bióloga.",
      "El equipo recorrió 38 arrecifes a bordo de la embarcación “Urracá II”. El estudio " +
        "advierte que la recuperación “dependerá de que no se repitan temperaturas extremas " +
        "en los próximos tres años”.",
      "El Ministerio de Ambiente advirtió en una nota que evalúa restringir el buceo " +
        "recreativo en las zonas más dañadas. “No se trata de cerrar el turismo, sino de " +
        "ordenarlo”, indicó la entidad.",
      "Un pescador de Isla Colón que faena en la zona desde hace tres décadas lo resume sin " +
        "rodeos: “Donde antes había pargo ahora no queda nada. El mar está cambiando más " +
        "rápido que nosotros”.",
    ],
    quotes: [
      ["Nunca habíamos visto un evento tan extenso ni tan largo", "Itzel Castillo Guardia"],
      [
        "Hubo arrecifes que pasaron más de doce semanas con el agua por encima de 31 grados",
        "Itzel Castillo Guardia",
      ],
      ["Es como si dejaran de comer durante meses", "Itzel Castillo Guardia"],
      ["dependerá de que no se repitan temperaturas extremas en los próximos tres años", "El estudio"],
      ["No se trata de cerrar el turismo, sino de ordenarlo", "El Ministerio de Ambiente"],
      [
        "Donde antes había pargo ahora no queda nada. El mar está cambiando más rápido que " + "nosotros",
        "Un pescador de Isla Colón",
      ],
    ],
  },
  {
    name:
      "Diario del AltoAragón, temporal: alcalde con verbo pospuesto y después «el regidor», " +
      "Aemet en su aviso, guardia civil anónimo, cita que sigue en un segundo párrafo, vecina " +
      "con nombre y verbo antepuesto, nombre de un plan entre comillas (no cita)",
    headline: "Una tromba de agua desborda el Ésera y obliga a desalojar un camping en Benasque",
    paragraphs: [
      "Una tormenta de más de 60 litros por metro cuadrado en menos de una hora provocó el " +
        "martes por la tarde el desbordamiento del río Ésera a su paso por Benasque y obligó a " +
        "desalojar a 140 personas de un camping situado junto al cauce.",
      "«En veinte minutos el río subió más de un metro», relató el alcalde de Benasque, " +
        "Manuel Mora Castán. «Gracias a que el aviso llegó a tiempo, no hay que lamentar daños " +
        "personales», destacó el regidor, que pasó la noche en el centro de coordinación.",
      "La Agencia Estatal de Meteorología (Aemet) había activado el aviso naranja por tormentas " +
        "en el Pirineo oscense y advirtió en su boletín de la posibilidad de «precipitaciones " +
        "localmente muy fuertes acompañadas de granizo».",
      "El Gobierno de Aragón activó la situación 1 del plan «Procinar» y desplazó a la zona a " +
        "bomberos de la Diputación Provincial de Huesca. Un guardia civil que participó en el " +
        "desalojo explicó que la mayoría de los campistas «colaboraron sin problemas».",
      "Entre los desalojados estaba Pilar Lanau Sesé, de Zaragoza, que pasaba unos días con " +
        "sus nietos. Contó lo ocurrido con la voz todavía entrecortada: «Oímos un ruido como de " +
        "tren y de repente el agua estaba entrando en la caravana. Cogimos a los críos y " +
        "salimos corriendo.",
      "«Lo hemos perdido casi todo, pero estamos bien, que es lo que importa»",
      "Mora calcula que los daños en el camping y en la carretera A-139 superarán el millón " +
        "de euros. «Vamos a pedir que se declare zona catastrófica», anunció.",
    ],
    quotes: [
      ["En veinte minutos el río subió más de un metro", "Manuel Mora Castán"],
      ["Gracias a que el aviso llegó a tiempo, no hay que lamentar daños personales", "Manuel Mora Castán"],
      ["precipitaciones localmente muy fuertes acompañadas de granizo", "La Agencia Estatal de Meteorología"],
      ["colaboraron sin problemas", "Un guardia civil"],
      [
        "Oímos un ruido como de tren y de repente el agua estaba entrando en la caravana. " +
          "Cogimos a los críos y salimos corriendo.",
        "Pilar Lanau Sesé",
      ],
      ["Lo hemos perdido casi todo, pero estamos bien, que es lo que importa", "Pilar Lanau Sesé"],
      ["Vamos a pedir que se declare zona catastrófica", "Manuel Mora Castán"],
    ],
  },
  {
    name:
      "El Dínamo, educación (comillas rectas): cita del titular repetida en el cuerpo, ministro " +
      "con verbo pospuesto y luego dos puntos, informe de la Agencia que «atribuye», presidente del " +
      "Colegio de Profesores con nombre y pronombre, directora con verbo pospuesto, nombre " +
      "de un programa (no cita)",
    headline: 'Resultados Simce: "Hay una recuperación, pero todavía frágil"',
    paragraphs: [
      "La Agencia de Calidad de la Educación presentó este martes los resultados del Simce " +
        "2026, que muestran un alza de siete puntos en lectura de cuarto básico respecto de la " +
        "medición anterior, aunque matemáticas en segundo medio se mantiene estancada.",
      '"Hay una recuperación, pero todavía frágil", afirmó el ministro de Educación, Tomás ' +
        'Vergara Ibáñez, en La Moneda. Luego advirtió: "No podemos celebrar mientras la brecha ' +
        'entre colegios pagados y públicos siga siendo de más de 50 puntos".',
      "El informe de la Agencia indica que los establecimientos que participaron en el plan " +
        '"Reactivación Educativa" subieron en promedio cuatro puntos más que el resto, y ' +
        'atribuye la mejora a "una mayor asistencia y a la tutoría en grupos pequeños".',
      "El presidente del Colegio de Profesores, Rodrigo Henríquez Pino, fue más crítico. " +
        '"Los profesores estamos agotados y con cursos de 45 alumnos", dijo. Él cuestionó ' +
        'además que el Simce se use para "rankear colegios y estigmatizar comunas".',
      '"Lo que más nos costó fue que los niños volvieran a leer por gusto", reconoció la ' +
        "directora de la Escuela Básica D-549 de Puente Alto, Gloria Fuentes Soto, cuyo " +
        "establecimiento subió 22 puntos en lectura.",
      '"Ahora los cursos van a la biblioteca todos los días", agregó la docente.',
    ],
    quotes: [
      ["Hay una recuperación, pero todavía frágil", "Tomás Vergara Ibáñez"],
      [
        "No podemos celebrar mientras la brecha entre colegios pagados y públicos siga siendo " +
          "de más de 50 puntos",
        "Tomás Vergara Ibáñez",
      ],
      ["una mayor asistencia y a la tutoría en grupos pequeños", "El informe de la Agencia"],
      ["Los profesores estamos agotados y con cursos de 45 alumnos", "Rodrigo Henríquez Pino"],
      ["rankear colegios y estigmatizar comunas", "Rodrigo Henríquez Pino"],
      ["Lo que más nos costó fue que los niños volvieran a leer por gusto", "Gloria Fuentes Soto"],
      ["Ahora los cursos van a la biblioteca todos los días", "Gloria Fuentes Soto"],
    ],
  },
  {
    name:
      "Crónica, policiales: víctima con nombre y después «el joven», comisario con verbo " +
      "antepuesto, fiscalía que informó, vecina anónima con dos puntos, cita interrumpida, " +
      "apodo entre comillas (no cita), cita parcial con «según»",
    headline: "Motochorros balearon a un repartidor para robarle la moto en La Matanza",
    paragraphs: [
      "Un repartidor de 23 años fue baleado en una pierna por dos motochorros que le robaron " +
        "la moto en la localidad de Isidro Casanova, partido de La Matanza. El hecho ocurrió " +
        "el domingo a la noche en Almafuerte y Mendeville.",
      "“Me pidieron la moto y se la di, pero igual me tiraron”, contó a Crónica la víctima, " +
        "Brian Ezequiel Sosa, desde el Hospital Paroissien, donde quedó internado. “Les dije " +
        "que se la llevaran, que no me hicieran nada”, recordó el joven.",
      "El comisario Héctor Daniel Funes, de la DDI La Matanza, explicó que los delincuentes " +
        "“actuaron con total frialdad” y que ya analizan las cámaras del Municipio. “Tenemos " +
        "una pista firme”, dijo, “y creemos que es la misma banda que hizo otros tres robos en " +
        "la zona”.",
      "Según fuentes de la investigación, uno de los sospechosos sería un joven conocido en el " +
        "barrio como “el Ruso”, que tiene antecedentes por robo agravado.",
      "La UFI N.º 3 de La Matanza, a cargo de la causa, informó que se investiga un “robo " +
        "agravado por el uso de arma de fuego” en concurso con “lesiones graves”.",
      "Una vecina que escuchó los disparos fue tajante: “Acá ya no se puede ni salir a la " +
        "vereda. Son siempre los mismos y nadie hace nada”.",
    ],
    quotes: [
      ["Me pidieron la moto y se la di, pero igual me tiraron", "Brian Ezequiel Sosa"],
      ["Les dije que se la llevaran, que no me hicieran nada", "Brian Ezequiel Sosa"],
      ["actuaron con total frialdad", "Héctor Daniel Funes"],
      ["Tenemos una pista firme", "Héctor Daniel Funes"],
      ["y creemos que es la misma banda que hizo otros tres robos en la zona", "Héctor Daniel Funes"],
      ["robo agravado por el uso de arma de fuego", "La UFI N.º 3 de La Matanza"],
      ["lesiones graves", "La UFI N.º 3 de La Matanza"],
      ["Acá ya no se puede ni salir a la vereda. Son siempre los mismos y nadie hace nada", "Una vecina"],
    ],
  },
]);
