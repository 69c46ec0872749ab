// A twenty-ninth round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty-eight rounds did not use: La Crónica de Guadalajara (the Diputación votes a water-supply plan for
// small villages), Panorama (heavy trucks barred from the bridge over Lake Maracaibo, Venezuela), La
// Industria (a Huanchaco couple wins the national marinera contest, Trujillo, Perú), El Llanquihue (90,000
// farmed salmon escape near Calbuco, Chile), Diario Jornada (a Guillermo Brown comeback in the Federal A,
// Puerto Madryn, Argentina, straight quotation marks), Tabasco Hoy (an armed robbery at a Villahermosa
// pharmacy, México, straight quotation marks), infoLibre (a report on interim teachers in state schools),
// Alerta (an IFCA team finds a primitive quasar, Cantabria), Diario Cambio (a paediatric intensive-care
// unit opens in Salto, Uruguay) and El Ideal Gallego (a property manager sentenced for emptying
// residents' accounts, Oleiros).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "La Crónica de Guadalajara, política: titular con cita de la alcaldesa nombrada " +
      "solo en el cuerpo y repetida en él con «lamentó la alcaldesa de Valverde» y " +
      "segunda cita sin verbo, título de un informe (no cita), vicepresidente con " +
      "«defendió el plan como» y cita parcial y segunda cita con «subrayó», diputado " +
      "con «reprochó» y cita parcial y «advirtió Cuevas», réplica con «replicó» " +
      "invertido, dos mujeres en un párrafo, texto aprobado con «según» y cita parcial, " +
      "nombre de una campaña (no cita)",
    headline:
      "«En verano hay pueblos que beben de cisternas»: la Diputación aprueba 6,2 millones para el agua",
    paragraphs: [
      "El Pleno de la Diputación Provincial de Guadalajara aprobó este jueves, con los " +
        "votos a favor de PSOE y Vox y la abstención del PP, el Plan Provincial de " +
        "Abastecimiento 2026-2028, dotado con 6,2 millones de euros para renovar " +
        "depósitos, captaciones y redes de agua en 48 municipios de menos de 500 " +
        "habitantes. El plan se apoya en el estudio «Diagnóstico del abastecimiento en " +
        "los pequeños municipios», encargado por la institución provincial el año pasado.",
      "El vicepresidente de Infraestructuras, Rubén García Ortega, defendió el plan " +
        "como «la mayor inversión en agua de boca de la última década» y recordó que la " +
        "provincia tiene más de 400 núcleos de población. «Guadalajara no puede ser solo " +
        "el Corredor del Henares; también es la Sierra Norte, el Señorío de Molina y la " +
        "Alcarria», subrayó.",
      "Desde la bancada popular, el diputado Alberto Cuevas Sanz reprochó al equipo de " +
        "gobierno haber repartido el dinero «sin un solo informe técnico que lo " +
        "respalde». «Votaremos cada modificación por separado, porque aquí se juega con " +
        "el agua de la gente», advirtió Cuevas.",
      "«Los informes están colgados en la sede electrónica desde marzo, y el señor " +
        "Cuevas lo sabe», replicó García Ortega, que acusó al PP de abstenerse para no " +
        "retratarse ante los alcaldes.",
      "Entre el público seguían el debate la alcaldesa de Cogolludo, Pilar Sanz " +
        "Batanero, y la de Valverde de los Arroyos, Elena Monje Cabrera, cuyo municipio " +
        "tuvo que recurrir a camiones cisterna durante tres semanas del pasado agosto. " +
        "«En verano hay pueblos que beben de cisternas», lamentó la alcaldesa de " +
        "Valverde. «Y eso, en 2026, debería darnos vergüenza a todos».",
      "Según el texto aprobado, tendrán prioridad los municipios que «hayan sufrido " +
        "cortes de suministro en al menos dos de los tres últimos veranos». La Diputación " +
        "presentará el plan por las comarcas a partir de octubre con la campaña «Agua de " +
        "aquí, para los de aquí».",
    ],
    quotes: [
      ["En verano hay pueblos que beben de cisternas", "Elena Monje Cabrera"],
      ["la mayor inversión en agua de boca de la última década", "Rubén García Ortega"],
      [
        "Guadalajara no puede ser solo el Corredor del Henares; también es la Sierra " +
          "Norte, el Señorío de Molina y la Alcarria",
        "Rubén García Ortega",
      ],
      ["sin un solo informe técnico que lo respalde", "Alberto Cuevas Sanz"],
      [
        "Votaremos cada modificación por separado, porque aquí se juega con el agua de la gente",
        "Alberto Cuevas Sanz",
      ],
      [
        "Los informes están colgados en la sede electrónica desde marzo, y el señor Cuevas lo sabe",
        "Rubén García Ortega",
      ],
      ["Y eso, en 2026, debería darnos vergüenza a todos", "Elena Monje Cabrera"],
      ["hayan sufrido cortes de suministro en al menos dos de los tres últimos veranos", "el texto aprobado"],
    ],
  },
  {
    name:
      "Panorama, transporte: bajada con cita parcial del presidente de la cámara " +
      "descrito allí y nombrado solo en el cuerpo y repetida en él, viceministro con " +
      "«explicó … que» y cita parcial y segunda cita con «dijo el funcionario», cita " +
      "partida por «anunció el gobernador» invertido, nombre de un ferry (no cita), dos " +
      "choferes en un párrafo con «lamentó Fuenmayor», colegio profesional con «Según» " +
      "y cita parcial",
    headline: "Restringen por tres meses el paso de gandolas por el puente sobre el Lago",
    standfirst:
      "El presidente de los transportistas zulianos advierte que el desvío “duplicará " +
      "el costo de los fletes”",
    paragraphs: [
      "El Ministerio de Transporte anunció este lunes que, a partir del 1 de marzo, los " +
        "vehículos de carga pesada de más de 30 toneladas no podrán circular por el " +
        "puente General Rafael Urdaneta durante al menos tres meses, mientras se " +
        "sustituyen las juntas de dilatación de los tramos centrales.",
      "El viceministro de Infraestructura, Luis Alfredo Bracho, explicó en rueda de " +
        "prensa que la estructura, inaugurada en 1962, “necesita una intervención que ya " +
        "no puede esperar”. “Nadie quiere cerrarle el paso a nadie; queremos que el " +
        "puente siga en pie otros sesenta años”, dijo el funcionario.",
      "El presidente de la Cámara de Transporte del Zulia, Nelson Atencio Parra, " +
        "calculó que el desvío por Machiques y la Costa Oriental del Lago obliga a " +
        "recorrer unos 400 kilómetros adicionales y que “duplicará el costo de los " +
        "fletes”. “Aquí el que termina pagando es el que compra la harina en el abasto”, " +
        "afirmó.",
      "“Vamos a habilitar el ferry de Palmarejo para la carga”, anunció el gobernador " +
        "del Zulia, Carlos Medina Soto, “con cuatro salidas diarias desde la segunda " +
        "semana de marzo”. La gobernación prevé reactivar para ello la gabarra “Lago " +
        "Azul”, fondeada desde 2019 en el muelle de Santa Rita.",
      "En la cola del peaje, el chofer Jhonny Fuenmayor y su compañero Édgar " +
        "Villalobos, que cubren a diario la ruta entre Cabimas y Maracaibo con un camión " +
        "de víveres, escuchaban la noticia por la radio. “Yo vivo de ir y venir; no sé " +
        "cómo voy a hacer con tres meses de vuelta por Machiques”, lamentó Fuenmayor.",
      "Según el Colegio de Ingenieros del Estado Zulia, las juntas “tienen más de " +
        "veinte años de servicio y debieron cambiarse en 2015”.",
    ],
    quotes: [
      ["duplicará el costo de los fletes", "Nelson Atencio Parra"],
      ["necesita una intervención que ya no puede esperar", "Luis Alfredo Bracho"],
      [
        "Nadie quiere cerrarle el paso a nadie; queremos que el puente siga en pie otros sesenta años",
        "Luis Alfredo Bracho",
      ],
      ["Aquí el que termina pagando es el que compra la harina en el abasto", "Nelson Atencio Parra"],
      ["Vamos a habilitar el ferry de Palmarejo para la carga", "Carlos Medina Soto"],
      ["con cuatro salidas diarias desde la segunda semana de marzo", "Carlos Medina Soto"],
      [
        "Yo vivo de ir y venir; no sé cómo voy a hacer con tres meses de vuelta por Machiques",
        "Jhonny Fuenmayor",
      ],
      [
        "tienen más de veinte años de servicio y debieron cambiarse en 2015",
        "el Colegio de Ingenieros del Estado Zulia",
      ],
    ],
  },
  {
    name:
      "La Industria, cultura: pareja nombrada en el primer párrafo, bailarín con «dijo " +
      "emocionado Castillo» invertido, bailarina como «su pareja, de 22 años» con dos " +
      "puntos, presidente del club con «destacó» y cita parcial y segunda cita con " +
      "«sostuvo», título de una canción (no cita), jurado en su acta con «valoró» y " +
      "cita parcial, espectadora anónima con «comentó», municipalidad con «informó que»",
    todo:
      "«Entrenamos seis horas diarias desde enero; ho…» goes to Su pareja, not Ariana Sofía Mendoza " +
      "Plasencia; «Vengo desde hace treinta años y todavía se me…» goes to una espectadora llegada de " +
      "Lima, not una espectadora",
    headline: "Pareja de Huanchaco se corona campeona nacional de marinera",
    paragraphs: [
      "La pareja formada por Diego Alonso Castillo Rebaza y Ariana Sofía Mendoza " +
        "Plasencia, de Huanchaco, se coronó el domingo campeona en la categoría adultos " +
        "del 66.º Concurso Nacional de Marinera, en el coliseo Gran Chimú, ante más de 8 " +
        "mil espectadores.",
      "“Bailamos por mi abuelo, que me enseñó el primer paso en la arena de Huanchaco”, " +
        "dijo emocionado Castillo, de 24 años, con el pañuelo todavía en la mano. Su " +
        "pareja, de 22 años, añadió: “Entrenamos seis horas diarias desde enero; hoy " +
        "valió cada ampolla”.",
      "El presidente del Club Libertad, organizador del certamen, Jorge Luis Vásquez " +
        "Alva, destacó que en esta edición participaron “más de 1.500 parejas de 20 " +
        "países”. “La marinera ya no es solo de Trujillo; hoy se baila en Tokio y en " +
        "Nueva Jersey”, sostuvo.",
      "La pareja ganadora bailó en la final “La concheperla”, acompañada por la banda " +
        "de músicos del maestro Wilfredo Polo. El jurado, en su acta, valoró “el diálogo " +
        "constante entre la dama y el caballero y el respeto por el estilo norteño”.",
      "En las tribunas, el público no dejó de agitar pañuelos. “Vengo desde hace " +
        "treinta años y todavía se me pone la piel de gallina”, comentó una espectadora " +
        "llegada de Lima.",
      "La Municipalidad Provincial de Trujillo informó que el concurso dejó “un " +
        "movimiento económico cercano a los 40 millones de soles” en hoteles, " +
        "restaurantes y talleres de vestuario de la ciudad.",
    ],
    quotes: [
      [
        "Bailamos por mi abuelo, que me enseñó el primer paso en la arena de Huanchaco",
        "Diego Alonso Castillo Rebaza",
      ],
      ["Entrenamos seis horas diarias desde enero; hoy valió cada ampolla", "Ariana Sofía Mendoza Plasencia"],
      ["más de 1.500 parejas de 20 países", "Jorge Luis Vásquez Alva"],
      [
        "La marinera ya no es solo de Trujillo; hoy se baila en Tokio y en Nueva Jersey",
        "Jorge Luis Vásquez Alva",
      ],
      ["el diálogo constante entre la dama y el caballero y el respeto por el estilo norteño", "El jurado"],
      ["Vengo desde hace treinta años y todavía se me pone la piel de gallina", "una espectadora"],
      [
        "un movimiento económico cercano a los 40 millones de soles",
        "La Municipalidad Provincial de Trujillo",
      ],
    ],
  },
  {
    name:
      "El Llanquihue, medio ambiente: directora regional con «indicó» y cita con " +
      "«afirmó la directora», empresa en un comunicado con dos citas parciales, dos " +
      "mujeres en un párrafo con «explicó la pescadora» y «la dirigenta williche» con " +
      "«exigió» y cita parcial, biólogo con «lo planteó así» y dos puntos, nombre de un " +
      "plan (no cita)",
    headline: "Fuga de 90 mil salmones en Calbuco: Sernapesca ordena su recaptura",
    paragraphs: [
      "El Servicio Nacional de Pesca y Acuicultura (Sernapesca) confirmó la fuga de " +
        "cerca de 90 mil salmones del Atlántico desde un centro de cultivo ubicado frente " +
        "a isla Puluqui, en la comuna de Calbuco, tras el colapso de dos jaulas durante " +
        "el temporal del fin de semana.",
      "La directora regional de Sernapesca, Macarena Oyarzún Vera, indicó que la " +
        "empresa tiene 30 días para recapturar al menos el 10% de los peces. “Es un " +
        "salmón que no pertenece a estos ecosistemas y que compite con nuestras especies " +
        "nativas por alimento”, afirmó la directora.",
      "La empresa Salmones Reloncaví S.A., titular del centro, aseguró en un comunicado " +
        "que los peces “no recibieron tratamiento antibiótico en los últimos seis meses” " +
        "y atribuyó la falla a “condiciones climáticas excepcionales”.",
      "La presidenta del sindicato de pescadores artesanales de Calbuco, Ximena Barría " +
        "Soto, y la dirigenta de la comunidad williche de Huar, Rosa Paillamanque, " +
        "llegaron hasta la oficina de Sernapesca en Puerto Montt. “Ya están cayendo " +
        "salmones en nuestras redes, y eso no es buena noticia: el salmón se come a la " +
        "sierra y al róbalo”, explicó la pescadora. La dirigenta williche, por su parte, " +
        "exigió “una consulta indígena antes de renovar cualquier concesión”.",
      "El biólogo marino de la Universidad de Los Lagos Pablo Andrés Gallardo lo " +
        "planteó así: “Cada fuga es un experimento ecológico que nadie autorizó”.",
      "Sernapesca activó el plan “Salmón Fuera del Mar”, que paga a los pescadores " +
        "artesanales por cada ejemplar entregado en las caletas de Calbuco y Maullín.",
    ],
    quotes: [
      [
        "Es un salmón que no pertenece a estos ecosistemas y que compite con nuestras " +
          "especies nativas por alimento",
        "Macarena Oyarzún Vera",
      ],
      ["no recibieron tratamiento antibiótico en los últimos seis meses", "Salmones Reloncaví S.A."],
      ["condiciones climáticas excepcionales", "Salmones Reloncaví S.A."],
      [
        "Ya están cayendo salmones en nuestras redes, y eso no es buena noticia: el " +
          "salmón se come a la sierra y al róbalo",
        "Ximena Barría Soto",
      ],
      ["una consulta indígena antes de renovar cualquier concesión", "Rosa Paillamanque"],
      ["Cada fuga es un experimento ecológico que nadie autorizó", "Pablo Andrés Gallardo"],
    ],
  },
  {
    name:
      "Diario Jornada, fútbol (comillas rectas): bajada con cita del técnico descrito " +
      "allí y nombrado solo en el cuerpo, repetida con «dijo el DT» y segunda cita sin " +
      "verbo, apodo de un club (no cita), dos jugadores en un párrafo con «contó el " +
      "delantero», técnico rival con dos puntos y cita parcial tras «Dijo que», consejo " +
      "federal con «informó que» y cita parcial, hincha anónimo con «dijo»",
    headline: "Brown lo dio vuelta en el final y sigue soñando con el ascenso",
    standfirst:
      '"Este grupo no sabe lo que es bajar los brazos", dijo el técnico tras el 2-1 ante Cipolletti',
    paragraphs: [
      "Guillermo Brown de Puerto Madryn venció 2-1 a Cipolletti en el estadio Raúl " +
        "Conti y quedó a un punto de la cima de la Zona Sur del Torneo Federal A. Lucas " +
        "Maximiliano Figueroa, a los 41 minutos del segundo tiempo, y Nahuel Ríos, en el " +
        'descuento, dieron vuelta un partido que el "Portuario" perdía desde los 12 ' +
        "minutos.",
      "El entrenador de Brown, Sergio Daniel Lippi, habló en conferencia con la voz " +
        'todavía tomada. "Este grupo no sabe lo que es bajar los brazos", dijo el DT. "En ' +
        "el primer tiempo no la tocamos, pero en el vestuario nos dijimos las cosas de " +
        'frente y salimos a buscarlo".',
      "Los dos goleadores, el delantero Figueroa y el defensor Ríos, fueron los más " +
        'buscados en la zona mixta. "Le pegué con el alma; no sé ni cómo entró", contó el ' +
        "delantero, de 29 años, que volvía tras una lesión en el tobillo.",
      "Del otro lado, el técnico de Cipolletti, Marcelo Fabián Quiroga, apuntó contra " +
        'el arbitraje: "El segundo gol es en offside por un metro; lo vio toda la cancha ' +
        'menos el línea". Dijo que su equipo mereció "al menos el empate".',
      "El Consejo Federal de la AFA informó que el próximo partido de Brown, ante Sol " +
        'de Mayo, "se disputará sin público visitante" por disposición del comité de ' +
        "seguridad de Río Negro.",
      '"Hace veinte años que vengo a la cancha y nunca vi a Brown tan cerca", dijo un ' +
        "hincha a la salida del Raúl Conti.",
    ],
    quotes: [
      ["Este grupo no sabe lo que es bajar los brazos", "Sergio Daniel Lippi"],
      [
        "En el primer tiempo no la tocamos, pero en el vestuario nos dijimos las cosas de " +
          "frente y salimos a buscarlo",
        "Sergio Daniel Lippi",
      ],
      ["Le pegué con el alma; no sé ni cómo entró", "Lucas Maximiliano Figueroa"],
      [
        "El segundo gol es en offside por un metro; lo vio toda la cancha menos el línea",
        "Marcelo Fabián Quiroga",
      ],
      ["al menos el empate", "Marcelo Fabián Quiroga"],
      ["se disputará sin público visitante", "El Consejo Federal de la AFA"],
      ["Hace veinte años que vengo a la cancha y nunca vi a Brown tan cerca", "un hincha"],
    ],
  },
  {
    name:
      "Tabasco Hoy, policiaca (comillas rectas): testigos con «Según» y cita parcial, " +
      "empleada herida con «relató la joven», dos mujeres en un párrafo con «reclamó " +
      "Hernández», secretaría en una tarjeta informativa con cita parcial, nombre de un " +
      "operativo (no cita), vocero de la fiscalía con «dijo» y dos puntos, comerciante " +
      "anónimo con «dijo»",
    todo:
      "«Aquí ya nos asaltan a plena luz y nadie hace nada» goes to un comerciante de la zona, not " +
      "un comerciante",
    headline: "Asaltan farmacia frente a Tabasco 2000; empleada resulta herida",
    paragraphs: [
      "Dos sujetos armados asaltaron la noche del martes una farmacia ubicada sobre el " +
        "bulevar Adolfo Ruiz Cortines, a la altura de Tabasco 2000, en Villahermosa, y se " +
        "llevaron unos 18 mil pesos en efectivo; una de las empleadas resultó lesionada.",
      "Según testigos, los asaltantes llegaron en una motocicleta roja sin placas y " +
        '"amenazaron a todos con pistola" antes de vaciar la caja registradora.',
      "La cajera, Karla Yesenia López Méndez, de 27 años, fue atendida por paramédicos " +
        'de la Cruz Roja por una herida en la ceja. "Me jaló del cabello para que abriera ' +
        'la caja y cuando me resistí me pegó con la cacha de la pistola", relató la joven ' +
        "a este medio.",
      "López Méndez y su compañera Guadalupe Hernández Torres estaban solas en el turno " +
        'nocturno. "Desde diciembre pedimos un guardia y nunca nos hicieron caso", ' +
        "reclamó Hernández.",
      "La Secretaría de Seguridad y Protección Ciudadana (SSPC) informó mediante una " +
        'tarjeta informativa que se desplegó el operativo "Tormenta" en la zona y que ' +
        '"hasta el momento no hay personas detenidas".',
      "El vocero de la Fiscalía General del Estado, Óscar Arturo Pérez Magaña, dijo: " +
        '"Ya contamos con los videos de las cámaras del C5 y hay una línea de ' +
        'investigación sólida".',
      '"Aquí ya nos asaltan a plena luz y nadie hace nada", dijo un comerciante de la ' +
        "zona que pidió omitir su nombre.",
    ],
    quotes: [
      ["amenazaron a todos con pistola", "testigos"],
      [
        "Me jaló del cabello para que abriera la caja y cuando me resistí me pegó con la " +
          "cacha de la pistola",
        "Karla Yesenia López Méndez",
      ],
      ["Desde diciembre pedimos un guardia y nunca nos hicieron caso", "Guadalupe Hernández Torres"],
      ["hasta el momento no hay personas detenidas", "La Secretaría de Seguridad y Protección Ciudadana"],
      [
        "Ya contamos con los videos de las cámaras del C5 y hay una línea de investigación sólida",
        "Óscar Arturo Pérez Magaña",
      ],
      ["Aquí ya nos asaltan a plena luz y nadie hace nada", "un comerciante"],
    ],
  },
  {
    name:
      "infoLibre, educación: entradilla con cita parcial de la sindicalista nombrada " +
      "solo en el cuerpo y repetida en él con «reclamó Calvo», título de un informe (no " +
      "cita), documento que «advierte de que» y «señala que» con dos citas parciales, " +
      "presidente con dos puntos, fuentes ministeriales con «sostienen», dos mujeres en " +
      "un párrafo con «ironizó la dirigente de UGT», profesora interina con cita sin " +
      "verbo que sigue en el párrafo siguiente",
    todo:
      "«afecta a la continuidad de los proyectos educ…» goes to la ley, not el Informe 2025 sobre " +
      "el estado del sistema educativo; «especialmente grave» goes to la ley, not el Informe 2025 " +
      "sobre el estado del sistema educativo; «Las convocatorias de 2026 y 2027 permitirán e…» goes " +
      "to Educación, Formación Profesional y Deportes, not Fuentes del Ministerio de Educación, " +
      "Formación Profesional y Deportes; «Informe 2025 sobre el estado del sistema educativo» taken " +
      "for a quote",
    headline:
      "Uno de cada cuatro docentes de la enseñanza pública es interino, según el " +
      "Consejo Escolar del Estado",
    standfirst:
      "CCOO y UGT reclaman «un calendario de oposiciones creíble» y el Ministerio " +
      "promete estabilizar 20.000 puestos en dos años",
    paragraphs: [
      "El «Informe 2025 sobre el estado del sistema educativo», presentado este martes " +
        "por el Consejo Escolar del Estado, sitúa la tasa de interinidad del profesorado " +
        "de la enseñanza pública en el 24,8 %, muy lejos del 8 % que la ley de reducción " +
        "de la temporalidad de 2021 fijó como objetivo.",
      "El documento advierte de que la temporalidad «afecta a la continuidad de los " +
        "proyectos educativos de los centros» y señala que el problema es «especialmente " +
        "grave» en Educación Especial y en Formación Profesional.",
      "El presidente del Consejo Escolar del Estado, Andrés Mesa Villalba, fue más allá " +
        "durante la presentación: «Un profesor que cambia de centro cada septiembre no " +
        "puede acompañar a un alumno durante tres cursos. Eso tiene un coste que no " +
        "aparece en ningún presupuesto».",
      "Fuentes del Ministerio de Educación, Formación Profesional y Deportes recuerdan " +
        "a infoLibre que las comunidades autónomas son las que convocan las plazas. «Las " +
        "convocatorias de 2026 y 2027 permitirán estabilizar más de 20.000 puestos», " +
        "sostienen.",
      "La secretaria general de la Federación de Enseñanza de CCOO, Nuria Calvo Megías, " +
        "y la responsable de Educación de UGT, Lorena Pascual Ibáñez, comparecieron " +
        "juntas tras la presentación. Calvo reclamó «un calendario de oposiciones " +
        "creíble». «Llevamos diez años escuchando que esta será la última gran " +
        "convocatoria», ironizó la dirigente de UGT.",
      "Raquel Domínguez Soria, profesora interina de Matemáticas, lleva once años " +
        "encadenando destinos en la Comunidad de Madrid. «He dado clase en nueve " +
        "institutos distintos. Cada julio miro el listado de adjudicaciones como quien " +
        "mira la lotería.",
      "»Lo peor no es para mí, es para los chavales: cuando por fin me sé el nombre de " +
        "cada uno, ya estoy haciendo las maletas».",
    ],
    quotes: [
      ["un calendario de oposiciones creíble", "Nuria Calvo Megías"],
      [
        "afecta a la continuidad de los proyectos educativos de los centros",
        "el Informe 2025 sobre el estado del sistema educativo",
      ],
      ["especialmente grave", "el Informe 2025 sobre el estado del sistema educativo"],
      [
        "Un profesor que cambia de centro cada septiembre no puede acompañar a un alumno " +
          "durante tres cursos. Eso tiene un coste que no aparece en ningún presupuesto",
        "Andrés Mesa Villalba",
      ],
      [
        "Las convocatorias de 2026 y 2027 permitirán estabilizar más de 20.000 puestos",
        "Fuentes del Ministerio de Educación, Formación Profesional y Deportes",
      ],
      ["Llevamos diez años escuchando que esta será la última gran convocatoria", "Lorena Pascual Ibáñez"],
      [
        "He dado clase en nueve institutos distintos. Cada julio miro el listado de " +
          "adjudicaciones como quien mira la lotería.",
        "Raquel Domínguez Soria",
      ],
      [
        "Lo peor no es para mí, es para los chavales: cuando por fin me sé el nombre de " +
          "cada uno, ya estoy haciendo las maletas",
        "Raquel Domínguez Soria",
      ],
    ],
  },
  {
    name:
      "Alerta, ciencia: comillas irónicas en el titular (no cita), nombre de una " +
      "revista (no cita), astrofísica con «resume» invertido y cita parcial tras " +
      "«explica que», dos mujeres en un párrafo con «recuerda la directora de tesis», " +
      "cita partida por «matiza Ruiz Cobo», universidad en una nota con cita parcial, " +
      "astrónomo ajeno al estudio con «Para» y cita parcial",
    headline: "Un equipo del IFCA descubre un cuásar primitivo con un agujero negro «hambriento»",
    paragraphs: [
      "Investigadores del Instituto de Física de Cantabria (IFCA), centro mixto del " +
        "CSIC y la Universidad de Cantabria, han identificado con el telescopio espacial " +
        "James Webb un cuásar situado a más de 13.000 millones de años luz cuyo agujero " +
        "negro central crece a un ritmo que los modelos actuales no logran explicar. El " +
        "trabajo se publica esta semana en la revista «Nature Astronomy».",
      "«Es como encontrar a un niño de tres años que ya mide dos metros», resume la " +
        "astrofísica santanderina Lucía Gutiérrez Abascal, primera firmante del artículo. " +
        "Gutiérrez explica que el objeto «tragó materia a un ritmo mil veces superior al " +
        "de la Vía Láctea» durante sus primeros cientos de millones de años.",
      "Gutiérrez y su directora de tesis, la investigadora del CSIC Marta Ruiz Cobo, " +
        "pasaron meses descartando errores. «Al principio pensamos que era un fallo del " +
        "detector; repetimos el análisis cuatro veces», recuerda la directora de tesis.",
      "«No decimos que los modelos estén equivocados», matiza Ruiz Cobo, «decimos que " +
        "les falta una pieza, y quizá esa pieza sean semillas de agujeros negros mucho " +
        "más grandes de lo que pensábamos».",
      "La Universidad de Cantabria destacó en una nota que el hallazgo «sitúa a " +
        "Cantabria en la primera línea de la cosmología observacional».",
      "Para el astrónomo del Instituto de Astrofísica de Canarias Jorge Hernández " +
        "Pérez, ajeno al estudio, el resultado es «sólido, aunque habrá que confirmarlo " +
        "con una muestra mayor de objetos».",
    ],
    quotes: [
      ["Es como encontrar a un niño de tres años que ya mide dos metros", "Lucía Gutiérrez Abascal"],
      ["tragó materia a un ritmo mil veces superior al de la Vía Láctea", "Lucía Gutiérrez Abascal"],
      [
        "Al principio pensamos que era un fallo del detector; repetimos el análisis cuatro veces",
        "Marta Ruiz Cobo",
      ],
      ["No decimos que los modelos estén equivocados", "Marta Ruiz Cobo"],
      [
        "decimos que les falta una pieza, y quizá esa pieza sean semillas de agujeros " +
          "negros mucho más grandes de lo que pensábamos",
        "Marta Ruiz Cobo",
      ],
      ["sitúa a Cantabria en la primera línea de la cosmología observacional", "La Universidad de Cantabria"],
      ["sólido, aunque habrá que confirmarlo con una muestra mayor de objetos", "Jorge Hernández Pérez"],
    ],
  },
  {
    name:
      "Diario Cambio, salud: titular con cita del director nombrado solo en el cuerpo " +
      "(con tratamiento de doctor) y repetida en él en una cita partida por «dijo " +
      "Ferreira», dos mujeres en un párrafo con «explicó la intensivista» y «la titular " +
      "de ASSE anunció que» con cita parcial, madre con cita sin verbo que sigue en el " +
      "párrafo siguiente, nombre de una sala (no cita), intendencia con «informó que»",
    headline:
      "“Ningún niño grave va a tener que viajar 500 kilómetros”: abrió el CTI " +
      "pediátrico del Regional Salto",
    paragraphs: [
      "El Hospital Regional Salto inauguró este viernes su Centro de Tratamiento " +
        "Intensivo (CTI) pediátrico, con seis camas, el primero de gestión pública en el " +
        "litoral norte del país. La obra demandó una inversión de 38 millones de pesos.",
      "“Ningún niño grave va a tener que viajar 500 kilómetros”, dijo el director del " +
        "hospital, Dr. Gustavo Ferreira Sosa, “y eso, para las familias de Salto, Artigas " +
        "y Paysandú, lo cambia todo”.",
      "La presidenta de ASSE, Mónica Silveira Olivera, y la pediatra intensivista " +
        "Andrea Techera, jefa del nuevo servicio, recorrieron las instalaciones junto a " +
        "las autoridades departamentales. “Hasta ahora, cada traslado a Montevideo era " +
        "una carrera contra el reloj”, explicó la intensivista. La titular de ASSE " +
        "anunció que el servicio contará con 32 enfermeros y “guardia de intensivista las " +
        "24 horas, todos los días del año”.",
      "La sala de espera lleva el nombre “Dra. Elba Rodríguez”, en homenaje a la " +
        "primera pediatra del hospital. Allí esperaba Cecilia Piñeyro, madre de Thiago, " +
        "de 4 años, que en 2024 fue trasladado a Montevideo por una neumonía grave. " +
        "“Fueron las peores once horas de mi vida. Yo iba en la ambulancia mirando el " +
        "monitor y rezando.",
      "“Si esto hubiera existido, mi hijo se habría quedado acá, cerca de sus hermanos”.",
      "La Intendencia de Salto informó que cedió el predio lindero y que “acompañará " +
        "con el traslado gratuito de los familiares desde el interior del departamento”.",
    ],
    quotes: [
      ["Ningún niño grave va a tener que viajar 500 kilómetros", "Gustavo Ferreira Sosa"],
      ["y eso, para las familias de Salto, Artigas y Paysandú, lo cambia todo", "Gustavo Ferreira Sosa"],
      ["Hasta ahora, cada traslado a Montevideo era una carrera contra el reloj", "Andrea Techera"],
      ["guardia de intensivista las 24 horas, todos los días del año", "Mónica Silveira Olivera"],
      [
        "Fueron las peores once horas de mi vida. Yo iba en la ambulancia mirando el monitor y rezando.",
        "Cecilia Piñeyro",
      ],
      ["Si esto hubiera existido, mi hijo se habría quedado acá, cerca de sus hermanos", "Cecilia Piñeyro"],
      [
        "acompañará con el traslado gratuito de los familiares desde el interior del departamento",
        "La Intendencia de Salto",
      ],
    ],
  },
  {
    name:
      "El Ideal Gallego, tribunales: entradilla con cita de una vecina descrita allí y " +
      "nombrada solo en el cuerpo, repetida con «declaró» y segunda cita sin verbo, " +
      "sentencia que «considera acreditado» con cita parcial, nombre de un edificio (no " +
      "cita), cita partida por «señaló su abogado», dos hombres en un párrafo con " +
      "«lamentó el letrado de la acusación particular», colegio profesional con " +
      "«recordó» y cita parcial",
    headline: "Cuatro años de cárcel para el administrador de fincas que vació las cuentas de 22 comunidades",
    standfirst:
      "«Confiábamos en él como en un vecino más», declaró en el juicio la presidenta de " +
      "una de las comunidades estafadas",
    paragraphs: [
      "La Sección Primera de la Audiencia Provincial de A Coruña ha condenado a cuatro " +
        "años de prisión a Marcos Antonio Varela Souto, de 52 años, administrador de " +
        "fincas con despacho en Santa Cristina (Oleiros), por un delito continuado de " +
        "apropiación indebida. Deberá devolver 312.000 euros a 22 comunidades de " +
        "propietarios de Oleiros y Culleredo.",
      "La sentencia considera acreditado que entre 2019 y 2023 el acusado desvió las " +
        "cuotas de los vecinos mediante «un entramado de transferencias a cuentas " +
        "personales y facturas de obras que nunca se realizaron».",
      "Una de las perjudicadas, Maruxa Lendoiro Castro, presidenta de la comunidad del " +
        "edificio «Mirador de Santa Cristina», fue la primera en acudir a la Guardia " +
        "Civil. «Confiábamos en él como en un vecino más», declaró durante el juicio. " +
        "«Nos enteramos de que no pagaba el seguro el día que se inundó el garaje».",
      "«Mi cliente ha reconocido los hechos desde el primer día», señaló su abogado, " +
        "Iago Rodríguez Pena, «y ya ha devuelto una parte del dinero». La defensa estudia " +
        "recurrir la pena ante el Tribunal Superior de Xustiza de Galicia.",
      "El fiscal, Rafael Vázquez Bermúdez, que había pedido cinco años, y el abogado de " +
        "las comunidades, Manuel Castro Iglesias, coincidieron en reclamar más controles " +
        "sobre la profesión. «Fue un goteo durante cuatro años y nadie se dio cuenta " +
        "hasta que faltó el dinero del ascensor», lamentó el letrado de la acusación " +
        "particular.",
      "El Colegio Territorial de Administradores de Fincas de A Coruña recordó en un " +
        "comunicado que el condenado «causó baja en la corporación en 2022» y pidió a los " +
        "vecinos que comprueben que su administrador está colegiado.",
    ],
    quotes: [
      ["Confiábamos en él como en un vecino más", "Maruxa Lendoiro Castro"],
      [
        "un entramado de transferencias a cuentas personales y facturas de obras que nunca se realizaron",
        "La sentencia",
      ],
      ["Nos enteramos de que no pagaba el seguro el día que se inundó el garaje", "Maruxa Lendoiro Castro"],
      ["Mi cliente ha reconocido los hechos desde el primer día", "Iago Rodríguez Pena"],
      ["y ya ha devuelto una parte del dinero", "Iago Rodríguez Pena"],
      [
        "Fue un goteo durante cuatro años y nadie se dio cuenta hasta que faltó el dinero del ascensor",
        "Manuel Castro Iglesias",
      ],
      [
        "causó baja en la corporación en 2022",
        "El Colegio Territorial de Administradores de Fincas de A Coruña",
      ],
    ],
  },
]);
