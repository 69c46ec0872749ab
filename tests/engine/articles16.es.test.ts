// A sixteenth round of composed Spanish news articles, in the styles of outlets and beats the first
// fifteen rounds did not use: Diario de Pontevedra (a water-rate rise voted in Pontevedra's council),
// Vanguardia (a former education secretary sentenced over school meals, Bucaramanga, Colombia), Ovación
// (a Los Teros rugby win over Chile, Uruguay), El Cronista (a dairy company files for creditor protection,
// Argentina), Noroeste (mothers protest a shortage of children's cancer drugs, Culiacán, México), Diario
// de Jerez (a flamenco premiere opens the Festival de Jerez), La Prensa Austral (Antarctic krill moving
// south, Punta Arenas, Chile), La Tribuna (a river floods La Lima, Honduras), El Telégrafo (university
// admission results, Ecuador, straight quotation marks) and El Pitazo (a cable-theft gang caught in
// Barquisimeto, Venezuela).
// Every article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Diario de Pontevedra, política local: cita del titular repetida en el cuerpo, concejal con " +
      "verbo pospuesto y después «el edil», informe de Intervención que «advierte», portavoz con dos " +
      "puntos y comillas anidadas, cita parcial con «replicó», federación vecinal en un comunicado",
    headline: "Pontevedra sube la tasa del agua un 6 %: «Llevamos once años sin tocarla»",
    paragraphs: [
      "El Pleno del Concello de Pontevedra aprobó este viernes, con los votos del BNG y el PSdeG, " +
        "la subida del 6 % de la tasa de abastecimiento de agua, que entrará en vigor en enero y " +
        "supondrá unos 9 euros más al año para una familia media.",
      "«Llevamos once años sin tocarla», justificó el concejal de Infraestructuras, Xosé Manuel " +
        "Pazos Lago, que atribuyó la subida al encarecimiento de la energía y de los reactivos de " +
        "la potabilizadora de Monte Porreiro. «O actualizamos la tasa o dejamos de invertir en las " +
        "redes, y las redes no esperan», añadió el edil nacionalista.",
      "El informe de la Intervención municipal que acompaña al expediente advierte de que el " +
        "servicio acumula un déficit de 1,4 millones y de que, sin la subida, ese agujero " +
        "«seguirá creciendo a un ritmo insostenible».",
      "El portavoz del PP, Rafael Domínguez Pena, votó en contra y lo explicó con dureza: «Este " +
        "gobierno presume del “modelo Pontevedra” en todas partes, pero a los vecinos solo les " +
        "llega la factura».",
      "Pazos replicó desde su escaño que la tarifa de Pontevedra «sigue estando entre las más " +
        "baratas de Galicia».",
      "La Federación de Asociaciones Vecinais de Pontevedra pidió en un comunicado una tarifa " +
        "social para las familias con menos ingresos y recordó que «el agua no puede ser un lujo " +
        "en una ciudad donde llueve medio año».",
    ],
    quotes: [
      ["Llevamos once años sin tocarla", "Xosé Manuel Pazos Lago"],
      [
        "O actualizamos la tasa o dejamos de invertir en las redes, y las redes no esperan",
        "Xosé Manuel Pazos Lago",
      ],
      ["seguirá creciendo a un ritmo insostenible", "El informe de la Intervención municipal"],
      [
        "Este gobierno presume del “modelo Pontevedra” en todas partes, pero a los vecinos solo " +
          "les llega la factura",
        "Rafael Domínguez Pena",
      ],
      ["sigue estando entre las más baratas de Galicia", "Xosé Manuel Pazos Lago"],
      [
        "el agua no puede ser un lujo en una ciudad donde llueve medio año",
        "La Federación de Asociaciones Vecinais de Pontevedra",
      ],
    ],
  },
  {
    name:
      "Vanguardia, tribunales: cita de la entradilla repetida en el cuerpo, jueza con «agregó la " +
      "funcionaria judicial», «de acuerdo con el fallo» con cita parcial, Fiscalía en un comunicado " +
      "y «el ente acusador», abogado con dos puntos, condenado con verbo antepuesto, fuente anónima, " +
      "nombre de un contrato entre comillas (no cita)",
    headline: "A la cárcel exsecretario de Educación de Santander por contrato de alimentación escolar",
    standfirst:
      "“El daño a los niños no se repara con una sentencia”, dijo la jueza al leer la " + "decisión",
    paragraphs: [
      "La jueza Tercera Penal del Circuito de Bucaramanga, Martha Cecilia Ardila Rueda, condenó a " +
        "9 años y 4 meses de prisión al exsecretario de Educación de Santander Jorge Iván Quintero " +
        "Gómez por los delitos de contrato sin cumplimiento de requisitos legales y peculado por " +
        "apropiación en el Programa de Alimentación Escolar (PAE) de 2022.",
      "“El daño a los niños no se repara con una sentencia”, dijo la jueza al leer la decisión " +
        "en la audiencia, que se prolongó durante más de cinco horas. “Pero la sociedad necesita " +
        "saber que quien roba la comida de un colegio responde ante la justicia”, agregó la " +
        "funcionaria judicial.",
      "De acuerdo con el fallo, el exfuncionario firmó el contrato “Nutriendo Futuro” sin " +
        "estudios previos y avaló pagos por raciones que “nunca llegaron a las sedes educativas " +
        "de 14 municipios”.",
      "La Fiscalía General de la Nación indicó en un comunicado que el detrimento patrimonial " +
        "supera los 3.200 millones de pesos. “Se trata de uno de los casos más graves de " +
        "corrupción en el PAE en el oriente del país”, señaló el ente acusador.",
      "El abogado defensor, Camilo Andrés Serrano Plata, anunció que apelará la decisión ante el " +
        "Tribunal Superior: “Mi cliente no tenía a su cargo la supervisión del contrato y así lo " +
        "vamos a demostrar en segunda instancia”.",
      "Quintero, que escuchó la sentencia sin mostrar emoción, se limitó a decir a Vanguardia " +
        "antes de ser trasladado a la cárcel de Palogordo: “Soy inocente y confío en Dios”.",
      "Una fuente cercana a la investigación aseguró que otros dos exfuncionarios de la " +
        "Gobernación serán imputados en las próximas semanas y que “hay más nombres que van a " +
        "salir”.",
    ],
    quotes: [
      ["El daño a los niños no se repara con una sentencia", "Martha Cecilia Ardila Rueda"],
      [
        "Pero la sociedad necesita saber que quien roba la comida de un colegio responde ante la " +
          "justicia",
        "Martha Cecilia Ardila Rueda",
      ],
      ["nunca llegaron a las sedes educativas de 14 municipios", "el fallo"],
      [
        "Se trata de uno de los casos más graves de corrupción en el PAE en el oriente del país",
        "La Fiscalía General de la Nación",
      ],
      [
        "Mi cliente no tenía a su cargo la supervisión del contrato y así lo vamos a demostrar en " +
          "segunda instancia",
        "Camilo Andrés Serrano Plata",
      ],
      ["Soy inocente y confío en Dios", "Jorge Iván Quintero Gómez"],
      ["hay más nombres que van a salir", "Una fuente cercana a la investigación"],
    ],
  },
  {
    name:
      "Ovación, rugby: entrenador con verbo pospuesto y segunda cita sin verbo, capitán con nombre " +
      "y luego «el apertura» con dos puntos, cita que sigue en un segundo párrafo, técnico rival con " +
      "verbo invertido, apodo entre comillas (no cita)",
    headline: "Los Teros vencieron a Chile y quedaron a un paso del Mundial",
    paragraphs: [
      "Los Teros derrotaron 27-19 a Chile en el Estadio Charrúa y quedaron a un triunfo de " +
        "asegurar su lugar en el Mundial de Australia 2027. El partido se definió en los últimos " +
        "diez minutos, con un try de Felipe “Chueco” Arcos tras un maul desde la touch.",
      "“Sufrimos, pero este equipo sabe sufrir”, dijo el entrenador Martín Giménez Salaberry al " +
        "terminar el encuentro. “Chile nos complicó en el line y en el contacto, y tuvimos que " +
        "ajustar en el entretiempo”.",
      "El capitán, Andrés Vilaseca Ferrés, jugó los 80 minutos pese a una molestia en el tobillo. " +
        "Consultado por Ovación, el apertura le restó importancia: “Estoy bien. Lo único que " +
        "importa es el sábado en Santiago”.",
      "Giménez también tuvo palabras para la hinchada, que llenó las tribunas del Charrúa: “Hace " +
        "años que no veíamos algo así. La gente nos empujó en el último cuarto.",
      "“Ojalá que en la vuelta viaje mucha gente, porque allá va a ser muy difícil”.",
      "“Nos faltó cabeza en los momentos clave”, admitió el entrenador de Los Cóndores, Gonzalo " +
        "Urrutia Bravo, que igual se llevó un punto bonus por perder por menos de siete.",
    ],
    quotes: [
      ["Sufrimos, pero este equipo sabe sufrir", "Martín Giménez Salaberry"],
      [
        "Chile nos complicó en el line y en el contacto, y tuvimos que ajustar en el entretiempo",
        "Martín Giménez Salaberry",
      ],
      ["Estoy bien. Lo único que importa es el sábado en Santiago", "Andrés Vilaseca Ferrés"],
      [
        "Hace años que no veíamos algo así. La gente nos empujó en el último cuarto.",
        "Martín Giménez Salaberry",
      ],
      [
        "Ojalá que en la vuelta viaje mucha gente, porque allá va a ser muy difícil",
        "Martín Giménez Salaberry",
      ],
      ["Nos faltó cabeza en los momentos clave", "Gonzalo Urrutia Bravo"],
    ],
  },
  {
    name:
      "El Cronista, empresas: cita parcial de la entradilla repetida en el cuerpo, empresa que " +
      "explicó en un hecho relevante, CEO con nombre y luego «el directivo», sindicalista con dos " +
      "puntos, «según» un analista con cita parcial, ejecutivo anónimo de un banco, marca entre " +
      "comillas (no cita)",
    todo: "partial quotes after «X atribuyó … a» and «la empresa explicó que …» get no speaker",
    headline: "Láctea Pampeana pidió concurso preventivo con deudas por $ 180.000 millones",
    standfirst:
      "Láctea Pampeana atribuyó la decisión a «la caída del consumo y la suba de costos». El " +
      "gremio teme por 1.400 puestos de trabajo",
    paragraphs: [
      "Láctea Pampeana, la tercera procesadora de leche del país, se presentó ayer en concurso " +
        "preventivo de acreedores ante un juzgado comercial de Trenque Lauquen, con un pasivo que " +
        "supera los $ 180.000 millones.",
      "En un hecho relevante enviado a la Comisión Nacional de Valores (CNV), la empresa atribuyó " +
        "el pedido a «la caída del consumo y la suba de costos», explicó que la medida busca " +
        "«preservar la fuente de trabajo y la continuidad operativa de las cuatro plantas» y " +
        "aseguró que los tambos proveedores «seguirán cobrando en tiempo y forma».",
      "El CEO de la compañía, Martín Echegaray Lanusse, dijo a El Cronista que la firma no " +
        "piensa cerrar ninguna planta. «No es una quiebra ni nada parecido. Es una herramienta " +
        "para ordenar los pasivos y seguir produciendo», afirmó.",
      "El directivo admitió que la marca «Valle Verde», la más conocida del grupo, perdió seis " +
        "puntos de participación en góndola en el último año. «Los consumidores se pasaron a " +
        "segundas marcas y no volvieron», reconoció el directivo.",
      "El secretario general de la seccional Trenque Lauquen de la Asociación de Trabajadores de " +
        "la Industria Lechera (Atilra), Héctor Ponce Aramburu, advirtió: «Si hay un solo " +
        "despido, paramos las cuatro plantas».",
      "Según Federico Luchetti Marcó, analista de la consultora Ecolatina, el caso «no es " +
        "aislado»: la industria láctea procesó en el primer semestre un 8 % menos de leche que un " +
        "año antes.",
      "Un ejecutivo de uno de los bancos acreedores, que pidió reserva de su nombre, estimó que " +
        "la negociación con los acreedores «va a llevar no menos de un año».",
    ],
    quotes: [
      ["la caída del consumo y la suba de costos", "Láctea Pampeana"],
      ["preservar la fuente de trabajo y la continuidad operativa de las cuatro plantas", "Láctea Pampeana"],
      ["seguirán cobrando en tiempo y forma", "Láctea Pampeana"],
      [
        "No es una quiebra ni nada parecido. Es una herramienta para ordenar los pasivos y " +
          "seguir produciendo",
        "Martín Echegaray Lanusse",
      ],
      ["Los consumidores se pasaron a segundas marcas y no volvieron", "Martín Echegaray Lanusse"],
      ["Si hay un solo despido, paramos las cuatro plantas", "Héctor Ponce Aramburu"],
      ["no es aislado", "Federico Luchetti Marcó"],
      ["va a llevar no menos de un año", "Un ejecutivo de uno de los bancos acreedores"],
    ],
  },
  {
    name:
      "Noroeste, salud: cita del titular repetida en el cuerpo, madre con nombre y luego «la " +
      "mujer», secretaria de Salud con «afirmó la funcionaria estatal», organismo en una tarjeta " +
      "informativa con cita parcial, oncóloga anónima con dos puntos, lema de una pancarta (no cita)",
    headline: "Madres bloquean el Hospital Pediátrico: “Nuestros hijos no pueden esperar”",
    paragraphs: [
      "Una veintena de madres y padres de niños con cáncer bloqueó durante tres horas la entrada " +
        "del Hospital Pediátrico de Sinaloa, en Culiacán, para exigir el abasto de metotrexato y " +
        "vincristina, dos medicamentos de quimioterapia que faltan desde hace cinco semanas.",
      "Con pancartas que decían “Sin medicinas no hay vida”, las familias se instalaron desde las " +
        "8:00 horas sobre la calle Donato Guerra. “Nuestros hijos no pueden esperar”, dijo Yesenia " +
        "Beltrán Inzunza, madre de Ángel, un niño de 7 años con leucemia. “Cada semana sin " +
        "tratamiento es una semana que le damos ventaja a la enfermedad”, lamentó la mujer, " +
        "originaria de Navolato.",
      "La secretaria de Salud de Sinaloa, Cecilia Lugo Camacho, acudió al hospital al mediodía y " +
        "se reunió con una comisión de madres. “El medicamento ya viene en camino y el lunes " +
        "estará en el hospital”, afirmó la funcionaria estatal al salir del encuentro.",
      "Sin embargo, el IMSS-Bienestar, que administra la compra consolidada, informó mediante " +
        "una tarjeta informativa que la entrega depende de un proveedor extranjero y que el " +
        "abasto se normalizará “en las próximas semanas”.",
      "Una oncóloga del hospital, que pidió no ser identificada por temor a represalias, explicó " +
        "a Noroeste que ya se han tenido que reprogramar tratamientos: “Estamos dando prioridad a " +
        "los casos más graves, pero eso no debería pasar en ningún hospital”.",
      "Beltrán advirtió que las familias volverán a manifestarse si el lunes no llegan las " +
        "medicinas. “Ya nos han prometido lo mismo tres veces”, recordó.",
    ],
    quotes: [
      ["Nuestros hijos no pueden esperar", "Yesenia Beltrán Inzunza"],
      [
        "Cada semana sin tratamiento es una semana que le damos ventaja a la enfermedad",
        "Yesenia Beltrán Inzunza",
      ],
      ["El medicamento ya viene en camino y el lunes estará en el hospital", "Cecilia Lugo Camacho"],
      ["en las próximas semanas", "el IMSS-Bienestar"],
      [
        "Estamos dando prioridad a los casos más graves, pero eso no debería pasar en ningún hospital",
        "Una oncóloga del hospital",
      ],
      ["Ya nos han prometido lo mismo tres veces", "Yesenia Beltrán Inzunza"],
    ],
  },
  {
    name:
      "Diario de Jerez, cultura: título del espectáculo en el titular y el cuerpo (no cita), " +
      "bailaora con nombre y luego «la artista», cita interrumpida por la atribución, director del " +
      "festival con dos puntos, guitarrista con cita delante y apellido que es un topónimo, " +
      "Ayuntamiento en una nota con cita parcial",
    headline: "Rocío Garrido Jiménez abre el Festival de Jerez con «Tierra de nadie»",
    paragraphs: [
      "La bailaora jerezana Rocío Garrido Jiménez estrenó anoche en el Teatro Villamarta «Tierra " +
        "de nadie», el espectáculo que abrió la 31.ª edición del Festival de Jerez ante un patio " +
        "de butacas lleno y con buena parte del público en pie durante más de cinco minutos.",
      "«Este espectáculo nace de las casas de vecinos de Santiago», explicó la bailaora antes de " +
        "la función, «de las mujeres que cantaban mientras lavaban en el patio».",
      "La artista, que ha trabajado dos años en la obra junto al guitarrista Manuel Valencia " +
        "Carpio, reconoció que el proceso fue duro. «Hubo días en que no me salía ni un paso. Me " +
        "sentaba en el estudio y lloraba», confesó.",
      "El director del Festival, Francisco Javier Lozano Romero, no escondió su satisfacción: " +
        "«Abrir con una artista de la tierra y con una producción propia es la mejor declaración " +
        "de intenciones que podíamos hacer».",
      "«Rocío baila lo que yo toco y yo toco lo que ella baila; al final no sabes quién lleva a " +
        "quién», resumió Valencia tras la función.",
      "El Ayuntamiento de Jerez destacó en una nota que el festival ha vendido ya el 85 % de las " +
        "entradas y que reunirá a «más de 1.200 alumnos de 40 países» en sus cursos.",
      "El ciclo continúa esta noche en la Sala Paúl con «Alegrías de la Isla», de la compañía " +
        "gaditana Flamenco Vivo.",
    ],
    quotes: [
      ["Este espectáculo nace de las casas de vecinos de Santiago", "Rocío Garrido Jiménez"],
      ["de las mujeres que cantaban mientras lavaban en el patio", "Rocío Garrido Jiménez"],
      [
        "Hubo días en que no me salía ni un paso. Me sentaba en el estudio y lloraba",
        "Rocío Garrido Jiménez",
      ],
      [
        "Abrir con una artista de la tierra y con una producción propia es la mejor declaración " +
          "de intenciones que podíamos hacer",
        "Francisco Javier Lozano Romero",
      ],
      [
        "Rocío baila lo que yo toco y yo toco lo que ella baila; al final no sabes quién lleva a quién",
        "Manuel Valencia Carpio",
      ],
      ["más de 1.200 alumnos de 40 países", "El Ayuntamiento de Jerez"],
    ],
  },
  {
    name:
      "La Prensa Austral, ciencia: fragmento del titular repetido en el cuerpo, bióloga con nombre " +
      "y luego «la científica», artículo que «señala», nombre de un buque entre comillas (no cita), " +
      "director con «para» y «sostuvo», subsecretaría que «indicó» con cita parcial",
    headline: "El krill antártico se desplaza al sur: investigadora lo ve como “una alarma temprana”",
    paragraphs: [
      "Un equipo del Instituto Antártico Chileno (INACH) y la Universidad de Magallanes comprobó " +
        "que las mayores concentraciones de krill antártico se han desplazado unos 440 kilómetros " +
        "hacia el sur en las últimas cuatro décadas, según un estudio publicado esta semana en la " +
        "revista Global Change Biology.",
      "La autora principal del trabajo, la bióloga marina Valeria Oyarzún Barría, calificó el " +
        "hallazgo como “una alarma temprana” para todo el ecosistema austral. “El krill es la " +
        "base de la dieta de ballenas, pingüinos y focas. Si el krill se mueve, toda la cadena se " +
        "mueve con él”, explicó la científica puntarenense.",
      "El artículo señala que el calentamiento del mar de Bellingshausen “reduce la extensión " +
        "del hielo marino invernal, del que dependen las larvas para alimentarse”.",
      "Los datos se obtuvieron en cinco campañas a bordo del buque “Betanzos” entre 2021 y 2025, " +
        "y se compararon con registros históricos que se remontan a 1980.",
      "Para el director del INACH, Gonzalo Vera Saavedra, el estudio confirma la importancia de " +
        "investigar desde Magallanes. “Punta Arenas es la puerta de entrada a la Antártica, y eso " +
        "nos obliga a ser también la puerta de entrada del conocimiento”, sostuvo.",
      "Oyarzún advirtió que la pesquería de krill debería revisar sus cuotas: “No estamos " +
        "diciendo que haya que cerrarla. Estamos diciendo que la pesca se concentra justo donde " +
        "el krill está desapareciendo”.",
      "Consultada por La Prensa Austral, la Subsecretaría de Pesca indicó que “analizará los " +
        "resultados” antes de la próxima reunión de la comisión internacional que fija las cuotas.",
    ],
    quotes: [
      ["una alarma temprana", "Valeria Oyarzún Barría"],
      [
        "El krill es la base de la dieta de ballenas, pingüinos y focas. Si el krill se mueve, " +
          "toda la cadena se mueve con él",
        "Valeria Oyarzún Barría",
      ],
      [
        "reduce la extensión del hielo marino invernal, del que dependen las larvas para alimentarse",
        "El artículo",
      ],
      [
        "Punta Arenas es la puerta de entrada a la Antártica, y eso nos obliga a ser también la " +
          "puerta de entrada del conocimiento",
        "Gonzalo Vera Saavedra",
      ],
      [
        "No estamos diciendo que haya que cerrarla. Estamos diciendo que la pesca se concentra " +
          "justo donde el krill está desapareciendo",
        "Valeria Oyarzún Barría",
      ],
      ["analizará los resultados", "la Subsecretaría de Pesca"],
    ],
  },
  {
    name:
      "La Tribuna, temporal: comisionado con verbo pospuesto y luego «el titular de Copeco», " +
      "centro meteorológico que «pronosticó» en su boletín, alcalde con dos puntos, señora con " +
      "«doña» y cita que sigue sin verbo, voluntario anónimo con cita parcial, nombre de un plan " +
      "entre comillas (no cita)",
    headline: "Desbordamiento del Chamelecón deja 3,000 familias en albergues de La Lima",
    paragraphs: [
      "Más de 3,000 familias permanecen en albergues de La Lima tras el desbordamiento del río " +
        "Chamelecón, provocado por las lluvias de la tormenta tropical Sara, que en las últimas 48 " +
        "horas dejó más de 300 milímetros de agua en el Valle de Sula.",
      "“La situación es crítica, pero está bajo control”, aseguró el comisionado de la Comisión " +
        "Permanente de Contingencias (Copeco), José Ramón Cardona Mejía, tras sobrevolar la zona. " +
        "“Le pedimos a la población que no regrese a sus casas hasta que nosotros lo indiquemos”, " +
        "insistió el titular de Copeco.",
      "El Centro de Estudios Atmosféricos, Oceanográficos y Sísmicos (Cenaos) pronosticó en su " +
        "boletín de la tarde que las lluvias “continuarán de moderadas a fuertes en el norte y " +
        "occidente del país al menos hasta el jueves”.",
      "El alcalde de La Lima, Wilfredo Amaya Paz, dijo que el bordo de la colonia Planeta cedió " +
        "durante la madrugada: “El agua entró con una fuerza que nunca habíamos visto. En media " +
        "hora teníamos más de un metro en las calles”.",
      "Doña Marta Julia Reyes Castro, de 67 años, fue rescatada en lancha junto a sus dos nietos. " +
        "“Perdí todo, mis muebles, mi ropa, hasta las gallinas”, contó la señora desde el albergue " +
        "de la escuela Ramón Rosa. “Pero estoy viva, gracias a Dios y a los muchachos de los " +
        "bomberos”.",
      "Un voluntario de la Cruz Roja Hondureña que participó en los rescates relató que muchas " +
        "familias “se negaban a salir por miedo a que les robaran lo poco que tienen”.",
      "El Gobierno activó el “Plan Invierno 2026” y anunció el envío de 20,000 raciones de " +
        "alimento a la zona afectada.",
    ],
    quotes: [
      ["La situación es crítica, pero está bajo control", "José Ramón Cardona Mejía"],
      [
        "Le pedimos a la población que no regrese a sus casas hasta que nosotros lo indiquemos",
        "José Ramón Cardona Mejía",
      ],
      [
        "continuarán de moderadas a fuertes en el norte y occidente del país al menos hasta el jueves",
        "El Centro de Estudios Atmosféricos, Oceanográficos y Sísmicos",
      ],
      [
        "El agua entró con una fuerza que nunca habíamos visto. En media hora teníamos más de un " +
          "metro en las calles",
        "Wilfredo Amaya Paz",
      ],
      ["Perdí todo, mis muebles, mi ropa, hasta las gallinas", "Marta Julia Reyes Castro"],
      ["Pero estoy viva, gracias a Dios y a los muchachos de los bomberos", "Marta Julia Reyes Castro"],
      [
        "se negaban a salir por miedo a que les robaran lo poco que tienen",
        "Un voluntario de la Cruz Roja Hondureña",
      ],
    ],
  },
  {
    name:
      "El Telégrafo, educación (comillas rectas): cita del titular tras el nombre de la institución " +
      "repetida en el cuerpo, secretaria con verbo pospuesto y luego «la funcionaria», reglamento " +
      "que «establece», rector con dos puntos, estudiante con «Él» y «contó», cita parcial con " +
      "«admitió», nombre de un programa (no cita)",
    headline: 'Senescyt: "Habrá 12.000 cupos más" para el primer semestre',
    paragraphs: [
      "La Secretaría de Educación Superior, Ciencia, Tecnología e Innovación (Senescyt) publicó " +
        "este lunes los resultados del examen de acceso a la educación superior, rendido por " +
        "148.000 aspirantes en todo el país.",
      '"Habrá 12.000 cupos más", anunció la secretaria de Educación Superior, Andrea Salazar ' +
        'Vinueza, en rueda de prensa en Quito. "La mayoría de esos cupos estarán en carreras ' +
        'técnicas y tecnológicas, que es donde el país tiene más demanda de profesionales", ' +
        "detalló la funcionaria.",
      "El reglamento del Sistema Nacional de Nivelación y Admisión establece que los aspirantes " +
        'tendrán "un plazo de 72 horas" para aceptar el cupo asignado; de lo contrario, este ' +
        "pasará al siguiente postulante.",
      "El rector de la Universidad de Guayaquil, Fernando Espinoza Vélez, cuestionó el anuncio: " +
        '"No sirve de nada abrir cupos si no se abren también partidas para contratar docentes. ' +
        'Nuestras aulas ya están llenas".',
      "Entre los aspirantes con mejor puntaje está Kevin Alexander Moreira Cedeño, de 17 años, de " +
        "Portoviejo, que obtuvo 998 sobre 1.000. Él quiere estudiar Medicina en la Universidad " +
        'Técnica de Manabí. "Estudié todas las tardes durante un año con videos de internet, ' +
        'porque mi familia no podía pagar un preuniversitario", contó.',
      'Salazar admitió que la demanda "todavía supera con creces la oferta pública" y recordó ' +
        'que quienes no obtengan cupo podrán postular al programa "Mi Segunda Oportunidad", que ' +
        "ofrece becas en institutos privados.",
    ],
    quotes: [
      ["Habrá 12.000 cupos más", "Andrea Salazar Vinueza"],
      [
        "La mayoría de esos cupos estarán en carreras técnicas y tecnológicas, que es donde el " +
          "país tiene más demanda de profesionales",
        "Andrea Salazar Vinueza",
      ],
      ["un plazo de 72 horas", "El reglamento del Sistema Nacional de Nivelación y Admisión"],
      [
        "No sirve de nada abrir cupos si no se abren también partidas para contratar docentes. " +
          "Nuestras aulas ya están llenas",
        "Fernando Espinoza Vélez",
      ],
      [
        "Estudié todas las tardes durante un año con videos de internet, porque mi familia no " +
          "podía pagar un preuniversitario",
        "Kevin Alexander Moreira Cedeño",
      ],
      ["todavía supera con creces la oferta pública", "Andrea Salazar Vinueza"],
    ],
  },
  {
    name:
      "El Pitazo, sucesos: director del Cicpc en Instagram con cita parcial, alias entre comillas " +
      "(no cita), «según el parte policial» con cita parcial, empresa en un comunicado, " +
      "comerciante con verbo pospuesto y luego «la comerciante», funcionario anónimo con dos puntos",
    headline: "Cicpc desmantela banda que robaba cable telefónico en Barquisimeto",
    paragraphs: [
      "Funcionarios del Cuerpo de Investigaciones Científicas, Penales y Criminalísticas (Cicpc) " +
        "detuvieron a cuatro hombres señalados de robar más de tres kilómetros de cable telefónico " +
        "en el oeste de Barquisimeto, estado Lara, lo que dejó sin telefonía ni internet a unos " +
        "6.000 usuarios durante casi dos meses.",
      "El director nacional del Cicpc, comisario general Jesús Alberto Pernía Colmenares, informó " +
        "a través de su cuenta de Instagram que los detenidos fueron sorprendidos “en flagrancia” " +
        "mientras cortaban el cableado en la avenida Florencio Jiménez.",
      "Entre los aprehendidos se encuentra Yorman José Pérez Querales, alias “El Gocho”, de 29 " +
        "años, señalado como cabecilla de la banda. Según el parte policial, el grupo vendía el " +
        "cobre “a chatarreras de la zona industrial a razón de cinco dólares por kilo”.",
      "La Compañía Anónima Nacional Teléfonos de Venezuela (Cantv) indicó en un comunicado que " +
        "trabaja para restituir el servicio “en el menor tiempo posible” y pidió a la comunidad " +
        "denunciar cualquier actividad sospechosa.",
      "Para los vecinos de la urbanización Los Crepúsculos, la noticia llegó tarde. “Tengo un " +
        "negocio de recargas y llevo 50 días sin poder trabajar”, dijo a El Pitazo Carmen Yelitza " +
        "Mendoza Torres, de 52 años. “Una detención no me devuelve lo que perdí”, añadió la " +
        "comerciante.",
      "Un funcionario del Cicpc, que pidió no ser identificado, aseguró que la banda tendría " +
        "conexiones en otros estados: “Esto no lo hacen cuatro personas solas. Detrás hay alguien " +
        "que compra el cobre y lo saca del país”.",
      "El Ministerio Público imputará a los detenidos los delitos de hurto agravado y daños a la " +
        "infraestructura de telecomunicaciones.",
    ],
    quotes: [
      ["en flagrancia", "Jesús Alberto Pernía Colmenares"],
      ["a chatarreras de la zona industrial a razón de cinco dólares por kilo", "el parte policial"],
      ["en el menor tiempo posible", "La Compañía Anónima Nacional Teléfonos de Venezuela"],
      ["Tengo un negocio de recargas y llevo 50 días sin poder trabajar", "Carmen Yelitza Mendoza Torres"],
      ["Una detención no me devuelve lo que perdí", "Carmen Yelitza Mendoza Torres"],
      [
        "Esto no lo hacen cuatro personas solas. Detrás hay alguien que compra el cobre y lo saca " +
          "del país",
        "Un funcionario del Cicpc",
      ],
    ],
  },
]);
