// An eighteenth round of composed Spanish news articles, in the styles of outlets and beats the first
// seventeen rounds did not use: La Verdad (a bus contract voted in Cartagena's council), Teletica (a driver
// sentenced for killing a cyclist, Cartago, Costa Rica), El Gráfico (a Lanús–Banfield derby, Argentina),
// Bloomberg Línea (a Colombian discount chain expands to Ecuador), Diario Uno (flu vaccination widened in
// Mendoza, Argentina), Diario de Almería (a photography exhibition on Cabo de Gata's farmhouses), El Día (a
// Jurassic marine crocodile described by the Museo de La Plata, Argentina), El Sudcaliforniano (a hurricane
// in La Paz and Los Cabos, México), Opinión (the winter school break brought forward in Cochabamba,
// Bolivia, straight quotation marks) and Trome (a phone-theft gang caught on Lima's Metropolitano, Perú).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Verdad, política local: cita del titular repetida en el cuerpo, concejala con «defendió» y " +
      "cita parcial, «La edil» con dos puntos, portavoz con «denunció» y segunda cita sin verbo, cita " +
      "parcial breve con «calificaron de», lema en los autobuses (no cita), informe de la Intervención",
    headline: "Cartagena aprueba la nueva contrata de autobuses: «Es el contrato más importante del mandato»",
    paragraphs: [
      "El Pleno del Ayuntamiento de Cartagena aprobó este jueves, con los votos de PP y Vox y el " +
        "rechazo de MC Cartagena y el PSOE, la adjudicación del nuevo contrato del servicio de " +
        "autobuses urbanos, que tendrá una duración de diez años y un coste de 148 millones de " +
        "euros.",
      "«Es el contrato más importante del mandato», defendió la concejala de Movilidad, Carmen " +
        "Sáez Paredes, que aseguró que la flota «se renovará por completo antes de 2028». La edil " +
        "añadió que las líneas de los barrios periféricos ganarán frecuencia: «Nadie en Los Dolores " +
        "ni en La Aljorra tendrá que esperar más de veinte minutos».",
      "El portavoz de MC Cartagena, Andrés Martínez Conesa, fue mucho más crítico. «Nos piden que " +
        "votemos a ciegas un pliego que llegó a los grupos hace 48 horas», denunció. «Diez años es " +
        "mucho tiempo para equivocarse».",
      "Los socialistas, por boca de su concejala Irene Pagán Soto, reclamaron que el servicio " +
        "llegue a las diputaciones rurales y calificaron de «parche» la línea a demanda que propone " +
        "el Gobierno local.",
      "La empresa adjudicataria mantendrá en los vehículos la imagen de la campaña «Cartagena se " +
        "mueve», con la que el Ayuntamiento promociona el transporte público desde 2022.",
      "Según el informe de la Intervención municipal, el contrato «cumple los requisitos de " +
        "estabilidad presupuestaria», aunque advierte de que las revisiones de precios «podrían " +
        "elevar el coste final en torno a un 12 %».",
    ],
    quotes: [
      ["Es el contrato más importante del mandato", "Carmen Sáez Paredes"],
      ["se renovará por completo antes de 2028", "Carmen Sáez Paredes"],
      [
        "Nadie en Los Dolores ni en La Aljorra tendrá que esperar más de veinte minutos",
        "Carmen Sáez Paredes",
      ],
      [
        "Nos piden que votemos a ciegas un pliego que llegó a los grupos hace 48 horas",
        "Andrés Martínez Conesa",
      ],
      ["Diez años es mucho tiempo para equivocarse", "Andrés Martínez Conesa"],
      ["parche", "Irene Pagán Soto"],
      ["cumple los requisitos de estabilidad presupuestaria", "el informe de la Intervención municipal"],
      ["podrían elevar el coste final en torno a un 12 %", "el informe de la Intervención municipal"],
    ],
  },
  {
    name:
      "Teletica, tribunales: cita de la entradilla atribuida al tribunal y repetida en el cuerpo con " +
      "«señaló la jueza», cita parcial con «agregó que», madre de la víctima con «dijo a Teletica», " +
      "defensor con dos puntos, Ministerio Público en un comunicado, pancartas (no citas)",
    headline: "Condenan a 12 años de cárcel a hombre que atropelló a ciclista en Cartago",
    standfirst: "“No mostró arrepentimiento en ningún momento”, señaló el tribunal al dictar la pena",
    paragraphs: [
      "El Tribunal Penal de Cartago condenó este lunes a 12 años de prisión a un hombre de " +
        "apellidos Quesada Brenes, de 41 años, por los delitos de homicidio simple y abandono de " +
        "personas, tras atropellar a un ciclista en la ruta 10, cerca de Paraíso.",
      "En la lectura de la sentencia, la jueza Ana Lucía Vargas Chaves explicó que el imputado " +
        "aceleró después de discutir con la víctima en un semáforo. “No mostró arrepentimiento en " +
        "ningún momento”, señaló la jueza, quien agregó que el sentenciado “tuvo tiempo de frenar y " +
        "decidió no hacerlo”.",
      "La víctima, Esteban Mora Solano, de 29 años, era mensajero y viajaba hacia su trabajo la " +
        "mañana del 3 de marzo de 2024.",
      "Su madre, Marielos Solano Ureña, siguió la audiencia desde la primera fila. “Ninguna pena " +
        "me va a devolver a mi hijo, pero hoy por lo menos alguien nos escuchó”, dijo a Teletica al " +
        "salir de la sala.",
      "Por su parte, el defensor público del sentenciado, Luis Diego Arias Campos, anunció que " +
        "recurrirá el fallo: “Vamos a presentar casación porque no se demostró que hubiera " +
        "intención”.",
      "El Ministerio Público, en un comunicado, indicó que la sentencia “envía un mensaje claro " +
        "sobre la violencia en carretera”.",
      "Afuera de los tribunales, familiares y compañeros de la víctima se concentraron con " +
        "pancartas que decían “Justicia para Esteban” y “Compartamos la vía”.",
    ],
    quotes: [
      ["No mostró arrepentimiento en ningún momento", "Ana Lucía Vargas Chaves"],
      ["tuvo tiempo de frenar y decidió no hacerlo", "Ana Lucía Vargas Chaves"],
      [
        "Ninguna pena me va a devolver a mi hijo, pero hoy por lo menos alguien nos escuchó",
        "Marielos Solano Ureña",
      ],
      ["Vamos a presentar casación porque no se demostró que hubiera intención", "Luis Diego Arias Campos"],
      ["envía un mensaje claro sobre la violencia en carretera", "El Ministerio Público"],
    ],
  },
  {
    name:
      "El Gráfico, fútbol: cita del titular repetida en el cuerpo con «dijo Ferreyra», segunda cita sin " +
      "verbo, entrenador con dos puntos y «Y agregó», capitán rival con «lanzó el volante» y cita " +
      "parcial de una palabra, bandera en la tribuna (no cita), cita final con «cerró» y apellido",
    headline: "Lanús ganó el clásico del Sur y Ferreyra avisó: “Esto recién empieza”",
    paragraphs: [
      "Lanús se quedó con el clásico del Sur al vencer 2-1 a Banfield en el Florencio Sola, con " +
        "goles de Matías Ferreyra y Nahuel Godoy, y quedó a tres puntos del líder de la Zona B.",
      "El delantero, que llevaba seis fechas sin convertir, se fue ovacionado. “Esto recién " +
        "empieza”, dijo Ferreyra en zona mixta. “Me costó, pero nunca dejé de entrenar como si " +
        "fuera titular”.",
      "El entrenador granate, Sergio Etchegaray, valoró el carácter del equipo: “En el segundo " +
        "tiempo sufrimos, pero los chicos no se achicaron nunca”. Y agregó, sobre su arquero: “Lo " +
        "de Pablo en la última jugada vale como un gol”.",
      "Del otro lado, el capitán de Banfield, Leandro Paz Ocampo, no escondió su bronca. “Nos " +
        "ganaron con dos pelotas paradas. Así es muy difícil”, lanzó el volante, que también " +
        "cuestionó al árbitro por una mano “clarísima” en el área de Lanús que el VAR no revisó.",
      "En la cabecera local, la hinchada desplegó un telón con la leyenda “El Sur es granate” " +
        "antes del pitazo inicial.",
      "“El equipo está vivo y la gente lo sabe”, cerró Etchegaray antes de subir al micro.",
    ],
    quotes: [
      ["Esto recién empieza", "Matías Ferreyra"],
      ["Me costó, pero nunca dejé de entrenar como si fuera titular", "Matías Ferreyra"],
      ["En el segundo tiempo sufrimos, pero los chicos no se achicaron nunca", "Sergio Etchegaray"],
      ["Lo de Pablo en la última jugada vale como un gol", "Sergio Etchegaray"],
      ["Nos ganaron con dos pelotas paradas. Así es muy difícil", "Leandro Paz Ocampo"],
      ["clarísima", "Leandro Paz Ocampo"],
      ["El equipo está vivo y la gente lo sabe", "Sergio Etchegaray"],
    ],
  },
  {
    name:
      "Bloomberg Línea, economía: presidenta ejecutiva con «afirmó» y segunda cita sin verbo, «La " +
      "ejecutiva» con cita parcial, reporte trimestral que «advierte», analista con «dijo Rincón», " +
      "directivo anónimo con dos puntos, nombre de un formato de tienda (no cita)",
    headline: "Cadena colombiana Merkabarato invertirá US$120 millones para entrar a Ecuador",
    paragraphs: [
      "Merkabarato, la cadena colombiana de tiendas de descuento con sede en Bucaramanga, " +
        "invertirá US$120 millones en los próximos tres años para abrir 80 tiendas en Ecuador, " +
        "según confirmó la compañía a Bloomberg Línea.",
      "“Ecuador es el paso natural para nosotros”, afirmó su presidenta ejecutiva, Laura Cristina " +
        "Méndez Ardila, en una entrevista. “El consumidor ecuatoriano busca lo mismo que el " +
        "colombiano: precio bajo sin sacrificar calidad”.",
      "La ejecutiva explicó que las primeras tiendas, bajo el formato “Merka Express”, abrirán en " +
        "Guayaquil y Quito a partir del segundo semestre de 2026 y que la compañía “ya tiene " +
        "firmados los contratos de arrendamiento de 22 locales”.",
      "La expansión llega en un momento de márgenes ajustados. La empresa reportó ingresos por " +
        "3,1 billones de pesos en el último trimestre, un 9 % más que un año antes. El reporte " +
        "trimestral advierte que la competencia entre cadenas de descuento “seguirá presionando la " +
        "rentabilidad del sector durante 2026”.",
      "Para Andrés Felipe Rincón Gaviria, analista de renta variable de Valores del Norte, la " +
        "apuesta tiene sentido. “Es una jugada razonable, pero el mercado ecuatoriano tiene una " +
        "competencia muy consolidada”, dijo Rincón, quien recordó que otras dos cadenas colombianas " +
        "salieron de ese país antes de 2020.",
      "Un directivo de una cadena ecuatoriana, que pidió no ser identificado, fue más escéptico: " +
        "“Llegan a una guerra de precios que aquí ya lleva dos años”.",
    ],
    quotes: [
      ["Ecuador es el paso natural para nosotros", "Laura Cristina Méndez Ardila"],
      [
        "El consumidor ecuatoriano busca lo mismo que el colombiano: precio bajo sin sacrificar calidad",
        "Laura Cristina Méndez Ardila",
      ],
      ["ya tiene firmados los contratos de arrendamiento de 22 locales", "Laura Cristina Méndez Ardila"],
      ["seguirá presionando la rentabilidad del sector durante 2026", "El reporte trimestral"],
      [
        "Es una jugada razonable, pero el mercado ecuatoriano tiene una competencia muy consolidada",
        "Andrés Felipe Rincón Gaviria",
      ],
      ["Llegan a una guerra de precios que aquí ya lleva dos años", "Un directivo de una cadena ecuatoriana"],
    ],
  },
  {
    name:
      "Diario Uno, salud: cita del titular repetida en el cuerpo con «insistió la directora», cita " +
      "parcial con «Según la funcionaria», «La especialista» con dos puntos, jefe de guardia con cita " +
      "parcial y cita con «contó el médico», nombre de un programa (no cita), colegio profesional en un " +
      "comunicado",
    headline: "Mendoza amplía la vacunación antigripal: “No hay que esperar al pico de casos”",
    paragraphs: [
      "El Ministerio de Salud de Mendoza amplió desde este lunes la campaña de vacunación " +
        "antigripal a todas las personas de entre 50 y 64 años, aun sin factores de riesgo, ante el " +
        "adelanto de la circulación del virus en la provincia.",
      "“No hay que esperar al pico de casos”, insistió la directora de Epidemiología, Valeria " +
        "Sosa Lucero, en conferencia de prensa. Según la funcionaria, en las últimas tres semanas " +
        "se notificaron 1.340 casos de enfermedad tipo influenza, “casi el doble de lo esperable " +
        "para esta época del año”.",
      "La especialista precisó que la mayoría de las internaciones corresponde a adultos mayores " +
        "no vacunados: “De los 46 pacientes internados, 38 no tenían la dosis de este año”.",
      "En el hospital Lagomaggiore, el jefe de guardia, Gustavo Pérez Allende, describió una " +
        "demanda “que se parece a la de julio, no a la de mayo”. “Tenemos los boxes llenos desde " +
        "las nueve de la mañana”, contó el médico.",
      "Las dosis se aplican en los vacunatorios públicos de la provincia y en las farmacias " +
        "adheridas al programa “Vacunate en tu barrio”, sin necesidad de orden médica.",
      "Desde el Colegio Farmacéutico de Mendoza señalaron en un comunicado que las farmacias " +
        "“cuentan con stock suficiente para las próximas dos semanas”.",
    ],
    quotes: [
      ["No hay que esperar al pico de casos", "Valeria Sosa Lucero"],
      ["casi el doble de lo esperable para esta época del año", "Valeria Sosa Lucero"],
      ["De los 46 pacientes internados, 38 no tenían la dosis de este año", "Valeria Sosa Lucero"],
      ["que se parece a la de julio, no a la de mayo", "Gustavo Pérez Allende"],
      ["Tenemos los boxes llenos desde las nueve de la mañana", "Gustavo Pérez Allende"],
      ["cuentan con stock suficiente para las próximas dos semanas", "el Colegio Farmacéutico de Mendoza"],
    ],
  },
  {
    name:
      "Diario de Almería, cultura: cita de la entradilla repetida en el cuerpo con «explicó la autora», " +
      "«La almeriense» con cita parcial, comisario con «resumió», diputado con cita parcial, vecina " +
      "retratada con «confesó», títulos de la exposición y de una obra (no citas)",
    headline: "El Museo de Arte de Almería abre una muestra sobre los cortijeros del Cabo de Gata",
    standfirst:
      "La fotógrafa Pilar Requena expone 70 imágenes tomadas durante cuatro décadas: «Quería que no se " +
      "perdiera su forma de hablar, de mirar»",
    paragraphs: [
      "El Museo de Arte de Almería inauguró este viernes en el espacio Doña Pakyta «Tierra de " +
        "nadie», una exposición con 70 fotografías en blanco y negro de Pilar Requena Ibáñez que " +
        "retratan a las familias que vivían en los cortijos del Parque Natural Cabo de Gata-Níjar " +
        "entre 1978 y 2019.",
      "«Quería que no se perdiera su forma de hablar, de mirar», explicó la autora durante la " +
        "visita guiada a los medios. La almeriense, de 67 años, recordó que muchos de los " +
        "retratados «nunca habían visto una cámara de cerca» cuando empezó a fotografiarlos.",
      "La muestra se organiza en tres salas: la vida en los cortijos, el trabajo en las salinas y " +
        "el éxodo hacia los invernaderos del Poniente. «Es la historia de cómo se vació una tierra " +
        "y se llenó otra», resumió el comisario, Juan Antonio Cazorla Gil.",
      "El diputado de Cultura de la Diputación de Almería, Fernando Giménez Soler, destacó que la " +
        "exposición «salda una deuda con la memoria de la provincia» y anunció que viajará después " +
        "a Granada y Jaén.",
      "Entre los asistentes estaba Encarna Fuentes Martínez, de 84 años, que aparece de niña en " +
        "una de las fotografías más conocidas de la serie, con un cántaro en la cabeza junto al " +
        "cortijo del Fraile, escenario del crimen que inspiró «Bodas de sangre». «Yo no me acordaba " +
        "de esa foto. Me he visto y me han entrado ganas de llorar», confesó.",
      "La exposición podrá visitarse hasta el 15 de marzo, de martes a domingo, con entrada gratuita.",
    ],
    quotes: [
      ["Quería que no se perdiera su forma de hablar, de mirar", "Pilar Requena Ibáñez"],
      ["nunca habían visto una cámara de cerca", "Pilar Requena Ibáñez"],
      ["Es la historia de cómo se vació una tierra y se llenó otra", "Juan Antonio Cazorla Gil"],
      ["salda una deuda con la memoria de la provincia", "Fernando Giménez Soler"],
      [
        "Yo no me acordaba de esa foto. Me he visto y me han entrado ganas de llorar",
        "Encarna Fuentes Martínez",
      ],
    ],
  },
  {
    name:
      "El Día, ciencia: investigadora con «afirmó la directora del estudio», apodo del fósil (no cita), " +
      "«Según explicó la paleontóloga» y cita con «detalló», becario con «recordó el joven " +
      "investigador» y segunda cita sin verbo, artículo científico que «sostiene», cita final con " +
      "apellidos",
    todo:
      "a name introduced after a role and an institution («la investigadora del Conicet Mariela " +
      "Fernández Herrera») loses the given name and every quote gets the surnames only",
    headline:
      "Investigadores del Museo de La Plata hallan en Chubut un cocodrilo marino de 150 millones de años",
    paragraphs: [
      "Un equipo de paleontólogos de la Facultad de Ciencias Naturales y Museo de la UNLP " +
        "describió una nueva especie de cocodrilo marino del Jurásico a partir de un cráneo casi " +
        "completo hallado cerca de Cerro Cóndor, en Chubut. El trabajo fue publicado esta semana en " +
        "el Journal of Vertebrate Paleontology.",
      "“Es uno de los cráneos más completos de este grupo que se encontraron en el hemisferio " +
        "sur”, afirmó la directora del estudio, la investigadora del Conicet Mariela Fernández " +
        "Herrera. El animal, al que el equipo apodó “el cazador de Cerro Cóndor”, medía cerca de " +
        "cuatro metros y tenía aletas en lugar de patas.",
      "Según explicó la paleontóloga, el ejemplar estaba adaptado a la vida en mar abierto. " +
        "“Tenía el hocico largo y fino, con dientes pensados para atrapar peces y calamares”, " +
        "detalló.",
      "El hallazgo se produjo en 2021, cuando un becario del equipo, Tomás Aguirre Lanza, detectó " +
        "fragmentos de hueso en una ladera. “Al principio pensamos que era una tortuga”, recordó el " +
        "joven investigador, que hoy hace su doctorado sobre el material. “Tardamos tres campañas " +
        "en sacar todo el bloque”.",
      "El artículo sostiene que la especie “amplía la distribución conocida de los " +
        "metriorrínquidos hacia el sur de Gondwana”, un dato que obliga a revisar cómo se " +
        "conectaban los mares de la época.",
      "El cráneo se exhibirá desde abril en la sala de paleontología del Museo. “Queremos que los " +
        "chicos de La Plata lo vean antes que nadie”, adelantó Fernández Herrera.",
    ],
    quotes: [
      [
        "Es uno de los cráneos más completos de este grupo que se encontraron en el hemisferio sur",
        "Mariela Fernández Herrera",
      ],
      [
        "Tenía el hocico largo y fino, con dientes pensados para atrapar peces y calamares",
        "Mariela Fernández Herrera",
      ],
      ["Al principio pensamos que era una tortuga", "Tomás Aguirre Lanza"],
      ["Tardamos tres campañas en sacar todo el bloque", "Tomás Aguirre Lanza"],
      ["amplía la distribución conocida de los metriorrínquidos hacia el sur de Gondwana", "El artículo"],
      ["Queremos que los chicos de La Plata lo vean antes que nadie", "Mariela Fernández Herrera"],
    ],
  },
  {
    name:
      "El Sudcaliforniano, desastre: nombre del huracán entre comillas (no cita), coordinador de " +
      "Protección Civil con dos puntos y cita con «precisó», vecina con «contó», CFE en un comunicado " +
      "con sigla, alcaldesa con «anunció la alcaldesa»",
    headline: "Huracán “Lorena” deja sin luz a 40 mil usuarios en La Paz y Los Cabos",
    paragraphs: [
      "El huracán “Lorena”, de categoría 1, tocó tierra la madrugada de este miércoles al sur de " +
        "Todos Santos y dejó a su paso inundaciones, árboles caídos y cerca de 40 mil usuarios sin " +
        "energía eléctrica en los municipios de La Paz y Los Cabos, informó la Comisión Federal de " +
        "Electricidad (CFE).",
      "En conferencia de prensa, el coordinador estatal de Protección Civil, Humberto Lucero " +
        "Geraldo, pidió a la población no salir de casa: “El ojo ya pasó, pero las bandas de lluvia " +
        "van a seguir toda la tarde y los arroyos siguen crecidos”.",
      "El funcionario informó que 1,200 personas permanecen en los 34 albergues habilitados y que " +
        "no se reportan personas fallecidas. “Tenemos dos personas lesionadas leves en Cabo San " +
        "Lucas, ninguna de gravedad”, precisó.",
      "En la colonia El Manglito, vecinos sacaban con cubetas el agua que entró a sus viviendas. " +
        "“A las cuatro de la mañana el agua ya nos llegaba a las rodillas”, contó Rosa Amador " +
        "Castro, de 58 años, mientras acomodaba colchones en la banqueta.",
      "La CFE señaló en un comunicado que “el 65 por ciento de los usuarios afectados tendrá el " +
        "servicio restablecido antes de la noche” y que envió 300 trabajadores desde Sinaloa y " +
        "Sonora.",
      "La presidenta municipal de La Paz, Alejandra Beltrán Ojeda, suspendió las actividades " +
        "escolares. “Las clases quedan suspendidas jueves y viernes en todo el municipio”, anunció " +
        "la alcaldesa a través de sus redes sociales.",
    ],
    quotes: [
      [
        "El ojo ya pasó, pero las bandas de lluvia van a seguir toda la tarde y los arroyos siguen crecidos",
        "Humberto Lucero Geraldo",
      ],
      [
        "Tenemos dos personas lesionadas leves en Cabo San Lucas, ninguna de gravedad",
        "Humberto Lucero Geraldo",
      ],
      ["A las cuatro de la mañana el agua ya nos llegaba a las rodillas", "Rosa Amador Castro"],
      [
        "el 65 por ciento de los usuarios afectados tendrá el servicio restablecido antes de la noche",
        "la Comisión Federal de Electricidad",
      ],
      ["Las clases quedan suspendidas jueves y viernes en todo el municipio", "Alejandra Beltrán Ojeda"],
    ],
  },
  {
    name:
      "Opinión, educación (comillas rectas): director departamental con «informó» tras la cita, «La " +
      "autoridad» con «aseguró», nombre de un programa (no cita), dirigente del magisterio con cita " +
      "parcial, madre con «comentó», padre anónimo con cita parcial, Senamhi en su boletín",
    headline: "Descanso pedagógico de invierno se adelanta una semana en Cochabamba por el frío",
    paragraphs: [
      "La Dirección Departamental de Educación (DDE) de Cochabamba anunció este lunes que el " +
        "descanso pedagógico de invierno comenzará el 23 de junio, una semana antes de lo previsto, " +
        "debido a las bajas temperaturas registradas en el valle y en las zonas altas del " +
        "departamento.",
      '"Hemos tomado esta decisión para proteger la salud de los estudiantes, especialmente de ' +
        'los más pequeños", informó el director departamental de Educación, Iván Rojas Claros, en ' +
        "conferencia de prensa.",
      "La autoridad explicó que el descanso durará dos semanas y que las clases se reanudarán el " +
        '7 de julio. "No se perderán contenidos, porque las unidades educativas recuperarán los ' +
        'días con actividades complementarias", aseguró. También anunció que el programa "Mi ' +
        'escuela abrigada" repartirá 5.000 chamarras en unidades educativas rurales.',
      "La medida no convenció a todos. El dirigente del Magisterio Urbano de Cochabamba, Freddy " +
        "Villarroel Mamani, dijo que los maestros no fueron consultados y advirtió que la " +
        'recuperación de clases "no puede cargarse sobre las espaldas de los profesores".',
      'Entre los padres de familia, las opiniones estaban divididas. "Mi hija entra a las 7.30 y ' +
        'a esa hora hace dos grados. Está bien que descansen", comentó Carla Zurita Vega, madre de ' +
        "una alumna de la zona de Cala Cala. Un padre de familia de la zona sur, que prefirió no " +
        'dar su nombre, lamentó que "otra vez los chicos pierdan clases por culpa de la ' +
        'improvisación".',
      "El Senamhi pronosticó para esta semana temperaturas mínimas de hasta 8 grados bajo cero en " +
        'las provincias altas e informó en su boletín que el frente frío "se mantendrá al menos ' +
        'hasta el jueves".',
    ],
    quotes: [
      [
        "Hemos tomado esta decisión para proteger la salud de los estudiantes, especialmente de los " +
          "más pequeños",
        "Iván Rojas Claros",
      ],
      [
        "No se perderán contenidos, porque las unidades educativas recuperarán los días con " +
          "actividades complementarias",
        "Iván Rojas Claros",
      ],
      ["no puede cargarse sobre las espaldas de los profesores", "Freddy Villarroel Mamani"],
      ["Mi hija entra a las 7.30 y a esa hora hace dos grados. Está bien que descansen", "Carla Zurita Vega"],
      [
        "otra vez los chicos pierdan clases por culpa de la improvisación",
        "Un padre de familia de la zona sur",
      ],
      ["se mantendrá al menos hasta el jueves", "El Senamhi"],
    ],
  },
  {
    name:
      "Trome, policiales: alias entre comillas simples en el titular y el cuerpo (no citas), coronel " +
      "con «explicó» tras la cita y «detalló el coronel», víctima con «dijo entre lágrimas», Fiscalía " +
      "en su requerimiento con cita parcial, consejo final con apellido",
    headline: "¡Cayó ‘Chino Malo’! Capturan a cabecilla de banda que robaba celulares en el Metropolitano",
    paragraphs: [
      "Agentes de la División de Robos de la PNP capturaron a Jhonatan Quispe Huamán (28), alias " +
        "‘Chino Malo’, señalado como cabecilla de la banda ‘Los Rápidos del Metro’, que robaba " +
        "celulares a pasajeros en las estaciones del Metropolitano de Lima.",
      "“Esta banda actuaba en horas punta, cuando las estaciones están llenas y la gente no se da " +
        "cuenta”, explicó el jefe de la División de Robos, coronel PNP Walter Ccori Pacheco, " +
        "durante la presentación de los detenidos.",
      "Según el oficial, los delincuentes se repartían los roles: uno empujaba, otro sustraía el " +
        "equipo y un tercero lo recibía fuera de la estación. “En menos de diez segundos el celular " +
        "ya estaba en otras manos”, detalló el coronel.",
      "En la vivienda de San Juan de Lurigancho donde fue intervenido ‘Chino Malo’, los agentes " +
        "hallaron 63 celulares de alta gama, chips de distintas operadoras y una laptop con " +
        "programas para desbloquear equipos.",
      "Una de las víctimas, la estudiante Milagros Paredes Roca (21), contó a Trome que le " +
        "robaron el celular en la estación Canaval y Moreyra. “Sentí un empujón y cuando reaccioné " +
        "ya no tenía nada en el bolsillo. Ahí tenía las fotos de mi abuelita que falleció”, dijo " +
        "entre lágrimas.",
      "La Fiscalía Provincial Penal de San Juan de Lurigancho pidió nueve meses de prisión " +
        "preventiva para los tres detenidos. En su requerimiento, sostiene que existen “graves y " +
        "fundados elementos de convicción” contra ellos.",
      "“Ya no se suban al Metropolitano con el celular en la mano”, recomendó Ccori a los usuarios.",
    ],
    quotes: [
      [
        "Esta banda actuaba en horas punta, cuando las estaciones están llenas y la gente no se da cuenta",
        "Walter Ccori Pacheco",
      ],
      ["En menos de diez segundos el celular ya estaba en otras manos", "Walter Ccori Pacheco"],
      [
        "Sentí un empujón y cuando reaccioné ya no tenía nada en el bolsillo. Ahí tenía las fotos " +
          "de mi abuelita que falleció",
        "Milagros Paredes Roca",
      ],
      ["graves y fundados elementos de convicción", "La Fiscalía Provincial Penal de San Juan de Lurigancho"],
      ["Ya no se suban al Metropolitano con el celular en la mano", "Walter Ccori Pacheco"],
    ],
  },
]);
